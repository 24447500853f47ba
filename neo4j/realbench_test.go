package neo4j_test

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/actorgraph/actorgraph/neo4j"
)

// BenchmarkRealLoad loads 10,000 synthetic edges (300 actors, news-length
// sentences) into an empty real Neo4j at batch sizes 100, 1000 and 5000,
// reporting edges/s and the bytes the client sent per edge (counted by a
// loopback proxy in front of the server). Each iteration starts from an
// empty database with the schema in place, so it measures what a first
// load costs: MERGE of actors, memberships, articles and relationships
// with their uniqueness constraints and indexes. An untimed load of 2,000
// edges warms the JVM first.
//
//	go test ./neo4j -run X -bench RealLoad
func BenchmarkRealLoad(b *testing.B) {
	edges := syntheticEdges(10000)
	for _, size := range []int{100, 1000, 5000} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			r := connect(b, size)
			ctx := context.Background()
			p := startProxy(b, r.cfg.URI)
			cfg := r.cfg
			cfg.URI = p.uri
			cfg.BatchSize = size
			st := openStore(b, cfg)
			if err := st.EnsureSchema(ctx); err != nil {
				b.Fatal(err)
			}
			// One untimed load first: the JVM compiles the loader's code
			// paths, so the first batch size measured is not penalised.
			if _, err := st.Load(ctx, edges[:2000], nil); err != nil {
				b.Fatal(err)
			}
			var sent int64
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				r.wipe()
				before := p.in.Load()
				b.StartTimer()
				stats, err := st.Load(ctx, edges, nil)
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				sent += p.in.Load() - before
				if stats.RelationshipsCreated < len(edges) {
					b.Fatalf("created %d relationships for %d edges", stats.RelationshipsCreated, len(edges))
				}
				b.StartTimer()
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(b.N*len(edges))/sec, "edges/s")
			b.ReportMetric(float64(sent)/float64(b.N*len(edges)), "bytes/edge")
		})
	}
}

// proxy forwards loopback TCP connections to a Bolt server and counts the
// bytes the clients send.
type proxy struct {
	uri string
	in  atomic.Int64
}

func startProxy(tb testing.TB, target string) *proxy {
	tb.Helper()
	u, err := url.Parse(target)
	if err != nil {
		tb.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	p := &proxy{uri: u.Scheme + "://" + ln.Addr().String()}
	var wg sync.WaitGroup
	tb.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", u.Host)
			if err != nil {
				c.Close()
				continue
			}
			wg.Add(2)
			go func() {
				defer wg.Done()
				io.Copy(counter{s, &p.in}, c)
				s.Close()
			}()
			go func() {
				defer wg.Done()
				io.Copy(c, s)
				c.Close()
			}()
		}
	}()
	return p
}

// counter is a writer that counts what passes through it.
type counter struct {
	w io.Writer
	n *atomic.Int64
}

func (c counter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n.Add(int64(n))
	return n, err
}

// openStore opens a Store on cfg, closed when the test ends.
func openStore(tb testing.TB, cfg neo4j.Config) *neo4j.Store {
	tb.Helper()
	st, err := neo4j.Open(context.Background(), cfg, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close(context.Background()) })
	return st
}
