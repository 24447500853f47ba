package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Mediation and hosting: a third party in talks or a deal between two sides
// SPOKE_WITH each (relations.md, mediation). mediation reads the mediator
// of "the Oman-mediated talks between A and B", "a deal between A and B,
// brokered by M", "M hosted talks between A and B", "under Turkish
// mediation"; the other passes read a third party that opens talks, brings
// the sides together, hosts two guests for talks, acts as a mediator or a
// guarantor, or is named by its part ("Qatari mediators"). The sides come
// from the sentence, else from the talks or the fight told last (lastTalks,
// lastFight), else from the conflict the article tells most.

// mediation reads the mediator of talks or a deal between two sides
// (relations.md, "Mediation is told through SPOKE_WITH"): M SPOKE_WITH each
// side in
//
//	"the Oman-mediated talks between A and B"       (a compound before the noun)
//	"a deal between A and B, brokered by M"         (a participle and its by-agent)
//	"M hosted talks between A and B"                (an active verb of the class)
//	"M's efforts to resolve the crisis between A and B"
//
// A mediation that is only offered or planned is no act (blocked).
func (ar *article) mediation(s *sent) {
	if !s.mayCue(lexicon.Mediate) && !s.mayKey(keyPresided) && !s.hyphenated() {
		return // (no mediation cue, no presiding host, no "Oman-mediated": nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		// "Oman-mediated", "UN-brokered": the prefix names the mediator
		if t.Kind == text.Word && s.at[k] < 0 && strings.Contains(t.Lower, "-") && !strings.HasPrefix(t.Lower, "co-") {
			cut := strings.LastIndex(t.Text, "-")
			if lex.Is(lexicon.Mediate, strings.ToLower(t.Text[cut+1:])) {
				if m, ok := ar.hyphenActor(t.Text[:cut]); ok && !ar.blocked(s, k) {
					sides := ar.betweenAfter(s, k+1)
					if len(sides) < 2 {
						sides = ar.sidesBefore(s, k)
					}
					ar.emitAll(s, []mention{m}, graph.SpokeWith, sides, strings.ToLower(t.Text[cut+1:]), wMediate)
				}
			}
			continue
		}
		// ("co-mediated by Turkey": a cue of its own, read below)
		n := s.cue(lex, k, lexicon.Mediate)
		if n == 0 && s.at[k] < 0 {
			// "signed the deal in the presence of M": a host presiding,
			// read in the adjunct alone (never "a presence between A and B");
			// ("of" first: the cheap test)
			if k+1 < len(toks) && toks[k+1].Lower == "of" {
				if p := s.cue(lex, k, lexicon.PresidedNoun); p > 0 && !ar.intended(s, k) {
					if ms, sides := ar.underMediation(s, k, p), ar.sidesBefore(s, k); len(ms) > 0 && !ar.blocked(s, k) && len(sides) == 2 && ar.emitted(s, sides[0], graph.SpokeWith, sides[1]) {
						ar.emitAll(s, ms, graph.SpokeWith, sides, triggerText(toks[k:k+p]), wMediate)
					}
				}
			}
			continue
		}
		// ("agreed a truce mediated by Egypt": a participle with its agent
		// tells a mediation done, whatever the verb before its noun)
		agented := n == 1 && k+1 < len(toks) && toks[k+1].Lower == "by" && strings.HasSuffix(t.Lower, "ed")
		if n == 0 || s.at[k] >= 0 || !agented && ar.intended(s, k) {
			continue
		}
		trig := triggerText(toks[k : k+n])
		// "talks hosted on Monday by M", "hosted in Brussels by M": a time
		// or place between the participle and its agent
		if b := ar.pastTimeOrPlace(s, k+n); b > k+n && b < len(toks) && toks[b].Lower == "by" {
			n = b - k
		}
		switch {
		case k+n < len(toks) && toks[k+n].Lower == "by":
			// "..., sponsored by the United States, Qatar and Turkey"
			ms, _ := ar.objectAt(s, k+n+1)
			if len(ms) == 0 {
				continue
			}
			sides := ar.betweenBefore(s, k)
			if len(sides) < 2 {
				sides = ar.sidesBefore(s, k)
			}
			if len(sides) < 2 && (ar.meetingNounBefore(s, k) || s.at[k] < 0 && ar.mediationNoun(s, k, n)) {
				// "After talks mediated by the US, India and Pakistan agreed
				// to a truce": the pair that then agreed
				if _, e := ar.objectAt(s, k+n+1); e > 0 {
					sides = ar.agreeingPairAfter(s, e)
				}
				// "Following talks mediated by Qatar, Israel and Hamas
				// agreed": the comma closed the adjunct, the list after it is
				// the clause's subject
				if len(sides) < 2 && len(ms) == 3 && ms[0].end < len(toks) && toks[ms[0].end].Text == "," {
					if e := ms[2].end; e < len(toks) && ar.recipVerbAt(s, e) {
						ms, sides = ms[:1], ms[1:]
					}
				}
			}
			if len(sides) < 2 && (ar.talksBefore(s, k) || ar.meetingNounPlaceBefore(s, k) || ar.withMediation(s, k)) {
				// "The talks were mediated by M", "agreed to a truce after
				// talks in Doha mediated by M", "The talks took place in
				// Kampala with mediation by M": the two who held them
				if ar.dealBefore(s, k) {
					sides = ar.lastDeal(s, ms) // "the deal, which was brokered by M": the two who made it
				} else {
					sides = ar.lastTalks(s, ms)
				}
			}
			ar.emitAll(s, ms, graph.SpokeWith, sides, trig, wMediate)
		case ar.underMediation(s, k, n) != nil:
			// "A and B met in Ankara under Turkish mediation", "under the
			// auspices of M": the adjunct names the mediator of the clause's
			// joint subject
			// (only when the sides are read as meeting in the sentence)
			if ms, sides := ar.underMediation(s, k, n), ar.sidesBefore(s, k); !ar.blocked(s, k) && len(sides) == 2 && ar.emitted(s, sides[0], graph.SpokeWith, sides[1]) {
				ar.emitAll(s, ms, graph.SpokeWith, sides, trig, wMediate)
			}
		default:
			// "M hosted talks between A and B", "M's efforts to resolve the
			// crisis between A and B", "his mediation between A and B"
			sides := ar.betweenAfter(s, k+n)
			owner := ar.mediationOwner(s, k)
			var co []mention
			if len(sides) < 2 && owner != nil {
				co, sides = ar.coMediatorsBetween(s, k+n) // "its mediation with Egypt between A and B"
			}
			if len(sides) < 2 {
				sides = ar.pairTalksAt(s, k+n) // "M brokered the Saudi-Iranian deal"
			}
			if len(sides) < 2 {
				sides = ar.pairWhere(s, k+n) // "M hosted a summit where A and B signed a deal"
			}
			if len(sides) < 2 && ar.talksAt(s, k+n) && !ar.blocked(s, k) {
				// "Turkey mediated the talks": the two who held them
				ms, _ := ar.subject(s, k, nil)
				ar.emitAll(s, ms, graph.SpokeWith, ar.lastTalks(s, ms), trig, wMediate)
				continue
			}
			if len(sides) < 2 && ar.truceAt(s, k+n) && !ar.blocked(s, k) {
				// "fought a war until Putin brokered a truce": the two who
				// fought agree to it, through the mediator
				ms, _ := ar.subject(s, k, nil)
				if p := ar.lastFight(s, ms); len(p) == 2 {
					ar.emitAll(s, ms, graph.SpokeWith, p, trig, wMediate)
					ar.pairs(s, p, graph.SpokeWith, false, trig, wMediate)
				}
				continue
			}
			if len(sides) < 2 && owner != nil && ar.mediationNoun(s, k, n) && ar.noActorAfter(s, k+n) && ar.adjunctOrSubject(s, owner[0].start) {
				// "released following Togo's mediation in the row": the
				// sides are told in another sentence
				sides = ar.sidesElsewhere(s, k, owner)
			}
			if len(sides) < 2 || ar.blocked(s, k) || ar.setForLater(s, k+n) {
				continue // ("is hosting a summit next week between A and B": planned)
			}
			var ms []mention
			if owner != nil {
				ms = append(owner, co...) // "his efforts to", "Kuwait's mediation", "its joint mediation with Egypt"
			} else {
				q := k
				if lv := ar.lightVerb(s, k, lexicon.Light); lv >= 0 {
					q = lv
				}
				ms, _ = ar.subject(s, q, nil)
			}
			ar.emitAll(s, ms, graph.SpokeWith, sides, trig, wMediate)
		}
	}
}

