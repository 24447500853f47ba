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

// diplomaticBudget is the share of the betweenness work budget
// (Options.ExactLimit) that the diplomatic layer's betweenness may use
// before it is sampled: it is a secondary measure beside the interaction
// graph's, and on real news its layer is small enough to stay exact.
const diplomaticBudget = 1.0 / 16

// channelEdge is an edge of the diplomatic layer: its pair of nodes at the
// level (packed, lower id first), its sentence and its index in the edges.
type channelEdge struct {
	pair uint64
	sent int32
	edge int32
}

func packPair(u, v int32) uint64 { return uint64(uint32(u))<<32 | uint64(uint32(v)) }

// diplomacyOf measures mediation on the diplomatic layer of level l of p
// (URGED and SPOKE_WITH ties, undirected): the path-share measure of
// graph/diplomacy for every conflict dyad of lv, and betweenness and
// brokerage on that layer. It fills the actors' PathMediation,
// DiplomaticBetweenness and DiplomaticBrokerage (metrics are in the level's
// node order), the mediations' PathShare, the dyads' channel lengths and
// lv.PathMediators (only for the dyads keep marks, or all when keep is
// nil); edges are those p was built from, for the evidence.
//
// Cost: O(E log E) to gather the layer from p's integer columns, one
// bidirectional search per dyad (graph/diplomacy.MeasureTop), one
// betweenness run on the layer (exact within diplomaticBudget of the work
// budget, else sampled) and one brokerage count.
func diplomacyOf(ctx context.Context, p *projection, l int, edges []graph.Edge, lv *Level, metrics []ActorMetrics, keep []bool, opt Options) error {
	ln := &p.levels[l]
	n := len(ln.actors)
	ends := p.ends[l]
	rels := graph.Relations()
	const (
		hostile  = 1
		supports = 2
	)
	stance := map[uint64]uint8{} // (mediator, side) -> hostile | supports
	var chans []channelEdge
	for i, r := range p.rel {
		u, v := ends[2*i], ends[2*i+1]
		if u < 0 {
			continue
		}
		switch rel := rels[r]; {
		case diplomacy.Channel(rel):
			chans = append(chans, channelEdge{packPair(min(u, v), max(u, v)), p.sent[i], int32(i)})
		case rel.Conflict():
			stance[packPair(u, v)] |= hostile
		case rel == graph.Supported:
			stance[packPair(u, v)] |= supports
		}
	}
	// By pair, each pair's edges in stream order (the evidence order). A
	// tie has as many channels as distinct sentences show it.
	slices.SortFunc(chans, func(x, y channelEdge) int { return cmp.Or(cmp.Compare(x.pair, y.pair), cmp.Compare(x.edge, y.edge)) })
	var ties []diplomacy.Tie
	var sents []int32
	for i := 0; i < len(chans); {
		j := i
		sents = sents[:0]
		for ; j < len(chans) && chans[j].pair == chans[i].pair; j++ {
			sents = append(sents, chans[j].sent)
		}
		slices.Sort(sents)
		k := chans[i].pair
		ties = append(ties, diplomacy.Tie{U: int32(k >> 32), V: int32(uint32(k)), N: float64(len(slices.Compact(sents)))})
		i = j
	}
	channelEdges := func(u, v int32) []int {
		k := packPair(min(u, v), max(u, v))
		lo, _ := slices.BinarySearchFunc(chans, k, func(c channelEdge, k uint64) int { return cmp.Compare(c.pair, k) })
		var out []int
		for ; lo < len(chans) && chans[lo].pair == k; lo++ {
			out = append(out, int(chans[lo].edge))
		}
		return out
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
	arcs = nil
	plan, method := betweennessPlan(n, dg.Arcs(), opt, diplomaticBudget)
	lv.DiplomaticBetweenness = method
	sc, err := plan.Run(ctx, dg)
	if err != nil {
		return err
	}
	roles := brokerage.Count(dg, countryGroups(ln.actors), opt.Workers)
	for i := range metrics {
		metrics[i].DiplomaticBetweenness = sc.Betweenness[i]
		metrics[i].DiplomaticBrokerage = roles[i]
	}

	// The path-share measure over the conflict dyads.
	maxEv, maxMed := opt.caps()
	dyads := make([]diplomacy.Dyad, len(lv.Dyads))
	dyadOf := make(map[[2]string]int, len(lv.Dyads))
	total := 0.0
	for i, d := range lv.Dyads {
		w := 0
		for _, c := range d.Relations {
			w += c
		}
		dyads[i] = diplomacy.Dyad{A: ln.index[d.A], B: ln.index[d.B], Weight: float64(max(w, 1))}
		dyadOf[[2]string{d.A, d.B}] = i
		total += dyads[i].Weight
	}
	res, err := diplomacy.MeasureTop(ctx, g, dyads, max(maxMed, 0))
	if err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	for i := range metrics {
		metrics[i].PathMediation = res.Score[i]
	}
	// Each dyad's mediators (direct ties to both sides), for the ranking.
	mediatorsOf := map[int][]int{}
	for i, m := range lv.Mediators {
		d := dyadOf[m.Dyad]
		mediatorsOf[d] = append(mediatorsOf[d], i)
	}
	lv.PathMediators = []PathMediation{}
	for i, pa := range res.Dyads {
		d := &lv.Dyads[i]
		d.ChannelHops, d.ChannelPaths = pa.Hops, pa.Count
		score := map[int32]float64{}
		talks := map[int32]int{}
		for _, m := range mediatorsOf[i] {
			med := &lv.Mediators[m]
			score[ln.index[med.Mediator]] = med.Score
			talks[ln.index[med.Mediator]] = med.Talks
			// A mediator is a common neighbour of the sides, so with
			// shortest channels of two hops its share is its channels to
			// the sides over all of them; with longer ones there is none.
			if pa.Hops == 2 && pa.Count > 0 {
				v := ln.index[med.Mediator]
				med.PathShare = g.Channels(dyads[i].A, v) * g.Channels(v, dyads[i].B) / pa.Count
			}
		}
		if keep != nil && !keep[i] {
			continue
		}
		// Equal shares are ranked by the mediation score (direct ties to
		// both sides), then by talks with the sides, then by name.
		slices.SortStableFunc(pa.Through, func(x, y diplomacy.Share) int {
			return cmp.Or(cmp.Compare(y.Share, x.Share), cmp.Compare(score[y.Node], score[x.Node]),
				cmp.Compare(talks[y.Node], talks[x.Node]), cmp.Compare(ln.actors[x.Node].Name, ln.actors[y.Node].Name))
		})
		for r, s := range pa.Through {
			if maxMed > 0 && r >= maxMed {
				break
			}
			pm := PathMediation{Dyad: [2]string{d.A, d.B}, Mediator: ln.actors[s.Node].Name, Share: s.Share,
				Weight: dyads[i].Weight / total, Rank: r + 1, Via: []string{}}
			for _, side := range []int32{dyads[i].A, dyads[i].B} {
				st := stance[packPair(s.Node, side)]
				if st&hostile != 0 {
					pm.HostileTo = append(pm.HostileTo, ln.actors[side].Name)
				}
				if st&supports != 0 {
					pm.Supports = append(pm.Supports, ln.actors[side].Name)
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
				pm.Via = append(pm.Via, ln.actors[w].Name)
				lists = append(lists, channelEdges(s.Node, w))
			}
			pm.Evidence = roundRobin(edges, lists, maxEv)
			lv.PathMediators = append(lv.PathMediators, pm)
		}
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
	sentences := map[[2]string]bool{} // limit counts sentences: a joint one is an entry per tie
	for depth := 0; ; depth++ {
		more := false
		for _, l := range lists {
			if depth >= len(l) {
				continue
			}
			more = true
			e := edges[l[depth]]
			k := [2]string{e.Doc, e.Sentence}
			if limit >= 0 && len(sentences) >= limit && !sentences[k] {
				continue
			}
			ev := Evidence{Doc: e.Doc, Sentence: e.Sentence, Source: e.Source.Name, Relation: e.Relation, Target: e.Target.Name}
			if seen[ev] {
				continue
			}
			seen[ev] = true
			sentences[k] = true
			out = append(out, ev)
		}
		if !more {
			return out
		}
	}
}

// caps returns the evidence and mediator caps of opt, the defaults for
// zero (negative: no cap).
func (opt Options) caps() (maxEvidence, maxMediators int) {
	return cmp.Or(opt.MaxEvidence, DefaultMaxEvidence), cmp.Or(opt.MaxMediators, DefaultMaxMediators)
}
