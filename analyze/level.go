package analyze

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/brokerage"
	"github.com/actorgraph/actorgraph/graph/centrality"
	"github.com/actorgraph/actorgraph/graph/mediation"
)

// levelGraph is the interaction graph of one level: nodes numbered in name
// order, an arc A→B when any edge A→B exists (SPOKE_WITH both ways) whose
// weight is the number of distinct sentences supporting it.
type levelGraph struct {
	actors []graph.Actor
	index  map[string]int32
	g      *centrality.Digraph
	edges  []graph.Edge // the edges at this level, self-loops dropped
	orig   []graph.Edge // the same edges with the actors as named
	level  func(graph.Actor) graph.Actor
}

type sentenceKey struct{ doc, sentence string }

func buildLevel(edges []graph.Edge, level func(graph.Actor) graph.Actor) (*levelGraph, error) {
	lg := &levelGraph{index: map[string]int32{}, level: level}
	first := map[string]graph.Actor{}
	for _, e := range edges {
		s, t := level(e.Source), level(e.Target)
		if s.Name == t.Name {
			continue
		}
		for _, a := range []graph.Actor{s, t} {
			if _, ok := first[a.Name]; !ok {
				first[a.Name] = a
			}
		}
		lg.orig = append(lg.orig, e)
		e.Source, e.Target = s, t
		lg.edges = append(lg.edges, e)
	}
	for _, a := range first {
		lg.actors = append(lg.actors, a)
	}
	slices.SortFunc(lg.actors, func(a, b graph.Actor) int { return cmp.Compare(a.Name, b.Name) })
	for i, a := range lg.actors {
		lg.index[a.Name] = int32(i)
	}
	// One (from, to, sentence) triple per supporting sentence; repeats of
	// a triple are one sentence.
	type triple struct{ u, v, s int32 }
	sentences := map[sentenceKey]int32{}
	triples := make([]triple, 0, len(lg.edges)+len(lg.edges)/4)
	for _, e := range lg.edges {
		k := sentenceKey{e.Doc, e.Sentence}
		s, ok := sentences[k]
		if !ok {
			s = int32(len(sentences))
			sentences[k] = s
		}
		u, v := lg.index[e.Source.Name], lg.index[e.Target.Name]
		triples = append(triples, triple{u, v, s})
		if e.Relation.Symmetric() {
			triples = append(triples, triple{v, u, s})
		}
	}
	slices.SortFunc(triples, func(a, b triple) int {
		return cmp.Or(cmp.Compare(a.u, b.u), cmp.Compare(a.v, b.v), cmp.Compare(a.s, b.s))
	})
	triples = slices.Compact(triples)
	arcs := make([]centrality.Arc, 0, len(triples))
	for _, t := range triples {
		arcs = append(arcs, centrality.Arc{From: t.u, To: t.v, Weight: 1})
	}
	g, err := centrality.NewDigraph(len(lg.actors), arcs) // merges: weight = sentence count
	if err != nil {
		return nil, err
	}
	lg.g = g
	return lg, nil
}

// unweighted returns g with every arc weight 1.
func unweighted(g *centrality.Digraph) *centrality.Digraph {
	u := *g
	u.Weight = make([]float64, len(g.Weight))
	for i := range u.Weight {
		u.Weight[i] = 1
	}
	return &u
}

// betweennessPlan returns the Brandes settings for a graph of n nodes and a
// arcs, and the method's description for the output.
func betweennessPlan(n, a int, opt Options) (centrality.Brandes, string) {
	b := centrality.Brandes{Seed: opt.Seed, Workers: opt.Workers}
	limit := opt.ExactLimit
	if limit <= 0 {
		limit = DefaultExactLimit
	}
	switch {
	case opt.Pivots > 0:
		b.Pivots = opt.Pivots
	case opt.Pivots == 0 && float64(n)*float64(n+a) > limit:
		b.Pivots = max(MinPivots, int(limit/float64(n+a)))
	}
	if b.Pivots <= 0 || b.Pivots >= n {
		b.Pivots = 0
		return b, "exact"
	}
	return b, fmt.Sprintf("sampled (%d of %d pivots, seed %d)", b.Pivots, n, opt.Seed)
}

