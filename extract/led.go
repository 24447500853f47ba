package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// ledActs reads acts of a body told by the one who leads it: "the
// Saudi-led coalition struck Yemen" (Saudi Arabia ATTACKED Yemen), "the
// US-led coalition's strikes on Iraq", "a Saudi-led bombing campaign in
// Yemen". "X-backed" and "X-aligned" stay descriptors (no edge). Cost:
// linear in the sentence.
func (ar *article) ledActs(s *sent) {
	if !s.hyphenated() {
		return // (no "X-led": nothing to read)
	}
	toks := s.toks
	for k := 0; k+2 < len(toks); k++ {
		w := toks[k].Lower
		if toks[k].Kind != text.Word || !strings.HasSuffix(w, "-led") || len(w) <= 4 {
			continue
		}
		leader, ok := ar.hyphenActor(toks[k].Text[:len(toks[k].Text)-4])
		if !ok {
			continue
		}
		h := k + 1
		for h < len(toks) && h <= k+3 && s.is(h, lexicon.Adj) && !s.isWord(h, lexicon.LedHead) {
			h++
		}
		if h >= len(toks) {
			continue
		}
		if s.isWord(h, lexicon.LedHead) {
			if h+1 < len(toks) && toks[h+1].Kind == text.Poss {
				ar.ledNoun(s, leader, h+2) // "the US-led coalition's strikes on Iraq"
				continue
			}
			v := h + 1
			for v < len(toks) && v <= h+3 && (strings.HasSuffix(toks[v].Lower, "ly") || s.is(v, lexicon.Aux) && !s.is(v, lexicon.Modal)) {
				v++
			}
			ar.ledVerb(s, leader, v)
			continue
		}
		ar.ledNoun(s, leader, h) // "a Saudi-led bombing campaign in Yemen"
	}
}

// ledVerb reads the verb trigger at v with leader as its subject.
func (ar *article) ledVerb(s *sent, leader mention, v int) {
	toks := s.toks
	if v >= len(toks) {
		return
	}
	senses, n := s.trigger(v)
	for _, tr := range senses {
		if tr.POS != lexicon.Verb || ar.blocked(s, v) {
			continue
		}
		var tgts []mention
		if tr.Frame.Obj {
			tgts, _ = ar.objectAt(s, v+n)
		}
		if len(tgts) == 0 {
			tgts = ar.ledPrepTarget(s, v+n, tr.Frame, tr.Frame.Gap)
		}
		if len(tgts) > 0 {
			ar.emitAll(s, []mention{leader}, tr.Relation, ar.otherSide([]mention{leader}, tgts), triggerText(toks[v:v+n]), wVerb*0.95)
			return
		}
	}
}

// ledNoun reads the noun trigger at or just after q with leader as its
// source.
func (ar *article) ledNoun(s *sent, leader mention, q int) {
	toks := s.toks
	for q < len(toks) && s.at[q] < 0 && s.is(q, lexicon.Adj) {
		q++
	}
	if q >= len(toks) || s.at[q] >= 0 {
		return
	}
	senses, n := s.trigger(q)
	for _, tr := range senses {
		if tr.POS != lexicon.Noun || ar.blocked(s, q) {
			continue
		}
		if tgts := ar.ledPrepTarget(s, q+n, tr.Frame, false); len(tgts) > 0 {
			ar.emitAll(s, []mention{leader}, tr.Relation, ar.otherSide([]mention{leader}, tgts), triggerText(toks[q:q+n]), wNoun*0.95)
			return
		}
	}
}

// ledPrepTarget returns the actor after one of the frame's prepositions at
// j, or, with gap, a few words after j ("launched strikes against Iraq").
func (ar *article) ledPrepTarget(s *sent, j int, f lexicon.Frame, gap bool) []mention {
	toks := s.toks
	last := j
	if gap {
		last = j + 4
	}
	for p := j; p < len(toks) && p <= last; p++ {
		if s.at[p] >= 0 || ar.stops(s, p) && !quoteLike(toks[p]) {
			return nil
		}
		if f.HasPrep(toks[p].Lower) && p+1 < len(toks) {
			tgts, _ := ar.objectAt(s, p+1)
			return tgts
		}
	}
	return nil
}
