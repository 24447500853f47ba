// Package synth generates reproducible synthetic graphs for benchmarks and
// tests.
package synth

import "math/rand/v2"

// Arc is a directed arc From→To.
type Arc struct{ From, To int32 }

// BarabasiAlbert returns the arcs of a Barabási–Albert preferential
// attachment graph on n nodes: nodes m..n-1 arrive in turn and each links to
// m distinct earlier nodes chosen with probability proportional to their
// degree (the first arrival links to nodes 0..m-1). Each link becomes one arc
// whose direction is a fair coin toss, so the digraph has (n-m)·m arcs and
// is not acyclic. The same (n, m, seed) gives the same arcs. Cost: O(n·m).
func BarabasiAlbert(n, m int, seed uint64) []Arc {
	if m < 1 || n <= m {
		return nil
	}
	r := rand.New(rand.NewPCG(seed, 0xba))
	arcs := make([]Arc, 0, (n-m)*m)
	repeated := make([]int32, 0, 2*(n-m)*m) // each node once per link end
	targets := make([]int32, m)
	for i := range targets {
		targets[i] = int32(i)
	}
	chosen := make(map[int32]bool, m)
	for v := int32(m); int(v) < n; v++ {
		for _, t := range targets {
			if r.IntN(2) == 0 {
				arcs = append(arcs, Arc{v, t})
			} else {
				arcs = append(arcs, Arc{t, v})
			}
			repeated = append(repeated, v, t)
		}
		clear(chosen)
		targets = targets[:0]
		for len(targets) < m {
			t := repeated[r.IntN(len(repeated))]
			if !chosen[t] {
				chosen[t] = true
				targets = append(targets, t)
			}
		}
	}
	return arcs
}
