package centrality

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// floatOnly is a copy of g whose weights are not integers in any common
// scale the radix search accepts, so Brandes falls back to the float heap;
// dividing every weight by the same number changes no shortest path.
func floatOnly(g *Digraph, by float64) *Digraph {
	c := *g
	c.Weight = make([]float64, len(g.Weight))
	for i, w := range g.Weight {
		c.Weight[i] = w / by
	}
	return &c
}

func TestRadixHeapOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	var h radixHeap
	var want []uint64
	last := uint64(0)
	for step := range 5000 {
		if h.size == 0 || r.IntN(3) > 0 {
			d := last + uint64(r.IntN(1000))
			h.push(d, int32(step))
			want = append(want, d)
			continue
		}
		slices.Sort(want)
		d, _ := h.pop()
		if d != want[0] {
			t.Fatalf("step %d: pop %d, want %d", step, d, want[0])
		}
		want, last = want[1:], d
	}
}

func TestWeightedSearchesAgree(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		n, m int
		seed uint64
	}{{60, 300, 1}, {300, 1500, 2}} {
		t.Run(fmt.Sprintf("n=%d", tc.n), func(t *testing.T) {
			g := randomDigraph(tc.n, tc.m, tc.seed)
			if _, _, ok := intLengths(g); !ok {
				t.Fatal("weights 1, 2, 4 should take the integer search")
			}
			radix, err := Brandes{Weighted: true}.Run(ctx, g)
			if err != nil {
				t.Fatal(err)
			}
			// Weights w/3 are not integers: the float heap runs, on the
			// same shortest paths with every length three times longer.
			fg := floatOnly(g, 3)
			if _, _, ok := intLengths(fg); ok {
				t.Fatal("weights w/3 should take the float search")
			}
			heap, err := Brandes{Weighted: true}.Run(ctx, fg)
			if err != nil {
				t.Fatal(err)
			}
			for v := range radix.Betweenness {
				if !near(radix.Betweenness[v], heap.Betweenness[v], 1e-9) {
					t.Fatalf("node %d: radix %v, heap %v", v, radix.Betweenness[v], heap.Betweenness[v])
				}
				if !near(radix.Harmonic[v], 3*heap.Harmonic[v], 1e-9) {
					t.Fatalf("node %d harmonic: radix %v, heap %v ×3", v, radix.Harmonic[v], heap.Harmonic[v])
				}
			}
		})
	}
}

func TestUniformWeightsAreUnweighted(t *testing.T) {
	ctx := context.Background()
	g := randomDigraph(200, 900, 4)
	for i := range g.Weight {
		g.Weight[i] = 2
	}
	if !g.UniformWeights() {
		t.Fatal("UniformWeights = false")
	}
	un, _ := Brandes{}.Run(ctx, g)
	wt, _ := Brandes{Weighted: true}.Run(ctx, g)
	for v := range un.Betweenness {
		if !near(un.Betweenness[v], wt.Betweenness[v], 1e-12) {
			t.Fatalf("node %d: uniform weighted betweenness %v, unweighted %v", v, wt.Betweenness[v], un.Betweenness[v])
		}
		// Every hop is length 1/2, so weighted harmonic is twice the hop one.
		if !near(wt.Harmonic[v], 2*un.Harmonic[v], 1e-12) {
			t.Fatalf("node %d: weighted harmonic %v, want 2×%v", v, wt.Harmonic[v], un.Harmonic[v])
		}
	}
	g.Weight[0] = 3
	if g.UniformWeights() {
		t.Fatal("UniformWeights = true after a change")
	}
}

func TestIntLengthsOverflow(t *testing.T) {
	var a []Arc
	for w := 1; w <= 60; w++ { // lcm(1..60) is far above 2^40
		a = append(a, Arc{From: 0, To: int32(w), Weight: float64(w)})
	}
	g, err := NewDigraph(61, a)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok := intLengths(g); ok {
		t.Error("lcm(1..60) accepted as a scale")
	}
	if _, err := (Brandes{Weighted: true}).Run(context.Background(), g); err != nil {
		t.Fatal(err)
	}
}
