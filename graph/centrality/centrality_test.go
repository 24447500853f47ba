package centrality

import (
	"context"
	"math"
	"testing"
)

// arcs builds unit-weight arcs from pairs.
func arcs(pairs ...[2]int32) []Arc {
	var out []Arc
	for _, p := range pairs {
		out = append(out, Arc{From: p[0], To: p[1], Weight: 1})
	}
	return out
}

// both returns the arcs u→v and v→u (a SPOKE_WITH tie).
func both(u, v int32) [][2]int32 { return [][2]int32{{u, v}, {v, u}} }

func mustGraph(t *testing.T, n int, a []Arc) *Digraph {
	t.Helper()
	g, err := NewDigraph(n, a)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestBetweennessHandChecked(t *testing.T) {
	star := append(append(both(0, 1), both(0, 2)...), both(0, 3)...)
	tests := []struct {
		name     string
		n        int
		arcs     []Arc
		weighted bool
		want     []float64
	}{
		// 0→1→2: 1 is on the one path 0→2; (n-1)(n-2) = 2.
		{"path", 3, arcs([2]int32{0, 1}, [2]int32{1, 2}), false, []float64{0, 0.5, 0}},
		// A hub that both sides talk to lies on all 6 ordered leaf pairs.
		{"star", 4, arcs(star...), false, []float64{1, 0, 0, 0}},
		// Two equal paths 0→1→3 and 0→2→3 share the pair: 1/2 each, over 6.
		{"diamond", 4, arcs([2]int32{0, 1}, [2]int32{0, 2}, [2]int32{1, 3}, [2]int32{2, 3}), false, []float64{0, 1.0 / 12, 1.0 / 12, 0}},
		// Weighted: the heavy route via 2 has length 1/4+1/4 < 1+1.
		{"diamond weighted", 4, []Arc{{0, 1, 1}, {1, 3, 1}, {0, 2, 4}, {2, 3, 4}}, true, []float64{0, 0, 1.0 / 6, 0}},
		// Parallel arcs are merged (weights add: 2+2 makes the 0→1→3 route as
		// short as 0→2→3), so the pair is shared.
		{"parallel merged", 4, []Arc{{0, 1, 2}, {0, 1, 2}, {1, 3, 4}, {0, 2, 4}, {2, 3, 4}}, true, []float64{0, 1.0 / 12, 1.0 / 12, 0}},
		{"two nodes", 2, arcs([2]int32{0, 1}), false, []float64{0, 0}},
		{"empty", 0, nil, false, []float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustGraph(t, tt.n, tt.arcs)
			for _, workers := range []int{1, 2, 3} {
				s, err := Brandes{Weighted: tt.weighted, Workers: workers}.Run(context.Background(), g)
				if err != nil {
					t.Fatal(err)
				}
				if !s.Exact || s.Sources != tt.n {
					t.Errorf("workers=%d: Exact=%v Sources=%d, want exact over %d", workers, s.Exact, s.Sources, tt.n)
				}
				if len(s.Betweenness) != len(tt.want) {
					t.Fatalf("got %d values, want %d", len(s.Betweenness), len(tt.want))
				}
				for v, w := range tt.want {
					if !near(s.Betweenness[v], w, 1e-12) {
						t.Errorf("workers=%d: betweenness[%d] = %v, want %v", workers, v, s.Betweenness[v], w)
					}
				}
			}
		})
	}
}