// emitted reports whether the edge a rel b was emitted in s (either way
// for a symmetric relation).
func (ar *article) emitted(s *sent, a mention, rel graph.Relation, b mention) bool {
	x, y := a.actor.Name, b.actor.Name
	if rel.Symmetric() && y < x {
		x, y = y, x
	}
	_, ok := ar.seen[edgeKey{s.Index, x, string(rel), y}]
	return ok
}

// meetingNounBefore reports whether a meeting noun (a recip SPOKE_WITH
// noun: "talks", "negotiations") ends right before k.
func (ar *article) meetingNounBefore(s *sent, k int) bool {
	for d := k - 1; d >= 0 && d >= k-3; d-- {
		if s.at[d] >= 0 {
			return false
		}
		if trs, n := s.trigger(d); n > 0 && d+n == k {
			for _, t := range trs {
				if t.Relation == graph.SpokeWith && t.POS == lexicon.Noun && t.Frame.Recip {
					return true
				}
			}
		}
	}
	return false
}

// mediationNoun reports whether the mediation cue at k (n words) is a
// noun ("mediation", "mediation efforts"), not a participle: "After months
// of mediation by Switzerland, A and B signed".
func (ar *article) mediationNoun(s *sent, k, n int) bool {
	w := s.toks[k+n-1].Lower
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// meetingNounPlaceBefore reports whether a meeting noun ends before a
// place or time that ends right before k: "talks in Doha mediated by".
func (ar *article) meetingNounPlaceBefore(s *sent, k int) bool {
	for p := k - 2; p >= 1 && p >= k-6; p-- {
		switch s.toks[p].Lower {
		case "in", "on", "at", "last", "this":
			if ar.pastTimeOrPlace(s, p) == k {
				return ar.meetingNounBefore(s, p)
			}
		}
	}
	return false
}

// withMediation reports whether the mediation noun at k is told in a
// "with" adjunct: "with mediation by", "with the mediation of".
func (ar *article) withMediation(s *sent, k int) bool {
	b := k - 1
	if b >= 0 && s.at[b] < 0 && s.is(b, lexicon.Det) {
		b--
	}
	return b >= 0 && s.toks[b].Lower == "with" && s.at[b] < 0
}

// pairWhere returns the pair that meets in a relative clause of place
// after j ("hosted a summit where the leaders of A and B signed a deal",
// "at which A and B agreed"): two or more actors, then a verb of meeting
// or agreeing; else nil. Cost: a few tokens.
func (ar *article) pairWhere(s *sent, j int) []mention {
	toks := s.toks
	for k := j; k+2 < len(toks) && k < j+6; k++ {
		w := toks[k].Lower
		q := k + 1
		switch {
		case w == "where":
		case (w == "at" || w == "in" || w == "during") && toks[k+1].Lower == "which":
			q = k + 2
		default:
			if s.at[k] >= 0 || ar.stops(s, k) {
				return nil
			}
			continue
		}
		g := ar.subjectGroup(s, q, min(q+10, len(toks)))
		if g < 0 || s.groupLen(g) < 2 {
			return nil
		}
		if e := s.groups[g].end; ar.recipVerbAt(s, e) {
			return s.groupMentions(g)
		}
		return nil
	}
	return nil
}

// recipVerbAt reports whether a verb of agreeing or meeting (a recip
// SPOKE_WITH verb) opens at k, past auxiliaries.
func (ar *article) recipVerbAt(s *sent, k int) bool {
	for q := k; q < len(s.toks) && q < k+3; q++ {
		if s.at[q] >= 0 {
			return false
		}
		trs, _ := s.trigger(q)
		for _, t := range trs {
			if t.Relation == graph.SpokeWith && t.POS == lexicon.Verb && t.Frame.Recip {
				return true
			}
		}
		if len(trs) > 0 || !s.is(q, lexicon.Aux) {
			return false
		}
	}
	return false
}

// agreeingPairAfter returns the pair that is the subject of a verb of
// agreeing or meeting (a recip SPOKE_WITH verb) after j in the sentence:
// "..., Israel and Hamas agreed to a truce", "I am pleased to announce that
// India and Pakistan have agreed"; else nil.
func (ar *article) agreeingPairAfter(s *sent, j int) []mention {
	toks := s.toks
	for g, gr := range s.groups {
		if gr.start < j || len(gr.ms) != 2 {
			continue
		}
		for q := gr.end; q < len(toks) && q < gr.end+4; q++ {
			if s.at[q] >= 0 {
				break
			}
			if !s.is(q, lexicon.TriggerStart) {
				continue
			}
			trs, _ := s.trigger(q)
			if len(trs) == 0 {
				continue // "have" before "agreed": the start of another form
			}
			for _, t := range trs {
				if t.Relation == graph.SpokeWith && t.POS == lexicon.Verb && t.Frame.Recip {
					return s.groupMentions(g)
				}
			}
			break
		}
	}
	return nil
}

// underMediation returns the mediator that a mediation noun at k (n
// words) names after "under" or "in": "under Turkish mediation", "under
// Qatar's mediation", "under the mediation of the AU", "under the auspices
// of Egypt", "in the presence of M"; else nil.
func (ar *article) underMediation(s *sent, k, n int) []mention {
	toks := s.toks
	q := k - 1
	var ms []mention
	switch {
	case q >= 0 && s.at[q] >= 0 && s.ments[s.at[q]].ok && !s.ments[s.at[q]].possPron:
		ms, q = []mention{s.ments[s.at[q]]}, s.ments[s.at[q]].start-1 // "Turkish mediation"
	case q >= 1 && toks[q].Kind == text.Poss && s.at[q-1] >= 0 && s.ments[s.at[q-1]].ok:
		ms, q = []mention{s.ments[s.at[q-1]]}, s.ments[s.at[q-1]].start-1 // "Qatar's mediation"
	}
	for q >= 0 && s.at[q] < 0 && (toks[q].Lower == "the" || toks[q].Lower == "joint") {
		q--
	}
	if q < 0 || toks[q].Lower != "under" && toks[q].Lower != "in" && toks[q].Lower != "through" && toks[q].Lower != "with" {
		return nil // ("through Egyptian mediation", "with the mediation of Qatar")
	}
	if ms == nil && k+n+1 < len(toks) && toks[k+n].Lower == "of" {
		ms, _ = ar.objectAt(s, k+n+1) // "the mediation of the AU"
	}
	return ms
}

// pastTimeOrPlace returns where a clause goes on after a time ("on
// Monday", "late Friday") or a named place ("in Brussels") at j; j when
// none stands there.
func (ar *article) pastTimeOrPlace(s *sent, j int) int {
	toks := s.toks
	for steps := 0; steps < 2 && j < len(toks); steps++ {
		if b := timeSpan(s, j); b > j {
			j = b
			continue
		}
		if toks[j].Lower == "in" && j+1 < len(toks) {
			if q := s.at[j+1]; q >= 0 && s.ments[q].start == j+1 && namesPlace(s.ments[q]) {
				j = s.ments[q].end
				continue
			}
			if s.at[j+1] < 0 && toks[j+1].Cap && toks[j+1].Kind == text.Word {
				j += 2 // a place the dictionary does not know: "in Brussels"
				continue
			}
		}
		break
	}
	return j
}

// pairTalksAt returns the two sides named inside a noun phrase of talks or
// of a settlement starting at j: "the Saudi-Iranian deal", "Israel-Hamas
// negotiations", "the U.S.-Iranian talks"; nil if none. Cost: constant.
func (ar *article) pairTalksAt(s *sent, j int) []mention {
	toks := s.toks
	for j < len(toks) && s.at[j] < 0 && (s.is(j, lexicon.Det) || s.is(j, lexicon.Adj)) {
		j++
	}
	if j >= len(toks) {
		return nil
	}
	var sides []mention
	e := j + 1
	switch {
	case s.gAt[j] >= 0 && s.groupLen(s.gAt[j]) == 2:
		sides, e = s.groupMentions(s.gAt[j]), s.groups[s.gAt[j]].end
	case s.at[j] < 0 && toks[j].Kind == text.Word && toks[j].Cap && strings.Count(toks[j].Text, "-") == 1:
		cut := strings.IndexByte(toks[j].Text, '-')
		a, ok1 := ar.hyphenActor(toks[j].Text[:cut])
		b, ok2 := ar.hyphenActor(toks[j].Text[cut+1:])
		if !ok1 || !ok2 || a.actor.Name == b.actor.Name {
			return nil
		}
		sides = []mention{a, b}
	default:
		return nil
	}
	for e < len(toks) && e < j+4 && s.at[e] < 0 && s.is(e, lexicon.Adj) {
		e++
	}
	if e >= len(toks) || s.at[e] >= 0 {
		return nil
	}
	if s.cue(ar.x.lex, e, lexicon.Accord) > 0 {
		return sides
	}
	if trs, _ := s.trigger(e); len(trs) > 0 {
		for _, tr := range trs {
			if tr.POS == lexicon.Noun && tr.Relation == graph.SpokeWith && tr.Frame.Between {
				return sides
			}
		}
	}
	return nil
}

// talksAt reports whether a definite noun of talks or of a settlement
// starts at j: "the talks", "these negotiations", "the ceasefire deal".
func (ar *article) talksAt(s *sent, j int) bool {
	toks := s.toks
	if j >= len(toks) || s.at[j] >= 0 {
		return false
	}
	switch toks[j].Lower {
	case "the", "these", "this", "those", "that":
	default:
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if s.at[k] >= 0 {
			return false
		}
		if s.cue(ar.x.lex, k, lexicon.Accord) > 0 {
			return true
		}
		if trs, _ := s.trigger(k); len(trs) > 0 {
			for _, tr := range trs {
				if tr.POS == lexicon.Noun && tr.Relation == graph.SpokeWith && tr.Frame.Recip {
					return true
				}
			}
			return false
		}
		if !s.is(k, lexicon.Adj) && !(toks[k].Kind == text.Word && !toks[k].Cap) {
			return false
		}
	}
	return false
}

// talksBefore reports whether the passive mediation verb at k has a
// definite noun of talks or of a settlement as its subject: "the talks
// were mediated by", "the agreement, brokered by".
func (ar *article) talksBefore(s *sent, k int) bool {
	return ar.talksNounBefore(s, k) >= 0
}

// talksNounBefore is where the noun phrase talksBefore finds opens, or -1.
func (ar *article) talksNounBefore(s *sent, k int) int {
	toks := s.toks
	b := k - 1
	for b >= 0 && s.at[b] < 0 && (s.is(b, lexicon.Aux) || s.is(b, lexicon.PassAux) || toks[b].Text == ",") {
		b--
	}
	for d := b - 1; d >= 0 && d >= b-3; d-- {
		if ar.talksAt(s, d) {
			return d
		}
	}
	return -1
}

// lastTalks returns the two sides of the latest talks told in this
// sentence or the two before it (a SPOKE_WITH edge already emitted whose
// ends are neither of the mediators ms); nil if none.
func (ar *article) lastTalks(s *sent, ms []mention) []mention {
	return ar.latestPair(s, ms, graph.SpokeWith)
}

// dealBefore reports whether the noun phrase talksBefore finds before k
// names an accord: "the deal, which was brokered by M".
func (ar *article) dealBefore(s *sent, k int) bool {
	d := ar.talksNounBefore(s, k)
	for q := d + 1; d >= 0 && q < len(s.toks) && q <= d+3; q++ {
		if s.at[q] < 0 && s.cue(ar.x.lex, q, lexicon.Accord) > 0 {
			return true
		}
	}
	return false
}

// lastDeal returns the two sides of the latest accord told in this
// sentence or the two before it: a SPOKE_WITH edge of signing or agreeing
// (an accord noun or a concludeverb told it), neither end a mediator in
// ms; nil if none. A call or a meeting told last is no party to the deal.
func (ar *article) lastDeal(s *sent, ms []mention) []mention {
	return ar.latestPairWhere(s, ms, graph.SpokeWith, func(e graph.Edge) bool {
		w, _, _ := strings.Cut(e.Trigger, " ")
		return ar.x.lex.Is(lexicon.Accord, w) || ar.x.lex.Is(lexicon.ConcludeVerb, w) || strings.HasPrefix(w, "sign")
	})
}

// truceAt reports whether a noun of a truce or ceasefire, with an article,
// starts at j: "a truce", "the ceasefire", "a cease-fire deal".
func (ar *article) truceAt(s *sent, j int) bool {
	toks := s.toks
	if j+1 >= len(toks) || s.at[j] >= 0 || !s.is(j, lexicon.Det) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if s.at[k] >= 0 {
			return false
		}
		if s.cue(ar.x.lex, k, lexicon.TruceNoun) > 0 {
			return true
		}
		if !s.is(k, lexicon.Adj) && !(toks[k].Kind == text.Word && !toks[k].Cap) {
			return false
		}
	}
	return false
}

