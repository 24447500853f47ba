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

// projection is the edge stream reduced to node ids, built once for both
// levels: per edge, its ends at actor level and at country level, its
// relation and its sentence. It is the only pass over the edges' strings;
// the level graphs are built from its integer columns.
type projection struct {
	levels [2]levelNodes
	// ends[l][2i], ends[l][2i+1] are the source and target node of edge i
	// at level l; -1 for both when the edge is a self-loop there.
	ends [2][]int32
	rel  []uint8 // index into graph.Relations()
	sent []int32 // distinct (doc, sentence) number
	nsen int
}

// levelNodes are the nodes of one level, numbered in name order.
type levelNodes struct {
	actors []graph.Actor
	index  map[string]int32
}

const (
	actorIdx   = 0
	countryIdx = 1
)

// levelFunc maps an actor to its node at level l.
func levelFunc(l int) func(graph.Actor) graph.Actor {
	if l == countryIdx {
		return countryLevel
	}
	return actorLevel
}

// numRelations is the number of relations, len(graph.Relations()).
const numRelations = 6

// relIndex is r's index in graph.Relations().
func relIndex(r graph.Relation) uint8 {
	for i, x := range graph.Relations() {
		if x == r {
			return uint8(i)
		}
	}
	return 0 // edges are validated; an unknown relation counts as the first
}

// project builds the projection of edges. A node's actor is the level's
// form of the actor where the node is first seen in an edge that is not a
// self-loop at that level. Cost: O(E) map look-ups plus O(n log n) to sort
// each level's names.
func project(edges []graph.Edge) *projection {
	p := &projection{rel: make([]uint8, len(edges)), sent: make([]int32, len(edges))}
	type sentenceKey struct{ doc, sentence string }
	sentences := map[sentenceKey]int32{}
	for l := range p.levels {
		p.levels[l].index = map[string]int32{}
		p.ends[l] = make([]int32, 2*len(edges))
	}
	for i, e := range edges {
		k := sentenceKey{e.Doc, e.Sentence}
		s, ok := sentences[k]
		if !ok {
			s = int32(len(sentences))
			sentences[k] = s
		}
		p.sent[i], p.rel[i] = s, relIndex(e.Relation)
		for l := range p.levels {
			level := levelFunc(l)
			src, dst := level(e.Source), level(e.Target)
			if src.Name == dst.Name {
				p.ends[l][2*i], p.ends[l][2*i+1] = -1, -1
				continue
			}
			ln := &p.levels[l]
			for j, a := range [2]graph.Actor{src, dst} {
				id, ok := ln.index[a.Name]
				if !ok {
					id = int32(len(ln.actors))
					ln.index[a.Name] = id
					ln.actors = append(ln.actors, a)
				}
				p.ends[l][2*i+j] = id
			}
		}
	}
	p.nsen = len(sentences)
	// Renumber each level's nodes in name order.
	for l := range p.levels {
		ln := &p.levels[l]
		order := make([]int32, len(ln.actors))
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(ln.actors[a].Name, ln.actors[b].Name) })
		newID := make([]int32, len(order))
		sorted := make([]graph.Actor, len(order))
		for rank, old := range order {
			newID[old] = int32(rank)
			sorted[rank] = ln.actors[old]
			ln.index[ln.actors[old].Name] = int32(rank)
		}
		ln.actors = sorted
		for i, v := range p.ends[l] {
			if v >= 0 {
				p.ends[l][i] = newID[v]
			}
		}
	}
	return p
}

