package neo4j_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/neo4j"
	"github.com/actorgraph/actorgraph/neo4j/bolttest"
)

// syntheticEdges returns n edges among 300 actors with sentences of news
// length (~180 bytes), from a fixed seed.
func syntheticEdges(n int) []graph.Edge {
	r := rand.New(rand.NewPCG(1, 2))
	kinds := []graph.Kind{graph.Person, graph.State, graph.Org}
	actor := func() graph.Actor {
		i := r.IntN(300)
		k := kinds[i%3]
		a := graph.Actor{Name: fmt.Sprintf("Actor %03d", i), Kind: k, Country: fmt.Sprintf("State %02d", i%40)}
		if k == graph.State {
			a.Country = a.Name
		}
		return a
	}
	rels := graph.Relations()
	edges := make([]graph.Edge, 0, n)
	for len(edges) < n {
		s, t := actor(), actor()
		if s.Name == t.Name {
			continue
		}
		i := len(edges)
		edges = append(edges, graph.Edge{
			Doc: fmt.Sprintf("%04d_article.txt", i/20), SentenceIndex: i % 20,
			Sentence: fmt.Sprintf("%s said on Tuesday that %s had been warned repeatedly about the consequences of further escalation in the region, officials said (%d).", s.Name, t.Name, i),
			Source:   s, Relation: rels[r.IntN(len(rels))], Target: t, Trigger: "warned",
			Published: time.Date(2024, 1+time.Month(i%12), 1+i%28, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), Confidence: 0.8,
		}.WithID())
	}
	return edges
}

// BenchmarkLoad loads 10,000 edges into the Bolt test server at several
// batch sizes, through the real driver, reporting batches/s, edges/s and the
// bytes the client sent per edge. The server does no storage work, so this
// measures the client side of a load (encoding, round trips, transactions):
// the cost a batch size adds on top of what Neo4j itself spends.
//
//	go test -run '^$' -bench BenchmarkLoad -benchtime 5x ./neo4j/
func BenchmarkLoad(b *testing.B) {
	edges := syntheticEdges(10000)
	for _, size := range []int{10, 50, 100, 250, 500, 1000, 2500, 5000} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			s, err := bolttest.Start(bolttest.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			st, err := neo4j.Open(ctx, neo4j.Config{URI: s.URI(), Password: "x", BatchSize: size}, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close(ctx)
			start := s.BytesIn()
			batches := 0
			b.ResetTimer()
			for b.Loop() {
				stats, err := st.Load(ctx, edges, nil)
				if err != nil {
					b.Fatal(err)
				}
				batches += stats.Batches
				s.Reset()
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(batches)/sec, "batches/s")
			b.ReportMetric(float64(b.N*len(edges))/sec, "edges/s")
			b.ReportMetric(float64(s.BytesIn()-start)/float64(b.N*len(edges)), "bytes/edge")
		})
	}
}