// lastFight returns the two sides of the latest fight told in this
// sentence or the two before it (an ATTACKED edge neither of whose ends is
// a mediator in ms); nil if none.
func (ar *article) lastFight(s *sent, ms []mention) []mention {
	return ar.latestPair(s, ms, graph.Attacked)
}

// latestPair returns the two ends of the latest edge of relation rel told in
// this sentence or the two before it, neither end one of the mediators ms
// (nor, for talks, an edge a mediation gave); nil if none.
func (ar *article) latestPair(s *sent, ms []mention, rel graph.Relation) []mention {
	return ar.latestPairWhere(s, ms, rel, nil)
}

// latestPairWhere is latestPair over the edges keep accepts (nil: all).
func (ar *article) latestPairWhere(s *sent, ms []mention, rel graph.Relation, keep func(graph.Edge) bool) []mention {
	for i := len(ar.out) - 1; i >= 0; i-- {
		e := ar.out[i]
		if e.SentenceIndex < s.Index-2 {
			break
		}
		if e.Relation != rel || rel == graph.SpokeWith && ar.x.lex.Is(lexicon.Mediate, e.Trigger) || keep != nil && !keep(e) {
			continue
		}
		mediator := false
		for _, m := range ms {
			if m.actor.Name == e.Source.Name || m.actor.Name == e.Target.Name {
				mediator = true
			}
		}
		if !mediator {
			return []mention{{actor: e.Source, ok: true, via: viaDefinite}, {actor: e.Target, ok: true, via: viaDefinite}}
		}
	}
	return nil
}

