package centrality

import "math"

// PageRank returns the PageRank of every node of g (Brin and Page 1998) with
// the given damping factor (0.85 is usual), by power iteration until the L1
// change between iterations is below tol (1e-10 if tol <= 0), or 10,000
// iterations. The mass of a node without out-arcs is spread evenly over all
// nodes, as NetworkX's pagerank does, and the values sum to 1. When weighted
// is true a node's rank is shared among its out-arcs in proportion to their
// weights, else evenly.
//
// Cost: O(a) time per iteration for a arcs, O(n) memory.
func PageRank(g *Digraph, damping, tol float64, weighted bool) []float64 {
	n := g.N()
	if n == 0 {
		return []float64{}
	}
	if tol <= 0 {
		tol = 1e-10
	}
	outW := make([]float64, n)
	for v := 0; v < n; v++ {
		if weighted {
			for i := g.Off[v]; i < g.Off[v+1]; i++ {
				outW[v] += g.Weight[i]
			}
		} else {
			outW[v] = float64(g.Off[v+1] - g.Off[v])
		}
	}
	x := make([]float64, n)
	next := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for iter := 0; iter < 10000; iter++ {
		dangling := 0.0
		for v := 0; v < n; v++ {
			if outW[v] == 0 {
				dangling += x[v]
			}
		}
		base := (1-damping)/float64(n) + damping*dangling/float64(n)
		for i := range next {
			next[i] = base
		}
		for v := 0; v < n; v++ {
			if outW[v] == 0 {
				continue
			}
			share := damping * x[v] / outW[v]
			if weighted {
				for i := g.Off[v]; i < g.Off[v+1]; i++ {
					next[g.Head[i]] += share * g.Weight[i]
				}
			} else {
				for _, w := range g.Head[g.Off[v]:g.Off[v+1]] {
					next[w] += share
				}
			}
		}
		change := 0.0
		for i := range x {
			change += math.Abs(next[i] - x[i])
		}
		x, next = next, x
		if change < tol {
			break
		}
	}
	return x
}
