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

// TestReadAll checks that the capitalised words come back apart, as
// written, and possessives in neither set.
func TestReadAll(t *testing.T) {
	p := filepath.Join(t.TempDir(), "words")
	if err := os.WriteFile(p, []byte("mobile\nParis\nParis's\ndog's\nShannon\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, proper, err := ReadAll(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 1 || !w["mobile"] {
		t.Errorf("words = %v, want mobile only", w)
	}
	if len(proper) != 2 || !proper["Paris"] || !proper["Shannon"] {
		t.Errorf("proper = %v, want Paris and Shannon", proper)
	}
}
