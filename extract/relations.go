package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// The trigger loop: relations reads each trigger of a sentence as a verb
// (verb.go) or a noun (noun.go), choosing the part of speech by the words
// around it, then runs the passes that read past one trigger's frame
// (framing.go, appeals.go, support.go, thirdparty.go and the files it lists,
// ...). The frame weights and the tests of a trigger's senses that the
// readers share stay here.

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
		if n == 1 && i > 0 && i+1 < len(toks) && s.at[i-1] < 0 && (s.is(i-1, lexicon.Prep) || s.is(i-1, lexicon.Det)) && strings.HasSuffix(toks[i].Lower, "ed") &&
			s.at[i+1] >= 0 && s.ments[s.at[i+1]].start == i+1 && s.ments[s.at[i+1]].actor.Kind == graph.Person {
			// "the release of ousted President X", "the deposed leader": a
			// participle that describes a person, no act
			i++
			continue
		}
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
		if n == 1 && i > 1 && strings.HasSuffix(toks[i].Lower, "ing") && nameAfterIndefinite(s, i) {
			passes, want = 1, lexicon.Noun // "told a Likud meeting that": a name after "a" modifies the noun
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
		if i > 0 && s.at[i-1] < 0 && strings.HasSuffix(toks[i].Lower, "s") && !strings.HasSuffix(toks[i].Lower, "ss") && s.is(i-1, lexicon.Prep) && toks[i-1].Lower != "of" {
			// "engage in talks", "amid attacks": after a preposition, a
			// noun ("a halt to attacks on Ukraine": an -s form after "to"
			// is never an infinitive)
			passes, want = 1, lexicon.Noun
		}
		if i > 0 && s.at[i-1] < 0 && strings.HasSuffix(toks[i].Lower, "s") && !strings.HasSuffix(toks[i].Lower, "ss") && toks[i-1].Kind == text.Word && !toks[i-1].Cap &&
			(strings.HasSuffix(toks[i-1].Lower, "ed") || s.is(i-1, lexicon.Past)) && !s.is(i-1, lexicon.Aux) && !s.is(i-1, lexicon.PassAux) {
			// "threatened strikes on Ukraine", "ordered attacks on": a
			// plural right after a past verb is its object, a noun
			passes, want = 1, lexicon.Noun
		}
		if w := toks[i].Lower; i > 0 && s.at[i-1] < 0 && toks[i-1].Kind == text.Word && !toks[i-1].Cap && s.is(i-1, lexicon.TriggerStart) && !s.is(i-1, lexicon.Aux) &&
			!strings.HasPrefix(toks[i-1].Lower, "help") && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !isParticiple(lex, w) &&
			finiteVerbAt(s, i-1) {
			// "UN condemns massacre in Syria": a bare form right after a
			// verb of its own is that verb's object, a noun
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
			absolute := strings.HasSuffix(toks[i].Lower, "ing") && m.start > 0 && toks[m.start-1].Lower == "with" ||
				ar.documentAddressee(s, i) // "a letter to X asking him to": the document's participle
			// ("the US embassy in Manila condemned China", "the foreign
			// minister of Armenia met", "a day after the Council demanded":
			// a past form with no noun sense stays a verb)
			// ("The PKK liberates the region": a form with no noun sense
			// after a name stays a verb)
			// ("after Iran attacks Israel": a preposition that opens a
			// clause too, before a name and a finite verb, keeps the verb)
			clauseOpened := m.start > 0 && s.is(m.start-1, lexicon.Clause) && strings.HasSuffix(toks[i].Lower, "s") && i+n < len(toks) && s.at[i+n] >= 0
			if m.start > 0 && !absolute && !clauseOpened && (ar.afterPrep(s, m.start) || s.is(m.start-1, lexicon.TriggerStart) || s.isWord(m.start-1, lexicon.Article) && !pastForm && (hasPOS(senses, lexicon.Noun) || m.via == viaDemonym)) &&
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
		if n == 1 && strings.HasSuffix(toks[i].Lower, "ing") && i > 0 && i+1 < len(toks) && toks[i+1].Lower == "of" && s.at[i-1] < 0 && (s.is(i-1, lexicon.Prep) || s.is(i-1, lexicon.Det) || ar.modifiedGerund(s, i)) {
			// "by signing of X's pact", "the signing of", "the alleged
			// killing of": a gerund with "of" after a preposition or
			// determiner (past its modifiers) is a noun (never "...,
			// warning of a disaster": a participle)
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
	ar.namedAttackers(s, first)
	ar.supportedNotAttacked(s, first)
	ar.statedSupport(s, first)
}

// toAt reports whether "to" opens at e, or "not to" ("wants Tajikistan
// not to interfere"). Cost: constant.
func toAt(toks []text.Token, e int) bool {
	if e < len(toks) && toks[e].Lower == "not" {
		e++
	}
	return e < len(toks) && toks[e].Lower == "to"
}

// finiteVerbAt reports whether token k is a one-word trigger that can
// only be a verb and is inflected as a finite one ("condemns",
// "condemned"): no noun reading ("attacks", "strikes") is possible there.
func finiteVerbAt(s *sent, k int) bool {
	trs, n := s.trigger(k)
	if n != 1 || len(trs) == 0 || hasPOS(trs, lexicon.Noun) {
		return false
	}
	w := s.toks[k].Lower
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") {
		return false
	}
	// its subject right before it, named ("the UN condemns"), never a
	// demonym ("British forces strike": a plural noun)
	b := k - 1
	if b > 0 && s.at[b] < 0 && strings.HasSuffix(s.toks[b].Lower, "ly") {
		b--
	}
	return b >= 0 && s.at[b] >= 0 && s.ments[s.at[b]].via != viaDemonym
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

// transitiveVerb reports whether one of senses is a verb whose direct object
// is its target.
func transitiveVerb(senses []*lexicon.Trigger) bool {
	for _, tr := range senses {
		if tr.POS == lexicon.Verb && tr.Frame.Obj {
			return true
		}
	}
	return false
}

// sameVerbForm reports whether a and b are both past forms ("condemned",
// "struck") or both third-person present forms ("condemns", "warns"): the
// verbs of one coordinated predicate.
func sameVerbForm(lex *lexicon.Lexicon, a, b string) bool {
	past := func(w string) bool { return strings.HasSuffix(w, "ed") || isParticiple(lex, w) }
	if past(a) && past(b) {
		return true
	}
	return len(a) > 3 && len(b) > 3 && strings.HasSuffix(a, "s") && strings.HasSuffix(b, "s") && !strings.HasSuffix(a, "ss") && !strings.HasSuffix(b, "ss")
}

// isParticiple reports whether w is an irregular past tense or participle
// ("struck", "drove", "hit"; the lexicon's past class).
func isParticiple(lex *lexicon.Lexicon, w string) bool {
	return lex.Is(lexicon.Past, w)
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

// modifiedGerund reports whether the gerund at i follows an article past
// one or two lower-case modifiers ("the alleged killing", "the brutal
// deliberate shelling"): a noun phrase's head, no verb.
func (ar *article) modifiedGerund(s *sent, i int) bool {
	toks := s.toks
	for q := i - 1; q >= 1 && q >= i-2; q-- {
		t := toks[q]
		if s.at[q] >= 0 || t.Kind != text.Word || t.Cap || s.is(q, lexicon.Prep) || s.is(q, lexicon.Aux) || s.is(q, lexicon.Clause) || s.is(q, lexicon.Say) {
			return false
		}
		if s.at[q-1] < 0 && s.isWord(q-1, lexicon.Article) {
			return true
		}
	}
	return false
}

// documentAddressee reports whether the participle at i follows the
// addressee of a document or message right after it: "sent a letter to
// Medvedev asking him to", "an appeal to X urging".
func (ar *article) documentAddressee(s *sent, i int) bool {
	toks := s.toks
	if i < 3 || !strings.HasSuffix(toks[i].Lower, "ing") || s.gAt[i-1] < 0 {
		return false
	}
	g := s.groups[s.gAt[i-1]]
	return g.end == i && g.start >= 2 && toks[g.start-1].Lower == "to" && s.at[g.start-2] < 0 &&
		(s.cue(ar.x.lex, g.start-2, lexicon.Document) == 1 || s.cue(ar.x.lex, g.start-2, lexicon.Message) == 1)
}

// nameAfterIndefinite reports whether the words right before token i are a
// name (a mention, or capitalised words) that "a" or "an" opens: "a Likud
// meeting", "an EU summit". A name after an indefinite article cannot be
// a clause's subject, so the word at i is the head noun it modifies.
// Cost: constant (at most three words back).
func nameAfterIndefinite(s *sent, i int) bool {
	toks := s.toks
	k := i - 1
	if s.at[k] >= 0 {
		k = s.ments[s.at[k]].start - 1
	} else {
		for k >= 0 && k >= i-3 && toks[k].Kind == text.Word && toks[k].Cap && s.at[k] < 0 {
			k--
		}
		if k == i-1 {
			return false // (no capitalised word before i)
		}
	}
	return k >= 0 && (toks[k].Lower == "a" || toks[k].Lower == "an")
}
