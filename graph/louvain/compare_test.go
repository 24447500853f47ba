package louvain

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/actorgraph/actorgraph/graph/centrality"
	"github.com/actorgraph/actorgraph/graph/synth"
)

// baGraph is the undirected graph of a Barabási–Albert digraph of n nodes
// (5 arcs per arriving node), as analyze builds it.
func baGraph(n int) *Graph {
	var arcs []centrality.Arc
	for _, a := range synth.BarabasiAlbert(n, 5, 1) {
		arcs = append(arcs, centrality.Arc{From: a.From, To: a.To, Weight: 1})
	}
	d, err := centrality.NewDigraph(n, arcs)
	if err != nil {
		panic(err)
	}
	return FromDigraph(d)
}

func toGonum(g *Graph) *simple.WeightedUndirectedGraph {
	u := simple.NewWeightedUndirectedGraph(0, 0)
	for v := range g.N() {
		u.AddNode(simple.Node(v))
	}
	for v := range g.N() {
		for i := g.Off[v]; i < g.Off[v+1]; i++ {
			if w := int(g.Adj[i]); w > v {
				u.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(v), T: simple.Node(w), W: g.W[i]})
			}
		}
	}
	return u
}

// BenchmarkCommunities times this package and gonum's community.Modularize
// on the same graphs and reports each one's modularity Q ("Q" metric), the
// measurement behind analyze's choice of implementation:
//
//	go test -run XXX -bench Communities ./graph/louvain
func BenchmarkCommunities(b *testing.B) {
	for _, n := range []int{500, 1000, 2000} {
		g := baGraph(n)
		b.Run(fmt.Sprintf("arcs=%d/louvain", 5*(n-5)), func(b *testing.B) {
			var q float64
			for b.Loop() {
				_, q = Communities(g, 1)
			}
			b.ReportMetric(q, "Q")
		})
		u := toGonum(g)
		b.Run(fmt.Sprintf("arcs=%d/gonum", 5*(n-5)), func(b *testing.B) {
			var q float64
			for b.Loop() {
				red := community.Modularize(u, 1, rand.NewPCG(1, 0xc0))
				q = community.Q(u, red.Communities(), 1)
			}
			b.ReportMetric(q, "Q")
		})
	}
}

// TestModularityNotBelowGonum runs both implementations over several seeds
// on Barabási–Albert graphs and checks that this package's mean modularity
// is not below gonum's by more than noise.
func TestModularityNotBelowGonum(t *testing.T) {
	for _, n := range []int{300, 1000} {
		g := baGraph(n)
		u := toGonum(g)
		var ours, theirs float64
		const seeds = 5
		for s := range uint64(seeds) {
			_, q := Communities(g, s)
			ours += q / seeds
			red := community.Modularize(u, 1, rand.NewPCG(s, 0xc0))
			theirs += community.Q(u, red.Communities(), 1) / seeds
		}
		t.Logf("n=%d: mean Q louvain %.4f, gonum %.4f", n, ours, theirs)
		if ours < theirs-0.01 {
			t.Errorf("n=%d: mean Q %.4f below gonum's %.4f", n, ours, theirs)
		}
	}
}
