package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Frame weights: how sure a reading of the sentence is, before the ends are
// weighed (docs/extractor.md, "Confidence").
const (
	wVerb      = 0.90 // subject, trigger verb, object in one clause
	wPassive   = 0.85 // "TGT was attacked by SRC"
	wNoun      = 0.80 // "SRC's attack on TGT", "an attack by SRC on TGT"
	wBetween   = 0.80 // "talks between A and B"
	wInherited = 0.75 // the subject comes from the main clause
	wTellOrder = 0.75 // "“Take the win,” X told Y"
	wAppeal    = 0.70 // "X said Y should ..."
	wRight     = 0.70 // "Y has a right to defend itself", said X
	wHelp      = 0.60 // "with help from X": the helped one is read from context
	wPlace     = 0.65 // "struck a bus in Ukraine": the state named as the place hit
	wHedge     = 0.90 // the writer hedges: reportedly, allegedly, suspected
)

// relations reads the triggers of one sentence and emits its edges.
func (ar *article) relations(s *sent) {
	s.griefActs = false
	if len(s.groups) == 0 {
		if s.speaker != nil {
			// "These seizures are unacceptable." inside a longer quotation:
			// the speaker judges an act named before
			ar.evalCopula(s)
			ar.judgements(s)
		}
		ar.hyphenPairs(s) // "US-China talks": the sides are inside one word
		return
	}
	lex := ar.x.lex
	toks := s.toks
	first := len(ar.out)
	var lastSrc []mention
	for i := 0; i < len(toks); {
		if s.at[i] >= 0 && !s.ments[s.at[i]].possPron && s.ments[s.at[i]].via != viaPronoun {
			i = s.ments[s.at[i]].end
			continue
		}
		if s.is(i, lexicon.TriggerStart) && s.is(i, lexicon.Act) && s.at[i] < 0 && (ar.verbContext(s, i) || strings.HasSuffix(toks[i].Lower, "ed")) && !ar.blocked(s, i) {
			// "Algeria severed ties with Morocco": an act a later "the
			// decision" may name, whether or not the trigger gives an edge
			if srcs, _ := ar.subject(s, i, lastSrc); len(srcs) > 0 {
				ar.noteEvent(s, srcs, false)
			}
		}
		if !s.is(i, lexicon.TriggerStart) {
			if s.is(i, lexicon.Act) && (ar.verbContext(s, i) || strings.HasSuffix(toks[i].Lower, "ed")) && !ar.blocked(s, i) {
				// "Russia annexed ...": an act a later "the move" may name
				if srcs, _ := ar.subject(s, i, lastSrc); len(srcs) > 0 {
					ar.noteEvent(s, srcs, strings.HasPrefix(toks[i].Lower, "test") || s.isWord(i, lexicon.Intrusion))
				}
			}
			i++
			continue
		}
		senses, n := s.trigger(i)
		if n > 1 && (toks[i+n-1].Lower == "on" || toks[i+n-1].Lower == "upon") && i+n < len(toks) &&
			(s.isWord(i+n, lexicon.TimeWord) || s.is(i+n, lexicon.Month) || toks[i+n].Kind == text.Number) {
			// "held calls on October 3 with X": "on" opens a date, not "call on"
			senses, n = s.triggerWithin(i, n-1)
		}
		if n == 0 || toks[i].Lower == "back" && i > 0 && s.isWord(i-1, lexicon.BackParticle) {
			// "turned back the aircraft": a particle, not "back" = support
			i++
			continue
		}
		want := lexicon.Noun
		if ar.verbContext(s, i) {
			want = lexicon.Verb
		}
		passes := 2
		if i > 0 && ((s.is(i-1, lexicon.Det) || s.is(i-1, lexicon.NounMod)) && s.at[i-1] < 0 && !floating(s, i-1) || toks[i-1].Kind == text.Poss) && !relativePast(lex, toks, i) {
			passes = 1 // "an attack", "Iran's attack": a noun, never a verb
		}
		if n == 1 && i > 1 && !strings.HasSuffix(toks[i].Lower, "ing") && !strings.HasSuffix(toks[i].Lower, "ed") && (toks[i-2].Lower == "the" || toks[i-2].Lower == "a" || toks[i-2].Lower == "an") && s.at[i-1] < 0 && s.at[i-2] < 0 && toks[i-1].Kind == text.Word && !toks[i-1].Cap &&
			!s.is(i-1, lexicon.Aux) && !s.is(i-1, lexicon.Prep) && !s.is(i-1, lexicon.Clause) && !s.is(i-1, lexicon.TriggerStart) && !relativePast(lex, toks, i) &&
			!(strings.HasSuffix(toks[i].Lower, "s") && s.cue(lex, i-1, lexicon.Document) == 1) {
			// ("the resolution demands that X": a document's verb)
			passes, want = 1, lexicon.Noun // "condemned the unprecedented attack on X": a noun after an article and a modifier
		}
		if n == 1 && i > 2 && i+1 < len(toks) && strings.HasSuffix(toks[i].Lower, "s") && !strings.HasSuffix(toks[i].Lower, "ss") && ar.articleBefore(s, i) &&
			(toks[i+1].Lower == "that" || toks[i+1].Lower == "which" || toks[i+1].Lower == "on" || toks[i+1].Lower == "against") {
			passes, want = 1, lexicon.Noun // "the Shabaab bomb attacks that targeted X": a plural closing a noun phrase
		}
		if i > 0 && s.at[i-1] < 0 && s.is(i-1, lexicon.TriggerStart) && (strings.HasSuffix(toks[i-1].Lower, "s") || strings.HasSuffix(toks[i-1].Lower, "ed")) && hasPOS(senses, lexicon.Noun) {
			// (a form with no noun sense stays a verb: "helped liberate")
			// "Security Council condemns attack on X", "condemned attacks on":
			// right after a transitive verb, its object noun
			if prev, pn := s.trigger(i - 1); pn == 1 {
				for _, p := range prev {
					if p.POS == lexicon.Verb && p.Frame.Obj && p.Relation != tr0(senses) {
						passes, want = 1, lexicon.Noun
						break
					}
				}
			}
		}
		if i > 0 && hasPOS(senses, lexicon.Noun) && ar.hyphenPairBefore(s, i) {
			passes, want = 1, lexicon.Noun // "the US-British strikes on X": after a pair of actors, a noun
		}
		if n == 1 && i+1 < len(toks) && strings.HasSuffix(toks[i].Lower, "s") && !strings.HasSuffix(toks[i].Lower, "ss") {
			switch toks[i+1].Lower {
			case "were", "are", "have":
				passes, want = 1, lexicon.Noun // "supplies were delivered": a plural subject, no verb
			}
		}
		if i > 0 && s.at[i-1] >= 0 && s.ments[s.at[i-1]].possPron && s.ments[s.at[i-1]].end == i {
			passes, want = 1, lexicon.Noun // "renewed its demands for Russia to": after a possessive, a noun
		}
		if i > 0 && s.at[i-1] < 0 && (toks[i-1].Lower == "for" || toks[i-1].Lower == "over") && strings.HasSuffix(toks[i].Lower, "s") {
			// "responsible for attacks on", "anger over strikes on": a
			// plural after "for" or "over" is a noun
			passes, want = 1, lexicon.Noun
		}
		if i > 0 && s.at[i-1] < 0 && toks[i-1].Kind == text.Word && len(toks[i-1].Lower) > 5 && strings.HasSuffix(toks[i-1].Lower, "ing") && (strings.HasSuffix(toks[i].Lower, "s") || strings.HasSuffix(toks[i].Lower, "ing")) {
			// "supplying arms to Moscow", "bombing raids", "ending fighting
			// in Idlib": a plural or gerund after a gerund is its object or
			// a compound, a noun
			passes, want = 1, lexicon.Noun
		}
		if i > 0 && s.at[i-1] < 0 && strings.HasSuffix(toks[i].Lower, "s") && !strings.HasSuffix(toks[i].Lower, "ss") && s.is(i-1, lexicon.Light) && !s.is(i-1, lexicon.Aux) {
			passes, want = 1, lexicon.Noun // "to sell arms to Taiwan": a plural after a light verb is its object
		}
		if i > 0 && s.at[i-1] < 0 && strings.HasSuffix(toks[i].Lower, "s") && !strings.HasSuffix(toks[i].Lower, "ss") && s.is(i-1, lexicon.Prep) && toks[i-1].Lower != "to" && toks[i-1].Lower != "of" {
			passes, want = 1, lexicon.Noun // "engage in talks", "amid attacks": after a preposition, a noun
		}
		if i > 0 && s.at[i-1] < 0 && strings.HasSuffix(toks[i].Lower, "s") && !strings.HasSuffix(toks[i].Lower, "ss") && toks[i-1].Kind == text.Word && !toks[i-1].Cap &&
			(strings.HasSuffix(toks[i-1].Lower, "ed") || s.is(i-1, lexicon.Past)) && !s.is(i-1, lexicon.Aux) && !s.is(i-1, lexicon.PassAux) {
			// "threatened strikes on Ukraine", "ordered attacks on": a
			// plural right after a past verb is its object, a noun
			passes, want = 1, lexicon.Noun
		}
		if i > 0 && s.at[i-1] >= 0 && strings.HasSuffix(toks[i].Lower, "s") && i+n < len(toks) {
			// "Hezbollah targets in Lebanon", "Hamas attacks on Israel": a
			// plural after a name, before a place or target preposition, is a noun
			a := i + n
			if a+1 < len(toks) && quoteLike(toks[a]) {
				a++ // 'struck "Hezbollah targets" in Lebanon'
			}
			if s.cue(ar.x.lex, a, lexicon.TargetPrep) > 0 {
				passes, want = 1, lexicon.Noun
			}
		}
		if i > 0 && s.at[i-1] >= 0 {
			// after an adjectival demonym ("Houthi targets", "Israeli strike")
			// a trigger is a noun; a plural demonym ("Israelis attacked") is a subject
			m := s.ments[s.at[i-1]]
			if m.via == viaDemonym && !strings.HasSuffix(toks[i-1].Lower, "s") {
				passes = 1
				want = lexicon.Noun
			}
			// "pounded Hezbollah targets": the actor is inside an object or a
			// prepositional phrase, so what follows it is a noun
			pastForm := strings.HasSuffix(toks[i].Lower, "ed") || isParticiple(lex, toks[i].Lower)
			absolute := strings.HasSuffix(toks[i].Lower, "ing") && m.start > 0 && toks[m.start-1].Lower == "with"
			// ("the US embassy in Manila condemned China", "the foreign
			// minister of Armenia met", "a day after the Council demanded":
			// a past form with no noun sense stays a verb)
			// ("The PKK liberates the region": a form with no noun sense
			// after a name stays a verb)
			if m.start > 0 && !absolute && (ar.afterPrep(s, m.start) || s.is(m.start-1, lexicon.TriggerStart) || s.isWord(m.start-1, lexicon.Article) && !pastForm && (hasPOS(senses, lexicon.Noun) || m.via == viaDemonym)) &&
				!(pastForm && !hasPOS(senses, lexicon.Noun) && ar.afterPrep(s, m.start)) {
				passes = 1
				want = lexicon.Noun
			}
		}
		if passes == 1 && want == lexicon.Noun && !hasPOS(senses, lexicon.Noun) && !strings.HasSuffix(toks[i].Lower, "ing") &&
			i >= 2 && s.at[i-1] >= 0 && s.ments[s.at[i-1]].start >= 1 && ar.x.lex.Is(lexicon.Article, toks[s.ments[s.at[i-1]].start-1].Lower) && i+n < len(toks) && s.at[i+n] >= 0 {
			if shorter, m := s.triggerWithin(i, n-1); m == 0 || !hasPOS(shorter, lexicon.Noun) {
				want = lexicon.Verb // "The US wants Israel to ...": a form that is only a verb
			}
		}
		// "our call on Russia": when only a noun can stand here and the
		// longest form is a verb ("call on"), a shorter form may be a noun
		possBefore := i > 0 && (toks[i-1].Kind == text.Poss || s.at[i-1] >= 0 && s.ments[s.at[i-1]].possPron)
		for (passes == 1 || possBefore) && want == lexicon.Noun && n > 1 && !hasPOS(senses, want) {
			if shorter, m := s.triggerWithin(i, n-1); m > 0 {
				senses, n = shorter, m
			} else {
				break
			}
		}
		if n == 1 && strings.HasSuffix(toks[i].Lower, "ing") && i > 0 && i+1 < len(toks) && toks[i+1].Lower == "of" && s.at[i-1] < 0 && (s.is(i-1, lexicon.Prep) || s.is(i-1, lexicon.Det)) {
			// "by signing of X's pact", "the signing of": a gerund with
			// "of" after a preposition or determiner is a noun (never
			// "..., warning of a disaster": a participle)
			passes, want = 1, lexicon.Noun
		}
		if n > 1 && toks[i].Lower == "in" && hasPOS(senses, lexicon.Verb) {
			passes, want = 1, lexicon.Verb // "struck Libya in support of Haftar": a phrase, never a noun
		}
		for pass := 0; pass < passes; pass++ {
			done := false
			for _, tr := range senses {
				if (tr.POS == want) != (pass == 0) {
					continue
				}
				var srcs []mention
				var ok bool
				if tr.POS == lexicon.Verb {
					srcs, ok = ar.verb(s, i, n, tr, lastSrc)
				} else {
					srcs, ok = ar.noun(s, i, n, tr, lastSrc)
				}
				if len(srcs) > 0 {
					lastSrc = srcs
				}
				if ok {
					done = true
					break
				}
			}
			if done {
				break
			}
		}
		i += n
	}
	ar.framing(s)
	ar.evalCopula(s)
	ar.thanks(s)
	ar.rebuttals(s)
	ar.heldResponsible(s)
	ar.notePair(s)
	ar.appeals(s)
	ar.timeFor(s)
	ar.helpFrom(s)
	ar.backing(s)
	ar.meetingSettings(s)
	ar.settingWarnings(s)
	ar.ledActs(s)
	ar.responsibilityCharges(s)
	ar.underFire(s)
	ar.answeredAttacks(s)
	ar.warningByAct(s)
	ar.rightToDefend(s)
	ar.thirdParties(s)
	ar.ceasedActs(s)
	ar.signatories(s, first)
	ar.supportedNotAttacked(s, first)
}

