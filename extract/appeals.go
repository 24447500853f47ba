package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Appeals: URGED told other than by an appeal verb and its object. A
// speaker's "X should/must ..." (appeals), "it is time for X to act"
// (timeFor), an appeal told as the purpose of a call, a call for restraint
// aimed at the sides of the latest fight, a demand for the release of
// captives aimed at their captor, a deadline given ("gave X seven days
// to"), an act done at another's request or under another's pressure, a
// judgement that another must act; and the tests a verb frame of appeal
// asks (a "that" clause that states a fact, a mandative clause, a duty put
// on the ones told, a quoted order, an apology asked, an appeal passed on).

// appeals reads "X should/must ..." reported by a speaker as the speaker
// urging X: ‘Cameron said “Iran must not draw the region into war”’,
// ‘Guterres told the Council that Israel and Iran should step back’. A
// speaker's appeal to their own state is policy, not an edge.
func (ar *article) appeals(s *sent) {
	toks := s.toks
	for k, n := range s.eachCue(ar.x.lex, lexicon.Deontic, 1, len(toks)) {
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
				if toks[v].QuoteID == 0 && ar.sayVerbAt(s, v) {
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

// warnedParty returns the party a warning told to someone names as the
// one who will suffer: in "warned Lavrov that Russia should expect further
// sanctions" and "warned him Iran would face consequences" the clause
// after the one told opens with another actor, then a modal and a verb of
// expecting or undergoing (expectverb, threathead). Nil otherwise. Cost:
// constant.
func (ar *article) warnedParty(s *sent, told []mention) *mention {
	toks := s.toks
	e := -1
	for _, t := range told {
		e = max(e, t.end)
	}
	if e < 0 || e >= len(toks) {
		return nil
	}
	if toks[e].Lower == "that" {
		e++
	}
	if e+1 >= len(toks) || s.at[e] < 0 {
		return nil
	}
	m := &s.ments[s.at[e]]
	if m.start != e || !m.ok || m.media || m.via == viaPronoun {
		return nil
	}
	for _, t := range told {
		if t.actor.Name == m.actor.Name {
			return nil // (the one told's own state is a party: "warned Lavrov that Russia")
		}
	}
	v := m.end
	if v < len(toks) && (s.is(v, lexicon.Deontic) || s.is(v, lexicon.Modal)) {
		v++
	}
	if v < len(toks) && (s.cue(ar.x.lex, v, lexicon.ExpectVerb) > 0 || s.cue(ar.x.lex, v, lexicon.ThreatHead) > 0) {
		return m
	}
	return nil
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

// requestKey are the nouns atRequest reads (keyRequest): "at the request
// (invitation, behest, urging) of", "following a request from".
var requestKey = []string{"request", "invitation", "behest", "urging"}

// atRequest reads an appeal told as the reason of an act: "NATO sent
// troops to Kosovo at the request of its president", "Russian forces
// arrived at Tokayev's request", "at the behest of", "at the urging of":
// the one who asked URGED the clause's subject (CAMEO 0 appeal: request).
// Cost: linear in the sentence.
func (ar *article) atRequest(s *sent) {
	if !s.mayKey(keyRequest) {
		return // (no requestKey: nothing to read)
	}
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		var askers []mention
		if w := toks[k].Lower; (w == "following" || w == "after" || w == "upon") && k+4 < len(toks) && (toks[k+1].Lower == "a" || toks[k+1].Lower == "the") &&
			toks[k+2].Lower == "request" && (toks[k+3].Lower == "from" || toks[k+3].Lower == "by") {
			// "sent troops following a request from Kazakhstan"
			askers, _ = ar.objectAt(s, k+4)
		} else if askers = ar.requestAt(s, k); len(askers) == 0 {
			continue
		}
		if len(askers) == 0 {
			continue
		}
		cs := ar.clauseStart(s, k)
		g := ar.subjectGroup(s, cs, k)
		if g < 0 {
			continue
		}
		subj := s.groupMentions(g)
		rel := graph.Urged
		trig := "at the request of"
		if strings.Contains(toks[k+1].Lower+toks[k+2].Lower, "invitation") {
			rel, trig = graph.SpokeWith, "at the invitation of" // an invitation accepted: they met
		}
		ar.emitAll(s, askers, rel, ar.otherSide(askers, subj), trig, wInherited)
	}
}

// importanceAppeals reads a speaker's judgement that another must act:
// "It is very important that A and B talk to each other," Obama said;
// "we must make sure that X stops the shelling": the speaker URGED each
// named after the phrase (relations.md: "X should ..." said by a speaker
// is an appeal to X). The speaker is the quotation's, else the subject of
// the verb of saying before the phrase.
func (ar *article) importanceAppeals(s *sent) {
	if !s.mayCue(lexicon.Modal) {
		return // (every phrase of the class is a modal cue too)
	}
	toks := s.toks
	for k := 0; k+2 < len(toks); k++ {
		if (s.single[k]|s.multi[k])>>lexicon.Modal&1 == 0 {
			continue
		}
		n := s.cue(ar.x.lex, k, lexicon.Importance)
		if n == 0 || k > 0 && ar.blocked(s, k-1) {
			continue // (the phrase is a modal cue itself: read the clause before it)
		}
		j := k + n
		if j >= len(toks) {
			continue // "it is important that" at the end of the text
		}
		if toks[j].Lower == "both" && j+1 < len(toks) {
			j++ // "make sure that both the Russians and the Turks ..."
		}
		tgts, _ := ar.objectAt(s, j)
		if len(tgts) == 0 {
			continue
		}
		var srcs []mention
		if toks[k].QuoteID > 0 && s.speaker != nil && s.speaker.ok {
			srcs = []mention{*s.speaker}
		} else {
			for v := k - 1; v >= 0 && v >= k-4; v-- {
				if s.cue(ar.x.lex, v, lexicon.Say) > 0 && s.at[v] < 0 {
					if sp := ar.subjectBefore(s, v); sp != nil {
						srcs = []mention{*sp}
					}
					break
				}
			}
		}
		ar.emitAll(s, srcs, graph.Urged, ar.otherSide(srcs, tgts), triggerText(toks[k:k+n]), wNoun)
	}
}

// restraintAppeals reads an appeal for restraint with no addressee as
// aimed at the sides of the latest fight told in the sentence or the two
// before it: "The UN urged restraint as India and Pakistan traded fire"
// is the UN URGED India and Pakistan (relations.md: the addressee of a
// call for restraint may come from context). The appeal is an URGED verb
// right before a calmnoun cue; an appeal that names its addressee is read
// by its verb. Cost: linear in the sentence.
func (ar *article) restraintAppeals(s *sent) {
	if !s.mayKey(keyCalm) {
		return // (no calmnoun cue: nothing to read)
	}
	toks := s.toks
	for k := range s.eachKey(keyCalm, 1, len(toks)) {
		if s.at[k] >= 0 || s.cue(ar.x.lex, k, lexicon.CalmNoun) == 0 {
			continue
		}
		trs := s.triggerEndingAt(k - 1)
		if len(trs) == 0 || trs[0].Relation != graph.Urged || trs[0].POS != lexicon.Verb {
			continue
		}
		v := k - 1
		for v > 0 && s.at[v-1] < 0 && toks[v-1].Kind == text.Word && !toks[v-1].Cap {
			if t2, n := s.trigger(v - 1); len(t2) > 0 && v-1+n == k {
				v--
				continue
			}
			break
		}
		if !strings.HasSuffix(toks[v].Lower, "ed") && !ar.verbContext(s, v) || ar.blocked(s, v) {
			continue
		}
		if v > 0 && s.at[v-1] >= 0 {
			if st := s.ments[s.at[v-1]].start; st > 0 && (s.is(st-1, lexicon.Prep) || s.is(st-1, lexicon.Det)) {
				continue // "frustration with US calls for restraint": a noun
			}
		}
		srcs, w := ar.subject(s, v, nil)
		if len(srcs) == 0 {
			continue
		}
		if sides := ar.lastFight(s, srcs); len(sides) == 2 {
			ar.emitAll(s, srcs, graph.Urged, ar.otherSide(srcs, sides), triggerText(toks[v:k]), wInherited*w)
		}
	}
}

// appealsOnCall reads an appeal told as the purpose or content of a call
// or meeting: "X spoke with Y on Monday, urging calm", "X spoke to Y,
// asking to move the deadline": X URGED Y when the appeal names no
// addressee of its own. Cost: linear in the sentence.
func (ar *article) appealsOnCall(s *sent) {
	toks := s.toks
	for k := 2; k < len(toks); k++ {
		if toks[k-1].Text != "," || !strings.HasSuffix(toks[k].Lower, "ing") || !s.is(k, lexicon.TriggerStart) {
			continue
		}
		trs, n := s.trigger(k)
		if len(trs) == 0 || trs[0].Relation != graph.Urged {
			continue
		}
		if own, _ := ar.objectAt(s, k+n); len(own) > 0 {
			continue // "urging Iran to ...": the appeal's own addressee
		}
		// the call or meeting before it, in the same sentence
		for v := k - 2; v >= 0 && v >= k-25; v-- {
			vs, vn := s.trigger(v)
			if len(vs) == 0 || vs[0].Relation != graph.SpokeWith || vs[0].POS != lexicon.Verb || s.at[v] >= 0 || !ar.verbContext(s, v) {
				continue
			}
			var tgts []mention
			for j := v + vn; j < k-1 && j < v+vn+6; j++ {
				if ms, _ := ar.objectAt(s, j); len(ms) > 0 {
					tgts = ms
					break
				}
			}
			srcs, w := ar.subject(s, v, nil)
			if len(tgts) > 0 && len(srcs) > 0 && !ar.blocked(s, v) {
				ar.emitAll(s, srcs, graph.Urged, tgts, triggerText(toks[k:k+n]), wInherited*w)
			}
			break
		}
	}
}

// releaseDemands reads a demand for the release of captives as an appeal
// to their captor: "Ghana demanded the release of the soldiers detained by
// Mali", "his call for the release of all those detained in the military
// coup in Sudan": the one demanding URGED the one named as holding them
// (a by-agent of a verb of capture, or the state of a seizure of power the
// captives were taken in). The captives are never the addressee.
// Cost: linear in the sentence.
func (ar *article) releaseDemands(s *sent) {
	if !s.mayKey(keyCapture) {
		return // (no captor named: nothing to read)
	}
	defer ar.noteCaptures(s)
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		switch toks[k].Lower {
		case "release", "freeing", "return":
		default:
			continue
		}
		if toks[k+1].Lower != "of" {
			continue
		}
		// the appeal right before: "demanded the (immediate) release",
		// "calls for the release", "his call for the release"
		v := -1
		for q := k - 1; q >= 0 && q >= k-5; q-- {
			if trs, _ := s.trigger(q); len(trs) > 0 && trs[0].Relation == graph.Urged {
				v = q
				break
			}
			if s.at[q] >= 0 && !s.ments[s.at[q]].possPron {
				break
			}
		}
		if v < 0 || ar.blocked(s, v) {
			continue
		}
		// the captor: "detained by Mali", "held by the junta", "detained in
		// the military coup in Sudan"
		var captor []mention
		for q := k + 2; q+1 < len(toks) && q < k+16 && len(captor) == 0; q++ {
			if !s.key(q, keyCapture) || s.cue(ar.x.lex, q, lexicon.CaptureVerb) == 0 {
				continue
			}
			switch toks[q+1].Lower {
			case "by":
				captor, _ = ar.objectAt(s, q+2)
			case "in":
				captor, _ = ar.seizedState(s, q+2)
			}
			if len(captor) == 0 {
				captor = ar.heldInState(s, q+1)
			}
		}
		// "detained by the Doumbouya-led military junta": a person leading
		// an organ stands for the organ's state, when the person's is known
		for q := range captor {
			if c := captor[q]; c.actor.Kind == graph.Person && (strings.HasSuffix(toks[c.end-1].Lower, "-led") || c.end < len(toks) && (s.isWord(c.end, lexicon.OrganBare) || s.isWord(c.end, lexicon.ForceOrgan) || s.isWord(c.end, lexicon.OrganMod))) {
				if c.actor.Country == "" || strings.HasSuffix(c.actor.Name, "-led") {
					captor = nil
					break
				}
				captor[q].actor = stateActor(c.actor.Country)
			}
		}
		if len(captor) == 0 && heldAhead(ar.x.lex, s, k+2) {
			// "called for the release of kidnapped Israeli soldiers", "the
			// release of those who had been detained": captives told as held
			// with no captor named are held by the captor of the latest
			// capture the article reported
			captor = ar.lastCaptor(s)
			if len(captor) > 0 && s.cue(ar.x.lex, k+2, lexicon.CaptureVerb) > 0 && !ar.sameCaptives(s, k+3) {
				// "the release of detained activists" after "captured two
				// Israeli soldiers": a bare phrase classed by its
				// participle names captives of its own unless it shares
				// a word with those taken ("kidnapped Israeli soldiers")
				captor = nil
			}
		}
		if len(captor) == 0 {
			continue
		}
		srcs, _ := ar.actorOf(s, v)
		if len(srcs) == 0 {
			// "renewed his call for the release": the possessor of the noun
			if q := v - 1; q >= 0 && s.at[q] >= 0 && s.ments[s.at[q]].possPron && s.ments[s.at[q]].ok {
				srcs = []mention{s.ments[s.at[q]]}
			}
		}
		ar.emitAll(s, srcs, graph.Urged, ar.otherSide(srcs, captor), triggerText(toks[v:v+1]), wVerb*wInherited)
	}
}

// captureWindow is how many sentences back a release demand may reach for
// the capture that took the captives.
const captureWindow = 8

// heldAhead reports whether the captives' phrase from j tells them as held
// (a captureverb participle within a short phrase, "kidnapped Israeli
// soldiers", "the 45 people who had been detained") with no captor named
// after "by". Cost: a few tokens.
func heldAhead(lex *lexicon.Lexicon, s *sent, j int) bool {
	toks := s.toks
	for q := j; q < len(toks) && q < j+12; q++ {
		if toks[q].Text == "," || toks[q].Text == ";" || toks[q].Lower == "and" && q > j && s.at[q-1] < 0 && s.cue(lex, q-1, lexicon.CaptureVerb) > 0 {
			return false
		}
		if k := s.cue(lex, q, lexicon.CaptureVerb); k > 0 {
			return q+k >= len(toks) || toks[q+k].Lower != "by"
		}
	}
	return false
}

// noteCaptures records each capture the sentence reports with its captor:
// "Hezbollah militants captured two Israeli soldiers", "the army detained
// Aung San Suu Kyi" (a captureverb with a subject and an actor as its
// object), "the sailors were seized by Iran" (a by-agent). Cost: linear in
// the sentence, only where a captureverb cue stands.
func (ar *article) noteCaptures(s *sent) {
	toks := s.toks
	for q := 1; q+1 < len(toks); q++ {
		n := s.cue(ar.x.lex, q, lexicon.CaptureVerb)
		if n == 0 || !s.key(q, keyCapture) || q+n >= len(toks) {
			continue
		}
		var captors []mention
		if toks[q+n].Lower == "by" {
			captors, _ = ar.objectAt(s, q+n+1)
		} else if !s.is(q-1, lexicon.Aux) && ar.capturedActor(s, q+n) {
			captors, _ = ar.subject(s, q, nil)
		}
		var keep []mention
		for _, m := range captors {
			if m.ok && !m.media && m.actor.Name != "" {
				keep = append(keep, m)
			}
		}
		if len(keep) > 0 && !ar.blocked(s, q) {
			// the captives: the object, or the passive's subject before
			var words []string
			if toks[q+n].Lower == "by" {
				for j := q - 1; j >= 0 && j >= q-6 && toks[j].Kind == text.Word; j-- {
					words = append(words, toks[j].Lower)
				}
			} else {
				words = captiveWords(ar.x.lex, s, q+n)
			}
			ar.captures = append(ar.captures, event{agents: keep, sent: s.Index, words: words})
		}
	}
}

// capturedActor reports whether the words from j open an object that
// names an actor (the captives' state or the captive in person): "two
// Israeli soldiers", "Aung San Suu Kyi", "a British diplomat"; "power",
// "control" and "talks" name none. Cost: a few tokens.
func (ar *article) capturedActor(s *sent, j int) bool {
	toks := s.toks
	for q := j; q < len(toks) && q < j+4; q++ {
		if s.at[q] >= 0 {
			return s.ments[s.at[q]].ok && !s.ments[s.at[q]].possPron
		}
		if toks[q].Kind != text.Number && !s.is(q, lexicon.Det) && !s.is(q, lexicon.Adj) && !s.isWord(q, lexicon.NumberWord) {
			return false
		}
	}
	return false
}

// captiveWords returns the lower-case words of the captives' phrase from j:
// at most six words, up to a preposition or a mark ("two Israeli soldiers
// in a raid" gives "two", "israeli", "soldiers"). Cost: constant.
func captiveWords(lex *lexicon.Lexicon, s *sent, j int) []string {
	var words []string
	for q := j; q < len(s.toks) && q < j+6 && s.toks[q].Kind == text.Word && !s.is(q, lexicon.Prep); q++ {
		words = append(words, s.toks[q].Lower)
	}
	return words
}

// sameCaptives reports whether the captives' phrase from j shares a word
// other than a determiner with those of the latest capture ("kidnapped
// Israeli soldiers" after "captured two Israeli soldiers"; "arrested
// protesters" after "detained a British diplomat" shares none). Cost: a
// few words against a few.
func (ar *article) sameCaptives(s *sent, j int) bool {
	n := len(ar.captures)
	if n == 0 {
		return false
	}
	for _, w := range captiveWords(ar.x.lex, s, j) {
		if ar.x.lex.Is(lexicon.Det, w) || ar.x.lex.Is(lexicon.Aux, w) {
			continue
		}
		if slices.Contains(ar.captures[n-1].words, w) {
			return true
		}
	}
	return false
}

// lastCaptor returns the captors of the latest capture reported within
// captureWindow sentences before s (or earlier in s), nil when none.
func (ar *article) lastCaptor(s *sent) []mention {
	if n := len(ar.captures); n > 0 {
		if c := ar.captures[n-1]; s.Index-c.sent <= captureWindow {
			return c.agents
		}
	}
	return nil
}

// heldInState returns the state captives are held in when the words from
// j name it after "in" with no captor named by "by" ("activists detained
// in Saudi Arabia", "detained during a wave of arrests in Saudi Arabia"):
// a state holds those it detains on its soil. Cost: a few tokens.
func (ar *article) heldInState(s *sent, j int) []mention {
	toks := s.toks
	for q := j; q+1 < len(toks) && q < j+8; q++ {
		if toks[q].Lower == "by" || s.at[q] >= 0 || q > j && ar.stops(s, q) {
			return nil
		}
		if toks[q].Lower != "in" || s.at[q+1] < 0 {
			continue
		}
		m := s.ments[s.at[q+1]]
		if !m.ok || m.actor.Kind != graph.State || m.via == viaDemonym {
			return nil
		}
		for e := m.end; e < len(toks) && e < m.end+4; e++ {
			if toks[e].Lower == "by" {
				return nil // "held in Mali by JNIM": the captor is named
			}
		}
		return []mention{m}
	}
	return nil
}

// ultimatums reads a deadline given to an actor as an appeal: "gave the
// junta seven days to release X", "gave Hamas 48 hours to ..." (X URGED
// the one given the deadline).
func (ar *article) ultimatums(s *sent) {
	if !s.mayKey(keyUltimatum) {
		return // (no giveverb cue: nothing to read)
	}
	toks := s.toks
	for k := range s.eachKey(keyUltimatum, 0, len(toks)-4) {
		tgts, e := ar.objectAt(s, k+1)
		if len(tgts) == 0 || e < 0 || e+2 >= len(toks) {
			continue
		}
		if e+1 < len(toks) && toks[e].Kind == text.Poss && (s.cue(ar.x.lex, e+1, lexicon.Seated) > 0 || s.isWord(e+1, lexicon.OrganNoun)) {
			e++ // "Niger's junta": the state's organ
		}
		for e < len(toks) && e < k+8 && s.at[e] < 0 && (s.cue(ar.x.lex, e, lexicon.Seated) > 0 || s.isWord(e, lexicon.OrganNoun) || s.cue(ar.x.lex, e, lexicon.Envoy) > 0) {
			e++ // "the Libyan government", "American diplomats": past the organ or envoys
		}
		if e+2 >= len(toks) {
			continue
		}
		// past a place: "the junta in Niger"
		if toks[e].Lower == "in" && s.at[e+1] >= 0 {
			e = s.ments[s.at[e+1]].end
		}
		trig := ""
		if to := ar.untilDate(s, e); to > 0 {
			// "gave Jammeh (up) until January 19 to concede"
			trig = "gave until"
		} else if spanTo(s, e) > 0 {
			trig = "gave " + toks[e].Lower + " " + toks[e+1].Lower
		}
		if trig == "" || ar.blocked(s, k) {
			continue
		}
		srcs, w := ar.subject(s, k, nil)
		ar.emitAll(s, srcs, graph.Urged, ar.otherSide(srcs, tgts), trig, wVerb*w)
	}
}

// haveKey holds the forms of "have" deadlinesHeld reads (keyHave).
var haveKey = []string{"has", "had", "have"}

// deadlinesHeld reads a deadline reported as held by its addressee: "the
// AU said Madagascar had six months to organise elections or face
// sanctions", "Hamas has until Friday to answer": the one who reports it
// (the sayer of the clause, else the sentence's speaker) URGED the holder,
// and WARNED it too when "or face (risk, pay ...)" names the penalty.
// Cost: linear in the sentence.
func (ar *article) deadlinesHeld(s *sent) {
	if !s.mayKey(keyHave) {
		return // (no "has", "had", "have": nothing to read)
	}
	toks := s.toks
	for k := range s.eachKey(keyHave, 1, len(toks)-3) {
		mi := s.at[k-1]
		if mi < 0 || s.ments[mi].end != k || !s.ments[mi].ok || s.ments[mi].media || s.ments[mi].possPron {
			continue
		}
		e := k + 1
		to := ar.untilDate(s, e)
		if to == 0 {
			to = spanTo(s, e)
		}
		if to == 0 || to+1 >= len(toks) || toks[to+1].Kind != text.Word || toks[to+1].Cap || s.at[to+1] >= 0 || ar.blocked(s, k) {
			continue
		}
		m := s.ments[mi]
		src := ar.sayerBefore(s, m.start)
		if src == nil {
			src = ar.trailingSayer(s, to)
		}
		if src == nil {
			src = ar.wordsSpeaker(s, m.start)
		}
		if src == nil || !src.ok {
			continue
		}
		srcs, tgts := []mention{*src}, ar.otherSide([]mention{*src}, []mention{m})
		ar.emitAll(s, srcs, graph.Urged, tgts, triggerText(toks[k:to+1]), wAppeal)
		for q := to + 2; q+1 < len(toks) && q < to+16 && toks[q].Text != "." && toks[q].Text != ";"; q++ {
			if toks[q].Lower == "or" && s.cue(ar.x.lex, q+1, lexicon.ThreatHead) > 0 {
				ar.emitAll(s, srcs, graph.Warned, tgts, "or "+toks[q+1].Lower, wAppeal)
				break
			}
		}
	}
}

// spanTo reads a deadline told as a span of time at e, "seven days to",
// "48 hours to", "a week to": it returns the index of the "to" that opens
// the act demanded, or 0. Cost: constant.
func spanTo(s *sent, e int) int {
	toks := s.toks
	if e+2 < len(toks) && (toks[e].Kind == text.Number || s.isWord(e, lexicon.NumberWord) || toks[e].Lower == "a" || toks[e].Lower == "an") &&
		s.is(e+1, lexicon.TimeUnit) && toks[e+2].Lower == "to" {
		return e + 2
	}
	return 0
}

// untilDate reads a deadline told as a date at e, "(up) until January 19
// to", "until midnight on Friday to", "till the end of the month to": it
// returns the index of the "to" that opens the act demanded, or 0.
func (ar *article) untilDate(s *sent, e int) int {
	toks := s.toks
	if e < len(toks) && toks[e].Lower == "up" {
		e++
	}
	if e >= len(toks) || toks[e].Lower != "until" && toks[e].Lower != "till" {
		return 0
	}
	for q := e + 1; q < len(toks) && q < e+9; q++ {
		t := toks[q]
		if t.Lower == "to" {
			if q > e+1 && q+1 < len(toks) && toks[q+1].Kind == text.Word && !toks[q+1].Cap && s.at[q+1] < 0 {
				return q
			}
			return 0
		}
		if s.at[q] >= 0 || !(ar.x.lex.Is(lexicon.TimeWord, t.Lower) || s.is(q, lexicon.Month) || s.is(q, lexicon.TimeUnit) || t.Kind == text.Number || ar.x.lex.Is(lexicon.Deadline, t.Lower) || t.Lower == ",") {
			return 0
		}
	}
	return 0
}

// underPressure reads an act done under another's pressure as that other
// pressing the one who acts: "Sri Lanka delayed the ship's arrival after
// pressure from India" is India URGED Sri Lanka, and "despite warnings
// from Washington, Israel ..." the US WARNED Israel. The noun (an URGED
// noun of the lexicon, else a WARNED one) follows a word of the pressureprep class
// ("after", "under", "despite", "defying"; an adjective may stand between)
// and names its source with "from" or an actor before it; the target is
// the clause's subject. Cost: linear in the
// sentence.
func (ar *article) underPressure(s *sent) {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if !s.is(k, lexicon.TriggerStart) || s.at[k] >= 0 {
			continue
		}
		trs, n := s.trigger(k)
		rel := graph.Urged
		if n == 1 && !hasSense(trs, graph.Urged, lexicon.Noun) && hasSense(trs, graph.Warned, lexicon.Noun) {
			rel = graph.Warned // "despite warnings from Washington"
		}
		if n != 1 || !hasSense(trs, rel, lexicon.Noun) || hasSense(trs, graph.SpokeWith, lexicon.Noun) {
			continue // ("after calls from India" may be telephone calls)
		}
		var srcs []mention
		b := k - 1
		if b > 0 && s.at[b] >= 0 && s.ments[s.at[b]].ok && !s.ments[s.at[b]].possPron && s.ments[s.at[b]].end == k {
			srcs = []mention{s.ments[s.at[b]]} // "despite US pressure", "under Western pressure"
			b = s.ments[s.at[b]].start - 1
		}
		if b > 0 && s.is(b, lexicon.Adj) {
			b-- // "after intense pressure from"
		}
		if b > 1 && s.cue(ar.x.lex, b-2, lexicon.PressurePrep) == 3 {
			b -= 2 // "in spite of", "in defiance of": the adjunct opens at "in"
		} else if b < 0 || !s.isWord(b, lexicon.PressurePrep) {
			continue
		}
		after := k + 1
		if len(srcs) == 0 && toks[k+1].Lower == "from" {
			srcs, after = ar.objectAt(s, k+2)
		}
		if len(srcs) == 0 || ar.blocked(s, k) {
			continue
		}
		if after > 0 && after < len(toks) {
			switch w := toks[after].Lower; {
			case w == "on" || w == "against" || w == "over" || w == "of" || w == "that" || w == "about",
				w == "to" && after+1 < len(toks) && s.at[after+1] >= 0:
				// "despite US pressure on Turkey", "amid warnings from the
				// WHO of a cholera outbreak": the noun names its own target
				// or content, and the clause's subject is no one pressed
				continue
			}
		}
		tgts, w := ar.subject(s, b, nil)
		if len(tgts) == 0 && b == 0 {
			// "Despite pressure from Washington, Israel pressed on": a
			// fronted adjunct, the subject after its comma
			tgts, w = ar.afterFrontedComma(s, k+1), wInherited/wVerb
		}
		ar.emitAll(s, srcs, rel, ar.otherSide(srcs, tgts), triggerText(toks[k:k+1]), wNoun*w)
	}
}

// requestAt returns who asked, when the words at k are "at the request
// (invitation, behest, urging) of X" or "at X's request": the act of the
// clause was done for them. Nil otherwise. Cost: constant.
func (ar *article) requestAt(s *sent, k int) []mention {
	toks := s.toks
	if k+2 >= len(toks) || toks[k].Lower != "at" || s.at[k] >= 0 {
		return nil
	}
	switch {
	case toks[k+1].Lower == "the" && k+3 < len(toks) && s.isWord(k+2, lexicon.AskedNoun) && toks[k+3].Lower == "of":
		ms, _ := ar.objectAt(s, k+4) // ("at the behest of", "at the urging of": asked)
		return ms
	case s.at[k+1] >= 0:
		m := s.ments[s.at[k+1]]
		if e := m.end; m.ok && e+1 < len(toks) && toks[e].Kind == text.Poss && s.isWord(e+1, lexicon.AskedNoun) {
			return []mention{m}
		}
	}
	return nil
}
