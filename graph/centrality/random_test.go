package centrality

import "math/rand/v2"

// randomDigraph returns a reproducible random digraph with about m arcs
// whose weights are 1, 2 or 4 (exact binary fractions as lengths 1/w, so
// equal-length paths compare equal in floating point).
func randomDigraph(n, m int, seed uint64) *Digraph {
	r := rand.New(rand.NewPCG(seed, 1))
	var a []Arc
	seen := map[[2]int32]bool{}
	for range m {
		u, v := int32(r.IntN(n)), int32(r.IntN(n))
		if u == v || seen[[2]int32{u, v}] {
			continue
		}
		seen[[2]int32{u, v}] = true
		a = append(a, Arc{From: u, To: v, Weight: float64(int(1) << r.IntN(3))})
	}
	g, err := NewDigraph(n, a)
	if err != nil {
		panic(err)
	}
	return g
}
