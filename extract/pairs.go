package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Pairs: acts two sides do with each other. pairs emits an edge for each
// pair of a group ("Israel and Hamas clashed", "Biden and Xi met"), both ways
// when mutual; the sides of "between A and B" are read after the noun, before
// it, or past a modifier of the noun (betweenAt, betweenAfter,
// betweenBefore, betweenPast); a hyphenated pair before a noun is its two
// sides ("US-China talks", "the India-Pakistan clashes"); "each other" is
// reciprocal.

// pairs emits an edge for each pair of the group ms ("Israel and Hamas
// clashed"; "Biden and Xi met"), both ways when mutual.
func (ar *article) pairs(s *sent, ms []mention, rel graph.Relation, mutual bool, trig string, w float64) bool {
	ok := false
	seg := pairSegments(s, ms)
	for a := 0; a < len(ms); a++ {
		for b := a + 1; b < len(ms); b++ {
			if seg != nil && seg[a] != seg[b] {
				continue // "between A and B, C and D": two pairs
			}
			if ar.emit(s, ms[a], rel, ms[b], trig, w) {
				ok = true
			}
			if mutual && ar.emit(s, ms[b], rel, ms[a], trig, w) {
				ok = true
			}
		}
	}
	return ok
}

// pairSegments numbers the segments of a list of pairs, "A and B, C and
// D" (an "and" before the first comma): each comma opens a new segment,
// and only mentions of one segment pair up. Any other list is one
// segment, returned as nil. It reads the tokens between the mentions, in
// order.
func pairSegments(s *sent, ms []mention) []int {
	if len(ms) < 3 {
		return nil // (one segment: no allocation for a pair)
	}
	toks := s.toks
	sep := func(x int) (and, comma bool) {
		for q := ms[x].end; q < ms[x+1].start && q < len(toks); q++ {
			switch toks[q].Lower {
			case "and":
				and = true
			case ",":
				comma = true
			}
		}
		return
	}
	andFirst := false
	for x := 0; x+1 < len(ms); x++ {
		and, comma := sep(x)
		if comma && !andFirst {
			return nil // "A, B and C": one list
		}
		if and && !comma {
			andFirst = true
		}
	}
	if !andFirst {
		return nil
	}
	seg := make([]int, len(ms))
	n := 0
	for x := 0; x+1 < len(ms); x++ {
		if _, comma := sep(x); comma {
			n++
		}
		seg[x+1] = n
	}
	return seg
}

// reciprocal reports whether toks open with "each other", "one another"
// or "the other".
func reciprocal(toks []text.Token) bool {
	if len(toks) < 2 {
		return false
	}
	a, b := toks[0].Lower, toks[1].Lower
	return a == "each" && b == "other" || a == "one" && b == "another" || a == "the" && b == "other"
}

// betweenPast returns the index of a "between" that hangs on the event
// noun ending right before j across a short modifier of that noun, else j:
// a participle ("the agreement signed in 2012 between", "the deal reached
// last year between"), a phrase of place or topic ("a meeting at the UN
// between", "a deal on grain exports between", "fighting in the north
// between"), or both. The modifier is at most six words with no comma, no
// "and", no clause word and no other trigger (a trigger in it owns the
// "between": "talks on the war between A and B"); only "at" and "in" may
// name an actor, as the place ("at the UN"). Cost: at most eight tokens
// read.
func betweenPast(s *sent, j int) int {
	toks := s.toks
	k := j
	if k < len(toks) && s.at[k] < 0 && toks[k].Kind == text.Word && !toks[k].Cap && (strings.HasSuffix(toks[k].Lower, "ed") || s.is(k, lexicon.Past)) && !s.is(k, lexicon.Aux) {
		k++ // the participle
	}
	if b := timeSpan(s, k); b > k {
		k = b
	} else if k < len(toks) {
		switch p := toks[k].Lower; p {
		case "at", "in", "on", "over", "about", "for", "during":
			q := k + 1
			for q < len(toks) && q < k+6 && toks[q].Lower != "between" {
				if m := s.at[q]; m >= 0 {
					if p != "at" && p != "in" {
						return j
					}
					q = s.ments[m].end
					continue
				}
				if toks[q].Kind == text.Punct || toks[q].Kind == text.Quote || toks[q].Lower == "and" || toks[q].Lower == "or" || s.is(q, lexicon.Prep) || s.is(q, lexicon.Clause) || s.is(q, lexicon.Aux) || s.is(q, lexicon.TriggerStart) {
					return j
				}
				q++
			}
			if q == k+1 {
				return j
			}
			k = q
		}
	}
	if k > j && k < len(toks) && toks[k].Lower == "between" {
		return k
	}
	return j
}