// tr0 is the relation of the first sense, or "" for none.
func tr0(senses []*lexicon.Trigger) graph.Relation {
	if len(senses) == 0 {
		return ""
	}
	return senses[0].Relation
}

// hasPOS reports whether one of the senses is of part of speech p.
func hasPOS(senses []*lexicon.Trigger, p lexicon.POS) bool {
	for _, t := range senses {
		if t.POS == p {
			return true
		}
	}
	return false
}

// floating reports whether token k is a quantifier floated after its
// subject or auxiliary, "have all called on", "both urged": no
// determiner of what follows.
func floating(s *sent, k int) bool {
	switch s.toks[k].Lower {
	case "all", "both", "each", "jointly":
		return k > 0 && (s.at[k-1] >= 0 || s.is(k-1, lexicon.Aux))
	}
	return false
}

// verbContext reports whether the trigger at i reads as a verb: after a
// subject, an auxiliary, "to" or a relative pronoun; a determiner, a
// possessive or a demonym before it make it a noun.
func (ar *article) verbContext(s *sent, i int) bool {
	k := i - 1
	for k >= 0 && (strings.HasSuffix(s.toks[k].Lower, "ly") && s.at[k] < 0 && !s.is(k, lexicon.Adj) || floating(s, k)) {
		k--
	}
	if k < 0 {
		return false
	}
	t := s.toks[k]
	if relativePast(ar.x.lex, s.toks, i) {
		return true // "a strike that killed ..."
	}
	if s.at[k] >= 0 {
		m := s.ments[s.at[k]]
		if m.possPron {
			return false
		}
		return m.via != viaDemonym
	}
	if t.Lower == "that" && ar.documentBefore(s, k) != nil {
		return true // "a resolution (on Monday) that demands ...": a relative's verb
	}
	switch {
	case t.Kind == text.Poss, t.Kind == text.Number, t.Kind == text.Quote:
		return false
	case s.is(k, lexicon.Det), s.is(k, lexicon.Adj):
		return false
	case s.is(k, lexicon.Aux), s.is(k, lexicon.RelPron), t.Text == ",":
		return true
	case t.Lower == "help" || t.Lower == "helps" || t.Lower == "helped" || t.Lower == "helping":
		return true // "helped liberate the region": a bare infinitive
	}
	return false
}

