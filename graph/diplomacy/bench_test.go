package diplomacy

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/actorgraph/actorgraph/graph/synth"
)

// BenchmarkMeasure times the measure on Barabási–Albert graphs (5 links
// per arriving node) with 200 random dyads:
//
//	go test ./graph/diplomacy -run '^$' -bench Measure -benchtime 3x
func BenchmarkMeasure(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		var ties []Tie
		for _, a := range synth.BarabasiAlbert(n, 5, 1) {
			ties = append(ties, Tie{a.From, a.To, 1})
		}
		g, err := New(n, ties)
		if err != nil {
			b.Fatal(err)
		}
		r := rand.New(rand.NewPCG(1, 2))
		var ds []Dyad
		for len(ds) < 200 {
			a, c := int32(r.IntN(n)), int32(r.IntN(n))
			if a != c {
				ds = append(ds, Dyad{A: a, B: c, Weight: 1})
			}
		}
		b.Run(fmt.Sprintf("n=%d/dyads=200", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Measure(context.Background(), g, ds); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