// openedTalks reads talks a third party opens or runs between two sides:
// "Borrell on Thursday started high-level crisis talks between Kosovo and
// Serbia" is Borrell SPOKE_WITH each side (relations.md, mediation). The
// verb is an openverb cue, its object a noun of talks (a SPOKE_WITH noun
// with a "between" frame) right before "between". Cost: linear in the
// sentence.
func (ar *article) openedTalks(s *sent) {
	if !s.mayKey(keyOpen) {
		return // (no openverb cue: nothing to read)
	}
	toks := s.toks
	for k := range s.eachKey(keyOpen, 1, len(toks)-3) {
		if s.at[k] >= 0 {
			continue
		}
		n := s.cue(ar.x.lex, k, lexicon.OpenVerb)
		if n == 0 {
			continue
		}
		var sides []mention
		for q := k + n; q+2 < len(toks) && q < k+n+5; q++ {
			if s.at[q] >= 0 || ar.stops(s, q) {
				break
			}
			trs, m := s.trigger(q)
			if len(trs) == 0 || !hasSense(trs, graph.SpokeWith, lexicon.Noun) {
				continue
			}
			if q+m < len(toks) && toks[q+m].Lower == "between" {
				sides = ar.betweenAt(s, q+m)
			}
			break
		}
		if len(sides) < 2 || ar.blocked(s, k) {
			continue
		}
		ms, w := ar.subject(s, k, nil)
		ar.emitAll(s, ms, graph.SpokeWith, ar.otherSide(ms, sides), triggerText(toks[k:k+n]), wMediate*w)
	}
}

