// Package mediation finds the conflicts in an edge stream and the actors
// that mediate them.
//
// A conflict dyad is an unordered pair of actors with an ATTACKED, WARNED or
// ACCUSED edge between them, either way. An actor M mediates the dyad {A, B}
// when it has a mediating tie to both sides: M URGED A (M is the one urging)
// or M SPOKE_WITH A (either way), and the same for B.
//
// The score of M for {A, B} is
//
//	score = 2·a·b/(a+b) + j
//
// where a and b count the distinct sentences (doc, sentence) holding a
// mediating tie from M to A and to B, and j counts the sentences that tie M
// to both sides at once ("the US urged Israel and Iran to show restraint").
// The harmonic mean rewards an actor that keeps talking to both sides over
// one that talks often to one side only (10 ties to A and 1 to B scores 1.8;
// 3 and 3 scores 3); a joint sentence is the most direct evidence of
// mediation and adds one each.
//
// The package does not judge neutrality, but it reports it: HostileTo and
// Supports list the sides the mediator itself attacked, warned or accused,
// or supported, so a reader can tell a broker from a partisan.
package mediation

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Evidence is one sentence behind a finding: the edge it supports.
type Evidence struct {
	Doc      string         `json:"doc"`
	Sentence string         `json:"sentence"`
	Source   string         `json:"source,omitempty"`
	Relation graph.Relation `json:"relation,omitempty"`
	Target   string         `json:"target,omitempty"`
}

// Dyad is a conflict: the pair A < B (in name order), its hostile edges by
// relation and the sentences that show them.
type Dyad struct {
	A, B      string
	Relations map[graph.Relation]int
	Evidence  []Evidence
	// Mediators is the number of actors found mediating the dyad, before
	// Options.MaxMediators.
	Mediators int
}

// Mediator is one actor mediating one dyad.
type Mediator struct {
	Dyad     [2]string // A, B in name order
	Mediator string
	Score    float64
	Rank     int // 1 for the top mediator of the dyad
	TiesA    int // distinct sentences tying the mediator to Dyad[0]
	TiesB    int // ... and to Dyad[1]
	Joint    int // sentences tying it to both
	// Talks counts the distinct sentences in which the mediator SPOKE_WITH
	// a side (meetings, calls, hosted talks): between mediators of equal
	// score, the one that talks with the sides ranks before the one that
	// only urges them.
	Talks int
	// HostileTo and Supports list the sides of the dyad that the mediator
	// itself has hostile (ATTACKED, WARNED, ACCUSED) or SUPPORTED edges to.
	HostileTo, Supports []string
	Evidence            []Evidence // joint sentences first, then the others
}

// Options bound the output.
type Options struct {
	// MaxEvidence caps the evidence kept per dyad and per mediator; zero
	// means no cap. Counts (Relations, TiesA, TiesB) are never capped.
	MaxEvidence int
	// MaxMediators caps the mediators kept per dyad (the best ones); zero
	// means no cap. Dyad.Mediators still counts them all.
	MaxMediators int
	// Level, when not nil, names the node an actor stands for (for
	// example its country); dyads and mediators are between those nodes,
	// while the evidence keeps the actors as the sentence names them. Nil
	// means the actor's own name.
	Level func(graph.Actor) string
}

// tie is one mediating tie: mediator m to side, in sentence sent, from
// edge.
type tie struct{ m, side, sent, edge int32 }

// span is the run of ties of one (mediator, side) in the sorted tie list,
// and its number of distinct sentences.
type span struct{ lo, hi, sentences int32 }

