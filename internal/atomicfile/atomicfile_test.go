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

// TestReplaceKeepsWhatTheUserMade: Replace keeps an old file's permissions,
// gives a new one 0666 less the umask, replaces a link's target (made if
// missing) and keeps the link, refuses a folder (a named pipe: TestReplaceWritesAPipe) (QA: -o made a private file world-readable, a link a file, and a
// pipe a file its reader never saw).
func TestReplaceKeepsWhatTheUserMade(t *testing.T) {
	dir := t.TempDir()
	body := func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }

	private := filepath.Join(dir, "private.jsonl")
	os.WriteFile(private, []byte("old\n"), 0o600)
	os.Chmod(private, 0o600)
	if err := Replace(private, body); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(private); fi.Mode().Perm() != 0o600 {
		t.Errorf("old file's mode %v, want 0600 kept", fi.Mode().Perm())
	}

	fresh := filepath.Join(dir, "fresh.jsonl")
	if err := Replace(fresh, body); err != nil {
		t.Fatal(err)
	}
	probe := filepath.Join(dir, "probe")
	f, _ := os.OpenFile(probe, os.O_CREATE|os.O_WRONLY, 0o666)
	f.Close()
	want, _ := os.Stat(probe)
	if fi, _ := os.Stat(fresh); fi.Mode().Perm() != want.Mode().Perm() {
		t.Errorf("new file's mode %v, want %v (0666 less the umask)", fi.Mode().Perm(), want.Mode().Perm())
	}

	os.Mkdir(filepath.Join(dir, "real"), 0o755)
	link := filepath.Join(dir, "link.jsonl")
	os.Symlink(filepath.Join("real", "t.jsonl"), link)
	for range 2 { // a link to nothing yet, then to the file the first made
		if err := Replace(link, body); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("the link was replaced by a file (%v)", err)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "real", "t.jsonl")); string(b) != "new\n" {
			t.Fatalf("the link's target holds %q", b)
		}
	}

	if err := Replace(filepath.Join(dir, "real"), body); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("a folder: error %v", err)
	}

}