// assertedClause reports whether the verb at e, after the subject of a
// "that" clause, tells a fact rather than what should be done: a past or
// perfect ("had entered", "was", "crossed") or a present of "be" or
// "have" ("is", "has"). An appeal's clause has a bare verb or a modal of
// duty ("that Israel withdraw", "that Iran must stop").
func assertedClause(s *sent, e int) bool {
	// the subject's head nouns after its name: "the Philippine ships had"
	for n := 0; n < 2 && e+1 < len(s.toks) && s.toks[e].Kind == text.Word && !s.toks[e].Cap && strings.HasSuffix(s.toks[e].Lower, "s") && s.toks[e].Lower != "has" && s.toks[e].Lower != "was"; n++ {
		e++
	}
	switch w := s.toks[e].Lower; w {
	case "had", "has", "have", "was", "were", "is", "are":
		return true
	default:
		return s.toks[e].Kind == text.Word && !s.toks[e].Cap && (strings.HasSuffix(w, "ed") || s.is(e, lexicon.Past))
	}
}

// apologyAsked reports whether an appeal's words from its verb's end v to
// a few words past its object's end j ask for an apology or an admission
// of blame ("an apology from X", "X to apologise", "accept responsibility
// for"), within its clause.
func (ar *article) apologyAsked(s *sent, v, j int) bool {
	toks := s.toks
	for k := v; k < len(toks) && k < j+8; k++ {
		if k > j && ar.stops(s, k) {
			return false
		}
		w := toks[k].Lower
		if strings.HasPrefix(w, "apolog") || w == "responsibility" && k > 0 && (toks[k-1].Lower == "accept" || toks[k-1].Lower == "take" || toks[k-1].Lower == "admit") {
			return true
		}
	}
	return false
}