func analyseLevel(ctx context.Context, edges []graph.Edge, level func(graph.Actor) graph.Actor, opt Options) (Level, error) {
	lg, err := buildLevel(edges, level)
	if err != nil {
		return Level{}, fmt.Errorf("analyze: %w", err)
	}
	n := len(lg.actors)
	lv := Level{Nodes: n, Arcs: lg.g.Arcs(), Edges: len(lg.edges), Modularity: -1}
	plan, method := betweennessPlan(n, lg.g.Arcs(), opt)
	lv.Betweenness = method
	hop := unweighted(lg.g)
	un, err := plan.Run(ctx, hop)
	if err != nil {
		return Level{}, err
	}
	plan.Weighted = true
	wt, err := plan.Run(ctx, lg.g)
	if err != nil {
		return Level{}, err
	}
	lv.Pivots = un.Sources
	pr := centrality.PageRank(hop, 0.85, 0, false)
	group := make([]int32, n)
	countries := map[string]int32{}
	for i, a := range lg.actors {
		c := a.CountryOrSelf()
		if _, ok := countries[c]; !ok {
			countries[c] = int32(len(countries))
		}
		group[i] = countries[c]
	}
	roles := brokerage.Count(hop, group, opt.Workers)
	comm, ncomm, q, cmethod := communities(lg.g, opt)
	lv.Communities, lv.Modularity, lv.CommunityMethod = ncomm, q, cmethod

	metrics := make([]ActorMetrics, n)
	for i, a := range lg.actors {
		m := &metrics[i]
		m.Name, m.Kind = a.Name, a.Kind
		if a.Country != "" {
			c := a.Country
			m.Country = &c
		}
		m.Betweenness = un.Betweenness[i]
		m.WeightedBetweenness = wt.Betweenness[i]
		m.Harmonic = un.Harmonic[i]
		m.PageRank = pr[i]
		m.Brokerage = roles[i]
		m.Community = comm[i]
		m.In, m.Out = map[graph.Relation]int{}, map[graph.Relation]int{}
	}
	for _, e := range lg.edges {
		s, t := &metrics[lg.index[e.Source.Name]], &metrics[lg.index[e.Target.Name]]
		s.Out[e.Relation]++
		s.OutDegree++
		t.In[e.Relation]++
		t.InDegree++
	}

	maxEv := opt.MaxEvidence
	if maxEv == 0 {
		maxEv = DefaultMaxEvidence
	}
	maxMed := opt.MaxMediators
	if maxMed == 0 {
		maxMed = DefaultMaxMediators
	}
	dyads, meds := mediation.Find(lg.orig, mediation.Options{
		MaxEvidence: max(0, maxEv), MaxMediators: max(0, maxMed),
		Level: func(a graph.Actor) string { return lg.level(a).Name },
	})
	lv.Dyads = make([]Dyad, len(dyads))
	for i, d := range dyads {
		lv.Dyads[i] = Dyad{A: d.A, B: d.B, Relations: d.Relations, Evidence: d.Evidence, Mediators: d.Mediators}
	}
	lv.Mediators = make([]Mediation, len(meds))
	for i, m := range meds {
		lv.Mediators[i] = Mediation{
			Dyad: m.Dyad, Mediator: m.Mediator, Score: m.Score, Evidence: m.Evidence,
			Rank: m.Rank, TiesA: m.TiesA, TiesB: m.TiesB, Joint: m.Joint,
			HostileTo: m.HostileTo, Supports: m.Supports,
		}
		metrics[lg.index[m.Mediator]].Mediation += m.Score
	}

	if err := diplomacyOf(ctx, lg, &lv, metrics, opt); err != nil {
		return Level{}, err
	}

	slices.SortFunc(metrics, func(a, b ActorMetrics) int {
		return cmp.Or(cmp.Compare(b.Betweenness, a.Betweenness), cmp.Compare(a.Name, b.Name))
	})
	lv.Actors = metrics
	return lv, nil
}