// bringKey are the forms of "bring" broughtTogether reads (keyBring).
var bringKey = []string{"bring", "brings", "brought", "bringing"}

// broughtTogether reads mediation told as bringing the sides together:
// "the Saudi foreign minister spent weeks bringing Ethiopia and Eritrea
// together" is the minister SPOKE_WITH each, and the two met (relations.md,
// mediation). Cost: linear in the sentence.
func (ar *article) broughtTogether(s *sent) {
	toks := s.toks
	hosting := s.mayCue(lexicon.Mediate)
	if !hosting && !s.mayKey(keyBring) {
		return // (no mediate cue, no bringKey: nothing to read)
	}
	for k := 1; k+3 < len(toks); k++ {
		if hosting {
			if n := s.cue(ar.x.lex, k, lexicon.Mediate); n > 0 && s.at[k] < 0 {
				ar.hostedFor(s, k, n)
				continue
			}
		}
		switch toks[k].Lower {
		case "bring", "brings", "brought", "bringing":
		default:
			continue
		}
		sides, e := ar.objectAt(s, k+1)
		if len(sides) == 0 || e < 0 || e >= len(toks) || toks[e].Lower != "together" || ar.blocked(s, k) {
			continue
		}
		// "brought A together (again) with B": the two ends are told apart
		var others []mention
		if q := e + 1; q+1 < len(toks) {
			if toks[q].Lower == "again" {
				q++
			}
			if q+1 < len(toks) && toks[q].Lower == "with" {
				others, _ = ar.objectAt(s, q+1)
			}
		}
		if len(sides) < 2 && len(others) == 0 {
			continue
		}
		trig := "brought together"
		ms, w := ar.subject(s, k, nil)
		if len(ms) == 0 {
			if !ar.talksSubject(s, k) {
				continue
			}
			w = 1 // "the talks brought A together with B": the meeting is the subject
		}
		all := append(append([]mention(nil), sides...), others...)
		ar.emitAll(s, ms, graph.SpokeWith, ar.otherSide(ms, all), trig, wMediate*w)
		if len(others) > 0 {
			ar.emitAll(s, sides, graph.SpokeWith, ar.otherSide(sides, others), trig, wMediate*w)
		} else {
			ar.pairs(s, sides, graph.SpokeWith, false, trig, wMediate*w)
		}
	}
}

