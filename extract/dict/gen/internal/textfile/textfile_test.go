package textfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	p := filepath.Join(t.TempDir(), "t.txt")
	if err := os.WriteFile(p, []byte("a\r\n\nlast"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := Lines(p, func(n int, line string) error {
		got = append(got, string(rune('0'+n))+":"+line)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if g := strings.Join(got, " "); g != "1:a 2: 3:last" {
		t.Errorf("lines: got %q", g)
	}
	err := Lines(p, func(n int, line string) error {
		if n == 2 {
			return errors.New("bad")
		}
		return nil
	})
	if err == nil || err.Error() != p+":2: bad" {
		t.Errorf("error of fn: got %v, want %s:2: bad", err, p)
	}
	if err := Lines(filepath.Join(t.TempDir(), "none"), func(int, string) error { return nil }); err == nil || !strings.Contains(err.Error(), "none") {
		t.Errorf("missing file: got %v, want an error naming it", err)
	}
}
