package brokerage

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph/centrality"
)

func TestCount(t *testing.T) {
	// Broker 0 in group 0; groups of 1..5: 0, 0, 1, 1, 2.
	group := []int32{0, 0, 0, 1, 1, 2}
	arcs := []centrality.Arc{
		{From: 1, To: 0, Weight: 1}, {From: 3, To: 0, Weight: 1},
		{From: 0, To: 2, Weight: 1}, {From: 0, To: 4, Weight: 1}, {From: 0, To: 5, Weight: 1},
		{From: 1, To: 5, Weight: 1},
		// A reciprocated arc: 2→0→2 is not a two-path between two others.
		{From: 2, To: 0, Weight: 1},
	}
	g, err := centrality.NewDigraph(6, arcs)
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2} {
		r := Count(g, group, workers)
		// In-neighbours of 0: 1 (g0), 2 (g0), 3 (g1). Out: 2, 4, 5.
		//   1→0→2 coord, 1→0→4 repr, 1→0→5 closed by 1→5
		//   2→0→4 repr,  2→0→5 repr (2→2 skipped)
		//   3→0→2 gatekeeper, 3→0→4 itinerant, 3→0→5 liaison
		want := Roles{Coordinator: 1, Itinerant: 1, Representative: 3, Gatekeeper: 1, Liaison: 1}
		if r[0] != want {
			t.Errorf("workers=%d: roles of 0 = %+v, want %+v", workers, r[0], want)
		}
		if r[0].Total() != 7 {
			t.Errorf("total %d, want 7", r[0].Total())
		}
		// 2 brokers 0→2→0? a == c, not counted; so node 2 has nothing.
		if r[2] != (Roles{}) {
			t.Errorf("roles of 2 = %+v, want none", r[2])
		}
	}
}
