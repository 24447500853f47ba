package analyze

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/brokerage"
	"github.com/actorgraph/actorgraph/graph/centrality"
	"github.com/actorgraph/actorgraph/graph/diplomacy"
)

// levelGraph is what the diplomatic measures read of one level: its nodes,
// and its edges with the actors mapped to the level (self-loops dropped)
// beside the same edges as named, for evidence.
type levelGraph struct {
	actors []graph.Actor
	index  map[string]int32
	edges  []graph.Edge
	orig   []graph.Edge
}

type sentenceKey struct{ doc, sentence string }

// newLevelGraph maps edges to the level's nodes. Cost: O(E).
func newLevelGraph(actors []graph.Actor, index map[string]int32, edges []graph.Edge, level func(graph.Actor) graph.Actor) *levelGraph {
	lg := &levelGraph{actors: actors, index: index}
	for _, e := range edges {
		s, t := level(e.Source), level(e.Target)
		if s.Name == t.Name {
			continue
		}
		le := e
		le.Source, le.Target = s, t
		lg.edges = append(lg.edges, le)
		lg.orig = append(lg.orig, e)
	}
	return lg
}

// diplomacyOf measures mediation on the diplomatic layer of lg (URGED and
// SPOKE_WITH ties, undirected): the path-share measure of graph/diplomacy
// for every conflict dyad of lv, and betweenness and brokerage on that
// layer. It fills the actors' PathMediation, DiplomaticBetweenness and
// DiplomaticBrokerage (metrics are in lg's node order), the mediations'
// PathShare, the dyads' channel lengths and lv.PathMediators.
//
// Cost: one breadth-first search per dyad (graph/diplomacy.Measure), one
// betweenness run on the diplomatic layer (chosen as for the whole graph,
// exact or sampled) and one brokerage count.
func diplomacyOf(ctx context.Context, lg *levelGraph, lv *Level, metrics []ActorMetrics, opt Options) error {
	n := len(lg.actors)
	type pair struct{ u, v int32 }
	var ties []diplomacy.Tie
	channel := map[pair][]int{} // (min, max) -> indices of channel edges
	shown := map[pair]map[sentenceKey]bool{}
	const (
		hostile  = 1
		supports = 2
	)
	stance := map[pair]uint8{} // (mediator, side) -> hostile | supports
	for i, e := range lg.edges {
		u, v := lg.index[e.Source.Name], lg.index[e.Target.Name]
		switch {
		case diplomacy.Channel(e.Relation):
			// A tie counts once per distinct sentence showing it.
			k := pair{min(u, v), max(u, v)}
			channel[k] = append(channel[k], i)
			if shown[k] == nil {
				shown[k] = map[sentenceKey]bool{}
			}
			if sk := (sentenceKey{e.Doc, e.Sentence}); !shown[k][sk] {
				shown[k][sk] = true
				ties = append(ties, diplomacy.Tie{U: u, V: v, N: 1})
			}
		case e.Relation.Conflict():
			stance[pair{u, v}] |= hostile
		case e.Relation == graph.Supported:
			stance[pair{u, v}] |= supports
		}
	}
	g, err := diplomacy.New(n, ties)
	if err != nil {
		return fmt.Errorf("analyze: diplomatic layer: %w", err)
	}

	// Betweenness and brokerage on the layer, as a digraph with both arcs.
	arcs := make([]centrality.Arc, 0, 2*g.Edges())
	for v := range int32(n) {
		for _, w := range g.Neighbours(v) {
			arcs = append(arcs, centrality.Arc{From: v, To: w, Weight: 1})
		}
	}
	dg, err := centrality.NewDigraph(n, arcs)
	if err != nil {
		return fmt.Errorf("analyze: diplomatic layer: %w", err)
	}
	plan, _ := betweennessPlan(n, len(arcs), opt)
	sc, err := plan.Run(ctx, dg)
	if err != nil {
		return err
	}
	roles := brokerage.Count(dg, countryGroups(lg.actors), opt.Workers)
	for i := range metrics {
		metrics[i].DiplomaticBetweenness = sc.Betweenness[i]
		metrics[i].DiplomaticBrokerage = roles[i]
	}

	// The path-share measure over the conflict dyads.
	dyads := make([]diplomacy.Dyad, len(lv.Dyads))
	total := 0.0
	for i, d := range lv.Dyads {
		w := 0
		for _, c := range d.Relations {
			w += c
		}
		dyads[i] = diplomacy.Dyad{A: lg.index[d.A], B: lg.index[d.B], Weight: float64(max(w, 1))}
		total += dyads[i].Weight
	}
	res, err := diplomacy.Measure(ctx, g, dyads)
	if err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	for i := range metrics {
		metrics[i].PathMediation = res.Score[i]
	}
	maxEv := opt.MaxEvidence
	if maxEv == 0 {
		maxEv = DefaultMaxEvidence
	}
	maxMed := opt.MaxMediators
	if maxMed == 0 {
		maxMed = DefaultMaxMediators
	}
	score := map[[3]string]float64{} // (a, b, mediator) -> mediation score
	for _, m := range lv.Mediators {
		score[[3]string{m.Dyad[0], m.Dyad[1], m.Mediator}] = m.Score
	}
	share := map[[3]string]float64{} // (a, b, mediator) -> share
	lv.PathMediators = []PathMediation{}
	for i, p := range res.Dyads {
		d := &lv.Dyads[i]
		d.ChannelHops, d.ChannelPaths = p.Hops, p.Count
		// Equal shares are ranked by the mediation score (direct ties to
		// both sides), then by name.
		key := func(s diplomacy.Share) [3]string { return [3]string{d.A, d.B, lg.actors[s.Node].Name} }
		slices.SortStableFunc(p.Through, func(x, y diplomacy.Share) int {
			return cmp.Or(cmp.Compare(y.Share, x.Share), cmp.Compare(score[key(y)], score[key(x)]),
				cmp.Compare(lg.actors[x.Node].Name, lg.actors[y.Node].Name))
		})
		for r, s := range p.Through {
			m := lg.actors[s.Node].Name
			share[[3]string{d.A, d.B, m}] = s.Share
			if maxMed > 0 && r >= maxMed {
				continue
			}
			pm := PathMediation{Dyad: [2]string{d.A, d.B}, Mediator: m, Share: s.Share,
				Weight: dyads[i].Weight / total, Rank: r + 1, Via: []string{}}
			for _, side := range []int32{dyads[i].A, dyads[i].B} {
				st := stance[pair{s.Node, side}]
				if st&hostile != 0 {
					pm.HostileTo = append(pm.HostileTo, lg.actors[side].Name)
				}
				if st&supports != 0 {
					pm.Supports = append(pm.Supports, lg.actors[side].Name)
				}
			}
			// Evidence: the sentences of the ties on the paths, the ties to
			// the sides first, taking one sentence from each tie in turn.
			via := slices.Clone(s.Via)
			slices.SortStableFunc(via, func(x, y int32) int {
				return cmp.Compare(sideRank(x, dyads[i]), sideRank(y, dyads[i]))
			})
			var lists [][]int
			for _, w := range via {
				pm.Via = append(pm.Via, lg.actors[w].Name)
				lists = append(lists, channel[pair{min(s.Node, w), max(s.Node, w)}])
			}
			pm.Evidence = roundRobin(lg.orig, lists, maxEv)
			lv.PathMediators = append(lv.PathMediators, pm)
		}
	}
	for i := range lv.Mediators {
		m := &lv.Mediators[i]
		m.PathShare = share[[3]string{m.Dyad[0], m.Dyad[1], m.Mediator}]
	}
	return nil
}

// sideRank puts the dyad's sides before other neighbours.
func sideRank(v int32, d diplomacy.Dyad) int {
	if v == d.A || v == d.B {
		return 0
	}
	return 1
}

// roundRobin takes one edge from each list in turn, skipping edges
// already taken, until limit evidence items (no limit when limit < 0).
func roundRobin(edges []graph.Edge, lists [][]int, limit int) []Evidence {
	out := []Evidence{}
	seen := map[Evidence]bool{}
	for depth := 0; ; depth++ {
		more := false
		for _, l := range lists {
			if depth >= len(l) {
				continue
			}
			more = true
			if limit >= 0 && len(out) >= limit {
				return out
			}
			e := edges[l[depth]]
			ev := Evidence{Doc: e.Doc, Sentence: e.Sentence, Source: e.Source.Name, Relation: e.Relation, Target: e.Target.Name}
			if seen[ev] {
				continue
			}
			seen[ev] = true
			out = append(out, ev)
		}
		if !more {
			return out
		}
	}
}
