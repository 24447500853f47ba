// Package merge combines the edge streams of shard runs into the stream one
// unsharded run would have written.
package merge

import (
	"sort"

	"github.com/actorgraph/actorgraph/graph"
)

// Edges returns the union of the edge lists, each edge once (the first seen
// of those sharing an ID), ordered as a run orders edges.jsonl: documents in
// lexical order, each document's edges in the order they were given. Since a
// document's edges all come from one shard, the result equals the unsharded
// run's. Its cost is O(E log E) for E edges in all.
func Edges(lists ...[]graph.Edge) []graph.Edge {
	seen := map[string]bool{}
	var out []graph.Edge
	for _, l := range lists {
		for _, e := range l {
			if e.ID == "" {
				e = e.WithID()
			}
			if seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Doc < out[j].Doc })
	return out
}
