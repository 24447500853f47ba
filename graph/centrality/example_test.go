package centrality_test

import (
	"context"
	"fmt"

	"github.com/actorgraph/actorgraph/graph/centrality"
)

// A hub that both sides talk to lies on every path between them.
func ExampleBrandes() {
	// 0 is the hub; 1, 2 and 3 talk to it both ways (SPOKE_WITH).
	var arcs []centrality.Arc
	for _, leaf := range []int32{1, 2, 3} {
		arcs = append(arcs, centrality.Arc{From: 0, To: leaf, Weight: 1}, centrality.Arc{From: leaf, To: 0, Weight: 1})
	}
	g, err := centrality.NewDigraph(4, arcs)
	if err != nil {
		panic(err)
	}
	s, err := centrality.Brandes{}.Run(context.Background(), g)
	if err != nil {
		panic(err)
	}
	fmt.Printf("betweenness %.2f, harmonic %.2f, exact %v\n", s.Betweenness, s.Harmonic, s.Exact)
	fmt.Printf("pagerank %.3f\n", centrality.PageRank(g, 0.85, 0, false))
	// Output:
	// betweenness [1.00 0.00 0.00 0.00], harmonic [1.00 0.67 0.67 0.67], exact true
	// pagerank [0.480 0.173 0.173 0.173]
}
