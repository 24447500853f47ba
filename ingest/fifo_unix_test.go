//go:build unix

package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFindRefusesANamedPipe: a FIFO named directly would block the run
// forever waiting for a writer; it must be reported, not opened.
func TestFindRefusesANamedPipe(t *testing.T) {
	p := filepath.Join(t.TempDir(), "feed.txt")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	done := make(chan struct{})
	var probs []Problem
	var srcs []Source
	go func() {
		defer close(done)
		srcs = Find(context.Background(), []string{p}, func(pr Problem) { probs = append(probs, pr) })
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Find blocked on a named pipe")
	}
	if len(srcs) != 0 || len(probs) != 1 || !strings.Contains(probs[0].Error(), "not a regular file") || !strings.Contains(probs[0].Error(), p) {
		t.Fatalf("sources %v, problems %v: want the pipe reported as not a regular file", srcs, probs)
	}
}

// TestFindNamesANamedPipeInAFolder: a FIFO inside a folder being walked is
// not opened (it would block the run) but is reported with its path and
// the reason, like any other skipped input; the regular file beside it is
// read.
func TestFindNamesANamedPipeInAFolder(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "wire.txt")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Iran warned Israel."), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var probs []Problem
	var srcs []Source
	go func() {
		defer close(done)
		srcs = Find(context.Background(), []string{dir}, func(pr Problem) { probs = append(probs, pr) })
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Find blocked on a named pipe in a folder")
	}
	if len(srcs) != 1 || srcs[0].Doc != "a.txt" {
		t.Errorf("sources %v, want a.txt only", srcs)
	}
	if len(probs) != 1 || !strings.Contains(probs[0].Error(), p) || !strings.Contains(probs[0].Error(), "not a regular file (a named pipe)") {
		t.Fatalf("problems %v: want the pipe %s named as not a regular file", probs, p)
	}
}