// talksSubject reports whether the clause of the verb at k has a noun of
// talks (a recip SPOKE_WITH noun: "the peace talks", "the summit") as its
// subject within the five words before the verb, with no actor between
// but a place after "in"/"at". Cost: at most five trigger look-ups.
func (ar *article) talksSubject(s *sent, k int) bool {
	cs := ar.clauseStart(s, k)
	lim := k - 5
	for q := k - 1; q >= cs && q >= lim; q-- {
		if mi := s.at[q]; mi >= 0 {
			st := s.ments[mi].start
			if st < 1 || s.toks[st-1].Lower != "in" && s.toks[st-1].Lower != "at" {
				return false
			}
			q, lim = st-1, lim-(q-st+2) // "the talks in Doha brought": the setting's place
			continue
		}
		if trs, _ := s.trigger(q); len(trs) > 0 {
			for _, t := range trs {
				if t.Relation == graph.SpokeWith && t.POS == lexicon.Noun && t.Frame.Recip {
					return true
				}
			}
		}
	}
	return false
}

// hostedFor reads two guests hosted for talks with each other: "Blinken
// hosted A and B for the first direct talks since the fighting" is A
// SPOKE_WITH B (the host's own meetings are the verb's). The verb of
// hosting (cue class mediate) at k, n words long, takes two or more
// objects and "for" a meeting noun (a recip SPOKE_WITH noun) within
// three words.
func (ar *article) hostedFor(s *sent, k, n int) {
	toks := s.toks
	guests, e := ar.objectAt(s, k+n)
	if len(guests) < 2 || e < 0 || e+1 >= len(toks) || toks[e].Lower != "for" || ar.blocked(s, k) {
		return
	}
	for q := e + 1; q < len(toks) && q <= e+4; q++ {
		if s.at[q] >= 0 {
			return
		}
		if senses, m := s.trigger(q); m > 0 && hasSense(senses, graph.SpokeWith, lexicon.Noun) {
			for _, t := range senses {
				if t.Relation == graph.SpokeWith && t.POS == lexicon.Noun && t.Frame.Recip {
					ar.pairs(s, guests, graph.SpokeWith, false, triggerText(toks[q:q+m]), wMediate)
					return
				}
			}
			return
		}
	}
}

// asGuarantors reads third parties named in a mediator's part: "agreed to
// ratify Cuba, Norway and Venezuela as guarantor countries in the talks",
// "with Qatar and Egypt as mediators": each spoke with the two sides of
// the talks told in this sentence or the two before (lastTalks).
func (ar *article) asGuarantors(s *sent) {
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower == "as" && s.at[k-1] < 0 {
			ar.actedAsMediator(s, k)
			continue
		}
		if toks[k].Lower != "as" || s.at[k-1] < 0 {
			continue
		}
		n := s.cue(ar.x.lex, k+1, lexicon.MediatorRole)
		if n == 0 {
			continue
		}
		g := s.gAt[k-1]
		if g < 0 || s.groups[g].end != k || ar.blocked(s, k) {
			continue
		}
		ms := s.groupMentions(g)
		if sides := ar.lastTalks(s, ms); len(sides) == 2 {
			ar.emitAll(s, ms, graph.SpokeWith, sides, triggerText(toks[k:k+1+n]), wMediate)
		}
	}
}

// actedAsMediator reads a third party's part told by a verb of serving
// before "as" at k: "Norway, which acted as the main mediator in the
// talks between A and B", "the EU served as mediator": the subject spoke
// with the sides named after it, else with the two sides of the talks
// told in this sentence or the two before (lastTalks).
func (ar *article) actedAsMediator(s *sent, k int) {
	toks := s.toks
	if !s.isWord(k-1, lexicon.ActAsVerb) {
		return
	}
	j := k + 1
	for j < len(toks) && j < k+4 && s.at[j] < 0 && s.cue(ar.x.lex, j, lexicon.MediatorRole) == 0 && toks[j].Kind == text.Word && !toks[j].Cap && !s.is(j, lexicon.Prep) {
		j++ // "the main", "a key", "chief"
	}
	n := s.cue(ar.x.lex, j, lexicon.MediatorRole)
	if n == 0 || s.at[j] >= 0 || ar.blocked(s, k-1) {
		return
	}
	ms, _ := ar.subject(s, k-1, nil)
	if len(ms) == 0 {
		return
	}
	sides := ar.betweenAfter(s, j+n)
	if len(sides) < 2 {
		sides = ar.lastTalks(s, ms)
	}
	if len(sides) == 2 {
		ar.emitAll(s, ms, graph.SpokeWith, sides, triggerText(toks[k-1:j+n]), wMediate)
	}
}

