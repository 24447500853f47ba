//go:build unix

package atomicfile

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestReplaceWritesAPipe: a named pipe is written in place, for its
// reader, not replaced by a file.
func TestReplaceWritesAPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "ff")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan string, 1)
	go func() { b, _ := os.ReadFile(fifo); got <- string(b) }()
	if err := Replace(fifo, func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "new\n" {
		t.Errorf("the pipe's reader got %q", s)
	}
	if fi, _ := os.Lstat(fifo); fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the named pipe was replaced by a file")
	}
}

// TestReplaceWritesTheProcessDescriptors: /dev/stdout and its kin are the
// shell's descriptors, written to (appended to, as ">>" asks), never
// replaced (QA: "-o /dev/stdout >> log" replaced the log).
func TestReplaceWritesTheProcessDescriptors(t *testing.T) {
	for _, p := range []string{"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", "/dev/stderr"} {
		if !stream(p) {
			t.Errorf("%s is not taken for a descriptor", p)
		}
	}
	for _, p := range []string{"/dev/null", "/tmp/x.jsonl", "out/edges.jsonl"} {
		if stream(p) {
			t.Errorf("%s is taken for a descriptor", p)
		}
	}
}