// digraph returns the interaction graph of level l: an arc A→B when any
// edge A→B exists (SPOKE_WITH both ways), weighted by the number of distinct
// sentences supporting it. Cost: O(E log E).
func (p *projection) digraph(l int) *centrality.Digraph {
	n := len(p.levels[l].actors)
	ends := p.ends[l]
	spoke := relIndex(graph.SpokeWith)
	// One (from, to, sentence) triple per supporting sentence; repeats of a
	// triple are one sentence. Packed into one integer when the ids fit,
	// which sorts several times faster than a struct.
	nb, sb := bitsFor(n), bitsFor(p.nsen)
	packed := 2*nb+sb <= 64
	var keys []uint64
	type triple struct{ u, v, s int32 }
	var triples []triple
	add := func(u, v, s int32) {
		if packed {
			keys = append(keys, uint64(u)<<(nb+sb)|uint64(v)<<sb|uint64(s))
		} else {
			triples = append(triples, triple{u, v, s})
		}
	}
	for i := range p.rel {
		u, v := ends[2*i], ends[2*i+1]
		if u < 0 {
			continue
		}
		add(u, v, p.sent[i])
		if p.rel[i] == spoke {
			add(v, u, p.sent[i])
		}
	}
	if packed {
		slices.Sort(keys)
		keys = slices.Compact(keys)
		triples = make([]triple, len(keys))
		umask, smask := uint64(1)<<nb-1, uint64(1)<<sb-1
		for i, k := range keys {
			triples[i] = triple{int32(k >> (nb + sb)), int32(k >> sb & umask), int32(k & smask)}
		}
		keys = nil
	} else {
		slices.SortFunc(triples, func(a, b triple) int {
			return cmp.Or(cmp.Compare(a.u, b.u), cmp.Compare(a.v, b.v), cmp.Compare(a.s, b.s))
		})
		triples = slices.Compact(triples)
	}
	// Triples are sorted by (u, v): each run of one (u, v) is one arc.
	g := &centrality.Digraph{Off: make([]int, n+1)}
	for i := 0; i < len(triples); {
		t := triples[i]
		j := i
		for j < len(triples) && triples[j].u == t.u && triples[j].v == t.v {
			j++
		}
		g.Head = append(g.Head, t.v)
		g.Weight = append(g.Weight, float64(j-i))
		g.Off[t.u+1]++
		i = j
	}
	for v := range n {
		g.Off[v+1] += g.Off[v]
	}
	return g
}

// bitsFor returns the bits needed to hold 0..n-1 (at least 1).
func bitsFor(n int) uint {
	b := uint(1)
	for n > 1<<b {
		b++
	}
	return b
}

