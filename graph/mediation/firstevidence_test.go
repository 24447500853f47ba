package mediation

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFirstEvidenceIsSortCap checks firstEvidence against building every
// Evidence value, sorting, dropping repeats and capping, on random edge
// lists with many exact repeats.
func TestFirstEvidenceIsSortCap(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	var edges []graph.Edge
	for range 300 {
		edges = append(edges, graph.Edge{
			Doc: fmt.Sprintf("d%d", r.IntN(5)), Sentence: fmt.Sprintf("s%d", r.IntN(4)),
			Source: graph.Actor{Name: fmt.Sprintf("a%d", r.IntN(3))}, Relation: graph.Urged,
			Target: graph.Actor{Name: fmt.Sprintf("b%d", r.IntN(2))},
		})
	}
	for trial := range 200 {
		idx := make([]int32, r.IntN(60))
		for i := range idx {
			idx[i] = int32(r.IntN(len(edges)))
		}
		var all []Evidence
		for _, i := range idx {
			e := edges[i]
			all = append(all, Evidence{Doc: e.Doc, Sentence: e.Sentence, Source: e.Source.Name, Relation: e.Relation, Target: e.Target.Name})
		}
		for _, n := range []int{0, 1, 3, 10} {
			want := capEvidence(sortEvidence(slices.Clone(all)), n)
			got := firstEvidence(edges, slices.Clone(idx), n, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("trial %d, n=%d: got %v, want %v", trial, n, got, want)
			}
		}
	}
}
