package centrality

import (
	"context"
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/graph/synth"
)

func baDigraph(n int) *Digraph {
	var a []Arc
	for _, x := range synth.BarabasiAlbert(n, 5, 1) {
		a = append(a, Arc{From: x.From, To: x.To, Weight: 1})
	}
	g, err := NewDigraph(n, a)
	if err != nil {
		panic(err)
	}
	return g
}

func BenchmarkBetweenness(b *testing.B) {
	for _, n := range []int{1000, 5000} {
		g := baDigraph(n)
		for _, weighted := range []bool{false, true} {
			b.Run(fmt.Sprintf("n=%d/weighted=%v", n, weighted), func(b *testing.B) {
				for b.Loop() {
					if _, err := (Brandes{Weighted: weighted}).Run(context.Background(), g); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkWeightedQueues compares the radix-heap search (integer weights
// 1..4) with the float binary heap (the same weights divided by 3, so no
// integer scale applies) on the same Barabási–Albert digraph.
func BenchmarkWeightedQueues(b *testing.B) {
	g := baDigraph(2000)
	for i := range g.Weight {
		g.Weight[i] = float64(1 + i*7919%4)
	}
	for _, c := range []struct {
		name string
		g    *Digraph
	}{{"radix", g}, {"float-heap", floatOnly(g, 3)}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := (Brandes{Weighted: true}).Run(context.Background(), c.g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkPageRank(b *testing.B) {
	g := baDigraph(10000)
	for b.Loop() {
		PageRank(g, 0.85, 0, false)
	}
}
