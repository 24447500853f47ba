package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteReplacesWholeOrNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.md")
	if err := Write(p, func(w io.Writer) error { _, err := io.WriteString(w, "old"); return err }); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk full")
	err := Write(p, func(w io.Writer) error {
		io.WriteString(w, "half of the new")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the writer's error", err)
	}
	b, _ := os.ReadFile(p)
	if string(b) != "old" {
		t.Fatalf("a failed write left %q, want the old file", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm() != 0o644 {
		t.Fatalf("mode %v, want 0644 so a shared reports folder can read it", st.Mode().Perm())
	}
}

func TestRemoveTemps(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{".edges.jsonl.tmp123", ".other.tmp1", "edges.jsonl"} {
		os.WriteFile(filepath.Join(dir, n), nil, 0o644)
	}
	RemoveTemps(dir, "edges.jsonl")
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	if len(left) != 2 || left[0] != ".other.tmp1" || left[1] != "edges.jsonl" {
		t.Fatalf("left %v", left)
	}
}

// TestWriteIntoAMissingFolder names the folder, not the temporary file.
func TestWriteIntoAMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "x.graphml")
	err := Write(path, func(io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "the folder "+filepath.Dir(path)+" does not exist") || strings.Contains(err.Error(), ".tmp") {
		t.Fatalf("err = %v", err)
	}
}

// TestWriteWhereNoFileCanBeMade: a folder that exists but takes no new file
// (/proc on Linux) is not called missing (QA).
func TestWriteWhereNoFileCanBeMade(t *testing.T) {
	if _, err := os.Stat("/proc/self"); err != nil {
		t.Skip("no /proc here")
	}
	err := Write("/proc/x.graphml", func(w io.Writer) error { return nil })
	if err == nil || strings.Contains(err.Error(), "does not exist") || !strings.Contains(err.Error(), "cannot create a file in /proc") {
		t.Fatalf("error %v, want one saying no file can be made in /proc", err)
	}
}
