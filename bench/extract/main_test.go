package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestParseSweep(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []int
		bad  bool
	}{
		{"", nil, false},
		{"1,2,4,8,16", []int{1, 2, 4, 8, 16}, false},
		{" 2 , 4", []int{2, 4}, false},
		{"0", nil, true},
		{"1,x", nil, true},
	} {
		got, err := parseSweep(c.in)
		if (err != nil) != c.bad || !slices.Equal(got, c.want) {
			t.Errorf("parseSweep(%q) = %v, %v; want %v (error %v)", c.in, got, err, c.want, c.bad)
		}
	}
}

// TestUniqueCopies: with --unique every file of a kept corpus differs, so
// a run over it reads them all; without it the copies repeat.
func TestUniqueCopies(t *testing.T) {
	for _, unique := range []bool{false, true} {
		dir := t.TempDir()
		if err := run("../../examples/articles", 1, 1, dir, nil, false, unique); err != nil {
			t.Fatal(err)
		}
		seen, files := map[string]bool{}, 0
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := os.ReadFile(p)
				seen[string(b)] = true
				files++
			}
			return nil
		})
		if files < 20 || (len(seen) == files) != unique {
			t.Errorf("unique %v: %d files, %d distinct", unique, files, len(seen))
		}
	}
}