// triggerEndingAt returns the senses of the trigger whose form ends at
// token g: one that starts there ("urged"), or a longer one that ends
// there ("called on", "appealed to"), as an appeal before its object ends.
func (s *sent) triggerEndingAt(g int) []*lexicon.Trigger {
	if trs, _ := s.trigger(g); len(trs) > 0 {
		return trs
	}
	for b := g - 1; b >= 0 && b >= g-2; b-- {
		if trs, n := s.trigger(b); len(trs) > 0 && b+n-1 == g {
			return trs
		}
	}
	return nil
}

// aidPledged reports whether a noun of aid (soughtaid, militaryaid) stands
// in the few words from j that a pledge names: "pledging more US aid",
// "pledged $1 billion in military assistance".
func (ar *article) aidPledged(s *sent, j int) bool {
	for q := j; q < len(s.toks) && q < j+6; q++ {
		if s.isWord(q, lexicon.SoughtAid) || s.isWord(q, lexicon.MilitaryAid) {
			return true
		}
		if ar.stops(s, q) {
			return false
		}
	}
	return false
}

// aidSoughtOf reports whether the object ms is the owner of the help
// asked for: "requested South Africa's military intervention", "wants
// France's help". It looks past the possessive and one modifier.
func (ar *article) aidSoughtOf(s *sent, ms []mention) bool {
	toks := s.toks
	e := ms[len(ms)-1].end
	if e >= len(toks) || toks[e].Kind != text.Poss {
		return false
	}
	for q := e + 1; q < len(toks) && q <= e+2; q++ {
		if s.isWord(q, lexicon.SoughtAid) {
			return true
		}
		if s.at[q] >= 0 || toks[q].Kind != text.Word {
			return false
		}
	}
	return false
}

// hasSense reports whether one of senses is of relation rel and part of
// speech pos.
func hasSense(senses []*lexicon.Trigger, rel graph.Relation, pos lexicon.POS) bool {
	for _, tr := range senses {
		if tr.Relation == rel && tr.POS == pos {
			return true
		}
	}
	return false
}

