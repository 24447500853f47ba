package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/centrality"
	"github.com/actorgraph/actorgraph/graph/synth"
)

func runtimeCores() int { return runtime.GOMAXPROCS(0) }

// sampleError compares sampled betweenness with exact on one graph.
func sampleError(ctx context.Context, c config) error {
	n := c.errorN
	g, _ := baGraph(n, c.linksPer)
	t := time.Now()
	exact, err := centrality.Brandes{}.Run(ctx, g)
	if err != nil {
		return err
	}
	exactTime := time.Since(t)
	byExact := ranking(exact.Betweenness)
	top := exact.Betweenness[byExact[0]]
	fmt.Printf("\nSampled vs exact betweenness, Barabási–Albert digraph of %d nodes (exact: %s):\n", n, fmtDur(exactTime))
	fmt.Println("pivots  time      max |error| / top score  max rel. error top-100  mean rel. error top-100  top-10 kept  top-100 kept")
	for _, k := range []int{100, 250, 500, 1000, 2000} {
		if k >= n {
			continue
		}
		var errs []float64
		var maxErr, maxRel, meanRel float64
		var keep10, keep100 int
		seeds := []uint64{1, 2, 3}
		var took time.Duration
		for _, seed := range seeds {
			t := time.Now()
			s, err := centrality.Brandes{Pivots: k, Seed: seed}.Run(ctx, g)
			if err != nil {
				return err
			}
			took += time.Since(t)
			for v := range s.Betweenness {
				maxErr = max(maxErr, abs(s.Betweenness[v]-exact.Betweenness[v])/top)
			}
			rel := 0.0
			for _, v := range byExact[:100] {
				r := abs(s.Betweenness[v]-exact.Betweenness[v]) / exact.Betweenness[v]
				rel += r
				maxRel = max(maxRel, r)
			}
			errs = append(errs, rel/100)
			bySampled := ranking(s.Betweenness)
			keep10 += overlap(byExact[:10], bySampled[:10])
			keep100 += overlap(byExact[:100], bySampled[:100])
		}
		for _, e := range errs {
			meanRel += e / float64(len(errs))
		}
		fmt.Printf("%-6d  %-8s  %-23.3f  %-22.3f  %-23.3f  %-11.1f  %.1f\n", k, fmtDur(took/time.Duration(len(seeds))), maxErr, maxRel, meanRel,
			float64(keep10)/float64(len(seeds)), float64(keep100)/float64(len(seeds)))
	}
	fmt.Println("(worst over 3 seeds for the max errors; means over 3 seeds otherwise; relative errors over the exact top 100)")
	return nil
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// ranking returns the nodes by decreasing value.
func ranking(v []float64) []int {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmpFloat(v[b], v[a]) })
	return idx
}

func overlap(a, b []int) int {
	in := map[int]bool{}
	for _, x := range a {
		in[x] = true
	}
	k := 0
	for _, x := range b {
		if in[x] {
			k++
		}
	}
	return k
}

// syntheticEdges returns an edge stream of about edges edges among actors
// actors: endpoints from a Barabási–Albert graph (so a few actors are hubs),
// relations drawn with news-like frequencies, actors spread over 200
// countries, two edges per sentence, dates over 60 days.
func syntheticEdges(actors, edges int, seed uint64) []graph.Edge {
	m := max(1, edges/actors)
	arcs := synth.BarabasiAlbert(actors, m, seed)
	r := rand.New(rand.NewPCG(seed, 2))
	kinds := []graph.Kind{graph.Person, graph.Person, graph.Org, graph.State}
	people := make([]graph.Actor, actors)
	for i := range people {
		country := fmt.Sprintf("Country %d", i%200)
		k := kinds[i%len(kinds)]
		name := fmt.Sprintf("Actor %d", i)
		if i < 200 {
			name, k = country, graph.State
		}
		people[i] = graph.Actor{Name: name, Kind: k, Country: country}
	}
	rels := []graph.Relation{graph.Urged, graph.Urged, graph.SpokeWith, graph.SpokeWith, graph.Supported, graph.Warned, graph.Attacked, graph.Accused}
	day0 := time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)
	out := make([]graph.Edge, len(arcs))
	for i, a := range arcs {
		doc := fmt.Sprintf("doc-%d.txt", i/40)
		out[i] = graph.Edge{
			Doc: doc, SentenceIndex: (i % 40) / 2, Sentence: fmt.Sprintf("Sentence %d of %s.", (i%40)/2, doc),
			Source: people[a.From], Relation: rels[r.IntN(len(rels))], Target: people[a.To],
			Published: day0.AddDate(0, 0, (i/40)%60).Format("2006-01-02"), Confidence: 1,
		}
	}
	return out
}

func writeEdges(ctx context.Context, path string, edges []graph.Edge) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := graph.NewEdgeWriter(f)
	for i, e := range edges {
		if i%4096 == 0 && ctx.Err() != nil {
			f.Close()
			return ctx.Err()
		}
		if err := w.Write(e); err != nil {
			f.Close()
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// scale times a whole analysis (both levels) of a synthetic edge stream:
// `actorgraph analyze EDGES -o analysis.json` as a child process, with its
// wall time, peak RSS and output size.
func scale(ctx context.Context, c config) error {
	dir, err := os.MkdirTemp("", "actorgraph-scale")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	t := time.Now()
	edges := syntheticEdges(c.scaleNodes, c.scaleEdges, 1)
	fmt.Printf("generated %d edges among %d actors in %s\n", len(edges), c.scaleNodes, fmtDur(time.Since(t)))
	path := c.scaleOut
	if path == "" {
		path = filepath.Join(dir, "edges.jsonl")
	}
	if err := writeEdges(ctx, path, edges); err != nil {
		return err
	}
	edges = nil
	bin, err := buildActorgraph(ctx, dir, c.bin)
	if err != nil {
		return err
	}
	out := filepath.Join(dir, "analysis.json")
	la := loadAvg()
	ch, err := runChild(ctx, bin, "analyze", path, "-o", out, "-q")
	if err != nil {
		return err
	}
	st, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Printf("actorgraph analyze (actor and country level, %d cores): %s, peak RSS %.0f MiB, analysis.json %.1f MB (load average before: %s, after: %s)\n",
		runtime.NumCPU(), fmtDur(ch.wall), ch.rssMiB, float64(st.Size())/1e6, la, loadAvg())
	b, err := os.ReadFile(out)
	if err != nil {
		return err
	}
	var res analyze.Result
	if err := json.Unmarshal(b, &res); err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	for _, l := range []struct {
		name string
		lv   analyze.Level
	}{{"actor", res.Actor}, {"country", res.Country}} {
		fmt.Printf("  %-7s %7d nodes %8d arcs  betweenness %s  %d communities (Q %.3f)  %d dyads (+%d omitted)  %d mediations  %d actor rows (+%d omitted)\n",
			l.name, l.lv.Nodes, l.lv.Arcs, l.lv.Betweenness, l.lv.Communities, l.lv.Modularity, len(l.lv.Dyads), l.lv.DyadsOmitted,
			len(l.lv.Mediators), len(l.lv.Actors), l.lv.ActorsOmitted)
	}
	return nil
}
