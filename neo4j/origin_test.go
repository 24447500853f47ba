package neo4j

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestOriginOf(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state") // not made yet
	id, err := OriginOf(dir, "inputs A")
	if err != nil || !validOrigin(id) {
		t.Fatalf("OriginOf of a new folder = %q, %v", id, err)
	}
	again, err := OriginOf(dir, "inputs B")
	if err != nil || again != id {
		t.Fatalf("OriginOf again = %q, %v; want %q: an origin is kept, whatever the seed", again, err, id)
	}
	if other, _ := OriginOf(t.TempDir(), "inputs B"); other == id {
		t.Fatalf("two seeds give the origin %s", id)
	}
	moved := filepath.Join(t.TempDir(), "moved")
	if err := os.Rename(dir, moved); err != nil {
		t.Fatal(err)
	}
	if got, _ := OriginOf(moved, "inputs C"); got != id {
		t.Errorf("a moved folder's origin = %q, want %q", got, id)
	}
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, originFile), nil, 0o644)
	if _, err := OriginOf(bad, "x"); err == nil || !strings.Contains(err.Error(), filepath.Join(bad, originFile)) {
		t.Errorf("an empty origin file: err = %v, want one naming the file", err)
	}
}

// TestOriginOfAtOnce: processes that start at once in a new folder agree
// on one origin and leave no temporary file.
func TestOriginOfAtOnce(t *testing.T) {
	dir := t.TempDir()
	ids := make([]string, 8)
	var wg sync.WaitGroup
	for i := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id, err := OriginOf(dir, "inputs")
			if err != nil {
				t.Error(err)
			}
			ids[i] = id
		}()
	}
	wg.Wait()
	for _, id := range ids[1:] {
		if id != ids[0] {
			t.Fatalf("origins made at once differ: %v", ids)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestOriginSeed: the shards of one corpus (the same inputs in any order,
// each shard its own state folder) share an origin; a run over another
// folder, or over standard input, gets another; a feeds file is the same
// file however it is named.
func TestOriginSeed(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	shard0, err := OriginOf(t.TempDir(), OriginSeed([]string{a, b}, ""))
	if err != nil {
		t.Fatal(err)
	}
	shard1, _ := OriginOf(t.TempDir(), OriginSeed([]string{b, a, b}, ""))
	other, _ := OriginOf(t.TempDir(), OriginSeed([]string{a}, ""))
	if shard0 != shard1 || shard0 == other || !validOrigin(shard0) {
		t.Errorf("origins: shards %s and %s, another folder %s", shard0, shard1, other)
	}
	if OriginSeed([]string{"-"}, "") == OriginSeed([]string{"-"}, "") {
		t.Errorf("two runs over standard input share a seed")
	}
	wd, _ := os.Getwd()
	if OriginSeed(nil, "feeds.txt") != OriginSeed(nil, filepath.Join(wd, "feeds.txt")) {
		t.Errorf("a feeds file named relative and absolute gives two seeds")
	}
}