// mediatorsNamed reads third parties named by their part as the subject
// of a clause: "Kuwaiti and US mediators stepped up efforts to end the
// stand-off", "Qatari mediators have shuttled between the two": each
// mediator spoke with the two sides (relations.md, mediation), the sides
// named after "between", else those of the talks told in this sentence or
// the two before (lastTalks), else the two hostile sides the article
// names most. The role noun must follow its states (demonyms or names)
// and a verb must follow it. Cost: linear in the sentence.
func (ar *article) mediatorsNamed(s *sent) {
	if !s.mayKey(keyMediatorRole) {
		return // (no mediatorrole cue: nothing to read)
	}
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		if s.at[k] >= 0 || s.gAt[k-1] < 0 || s.groups[s.gAt[k-1]].end != k {
			continue // (the cheap tests first: a role noun right after a group)
		}
		n := s.cue(ar.x.lex, k, lexicon.MediatorRole)
		if n == 0 {
			continue
		}
		g := s.gAt[k-1]
		if st := s.groups[g].start; st > 0 && (ar.afterPrep(s, st) || toks[st-1].Kind == text.Poss) {
			continue // "talks with Qatari mediators": an object, read by the verb
		}
		v := k + n
		for v < len(toks) && (s.is(v, lexicon.Aux) || strings.HasSuffix(toks[v].Lower, "ly") && toks[v].Kind == text.Word) {
			v++
		}
		if v >= len(toks) || v == k+n && !strings.HasSuffix(toks[v].Lower, "ed") && !s.is(v, lexicon.TriggerStart) || toks[v].Kind != text.Word || ar.blocked(s, v) {
			continue // a verb must follow: "Qatari mediators stepped up", "have shuttled"
		}
		ms := s.groupMentions(g)
		sides := ar.betweenAfter(s, v)
		if len(sides) < 2 {
			sides = ar.lastTalks(s, ms)
		}
		if len(sides) < 2 {
			sides = ar.conflictSides(s.Index, ms)
		}
		if len(sides) >= 2 {
			ar.emitAll(s, ms, graph.SpokeWith, ar.otherSide(ms, sides), triggerText(toks[k:k+n]), wMediate)
		}
	}
}

// conflictSides returns the sides of the conflict the article has told
// most often (ATTACKED, WARNED or ACCUSED either way between two actors)
// in the sentences before si, none of them one of ms: the pair, with the
// co-sources of the same act in the same sentence; nil if none. A tie goes
// to the pair told last. Cost: linear in the edges emitted.
func (ar *article) conflictSides(si int, ms []mention) []mention {
	count := map[[2]string]int{}
	var best graph.Edge
	bestN := 0
	for _, e := range ar.out {
		if e.SentenceIndex >= si || !e.Relation.Conflict() || sameActor(mention{actor: e.Source}, ms) || sameActor(mention{actor: e.Target}, ms) {
			continue
		}
		k := [2]string{e.Source.Name, e.Target.Name}
		if k[1] < k[0] {
			k[0], k[1] = k[1], k[0]
		}
		count[k]++
		if count[k] >= bestN {
			best, bestN = e, count[k]
		}
	}
	if bestN == 0 {
		return nil
	}
	// "A, B, C and D cut ties with Q, accusing it": the co-sources of the
	// same act in the same sentence are sides too
	sides := []mention{{actor: best.Target, ok: true}}
	for _, e := range ar.out {
		if e.SentenceIndex == best.SentenceIndex && e.Relation == best.Relation && e.Target.Name == best.Target.Name && !sameActor(mention{actor: e.Source}, ms) {
			sides = appendNew(sides, []mention{{actor: e.Source, ok: true}})
		}
	}
	return sides
}

// mediationAfter reports whether the phrase after "with" at k names a
// mediation ("with the mediation of Egypt", "with Qatari mediation"), not
// a partner. It reads at most four tokens.
func (ar *article) mediationAfter(s *sent, k int) bool {
	for q := k + 1; q < len(s.toks) && q <= k+4; q++ {
		if n := s.cue(ar.x.lex, q, lexicon.Mediate); n > 0 && s.at[q] < 0 {
			return ar.underMediation(s, q, n) != nil
		}
		if a := s.at[q]; a >= 0 && (s.ments[a].end != q+1 || s.ments[a].via != viaDemonym) {
			return false // "with Hamas with Qatari mediation": a partner first
		}
	}
	return false
}