// toldDuty reports whether the clause told after the object at e (past
// "that") puts a duty on the ones told: "told X (that) they should/must
// ...", "told X it had to ..." (relations.md: "told X that X should" is
// URGED). The clause's subject is a pronoun or one of those told.
func (ar *article) toldDuty(s *sent, e int, told []mention) bool {
	toks := s.toks
	if e < len(toks) && toks[e].Lower == "that" {
		e++
	}
	if e+1 >= len(toks) || s.at[e] < 0 {
		return false
	}
	m := s.ments[s.at[e]]
	if m.via != viaPronoun && !sameActor(m, told) || m.via == viaPronoun && firstPersonPron(toks[m.start].Lower) {
		return false // "told X we should": the speaker's own duty
	}
	return m.end < len(toks) && s.is(m.end, lexicon.Deontic) && s.cue(ar.x.lex, m.end+1, lexicon.Neg) == 0
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

// nestedAppeal returns who an appeal passed on is aimed at: in "called on
// the UN Security Council to order Azerbaijan to pull back" and "urged the
// UN to urge Russia to withdraw" the addressee (tgts) is asked to make a
// third party act, and that party is URGED by the first source too
// (relations.md: "told X that Y should act" is URGED Y). The inner verb is
// a verb of appeal or command of the lexicon (URGED, object frame) right
// after "to", and its object must be followed by "to" (the act asked of
// it): "urged the UN to condemn Russia" gives nothing more. Cost: O(words
// of the object phrases).
func (ar *article) nestedAppeal(s *sent, tgts []mention) []mention {
	toks := s.toks
	e := -1
	for _, t := range tgts {
		if t.end > e && t.end <= len(toks) && t.start < len(toks) && s.at[t.start] >= 0 {
			e = t.end
		}
	}
	if e < 0 {
		return nil
	}
	for q := 0; q < 2 && e < len(toks); q++ {
		if n := s.cue(ar.x.lex, e, lexicon.Inst); n > 0 {
			e += n // "urged the UN Security Council's members to"
		}
	}
	if e+2 >= len(toks) || toks[e].Lower != "to" {
		return nil
	}
	trs, n := s.trigger(e + 1)
	if !hasSense(trs, graph.Urged, lexicon.Verb) {
		return nil
	}
	obj := false
	for _, t := range trs {
		if t.Relation == graph.Urged && t.POS == lexicon.Verb && t.Frame.Obj {
			obj = true
		}
	}
	if !obj {
		return nil
	}
	ms, e2 := ar.objectAt(s, e+1+n)
	if len(ms) == 0 || e2 <= 0 || e2 >= len(toks) || toks[e2].Lower != "to" {
		return nil
	}
	return ms
}

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

// isParticiple reports whether w is an irregular past tense or participle
// ("struck", "drove", "hit"; the lexicon's past class).
func isParticiple(lex *lexicon.Lexicon, w string) bool {
	return lex.Is(lexicon.Past, w)
}

// orderQuoted reports whether the telling verb at i reports an order: the
// sentence opens with a quoted imperative ("Take the win," X told Y).
func (ar *article) orderQuoted(s *sent, i int) bool {
	toks := s.toks
	k := 0
	for k < i && toks[k].Kind == text.Quote {
		k++
	}
	if k >= i || toks[k].QuoteID == 0 {
		return false
	}
	closed := false
	for q := k; q < i; q++ {
		if toks[q].QuoteID == 0 {
			closed = true
		}
	}
	return closed && s.is(k, lexicon.Imper)
}

// relativePast reports whether the word at i is a past verb after the
// relative "that": "a strike that killed", not "that attack".
func relativePast(lex *lexicon.Lexicon, toks []text.Token, i int) bool {
	return i > 0 && toks[i-1].Lower == "that" && (strings.HasSuffix(toks[i].Lower, "ed") || isParticiple(lex, toks[i].Lower))
}

// articleBefore reports whether the two words before the plural at i
// stand in a noun phrase that an article opens: "the Shabaab bomb
// attacks", "a few border clashes" (no verb, auxiliary, preposition,
// conjunction or clause word between). The caller asks for a relative
// pronoun or a target's preposition after it too: "the foreign minister
// accuses X" is a verb.
func (ar *article) articleBefore(s *sent, i int) bool {
	toks := s.toks
	a := i - 3
	if w := toks[a].Lower; w != "the" && w != "a" && w != "an" {
		return false
	}
	for q := a + 1; q < i; q++ {
		t := toks[q]
		if t.Kind != text.Word || t.Lower == "and" || t.Lower == "or" || s.is(q, lexicon.Aux) || s.is(q, lexicon.Prep) || s.is(q, lexicon.Clause) || s.is(q, lexicon.Say) ||
			strings.HasSuffix(t.Lower, "ed") && !t.Cap || s.at[q] >= 0 && s.ments[s.at[q]].actor.Kind == graph.Person {
			return false
		}
	}
	return true
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

// appeals reads "X should/must ..." reported by a speaker as the speaker
// urging X: ‘Cameron said “Iran must not draw the region into war”’,
// ‘Guterres told the Council that Israel and Iran should step back’. A
// speaker's appeal to their own state is policy, not an edge.
func (ar *article) appeals(s *sent) {
	if !s.mayCue(lexicon.Deontic) {
		return // (no cue of its class: nothing to read)
	}
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		n := s.cue(ar.x.lex, k, lexicon.Deontic)
		if n == 0 {
			continue
		}
		e := k + n
		for e < len(toks) && (toks[e].Lower == "not" || strings.HasSuffix(toks[e].Lower, "ly") || toks[e].Lower == "instead" || toks[e].Lower == "also") {
			e++
		}
		if e < len(toks) && (toks[e].Lower == "be" || toks[e].Lower == "been" || s.is(e, lexicon.Stative) || toks[e].Kind == text.Quote && e+1 < len(toks) && toks[e+1].Lower == "be") {
			continue // "Moscow should expect ...": no act asked of Moscow
		}
		if toks[k].Lower == "better" && (e >= len(toks) || toks[e].Kind != text.Word || toks[e].Cap || strings.HasSuffix(toks[e].Lower, "ed") || strings.HasSuffix(toks[e].Lower, "s") || s.is(e, lexicon.Past)) {
			continue // "Petro better close ...", not "the US better understood"
		}
		g := k - 1
		for g >= 0 && (toks[g].Lower == "instead" || toks[g].Lower == "also" || toks[g].Lower == "too") {
			g--
		}
		// "it was Spain that should apologize": a cleft's focus
		if g >= 3 && (toks[g].Lower == "that" || toks[g].Lower == "who") && s.gAt[g-1] >= 0 {
			if st := s.groups[s.gAt[g-1]].start; st >= 2 && (toks[st-1].Lower == "was" || toks[st-1].Lower == "is") && toks[st-2].Lower == "it" {
				g--
			}
		}
		// "the Syrian government should": a state's organ is the state
		if g >= 1 && s.at[g] < 0 && s.isWord(g, lexicon.OrganNoun) && s.gAt[g-1] >= 0 && s.groups[s.gAt[g-1]].end == g {
			g--
		}
		if g < 0 || s.gAt[g] < 0 || s.groups[s.gAt[g]].end != g+1 {
			continue
		}
		tgts := s.groupMentions(s.gAt[g])
		// "the US interference in Ukraine must stop": the place after a
		// preposition is no subject; the owner of the noun before it is
		if st := s.groups[s.gAt[g]].start; st >= 2 && s.is(st-1, lexicon.Prep) && s.at[st-1] < 0 {
			tgts = nil
			if o := ar.nounOwnerBefore(s, st-1); o != nil && st-1-o.end <= 2 {
				tgts = []mention{*o}
			}
			if len(tgts) == 0 {
				continue
			}
		}
		var srcs []mention
		if q := toks[k].QuoteID; q > 0 {
			if r, ok := ar.speakers[q]; ok {
				srcs = []mention{r.m}
			}
		} else {
			for v := g; v >= 0; v-- {
				if toks[v].QuoteID == 0 && s.at[v] < 0 && s.cue(ar.x.lex, v, lexicon.Say) > 0 && toks[v].Lower != "according" {
					if subj, _ := ar.subject(s, v, nil); len(subj) > 1 {
						srcs = subj // "the presidents of A, B and C said X must ..."
					} else if src := ar.subjectBefore(s, v); src != nil {
						srcs = []mention{*src}
					}
					break
				}
			}
			if len(srcs) == 0 && s.speaker != nil {
				srcs = []mention{*s.speaker}
			}
		}
		for _, src := range srcs {
			if !src.ok || inGroupOf(s, src, tgts) {
				continue // ("America and Britain will have to pay, X said": no one of them speaks)
			}
			for _, t := range tgts {
				if t.via == viaSpeaker || t.via == viaPronoun && firstPersonPron(t.pron) {
					continue
				}
				if src.actor.Country != "" && (t.actor.Name == src.actor.Country || t.actor.Country == src.actor.Country && t.actor.Kind != graph.Person) {
					continue
				}
				ar.emit(s, src, graph.Urged, t, toks[k].Lower, wAppeal)
			}
		}
	}
}

// inGroupOf reports whether the mention m stands in the coordination of
// any of ms (or is one of them, by its place in the sentence).
func inGroupOf(s *sent, m mention, ms []mention) bool {
	if m.start >= m.end || m.start >= len(s.toks) {
		return false
	}
	for _, t := range ms {
		if t.start == m.start || s.gAt[m.start] >= 0 && t.start < len(s.toks) && s.gAt[t.start] == s.gAt[m.start] {
			return true
		}
	}
	return false
}

// wordsSpeaker returns who speaks the words at token k: the speaker of
// its quotation, else the sentence's speaker; nil when none is known.
func (ar *article) wordsSpeaker(s *sent, k int) *mention {
	if q := s.toks[k].QuoteID; q > 0 {
		if r, ok := ar.speakers[q]; ok {
			m := r.m
			return &m
		}
		return nil
	}
	if s.speaker != nil && s.speaker.ok {
		return s.speaker
	}
	return nil
}

// timeFor reads an appeal told as "it is time for X to act" or "the need
// for X to act" (cue class appealfor), in a speaker's words: the speaker
// URGED X. Cost: linear in the sentence.
func (ar *article) timeFor(s *sent) {
	if !s.mayKey(keyAppealFor) {
		return // (no appealfor cue: nothing to read)
	}
	toks := s.toks
	for k := 1; k+3 < len(toks); k++ {
		n := s.cue(ar.x.lex, k, lexicon.AppealFor)
		if n == 0 {
			continue
		}
		b := k + n
		if b < len(toks) && s.at[b] < 0 && s.is(b, lexicon.Det) && s.gAt[b] < 0 {
			b++ // "the need for the Turkish troops to withdraw"
		}
		if b >= len(toks) || s.gAt[b] < 0 {
			continue
		}
		g := s.groups[s.gAt[b]]
		e := g.end
		if e < len(toks) && s.isWord(e, lexicon.OrganNoun) {
			e++ // "the Iraqi troops to withdraw"
		}
		if g.start > b || e >= len(toks) || toks[e].Lower != "to" || ar.blocked(s, k) {
			continue
		}
		src := ar.wordsSpeaker(s, k)
		if src == nil {
			continue
		}
		ar.emitAll(s, []mention{*src}, graph.Urged, ar.otherSide([]mention{*src}, s.groupMentions(s.gAt[b])), triggerText(toks[k:k+n]), wAppeal)
	}
}

// helpFrom reads "with help from X", "backed by X", "supported by X": X
// SUPPORTED the one helped, the subject of the clause or, when it names no
// actor, the actor named before.
func (ar *article) helpFrom(s *sent) {
	if !s.mayCue(lexicon.Help) {
		return // (no cue of its class: nothing to read)
	}
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		n := s.cue(ar.x.lex, k, lexicon.Help)
		if n == 0 || ar.blocked(s, k) {
			continue
		}
		srcs, _ := ar.objectAt(s, k+n)
		if len(srcs) == 0 {
			srcs = ar.including(s, k+n) // "got support from allies including the US and the EU"
		}
		if len(srcs) == 0 {
			continue
		}
		var tgts []mention
		w := wHelp
		if toks[k].Lower != "with" {
			// "Hezbollah, backed by Iran," / "efforts supported by the US"
			g := k - 1
			for g >= 0 && toks[g].Text == "," {
				g--
			}
			if g >= 0 && s.gAt[g] >= 0 {
				tgts = s.groupMentions(s.gAt[g])
				w = wPassive
			}
		} else if o := ar.actOwnerBefore(s, k); o != nil {
			// "the M23's offensive and advances towards Goma with the
			// support of the Rwanda Defence Forces": the act's owner is
			// helped, not the clause's subject
			tgts = []mention{*o}
		} else if ar.interceptedBefore(s, k) {
			// "most of the missiles were intercepted with help from the
			// United States": the side defending, the state the speaker
			// speaks for ("the Israeli military said"), else the target of
			// the latest attack
			tgts = ar.defender(s, srcs)
		} else if sg, _ := ar.subject(s, k, nil); len(sg) > 0 && !(k > 0 && toks[k-1].Text == ",") {
			tgts = before(sg, k) // (the helpers themselves are none of the helped)
		} else if k > 0 && toks[k-1].Text == "," {
			// "the forces of A and B, with support from C, struck": the
			// subject before the parenthetical
			if sg, _ := ar.subject(s, k-1, nil); len(sg) > 0 {
				tgts = sg
			}
		}
		if len(tgts) == 0 && toks[k].Lower != "with" && k > 0 && s.is(k-1, lexicon.PassAux) {
			// "Guaido, who is backed by the US": the passive's subject
			if sg, _ := ar.subject(s, k-1, nil); len(sg) > 0 {
				tgts, w = sg, wPassive
			}
		}
		if len(tgts) == 0 && toks[k].Lower != "with" {
			// "Haftar's march was backed by X": the possessor of the subject
			if cs := ar.clauseStart(s, k); cs < len(toks) && s.at[cs] >= 0 {
				if m := s.ments[s.at[cs]]; m.ok && !m.media && m.end < k && toks[m.end].Kind == text.Poss {
					tgts, w = []mention{m}, wPassive
				}
			}
		}
		if len(tgts) == 0 {
			for q := len(s.ments) - 1; q >= 0; q-- {
				m := s.ments[q]
				if m.start < k && m.ok && !m.media && !m.possPron && s.gAt[m.start] >= 0 && len(s.groups[s.gAt[m.start]].ms) > 1 && s.groups[s.gAt[m.start]].end <= k {
					// "the militaries of A and B, at the direction of their
					// governments with support from C": the last group before
					tgts = s.groupMentions(s.gAt[m.start])
					break
				}
				if m.start < k && m.ok && !m.media && !m.possPron {
					if m.actor.Kind != graph.State && m.actor.Country != "" {
						m.actor = stateActor(m.actor.Country)
					}
					tgts = []mention{m}
					break
				}
			}
		}
		ar.emitAll(s, srcs, graph.Supported, tgts, triggerText(toks[k:k+n]), w)
		k += n - 1
	}
}