func TestHarmonicPath(t *testing.T) {
	g := mustGraph(t, 3, arcs([2]int32{0, 1}, [2]int32{1, 2}))
	s, err := Brandes{}.Run(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	// Distances towards v: node 2 is reached from 1 (1 hop) and 0 (2 hops).
	want := []float64{0, 0.5, (1 + 0.5) / 2}
	for v := range want {
		if !near(s.Harmonic[v], want[v], 1e-12) {
			t.Errorf("harmonic[%d] = %v, want %v", v, s.Harmonic[v], want[v])
		}
	}
}

func TestSampledIsDeterministicAndScaled(t *testing.T) {
	g := randomDigraph(300, 1500, 7)
	ctx := context.Background()
	exact, err := Brandes{}.Run(ctx, g)
	if err != nil {
		t.Fatal(err)
	}
	all, _ := Brandes{Pivots: 300}.Run(ctx, g)
	if !all.Exact {
		t.Errorf("Pivots = n should be exact")
	}
	a, _ := Brandes{Pivots: 100, Seed: 3}.Run(ctx, g)
	b, _ := Brandes{Pivots: 100, Seed: 3, Workers: 1}.Run(ctx, g)
	if a.Exact || a.Sources != 100 {
		t.Errorf("sampled run: Exact=%v Sources=%d", a.Exact, a.Sources)
	}
	var sumA, sumE float64
	for v := range a.Betweenness {
		if !near(a.Betweenness[v], b.Betweenness[v], 1e-12) {
			t.Fatalf("same seed gave different values at %d: %v vs %v", v, a.Betweenness[v], b.Betweenness[v])
		}
		sumA += a.Betweenness[v]
		sumE += exact.Betweenness[v]
	}
	// The n/k scaling makes the total an unbiased estimate of the exact total.
	if math.Abs(sumA-sumE)/sumE > 0.15 {
		t.Errorf("sampled total %v too far from exact total %v", sumA, sumE)
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (Brandes{}).Run(ctx, randomDigraph(200, 800, 1)); err == nil {
		t.Error("cancelled run returned no error")
	}
}

func TestNewDigraphErrors(t *testing.T) {
	if _, err := NewDigraph(2, []Arc{{0, 2, 1}}); err == nil {
		t.Error("arc outside the nodes accepted")
	}
	if _, err := NewDigraph(2, []Arc{{0, 1, 0}}); err == nil {
		t.Error("zero weight accepted")
	}
	g := mustGraph(t, 3, []Arc{{0, 0, 1}, {0, 2, 1}, {0, 1, 1}, {0, 2, 1}})
	if g.Arcs() != 2 || !g.HasArc(0, 1) || !g.HasArc(0, 2) || g.HasArc(0, 0) || g.Weight[1] != 2 {
		t.Errorf("self-loop dropped and parallel arcs merged: got heads %v weights %v", g.Head, g.Weight)
	}
	tr := g.Transpose()
	if !tr.HasArc(2, 0) || tr.HasArc(0, 2) {
		t.Errorf("transpose heads %v", tr.Head)
	}
}

func TestPageRankHandChecked(t *testing.T) {
	cycle := mustGraph(t, 3, arcs([2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 0}))
	for v, x := range PageRank(cycle, 0.85, 0, false) {
		if !near(x, 1.0/3, 1e-9) {
			t.Errorf("cycle pagerank[%d] = %v, want 1/3", v, x)
		}
	}
	// 0→1 with 1 dangling: x1 = (1+d)·x0 and x0 + x1 = 1.
	pr := PageRank(mustGraph(t, 2, arcs([2]int32{0, 1})), 0.85, 0, false)
	if !near(pr[0], 1/2.85, 1e-9) || !near(pr[1], 1.85/2.85, 1e-9) {
		t.Errorf("dangling pagerank = %v, want [%v %v]", pr, 1/2.85, 1.85/2.85)
	}
	// Weighted: 0 sends 3/4 of its rank to 1 and 1/4 to 2.
	w := mustGraph(t, 3, []Arc{{0, 1, 3}, {0, 2, 1}, {1, 0, 1}, {2, 0, 1}})
	prw := PageRank(w, 0.85, 0, true)
	if !(prw[1] > prw[2]) {
		t.Errorf("weighted pagerank %v: want node 1 above node 2", prw)
	}
	sum := 0.0
	for _, x := range prw {
		sum += x
	}
	if !near(sum, 1, 1e-9) {
		t.Errorf("pagerank sums to %v", sum)
	}
}