// prepBetween reports whether a preposition that opens a phrase of its own
// ("along the border between", not "on Monday", "in Doha" or "a deal of")
// stands in [j, k): the "between" at k hangs on that phrase.
func (ar *article) prepBetween(s *sent, j, k int) bool {
	for q := j; q < k; q++ {
		if w := s.toks[q].Lower; s.is(q, lexicon.Prep) && w != "on" && w != "in" && w != "at" && w != "to" && w != "with" && w != "of" {
			return true
		}
	}
	return false
}

// betweenAt reads the sides after the "between" at b.
func (ar *article) betweenAt(s *sent, b int) []mention {
	ms, e := ar.objectAt(s, b+1)
	if len(ms) == 0 || e < 0 {
		return nil
	}
	toks := s.toks
	if len(ms) == 1 && e+2 < len(toks) && toks[e].Lower == "and" && toks[e+1].Lower == "each" && toks[e+2].Lower == "of" {
		more, _ := ar.objectAt(s, e+3)
		ms = appendNew(ms, more)
	}
	if len(ms) < 2 {
		return nil
	}
	return ms
}

// betweenAfter returns the sides of "between A and B" starting within a
// few words after j ("talks between", "the crisis between"); "between A
// and each of B, C and D" gives all four.
func (ar *article) betweenAfter(s *sent, j int) []mention {
	toks := s.toks
	for k := j; k < len(toks) && k < j+9; k++ {
		if toks[k].Lower == "between" {
			return ar.betweenAt(s, k)
		}
		if s.at[k] >= 0 || ar.stops(s, k) {
			return nil
		}
	}
	return nil
}

// betweenBefore returns the sides of the last "between A and B" that ends
// right before k (a comma or a few words may stand between).
func (ar *article) betweenBefore(s *sent, k int) []mention {
	toks := s.toks
	for b := k - 1; b >= 0 && b >= k-12; b-- {
		if toks[b].Lower != "between" {
			continue
		}
		ms := ar.betweenAt(s, b)
		if len(ms) < 2 {
			return nil
		}
		return ms
	}
	return nil
}

// sidesBefore returns a coordinated subject of two or more actors in the
// clause before k: "A and B signed the UN-brokered deal".
func (ar *article) sidesBefore(s *sent, k int) []mention {
	cs := ar.clauseStart(s, k)
	if g := ar.subjectGroup(s, cs, k); g >= 0 {
		if ms := s.groupMentions(g); len(ms) > 1 {
			return ms // ("the two Balkan leaders": the pair named before)
		}
	}
	return nil
}