// actOwnerBefore returns the owner of the act noun of force nearest before
// k in its clause ("the M23 armed group's ongoing offensive and advances
// towards Goma ... with the support of X"), or nil. It reads at most
// fourteen tokens back.
func (ar *article) actOwnerBefore(s *sent, k int) *mention {
	cs := ar.clauseStart(s, k)
	for q := k - 1; q >= cs && q >= k-14; q-- {
		if ar.attackNoun(s, q) {
			// back over adjectives to a possessive: "the M23 armed
			// group's ongoing offensive", "Haftar's offensive"
			b := q - 1
			for b > cs && s.at[b] < 0 && (s.is(b, lexicon.Adj) || s.toks[b].Kind == text.Word && !s.toks[b].Cap && !s.is(b, lexicon.Prep) && q-b <= 2) {
				b--
			}
			if b > cs && s.toks[b].Kind == text.Poss {
				h := b - 1
				for h > cs && s.at[h] < 0 && s.toks[h].Kind == text.Word && !s.toks[h].Cap && b-h <= 2 {
					h-- // "the M23 armed group's": past the head nouns
				}
				if s.at[h] >= 0 {
					if o := &s.ments[s.at[h]]; o.ok && !o.media && !o.possPron {
						return o
					}
				}
			}
			if q >= 2 && s.toks[q-1].Lower == "and" && ar.attackNoun(s, q-2) {
				continue // "offensive and advances": the first noun's owner
			}
			return nil
		}
	}
	return nil
}

