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
	// HostileTo and Supports list the sides of the dyad that the mediator
	// itself has hostile (ATTACKED, WARNED, ACCUSED) or SUPPORTED edges to.
	HostileTo, Supports []string
	Evidence            []Evidence // joint sentences first, then by doc
}

// Options bound the output.
type Options struct {
	// MaxEvidence caps the evidence kept per dyad and per mediator; zero
	// means no cap. Counts (Relations, TiesA, TiesB) are never capped.
	MaxEvidence int
}

type sentenceKey struct{ doc, sentence string }

// Find returns the conflict dyads of edges (sorted by A, then B) and their
// mediators (sorted by score, highest first; ties by dyad, then name). The
// edges' actor names are taken as they are, so callers map actors to the
// level they want (e.g. countries) first. Self-loops are ignored.
//
// Cost: O(E log E + Σ over dyads of the smaller side's number of mediating
// partners).
func Find(edges []graph.Edge, opt Options) ([]Dyad, []Mediator) {
	type pair struct{ a, b string }
	ordered := func(a, b string) pair {
		if b < a {
			a, b = b, a
		}
		return pair{a, b}
	}
	dyads := map[pair]*Dyad{}
	// ties[side][mediator] holds the evidence of M's mediating ties to side.
	ties := map[string]map[string][]Evidence{}
	addTie := func(m, side string, ev Evidence) {
		byM := ties[side]
		if byM == nil {
			byM = map[string][]Evidence{}
			ties[side] = byM
		}
		byM[m] = append(byM[m], ev)
	}
	stance := map[pair]map[graph.Relation]bool{} // (actor, other) -> relations actor→other
	for _, e := range edges {
		s, t := e.Source.Name, e.Target.Name
		if s == t {
			continue
		}
		ev := Evidence{Doc: e.Doc, Sentence: e.Sentence, Source: s, Relation: e.Relation, Target: t}
		if e.Relation.Conflict() {
			p := ordered(s, t)
			d := dyads[p]
			if d == nil {
				d = &Dyad{A: p.a, B: p.b, Relations: map[graph.Relation]int{}}
				dyads[p] = d
			}
			d.Relations[e.Relation]++
			d.Evidence = append(d.Evidence, ev)
		}
		switch e.Relation {
		case graph.Urged:
			addTie(s, t, ev)
		case graph.SpokeWith:
			addTie(s, t, ev)
			addTie(t, s, ev)
		}
		if e.Relation.Conflict() || e.Relation == graph.Supported {
			k := pair{s, t}
			if stance[k] == nil {
				stance[k] = map[graph.Relation]bool{}
			}
			stance[k][e.Relation] = true
		}
	}

	var outD []Dyad
	var outM []Mediator
	for p, d := range dyads {
		d.Evidence = capEvidence(sortEvidence(d.Evidence), opt.MaxEvidence)
		outD = append(outD, *d)
		ta, tb := ties[p.a], ties[p.b]
		small, large := ta, tb
		if len(tb) < len(ta) {
			small, large = tb, ta
		}
		var ms []Mediator
		for m := range small {
			if m == p.a || m == p.b || large[m] == nil {
				continue
			}
			ea, eb := ta[m], tb[m]
			sa, sb := sentences(ea), sentences(eb)
			joint := 0
			for k := range sa {
				if sb[k] {
					joint++
				}
			}
			a, b := float64(len(sa)), float64(len(sb))
			md := Mediator{
				Dyad: [2]string{p.a, p.b}, Mediator: m,
				Score: 2*a*b/(a+b) + float64(joint),
				TiesA: len(sa), TiesB: len(sb), Joint: joint,
			}
			for _, side := range []string{p.a, p.b} {
				rel := stance[pair{m, side}]
				if rel[graph.Attacked] || rel[graph.Warned] || rel[graph.Accused] {
					md.HostileTo = append(md.HostileTo, side)
				}
				if rel[graph.Supported] {
					md.Supports = append(md.Supports, side)
				}
			}
			ev := sortEvidence(append(slices.Clone(ea), eb...))
			// Joint sentences first: they show the mediation in one line.
			slices.SortStableFunc(ev, func(x, y Evidence) int {
				jx := sa[sentenceKey{x.Doc, x.Sentence}] && sb[sentenceKey{x.Doc, x.Sentence}]
				jy := sa[sentenceKey{y.Doc, y.Sentence}] && sb[sentenceKey{y.Doc, y.Sentence}]
				switch {
				case jx && !jy:
					return -1
				case jy && !jx:
					return 1
				}
				return 0
			})
			md.Evidence = capEvidence(ev, opt.MaxEvidence)
			ms = append(ms, md)
		}
		slices.SortFunc(ms, byScore)
		for i := range ms {
			ms[i].Rank = i + 1
		}
		outM = append(outM, ms...)
	}
	slices.SortFunc(outD, func(x, y Dyad) int {
		return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	slices.SortFunc(outM, byScore)
	if outD == nil {
		outD = []Dyad{}
	}
	if outM == nil {
		outM = []Mediator{}
	}
	return outD, outM
}

func byScore(x, y Mediator) int {
	return cmp.Or(
		cmp.Compare(y.Score, x.Score),
		cmp.Compare(x.Dyad[0], y.Dyad[0]),
		cmp.Compare(x.Dyad[1], y.Dyad[1]),
		cmp.Compare(x.Mediator, y.Mediator),
	)
}

// sentences returns the distinct sentences of ev.
func sentences(ev []Evidence) map[sentenceKey]bool {
	s := make(map[sentenceKey]bool, len(ev))
	for _, e := range ev {
		s[sentenceKey{e.Doc, e.Sentence}] = true
	}
	return s
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
