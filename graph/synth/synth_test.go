package synth

import (
	"slices"
	"testing"
)

func TestBarabasiAlbert(t *testing.T) {
	a := BarabasiAlbert(1000, 5, 1)
	if len(a) != (1000-5)*5 {
		t.Fatalf("%d arcs, want %d", len(a), (1000-5)*5)
	}
	seen := map[Arc]bool{}
	deg := make([]int, 1000)
	for _, x := range a {
		if x.From == x.To || seen[x] || seen[Arc{x.To, x.From}] {
			t.Fatalf("self-loop or repeated link %v", x)
		}
		seen[x] = true
		deg[x.From]++
		deg[x.To]++
	}
	// Preferential attachment: some early node becomes a hub (expected
	// degree about m·sqrt(n/m) = 70), far above the typical 2m = 10.
	if hub := slices.Max(deg[:20]); hub < 50 {
		t.Errorf("largest early degree %d, want a hub above 50", hub)
	}
	b := BarabasiAlbert(1000, 5, 1)
	for i := range a {
		if a[i] != b[i] {
			t.Fatal("same seed gave different graphs")
		}
	}
}
