package extract

import (
	"slices"
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

// thingAfterDemonym reports whether a demonym names a thing, not people
// sent by its state: "Iranian missiles", "Russian drones" (a military aid
// noun after it), unlike "a Saudi delegation".
func (ar *article) thingAfterDemonym(s *sent, m mention) bool {
	for k := m.end; k < len(s.toks) && k < m.end+3; k++ {
		w := s.toks[k].Lower
		if ar.x.lex.Is(lexicon.MilitaryAid, w) || s.isWord(k, lexicon.AssetNoun) || s.cue(ar.x.lex, k, lexicon.EvNoun) > 0 || w == "rockets" || w == "rocket" || w == "shells" || w == "missile" || w == "drone" {
			return true
		}
		if s.is(k, lexicon.Inst) {
			return s.isWord(k+1, lexicon.AssetNoun) // ("Russian military bases": the organ's property)
		}
	}
	return false
}

// disputeOver reports whether a mutual fight verb ending before j is a
// quarrel "over" something ("clashed over trade", "clashed with Japan over
// the ruling"): news tells armed clashes by where they happen, not by their
// subject.
func (ar *article) disputeOver(s *sent, j int) bool {
	for k := j; k < len(s.toks) && k < j+5; k++ {
		if s.toks[k].Lower == "over" {
			return true
		}
		// "fought two wars over the region": a war named is no quarrel
		if trs, _ := s.trigger(k); len(trs) > 0 && trs[0].Relation == graph.Attacked && trs[0].POS == lexicon.Noun {
			return false
		}
		if ar.stops(s, k) || s.toks[k].Lower == "in" || s.toks[k].Lower == "near" || s.toks[k].Lower == "along" || s.toks[k].Lower == "at" {
			return false
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

// toldBefore returns the actors told right before the noun at i, in "V
// to X" where "V to" is a trigger of telling ("expressed to China its
// outrage", "conveyed to Beijing 'our condemnation'"): a possessive
// pronoun, determiners, adjectives and quotation marks may stand between.
// It reads at most eight tokens back.
func (ar *article) toldBefore(s *sent, i int) []mention {
	toks := s.toks
	k := i - 1
	for k >= 0 && k >= i-4 && (s.at[k] < 0 && (toks[k].Kind == text.Punct && toks[k].Text != "," || s.is(k, lexicon.Det) || toks[k].Kind == text.Word && !toks[k].Cap && !s.is(k, lexicon.Prep)) ||
		s.at[k] >= 0 && s.ments[s.at[k]].possPron) {
		k--
	}
	if k < 2 || s.at[k] < 0 {
		return nil
	}
	m := s.ments[s.at[k]]
	v := m.start - 1
	if s.gAt[k] >= 0 {
		v = s.groups[s.gAt[k]].start - 1
	}
	if v < 1 || toks[v].Lower != "to" {
		return nil
	}
	if trs, n := s.trigger(v - 1); n != 2 || len(trs) == 0 || trs[0].Relation != graph.SpokeWith {
		if trs, n = s.trigger(v - 2); n != 3 || len(trs) == 0 || trs[0].Relation != graph.SpokeWith {
			return nil
		}
	}
	if s.gAt[k] >= 0 {
		return s.groupMentions(s.gAt[k])
	}
	return []mention{m}
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

// threatenedAct returns the one a threatened act told from v aims at,
// and where its phrase ends: the object of a verb of force ("to strike
// Iran"), or the one after "on" or "against" within a short phrase ("to
// impose sanctions against Turkey", "to cut aid to ..." is none).
func (ar *article) threatenedAct(s *sent, v int) ([]mention, int) {
	toks := s.toks
	if trs, n := s.trigger(v); n > 0 && trs[0].Relation == graph.Attacked && trs[0].POS == lexicon.Verb && trs[0].Frame.Obj {
		if ms, e := ar.objectAt(s, v+n); len(ms) > 0 {
			return ms, e
		}
	}
	for q := v + 1; q+1 < len(toks) && q <= v+5; q++ {
		if s.at[q] >= 0 || ar.stops(s, q) {
			break
		}
		if w := toks[q].Lower; w == "on" || w == "against" {
			return ar.objectAt(s, q+1)
		}
	}
	return nil, -1
}

// accordWith returns the party an accord noun names after "with" shortly
// before i, in the same sentence: "the deal with Iran, agreed to by ...".
func (ar *article) accordWith(s *sent, i int) []mention {
	toks := s.toks
	for q := i - 1; q >= 1 && q >= i-8; q-- {
		if toks[q].Lower != "with" || s.cue(ar.x.lex, q-1, lexicon.Accord) == 0 {
			continue
		}
		if ms, e := ar.objectAt(s, q+1); len(ms) > 0 && e <= i {
			return ms
		}
		return nil
	}
	return nil
}

// afterMeetingPair returns the joint subject of the clause a meeting noun
// phrase at np follows "after" or "following" in: "Peru and Chile ended a
// standoff after two days of talks"; nil when the phrase is no such
// adjunct or the subject is no pair.
func (ar *article) afterMeetingPair(s *sent, np int) []mention {
	toks := s.toks
	q := np - 1
	// past "two days of", "hours of", "a week of"
	for q > 0 && q >= np-5 && s.at[q] < 0 && (toks[q].Lower == "of" || toks[q].Kind == text.Number || s.isWord(q, lexicon.NumberWord) || s.isWord(q, lexicon.TimeUnit) || s.is(q, lexicon.Det) || s.is(q, lexicon.Adj)) {
		q--
	}
	if q < 1 || toks[q].Lower != "after" && toks[q].Lower != "following" {
		return nil
	}
	cs := ar.clauseStart(s, q)
	g := ar.subjectGroup(s, cs, q)
	if g < 0 || s.groupLen(g) < 2 || gr0(s, g) != cs {
		return nil
	}
	return s.groupMentions(g)
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

// indirectObject reads "handed X a note", "gave Kyiv a loan": a light
// verb, then an actor named by name or title (never a demonym: "launched
// Iranian drones"), then "a"/"an" opening the noun phrase at np. It
// returns the verb's index and the actor, or -1.
func (ar *article) indirectObject(s *sent, np int) (int, []mention) {
	toks := s.toks
	e := np // the actor ends here, at the article
	if e < len(toks) && toks[e].Lower != "a" && toks[e].Lower != "an" {
		e--
	}
	if e < 2 || toks[e].Lower != "a" && toks[e].Lower != "an" {
		return -1, nil
	}
	if s.gAt[e-1] < 0 {
		return -1, nil
	}
	g := s.groups[s.gAt[e-1]]
	if g.end != e {
		return -1, nil
	}
	start := g.start
	if start > 0 && s.is(start-1, lexicon.Det) && s.at[start-1] < 0 {
		start--
	}
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if n := s.cue(ar.x.lex, k, lexicon.Light); n > 0 && k+n == start {
			ms := s.groupMentions(s.gAt[e-1])
			for _, m := range ms {
				if m.via == viaDemonym || !m.ok {
					return -1, nil
				}
			}
			return k, ms
		}
	}
	return -1, nil
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

// victimsBeforeWhen returns the victims of a main clause that a "when"
// or "as" clause holding the force verb at i explains: "Twenty-four
// Pakistani soldiers were killed when NATO aircraft hit two border posts"
// (the subject of a passive verb of suffering, cue class victimverb); nil
// otherwise, or when a victim is one of srcs.
func (ar *article) victimsBeforeWhen(s *sent, i int, srcs []mention) []mention {
	toks := s.toks
	cs := ar.clauseStart(s, i)
	if cs < 3 || toks[cs-1].Lower != "when" && toks[cs-1].Lower != "as" {
		return nil
	}
	v := cs - 2
	for v > 0 && (toks[v].Text == "," || strings.HasSuffix(toks[v].Lower, "ly")) {
		v--
	}
	if !s.isWord(v, lexicon.VictimVerb) || v < 2 || !s.is(v-1, lexicon.PassAux) {
		return nil
	}
	q := v - 2
	for q > 0 && s.at[q] < 0 && (s.isWord(q, lexicon.ForceNoun) || toks[q].Lower == "soldiers" || toks[q].Lower == "civilians" || toks[q].Lower == "people" || toks[q].Lower == "troops") {
		q--
	}
	if q < 0 || s.gAt[q] < 0 {
		return nil
	}
	ms := s.groupMentions(s.gAt[q])
	if len(ar.otherSide(srcs, ms)) != len(ms) {
		return nil
	}
	return ms
}

// patientAfter reports whether the actors ms read from the phrase at j
// are the patient of a noun of what is done to someone (lexicon.VictimNoun):
// "his release", "Bazoum's release", "the release of Bazoum".
func (ar *article) patientAfter(s *sent, j int, ms []mention) bool {
	toks := s.toks
	if len(ms) == 0 {
		return false
	}
	e := ms[len(ms)-1].end
	if e < len(toks) && toks[e].Kind == text.Poss {
		e++
	}
	if e < len(toks) && (ms[len(ms)-1].possPron || toks[e-1].Kind == text.Poss) && s.isWord(e, lexicon.VictimNoun) {
		return true
	}
	for q := j; q < ms[0].start && q < j+4; q++ {
		if s.isWord(q, lexicon.VictimNoun) && toks[q+1].Lower == "of" {
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

// envoyIn reports whether a noun of the lexicon's envoy class stands in
// [j, e): "the Canadian ambassador", "Colombian diplomats".
func (ar *article) envoyIn(s *sent, j, e int) bool {
	for q := j; q < e && q < len(s.toks); q++ {
		if s.cue(ar.x.lex, q, lexicon.Envoy) > 0 {
			return true
		}
	}
	return false
}

// chargedWith returns the actors charged with the act whose noun phrase
// starts at np: "blamed Iran for", "accused Russia of", "held Hamas
// responsible for" ending right before it; nil where no charge governs it.
func (ar *article) chargedWith(s *sent, np int) []mention {
	toks := s.toks
	p := np - 1
	if p < 2 || s.at[p] >= 0 || toks[p].Lower != "for" && toks[p].Lower != "of" {
		return nil
	}
	e := p
	held := false
	if w := toks[e-1].Lower; w == "responsible" || w == "accountable" {
		e, held = e-1, true
	}
	// "North Korea was (had been) responsible for": past the copula
	copula := false
	for held && e > 1 && s.at[e-1] < 0 && (s.isWord(e-1, lexicon.Copula) || s.is(e-1, lexicon.Aux)) {
		e, copula = e-1, true
	}
	if e < 1 || s.at[e-1] < 0 {
		return nil
	}
	var acc []mention
	start := s.ments[s.at[e-1]].start
	if g := s.gAt[e-1]; g >= 0 && s.groups[g].end == e {
		acc, start = s.groupMentions(g), s.groups[g].start
	} else if m := s.ments[s.at[e-1]]; m.end == e && m.ok {
		acc = []mention{m}
	}
	if len(acc) == 0 || start < 1 {
		return nil
	}
	if copula {
		return acc // "said North Korea was responsible for the sinking of"
	}
	v := start - 1
	if held {
		if w := toks[v].Lower; w != "held" && w != "holds" && w != "hold" && w != "holding" {
			return nil
		}
		return acc
	}
	for _, tr := range s.triggerEndingAt(v) {
		if tr.Relation == graph.Accused && tr.POS == lexicon.Verb {
			return acc
		}
	}
	return nil
}

// elicitor returns the agent of the subject of a verb of eliciting at ev
// ("Israel's strikes on Lebanon drew ...": Israel; "The raid by Israeli
// forces on Jenin prompted ...": Israel): the first actor of the subject
// that is no target of an act (after "on", "against", "of", ...), and none
// of the reacting srcs.
func (ar *article) elicitor(s *sent, ev int, srcs []mention) []mention {
	cs := ar.clauseStart(s, ev)
	for _, m := range s.ments {
		if m.start < cs || m.end > ev || !m.ok || m.media || m.via == viaPronoun && !m.possPron {
			continue
		}
		if m.start > 0 && s.toks[m.start-1].Kind == text.Word && s.is(m.start-1, lexicon.Prep) && s.toks[m.start-1].Lower != "by" {
			continue // "the strikes on Lebanon": a target
		}
		if sameActor(m, srcs) {
			return nil
		}
		if g := s.gAt[m.start]; g >= 0 {
			return s.groupMentions(g)
		}
		return []mention{m}
	}
	return nil
}

// recorded reports whether the sentence tells of a recording (camera,
// video, footage, film): "captured" then means filmed.
func recorded(s *sent) bool {
	for _, t := range s.toks {
		switch t.Lower {
		case "camera", "cameras", "video", "videos", "footage", "film", "filmed", "tape", "photographs", "photos":
			return true
		}
	}
	return false
}

// hostileVerbAt reports whether a verb of force, threat or charge, or of
// answering force, opens at k: what a vow must name to be a threat ("vowed
// to strike", "vowed to retaliate against", not "vowed to complain to").
func (ar *article) hostileVerbAt(s *sent, k int) bool {
	if s.cue(ar.x.lex, k, lexicon.ResponseVerb) > 0 {
		return true
	}
	trs, _ := ar.x.lex.Trigger(s.toks, k)
	for _, t := range trs {
		if t.POS == lexicon.Verb && (t.Relation == graph.Attacked || t.Relation == graph.Warned) {
			return true
		}
	}
	return false
}

// forceNounIn reports whether a noun of force (an attack noun of the
// lexicon) stands in [j, k): "military intervention", "strikes".
func (ar *article) forceNounIn(s *sent, j, k int) bool {
	for q := j; q < k; q++ {
		if ar.attackNoun(s, q) {
			return true
		}
	}
	return false
}

// futureAimed returns the one a warned future act falls on, in the clause
// from j: after "will"/"would", the actor after "to", "against", "on" or
// "for" ("would close its borders to Benin", "will bring consequences for
// Taiwan"); nil when the clause has no future or no such actor.
func (ar *article) futureAimed(s *sent, j int) []mention {
	toks := s.toks
	fut := false
	for q := j; q+1 < len(toks) && q < j+16; q++ {
		if q > j && ar.stops(s, q) && toks[q].Lower != "that" {
			return nil
		}
		switch w := toks[q].Lower; {
		case w == "will" || w == "would" || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "'d"):
			fut = true
		case fut && (w == "to" || w == "against" || w == "on" || w == "for") && s.at[q+1] >= 0 || fut && (w == "to" || w == "against" || w == "on" || w == "for") && q+2 < len(toks) && s.is(q+1, lexicon.Det) && s.at[q+2] >= 0:
			if ms, _ := ar.objectAt(s, q+1); len(ms) > 0 {
				return ms
			}
		}
	}
	return nil
}

// consequenceIn reports whether a noun of an answer or its cost (forcemet:
// "consequences", "response", "retaliation") stands in the clause from j.
func (ar *article) consequenceIn(s *sent, j int) bool {
	for q := j; q < len(s.toks) && q < j+16; q++ {
		if q > j && ar.stops(s, q) {
			return false
		}
		if s.cue(ar.x.lex, q, lexicon.ForceMet) > 0 {
			return true
		}
	}
	return false
}

// friendlyAct reports whether a meeting or support is named at q, past
// an article ("after talks with Chile", "following the summit"): no
// grievance. Its cost is one trigger lookup.
func (ar *article) friendlyAct(s *sent, q int) bool {
	if q < len(s.toks) && s.is(q, lexicon.Det) {
		q++
	}
	if q >= len(s.toks) {
		return false
	}
	trs, _ := ar.x.lex.Trigger(s.toks, q)
	return hasSense(trs, graph.SpokeWith, lexicon.Noun) || hasSense(trs, graph.Supported, lexicon.Noun)
}

// grievanceAfter reports whether a grievance (the lexicon's grievance
// cues: "over", "after", "in retaliation for") opens at e, past a time
// ("on Monday") or a comma: what makes a break of relations a charge.
func (ar *article) grievanceAfter(s *sent, e int) bool {
	toks := s.toks
	for q := e; q >= 0 && q < len(toks) && q < e+5; q++ {
		if s.cue(ar.x.lex, q, lexicon.Grievance) > 0 {
			return true
		}
		if t := toks[q]; t.Text != "," && t.Kind != text.Number && !s.is(q, lexicon.Month) && !ar.x.lex.Is(lexicon.TimeWord, t.Lower) && t.Lower != "on" && t.Lower != "in" && t.Lower != "last" && t.Lower != "this" {
			return false
		}
	}
	return false
}

// verb reads a verb trigger; it returns the sources found and whether an
// edge came of it.
func (ar *article) verb(s *sent, i, n int, tr *lexicon.Trigger, lastSrc []mention) ([]mention, bool) {
	toks := s.toks
	if tr.Relation == graph.Accused && (tr.Frame.Griev || tr.Frame.Also == graph.SpokeWith) {
		s.griefActs = true // (grievanceOwners reads its grievance)
	}
	if i >= 2 && (toks[i-1].Lower == "to" || toks[i-1].Lower == "for") && s.cue(ar.x.lex, i-2, lexicon.NounMod) == 2 {
		return nil, false // "open to talks with X", "ready for talks": an offer, a noun
	}
	if ar.blocked(s, i) && !ar.quotedPledge(s, i, tr) {
		return nil, false
	}
	if tr.Relation == graph.Attacked && tr.Frame.Recip && i >= 1 && strings.HasSuffix(toks[i].Lower, "ing") && s.is(i-1, lexicon.Prep) && s.at[i-1] < 0 {
		// "under the pretext of fighting drug trafficking": a gerund of
		// fighting after a preposition is a fight only with a party after it
		if ms, _ := ar.objectAt(s, i+n); len(ms) == 0 {
			return nil, false
		}
	}
	if i >= 2 && strings.HasSuffix(toks[i].Lower, "ed") && strings.HasSuffix(toks[i-1].Lower, "ly") && s.is(i-2, lexicon.Det) && s.at[i-2] < 0 {
		return nil, false // "the internationally backed government": an adjective
	}
	if n == 1 && i >= 1 && i+1 < len(toks) && strings.HasSuffix(toks[i].Lower, "ed") && s.at[i-1] < 0 && (s.is(i-1, lexicon.Det) || s.is(i-1, lexicon.Prep) && toks[i-1].Lower != "by" && toks[i-1].Lower != "to") &&
		!s.is(i+1, lexicon.Det) && (s.at[i+1] >= 0 && s.ments[s.at[i+1]].via == viaDemonym || toks[i+1].Kind == text.Word && !toks[i+1].Cap && !s.is(i+1, lexicon.Prep)) && !s.is(i-1, lexicon.FloatingQuant) && toks[i-1].Lower != "that" && toks[i-1].Lower != "both" {
		return nil, false // "a meeting over downed Turkish jet", "the downed plane": an adjective
	}
	if tr.Relation == graph.Supported && tr.Lemma == "supply" && ar.messageGiven(s, i+n) { // (the line of supply, provide, deliver)
		// "delivered a rebuke to X", "provided X with evidence": words, no
		// help; "delivered a message to X" is a message conveyed
		if strings.HasPrefix(toks[i].Lower, "deliver") {
			for q := i + n; q+1 < len(toks) && q < i+n+8 && !ar.stops(s, q); q++ {
				if trs, _ := s.trigger(q); len(trs) > 0 && trs[0].Relation != graph.SpokeWith {
					break // "delivered a rebuke to X": the rebuke is read as itself
				}
				if toks[q].Lower == "to" {
					if to, _ := ar.objectAt(s, q+1); len(to) > 0 {
						if srcs, w := ar.subject(s, i, lastSrc); len(srcs) > 0 {
							return srcs, ar.emitAll(s, srcs, graph.SpokeWith, ar.otherSide(srcs, to), triggerText(toks[i:i+n]), wVerb*w)
						}
					}
					break
				}
			}
		}
		return nil, false
	}
	if tr.Lemma == "push" && tr.Relation == graph.Urged {
		for q := i + n; q < len(toks) && q < i+n+7; q++ {
			if toks[q].Lower == "brink" || toks[q].Lower == "edge" {
				return nil, false // "pushed the country to the brink of war": no appeal
			}
		}
	}
	if tr.Lemma == "capture" && recorded(s) {
		return nil, false // "footage captured Chinese ships firing water cannon": filmed, not seized
	}
	if tr.Lemma == "recognise" && i >= 1 && strings.HasSuffix(toks[i-1].Lower, "ly") && (i < 2 || !s.is(i-2, lexicon.Aux)) {
		return nil, false // "Libya's internationally recognised government": an adjective
	}
	trig := triggerText(toks[i : i+n])
	j := i + n
	// passive: "was attacked by Israel", or reduced: "efforts supported by the US"
	k := i - 1
	for k >= 0 && strings.HasSuffix(toks[k].Lower, "ly") {
		k--
	}
	passive := k >= 0 && s.is(k, lexicon.PassAux) && (strings.HasSuffix(toks[i+n-1].Lower, "ed") || isParticiple(ar.x.lex, toks[i+n-1].Lower))
	if passive && j+1 < len(toks) && (toks[j].Lower == "on" || toks[j].Lower == "upon" || toks[j].Lower == "at") && toks[j+1].Lower == "by" {
		j++ // "was fired on by X": the verb's own preposition, stranded
	}
	if tr.Frame.Recip && j+2 < len(toks) && toks[j].Lower == "to" && toks[j+1].Lower == "by" && agentAfter(s, j+1) >= 0 && (strings.HasSuffix(toks[i+n-1].Lower, "ed") || isParticiple(ar.x.lex, toks[i+n-1].Lower)) {
		j++ // "the deal, agreed to by A, B and C": the verb's "to", stranded
	}
	if passive && j+3 < len(toks) && (toks[j].Lower == "at" || toks[j].Lower == "in") {
		// "were received at a hotel in the capital Luanda by X": a place
		// between the participle and its agent
		for q := j + 1; q+1 < len(toks) && q < j+10 && toks[q].Text != "," && !ar.stops(s, q); q++ {
			if toks[q].Lower == "by" {
				if agentAfter(s, q) >= 0 {
					j = q
				}
				break
			}
		}
	}
	if j+1 < len(toks) && toks[j].Lower == "by" && (passive || s.at[max(i-1, 0)] < 0) && agentAfter(s, j) >= 0 {
		passive = true // a by-agent, not "spoke by phone"
	}
	if passive {
		if (j >= len(toks) || toks[j].Lower != "by") && tr.Frame.Also != "" {
			// "X's ambassador was summoned to the foreign ministry in Minsk":
			// a summons with no agent is the host state's, told by the place
			// or, failing that, the dateline
			host := ar.postedTo(s, i)
			if host == "" {
				host = ar.hostState(s, j)
			}
			if host != "" {
				if tgts, w := ar.subject(s, i, lastSrc); len(tgts) > 0 {
					src := []mention{{actor: stateActor(host), ok: true, start: i, end: i}}
					ok := ar.emitAll(s, src, tr.Relation, envoyStates(tgts), trig, wPassive*w*wInherited)
					ar.emitAll(s, src, tr.Frame.Also, tgts, trig, wPassive*w*wInherited)
					return src, ok
				}
			}
		}
		if tr.Relation == graph.Supported && tr.Lemma == "supply" && ar.messageBefore(s, i) {
			// "the message was delivered to Iran's leadership by a US
			// delegation": a message conveyed, the meeting of its bearer and
			// its addressee (relations.md: "conveys or tells something to")
			var by, to []mention
			for q := j; q+1 < len(toks) && q < j+12 && !ar.stops(s, q); q++ {
				switch toks[q].Lower {
				case "by":
					if len(by) == 0 {
						by, _ = ar.objectAt(s, q+1)
					}
				case "to":
					if len(to) == 0 {
						to, _ = ar.objectAt(s, q+1)
					}
				}
			}
			if len(by) > 0 && len(to) > 0 {
				return by, ar.emitAll(s, by, graph.SpokeWith, ar.otherSide(by, to), trig, wPassive)
			}
			return nil, false
		}
		if tr.Relation == graph.SpokeWith && tr.Frame.Recip && j+1 < len(toks) && toks[j].Lower == "between" && !ar.blocked(s, i) {
			// "agreements were signed between A, B and C": the signatories
			if sides, _ := ar.objectAt(s, j+1); len(sides) >= 2 {
				return sides, ar.pairs(s, sides, tr.Relation, false, trig, wPassive)
			}
		}
		if j >= len(toks) || toks[j].Lower != "by" {
			// "the Chinese side was asked to refrain ..., the Indian minister
			// said": an appeal with no agent is the reporting side's (a
			// contact so told, "X was informed", was tried and cost precision
			// on the set-aside part: docs/decisions.md)
			// (an order is no appeal: "diplomats had been ordered to leave")
			if src := ar.reportingSide(s); src != nil && tr.Relation == graph.Urged && tr.POS == lexicon.Verb && !s.isWord(i, lexicon.Order) &&
				(j >= len(toks) || toks[j].Lower != "with") { // ("was met with protests": an idiom)
				if tgts, w := ar.subject(s, i, lastSrc); len(tgts) > 0 {
					return []mention{*src}, ar.emitAll(s, []mention{*src}, tr.Relation, tgts, trig, wPassive*w*wInherited)
				}
			}
			return nil, false
		}
		if tr.Relation == graph.Supported && len(tr.Frame.Preps) > 0 && s.cue(ar.x.lex, i, lexicon.Help) == 0 {
			// "the support provided by Rwanda to M23", "drones supplied by
			// Iran to Russia": the giver after "by", the one helped after
			// "to"; "drones sent by Tehran" alone names what is given, not
			// whom it helps
			given := !tr.Frame.Given
			for q := i - 1; q >= 0 && q >= i-4 && !given; q-- {
				given = s.cue(ar.x.lex, q, lexicon.Given) > 0 // "the weapons sent by", not "a delegation sent by"
			}
			for q := i - 1; q >= 0 && q >= i-4 && given; q-- {
				given = !s.is(q, lexicon.Message) // "the message was delivered by Qatar to Hamas"
			}
			if givers, e := ar.objectAt(s, j+1); given && len(givers) > 0 && e > 0 && e+1 < len(toks) && tr.Frame.HasPrep(toks[e].Lower) {
				if tgts, _ := ar.objectAt(s, e+1); len(tgts) > 0 {
					return givers, ar.emitAll(s, givers, tr.Relation, tgts, trig, wPassive)
				}
			}
			return nil, false
		}
		if tr.Relation == graph.Supported && s.cue(ar.x.lex, i, lexicon.Help) > 0 {
			return nil, false // "supported by", "backed by": the help rule reads these
		}
		srcs, be := ar.objectAt(s, j+1)
		if len(srcs) == 0 {
			return nil, false
		}
		if tr.Frame.Recip {
			srcs = append(srcs, ar.moreByAgents(s, be)...)
		}
		if tr.Relation == graph.Attacked {
			ar.noteEvent(s, srcs, true)
		}
		var tgts []mention
		w := 1.0
		// "intercepted the drones fired by Iran": a reduced relative on a
		// noun names that noun as what was acted on, never the clause's
		// subject
		reduced := !(k >= 0 && s.is(k, lexicon.PassAux)) && i > 0 && s.at[i-1] < 0 && toks[i-1].Kind == text.Word && !toks[i-1].Cap && !s.is(i-1, lexicon.Aux) &&
			!ar.attackNoun(s, i-1) && s.cue(ar.x.lex, i-1, lexicon.EvNoun) == 0 // "repelled an attack launched by X": the act's own frame
		if !reduced {
			tgts, w = ar.subject(s, i, lastSrc)
		}
		if len(tgts) == 0 && len(tr.Frame.Preps) > 0 {
			// "India's concern was conveyed by Jaishankar to Wang Yi",
			// "missiles were fired by Iran at Israel": the target after the
			// by-agent
			if _, e := ar.objectAt(s, j+1); e > 0 && e+1 < len(toks) && tr.Frame.HasPrep(toks[e].Lower) {
				if ms, _ := ar.objectAt(s, e+1); len(ms) > 0 {
					tgts, w = ms, 1
				}
			}
		}
		if len(tgts) == 0 && tr.Relation == graph.Accused && k >= 0 {
			// "Russia's invasion was condemned by the EU", "the deployment of
			// Ugandan troops was criticised by X": whose act is judged
			if m := ar.actOwner(s, ar.clauseStart(s, k), k); m != nil {
				tgts, w = []mention{*m}, 1
			}
		}
		if len(tgts) == 0 && tr.Frame.Recip && len(srcs) > 1 {
			// "the declaration signed by Kim and Moon", "the deal was
			// signed by Erdogan and Assad": the by-agents did it together,
			// and with the party an accord noun before names ("the deal
			// with Iran, agreed to by A, B and C")
			ok := ar.pairs(s, srcs, tr.Relation, tr.Frame.Mutual, trig, wPassive)
			if with := ar.accordWith(s, i); len(with) > 0 {
				ok = ar.emitAll(s, srcs, tr.Relation, ar.otherSide(srcs, with), trig, wPassive) || ok
			}
			return srcs, ok
		}
		if tr.Frame.Also == graph.SpokeWith {
			// "China's ambassador was summoned by Undersecretary X": the
			// protest is the envoy's state's, the meeting the envoy's
			ok := ar.emitAll(s, srcs, tr.Relation, envoyStates(tgts), trig, wPassive*w)
			ar.emitAll(s, srcs, tr.Frame.Also, tgts, trig, wPassive*w)
			return srcs, ok
		}
		return srcs, ar.emitAll(s, srcs, tr.Relation, tgts, trig, wPassive*w)
	}
	srcs, w := ar.subject(s, i, lastSrc)
	if sp := ar.saidAnd(s, i); sp != nil && tr.Relation != graph.Attacked && tr.Relation != graph.Supported {
		srcs, w = []mention{*sp}, 1
	}
	if len(srcs) == 0 && tr.Relation == graph.Attacked {
		// "Russia's offensive has pounded X", "its operation targeted X":
		// the owner of a force noun that is the verb's subject
		if m := ar.forceOwner(s, i); m != nil {
			srcs, w = []mention{*m}, wInherited/wVerb
		}
	}
	if len(srcs) == 0 && tr.Relation == graph.Attacked && tr.POS == lexicon.Verb {
		// "Turkey launched air raids on Sunday. The raids targeted bases of
		// the PKK": a definite act as the subject is its agent's, told before
		if cs := ar.clauseStart(s, i); cs < i {
			if e, armed := ar.eventNoun(s, cs); e > 0 && armed && e <= i && e >= i-2 {
				if ag := ar.eventAgents(s, nil, true, nounKind(ar.x.lex, toks[e-1].Lower)); len(ag) > 0 {
					srcs, w = ag, wAnaphora/wVerb
				}
			}
		}
	}
	if len(srcs) == 0 {
		return nil, false
	}
	f := tr.Frame
	rel := tr.Relation
	if f.Given && (!ar.givesHelp(s, j) || ar.sentToBorder(s, j)) {
		return srcs, false // "sent a delegation to Cairo", "sent balloons to Seoul", "sent troops to the Colombian border"
	}
	if len(f.Then) > 0 {
		// "drove X out of": the particle after the object makes the act
		// ("pushed Russian forces back": the object's head nouns may stand between)
		ms, e := ar.objectAt(s, j)
		for e >= 0 && e < len(toks) && e < j+8 && toks[e].Kind == text.Word && !toks[e].Cap &&
			!slices.Contains(f.Then, toks[e].Lower) && !s.is(e, lexicon.Prep) && !ar.stops(s, e) {
			e++
		}
		if len(ms) == 0 || e < 0 || e >= len(toks) || !slices.Contains(f.Then, toks[e].Lower) {
			return srcs, false
		}
	}
	if rel == graph.Attacked {
		// "launched joint exercises" is an act, not an attack
		ar.noteEvent(s, srcs, !ar.civilHead(s, j))
	} else if rel == graph.Supported {
		// "Cairo sent military equipment to Mogadishu": a later "the move"
		ar.noteEvent(s, srcs, false)
	}
	// "received North Korean troops": the sender supports the receiver
	if strings.HasPrefix(toks[i].Lower, "receiv") && j+1 < len(toks) && s.at[j] >= 0 {
		if m := s.ments[s.at[j]]; m.via == viaDemonym && m.ok && s.isWord(m.end, lexicon.MilitaryAid) {
			return srcs, ar.emitAll(s, []mention{m}, graph.Supported, srcs, trig, wVerb*w)
		}
	}
	var tgts []mention
	end := j
	if f.Obj {
		var e int
		jo := j
		if rel == graph.Accused && j+2 < len(toks) && toks[j].Lower == "as" {
			// "condemned as “reprehensible” the bombings by X": a
			// predicate fronted before the object
			jo = quotedOrShortPredicate(s, j+1)
		}
		if tgts, e = ar.objectAt(s, jo); e >= 0 {
			end = e
		}
		if len(tgts) == 0 && rel == graph.Supported {
			// "praised efforts by the United States": the agent credited
			if ms, e := ar.creditedAgent(s, jo); len(ms) > 0 {
				tgts, end = ms, e
			}
		}
		if len(tgts) == 0 && rel == graph.Urged {
			// "wanted a credible and transparent investigation by Israel",
			// "demanded an end to the attacks by X": the one asked to act
			if ms, e := ar.askedOfAgent(s, jo); len(ms) > 0 {
				tgts, end = ms, e
			}
		}
		fe := end
		for q := 0; q < 2 && fe > 0 && fe < len(toks) && s.at[fe] < 0 && toks[fe].Kind == text.Word && !toks[fe].Cap && !s.is(fe, lexicon.Prep) && len(tgts) > 0 && tgts[len(tgts)-1].via == viaDemonym; q++ {
			fe++ // "Russian forces": past the head after a demonym
		}
		if len(tgts) > 0 && rel == graph.Supported && n > 1 && fe+1 < len(toks) && toks[fe].Lower == "against" {
			// "fought alongside Russian forces against Ukraine": a support
			// phrase opened by a verb of force fights the one after
			// "against" too
			if trs, m := ar.x.lex.Trigger(toks[i:i+1], 0); m == 1 && hasSense(trs, graph.Attacked, lexicon.Verb) {
				if foes, _ := ar.objectAt(s, fe+1); len(foes) > 0 && !ar.blocked(s, i) {
					ar.emitAll(s, srcs, graph.Attacked, ar.otherSide(srcs, foes), trig, wVerb*w)
				}
			}
		}
		// "applauded and appreciated Pakistan": two verbs of one relation
		// share the object after the second
		if len(tgts) == 0 && j+2 < len(toks) && toks[j].Lower == "and" && s.at[j+1] < 0 {
			trs, n2 := ar.x.lex.Trigger(toks, j+1)
			if n2 == 0 && (strings.HasSuffix(toks[j+1].Lower, "ed") || s.is(j+1, lexicon.Past)) {
				n2 = 1 // "applauded and appreciated": a past form of no other relation
			} else if n2 > 0 && !hasSense(trs, rel, lexicon.Verb) {
				n2 = 0
			}
			if n2 > 0 {
				if tgts, e = ar.objectAt(s, j+1+n2); e >= 0 {
					end = e
				}
			}
		}
		// "denounced as “unacceptable” the Israeli attacks": the judgement
		// stands before a shifted object
		// "condemned in the strongest terms the shelling by X": a manner
		// phrase before the object
		if len(tgts) == 0 && rel == graph.Accused && j < len(toks) && toks[j].Lower == "in" {
			for k := j + 1; k+1 < len(toks) && k < j+5; k++ {
				if toks[k].Lower == "terms" {
					if tgts, e = ar.objectAt(s, k+1); e >= 0 {
						end = e
					}
					break
				}
			}
		}
		if len(tgts) == 0 && (rel == graph.Accused || rel == graph.Supported) && j < len(toks) && toks[j].Lower == "as" {
			for k := j + 1; k < len(toks) && k < j+7; k++ {
				if ar.stops(s, k) && !quoteLike(toks[k]) {
					break
				}
				if toks[k].Lower == "the" || toks[k].Lower == "a" || toks[k].Lower == "an" {
					if tgts, e = ar.objectAt(s, k); e >= 0 {
						end = e
					}
					break
				}
			}
		}
		// "sent Iranian drones to X": the demonym says where the arms come
		// from; the one supported follows "to"
		if rel == graph.Supported && len(tgts) == 1 && tgts[0].via == viaDemonym && tgts[0].end < len(toks) && ar.x.lex.Is(lexicon.MilitaryAid, toks[tgts[0].end].Lower) {
			tgts = nil
		}
		// "expelled the Canadian ambassador in retaliation for ...": a
		// state's envoys sent home, with the grievance told
		if f.Griev && len(tgts) > 0 {
			g := e
			if n := s.cue(ar.x.lex, g, lexicon.Envoy); g >= 0 && n > 0 {
				g += n // "British diplomats": the demonym ends the object
			}
			// ("suspended Egypt over the ouster": a state or body itself put
			// out of a body needs no envoy)
			whole := tgts[0].start == j && tgts[0].actor.Kind != graph.Person && (g >= len(toks) || toks[g].Kind != text.Poss)
			if !whole && !ar.envoyIn(s, j, g) || !ar.grievanceAfter(s, g) {
				tgts = nil
			}
			// "expelled Canadian ambassador Dennis Horak over ...": the
			// envoy sent home stands for his state
			tgts = envoyStates(tgts)
		}
		// "backed up its claim that ...": a claim supported is an argument
		// corroborated, never an actor helped ("support our efforts" is)
		if rel == graph.Supported && len(tgts) > 0 && tgts[0].possPron && tgts[0].end < len(toks) && claimNounAt(s, tgts[0].end) {
			tgts = nil
		}
		// "condemned the brutal killing of Palestinians": after an act done
		// to someone, "of" names the victim, never the one accused
		if (rel == graph.Accused || rel == graph.Urged) && len(tgts) > 0 && victimAhead(ar.x.lex, toks, j, tgts[0].start) {
			tgts = nil
		}
	}
	if tr.Lemma == "welcome" && len(tgts) == 1 && tgts[0].end < len(toks) && tgts[0].start > 0 && s.at[tgts[0].start-1] < 0 && (toks[tgts[0].start-1].Lower == "the" || tgts[0].via == viaDemonym) &&
		s.is(tgts[0].end, lexicon.ConductNoun) {
		// "welcomed the US decision", "welcomed the American move": an
		// act of the one named before its noun is praised (relations.md:
		// endorsement is SUPPORTED)
		rel = graph.Supported
	}
	if tr.Lemma == "welcome" && len(tgts) == 1 && tgts[0].end+1 < len(toks) && toks[tgts[0].end].Kind == text.Poss && !ar.x.lex.Is(lexicon.TripNoun, toks[tgts[0].end+1].Lower) {
		// "welcomed Sudan's decision to join the talks": praise of an act
		// is support (relations.md: praise and endorsement are SUPPORTED);
		// "welcomed Zelensky's visit" stays a meeting
		rel = graph.Supported
	}
	if f.Tell && len(tgts) > 0 {
		// told X to ... is an appeal; "“Take the win,” X told Y" too
		if end < len(toks) && toks[end].Lower == "to" && end+1 < len(toks) && s.at[end+1] < 0 {
			rel = graph.Urged
		} else if ar.orderQuoted(s, i) {
			rel = graph.Urged
			w *= wTellOrder / wVerb
		} else if ar.toldDuty(s, end, tgts) {
			// "told the Greek Cypriots they should forget ...": the telling
			// is a contact and an appeal (as "told X that X should", whose
			// clause names X, reads)
			ar.emitAll(s, srcs, graph.Urged, ar.otherSide(srcs, tgts), triggerText(toks[i:i+n]), w)
		}
	}
	if rel == graph.Supported && f.Gap && j+1 < len(toks) && toks[j].Lower == "to" && s.at[j+1] < 0 {
		return srcs, false // "pledged to respond to X": an infinitive, not what is given
	}
	if len(tgts) == 0 && (len(f.Preps) > 0 || f.Between) {
		var posted []mention
		if rel == graph.Accused && f.HasPrep("over") && j+1 < len(toks) && toks[j].Lower == "in" {
			// "recalled its ambassador in Canberra": the envoy's post, an
			// adjunct of place pastAdjuncts steps over
			if ms, _ := ar.objectAt(s, j+1); len(ms) > 0 && ms[0].actor.Kind == graph.State {
				posted = ms
			}
		}
		j := ar.pastAdjuncts(s, j, f) // "met Wednesday in Washington with X"
		sawGrievance := false
		for k := j; k < len(toks) && k < j+12; k++ {
			// (", saying the Egyptian government had not acted": a grievance
			// told after the comma that closes the act)
			grievAt := func(q int) bool {
				return rel == graph.Accused && f.HasPrep("over") && q < len(toks) && s.cue(ar.x.lex, q, lexicon.Grievance) > 0 && !hasComma(toks[j:k])
			}
			if k > j && ar.stops(s, k) && !grievAt(k) && !(toks[k].Text == "," && grievAt(k+1)) {
				break
			}
			w := toks[k].Lower
			if f.Between && w == "between" {
				// "discussed the situation along the border between A and B":
				// a "between" inside another phrase is that phrase's
				if !ar.prepBetween(s, j, k) {
					tgts, _ = ar.objectAt(s, k+1)
				}
				break
			}
			if (rel == graph.Supported || rel == graph.Attacked) && k > j-1 && s.is(k, lexicon.Message) {
				break // "delivered the message to X", "launched an inquiry into X"
			}
			// "called crisis talks with X": calling a meeting convenes it;
			// the meeting noun owns the preposition (and tells whether the
			// talks were held)
			if rel == graph.SpokeWith && tr.Lemma == "call" && k > j && s.is(k, lexicon.TriggerStart) && s.at[k] < 0 {
				if trs, _ := ar.x.lex.Trigger(toks, k); hasSense(trs, graph.SpokeWith, lexicon.Noun) {
					break
				}
			}
			// "vowed support for X's war against Y": the vow is support, not a threat
			if rel == graph.Warned && s.is(k, lexicon.TriggerStart) {
				if trs, _ := ar.x.lex.Trigger(toks, k); len(trs) > 0 && (trs[0].Relation == graph.Supported || trs[0].Relation == graph.SpokeWith) {
					break
				}
			}
			// "threatened to strike Israel": the object of the threatened act
			if rel == graph.Warned && w == "to" && k+2 < len(toks) && s.at[k+1] < 0 {
				// "pledged to support Ukraine", "vowed to stand by Kyiv": a
				// pledge of support is support now (relations.md), no threat
				if trs, n := ar.x.lex.Trigger(toks, k+1); n > 0 && hasSense(trs, graph.Supported, lexicon.Verb) {
					if ms, _ := ar.objectAt(s, k+1+n); len(ms) > 0 {
						return srcs, ar.emitAll(s, srcs, graph.Supported, ms, triggerText(toks[i:k+1+n]), wVerb)
					}
					return srcs, false
				}
				// "vowed to intensify the offensive against X": more of an
				// act of force is force
				escalate := s.isWord(k+1, lexicon.EscalateVerb) && ar.forceNounIn(s, k+2, min(k+6, len(toks)))
				if tr.Lemma == "vow" && !ar.hostileVerbAt(s, k+1) && !escalate {
					break // "vowed to complain to the UN": a vow of no force is a plan
				}
				if ms, _ := ar.objectAt(s, k+2); len(ms) > 0 && !(len(ms) == 1 && ms[0].possPron) {
					tgts = ms
					break
				}
				// "threatened to halt trade talks with A and B unless ...": the
				// threat is stated now, against whom the act would hit
				for e := k + 2; e < len(toks) && e < k+10; e++ {
					if ar.stops(s, e) || toks[e].Lower == "unless" || toks[e].Text == "," {
						break
					}
					if s.is(e, lexicon.Prep) && e+1 < len(toks) {
						if ms, _ := ar.objectAt(s, e+1); len(ms) > 0 {
							tgts = ms
							break
						}
					}
				}
				if len(tgts) > 0 {
					break
				}
			}
			// "threatened military intervention in Niger": a threatened use
			// of force names where it would fall with "in"
			threatIn := rel == graph.Warned && w == "in" && k > j && ar.forceNounIn(s, j, k)
			// "recalled its ambassador in response to Milei's attacks": a
			// grievance phrase stands for the frame's "over"
			// (one word too, "because Doha had not ...": the cause's agent)
			grieve, grieved := 0, false
			if rel == graph.Accused && f.HasPrep("over") && !f.HasPrep(w) {
				if n := s.cue(ar.x.lex, k, lexicon.Grievance); n > 0 && !ar.friendlyAct(s, k+n) {
					grieve, grieved = n-1, true
				}
			}
			if rel == graph.Accused && f.HasPrep("over") && (w == "to" || w == "from") && posted == nil {
				// "withdrew its ambassador from Qatar": where the envoy served
				if ms, _ := ar.objectAt(s, k+1); len(ms) > 0 && ms[0].actor.Kind == graph.State {
					posted = ms
				}
			}
			if f.HasPrep(w) || threatIn || grieved {
				// (", saying ..." is a grievance only where it names its agent)
				sawGrievance = sawGrievance || w == "over" || grieved && w != "saying"
				var e int
				tgts, e = ar.objectAt(s, k+1+grieve)
				if q := k + 1; w == "saying" && q < len(toks) && s.at[q] >= 0 && s.ments[s.at[q]].via == viaPronoun {
					tgts = nil // "saying it wanted consultations": the speaker itself
				}
				if q := k + 1 + grieve; rel == graph.Accused && posted != nil && q < len(toks) && s.at[q] >= 0 && s.ments[s.at[q]].possPron {
					// "recalled its ambassador to the US over its recognition
					// of Kosovo": the host's own act
					tgts = posted
				}
				if len(tgts) == 0 && (rel == graph.Warned && w == "against" || rel == graph.Accused && (w == "against" || w == "over")) {
					// "warned against any military action by Argentina",
					// "protested against the restrictions imposed by
					// Lithuania": the agent of the act warned or protested
					// against
					tgts, e = ar.actByAgent(s, k+1)
				}
				if len(tgts) == 0 && e < 0 {
					tgts = ar.including(s, k+1)
				}
				if f.Gap && rel == graph.Accused && len(tgts) > 0 && len(ar.otherSide(srcs, tgts)) == 0 {
					// "blamed the attack on its oil facilities on Iran": the
					// source's own place is the act's, not the one blamed
					tgts = nil
					continue
				}
				if f.Griev && w == "with" && len(tgts) > 0 && !ar.grievanceAfter(s, e) {
					// "cut ties with Colombia amid violence": a break with no
					// grievance told is no accusation (relations.md)
					tgts = nil
					continue
				}
				if len(tgts) == 0 && rel == graph.Accused && k+3 < len(toks) && s.isWord(k+1, lexicon.ChargeNoun) && toks[k+2].Lower == "that" {
					// "cut ties with Qatar over claims that Doha funds
					// extremists": the one the claims name (relations.md)
					tgts, _ = ar.objectAt(s, k+3)
				}
				if len(tgts) == 0 && rel == graph.Accused && w == "over" {
					// "recalled its ambassador over the strikes": the agent of
					// the act the noun names
					tgts = ar.anaphoricTarget(s, k+1, srcs)
				}
				if len(tgts) > 0 && rel == graph.Accused && (grieved || w == "over") && victimAhead(ar.x.lex, toks, k+1, tgts[0].start) {
					tgts = nil // "over the assassination of Hariri": a victim, not the one blamed
				}
				if len(tgts) > 0 || !f.Gap {
					break
				}
			}
			if !f.Gap && k > j+1 {
				break
			}
			if s.at[k] >= 0 && !s.ments[s.at[k]].possPron && !f.Gap {
				break
			}
		}
		if len(tgts) == 0 && sawGrievance && posted != nil {
			// "withdrew its ambassador from Argentina over the insults": a
			// grievance with no agent named is held against the envoy's host
			tgts = posted
		}
	}
	if rel == graph.Attacked && ar.civilObject(s, j) {
		return srcs, false // "struck a deal with Iran", "launched a probe into Israel's ..."
	}
	if rel == graph.SpokeWith && ar.setForLater(s, j) {
		return srcs, false // "talks with A and B for next week"
	}
	if len(tgts) == 0 && rel == graph.Attacked && f.Obj {
		// "struck more than 100 targets across Gaza, including Hamas
		// command centres"
		tgts = ar.includingFar(s, j)
	}
	if len(tgts) == 0 && (rel == graph.Urged || rel == graph.Warned || rel == graph.Accused) && f.Obj {
		// "urged all countries, including Peru, to respect the ruling"
		tgts = ar.including(s, j)
	}
	if len(tgts) == 0 && len(srcs) > 1 && j+1 < len(toks) && reciprocal(toks[j:]) {
		// "Israel and Hamas accused each other", "each side blaming the other"
		return srcs, ar.pairs(s, srcs, rel, true, trig, wBetween*w)
	}
	if len(tgts) == 0 && rel == graph.Attacked {
		// "struck Houthi-controlled ports in Yemen": the group that holds
		// the target, before the state where it lies
		if g := ar.heldBy(s, end); len(g) > 0 {
			tgts = g
		}
	}
	if len(tgts) == 0 && rel == graph.Attacked {
		// "struck a bus in Ukraine's Sumy region": the state where it hit
		if loc := ar.placeAfter(s, end); len(loc) > 0 {
			tgts = loc
			w *= wPlace / wVerb
		}
	}
	if len(tgts) == 0 && rel == graph.Attacked {
		// "24 Pakistani soldiers were killed when NATO aircraft hit two
		// border posts": the victims of the main clause
		tgts = ar.victimsBeforeWhen(s, i, srcs)
	}
	if len(tgts) == 0 && rel == graph.Warned {
		// "threatened to use force if Taiwan declares independence", "warned
		// it would respond unless Israel withdrew": the threat is aimed at
		// the subject of the condition
		for k := end; k < len(toks) && k < end+14; k++ {
			if toks[k].Lower == "if" || toks[k].Lower == "unless" || toks[k].Lower == "should" && k > end {
				if ms, _ := ar.objectAt(s, k+1); len(ms) > 0 && (k+1 >= len(toks) || s.at[k+1] >= 0 || s.is(k+1, lexicon.Det)) {
					tgts = ar.otherSide(srcs, ms)
				}
				break
			}
			if toks[k].Text == ";" || toks[k].Text == "." || s.at[k] >= 0 && !s.ments[s.at[k]].possPron && s.ments[s.at[k]].via != viaPronoun {
				break
			}
		}
		// "Kim slammed Seoul for the drills, warning of a disaster": a
		// warning told by a participle after the main clause is aimed at
		// its object
		if len(tgts) == 0 && i > 1 && toks[i-1].Text == "," && strings.HasSuffix(toks[i].Lower, "ing") {
			if obj := ar.mainObject(s, i-1, srcs); len(obj) > 0 {
				tgts = obj
				// "visited Kyiv, pledging more aid": a pledge of aid is
				// support now (relations.md: a pledge is an act now)
				if tr.Lemma == "vow" && ar.aidPledged(s, i+n) {
					rel = graph.Supported
				}
			}
		}
	}
	if len(tgts) == 0 && f.That {
		// "demanded that Israel withdraw", "charged on Friday that ..."
		k := timeSpan(s, end)
		if k < len(toks) && toks[k].Lower == "," {
			k++
		}
		if k < len(toks) && toks[k].Lower == "that" {
			var e int
			tgts, e = ar.objectAt(s, k+1)
			if rel == graph.Urged && e > 0 && e < len(toks) && (toks[e].Lower == "would" || toks[e].Lower == "will") {
				tgts = nil // "insisted that the UN would seek ...": an assurance, not an appeal
			}
			if rel == graph.Urged && e > 0 && e < len(toks) && assertedClause(s, e) {
				tgts = nil // "insisting that the Philippine ships had entered ...": a claim of fact, not an appeal
			}
			if rel == graph.Warned && (len(tgts) == 0 || len(ar.otherSide(srcs, tgts)) == 0) {
				// "warned that it would close its borders to Benin", "warned
				// that the visit will bring bad consequences for Taiwan": the
				// one a future act or its consequences fall on
				// (the complement's subject is the warner itself: "it", "we",
				// "they", or the warner named again)
				own := len(tgts) > 0 || k+1 < len(toks) && s.at[k+1] >= 0 && s.ments[s.at[k+1]].via == viaPronoun && !s.ments[s.at[k+1]].possPron
				if own || ar.consequenceIn(s, k+1) {
					tgts = ar.futureAimed(s, k+1)
				} else {
					tgts = nil // "warned that the fighting would spread to Lebanon": a forecast
				}
			}
		} else if rel == graph.Urged && !f.Obj && k < len(toks) && s.at[k] >= 0 || rel == graph.Urged && !f.Obj && k+1 < len(toks) && s.isWord(k, lexicon.Article) && s.at[k+1] >= 0 {
			// "insisted Russia withdraw", "insisted the Russian troops be
			// pulled out": a demand with no "that" (mandativeAt)
			ms, e := ar.objectAt(s, k)
			for q := 0; q < 2 && e > 0 && e < len(toks); q++ {
				if n := s.cue(ar.x.lex, e, lexicon.Inst); n > 0 {
					e += n // "the Russian troops be"
				}
			}
			if len(ms) > 0 && mandativeAt(s, e) {
				tgts = ms
			}
		}
	}
	if rel == graph.Accused && f.Obj {
		// "condemned the military takeover in Niger", "the impeachment of
		// Lugo": the state whose rulers seized or used power
		if st, ok := ar.seizedState(s, j); ok && len(st) > 0 {
			tgts = st
		}
	}
	if len(tgts) == 0 && rel == graph.Accused && f.Obj {
		// "Ankara condemned the raid": the agent of the act named before
		if ag := ar.anaphoricTarget(s, j, srcs); len(ag) > 0 {
			return srcs, ar.emitAll(s, srcs, rel, ag, trig, wAnaphora*w)
		}
		if len(srcs) > 0 && srcs[0].start < i && ar.frontedEvent(s, srcs[0].start) {
			// "..., a move Addis Ababa condemned as destabilising"
			if ag := ar.eventAgents(s, srcs, false, ""); len(ag) > 0 {
				return srcs, ar.emitAll(s, srcs, rel, ag, trig, wAnaphora*w)
			}
		}
	}
	if tr.Lemma == "arrive" && len(srcs) > 0 && srcs[0].via == viaDemonym && ar.thingAfterDemonym(s, srcs[0]) {
		return srcs, false // "Iranian missiles landed in Israel": no visitor
	}
	if rel == graph.SpokeWith && f.Obj && len(tgts) > 0 && tgts[0].via == viaDemonym && ar.thingAfterDemonym(s, tgts[0]) {
		return srcs, false // "host Russian military bases", "received Iranian drones": no guest
	}
	if tr.Lemma == "welcome" && rel == graph.SpokeWith && len(tgts) > 0 && tgts[0].end < len(toks) && toks[tgts[0].end].Kind == text.Poss {
		return srcs, false // "welcomed Zelensky's visit": no guest in the sentence
	}
	if rel == graph.Attacked && f.Mutual && f.HasPrep("against") && i > 0 && toks[i-1].Lower == "to" {
		return srcs, false // "brought Wagner there to fight against the rebels": a purpose
	}
	if tr.Lemma == "engage" && (i+n >= len(toks) || toks[i+n].Lower != "with") {
		return srcs, false // "engaged with X" is contact; "engaged in fighting with X" is the fighting's
	}
	if tr.Lemma == "down" && (i == 0 || toks[i-1].Lower != "to") {
		return srcs, false // only "scrambled jets to down X's drones"
	}
	if tr.Lemma == "want" && len(tgts) > 0 && (end >= len(toks) || toks[end].Lower != "to") && !ar.aidSoughtOf(s, tgts) {
		return srcs, false // "wants X to act" is an appeal; "wants Greenland" is none
	}
	if rel == graph.Attacked && f.Mutual && ar.disputeOver(s, i+n) {
		return srcs, false // "A and B clashed over trade": a quarrel, not a fight
	}
	if len(tgts) == 0 && rel == graph.Warned && len(srcs) > 0 && (strings.HasSuffix(toks[i].Lower, "ed") || s.is(i, lexicon.Past)) {
		// "imposed sanctions on Niger and threatened military action": a
		// threat with no target of its own aims at the object of the verb
		// it is coordinated with
		tgts = ar.sharedObject(s, i, srcs)
	}
	if len(tgts) == 0 {
		if f.Recip && len(srcs) > 1 && !(rel == graph.SpokeWith && i+n < len(toks) && toks[i+n].Lower == "of") {
			// ("A and B spoke of misunderstandings": they named something,
			// not each other)
			return srcs, ar.pairs(s, srcs, rel, f.Mutual, trig, wBetween*w)
		}
		return srcs, false
	}
	if f.Also != "" || tr.Lemma == "order" || tr.Lemma == "visit" || tr.Lemma == "arrive" {
		// "Putin summoned his Security Council", "ordered the army to",
		// "Netanyahu arrived in Israel": a state's dealings with its own
		// organs, or a leader coming home, are no edge
		tgts = ar.otherSide(srcs, tgts)
	}
	// "accused Russia of occupying Abkhazia", "annexed Crimea": land is its
	// state's; a breakaway authority occupied is its parent state
	if tr.Lemma == "occupy" || tr.Lemma == "annex" {
		for q := range tgts {
			if e := tgts[q].end; e < len(toks) && toks[e].Kind == text.Word && !toks[e].Cap && toks[e].Lower != "and" && toks[e].Lower != "or" && !s.is(e, lexicon.Prep) && !s.is(e, lexicon.Clause) && !s.is(e, lexicon.Aux) {
				continue // "occupied Hezbollah positions": the body's, not its land
			}
			if a := tgts[q].actor; a.Kind == graph.Org && a.Country != "" && !ar.x.stateOrgans[a.Name] && a.Country != countryOf(srcs[0].actor) {
				tgts[q].actor = stateActor(a.Country)
			}
		}
	}
	// "accused Algeria of shooting down one of its drones": an "its" that
	// would make an attack the source's own is the other actor's
	for q := range tgts {
		if rel == graph.Attacked && tgts[q].possPron && (tgts[q].pron == "its" || tgts[q].pron == "their") && sameActor(tgts[q], srcs) {
			if o, ok := ar.nearestOther(s, tgts[q].start, srcs); ok {
				tgts[q] = o
			}
		}
	}
	if rel == graph.Warned && ar.warnedCharge(s, j, end) {
		// "warned that X was massing troops" is a charge (relations.md)
		rel = graph.Accused
	}
	if rel == graph.Urged {
		// "called for Russia to be held accountable": a charge against
		// Russia, no appeal to it (relations.md: "hold accountable");
		// "called for Kosovo to be included": no appeal to Kosovo either
		if accuse, passive := heldToAccount(s, tgts); accuse {
			rel = graph.Accused
		} else if passive {
			return srcs, false
		}
	}
	if rel == graph.Urged && ar.apologyAsked(s, i+n, end) {
		// "demanded an apology from X", "demanded Tokyo accept
		// responsibility": the demand blames X too
		ar.emitAll(s, srcs, graph.Accused, tgts, trig, wVerb*w*wInherited)
	}
	var ok bool
	if f.Also == graph.SpokeWith {
		// a summons: the protest is the envoy's state's, the meeting the envoy's
		ok = ar.emitAll(s, srcs, rel, envoyStates(forumsOut(tr, tgts)), trig, wVerb*w)
	} else {
		ok = ar.emitAll(s, srcs, rel, tgts, trig, wVerb*w)
	}
	if f.Also != "" {
		ar.emitAll(s, srcs, f.Also, tgts, trig, wVerb*w)
	}
	if f.Mutual {
		ar.emitAll(s, tgts, rel, srcs, trig, wVerb*w)
	}
	if rel == graph.Urged && ok {
		if inner := ar.nestedAppeal(s, tgts); len(inner) > 0 {
			ar.emitAll(s, srcs, rel, inner, trig, wVerb*w*wInherited)
		}
	}
	return srcs, ok
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

// civilObject reports whether the object after an attack verb at j is no
// weapon or target but a deal, an inquiry, a campaign ("message" cues).
func (ar *article) civilObject(s *sent, j int) bool {
	for k := j; k < len(s.toks) && k < j+4; k++ {
		if s.is(k, lexicon.Message) {
			return true
		}
		if s.at[k] >= 0 || ar.stops(s, k) {
			return false
		}
	}
	return false
}

// messageGiven reports whether what a verb of giving at j gives is a
// message (cue class message: "a rebuke", "evidence", "details"), told
// as its object or after "with" within a few words.
func (ar *article) messageGiven(s *sent, j int) bool {
	for k := j; k < len(s.toks) && k < j+6; k++ {
		if s.at[k] >= 0 {
			continue // the one given to: "provided Estonia with evidence"
		}
		if s.is(k, lexicon.Message) {
			return true
		}
		if ar.stops(s, k) {
			return false
		}
	}
	return false
}

// messageBefore reports whether a message noun (cue class message) stands
// in the few words before a verb at i: "the message was delivered".
func (ar *article) messageBefore(s *sent, i int) bool {
	for q := i - 1; q >= 0 && q >= i-4; q-- {
		if s.is(q, lexicon.Message) {
			return true
		}
		if s.at[q] >= 0 {
			return false
		}
	}
	return false
}

// civilHead reports whether the object phrase at j is headed by a civil
// thing (cue class message: exercises, a deal, a probe), looking past
// determiners, possessives and modifiers: "launched their annual joint
// military exercises".
func (ar *article) civilHead(s *sent, j int) bool {
	for k := j; k < len(s.toks) && k < j+7; k++ {
		if s.is(k, lexicon.Message) {
			return true
		}
		if s.at[k] >= 0 && !s.ments[s.at[k]].possPron || ar.stops(s, k) || s.is(k, lexicon.Prep) {
			return false
		}
	}
	return false
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

// lightVerb returns the position of a light verb ending right before the
// noun phrase at np ("carried out", "issued", "reaffirmed"), or -1.
func (ar *article) lightVerb(s *sent, np int, class lexicon.Class) int {
	// "carried out a series of airstrikes": past a partitive (a
	// determiner of several words)
	for k := np - 1; k >= 0 && k >= np-4; k-- {
		if n := s.cue(ar.x.lex, k, lexicon.Det); n > 1 && k+n == np {
			np = k
			break
		}
	}
	// "announced $500 million in military aid": past an amount
	if np >= 2 && (s.toks[np-1].Lower == "in" || s.toks[np-1].Lower == "of") {
		k := np - 2
		for k >= 0 && k >= np-6 && (s.toks[k].Kind == text.Number || s.isWord(k, lexicon.Money) || s.toks[k].Text == "$" || s.toks[k].Text == "€" || s.toks[k].Text == "£") {
			k--
		}
		if k+1 <= np-2 { // at least one word of amount
			np = k + 1
			// "announced today an additional $500 million of aid"
			for np > 0 && np >= k-2 && s.at[np-1] < 0 && (s.is(np-1, lexicon.Det) || s.is(np-1, lexicon.Adj) || s.isWord(np-1, lexicon.TimeWord)) {
				np--
			}
		}
	}
	for k := np - 1; k >= 0 && k >= np-3; k-- {
		if n := s.cue(ar.x.lex, k, class); n > 0 && k+n == np {
			return k
		}
	}
	return -1
}

// noun reads a nominal trigger: "Iran's attack on Israel", "a deadly strike
// by Israel on Tehran's consulate", "talks between A and B", "Israel
// carried out an airstrike on Iran".
func (ar *article) noun(s *sent, i, n int, tr *lexicon.Trigger, lastSrc []mention) ([]mention, bool) {
	toks := s.toks
	f := tr.Frame
	if tr.Relation == graph.Attacked && i > 0 && s.is(i-1, lexicon.CivilMod) {
		return nil, false // "the trade war between", "a diplomatic offensive"
	}
	if tr.Relation == graph.Attacked && !f.Between && ar.hyphenPairBefore(s, i) {
		return nil, false // "the US-British strikes on X": the pair's act (hyphenPairs)
	}
	if tr.Relation == graph.Attacked && s.isWord(i+n, lexicon.CompoundHead) && s.at[i+n] < 0 {
		return nil, false // "a Russian war plane", "attack drones": a thing, no act
	}
	if tr.Relation == graph.Attacked && i+n+1 < len(toks) && toks[i+n].Lower == "of" && toks[i+n+1].Lower == "words" {
		return nil, false // "a war of words": words, no force
	}
	if tr.Relation == graph.Attacked && i >= 2 && toks[i-1].Lower == "of" && s.isWord(i-2, lexicon.CivilMod) {
		return nil, false // "prisoners of war between A and B": persons, no fighting told
	}
	if tr.Relation == graph.SpokeWith && ar.setForLater(s, i+n) {
		return nil, false // "called crisis talks with A and B for next week"
	}
	trig := triggerText(toks[i : i+n])
	var srcs []mention
	w := wNoun
	// left of the noun: adjectives, then a possessor or an attributive actor
	k := i - 1
	for k >= 0 && i-k <= 6 && s.at[k] < 0 && (s.is(k, lexicon.Adj) || quoteLike(toks[k]) || toks[k].Kind == text.Number || s.isWord(k, lexicon.Money) || s.is(k, lexicon.Month) && k+1 < i && toks[k+1].Kind == text.Number ||
		s.is(k, lexicon.NounMod) || toks[k].Kind == text.Word && !toks[k].Cap && strings.Contains(toks[k].Lower, "-") || mediatedCompound(ar.x.lex, toks[k]) ||
		// "Russia's illegal, unprovoked and unjustified war": words of
		// judgement as adjectives, coordinated
		toks[k].Kind == text.Word && !toks[k].Cap && s.isWord(k, lexicon.NegEval) ||
		(toks[k].Lower == "and" || toks[k].Text == ",") && k > 0 && k+1 < i && s.at[k-1] < 0 && s.isWord(k-1, lexicon.NegEval) && (s.is(k+1, lexicon.Adj) || s.isWord(k+1, lexicon.NegEval))) {
		if s.is(k, lexicon.NounMod) {
			return nil, false // "possible strike", "any attack", "further attacks"
		}
		k--
	}
	np := k + 1
	// "a state visit", "a working visit": a noun modifier between an
	// article and the noun
	// ("a security agreement", and after a possessor for any act but
	// force, "Libya's trade deal", "India's growing concern at": a word
	// that only begins other triggers is a modifier here, see
	// triggerHere; "their immediate conflict of interest" is no force)
	if k >= 1 && s.at[k] < 0 && toks[k].Kind == text.Word && !toks[k].Cap && (s.isWord(k-1, lexicon.Article) && s.at[k-1] < 0 || tr.Relation != graph.Attacked && ar.possessorBefore(s, k)) &&
		!s.is(k, lexicon.Prep) && !s.is(k, lexicon.Aux) && !s.is(k, lexicon.Det) && !s.triggerHere(k) && !s.is(k, lexicon.Clause) {
		np, k = k, k-1
	} else if b := ar.twoModifiers(s, k, tr.Relation); b >= 0 {
		np, k = b, b-1 // "his recent state visit"
	}
	possessor := -1
	possessive := false // a true possessor ("Iran's", "its"), not an attributive actor
	if k >= 1 && toks[k].Kind == text.Poss && s.at[k-1] < 0 && s.isWord(k-1, lexicon.TimeWord) {
		// "claimed responsibility for Saturday's attack", "carried out last
		// week's strike": a time owns the act, the phrase starts before it
		np = k - 1
		if np > 0 && (toks[np-1].Lower == "last" || toks[np-1].Lower == "this" || toks[np-1].Lower == "the") {
			np--
		}
		k = np - 1
	}
	if k >= 0 && toks[k].Kind == text.Poss {
		possessor, possessive = k-1, true
	} else if k >= 0 && s.at[k] >= 0 {
		possessor = k
		possessive = s.ments[s.at[k]].possPron
	}
	if possessor >= 0 && s.at[possessor] >= 0 {
		m := s.ments[s.at[possessor]]
		switch {
		case m.possPron && m.ok:
			srcs = []mention{m}
			np = m.start
		case m.possPron && m.pron == "their" && !s.is(i+n-1, lexicon.Message):
			// "Lavrov and Safadi ... after their meeting": the pair named before
			np = m.start
			for g := len(s.groups) - 1; g >= 0; g-- {
				if s.groups[g].end <= m.start && len(s.groups[g].ms) > 1 {
					srcs = s.groupMentions(g)
					break
				}
			}
		case m.possPron:
			np = m.start
		case !possessive && f.Recip && tr.Relation == graph.SpokeWith && m.ok && m.actor.Kind == graph.Org && m.end == possessor+1:
			// "a Commonwealth summit", "the NATO meeting": the body
			// names the forum, not a party to the talks
			np = m.start
		case s.gAt[possessor] >= 0:
			g := s.gAt[possessor]
			srcs = s.groupMentions(g)
			np = s.groups[g].start
		}
	}
	var tgts []mention
	if f.PossObj {
		// "Syria's main backer": the possessor is the one backed; the source
		// is the appositive head ("Iran, the main backer of ...,") or the
		// subject of a copula ("Iran is the main backer of ...")
		tgts, srcs = srcs, nil
		q := np - 1
		for q >= 0 && q >= np-5 && s.at[q] < 0 && toks[q].Kind == text.Word && !toks[q].Cap && !s.isWord(q, lexicon.Copula) {
			q--
		}
		if q >= 1 && s.isWord(q, lexicon.Copula) {
			// "Turkey has long been a backer of": past the auxiliary and
			// an adverb to the copula's subject
			for q >= 2 && s.at[q-1] < 0 && (s.is(q-1, lexicon.Aux) || toks[q-1].Lower == "long" || toks[q-1].Lower == "also" || strings.HasSuffix(toks[q-1].Lower, "ly")) {
				q--
			}
		}
		if q >= 1 && (toks[q].Text == "," || s.isWord(q, lexicon.Copula) || s.is(q, lexicon.Aux)) && s.gAt[q-1] >= 0 && s.groups[s.gAt[q-1]].end == q {
			srcs = s.groupMentions(s.gAt[q-1])
		}
		// "Hezbollah's main backer, Iran, ...": the appositive after it
		if e := i + n; len(srcs) == 0 && e+1 < len(toks) && toks[e].Text == "," && s.gAt[e+1] >= 0 {
			if g := s.groups[s.gAt[e+1]]; g.start == e+1 && (g.end == len(toks) || toks[g.end].Text == "," || toks[g.end].Text == ".") {
				srcs = s.groupMentions(s.gAt[e+1])
			}
		}
	}
	if q := np - 1; q >= 2 && s.at[q] < 0 && s.is(q, lexicon.Det) && (toks[q-1].Lower == "of" || toks[q-1].Lower == "on") && s.cue(ar.x.lex, q-2, lexicon.NounMod) == 2 {
		return nil, false // "fears of a new conflict between", "the risk of a war"
	}
	if np >= 2 && (toks[np-1].Lower == "of" || toks[np-1].Lower == "to" || toks[np-1].Lower == "for" || toks[np-1].Lower == "on") && s.cue(ar.x.lex, np-2, lexicon.NounMod) == 2 {
		return nil, false // "the chance of conflict between", "the risk of war", "open to talks with"
	}
	for q := np - 1; q >= 0 && q >= np-2; q-- {
		if s.is(q, lexicon.NounMod) || s.is(q, lexicon.Neg) {
			return nil, false
		}
		if toks[q].Lower != "a" && toks[q].Lower != "an" && toks[q].Lower != "the" && !s.is(q, lexicon.Adj) {
			break
		}
	}
	// skip a determiner before the noun phrase
	for np > 0 && s.is(np-1, lexicon.Det) && s.at[np-1] < 0 {
		np--
	}
	// "threatened strikes on Ukraine", "vowed a military operation
	// against": force that is threatened or intended is not done (the
	// threat is read by the verb)
	if tr.Relation == graph.Attacked && np > 0 && s.at[np-1] < 0 && s.isWord(np-1, lexicon.Intent) && !s.isWord(np-1, lexicon.Order) {
		return nil, false
	}
	// right of the noun: by/from source, prepositional target, between
	between := false
	j := i + n
	for j < len(toks) && j < i+n+2 && quoteLike(toks[j]) {
		j++ // 'its "unwavering support" for'
	}
	var told []mention // "raised concerns with X about Y", "expressed concern to X over Y"
	for steps := 0; steps < 4 && j < len(toks); steps++ {
		wd := toks[j].Lower
		if tr.Relation != graph.Supported && wd == "in" && j+2 < len(toks) && s.is(j, lexicon.TriggerStart) {
			if trs, _ := s.trigger(j); len(trs) > 0 && trs[0].Relation == graph.Supported {
				break // "air strikes in Libya in support of Haftar's forces": the side helped
			}
		}
		if tr.Relation == graph.Accused && steps == 0 && (wd == "with" || wd == "to") && !f.HasPrep(wd) {
			ms, e := ar.objectAt(s, j+1)
			for e > 0 && e < len(toks) && e < j+8 && s.at[e] < 0 && toks[e].Kind == text.Word && !toks[e].Cap && !f.HasPrep(toks[e].Lower) && !s.is(e, lexicon.Prep) {
				e++ // "with the EU envoy about": past the head noun
			}
			if len(ms) > 0 && e > 0 && e < len(toks) && f.HasPrep(toks[e].Lower) {
				told, j = ms, e
				continue
			}
		}
		// a place or time between the noun and its arguments: "talks in
		// Istanbul between ...", "a meeting on Monday with ..."
		if (wd == "in" || wd == "on" || wd == "at") && steps < 3 {
			e := j + 1
			for e < len(toks) && e < j+6 {
				if s.at[e] < 0 && (toks[e].Cap || toks[e].Kind == text.Number || toks[e].Lower == "the" || toks[e].Kind == text.Poss && e > j+1) {
					e++ // "in UAE's Dubai"
					continue
				}
				// "talks in Malaysia between A and B": a state named as the place
				if m := s.ments[max(s.at[e], 0)]; s.at[e] >= 0 && wd == "in" && m.start == e && m.ok && namesPlace(m) {
					e = m.end
					continue
				}
				break
			}
			if e > j+1 && e < len(toks) && (f.HasPrep(toks[e].Lower) || f.Between && toks[e].Lower == "between" || f.HasSrcPrep(toks[e].Lower)) {
				j = e
				continue
			}
		}
		// "airstrikes late Monday in Iraq", "fighting Tuesday between A and
		// B": a time told right after the noun
		if b := timeSpan(s, j); b > j && b < len(toks) && (f.HasPrep(toks[b].Lower) || f.Between && toks[b].Lower == "between" || f.HasSrcPrep(toks[b].Lower)) {
			j = b
			continue
		}
		// "its war of aggression against Ukraine": a complement of the noun
		if wd == "of" && steps < 2 && j+2 < len(toks) && s.at[j+1] < 0 && toks[j+1].Kind == text.Word && !toks[j+1].Cap && f.HasPrep(toks[j+2].Lower) && !f.HasPrep("of") {
			j += 2
			continue
		}
		// "a deadline set by X for Y", "the demand issued by X to Y": a
		// participle right after the noun, then its agent
		if steps == 0 && s.at[j] < 0 && j+2 < len(toks) && f.HasSrcPrep(toks[j+1].Lower) && toks[j].Kind == text.Word && (strings.HasSuffix(wd, "ed") || s.is(j, lexicon.Past)) {
			j++
			continue
		}
		if f.HasSrcPrep(wd) {
			ms, e := ar.objectAt(s, j+1)
			if len(ms) == 0 {
				break
			}
			if len(srcs) == 0 {
				srcs = ms
			}
			j = e
			// "the intrusion of Russian drones into": the head after a demonym
			for q := 0; q < 2 && j < len(toks) && s.at[j] < 0 && toks[j].Kind == text.Word && !toks[j].Cap && !s.is(j, lexicon.Prep) && !s.is(j, lexicon.Clause) && !s.is(j, lexicon.Aux) && ms[0].via == viaDemonym; q++ {
				j++
			}
			continue
		}
		if f.Between && steps == 0 && wd != "between" {
			if b := betweenPast(s, j); b > j {
				j = b // "a deal on grain exports between", "the agreement signed in 2012 between"
				continue
			}
		}
		if f.Between && wd == "between" {
			tgts, _ = ar.objectAt(s, j+1)
			between = true
			break
		}
		// "clashes erupted between A and B", "talks were held between":
		// a verb of occurrence between the noun and its "between"
		if f.Between && steps == 0 {
			if k := s.cue(ar.x.lex, j, lexicon.Occur); k > 0 && j+k < len(toks) {
				// past a time: "fighting erupted on Monday between"
				b := j + k
				for b+1 < len(toks) && b < j+k+4 && (s.isWord(b, lexicon.TimeWord) || toks[b].Lower == "overnight" || toks[b].Lower == "again" || toks[b].Lower == "late" || toks[b].Lower == "early" || toks[b].Lower == "last" ||
					toks[b].Lower == "on" && s.isWord(b+1, lexicon.TimeWord) || strings.HasSuffix(toks[b].Lower, "ly") && toks[b].Kind == text.Word) {
					b++
				}
				if toks[b].Lower == "between" {
					j = b
					continue
				}
			}
		}
		if len(tgts) == 0 && f.HasPrep(wd) {
			ms, e := ar.objectAt(s, j+1)
			if len(ms) == 0 && tr.Relation == graph.Supported && j+2 < len(toks) && toks[j+1].Kind == text.Word && !toks[j+1].Cap && strings.HasSuffix(toks[j+1].Lower, "ing") && s.is(j+1, lexicon.TriggerStart) {
				// "commitment to defending the Philippines": the object of
				// a supporting gerund
				if trs, _ := ar.x.lex.Trigger(toks, j+1); len(trs) > 0 && trs[0].Relation == graph.Supported {
					ms, e = ar.objectAt(s, j+2)
				}
			}
			if len(ms) == 0 && tr.Relation == graph.Warned && wd == "to" && j+3 < len(toks) && s.at[j+1] < 0 && toks[j+1].Kind == text.Word && !toks[j+1].Cap {
				// "his warning last week to impose sanctions against Turkey",
				// "the threat to strike Iran": what is threatened, and the
				// one it is aimed at
				ms, e = ar.threatenedAct(s, j+1)
			}
			if len(ms) == 0 && tr.Relation == graph.Accused {
				// "concern over ceasefire violations by Pakistani forces":
				// the act's agent is the one accused
				ms, e = ar.actByAgent(s, j+1)
			}
			if len(ms) == 0 && tr.Relation == graph.Accused {
				// "deep concerns about the military coup in Burma": the
				// state whose rulers seized power
				if st, ok := ar.seizedState(s, j+1); ok && len(st) > 0 {
					ms, e = st, st[len(st)-1].end
				}
			}
			if len(ms) == 0 && tr.Relation == graph.Attacked && (wd == "on" || wd == "against") {
				// "Indian strikes on terror sites in Pakistan": the state
				// the sites lie in
				if loc := ar.placeAfter(s, j+1); len(loc) > 0 {
					ms, e = loc, loc[len(loc)-1].end
				}
			}
			if len(ms) == 0 {
				break
			}
			if tr.Relation == graph.Urged && wd == "for" && ar.patientAfter(s, j+1, ms) {
				break // "calls for his release": the one released is no addressee
			}
			tgts = ms
			j = e
			// "the attack on a Turkish jet by Syria": past the head after a demonym
			for q := 0; q < 2 && j > 0 && j < len(toks) && s.at[j] < 0 && toks[j].Kind == text.Word && !toks[j].Cap && !s.is(j, lexicon.Prep) && !s.is(j, lexicon.Clause) && !s.is(j, lexicon.Aux) && ms[0].via == viaDemonym; q++ {
				j++
			}
			continue
		}
		break
	}
	// "the accord reached by Tripoli and Ankara", "a deal struck by A and
	// B": the parties of a joint act named as its by-agents
	if len(tgts) == 0 && len(srcs) == 0 && f.Recip && tr.Relation == graph.SpokeWith {
		if e := i + n; e+2 < len(toks) && (strings.HasSuffix(toks[e].Lower, "ed") || isParticiple(ar.x.lex, toks[e].Lower)) && toks[e+1].Lower == "by" && s.cue(ar.x.lex, e, lexicon.Mediate) == 0 && ar.lightVerb(s, np, lexicon.Light) < 0 {
			// (never "talks mediated by M": the mediators, read by mediation;
			// nor "A and B held talks signed by": the light verb's subject)
			if ms, _ := ar.objectAt(s, e+2); len(ms) > 1 && !ar.hypothetical(s, np) {
				return nil, ar.pairs(s, ms, tr.Relation, f.Mutual, trig, wBetween)
			}
		}
	}
	// "Peru and Chile ended a standoff after two days of talks": talks
	// told as what came before the clause's act are its joint subject's
	if len(tgts) == 0 && len(srcs) == 0 && f.Recip && tr.Relation == graph.SpokeWith && !between {
		if p := ar.afterMeetingPair(s, np); len(p) > 1 {
			return nil, ar.pairs(s, p, tr.Relation, f.Mutual, trig, wInherited)
		}
	}
	// "Washington's charge that Maduro heads a cartel"
	if len(tgts) == 0 && f.That {
		e := i + n
		if e < len(toks) && toks[e].Text == "," {
			e++
		}
		if e < len(toks) && toks[e].Lower == "that" {
			tgts, _ = ar.objectAt(s, e+1)
		}
	}
	// "expressed to China its outrage": the one told stands before the noun
	if len(tgts) == 0 && (tr.Relation == graph.Accused || tr.Relation == graph.Supported) {
		tgts = ar.toldBefore(s, i)
	}
	// "strikes across areas of Pakistan-controlled territory": the holder
	if len(tgts) == 0 && tr.Relation == graph.Attacked && i+n < len(toks) && s.is(i+n, lexicon.Prep) {
		tgts = ar.heldBy(s, i+n+1)
	}
	// "talks between A and B", "clashes between A and B"
	if between && len(tgts) > 1 && ar.hypothetical(s, np) {
		return nil, false // "offered to host negotiations between the two sides"
	}
	if between && len(tgts) > 1 {
		ok := ar.pairs(s, tgts, tr.Relation, f.Mutual, trig, wBetween)
		if len(srcs) == 0 {
			return nil, ok
		}
		// "Qatar's talks between Israel and Hamas": the host spoke with each
		// (below); the sides with each other (here)
	}
	// a light verb lends its subject: "Israel carried out an airstrike on
	// Iran", "Biden reaffirmed Washington's support for Israel"
	lv := ar.lightVerb(s, np, lexicon.Light)
	if lv < 0 && len(tgts) == 0 && (f.Also != "" || tr.Relation == graph.Supported) {
		// "Iraq handed the Turkish ambassador a note of protest": the one
		// given to stands between the verb and the noun
		if v, io := ar.indirectObject(s, np); v >= 0 {
			lv, tgts = v, io
		}
	}
	if lv < 0 && (tr.Relation == graph.Supported || tr.Relation == graph.SpokeWith) {
		lv = ar.lightVerb(s, np, lexicon.Receipt) // "received support from", "received a call from"
	}
	if lv < 0 && tr.Relation == graph.Urged {
		lv = ar.lightVerb(s, np, lexicon.Undergo) // "under pressure from"
		if lv < 0 {
			lv = appealAfter(s, np) // "following pressure by India"
		}
	}
	if lv >= 0 {
		if ar.blocked(s, lv) {
			return nil, false
		}
		// "Manila had (won, enjoys) the backing of the United States": the
		// one after "of"/"from" gives, the subject receives
		if tr.Relation == graph.Supported && len(srcs) == 0 && len(tgts) > 0 && s.is(lv, lexicon.Receipt) && tgts[0].start > 0 &&
			(toks[tgts[0].start-1].Lower == "of" || toks[tgts[0].start-1].Lower == "from") {
			if subj, sw := ar.subject(s, lv, lastSrc); len(subj) > 0 {
				return tgts, ar.emitAll(s, tgts, tr.Relation, subj, trig, w*sw)
			}
			return nil, false
		}
		if len(srcs) > 0 && len(tgts) == 0 && ((tr.Relation == graph.Supported || tr.Relation == graph.SpokeWith) && s.is(lv, lexicon.Receipt) || tr.Relation == graph.Urged && (s.cue(ar.x.lex, lv, lexicon.Undergo) > 0 || appealAfter(s, np) == lv)) {
			// "Kyiv received support from Washington", "Zelensky received a
			// call from Macron", "Israel is under pressure from Washington"
			if subj, sw := ar.subject(s, lv, lastSrc); len(subj) > 0 {
				return srcs, ar.emitAll(s, srcs, tr.Relation, subj, trig, w*sw)
			}
			return nil, false
		}
		if subj, sw := ar.subject(s, lv, lastSrc); len(subj) > 0 {
			if len(srcs) == 0 {
				w *= sw
			}
			srcs = appendNew(srcs, subj)
		}
	}
	// "Israel's strikes drew condemnation from France", "Seoul faced
	// criticism from Tokyo": a reaction the subject draws is aimed at the
	// subject's agent
	if len(tgts) == 0 && len(srcs) > 0 && lv < 0 && tr.Relation != graph.Attacked && tr.Relation != graph.SpokeWith {
		ev := ar.lightVerb(s, np, lexicon.Elicit)
		if ev < 0 && np > 1 && s.at[np-1] < 0 && toks[np-1].Kind == text.Word && !toks[np-1].Cap && !s.is(np-1, lexicon.Det) && !s.is(np-1, lexicon.Prep) {
			ev = ar.lightVerb(s, np-1, lexicon.Elicit) // "drew swift condemnation from"
		}
		if ev >= 0 && !ar.blocked(s, ev) {
			tgts = ar.elicitor(s, ev, srcs)
		}
	}
	// "..., which resulted in the deaths of ...": the antecedent's source
	if len(srcs) == 0 && len(lastSrc) > 0 {
		if cs := ar.clauseStart(s, np); cs > 0 && toks[cs-1].Lower == "which" {
			a := cs - 2
			if a >= 0 && toks[a].Text == "," {
				a--
			}
			// ("condemned the attack which led to the sinking of X": the
			// antecedent is an act with no agent, not the condemner)
			if a < 0 || s.at[a] >= 0 || !ar.attackNoun(s, a) {
				srcs, w = lastSrc, wInherited
			}
		}
	}
	// "would oppose an Israeli counterattack": the clause's modality holds
	// for a nominal act unless a possessor presents it as done
	if !possessive && ar.blocked(s, np) {
		return nil, false
	}
	// "Nasrallah was killed in an Israeli strike": Israel attacked him
	if len(srcs) > 0 && tr.Relation == graph.Attacked && np >= 2 && (toks[np-1].Lower == "in" || toks[np-1].Lower == "by") && s.isWord(np-2, lexicon.VictimVerb) {
		// the victim stands in the clause of the verb, never across "said"
		if v, _ := ar.subject(s, np-2, lastSrc); len(v) > 0 && v[0].start >= ar.clauseStart(s, np-2) {
			tgts = appendNew(tgts, v)
		}
	}
	// "Israel repelled an attack from Iran": Iran attacked Israel
	if len(tgts) == 0 && len(srcs) > 0 {
		if dv := ar.lightVerb(s, np, lexicon.Defend); dv >= 0 && !ar.blocked(s, dv) {
			tgts, _ = ar.subject(s, dv, lastSrc)
		}
	}
	// "In a phone call with Erdogan, Putin said ...": the main clause's subject
	if len(srcs) == 0 && len(tgts) > 0 && tr.Relation == graph.SpokeWith && np > 0 {
		// "after a special meeting with X": modifiers before the noun
		pp := np - 1
		for pp > 0 && pp >= np-3 && s.at[pp] < 0 && toks[pp].Kind == text.Word && !toks[pp].Cap && !s.is(pp, lexicon.Prep) {
			pp--
		}
		if s.isWord(pp, lexicon.SettingPrep) || toks[pp].Lower == "by" && !ar.agentBy(s, pp) {
			if pp == 0 || toks[pp-1].Text == "," {
				// "In a phone call with Erdogan, Putin said ..."
				if m := ar.afterFrontedComma(s, j); m != nil {
					srcs, w = m, wInherited
				}
			} else if g := ar.subjectGroup(s, ar.clauseStart(s, pp), pp); g >= 0 {
				// "X delivered the message in phone calls to Y", "X left Qatar
				// after a meeting with Y": the clause's subject, not the
				// object right before the preposition
				srcs, w = s.groupMentions(g), wNoun
			}
		}
	}
	if len(srcs) > 1 && len(tgts) == 0 && f.Recip {
		if asObservers(s, np) {
			return srcs, false // "A and B attended the meeting as observers": they watched others meet
		}
		return srcs, ar.pairs(s, srcs, tr.Relation, f.Mutual, trig, wBetween*w)
	}
	// "blamed Iran for the attack on its embassy", "accused Russia of the
	// strike on Kyiv": an act inside a charge is the accused one's
	// (relations.md, "acts inside an accusation")
	if len(srcs) == 0 && len(tgts) > 0 && tr.Relation == graph.Attacked {
		if acc := ar.chargedWith(s, np); len(acc) > 0 {
			srcs, w = acc, wInherited
			for q := range tgts {
				if tgts[q].possPron && (tgts[q].pron == "its" || tgts[q].pron == "their") && sameActor(tgts[q], srcs) {
					if o, ok := ar.nearestOther(s, tgts[q].start, srcs); ok {
						tgts[q] = o
					}
				}
			}
		}
	}
	if tr.Relation == graph.Attacked && len(srcs) > 0 {
		ar.noteEvent(s, srcs, true)
	}
	if len(tgts) == 0 && len(srcs) > 0 && tr.Relation == graph.Accused {
		tgts = ar.grievedAct(s, i+n, f, srcs) // "voiced its dissatisfaction at the move"
	}
	if len(srcs) == 0 || len(tgts) == 0 {
		return srcs, false
	}
	// "grave concern at the impact of the killing of Hariri": after an act
	// done to someone, "of" names the victim, never the one accused
	if (tr.Relation == graph.Accused || tr.Relation == graph.Urged) && tgts[0].start > i && victimAhead(ar.x.lex, toks, i+n, tgts[0].start) {
		return srcs, false
	}
	// "its" in the target is the nearest other actor: "the Israeli strike on
	// its embassy" is Iran's embassy
	for q := range tgts {
		if tgts[q].possPron && (tgts[q].pron == "its" || tgts[q].pron == "their") {
			if o, ok := ar.nearestOther(s, tgts[q].start, srcs); ok {
				tgts[q] = o
			} else {
				tgts[q].ok = false
			}
		}
	}
	if f.Also != "" {
		ar.emitAll(s, srcs, f.Also, tgts, trig, w)
	}
	if f.Mutual {
		ar.emitAll(s, tgts, tr.Relation, srcs, trig, w) // "Israel's war with Hamas": both ways
	}
	if f.Also == graph.SpokeWith {
		// "handed the Turkish ambassador a note of protest": the protest is
		// the envoy's state's, the meeting the envoy's
		return srcs, ar.emitAll(s, srcs, tr.Relation, envoyStates(forumsOut(tr, tgts)), trig, w)
	}
	if len(told) > 0 {
		ar.emitAll(s, srcs, graph.SpokeWith, told, trig, w) // the one the concern was raised with
	}
	return srcs, ar.emitAll(s, srcs, tr.Relation, tgts, trig, w)
}

// twoModifiers returns where a noun phrase starts when two lower-case
// words, at k-1 and k, stand between its article or possessor (at k-2,
// or ending there) and the trigger noun at k+1, as in "his recent state
// visit to Chile", "a short working visit", "Peru's latest water deal":
// the words are modifiers and the possessor ("his", "Peru's") owns the
// act. Force is left out, as
// the one-modifier rule leaves it ("their immediate conflict of interest"
// is no fighting). Neither word may be an actor, a preposition, an
// auxiliary, a determiner, a clause word, a negation, a hedge of the act
// ("possible") or a trigger of its own. -1 when the words are no such
// pair. Cost: constant.
func (ar *article) twoModifiers(s *sent, k int, rel graph.Relation) int {
	if k < 2 || rel == graph.Attacked {
		return -1
	}
	for q := k - 1; q <= k; q++ {
		t := s.toks[q]
		if s.at[q] >= 0 || t.Kind != text.Word || t.Cap || s.is(q, lexicon.Prep) || s.is(q, lexicon.Aux) || s.is(q, lexicon.Det) || s.is(q, lexicon.Clause) ||
			s.is(q, lexicon.Neg) || s.is(q, lexicon.NounMod) || s.triggerHere(q) {
			return -1
		}
	}
	if s.isWord(k-2, lexicon.Article) && s.at[k-2] < 0 || ar.possessorBefore(s, k-1) {
		return k - 1
	}
	return -1
}

// grievedAct returns the agents of the act that a noun of disapproval
// names after its preposition, when the act is a definite act noun with no
// actor of its own: "Pakistan voiced its strong dissatisfaction at the move"
// (the agent of the latest act on record, as "condemned the raid" is read;
// the sayer's own acts are passed over as they are there). Quotation marks
// may close the noun ("\"strong dissatisfaction\" at the move"). Cost:
// that of anaphoricTarget.
func (ar *article) grievedAct(s *sent, e int, f lexicon.Frame, srcs []mention) []mention {
	toks := s.toks
	for e < len(toks) && quoteLike(toks[e]) {
		e++
	}
	if e+2 >= len(toks) || !f.HasPrep(toks[e].Lower) || toks[e+1].Lower != "the" {
		return nil
	}
	return ar.anaphoricTarget(s, e+1, srcs)
}

// relativePast reports whether the word at i is a past verb after the
// relative "that": "a strike that killed", not "that attack".
func relativePast(lex *lexicon.Lexicon, toks []text.Token, i int) bool {
	return i > 0 && toks[i-1].Lower == "that" && (strings.HasSuffix(toks[i].Lower, "ed") || isParticiple(lex, toks[i].Lower))
}

// asObservers reports whether "as observer(s)" follows the noun at np
// within a few words: the subjects watched a meeting, they held none.
func asObservers(s *sent, np int) bool {
	for q := np + 1; q+1 < len(s.toks) && q <= np+4; q++ {
		if s.toks[q].Lower == "as" && strings.HasPrefix(s.toks[q+1].Lower, "observer") {
			return true
		}
	}
	return false
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

// reportingSide returns the state (or body) whose statement a sentence
// reports: its speaker, a state's official standing for the state; nil
// when the sentence has no speaker.
func (ar *article) reportingSide(s *sent) *mention {
	if s.speaker == nil || !s.speaker.ok || s.speaker.media {
		return nil
	}
	m := *s.speaker
	if m.actor.Kind == graph.Person {
		if m.actor.Country == "" {
			return nil
		}
		m.actor, m.via = stateActor(m.actor.Country), viaSpeaker
	}
	return &m
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

// postedTo returns the state an envoy named in the clause before the verb
// at i is posted to ("China's ambassador to the UK has been summoned": the
// UK summoned), or "" when the clause names no such post.
func (ar *article) postedTo(s *sent, i int) string {
	toks := s.toks
	for q := ar.clauseStart(s, i); q+2 < i; q++ {
		if !s.isWord(q, lexicon.Envoy) || toks[q+1].Lower != "to" {
			continue
		}
		p := q + 2
		if toks[p].Lower == "the" && p+1 < i {
			p++
		}
		if m := s.at[p]; m >= 0 && s.ments[m].ok && !s.ments[m].media && s.ments[m].actor.Kind == graph.State {
			return s.ments[m].actor.Name
		}
	}
	return ""
}

// hostState is the state that summons when the text names no agent: the
// state of a place after "in" in the rest of the clause from j ("summoned
// to the foreign ministry in Minsk"), else the dateline's. "" when neither
// names one.
func (ar *article) hostState(s *sent, j int) string {
	toks := s.toks
	for k := j; k+1 < len(toks) && k < j+10; k++ {
		if ar.stops(s, k) {
			break
		}
		if toks[k].Lower == "in" && s.at[k+1] >= 0 {
			if m := s.ments[s.at[k+1]]; m.ok && !m.media && m.actor.Kind == graph.State {
				return m.actor.Name
			}
		}
	}
	return ar.datelineState()
}

// forumsOut drops from the targets of a protest lodged with someone
// ("lodged protests with the UN Security Council and the Arab League") the
// international bodies, which are its forum, not its object; other
// triggers keep all.
func forumsOut(tr *lexicon.Trigger, ms []mention) []mention {
	if tr.Lemma != "protest" { // (the lemma of the protest and complaint lines)
		return ms
	}
	var out []mention
	for _, m := range ms {
		if m.actor.Kind == graph.Org && m.actor.Country == "" {
			continue
		}
		out = append(out, m)
	}
	return out
}

// envoyStates puts, for each person in ms, the state they represent:
// summoning "Ambassador X" protests to X's state (relations.md: the
// protest is against the state), while the meeting is with X.
func envoyStates(ms []mention) []mention {
	var out []mention
	for q, m := range ms {
		if m.ok && m.actor.Kind == graph.Person && m.actor.Country != "" {
			// (whoever is summoned or handed a protest stands for a state:
			// an envoy, a chargé, a "senior diplomat" named in apposition)
			if out == nil {
				out = append([]mention(nil), ms...) // copy once: ms is the caller's
			}
			out[q].actor = stateActor(m.actor.Country)
		}
	}
	if out == nil {
		return ms
	}
	return out
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

// mediatedCompound reports whether t is a compound whose last part is a
// verb of mediation ("China-brokered", "Oman-mediated"): the mediator's
// mark on a deal, never the deal's parties.
func mediatedCompound(lex *lexicon.Lexicon, t text.Token) bool {
	cut := strings.LastIndex(t.Lower, "-")
	return t.Kind == text.Word && cut > 0 && lex.Is(lexicon.Mediate, t.Lower[cut+1:])
}

// attackNoun reports whether the word at k is an attack told as a noun
// ("an attack", "a strike") whose relative clause may tell its victims.
func (ar *article) attackNoun(s *sent, k int) bool {
	trs, _ := ar.x.lex.Trigger(s.toks, k)
	for _, t := range trs {
		if t.Relation == graph.Attacked && t.POS == lexicon.Noun {
			return true
		}
	}
	return false
}

// forceOwner returns the actor that owns the force noun heading the
// subject of the verb at i: "Russia's offensive", "its operation", "the
// strikes by Israel" (a possessor, demonym or by-agent; judgement.go's
// actOwner), or nil. Only a noun of force heads such a subject: an attack
// noun of the lexicon, or "operation". Cost: linear in the clause.
func (ar *article) forceOwner(s *sent, i int) *mention {
	toks := s.toks
	cs := ar.clauseStart(s, i)
	for h := cs; h < i; h++ {
		n := s.cue(ar.x.lex, h, lexicon.EvNoun)
		if n == 0 || s.at[h] >= 0 {
			continue
		}
		if w := toks[h].Lower; !ar.attackNoun(s, h) && w != "operation" && w != "operations" {
			return nil
		}
		return ar.actOwner(s, cs, h+n)
	}
	return nil
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

// triggerHere reports whether a trigger of the lexicon of more than one
// word begins at token k and matches there: "security" begins "security
// assistance", but in "a security agreement" no trigger matches at it, and
// "defence" in "a defence agreement" is a one-word trigger standing before
// the noun, so both are modifiers of the noun after them. Cost: one trie
// walk from k.
func (s *sent) triggerHere(k int) bool {
	if !s.is(k, lexicon.TriggerStart) {
		return false
	}
	trs, n := s.trigger(k)
	return len(trs) > 0 && n > 1
}

// possessorBefore reports whether token k-1 ends a possessor of a noun
// phrase that goes on at k: "Libya's" in "Libya's security agreement",
// "its" in "its trade deal". Cost: constant.
func (ar *article) possessorBefore(s *sent, k int) bool {
	if k < 2 {
		return false
	}
	if s.toks[k-1].Kind == text.Poss {
		return s.at[k-2] >= 0
	}
	return s.at[k-1] >= 0 && s.ments[s.at[k-1]].possPron
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