// betweennessPlan returns the Brandes settings for a graph of n nodes and a
// arcs, given budget, the share of the work budget it may use, and the
// method's description for the output.
func betweennessPlan(n, a int, opt Options, budget float64) (centrality.Brandes, string) {
	b := centrality.Brandes{Seed: opt.Seed, Workers: opt.Workers}
	limit := opt.ExactLimit
	if limit <= 0 {
		limit = DefaultExactLimit
	}
	limit *= budget
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

// analyseLevel analyses level l of p; edges are the edges p was built from
// (for the mediation evidence).
func analyseLevel(ctx context.Context, p *projection, l int, edges []graph.Edge, opt Options) (Level, error) {
	ln := &p.levels[l]
	g := p.digraph(l)
	n := len(ln.actors)
	lv := Level{Nodes: n, Arcs: g.Arcs(), Modularity: -1}
	for i := range p.rel {
		if p.ends[l][2*i] >= 0 {
			lv.Edges++
		}
	}
	// The unweighted measures ignore the weights, so one graph serves
	// every measure. The weighted pass uses the same pivots (same seed and
	// count) and is skipped when every weight is equal: its shortest paths
	// are then the unweighted ones.
	plan, method := betweennessPlan(n, g.Arcs(), opt, 1)
	lv.Betweenness = method
	un, err := plan.Run(ctx, g)
	if err != nil {
		return Level{}, err
	}
	wt := un
	if !g.UniformWeights() {
		plan.Weighted = true
		if wt, err = plan.Run(ctx, g); err != nil {
			return Level{}, err
		}
	}
	lv.Pivots = un.Sources
	pr := centrality.PageRank(g, 0.85, 0, false)
	roles := brokerage.Count(g, countryGroups(ln.actors), opt.Workers)
	comm, ncomm, q, cmethod := communities(g, opt)
	lv.Communities, lv.Modularity, lv.CommunityMethod = ncomm, q, cmethod

	// Degrees by relation in one slice indexed by node, not a map per
	// node; the maps of the output are made only for nodes with edges.
	counts := make([][2][numRelations]int32, n)
	for i, r := range p.rel {
		s, t := p.ends[l][2*i], p.ends[l][2*i+1]
		if s >= 0 {
			counts[s][1][r]++
			counts[t][0][r]++
		}
	}
	rels := graph.Relations()
	metrics := make([]ActorMetrics, n)
	for i, a := range ln.actors {
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
		m.In, m.InDegree = byRelation(rels, &counts[i][0])
		m.Out, m.OutDegree = byRelation(rels, &counts[i][1])
	}
	counts = nil

	maxEv, maxMed := opt.caps()
	level := levelFunc(l)
	dyads, meds := mediation.Find(edges, mediation.Options{
		MaxEvidence: max(0, maxEv), MaxMediators: max(0, maxMed),
		Level: func(a graph.Actor) string { return level(a).Name },
	})
	lv.Dyads = make([]Dyad, len(dyads))
	for i, d := range dyads {
		lv.Dyads[i] = Dyad{A: d.A, B: d.B, Relations: d.Relations, Evidence: d.Evidence, Mediators: d.Mediators}
	}
	lv.Mediators = make([]Mediation, len(meds))
	for i := range meds {
		m := &meds[i]
		lv.Mediators[i] = Mediation{
			Dyad: m.Dyad, Mediator: m.Mediator, Score: m.Score, Evidence: m.Evidence,
			Rank: m.Rank, TiesA: m.TiesA, TiesB: m.TiesB, Joint: m.Joint, Talks: m.Talks,
			HostileTo: m.HostileTo, Supports: m.Supports,
		}
		metrics[ln.index[m.Mediator]].Mediation += m.Score
	}

	var keep []bool // nil: every dyad
	if opt.Keep != nil && !opt.Keep.Full {
		keep = keptDyads(&lv, *opt.Keep)
		// Drop the evidence that will not be written now, before the
		// diplomatic layer is built.
		dropped := map[[2]string]bool{}
		for i, k := range keep {
			if !k {
				lv.Dyads[i].Evidence = nil
				dropped[[2]string{lv.Dyads[i].A, lv.Dyads[i].B}] = true
			}
		}
		for i := range lv.Mediators {
			if dropped[lv.Mediators[i].Dyad] {
				lv.Mediators[i].Evidence = nil
			}
		}
	}
	if err := diplomacyOf(ctx, p, l, edges, &lv, metrics, keep, opt); err != nil {
		return Level{}, err
	}
	if keep != nil {
		lv = pruneDyads(lv, keep)
	}

	slices.SortFunc(metrics, func(a, b ActorMetrics) int {
		return cmp.Or(cmp.Compare(b.Betweenness, a.Betweenness), cmp.Compare(a.Name, b.Name))
	})
	lv.Actors = metrics
	return lv, nil
}

// byRelation returns the non-zero counts as a map (nil when all are zero)
// and their sum.
func byRelation(rels []graph.Relation, c *[numRelations]int32) (map[graph.Relation]int, int) {
	var m map[graph.Relation]int
	total := 0
	for r, k := range c {
		if k > 0 {
			if m == nil {
				m = make(map[graph.Relation]int, 2)
			}
			m[rels[r]] = int(k)
			total += int(k)
		}
	}
	return m, total
}

// countryGroups numbers the countries of actors (an actor with none is its
// own group) for brokerage: group[i] is actor i's. Cost: O(n).
func countryGroups(actors []graph.Actor) []int32 {
	group := make([]int32, len(actors))
	countries := map[string]int32{}
	for i, a := range actors {
		c := a.CountryOrSelf()
		if _, ok := countries[c]; !ok {
			countries[c] = int32(len(countries))
		}
		group[i] = countries[c]
	}
	return group
}