// hyphenPairs reads a between-noun whose two sides are a hyphenated pair
// before it: "Russian-Ukrainian negotiations", "US-China talks", "the
// India-Pakistan clashes" (the frame of "talks between A and B").
func (ar *article) hyphenPairs(s *sent) {
	if !s.hyphenated() {
		return // (no hyphenated word: nothing to read)
	}
	toks := s.toks
	for k := 0; k+1 < len(toks); k++ {
		if t := &toks[k]; !t.Cap || t.Kind != text.Word || strings.IndexByte(t.Text, '-') < 0 {
			continue // (cheap: most words are no hyphenated pair)
		}
		a, b, ok := ar.hyphenPairAt(s, k)
		if !ok {
			continue
		}
		j := k + 1
		for j < len(toks) && j < k+3 && s.is(j, lexicon.Adj) {
			j++
		}
		if s.is(j-1, lexicon.CivilMod) {
			continue
		}
		trs, n := s.trigger(j)
		for _, tr := range trs {
			if tr.POS != lexicon.Noun || !tr.Frame.Between && tr.Relation != graph.Attacked {
				continue
			}
			if k > 0 && (s.is(k-1, lexicon.NounMod) || ar.intended(s, k)) || ar.hypothetical(s, k) {
				break
			}
			if !tr.Frame.Between {
				// "the US-British strikes on the Houthis": two allies act
				pair := []mention{a, b}
				if e := j + n; e+1 < len(toks) && tr.Frame.HasPrep(toks[e].Lower) {
					if tgts, _ := ar.objectAt(s, e+1); len(tgts) > 0 {
						ar.emitAll(s, pair, tr.Relation, ar.otherSide(pair, tgts), triggerText(toks[j:j+n]), wNoun)
					}
				}
				// "Iran condemned the US-British strikes": the charge is the pair's
				v := k - 1
				if v > 0 && s.is(v, lexicon.Det) {
					v--
				}
				if trs := s.triggerEndingAt(v); v > 0 && s.at[v] < 0 && len(trs) > 0 && trs[0].Relation == graph.Accused && trs[0].POS == lexicon.Verb && !ar.blocked(s, v) {
					if srcs, w := ar.subject(s, v, nil); len(srcs) > 0 {
						ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, pair), triggerText(toks[v:v+1]), wVerb*w)
					}
				}
				break
			}
			ar.pairs(s, []mention{a, b}, tr.Relation, tr.Frame.Mutual, triggerText(toks[j:j+n]), wBetween)
			break
		}
	}
}

// hyphenPairBefore reports whether the noun at i has a hyphenated pair of
// actors right before it, past adjectives ("the US-British strikes", "the
// Russian-Syrian air offensive"): the pair, not the clause's subject, owns
// the act (hyphenPairs reads it).
func (ar *article) hyphenPairBefore(s *sent, i int) bool {
	k := i - 1
	for k > 0 && i-k <= 2 && s.is(k, lexicon.Adj) {
		k--
	}
	if k < 0 {
		return false
	}
	_, _, ok := ar.hyphenPairAt(s, k)
	return ok
}

// hyphenPairAt returns the two actors a capitalised word of one hyphen
// names at k ("US-China", "Russian-Syrian"), and whether it names two
// different ones. The cheap tests come first: most words have no hyphen.
func (ar *article) hyphenPairAt(s *sent, k int) (a, b mention, ok bool) {
	t := &s.toks[k]
	if !t.Cap || t.Kind != text.Word || s.at[k] >= 0 || strings.Count(t.Text, "-") != 1 {
		return a, b, false
	}
	cut := strings.IndexByte(t.Text, '-')
	a, ok1 := ar.hyphenActor(t.Text[:cut])
	b, ok2 := ar.hyphenActor(t.Text[cut+1:])
	return a, b, ok1 && ok2 && a.actor.Name != b.actor.Name
}

// hyphenActor reads the actor named by the first part of a compound:
// "Oman" of "Oman-mediated", "Qatari" of "Qatari-brokered" (its state).
func (ar *article) hyphenActor(prefix string) (mention, bool) {
	pt := text.Tokenize(prefix)
	e, n := ar.x.names.longest(pt, 0)
	if e == nil || n != len(pt) || e.media || e.actor.Kind == graph.Person && e.actor.Country == "" {
		return mention{}, false
	}
	m := mention{actor: e.actor, ok: true, via: e.via}
	if e.via == viaDemonym {
		m.actor = stateActor(e.actor.Country)
	}
	return m, true
}
