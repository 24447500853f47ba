package wordlist

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "words")
	if err := os.WriteFile(p, []byte("mobile\nParis\ndog's\n\n reading \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := Read(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 2 || !w["mobile"] || !w["reading"] || w["Paris"] || w["dog's"] {
		t.Errorf("Read = %v, want mobile and reading only", w)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none")); err == nil || !strings.Contains(err.Error(), "wamerican") {
		t.Errorf("missing file: error %v, want one that says how to install it", err)
	}
}
