package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// carriedOver reads an act told again by a pro-form for a new source, in
// the sentence after the one that told it (VP ellipsis and its nominal
// kin in news copy):
//
//	"France urged Israel to halt its offensive. Germany did too."
//	"... So did Germany." / "Italy followed suit." / "did the same"
//	"Egypt called on Israel to allow aid. Jordan made a similar appeal."
//	"South Korea echoed the condemnation." / "Latvia joined the call."
//
// A verb pro-form (cue class proform, or "so" and an auxiliary before
// the source) carries over every act the subject of the sentence before
// did; a noun of an appeal, a charge or a warning after a modifier of
// sameness (similarmod) or a verb of taking up (echoverb) carries over
// those of its relation, unless it names a target of its own ("a similar
// call to Hamas"). The acts are the edges of the sentence right before
// whose source is the first actor named there that is a source of one.
// Cost: linear in the sentence and the edges of the sentence before; a
// bit test where it holds no such word.
func (ar *article) carriedOver(s *sent) {
	if !s.mayKey(keyProForm) && !s.mayKey(keySimilar) && !s.mayKey(keyEcho) {
		return
	}
	toks := s.toks
	lex := ar.x.lex
	for k := 0; k+1 < len(toks); k++ {
		if s.at[k] >= 0 {
			continue
		}
		var srcs []mention
		rel := graph.Relation("") // "": every relation
		n := 0
		switch {
		case s.key(k, keyProForm) && s.cue(lex, k, lexicon.ProForm) > 0:
			n = s.cue(lex, k, lexicon.ProForm)
			srcs, _ = ar.subject(s, k, nil)
		case toks[k].Lower == "so" && (k == 0 || toks[k-1].Text == "," || toks[k-1].Lower == "and") && s.is(k+1, lexicon.Aux) && k+2 < len(toks) && s.gAt[k+2] >= 0 && s.groups[s.gAt[k+2]].start == k+2:
			// "So did Germany."
			g := s.groups[s.gAt[k+2]]
			if g.end < len(toks) && toks[g.end].Kind == text.Word {
				continue // (only the source and the clause's end follow)
			}
			n, srcs = 2, s.groupMentions(s.gAt[k+2])
		case s.key(k, keySimilar) && s.isWord(k, lexicon.SimilarMod) || s.key(k, keyEcho) && s.isWord(k, lexicon.EchoVerb):
			q := k + 1
			for q < len(toks) && s.at[q] < 0 && (s.is(q, lexicon.Det) || s.is(q, lexicon.Adj)) {
				q++ // "echoed the strong condemnation"
			}
			trs, m := s.trigger(q)
			if m == 0 || !hasPOS(trs, lexicon.Noun) || s.isWord(k, lexicon.SimilarMod) && q > k+1 {
				continue
			}
			for _, t := range trs {
				if t.POS == lexicon.Noun {
					rel = t.Relation
					break
				}
			}
			if rel != graph.Urged && rel != graph.Accused && rel != graph.Warned {
				continue // "joined the war", "held similar talks": no act taken up
			}
			if e := q + m; e+1 < len(toks) && s.is(e, lexicon.Prep) && toks[e].Lower != "of" && s.at[e+1] >= 0 {
				continue // "made a similar call to Hamas": a target of its own (the noun's)
			}
			if s.isWord(k, lexicon.EchoVerb) {
				srcs, _ = ar.subject(s, k, nil)
			} else {
				np := k
				for np > 0 && s.at[np-1] < 0 && s.is(np-1, lexicon.Det) {
					np--
				}
				if lv := ar.lightVerb(s, np, lexicon.Light); lv >= 0 {
					srcs, _ = ar.subject(s, lv, nil) // "made a similar appeal"
				}
			}
			n = q + m - k
		default:
			continue
		}
		if len(srcs) == 0 || ar.blocked(s, k) {
			continue
		}
		from := k
		if toks[k].Lower != "so" {
			from = srcs[0].start
		}
		ar.carry(s, from, srcs, rel, triggerText(toks[k:k+n]))
		k += n - 1
	}
}

// carry lends acts told before to srcs: those of relation rel (any when
// rel is "") whose source is the first actor of the sentence that told
// them (the first named there that is the source of one of them). That
// sentence is s itself when a conjunction opens the pro-form's clause at
// from ("Kabila agreed, and so did Kagame": the clause before), else the
// sentence right before it.
func (ar *article) carry(s *sent, from int, srcs []mention, rel graph.Relation, trig string) {
	p := s.Index - 1
	if c := from - 1; c >= 0 && (s.toks[c].Lower == "and" || s.is(c, lexicon.Clause)) {
		p = s.Index // "..., and so did Kagame": the clause before
	}
	o := ar.sentAt(p) // (a window of a long article holds sentences from its own index on)
	if o == nil || len(o.ments) == 0 {
		return
	}
	// the first actor named there that is the source of an act of that
	// sentence ("According to Reuters, France urged ...": not the outlet;
	// "Macron said France urged ...": the speaker did nothing itself)
	first := ""
found:
	for _, m := range o.ments {
		if !m.ok || m.media {
			continue
		}
		for _, e := range ar.out {
			if e.SentenceIndex == p && e.Source.Name == m.actor.Name && (rel == "" || e.Relation == rel) {
				first = m.actor.Name
				break found
			}
		}
	}
	ar.lend(s, srcs, trig, func(e graph.Edge) bool {
		return e.SentenceIndex == p && e.Source.Name == first && (rel == "" || e.Relation == rel)
	})
}
