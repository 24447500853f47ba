// Package brokerage counts the brokerage roles of Gould and Fernandez (1989,
// "Structures of mediation: a formal approach to brokerage in transaction
// networks", Sociological Methodology 19).
//
// A node b brokers every open two-path a→b→c: arcs a→b and b→c exist, a≠c,
// and there is no arc a→c (else a does not need b). With every node in a
// group (in actorgraph, its country), the two-path is one of five roles for
// b, named by which ends share b's group:
//
//	coordinator     a, b, c all in one group        (A→A→A)
//	itinerant       a and c in one group, b outside (A→B→A)
//	representative  a in b's group, c in another    (A→A→B)
//	gatekeeper      c in b's group, a in another    (A→B→B)
//	liaison         a, b, c in three groups         (A→B→C)
package brokerage

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/actorgraph/actorgraph/graph/centrality"
)

// Roles are the counts of open two-paths a node brokers, by role.
type Roles struct {
	Coordinator    int64 `json:"coordinator"`
	Itinerant      int64 `json:"itinerant"`
	Representative int64 `json:"representative"`
	Gatekeeper     int64 `json:"gatekeeper"`
	Liaison        int64 `json:"liaison"`
}

// Total returns the number of open two-paths brokered in any role.
func (r Roles) Total() int64 {
	return r.Coordinator + r.Itinerant + r.Representative + r.Gatekeeper + r.Liaison
}

// Count returns the roles of every node of g, where group[v] is v's group.
// It uses workers goroutines (runtime.GOMAXPROCS(0) when workers <= 0).
//
// Cost: O(Σ_a outdeg(a)² + Σ_b indeg(b)·outdeg(b)) time, O(n) memory per
// worker.
func Count(g *centrality.Digraph, group []int32, workers int) []Roles {
	n := g.N()
	roles := make([]Roles, n)
	if n == 0 {
		return roles
	}
	in := g.Transpose()
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mark := make([]int32, n) // mark[c] == a+1: arc a→c exists
			for {
				b := int(next.Add(1)) - 1
				if b >= n {
					return
				}
				gb := group[b]
				var r Roles
				outB := g.Out(b)
				for _, a := range in.Out(b) {
					stamp := a + 1
					for _, c := range g.Out(int(a)) {
						mark[c] = stamp
					}
					ga := group[a]
					for _, c := range outB {
						if c == a || mark[c] == stamp {
							continue
						}
						gc := group[c]
						switch {
						case ga == gb && gb == gc:
							r.Coordinator++
						case ga == gc:
							r.Itinerant++
						case ga == gb:
							r.Representative++
						case gb == gc:
							r.Gatekeeper++
						default:
							r.Liaison++
						}
					}
				}
				roles[b] = r
			}
		}()
	}
	wg.Wait()
	return roles
}