func key(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

const (
	hostile  = 1
	supports = 2
)

// Find returns the conflict dyads of edges (sorted by A, then B) and their
// mediators (sorted by score, highest first; ties by dyad, then talks,
// most first, then name).
// Actors are grouped into nodes by opt.Level; edges within one node are
// ignored.
//
// Cost: O(E log E) to index the ties, O(Σ_dyads min(partners(A),
// partners(B)) · log) to find the mediators, and the evidence of the kept
// mediations; joint sentences are counted per sentence, so the cost does not
// depend on how many sentences two sides share.
func Find(edges []graph.Edge, opt Options) ([]Dyad, []Mediator) {
	ids := map[string]int32{}
	var names []string
	id := func(s string) int32 {
		v, ok := ids[s]
		if !ok {
			v = int32(len(names))
			ids[s] = v
			names = append(names, s)
		}
		return v
	}
	type sentenceKey struct{ doc, sentence string }
	sentIDs := map[sentenceKey]int32{}

	type dyadAcc struct {
		a, b  int32
		rels  map[graph.Relation]int
		edges []int32
	}
	dyadIndex := map[uint64]int32{}
	var dyads []*dyadAcc
	var ties []tie
	stance := map[uint64]uint8{}
	level := opt.Level
	if level == nil {
		level = func(a graph.Actor) string { return a.Name }
	}
	for i, e := range edges {
		sn, tn := level(e.Source), level(e.Target)
		if sn == tn {
			continue
		}
		s, t := id(sn), id(tn)
		if e.Relation.Conflict() {
			a, b := s, t
			if names[b] < names[a] {
				a, b = b, a
			}
			k := key(a, b)
			di, ok := dyadIndex[k]
			if !ok {
				di = int32(len(dyads))
				dyadIndex[k] = di
				dyads = append(dyads, &dyadAcc{a: a, b: b, rels: map[graph.Relation]int{}})
			}
			dyads[di].rels[e.Relation]++
			dyads[di].edges = append(dyads[di].edges, int32(i))
			stance[key(s, t)] |= hostile
		}
		if e.Relation == graph.Supported {
			stance[key(s, t)] |= supports
		}
		if e.Relation == graph.Urged || e.Relation == graph.SpokeWith {
			sk := sentenceKey{e.Doc, e.Sentence}
			sent, ok := sentIDs[sk]
			if !ok {
				sent = int32(len(sentIDs))
				sentIDs[sk] = sent
			}
			ties = append(ties, tie{s, t, sent, int32(i)})
			if e.Relation.Symmetric() {
				ties = append(ties, tie{t, s, sent, int32(i)})
			}
		}
	}

	// Index the ties by (mediator, side).
	slices.SortFunc(ties, func(x, y tie) int {
		return cmp.Or(cmp.Compare(x.m, y.m), cmp.Compare(x.side, y.side), cmp.Compare(x.sent, y.sent), cmp.Compare(x.edge, y.edge))
	})
	spans := map[uint64]span{}
	partners := map[int32][]int32{} // side -> mediators with ties to it, sorted
	for lo := 0; lo < len(ties); {
		hi, distinct := lo, int32(0)
		for hi < len(ties) && ties[hi].m == ties[lo].m && ties[hi].side == ties[lo].side {
			if hi == lo || ties[hi].sent != ties[hi-1].sent {
				distinct++
			}
			hi++
		}
		spans[key(ties[lo].m, ties[lo].side)] = span{int32(lo), int32(hi), distinct}
		partners[ties[lo].side] = append(partners[ties[lo].side], ties[lo].m)
		lo = hi
	}
	for _, p := range partners {
		slices.Sort(p)
	}

	// Joint sentences: per (mediator, sentence), every pair of sides that
	// is a dyad.
	bySentence := slices.Clone(ties)
	slices.SortFunc(bySentence, func(x, y tie) int {
		return cmp.Or(cmp.Compare(x.m, y.m), cmp.Compare(x.sent, y.sent), cmp.Compare(x.side, y.side))
	})
	joint := map[uint64]int{}      // (mediator, dyad) -> joint sentences
	jointSent := map[uint64]bool{} // (mediator, sentence) has a joint tie
	var sides []int32
	for lo := 0; lo < len(bySentence); {
		hi := lo
		sides = sides[:0]
		for hi < len(bySentence) && bySentence[hi].m == bySentence[lo].m && bySentence[hi].sent == bySentence[lo].sent {
			if len(sides) == 0 || sides[len(sides)-1] != bySentence[hi].side {
				sides = append(sides, bySentence[hi].side)
			}
			hi++
		}
		m := bySentence[lo].m
		for i := range sides {
			for j := i + 1; j < len(sides); j++ {
				a, b := sides[i], sides[j]
				if names[b] < names[a] {
					a, b = b, a
				}
				if di, ok := dyadIndex[key(a, b)]; ok {
					joint[key(m, di)]++
					jointSent[key(m, bySentence[lo].sent)] = true
				}
			}
		}
		lo = hi
	}

	var jointIdx, otherIdx []int32
	type candidate struct {
		m, a, b, j, talks int32
		score             float64
	}
	var talkSents []int32
	var cands []candidate
	outD := make([]Dyad, 0, len(dyads))
	var outM []Mediator
	for di, d := range dyads {
		dy := Dyad{A: names[d.a], B: names[d.b], Relations: d.rels}
		dy.Evidence = firstEvidence(edges, d.edges, opt.MaxEvidence, nil)
		small, large := partners[d.a], partners[d.b]
		if len(large) < len(small) {
			small, large = large, small
		}
		// Candidates are ranked as small records (byScore's order within
		// one dyad: score, then name) and only the kept ones become
		// Mediators.
		cands = cands[:0]
		for _, m := range small {
			if m == d.a || m == d.b {
				continue
			}
			if _, ok := slices.BinarySearch(large, m); !ok {
				continue
			}
			a, b := float64(spans[key(m, d.a)].sentences), float64(spans[key(m, d.b)].sentences)
			j := joint[key(m, int32(di))]
			talkSents = talkSents[:0]
			for _, side := range []int32{d.a, d.b} {
				sp := spans[key(m, side)]
				for _, t := range ties[sp.lo:sp.hi] {
					if edges[t.edge].Relation == graph.SpokeWith {
						talkSents = append(talkSents, t.sent)
					}
				}
			}
			slices.Sort(talkSents)
			talks := int32(len(slices.Compact(talkSents)))
			cands = append(cands, candidate{m: m, a: int32(a), b: int32(b), j: int32(j), talks: talks, score: 2*a*b/(a+b) + float64(j)})
		}
		slices.SortFunc(cands, func(x, y candidate) int {
			return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(y.talks, x.talks), cmp.Compare(names[x.m], names[y.m]))
		})
		dy.Mediators = len(cands)
		if opt.MaxMediators > 0 && len(cands) > opt.MaxMediators {
			cands = cands[:opt.MaxMediators]
		}
		ms := make([]Mediator, len(cands))
		for r, c := range cands {
			ms[r] = Mediator{
				Dyad: [2]string{dy.A, dy.B}, Mediator: names[c.m], Score: c.score,
				TiesA: int(c.a), TiesB: int(c.b), Joint: int(c.j), Talks: int(c.talks),
			}
		}
		for r := range ms {
			md := &ms[r]
			md.Rank = r + 1
			m := ids[md.Mediator]
			for _, side := range []int32{d.a, d.b} {
				st := stance[key(m, side)]
				if st&hostile != 0 {
					md.HostileTo = append(md.HostileTo, names[side])
				}
				if st&supports != 0 {
					md.Supports = append(md.Supports, names[side])
				}
			}
			// Edge numbers, not Evidence values, are gathered and sorted:
			// only the kept ones become Evidence.
			jointIdx, otherIdx = jointIdx[:0], otherIdx[:0]
			for _, side := range []int32{d.a, d.b} {
				sp := spans[key(m, side)]
				for _, t := range ties[sp.lo:sp.hi] {
					if full := opt.MaxEvidence; full > 0 && len(jointIdx) >= perSentence*full && len(otherIdx) >= perSentence*full {
						break
					}
					if jointSent[key(m, t.sent)] && sharesSentence(ties, spans, m, d.a, d.b, t.sent) {
						jointIdx = append(jointIdx, t.edge)
					} else {
						otherIdx = append(otherIdx, t.edge)
					}
				}
			}
			ev := firstEvidence(edges, jointIdx, perSentence*opt.MaxEvidence, nil)
			md.Evidence = CapSentences(firstEvidence(edges, otherIdx, perSentence*opt.MaxEvidence, ev), opt.MaxEvidence)
		}
		outD = append(outD, dy)
		outM = append(outM, ms...)
	}
	slices.SortFunc(outD, func(x, y Dyad) int {
		return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	slices.SortFunc(outM, byScore)
	if outM == nil {
		outM = []Mediator{}
	}
	return outD, outM
}

// sharesSentence reports whether mediator m ties to both a and b in
// sentence sent.
func sharesSentence(ties []tie, spans map[uint64]span, m, a, b, sent int32) bool {
	has := func(side int32) bool {
		sp := spans[key(m, side)]
		run := ties[sp.lo:sp.hi]
		_, ok := slices.BinarySearchFunc(run, sent, func(t tie, s int32) int { return cmp.Compare(t.sent, s) })
		return ok
	}
	return has(a) && has(b)
}

func byScore(x, y Mediator) int {
	return cmp.Or(
		cmp.Compare(y.Score, x.Score),
		cmp.Compare(x.Dyad[0], y.Dyad[0]),
		cmp.Compare(x.Dyad[1], y.Dyad[1]),
		cmp.Compare(y.Talks, x.Talks),
		cmp.Compare(x.Mediator, y.Mediator),
	)
}

// firstEvidence appends to out the evidence of the edges numbered idx, in
// the order of sortEvidence with exact repeats dropped, keeping the first n
// (all when n <= 0). It gives what capping sortEvidence's result would,
// without making Evidence values for the edges left out: with a cap it
// keeps the n least distinct edges in a small sorted buffer (O(len(idx) ·
// log n) comparisons, most of them one comparison against the buffer's
// last), else it sorts idx in place.
func firstEvidence(edges []graph.Edge, idx []int32, n int, out []Evidence) []Evidence {
	less := func(x, y int32) int { return compareEvidence(&edges[x], &edges[y]) }
	var kept []int32
	if n > 0 {
		kept = make([]int32, 0, n+1)
		for _, x := range idx {
			if len(kept) == n && less(x, kept[n-1]) >= 0 {
				continue
			}
			pos, found := slices.BinarySearchFunc(kept, x, less)
			if found {
				continue
			}
			kept = slices.Insert(kept, pos, x)
			if len(kept) > n {
				kept = kept[:n]
			}
		}
	} else {
		slices.SortFunc(idx, less)
		for i, x := range idx {
			if i == 0 || less(idx[i-1], x) != 0 {
				kept = append(kept, x)
			}
		}
	}
	for _, x := range kept {
		e := &edges[x]
		out = append(out, Evidence{Doc: e.Doc, Sentence: e.Sentence, Source: e.Source.Name, Relation: e.Relation, Target: e.Target.Name})
	}
	return out
}

// compareEvidence orders edges as sortEvidence orders their evidence.
func compareEvidence(x, y *graph.Edge) int {
	return cmp.Or(cmp.Compare(x.Doc, y.Doc), cmp.Compare(x.Sentence, y.Sentence),
		cmp.Compare(x.Source.Name, y.Source.Name), cmp.Compare(x.Relation, y.Relation), cmp.Compare(x.Target.Name, y.Target.Name))
}

// sortEvidence orders evidence by doc, sentence, source, relation, target
// and drops exact repeats.
func sortEvidence(ev []Evidence) []Evidence {
	slices.SortFunc(ev, func(x, y Evidence) int {
		return cmp.Or(cmp.Compare(x.Doc, y.Doc), cmp.Compare(x.Sentence, y.Sentence),
			cmp.Compare(x.Source, y.Source), cmp.Compare(x.Relation, y.Relation), cmp.Compare(x.Target, y.Target))
	})
	return slices.Compact(ev)
}

func capEvidence(ev []Evidence, n int) []Evidence {
	if n > 0 && len(ev) > n {
		return ev[:n:n]
	}
	return ev
}

// perSentence is how many evidence entries one sentence is allowed before
// the cap on sentences: a sentence ties a mediator to a side once per end
// it names ("met Netanyahu and Israeli officials": the person and the
// state), and a joint sentence does so for each side.
const perSentence = 4

// CapSentences keeps the entries of ev's first n sentences (n > 0; ev
// whole otherwise): a joint sentence is one entry per side and is quoted
// once, so a cap on what is quoted counts sentences. Cost: one pass.
func CapSentences(ev []Evidence, n int) []Evidence {
	if n <= 0 || len(ev) <= n {
		return ev
	}
	out := ev[:0:0]
	kept := make(map[[2]string]bool, n)
	for _, e := range ev {
		k := [2]string{e.Doc, e.Sentence}
		if !kept[k] {
			if len(kept) == n {
				continue
			}
			kept[k] = true
		}
		out = append(out, e)
	}
	return out
}