// before returns the mentions of ms that start before k.
func before(ms []mention, k int) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		if m.start < k {
			out = append(out, m)
		}
	}
	return out
}

// interceptedBefore reports whether the clause before k says that weapons
// were stopped: "were intercepted", "were shot down".
func (ar *article) interceptedBefore(s *sent, k int) bool {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if s.isWord(q, lexicon.InterceptVerb) {
			return q > 0 && s.is(q-1, lexicon.PassAux)
		}
	}
	return false
}

// defender is the side that stopped an attack, for "intercepted with help
// from X": the state of a speaker in the sentence ("the Israeli military
// said"), else the target of the latest attack in the article; never
// one of helpers.
func (ar *article) defender(s *sent, helpers []mention) []mention {
	for q := range s.ments {
		m := s.ments[q]
		if !m.ok || m.media || sameActor(m, helpers) {
			continue
		}
		if m.actor.Country != "" && m.end < len(s.toks) && (s.is(m.end, lexicon.Say) || m.end+1 < len(s.toks) && s.is(m.end+1, lexicon.Say)) {
			m.actor = stateActor(m.actor.Country)
			return []mention{m}
		}
	}
	for e := len(ar.out) - 1; e >= 0; e-- {
		ed := ar.out[e]
		if ed.Relation != graph.Attacked || ed.SentenceIndex < s.Index-eventWindow {
			continue
		}
		m := mention{actor: ed.Target, ok: true, via: viaDefinite}
		if sameActor(m, helpers) {
			return nil
		}
		return []mention{m}
	}
	return nil
}

