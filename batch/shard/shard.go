// Package shard splits a corpus between n workers deterministically, so that
// n processes started with i = 0..n-1 (a Kubernetes Indexed Job, say) read
// every article exactly once, with no coordination between them.
//
// An article goes to the worker sha256(key) mod n, where the key is the
// article's document name (its identity), not its text: an edited article
// stays with the worker that extracted it before, so that worker alone
// replaces its edges. (Keyed by the text, an edit would move the article to
// another worker, and the two would race on its edges in a shared Neo4j.)
package shard

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
)

// Shard is worker Index of Count. The zero Shard is the whole corpus.
type Shard struct {
	Index, Count int
}

// Parse reads "i/n" (0 <= i < n); "" is the whole corpus.
func Parse(s string) (Shard, error) {
	if s == "" {
		return Shard{}, nil
	}
	is, ns, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(strings.TrimSpace(is))
	n, err2 := strconv.Atoi(strings.TrimSpace(ns))
	if !ok || err1 != nil || err2 != nil {
		return Shard{}, fmt.Errorf("shard %q: want i/n, e.g. 0/3", s)
	}
	if n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard %q: want 0 <= i < n", s)
	}
	return Shard{Index: i, Count: n}, nil
}

// Whole reports whether s is the whole corpus.
func (s Shard) Whole() bool { return s.Count <= 1 }

// Owns reports whether the article named key belongs to this shard.
func (s Shard) Owns(key string) bool {
	return s.Whole() || Of(key, s.Count) == s.Index
}

// String is "i/n", or "all" for the whole corpus.
func (s Shard) String() string {
	if s.Whole() {
		return "all"
	}
	return fmt.Sprintf("%d/%d", s.Index, s.Count)
}

// Of is the shard, in 0..n-1, of the article named key. It costs one sha256
// of key.
func Of(key string, n int) int {
	if n <= 1 {
		return 0
	}
	h := sha256.Sum256([]byte(key))
	return int(binary.BigEndian.Uint64(h[:8]) % uint64(n))
}
