package louvain

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/centrality"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"
)

func TestTwoCliques(t *testing.T) {
	// Two 5-cliques {0..4} and {5..9} joined by the edge 4–5.
	var edges []Edge
	for _, base := range []int32{0, 5} {
		for i := base; i < base+5; i++ {
			for j := i + 1; j < base+5; j++ {
				edges = append(edges, Edge{i, j, 1})
			}
		}
	}
	edges = append(edges, Edge{4, 5, 1})
	g := FromEdges(10, edges)
	comm, q := Communities(g, 1)
	for v := range 10 {
		want := comm[0]
		if v >= 5 {
			want = comm[9]
		}
		if comm[v] != want {
			t.Errorf("node %d in community %d, want %d", v, comm[v], want)
		}
	}
	if comm[0] == comm[9] {
		t.Error("the two cliques were merged")
	}
	// m = 21; each side: in = 20 (10 edges both ways), tot = 21.
	wantQ := 2 * (20.0/42 - (21.0/42)*(21.0/42))
	if math.Abs(q-wantQ) > 1e-12 {
		t.Errorf("Q = %v, want %v", q, wantQ)
	}
}

func TestEmptyAndEdgeless(t *testing.T) {
	comm, q := Communities(FromEdges(3, nil), 1)
	if len(comm) != 3 || q != 0 || comm[0] == comm[1] {
		t.Errorf("edgeless: %v, Q %v; want three singletons", comm, q)
	}
	if comm, _ := Communities(FromEdges(0, nil), 1); len(comm) != 0 {
		t.Errorf("empty: %v", comm)
	}
}

// TestAgainstGonum checks the modularity definition against gonum's
// community.Q and that the partitions are about as good as gonum's.
func TestAgainstGonum(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	n := 600
	var edges []Edge
	u := simple.NewWeightedUndirectedGraph(0, 0)
	for v := range n {
		u.AddNode(simple.Node(v))
	}
	// Planted partition: 6 groups of 100, dense inside, sparse across.
	for range 4000 {
		a := r.IntN(n)
		b := (a/100)*100 + r.IntN(100)
		if r.IntN(5) == 0 {
			b = r.IntN(n)
		}
		if a == b || u.HasEdgeBetween(int64(a), int64(b)) {
			continue
		}
		w := float64(1 + r.IntN(3))
		edges = append(edges, Edge{int32(a), int32(b), w})
		u.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(a), T: simple.Node(b), W: w})
	}
	g := FromEdges(n, edges)
	start := time.Now()
	comm, q := Communities(g, 1)
	t.Logf("louvain: Q %.4f in %v", q, time.Since(start))
	parts := map[int][]graph.Node{}
	for v, c := range comm {
		parts[c] = append(parts[c], simple.Node(v))
	}
	var groups [][]graph.Node
	for _, p := range parts {
		groups = append(groups, p)
	}
	if gq := community.Q(u, groups, 1); math.Abs(gq-q) > 1e-9 {
		t.Errorf("Q %v, gonum's Q of the same partition %v", q, gq)
	}
	start = time.Now()
	red := community.Modularize(u, 1, rand.NewPCG(1, 1))
	gq := community.Q(u, red.Communities(), 1)
	t.Logf("gonum:   Q %.4f in %v", gq, time.Since(start))
	if q < gq-0.02 {
		t.Errorf("Q %v, well below gonum's %v", q, gq)
	}
}

// TestFromDigraph checks that FromDigraph builds the graph FromEdges builds
// from the same arcs.
func TestFromDigraph(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	n := 50
	var arcs []centrality.Arc
	var edges []Edge
	for range 300 {
		u, v := int32(r.IntN(n)), int32(r.IntN(n))
		if u == v {
			continue
		}
		w := float64(1 + r.IntN(3))
		arcs = append(arcs, centrality.Arc{From: u, To: v, Weight: w})
		edges = append(edges, Edge{u, v, w})
	}
	d, err := centrality.NewDigraph(n, arcs)
	if err != nil {
		t.Fatal(err)
	}
	got, want := FromDigraph(d), FromEdges(n, edges)
	if !slices.Equal(got.Off, want.Off) || !slices.Equal(got.Adj, want.Adj) || !slices.Equal(got.W, want.W) {
		t.Errorf("FromDigraph = %+v\nFromEdges  = %+v", got, want)
	}
}