// rightToDefend reads the affirmation of a party's right to self-defence
// as support: "Israel has a right to defend itself," X said.
func (ar *article) rightToDefend(s *sent) {
	toks := s.toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower != "right" || toks[k+1].Lower != "to" {
			continue
		}
		nx := toks[k+2].Lower
		if !(strings.HasPrefix(nx, "self-defen") || nx == "defend" || nx == "self") {
			continue
		}
		// whose right: "Israel's right", "Israel has a/the right"
		var tgts []mention
		q := k - 1
		for q >= 0 && (toks[q].Lower == "a" || toks[q].Lower == "the" || toks[q].Lower == "every" || toks[q].Lower == "full") {
			q--
		}
		if q >= 0 && toks[q].Kind == text.Poss && q > 0 && s.gAt[q-1] >= 0 {
			tgts = s.groupMentions(s.gAt[q-1])
		} else if q >= 1 && s.isWord(q, lexicon.RightVerb) && s.gAt[q-1] >= 0 {
			tgts = s.groupMentions(s.gAt[q-1])
		}
		if len(tgts) == 0 {
			continue
		}
		src := ar.wordsSpeaker(s, k)
		if src == nil && tgts[0].start > 0 {
			// "Egypt affirmed Israel's right to self-defence": the subject of
			// the verb of affirming before the right's holder
			if v := tgts[0].start - 1; s.at[v] < 0 && s.isWord(v, lexicon.AffirmVerb) && !ar.blocked(s, v) {
				if subj, _ := ar.subject(s, v, nil); len(subj) > 0 {
					src = &subj[0]
				}
			}
		}
		if src == nil {
			continue
		}
		for _, t := range tgts {
			ar.emit(s, *src, graph.Supported, t, "right to "+nx, wRight)
		}
	}
}

// givesHelp reports whether the words from j up to the next preposition
// name help given (cue class given): "sent more air defence systems to",
// "sent troops to", not "sent a delegation to".
func (ar *article) givesHelp(s *sent, j int) bool {
	for k := j; k < len(s.toks) && k < j+10; k++ {
		if s.cue(ar.x.lex, k, lexicon.Given) > 0 {
			return true
		}
		if k > j && s.is(k, lexicon.Prep) || ar.stops(s, k) {
			return false
		}
	}
	return false
}

// sentToBorder reports whether what is given after j goes "to" a state's
// edge ("sent troops to the Colombian border", "to Syria's borders"): a
// deployment at the state, no help to it (cue class bordernoun). It reads
// at most ten tokens.
func (ar *article) sentToBorder(s *sent, j int) bool {
	toks := s.toks
	for k := j; k+1 < len(toks) && k < j+10; k++ {
		if toks[k].Lower != "to" {
			if ar.stops(s, k) {
				return false
			}
			continue
		}
		q := k + 1
		for q < len(toks) && s.is(q, lexicon.Det) {
			q++
		}
		if q >= len(toks) || s.at[q] < 0 {
			return false
		}
		e := s.ments[s.at[q]].end
		if e < len(toks) && toks[e].Kind == text.Poss {
			e++
		}
		return e < len(toks) && s.cue(ar.x.lex, e, lexicon.BorderNoun) > 0
	}
	return false
}

// quotedPledge reports whether the support verb at i is a pledge in the
// speaker's own words: "we will stand with Ukraine", "we will continue to
// support Israel" (relations.md: a pledge is an act now). Only "will" or
// "'ll" right before it (past "continue to", "always"), with "we" as its
// subject, inside a quotation; never negated.
func (ar *article) quotedPledge(s *sent, i int, tr *lexicon.Trigger) bool {
	toks := s.toks
	if tr.Relation != graph.Supported || toks[i].QuoteID == 0 {
		return false
	}
	k := i - 1
	for k > 0 && (strings.HasSuffix(toks[k].Lower, "ly") || toks[k].Lower == "always" || toks[k].Lower == "to" || toks[k].Lower == "continue") {
		k--
	}
	if k < 1 || toks[k].Lower != "will" && toks[k].Lower != "'ll" {
		return false
	}
	if s.is(k-1, lexicon.Neg) || k+1 < len(toks) && s.is(k+1, lexicon.Neg) {
		return false
	}
	p := k - 1
	return s.at[p] >= 0 && s.ments[s.at[p]].via == viaSpeaker || toks[p].Lower == "we"
}

// mandativeAt reports whether the words at token e open the verb of a
// mandative (subjunctive) clause with no "that" before it, as demands are
// told: "be" ("insisted the troops be withdrawn") or a bare verb, a
// lower-case word that is no auxiliary, modal, preposition or finite form
// in -s or -ed ("insisted Russia withdraw"). "insisted Russia had
// withdrawn", "insisted Russia withdraws" are statements. Cost: constant.
func mandativeAt(s *sent, e int) bool {
	if e <= 0 || e >= len(s.toks) {
		return false
	}
	t := s.toks[e]
	if t.Kind != text.Word || t.Cap {
		return false
	}
	if t.Lower == "be" {
		return true
	}
	if s.is(e, lexicon.Aux) || s.is(e, lexicon.Modal) || s.is(e, lexicon.Prep) || s.is(e, lexicon.Clause) || s.isWord(e, lexicon.Copula) || s.is(e, lexicon.Det) {
		return false
	}
	return !s.isWord(e, lexicon.Past) && !strings.HasSuffix(t.Lower, "ed") && !strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ing")
}