// sidesElsewhere returns the two sides of a mediation whose sentence names
// neither ("were freed following Togo's mediation in the row", "Since
// Kenya's mediation failed, both sides have hardened"): the two of the
// talks told in this sentence or the two before (lastTalks), else the pair
// a "both sides" of this sentence stands for, else the pair named together
// in the sentence before (recentPair); none of them a mediator in ms; nil
// if none, or when the sentence names an actor that is neither a mediator
// nor one of the two ("France and Germany held talks. Following Qatar's
// mediation, Hamas released two hostages": the mediation is in another
// dispute). Cost: the edges of three sentences and the mentions of two.
func (ar *article) sidesElsewhere(s *sent, k int, ms []mention) []mention {
	var sides []mention
	if p := ar.lastTalks(s, ms); len(p) == 2 {
		sides = p
	} else {
		for _, m := range s.ments {
			if m.via == viaBoth && m.ok && m.pair != nil {
				sides = ar.pairSides(*m.pair, ms)
				break
			}
		}
		if sides == nil {
			if p, ok, _ := ar.recentPair(s, k); ok {
				sides = ar.pairSides(p, ms)
			}
		}
	}
	for _, m := range s.ments {
		if m.ok && !m.media && m.via != viaBoth && !sameSide(m, ms) && !sameSide(m, sides) {
			return nil
		}
	}
	return sides
}

// sameSide reports whether m is one of the actors ms or belongs to one
// (a person or organ of a state in ms). Cost: len(ms).
func sameSide(m mention, ms []mention) bool {
	return sameActor(m, ms) || m.actor.Country != "" && slices.ContainsFunc(ms, func(o mention) bool { return o.actor.Name == m.actor.Country })
}

// pairSides returns the pair p as two mentions, nil if either is one of
// the mediators ms.
func (ar *article) pairSides(p [2]graph.Actor, ms []mention) []mention {
	a, b := mention{actor: p[0], ok: true, via: viaDefinite}, mention{actor: p[1], ok: true, via: viaDefinite}
	if sameActor(a, ms) || sameActor(b, ms) {
		return nil
	}
	return []mention{a, b}
}

// mediationOwner returns the owner of the mediation noun at k told by a
// possessive past at most two lower-case modifiers ("its joint mediation
// efforts", "Togo's tireless mediation"); nil if none. Cost: four tokens.
func (ar *article) mediationOwner(s *sent, k int) []mention {
	toks := s.toks
	q := k - 1
	for q >= 0 && q >= k-2 && s.at[q] < 0 && toks[q].Kind == text.Word && !toks[q].Cap && s.is(q, lexicon.Adj) {
		q--
	}
	switch {
	case q >= 0 && s.at[q] >= 0 && s.ments[s.at[q]].possPron && s.ments[s.at[q]].ok:
		return []mention{s.ments[s.at[q]]} // "his efforts to"
	case q > 0 && toks[q].Kind == text.Poss && s.at[q-1] >= 0 && s.ments[s.at[q-1]].ok:
		return []mention{s.ments[s.at[q-1]]} // "Kuwait's mediation"
	}
	return nil
}

// coMediatorsBetween reads the co-mediators told after a mediation noun
// ending at j and the sides after them: "its joint mediation efforts
// (undertaken) with Egypt and the United States between Israel and Hamas"
// gives Egypt and the United States, and Israel and Hamas; nil, nil
// unless "between A and B" follows the "with" phrase. Cost: a few tokens.
func (ar *article) coMediatorsBetween(s *sent, j int) (co, sides []mention) {
	toks := s.toks
	if j < len(toks) && s.at[j] < 0 && toks[j].Kind == text.Word && !toks[j].Cap && (strings.HasSuffix(toks[j].Lower, "ed") || s.is(j, lexicon.Past)) {
		j++ // "undertaken", "pursued"
	}
	if j+1 >= len(toks) || toks[j].Lower != "with" || s.at[j] >= 0 {
		return nil, nil
	}
	co, e := ar.objectAt(s, j+1)
	if len(co) == 0 || e < 0 || e >= len(toks) || toks[e].Lower != "between" {
		return nil, nil
	}
	if sides = ar.betweenAt(s, e); len(sides) < 2 {
		return nil, nil
	}
	return co, sides
}

// noActorAfter reports whether no actor is named in the phrase after j,
// up to a punctuation mark or a clause word (at most six tokens):
// "Togo's mediation in the diplomatic row." but not "Togo's mediation with
// Mali". Cost: six tokens.
func (ar *article) noActorAfter(s *sent, j int) bool {
	for q := j; q < len(s.toks) && q < j+6; q++ {
		if s.at[q] >= 0 {
			return false
		}
		if s.toks[q].Kind == text.Punct || s.is(q, lexicon.Clause) {
			return true
		}
	}
	return true
}

// adjunctOrSubject reports whether the noun phrase opening at j opens its
// sentence or clause, or is the object of a preposition other than "for":
// "following Togo's mediation", "Togo's mediation led to", not "called for
// Togo's mediation" or "rejected Togo's mediation". Cost: one token.
func (ar *article) adjunctOrSubject(s *sent, j int) bool {
	if j == 0 {
		return true
	}
	p := j - 1
	if s.at[p] >= 0 {
		return false
	}
	w := s.toks[p]
	return w.Text == "," || s.is(p, lexicon.Clause) || s.is(p, lexicon.Prep) && w.Lower != "for" && w.Lower != "of"
}
