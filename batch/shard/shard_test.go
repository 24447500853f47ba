package shard

import (
	"fmt"
	"testing"
)

func TestParse(t *testing.T) {
	for in, want := range map[string]Shard{"": {}, "0/3": {0, 3}, "2/3": {2, 3}, " 1 / 2 ": {1, 2}} {
		got, err := Parse(in)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"3/3", "-1/3", "1/0", "1", "a/b", "1/2/3"} {
		if _, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) accepted", in)
		}
	}
}

// TestOwnsPartition checks that the shards of a corpus cover it exactly once
// and are near even.
func TestOwnsPartition(t *testing.T) {
	const docs, n = 3000, 3
	counts := make([]int, n)
	for d := range docs {
		key := fmt.Sprintf("news/%05d.txt", d)
		owners := 0
		for i := range n {
			if (Shard{i, n}).Owns(key) {
				owners++
				counts[i]++
			}
		}
		if owners != 1 {
			t.Fatalf("%s has %d owners", key, owners)
		}
		if !(Shard{}).Owns(key) {
			t.Fatal("the whole corpus does not own a doc")
		}
	}
	for i, c := range counts {
		if c < docs/n*8/10 || c > docs/n*12/10 {
			t.Errorf("shard %d has %d of %d docs", i, c, docs)
		}
	}
}
