package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// This file holds the passes of issue 10 that read acts a trigger verb's
// window misses: a third party in talks (mediation), co-signatories, and
// threats told by their consequence. Each pass reads one sentence after
// relations has read its triggers and emits through emit, so the edge
// bookkeeping (one edge per key, the highest confidence kept) is shared.
// Their words are the cue classes mediate, cosign and threat of cues.tsv.

// Frame weights of these passes (docs/extractor.md, "Confidence").
const (
	wMediate = 0.75 // "talks between A and B mediated by M"
	wCosign  = 0.75 // "A signed the deal alongside B and C"
	wThreat  = 0.75 // "X will pay a heavy price", said Y
)

// thirdParties runs the passes of this file on one sentence.
func (ar *article) thirdParties(s *sent) {
	if len(s.groups) == 0 {
		return
	}
	ar.mediation(s)
	ar.openedTalks(s)
	ar.restraintAppeals(s)
	ar.projectilesAimed(s)
	ar.cosigners(s)
	ar.threats(s)
	ar.judgements(s)
	ar.judgedActs(s)
	ar.originCharges(s)
	ar.appealsOnCall(s)
	ar.threatHeads(s)
	ar.pledges(s)
	ar.hyphenPairs(s)
	ar.ultimatums(s)
	ar.jointEvents(s)
	ar.attendedBy(s)
	ar.tookPart(s)
	ar.responseThreats(s)
	ar.vowedResponses(s)
	ar.vowedReprisals(s)
	ar.futureForce(s)
	ar.stanceThreats(s)
	ar.answerWithForce(s)
	ar.toldReprisals(s)
	ar.protestAdjuncts(s)
	ar.assuredSupport(s)
	ar.grievanceOwners(s)
	ar.wrongfulDetention(s)
	ar.underPressure(s)
	ar.onSideOf(s)
	ar.namedWrongs(s)
	ar.diedFighting(s)
	ar.expectedMeasures(s)
	ar.phoneCalls(s)
	ar.airspaceViolations(s)
	ar.answeredForce(s)
	ar.pairFights(s)
	ar.judgedAccords(s)
	ar.concludedAccords(s)
	ar.pitted(s)
	ar.asGuarantors(s)
	ar.mediatorsNamed(s)
	ar.objectlessWarnings(s)
	ar.personaNonGrata(s)
	ar.releaseDemands(s)
	ar.conditionalThreats(s)
	ar.orFaceThreats(s)
	ar.measuresAgainst(s)
	ar.victimsOfLastAttack(s)
	ar.importanceAppeals(s)
	ar.relativeCharges(s)
	ar.asDid(s)
	ar.broughtTogether(s)
	ar.atRequest(s)
}

// asDid reads an ellipsis that lends the main clause's acts to more
// sources: "Argentina and Ecuador recognised Guaido, as did Paraguay and
// Panama", "..., as have France and Germany": each act the sentence's
// subject did before the comma is done by the actors after "as did" too.
// The subject is the sentence's first group, read as the source of an
// edge; acts of other sources are not lent.
func (ar *article) asDid(s *sent) {
	toks := s.toks
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].Text != "," || toks[k+1].Lower != "as" {
			continue
		}
		switch toks[k+2].Lower {
		case "did", "have", "has", "had", "do", "does":
		default:
			continue
		}
		others, _ := ar.objectAt(s, k+3)
		if len(others) == 0 || ar.blocked(s, k+2) {
			continue
		}
		// the main clause's verb: the last trigger word of an edge of the
		// sentence before the comma, outside a relative clause
		verbAt := func(trig string) int {
			w, _, _ := strings.Cut(trig, " ")
			for q := k - 1; q > 0; q-- {
				if toks[q].Lower == w {
					return q
				}
			}
			return -1
		}
		inRelative := func(q int) bool {
			for b := q - 1; b > 0; b-- {
				if toks[b].Text == "," {
					return toks[b+1].Lower == "which" || toks[b+1].Lower == "who"
				}
			}
			return false
		}
		n := len(ar.out)
		for i := 0; i < n; i++ {
			e := ar.out[i]
			if e.SentenceIndex != s.Index {
				continue
			}
			q := verbAt(e.Trigger)
			if q < 0 || inRelative(q) {
				continue
			}
			subj, _ := ar.subject(s, q, nil)
			from := false
			for _, m := range subj {
				from = from || m.actor.Name == e.Source.Name
			}
			if !from {
				continue
			}
			tgt := mention{actor: e.Target, ok: true, via: viaName}
			for _, o := range others {
				ar.emit(s, o, e.Relation, tgt, e.Trigger, wInherited)
			}
		}
		return
	}
}

// relativeCharges reads a charge told inside a relative clause: "a
// militant group that India says carried out a bombing", "the RSF, which
// Khartoum says was behind the attack": Y names X as the one who did an
// act of force, a charge (relations.md: naming who did an attack is a
// charge; "X, which it considers a terrorist group" is ACCUSED X).
func (ar *article) relativeCharges(s *sent) {
	toks := s.toks
	for r := 1; r+3 < len(toks); r++ {
		if w := toks[r].Lower; w != "that" && w != "which" && w != "who" {
			continue
		}
		g := ar.relAntecedent(s, r)
		if g < 0 || s.gAt[r+1] < 0 {
			continue
		}
		judge := s.groups[s.gAt[r+1]]
		v := judge.end
		if v+1 >= len(toks) || s.cue(ar.x.lex, v, lexicon.Say) == 0 || toks[v].Lower == "according" {
			continue
		}
		// the act: a verb of force, or "was behind" / "was responsible"
		a := v + 1
		act := false
		if trs, n := ar.x.lex.Trigger(toks, a); n > 0 && trs[0].Relation == graph.Attacked && !ar.blocked(s, a) {
			act = true
		} else if a+1 < len(toks) && s.is(a, lexicon.Aux) && (toks[a+1].Lower == "behind" || toks[a+1].Lower == "responsible") {
			act = true
		} else if n := s.cue(ar.x.lex, a, lexicon.Light); n > 0 {
			// "carried out a bombing", "launched the attack"
			for q := a + n; q < len(toks) && q < a+n+4 && !act; q++ {
				act = s.at[q] < 0 && ar.attackNoun(s, q)
			}
		}
		if !act {
			continue
		}
		ar.emitAll(s, s.groupMentions(s.gAt[r+1]), graph.Accused, s.groupMentions(g), triggerText(toks[v:v+1]), wAnaphora)
	}
}

// victimsOfLastAttack reads victims of an act named before: "Three
// Hezbollah fighters were killed in the strike", "17 FARC rebels died in
// the attack": the agents of the latest armed act attacked the victims'
// side (relations.md: an organisation whose members are killed is
// attacked). The noun must be definite and name no agent of its own.
func (ar *article) victimsOfLastAttack(s *sent) {
	if !s.mayCue(lexicon.EvNoun) {
		return
	}
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k+1].Lower != "in" {
			continue // (the cheap test first: most words are no victim verb)
		}
		if w := toks[k].Lower; !ar.x.lex.Is(lexicon.VictimVerb, w) && w != "died" {
			continue
		}
		e, armed := ar.eventNoun(s, k+2)
		if e < 0 || !armed || ar.blocked(s, k) {
			continue
		}
		if e < len(toks) && (toks[e].Lower == "by" || toks[e].Lower == "of") {
			continue // "killed in the raid by X": the frame's own agent
		}
		// the victims: the actor right before the verb ("Hezbollah fighters
		// were killed", "17 FARC rebels died"), never one inherited
		q := k - 1
		for q > 0 && s.at[q] < 0 && (s.is(q, lexicon.Aux) || s.is(q, lexicon.PassAux)) {
			q--
		}
		if q > 0 && s.at[q] < 0 && (s.isWord(q, lexicon.ForceNoun) || toks[q].Lower == "rebels" || toks[q].Lower == "soldiers" || toks[q].Lower == "members") {
			q-- // "Hezbollah fighters", "FARC rebels"
		}
		if q < 0 || s.gAt[q] < 0 || s.groups[s.gAt[q]].end != q+1 {
			continue
		}
		victims := s.groupMentions(s.gAt[q])
		if agents := ar.eventAgents(s, victims, true, ""); len(agents) > 0 {
			ar.emitAll(s, agents, graph.Attacked, victims, triggerText(toks[k:e]), wAnaphora)
		}
	}
}

// pitted reads "a war pitting A against B", "the conflict pits A against
// B": each fought the other (relations.md: a war between A and B is both
// ways). A noun of force must stand before the verb in the sentence: "a
// match pitting A against B" is no fight.
func (ar *article) pitted(s *sent) {
	toks := s.toks
	for k := 1; k+3 < len(toks); k++ {
		if w := toks[k].Lower; w != "pitting" && w != "pitted" && w != "pits" && w != "pit" {
			continue
		}
		force := false
		for q := max(k-12, 0); q < k && !force; q++ {
			force = s.is(q, lexicon.TriggerStart) && ar.attackNoun(s, q)
		}
		if !force || ar.blocked(s, k) {
			continue
		}
		a, e := ar.objectAt(s, k+1)
		if len(a) == 0 || e < 0 || e+1 >= len(toks) || toks[e].Lower != "against" {
			continue
		}
		b, _ := ar.objectAt(s, e+1)
		trig := toks[k].Lower + " against"
		for _, x := range a {
			for _, y := range b {
				ar.emit(s, x, graph.Attacked, y, trig, wNoun)
				ar.emit(s, y, graph.Attacked, x, trig, wNoun)
			}
		}
	}
}

// pairFights reads a fight told as a noun in an adjunct of time with no
// parties of its own, "A and B agreed to a ceasefire after four days of
// clashes", "held talks amid heavy fighting": the clause's two subjects
// fought each other (relations.md: "days of border clashes between A and
// B" is both ways). Only a pair subject counts; a fight with an owner or a
// "between" of its own is read by its frame.
func (ar *article) pairFights(s *sent) {
	toks := s.toks
	for p := 1; p+1 < len(toks); p++ {
		if w := toks[p].Lower; w != "after" && w != "following" && w != "amid" && w != "amidst" && w != "since" {
			continue // (cheap: only an adjunct of time opens the reading)
		}
		for k := p + 1; k < len(toks) && k <= p+6; k++ {
			if s.at[k] >= 0 || toks[k].Kind != text.Word && toks[k].Kind != text.Number || toks[k].Cap {
				break
			}
			if !s.is(k, lexicon.TriggerStart) {
				continue
			}
			senses, n := ar.x.lex.Trigger(toks, k)
			mutual := false
			for _, t := range senses {
				if t.Relation == graph.Attacked && t.POS == lexicon.Noun && t.Frame.Mutual && t.Frame.Between {
					mutual = true
				}
			}
			if !mutual || k+n < len(toks) && (toks[k+n].Lower == "between" || toks[k+n].Lower == "with" || toks[k+n].Lower == "against") || ar.blocked(s, k) {
				break
			}
			// (states and armed groups fight; two leaders who met "after
			// decades of conflict" are no fighters)
			if sides := ar.sidesBefore(s, p); len(sides) == 2 && sides[0].actor.Kind != graph.Person && sides[1].actor.Kind != graph.Person {
				ar.pairs(s, sides, graph.Attacked, true, triggerText(toks[k:k+n]), wNoun)
			}
			break
		}
	}
}

// projectilesAimed reads munitions told by their course: "the US shot
// down Iranian drones headed to Israel" is Iran ATTACKED Israel too
// (relations.md: force against a state's territory). A demonym, a
// projectile cue, a participle of course (headed, bound, fired, launched,
// aimed) and "to/towards/at/for" before the target. Cost: linear in the
// sentence's mentions.
func (ar *article) projectilesAimed(s *sent) {
	toks := s.toks
	for _, m := range s.ments {
		if m.via != viaDemonym || !m.ok || m.end+3 >= len(toks) {
			continue
		}
		n := s.cue(ar.x.lex, m.end, lexicon.Projectile)
		if n == 0 {
			continue
		}
		v := m.end + n
		switch toks[v].Lower {
		case "headed", "heading", "bound", "aimed", "fired", "launched", "flying":
		default:
			continue
		}
		switch toks[v+1].Lower {
		case "to", "towards", "toward", "at", "for", "into":
		default:
			continue
		}
		if toks[v].Lower == "bound" || toks[v+1].Lower == "for" {
			// "drones bound for Russia" may be a shipment: a course only
			// where they were shot down ("US shoots down Iranian drones
			// bound for Israel")
			shot := false
			for q := m.start - 1; q >= 0 && q >= m.start-4; q-- {
				shot = shot || s.isWord(q, lexicon.InterceptVerb) || s.cue(ar.x.lex, q, lexicon.InterceptVerb) > 0
			}
			if !shot {
				continue
			}
		}
		tgts, _ := ar.objectAt(s, v+2)
		if len(tgts) == 0 {
			continue
		}
		src := []mention{m}
		ar.emitAll(s, src, graph.Attacked, ar.otherSide(src, tgts), toks[m.end].Lower+" "+toks[v].Lower, wNoun)
	}
}

// threats reads a threat told by its consequence as WARNED now
// (relations.md: "will be met with a response", "told X they would pay a
// price"): the one threatened is the agent of the act to be answered ("any
// attack by X will be met with ...") or the actor nearest before the
// phrase; the source is the subject of the verb of saying or telling
// before it, else the sentence's speaker.
func (ar *article) threats(s *sent) {
	if !s.mayCue(lexicon.Threat) {
		return // (no cue of its class: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		n := s.cue(lex, k, lexicon.Threat)
		if n == 0 {
			continue
		}
		if s.cue(lex, k-1, lexicon.Neg) > 0 || k > 1 && s.cue(lex, k-2, lexicon.Neg) > 0 {
			continue // "will not pay a price"
		}
		if ar.insideCondition(s, k) {
			continue // "if X faces consequences" (not "if X attacks, it will pay")
		}
		if w := toks[k+n-1].Lower; (w == "with" || w == "by") && !forceAfter(lex, toks, k+n) {
			continue // "was met with protests", "will be met by the president"
		}
		var tgt *mention
		var byAgent *mention
		v := -1
		for b := k - 1; b >= 0 && b >= k-25; b-- {
			if toks[b].Text == "," && tgt != nil && b > 0 && !s.is(b-1, lexicon.Say) {
				break // "if Iran attacks, Israel will face ...": the clause's own
			}
			if s.at[b] >= 0 {
				m := &s.ments[s.at[b]]
				if m.ok && !m.media && !m.possPron {
					if m.start > 0 && toks[m.start-1].Lower == "by" && byAgent == nil {
						byAgent = m
					}
					if m.start == 0 || !ar.afterPrep(s, m.start) || toks[m.start-1].Lower == "by" {
						tgt = m // the leftmost: "U.S. attempts to harm Chinese interests will be met with"
					}
				}
				b = m.start
				continue
			}
			if s.cue(lex, b, lexicon.Say) > 0 || lex.Is(lexicon.SpeechAct, toks[b].Lower) {
				v = b
				break
			}
		}
		if byAgent != nil {
			tgt = byAgent
		}
		// "the strike on Syria would not go unanswered": a definite act
		// names its agent, told before
		cs := ar.clauseStart(s, k)
		if cs > 1 && quoteLike(s.toks[cs-1]) {
			cs = ar.clauseStart(s, cs-2) // "the attack on its ally “will not be left ...”"
		}
		named := tgt == nil && ar.eventNounIn(s, cs, k)
		if tgt == nil && !named {
			continue
		}
		var srcs []mention
		if v >= 0 {
			srcs, _ = ar.actorOf(s, v)
			if len(srcs) > 0 && srcs[0].start > v {
				srcs = nil // "..., X said": the speaker below
			}
		}
		if len(srcs) == 0 && s.speaker != nil && s.speaker.ok {
			srcs = []mention{*s.speaker}
		}
		if named && len(srcs) > 0 {
			// the latest act of another side: never the speaker's own
			// state or its organs ("the IDF intercepted ...")
			agents := ar.otherSideAgents(s, countryOf(srcs[0].actor))
			ar.emitAll(s, srcs, graph.Warned, agents, triggerText(toks[k:k+n]), wThreat*wAnaphora)
			continue
		}
		if tgt == nil {
			continue // (no one named and no speaker: nothing to aim at)
		}
		ar.emitAll(s, srcs, graph.Warned, []mention{*tgt}, triggerText(toks[k:k+n]), wThreat)
	}
}

// counterpartWindow is how many sentences back conflictCounterpart reads
// the article's conflict.
const counterpartWindow = 8

// objectlessWarnings reads a warning told with no one named as warned,
// whose words hold a threat: "'Nobody should dare test Greece's
// capabilities,' Dendias warned", "Putin warned: 'This will have serious
// consequences'": the speaker WARNED the actor of another state the
// article tells most in conflict with the speaker's state in the sentences
// just before (conflictCounterpart). A warning with no threat in its words
// is a prediction, no edge (relations.md). Cost: linear in the sentence
// and the edges of the window.
func (ar *article) objectlessWarnings(s *sent) {
	if !s.mayKey(keyWarnVerb) {
		return // (no verb of warning: nothing to read)
	}
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		if !s.key(k, keyWarnVerb) || s.at[k] >= 0 || ar.blocked(s, k) {
			continue
		}
		// no one warned: the verb ends its clause or opens a quotation
		if e := k + 1; e < len(toks) && !(toks[e].Text == ":" || toks[e].Text == "." || toks[e].Text == "," || quoteLike(toks[e])) {
			continue
		}
		threat := false
		for q := range toks {
			if q != k && (s.cue(ar.x.lex, q, lexicon.ThreatNoun) > 0 || toks[q].Lower == "dare") {
				threat = true
				break
			}
		}
		if !threat {
			continue
		}
		warned := false
		for i := len(ar.out) - 1; i >= 0 && ar.out[i].SentenceIndex == s.Index; i-- {
			warned = warned || ar.out[i].Relation == graph.Warned
		}
		if warned {
			continue
		}
		var srcs []mention
		if s.speaker != nil && s.speaker.ok && !s.speaker.media {
			srcs = []mention{*s.speaker}
		} else if ms, _ := ar.subject(s, k, nil); len(ms) > 0 {
			srcs = ms
		}
		if len(srcs) == 0 {
			continue
		}
		if tgt := ar.conflictCounterpart(s, countryOf(srcs[0].actor)); tgt != nil {
			ar.emitAll(s, srcs, graph.Warned, []mention{*tgt}, toks[k].Lower, wThreat*wAnaphora)
		}
	}
}

// personaNonGrata reads an expulsion told by its formula: "Israel
// declared Lula persona non grata", "Peru declared the Mexican ambassador
// persona non grata": the declaring side ACCUSED the one declared (an
// envoy's state for an envoy), the formula itself naming the grievance.
// Cost: linear in the sentence.
func (ar *article) personaNonGrata(s *sent) {
	toks := s.toks
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].Lower != "persona" || toks[k+1].Lower != "non" || toks[k+2].Lower != "grata" {
			continue
		}
		// the verb of declaring a few words before, the one declared between
		v := -1
		for q := k - 1; q >= 0 && q >= k-8; q-- {
			if w := toks[q].Lower; strings.HasPrefix(w, "declar") {
				v = q
				break
			}
		}
		if v < 0 || ar.blocked(s, v) {
			continue
		}
		tgts, _ := ar.objectAt(s, v+1)
		if len(tgts) == 0 {
			continue
		}
		srcs, w := ar.subject(s, v, nil)
		if len(srcs) == 0 {
			continue
		}
		for q := range tgts {
			// an envoy declared persona non grata stands for the state;
			// a leader so declared ("Israel declared Lula ...") is himself
			if t := tgts[q]; t.actor.Kind == graph.Person && t.actor.Country != "" && (t.class == "envoy" || strings.Contains(t.title, "ambassador") || strings.Contains(t.title, "diplomat")) {
				tgts[q].actor = stateActor(t.actor.Country)
			}
		}
		ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, tgts), "persona non grata", wVerb*w)
	}
}

// conditionalThreats reads a threat told as a condition on another's
// conduct, in a speaker's words: "ECOWAS said that if Gbagbo does not step
// down, they would have to intervene militarily", "if Niger's junta fails
// to free Bazoum, it will use force": the speaker WARNED the one the
// condition names (relations.md: a stated threat is WARNED now) and URGED
// them to do what the condition asks. The main clause must hold a modal
// and a verb or noun of force; a condition on the speaker's own side, or a
// consequence with no force, is no threat. Cost: linear in the sentence.
func (ar *article) conditionalThreats(s *sent) {
	toks := s.toks
	for c := 0; c+4 < len(toks); c++ {
		w := toks[c].Lower
		if w != "if" && w != "unless" {
			continue
		}
		var ys []mention
		var g group
		switch {
		case s.gAt[c+1] >= 0 && s.groups[s.gAt[c+1]].start == c+1:
			g = s.groups[s.gAt[c+1]]
			ys = s.groupMentions(s.gAt[c+1])
		case s.at[c+1] >= 0 && s.ments[s.at[c+1]].via == viaPronoun && !s.ments[s.at[c+1]].ok && (toks[c+1].Lower == "he" || toks[c+1].Lower == "she"):
			// "upped the ante for Gbagbo, saying that if he does not ...":
			// the person named last before it
			for q := s.at[c+1] - 1; q >= 0; q-- {
				if o := s.ments[q]; o.ok && !o.media && o.actor.Kind == graph.Person {
					ys = []mention{o}
					break
				}
			}
			g = group{start: c + 1, end: c + 2}
		}
		if len(ys) == 0 {
			continue
		}
		// "if he does not step down", "if Gbagbo refuses to", "unless X leaves"
		e := g.end
		asked := w == "unless"
		for q := e; q < len(toks) && q < e+4 && !asked; q++ {
			asked = s.cue(ar.x.lex, q, lexicon.Neg) > 0 || s.cue(ar.x.lex, q, lexicon.Refuse) > 0
		}
		if !asked {
			continue
		}
		// the main clause after the condition's comma: a modal, then force
		// (the condition may hold appositions: "hand power to the winner,
		// Alassane Ouattara, they would ...": try each of its commas)
		force := false
		for q := e; q < len(toks) && q < e+30 && !force; q++ {
			if toks[q].Text != "," {
				continue
			}
			modal := false
			for r := q + 1; r < len(toks) && r < q+12 && !(r > q+1 && ar.stops(s, r)); r++ {
				if s.cue(ar.x.lex, r, lexicon.Modal) > 0 || strings.HasSuffix(toks[r].Lower, "'ll") {
					modal = true
				}
				if modal && (ar.hostileVerbAt(s, r) || ar.attackNoun(s, r) || s.cue(ar.x.lex, r, lexicon.ForceMet) > 0 || toks[r].Lower == "intervene" || toks[r].Lower == "militarily") {
					force = true
					break
				}
			}
		}
		if !force {
			continue
		}
		var srcs []mention
		for v := c - 1; v >= 0 && v >= c-4; v-- {
			if toks[v].Lower == "that" || toks[v].Text == "," || strings.HasSuffix(toks[v].Lower, "ly") {
				continue
			}
			if s.cue(ar.x.lex, v, lexicon.Say) > 0 && s.at[v] < 0 {
				srcs, _ = ar.actorOf(s, v)
			}
			break
		}
		if len(srcs) == 0 && s.speaker != nil && s.speaker.ok && !s.speaker.media {
			srcs = []mention{*s.speaker}
		}
		if len(srcs) == 0 {
			continue
		}
		tgts := ar.otherSide(srcs, ys)
		if len(tgts) == 0 || countryOf(tgts[0].actor) != "" && countryOf(tgts[0].actor) == countryOf(srcs[0].actor) {
			continue
		}
		ar.emitAll(s, srcs, graph.Warned, tgts, toks[c].Lower, wThreat)
		ar.emitAll(s, srcs, graph.Urged, tgts, toks[c].Lower, wThreat)
	}
}

// orFaceThreats reads a demand closed by its sanction: "Colombia must take
// back the flights or face retaliation", "demanded that Seoul cancel the
// deployment or suffer the consequences": each appeal of the sentence is
// also a threat (WARNED) from the one who asks to the one asked.
// Cost: linear in the sentence and its edges.
func (ar *article) orFaceThreats(s *sent) {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Lower != "or" || !s.isWord(k+1, lexicon.ThreatHead) {
			continue
		}
		threat := false
		for q := k + 2; q < len(toks) && q < k+7 && !threat; q++ {
			threat = s.cue(ar.x.lex, q, lexicon.ThreatNoun) > 0 || s.cue(ar.x.lex, q, lexicon.ForceMet) > 0 || toks[q].Lower == "sanctions"
		}
		if !threat {
			continue
		}
		first := len(ar.out)
		for first > 0 && ar.out[first-1].SentenceIndex == s.Index {
			first--
		}
		last := len(ar.out)
		for i := first; i < last; i++ {
			if e := ar.out[i]; e.Relation == graph.Urged {
				ar.emit(s, mention{actor: e.Source, ok: true}, graph.Warned, mention{actor: e.Target, ok: true}, "or "+toks[k+1].Lower, wThreat)
			}
		}
	}
}

// measuresAgainst reads a threat told in the passive, in a speaker's
// words: "further measures will be taken against Beirut", "action would
// be taken against those responsible in Kabul": the speaker (the subject
// of the verb of saying, else the sentence's speaker) WARNED the one named
// after "against". Cost: linear in the sentence.
func (ar *article) measuresAgainst(s *sent) {
	toks := s.toks
	for k := 2; k+3 < len(toks); k++ {
		if toks[k].Lower != "taken" || toks[k+1].Lower != "against" || s.at[k+2] < 0 {
			continue
		}
		// "will be taken", "would be taken": a stated future, its subject a
		// measure noun
		if toks[k-1].Lower != "be" || k < 3 || s.cue(ar.x.lex, k-2, lexicon.Modal) == 0 {
			continue
		}
		noun := false
		for q := k - 3; q >= 0 && q >= k-6 && !noun; q-- {
			noun = s.cue(ar.x.lex, q, lexicon.MeasureNoun) > 0
		}
		if !noun {
			continue
		}
		negated := false
		for q := max(k-7, 0); q < k && !negated; q++ {
			negated = s.cue(ar.x.lex, q, lexicon.Neg) > 0 // "no measures will be taken against"
		}
		if negated {
			continue
		}
		tgts, _ := ar.objectAt(s, k+2)
		var srcs []mention
		for v := k - 3; v >= 0; v-- {
			if s.cue(ar.x.lex, v, lexicon.Say) > 0 && s.at[v] < 0 {
				srcs, _ = ar.actorOf(s, v)
				break
			}
		}
		if len(srcs) == 0 && s.speaker != nil && s.speaker.ok && !s.speaker.media {
			srcs = []mention{*s.speaker}
		}
		ar.emitAll(s, srcs, graph.Warned, ar.otherSide(srcs, tgts), "taken against", wThreat)
	}
}

// conflictCounterpart returns the actor of another state that the
// article has told most often in conflict (ATTACKED, WARNED, ACCUSED)
// with state own in this sentence and the counterpartWindow before it, an
// act against own counting double; a tie goes to the latest. Nil if none.
// Cost: linear in the edges of the window.
func (ar *article) conflictCounterpart(s *sent, own string) *mention {
	if own == "" {
		return nil
	}
	score := map[string]int{}
	var best graph.Actor
	bestN := 0
	first := len(ar.out)
	for first > 0 && ar.out[first-1].SentenceIndex >= s.Index-counterpartWindow {
		first--
	}
	for _, e := range ar.out[first:] {
		if e.SentenceIndex > s.Index || !e.Relation.Conflict() {
			continue
		}
		var other graph.Actor
		w := 1
		switch cs, ct := countryOf(e.Source), countryOf(e.Target); {
		case ct == own && cs != own && cs != "":
			other, w = e.Source, 2 // "Turkey shot down a Russian jet. Putin warned ..."
		case cs == own && ct != own && ct != "":
			other = e.Target
		default:
			continue
		}
		score[other.Name] += w
		if score[other.Name] >= bestN {
			best, bestN = other, score[other.Name]
		}
	}
	if bestN == 0 {
		return nil
	}
	return &mention{actor: best, ok: true, via: viaDefinite}
}

// otherSideAgents returns the agents of the latest act reported in the
// last few sentences by an actor of another country than own.
func (ar *article) otherSideAgents(s *sent, own string) []mention {
	// an attack on the speaker's own side comes first: "this launch
	// (at Israel) will be met with a response," the Israeli general said
	if own != "" {
		for i := len(ar.out) - 1; i >= 0; i-- {
			e := ar.out[i]
			if e.SentenceIndex < s.Index-eventWindow {
				break
			}
			if e.Relation == graph.Attacked && countryOf(e.Target) == own && countryOf(e.Source) != own {
				return []mention{{actor: e.Source, ok: true, via: viaDefinite}}
			}
		}
	}
	for e := len(ar.events) - 1; e >= 0; e-- {
		ev := ar.events[e]
		if ev.sent < s.Index-eventWindow {
			break
		}
		var out []mention
		for _, a := range ev.agents {
			if own == "" || countryOf(a.actor) != own {
				a.via = viaDefinite
				out = append(out, a)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// eventNounIn reports whether a definite noun of an act ("the strike",
// "this aggression") starts in tokens [from, to).
func (ar *article) eventNounIn(s *sent, from, to int) bool {
	for j := max(from, 0); j < to; j++ {
		if ar.eventNounAt(s, j) > 0 {
			return true
		}
	}
	return false
}

// insideCondition reports whether token k stands inside a condition: an
// "if", "unless" or "should" before it in its clause with no comma
// closing it before k.
func (ar *article) insideCondition(s *sent, k int) bool {
	cs := ar.clauseStart(s, k)
	for c := k - 1; c >= 0 && c >= cs-1; c-- {
		switch s.toks[c].Text {
		case ",", ";", ":":
			return false
		}
		if s.at[c] < 0 && s.is(c, lexicon.Cond) {
			return true
		}
	}
	return false
}

// forceAfter reports whether a force or a response is named within a few
// words from j: "be met with force", "be met with a crushing response".
func forceAfter(lex *lexicon.Lexicon, toks []text.Token, j int) bool {
	for k := j; k < len(toks) && k < j+5; k++ {
		if lex.Is(lexicon.ResponseNoun, toks[k].Lower) {
			return true // "firm countermeasures", "a crushing retaliation"
		}
		if lex.Is(lexicon.ForceMet, toks[k].Lower) {
			return true // "be met with force"
		}
	}
	return false
}

// threatHeads reads threats with modifiers between the verb and what is
// threatened ("Russia risks \"massive\" political and economic
// consequences", "there would be consequences if Iran ..."), as threats
// reads the fixed phrases.
func (ar *article) threatHeads(s *sent) {
	if !s.mayCue(lexicon.ThreatNoun) {
		return // (no cue of its class: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		if s.cue(lex, k, lexicon.ThreatNoun) == 0 || s.cue(lex, k, lexicon.Threat) > 0 {
			continue
		}
		h := -1
		for b := k - 1; b >= 0 && b >= k-8; b-- {
			if s.cue(lex, b, lexicon.ThreatHead) > 0 {
				h = b
				break
			}
			if s.at[b] >= 0 || ar.stops(s, b) && !quoteLike(toks[b]) {
				break
			}
		}
		if h < 0 && k+2 < len(toks) && toks[k+1].Lower == "for" {
			// "warned of serious consequences for Lithuania", "Russia's
			// response will carry serious consequences for Lithuania"
			ar.consequencesFor(s, k)
			continue
		}
		var tgt *mention
		switch {
		case h > 0 && s.cue(lex, h-1, lexicon.Neg) == 0:
			// the one who faces it: the actor nearest before the head
			for b := h - 1; b >= 0 && b >= h-6; b-- {
				if s.at[b] >= 0 {
					if m := &s.ments[s.at[b]]; m.ok && !m.media && !m.possPron && !ar.afterPrep(s, m.start) {
						tgt = m
					}
					break
				}
				if !s.is(b, lexicon.Aux) && !s.is(b, lexicon.Modal) && toks[b].Lower != "would" && toks[b].Lower != "will" {
					break
				}
			}
		case k >= 2 && toks[k-1].Lower == "be" && (toks[k-2].Lower == "would" || toks[k-2].Lower == "will"):
			// "there would be consequences if Iran did not ...": the subject
			// of the condition
			for e := k + 1; e+1 < len(toks) && e < k+4; e++ {
				if toks[e].Lower == "if" || toks[e].Lower == "for" || toks[e].Lower == "unless" {
					if ms, _ := ar.objectAt(s, e+1); len(ms) > 0 {
						tgt = &ms[0]
					}
					break
				}
			}
		}
		if tgt == nil {
			continue
		}
		var srcs []mention
		from := min(tgt.start, k) - 1
		for v := from; v >= 0 && v >= from-12; v-- {
			if s.at[v] < 0 && (s.cue(lex, v, lexicon.Say) > 0 || lex.Is(lexicon.SpeechAct, toks[v].Lower)) {
				srcs, _ = ar.actorOf(s, v)
				break
			}
		}
		if len(srcs) == 0 && s.speaker != nil && s.speaker.ok {
			srcs = []mention{*s.speaker}
		}
		tgts := []mention{*tgt}
		if g := s.gAt[tgt.start]; g >= 0 {
			tgts = s.groupMentions(g) // "America and Britain will pay a high price"
		}
		if len(srcs) > 0 && inGroupOf(s, srcs[0], tgts) {
			continue // no one of those who face it speaks
		}
		ar.emitAll(s, srcs, graph.Warned, tgts, triggerText(toks[k:k+1]), wThreat)
	}
}

// consequencesFor reads a threat told as consequences "for" the one
// threatened, the threat noun at k: "Patrushev warned of serious
// consequences for Lithuania" (the subject of a verb of warning or a vow
// before the noun), "Russia's response will have serious consequences for
// Lithuania" (the owner of a response or measures that will have them).
// Consequences a thing will have ("the drought will have consequences for
// X") threaten no one.
func (ar *article) consequencesFor(s *sent, k int) {
	lex := ar.x.lex
	toks := s.toks
	tgts, _ := ar.objectAt(s, k+2)
	if len(tgts) == 0 {
		return
	}
	var srcs []mention
	for v := k - 1; v >= 0 && v >= k-6 && len(srcs) == 0; v-- {
		if s.at[v] >= 0 || ar.stops(s, v) {
			break
		}
		if trs, _ := s.trigger(v); len(trs) > 0 && trs[0].Relation == graph.Warned && trs[0].POS == lexicon.Verb || s.cue(lex, v, lexicon.Vow) > 0 {
			if ar.blocked(s, v) {
				return
			}
			srcs, _ = ar.subject(s, v, nil)
		}
		// "will have / carry / bring": the owner of the response or
		// measures that is the subject
		if w := toks[v].Lower; (w == "have" || w == "carry" || w == "bring") && v >= 2 && (toks[v-1].Lower == "will" || toks[v-1].Lower == "would") {
			for q := v - 2; q >= 1 && q >= v-6; q-- {
				if s.cue(lex, q, lexicon.ResponseNoun) == 0 && s.cue(lex, q, lexicon.MeasureNoun) == 0 {
					continue
				}
				if o := s.at[q-1]; o >= 0 && s.ments[o].ok && !s.ments[o].media {
					srcs = []mention{s.ments[o]} // "Russia's response"
				} else if q >= 2 && toks[q-1].Kind == text.Poss && s.at[q-2] >= 0 && s.ments[s.at[q-2]].ok {
					srcs = []mention{s.ments[s.at[q-2]]}
				}
				break
			}
			break
		}
	}
	if len(srcs) == 0 {
		return
	}
	ar.emitAll(s, srcs, graph.Warned, ar.otherSide(srcs, tgts), triggerText(toks[k:k+1]), wThreat)
}

// responseThreats reads a vow to answer any act of another as a threat to
// it (relations.md: "X's forces would respond to any fire from Y" is
// WARNED Y; "stands ready to respond to any aggression by Y"): respond,
// retaliate or react, "to any/every", an act noun, and "by/from Y".
func (ar *article) responseThreats(s *sent) {
	if !s.mayKey(keyResponse) {
		return // (no respondverb cue: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := 1; k+4 < len(toks); k++ {
		if !s.key(k, keyResponse) {
			continue
		}
		j := k + 1
		for j < len(toks) && j < k+3 && strings.HasSuffix(toks[j].Lower, "ly") {
			j++ // "respond decisively to"
		}
		if j < len(toks) && toks[j].Lower == "with" {
			// "respond with nuclear force to any provocation by Y"
			for q := j + 1; q < len(toks) && q <= j+5; q++ {
				if toks[q].Lower == "to" {
					j = q
					break
				}
				if s.at[q] >= 0 || ar.stops(s, q) {
					break
				}
			}
		}
		if j+2 >= len(toks) || toks[j].Lower != "to" || (toks[j+1].Lower != "any" && toks[j+1].Lower != "every") {
			continue
		}
		if s.cue(lex, k-1, lexicon.Neg) > 0 || k > 1 && s.cue(lex, k-2, lexicon.Neg) > 0 {
			continue
		}
		var tgts []mention
		for q := j + 2; q+1 < len(toks) && q < j+7; q++ {
			if (toks[q].Lower == "by" || toks[q].Lower == "from") && s.at[q+1] >= 0 {
				tgts, _ = ar.objectAt(s, q+1)
				break
			}
			if s.at[q] >= 0 {
				// "any Israeli attack": the demonym is the one warned
				if m := s.ments[s.at[q]]; m.ok && m.via == viaDemonym {
					tgts = []mention{m}
				}
				break
			}
		}
		if len(tgts) == 0 {
			continue
		}
		ar.emitThreat(s, k, tgts, triggerText(toks[k:j+2]))
	}
}

// emitThreat emits a stated threat told at k as WARNED from its subject
// (else the sentence's speaker) to tgts, none of them the threatener's own
// side.
func (ar *article) emitThreat(s *sent, k int, tgts []mention, trig string) {
	srcs, _ := ar.subject(s, k, nil)
	if len(srcs) == 0 && s.speaker != nil && s.speaker.ok {
		srcs = []mention{*s.speaker}
	}
	ar.emitAll(s, srcs, graph.Warned, ar.otherSide(srcs, tgts), trig, wThreat)
}

// expectedMeasures reads a warning told as what the threatened one should
// expect (relations.md: "Kerry said Moscow should expect the US to take
// measures": United States WARNED Russia): "X should/can/will expect Y to
// take measures/action/steps against it" is Y WARNED X.
func (ar *article) expectedMeasures(s *sent) {
	if !s.mayKey(keyExpect) {
		return // (no expectverb cue: nothing to read)
	}
	toks := s.toks
	for k := 1; k+4 < len(toks); k++ {
		if !s.key(k, keyExpect) {
			continue
		}
		ys, e := ar.objectAt(s, k+1)
		if len(ys) == 0 || e < 0 || e+2 >= len(toks) || toks[e].Lower != "to" {
			continue
		}
		against := -1
		for q := e + 1; q < len(toks) && q < e+7; q++ {
			if toks[q].Lower == "against" {
				against = q
				break
			}
			if ar.stops(s, q) {
				break
			}
		}
		if against < 0 || against+1 >= len(toks) {
			continue
		}
		var tgts []mention
		if s.at[against+1] >= 0 && s.ments[s.at[against+1]].via == viaPronoun {
			tgts, _ = ar.subject(s, k, nil) // "against it": the one who expects
		} else {
			tgts, _ = ar.objectAt(s, against+1)
		}
		ar.emitAll(s, ys, graph.Warned, ar.otherSide(ys, tgts), "expect ... to "+toks[e+1].Lower, wThreat)
	}
}

// airspaceViolations reads entering another's airspace, waters or land as
// force (relations.md: "drones entering its airspace" is ATTACKED): a verb
// of entry (act cues: entered, violated, intruded, penetrated), then,
// past a distance ("10 km into"), "X's airspace/territorial waters/
// territory" (placenoun) or "the airspace of X".
func (ar *article) airspaceViolations(s *sent) {
	if !s.mayKey(keyAirspace) {
		return // (no entryverb cue: nothing to read)
	}
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if !s.key(k, keyAirspace) {
			continue
		}
		e := k + 1
		// "intruded nearly 10 kms inside Indian territory": a distance
		for d := e; d < len(toks) && d < k+5 && s.at[d] < 0; d++ {
			if w := toks[d].Lower; w == "into" || w == "inside" || w == "deep" {
				e = d
				break
			}
			if toks[d].Kind != text.Number && !s.isWord(d, lexicon.DistanceWord) {
				break
			}
		}
		// "Hamas breached defences in southern Israel": a barrier in a state
		if b := e; b+2 < len(toks) {
			if s.is(b, lexicon.Det) && s.at[b] < 0 {
				b++
			}
			if n := s.cue(ar.x.lex, b, lexicon.BarrierNoun); n > 0 && b+n+1 < len(toks) && (toks[b+n].Lower == "in" || toks[b+n].Lower == "along") {
				q := b + n + 1
				for q < len(toks) && q < b+n+3 && s.at[q] < 0 && (s.is(q, lexicon.Det) || s.is(q, lexicon.Adj)) {
					q++
				}
				if q < len(toks) && s.at[q] >= 0 && s.ments[s.at[q]].ok && s.ments[s.at[q]].actor.Kind == graph.State && !ar.blocked(s, k) {
					srcs, w := ar.subject(s, k, nil)
					ar.emitAll(s, srcs, graph.Attacked, ar.otherSide(srcs, []mention{s.ments[s.at[q]]}), triggerText(toks[k:k+1])+" "+toks[b].Lower, wVerb*w)
					continue
				}
			}
		}
		// "crossed the border into Ecuador": the edge crossed
		if e+2 < len(toks) && toks[e].Lower == "the" && s.isWord(e+1, lexicon.BorderNoun) && toks[e+2].Lower == "into" {
			e += 2
		}
		into := false
		if e < len(toks) && (toks[e].Lower == "into" || toks[e].Lower == "inside") {
			e++
			into = true
		}
		var owner []mention
		q := e
		if q < len(toks) && s.at[q] >= 0 {
			m := s.ments[s.at[q]]
			owner = []mention{m}
			q = m.end
			if q < len(toks) && toks[q].Kind == text.Poss {
				q++
			}
		} else if q < len(toks) && toks[q].Lower == "the" {
			q++
		}
		if q < len(toks) && toks[q].Lower == "territorial" {
			q++ // "territorial waters"
		}
		if into && len(owner) == 1 && owner[0].actor.Kind == graph.State && owner[0].ok && !owner[0].possPron && owner[0].via != viaDemonym &&
			(q >= len(toks) || !s.isWord(q, lexicon.PlaceNoun)) {
			// "Colombian troops crossed into Ecuador": armed forces entering
			// the state itself
			if src := ar.forcesBefore(s, k); len(src) > 0 && !ar.blocked(s, k) {
				ar.emitAll(s, src, graph.Attacked, ar.otherSide(src, owner), triggerText(toks[k:k+1])+" into", wVerb)
			}
			continue
		}
		if q >= len(toks) || !s.isWord(q, lexicon.PlaceNoun) {
			continue
		}
		place := q
		if len(owner) == 0 {
			for r := q + 1; r+1 < len(toks) && r < q+3; r++ {
				if toks[r].Lower == "of" {
					owner, _ = ar.objectAt(s, r+1)
					break
				}
			}
		}
		if len(owner) == 0 || ar.blocked(s, k) {
			continue
		}
		var srcs []mention
		w := 1.0
		// "Russian drones violating its airspace": a participle's subject is
		// the demonym of the noun right before it
		if m := demonymBefore(s, k); m != nil {
			srcs = []mention{*m}
		}
		if len(srcs) == 0 && !strings.HasSuffix(toks[k].Lower, "ing") {
			srcs, w = ar.subject(s, k, nil)
		}
		// "its airspace" is a state's, the nearest one named before that is
		// not the intruder
		for q := range owner {
			if !owner[q].possPron {
				continue
			}
			owner[q].ok = false
			for b := s.at[owner[q].start] - 1; b >= 0; b-- {
				if m := s.ments[b]; m.ok && !m.media && !m.possPron && m.actor.Kind == graph.State && !sameActor(m, srcs) && !ar.afterPrep(s, m.start) {
					owner[q] = m // ("Turkey, a rival with the Soviet Union, ...": not one inside a phrase)
					break
				}
			}
		}
		ar.emitAll(s, srcs, graph.Attacked, ar.otherSide(srcs, owner), triggerText(toks[k:k+1])+" "+toks[place].Lower, wVerb*w)
	}
}

// forcesBefore returns the state whose armed forces are the subject right
// before the verb at k: a demonym and a force noun ("Colombian troops
// crossed", "Russian forces pushed"), or nil. It reads at most three
// tokens back.
func (ar *article) forcesBefore(s *sent, k int) []mention {
	if m := demonymBefore(s, k); m != nil && m.ok && m.end < k && s.isWord(m.end, lexicon.ForceNoun) {
		return []mention{*m}
	}
	return nil
}

// demonymBefore returns the mention nearest before k, within three tokens,
// when it is a demonym ("Russian drones violating", "Colombian troops
// crossed"), or nil.
func demonymBefore(s *sent, k int) *mention {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if s.at[b] >= 0 {
			if m := &s.ments[s.at[b]]; m.via == viaDemonym {
				return m
			}
			return nil
		}
	}
	return nil
}

// stanceThreats reads a stated readiness to use force as a threat now
// (relations.md: a stated warning or vow is WARNED): "X reserves the right
// to respond to Y's aggression", "X will not hesitate to strike Y". The
// stance is a threatstance cue; the act after it is either an answer
// (respond, retaliate, react, act) aimed "to/against" Y, Y's act or an act
// by Y, or a verb of force whose object is Y. The source is the stance's
// subject, else the sentence's speaker. A stance under a condition is none.
// Cost: linear in the sentence.
func (ar *article) stanceThreats(s *sent) {
	if !s.mayCue(lexicon.ThreatStance) {
		return // (no cue of its class: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := 0; k+2 < len(toks); k++ {
		n := s.cue(lex, k, lexicon.ThreatStance)
		if n == 0 {
			continue
		}
		if cs := ar.clauseStart(s, k); cs > 0 && s.is(cs-1, lexicon.Cond) {
			continue
		}
		v := k + n
		if v >= len(toks) {
			continue // "Iran stands ready to" at the end of the text
		}
		var tgts []mention
		aimed := ar.measuresTaken(s, v) // where "take measures against" names its target, or 0
		switch {
		case lex.Is(lexicon.StanceAnswer, toks[v].Lower):
			for p := v + 1; p+1 < len(toks) && p <= v+3; p++ {
				if w := toks[p].Lower; w != "to" && w != "against" {
					if s.at[p] >= 0 || ar.stops(s, p) {
						break
					}
					continue
				}
				tgts = ar.aimedAt(s, p+1)
				break
			}
		case lex.Is(lexicon.UseVerb, toks[v].Lower):
			// "is prepared to use (military) force against X"
			for p := v + 1; p+1 < len(toks) && p <= v+4; p++ {
				if w := toks[p].Lower; w == "against" || w == "on" {
					if p > v+1 && (toks[p-1].Lower == "force" || toks[p-1].Lower == "weapons") {
						tgts = ar.aimedAt(s, p+1)
					}
					break
				}
				if s.at[p] >= 0 || ar.stops(s, p) {
					break
				}
			}
		case aimed > 0:
			// "reserves the right to take other measures against X"
			tgts = ar.aimedAt(s, aimed)
		default:
			trs, _ := lex.Trigger(toks, v)
			if len(trs) > 0 && trs[0].Relation == graph.Supported && trs[0].POS == lexicon.Verb && trs[0].Frame.Obj && s.cue(lex, k, lexicon.ThreatStance) > 0 && !strings.Contains(triggerText(toks[k:v]), "hesitate") {
				// "Washington was prepared to support Ukraine": a readiness
				// to help, said now, is a pledge (relations.md: SUPPORTED)
				if helped, _ := ar.objectAt(s, v+1); len(helped) > 0 {
					srcs, _ := ar.subject(s, k, nil)
					if len(srcs) == 0 && s.speaker != nil && s.speaker.ok {
						srcs = []mention{*s.speaker}
					}
					ar.emitAll(s, srcs, graph.Supported, ar.otherSide(srcs, helped), triggerText(toks[k:v+1]), wVerb)
				}
				continue
			}
			for _, tr := range trs {
				if tr.Relation == graph.Attacked && tr.POS == lexicon.Verb && tr.Frame.Obj {
					tgts, _ = ar.objectAt(s, v+1)
					if len(tgts) == 0 && v+2 < len(toks) && tr.Frame.HasPrep(toks[v+1].Lower) {
						tgts, _ = ar.objectAt(s, v+2) // "to strike at Hamas"
					}
					break
				}
			}
		}
		if len(tgts) == 0 {
			continue
		}
		ar.emitThreat(s, k, tgts, triggerText(toks[k:v+1]))
	}
}

// measuresTaken returns where the one measures are aimed at stands when a
// form of "take" at v takes a measure noun aimed "against" someone ("take
// other measures against X", "take retaliatory action against X"), else 0.
func (ar *article) measuresTaken(s *sent, v int) int {
	toks := s.toks
	if !ar.x.lex.Is(lexicon.TakeVerb, toks[v].Lower) {
		return 0
	}
	noun := false
	for p := v + 1; p+1 < len(toks) && p <= v+5; p++ {
		if toks[p].Lower == "against" || toks[p].Lower == "on" && noun {
			if noun {
				return p + 1
			}
			return 0
		}
		if s.at[p] >= 0 || ar.stops(s, p) || s.is(p, lexicon.CivilMod) && s.cue(ar.x.lex, p, lexicon.MeasureNoun) == 0 {
			return 0 // ("take legal action against X": a right, no force; sanctions are measures)
		}
		noun = noun || s.cue(ar.x.lex, p, lexicon.MeasureNoun) > 0
	}
	return 0
}

// diedKey are the words diedFighting starts from.
var diedKey = []string{"died", "killed", "wounded", "perished"}

// diedFighting reads a fight told by its dead: "Dozens of Malian soldiers
// died in fighting against the FLA", "ten Kenyan soldiers were killed in
// a battle with al-Shabaab": the state (or group) of the dead and the one
// after "against"/"with" fought each other (ATTACKED both ways). The dead
// are named by a demonym or a name before the verb; the fight is a mutual
// noun of force (triggers.tsv). Cost: linear in the sentence.
func (ar *article) diedFighting(s *sent) {
	if !s.mayKey(keyDied) {
		return // (no death verb: nothing to read)
	}
	toks := s.toks
	for k := 2; k+4 < len(toks); k++ {
		if !s.key(k, keyDied) {
			continue
		}
		q := k + 1
		if q >= len(toks) || toks[q].Lower != "in" && toks[q].Lower != "during" {
			continue
		}
		q++
		for q < len(toks) && q < k+6 && s.at[q] < 0 && (s.is(q, lexicon.Det) || s.is(q, lexicon.Adj) || toks[q].Kind == text.Number || toks[q].Kind == text.Word && !toks[q].Cap && !s.is(q, lexicon.TriggerStart) && !s.is(q, lexicon.Prep)) {
			q++ // "a six-hour battle", "several days of"
		}
		trs, n := s.trigger(q)
		if n == 0 || !hasSense(trs, graph.Attacked, lexicon.Noun) {
			continue
		}
		e := q + n
		if e+1 >= len(toks) || toks[e].Lower != "against" && toks[e].Lower != "with" {
			continue
		}
		foes, _ := ar.objectAt(s, e+1)
		if len(foes) == 0 || ar.blocked(s, k) {
			continue
		}
		// the dead: the nearest actor before the verb in its clause
		var dead []mention
		for b := k - 1; b >= 0 && b >= k-6; b-- {
			if mi := s.at[b]; mi >= 0 {
				if m := s.ments[mi]; m.ok && !m.media && !m.possPron {
					if m.via == viaDemonym && m.actor.Kind == graph.State || m.actor.Kind == graph.Org {
						dead = []mention{m}
					}
				}
				break
			}
			if ar.stops(s, b) {
				break
			}
		}
		if len(dead) == 0 {
			continue
		}
		trig := triggerText(toks[q : q+n])
		ar.emitAll(s, dead, graph.Attacked, ar.otherSide(dead, foes), trig, wNoun)
		ar.emitAll(s, foes, graph.Attacked, ar.otherSide(foes, dead), trig, wNoun)
	}
}

// namedWrongs reads a wrong named in a speaker's words as a charge against
// its owner: "Serbia said the NATO aggression killed civilians", "“Israeli
// aggression will not go unanswered,” Iran said" (relations.md: naming who
// did an attack is a charge). The noun is a wrongnoun cue owned by a
// possessor, a demonym or a name right before it, or told "by X"; the
// narrator's own words ("Russian aggression began in 2014") name no
// speaker and give nothing. Cost: linear in the sentence.
func (ar *article) namedWrongs(s *sent) {
	if !s.mayKey(keyWrong) {
		return // (no wrongnoun cue: nothing to read)
	}
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		if !s.key(k, keyWrong) {
			continue
		}
		n := s.cue(ar.x.lex, k, lexicon.WrongNoun)
		if n == 0 || s.at[k] >= 0 {
			continue
		}
		src := ar.sayerBefore(s, k)
		if src == nil && toks[k].QuoteID != 0 {
			src = ar.wordsSpeaker(s, k) // the quote's speaker
		}
		if src == nil {
			src = ar.trailingSayer(s, k) // "..., the ministry said"
		}
		if src == nil || negatedNear(s, ar.x.lex, k) {
			continue
		}
		// the owner: a possessor, demonym or name right before the noun,
		// past adjectives ("Israel's brutal aggression"), or "by X"; "any
		// aggression by X" is a hypothesis, no charge
		b := k - 1
		for b > 0 && s.at[b] < 0 && (s.is(b, lexicon.Adj) || judgedWrong(s, b)) {
			b--
		}
		if s.at[b] < 0 && s.is(b, lexicon.NounMod) {
			continue
		}
		if toks[b].Kind == text.Poss && b > 0 {
			b--
		}
		var owner []mention
		if m := s.at[b]; m >= 0 && s.ments[m].end >= b && s.ments[m].ok && !s.ments[m].media && !s.ments[m].possPron {
			owner = []mention{s.ments[m]}
		} else if k+n+1 < len(toks) && (toks[k+n].Lower == "by" || toks[k+n].Lower == "of" && s.cue(ar.x.lex, k, lexicon.AgentOfNoun) == n) && s.at[b] < 0 {
			owner, _ = ar.objectAt(s, k+n+1) // ("the interference of the British Government")
		} else if by := ar.doneBy(s, k+n); by > 0 && s.at[b] < 0 {
			owner, _ = ar.objectAt(s, by+1) // ("the violations being committed by India")
		}
		if len(owner) == 0 || owner[0].start > k && sameActor(owner[0], []mention{*src}) {
			continue
		}
		// "would respond to Indian aggression": the answer's threat, read
		// by the threat passes, no charge of its own
		if p := min(owner[0].start, b); p >= 1 {
			if s.is(p-1, lexicon.Det) && p >= 2 {
				p--
			}
			if w := toks[p-1].Lower; w == "to" || w == "against" {
				continue
			}
		}
		ar.emitAll(s, []mention{*src}, graph.Accused, ar.otherSide([]mention{*src}, owner), triggerText(toks[k:k+n]), wAnaphora)
		k += n - 1
	}
}

// doneBy returns the position of "by" when the words at e tell a wrong's
// agent through a participle of doing: "(the violations) committed by
// China", "being carried out by X", "perpetrated by X"; 0 when they do
// not. The participle is a cue of the doneverb class ("committed",
// "carried out"), with "being" before it or not. Cost: constant.
func (ar *article) doneBy(s *sent, e int) int {
	toks := s.toks
	if e < len(toks) && toks[e].Lower == "being" {
		e++
	}
	if e+1 >= len(toks) || s.at[e] >= 0 {
		return 0
	}
	n := s.cue(ar.x.lex, e, lexicon.DoneVerb)
	if n == 0 || e+n+1 >= len(toks) || toks[e+n].Lower != "by" {
		return 0
	}
	return e + n
}

// trailingSayer returns who speaks the clause at k when the sentence ends
// with its attribution: "Faced with the constant provocations of X, the
// troops fired back, the ministry said" (the ministry). The speaker is the subject right
// before the closing verb of saying or warning, named after k; nil when the
// sentence has no such attribution. Cost: linear in the sentence.
func (ar *article) trailingSayer(s *sent, k int) *mention {
	v := ar.trailingSay(s, k)
	if v < 0 {
		return nil
	}
	if sp := ar.subjectBefore(s, v); sp != nil && sp.start > k && sp.ok && !sp.media {
		return sp
	}
	return nil
}

// sayerBefore returns who speaks the clause at k when a verb of saying
// outside quotes governs it: "Serbia said the NATO aggression ...".
func (ar *article) sayerBefore(s *sent, k int) *mention {
	toks := s.toks
	if toks[k].QuoteID != 0 {
		return nil
	}
	for v := k - 1; v >= 1 && v >= k-12; v-- {
		if toks[v].Text == ";" || toks[v].QuoteID != 0 {
			return nil
		}
		if s.at[v] < 0 && s.cue(ar.x.lex, v, lexicon.Say) > 0 && toks[v].Lower != "according" {
			// the speaker stands right before the verb ("Serbia said"),
			// never inside another phrase ("the US move continued")
			q := v
			for q > 0 && (s.is(q-1, lexicon.Aux) || strings.HasSuffix(toks[q-1].Lower, "ly")) {
				q--
			}
			if m := ar.subjectBefore(s, v); m != nil && m.end == q {
				return m
			}
			return nil
		}
	}
	return nil
}

// answerWithForce reads an answer promised with force as a threat now
// (relations.md: stated threats are WARNED): "would respond to North
// Korean threats with fire and fury", "will answer any attack by Y with
// force". The answer verb (stanceanswer) follows "will"/"would" and aims
// "to/against" Y, Y's act or an act by Y; "with" and a noun of force
// (forcemet) must follow within the clause. Cost: linear in the sentence.
func (ar *article) answerWithForce(s *sent) {
	if !s.mayKey(keyStance) {
		return // (no stanceanswer cue: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := 0; k+4 < len(toks); k++ {
		if w := toks[k].Lower; w != "will" && w != "would" && !strings.HasSuffix(w, "'ll") && !strings.HasSuffix(w, "'d") && !strings.HasSuffix(w, "’ll") && !strings.HasSuffix(w, "’d") || toks[k].QuoteID != 0 && s.speaker == nil {
			continue
		}
		v := k + 1
		if strings.HasSuffix(toks[v].Lower, "ly") && s.at[v] < 0 {
			v++ // "would swiftly respond"
		}
		if v+2 >= len(toks) || !lex.Is(lexicon.StanceAnswer, toks[v].Lower) || toks[v+1].Lower != "to" && toks[v+1].Lower != "against" {
			continue
		}
		if cs := ar.clauseStart(s, k); cs > 0 && s.is(cs-1, lexicon.Cond) || v > k+1 && s.is(k+1, lexicon.Neg) {
			continue
		}
		force := false
		for q := v + 2; q+1 < len(toks) && q < v+14 && !ar.stops(s, q); q++ {
			if toks[q].Lower != "with" {
				continue
			}
			for r := q + 1; r < len(toks) && r <= q+3; r++ {
				if s.cue(lex, r, lexicon.ForceMet) > 0 {
					force = true
					break
				}
			}
			break
		}
		if !force {
			continue
		}
		if tgts := ar.aimedAt(s, v+2); len(tgts) > 0 {
			ar.emitThreat(s, k, tgts, triggerText(toks[k:v+1]))
		}
	}
}

// toldReprisals reads a reprisal told to the one it is aimed at: "Turkey
// told the Netherlands on Sunday that it would retaliate", "X told Y it
// will respond" (X WARNED Y: a stated threat is an act now). The answer
// verb (stanceanswer) follows "will" or "would" in the clause that is the
// object of a verb of telling (tellverb); the one told is the target,
// unless the answer names its own ("respond to Z's attacks"). A negated
// answer, or one under a condition, is none. Cost: linear in the sentence.
func (ar *article) toldReprisals(s *sent) {
	if !s.mayKey(keyStance) {
		return // (no stanceanswer cue: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for v := 3; v < len(toks); v++ {
		if !s.key(v, keyStance) || s.at[v] >= 0 {
			continue
		}
		m := v - 1
		if strings.HasSuffix(toks[m].Lower, "ly") && s.at[m] < 0 {
			m-- // "would swiftly respond"
		}
		if w := toks[m].Lower; w != "will" && w != "would" && w != "shall" {
			continue
		}
		if s.cue(lex, m+1, lexicon.Neg) > 0 {
			continue // "would not respond"
		}
		var aimed []mention
		if v+1 < len(toks) {
			switch toks[v+1].Lower {
			case "to", "against":
				// "would respond to Z's attacks" is aimed at Z; "would
				// respond to the proposal" is no threat
				if aimed = ar.aimedAt(s, v+2); len(aimed) == 0 {
					continue
				}
			case "as", "on", "upon":
				continue // "would act as mediator", "would act on the advice"
			}
		}
		if cs := ar.clauseStart(s, m); cs > 0 && s.is(cs-1, lexicon.Cond) || ar.condAfter(s, v) {
			continue
		}
		// back over the answer's subject and "that" to the one told
		b := m - 1
		if b < 0 || s.at[b] < 0 {
			continue
		}
		b = s.ments[s.at[b]].start - 1
		if b >= 0 && toks[b].Lower == "that" {
			b--
		}
		for t := b; t >= 1 && t >= b-8; t-- {
			if !lex.Is(lexicon.TellVerb, toks[t].Lower) {
				if s.at[t] < 0 && ar.stops(s, t) {
					break
				}
				continue
			}
			told, _ := ar.objectAt(s, t+1)
			if len(aimed) > 0 {
				told = aimed
			}
			if len(told) > 0 && !ar.blocked(s, t) {
				ar.emitThreat(s, t, told, toks[t].Lower+" "+toks[m].Lower+" "+toks[v].Lower)
			}
			break
		}
	}
}

// protestAdjuncts reads an act done "in protest at" another: "China
// downgraded ties with Lithuania in protest of Taiwan opening an office",
// "Jordan recalled its ambassador in protest at Israel's raid": the
// clause's subject ACCUSED the owner of the act protested (relations.md:
// disapproval is ACCUSED), whatever the act done in protest. Cost: linear
// in the sentence.
func (ar *article) protestAdjuncts(s *sent) {
	if !s.mayKey(keyProtest) {
		return // (no protestprep cue: nothing to read)
	}
	toks := s.toks
	for k := 2; k+2 < len(toks); k++ {
		if !s.key(k, keyProtest) || toks[k-1].Lower != "in" {
			continue
		}
		n := s.cue(ar.x.lex, k, lexicon.ProtestPrep)
		if n == 0 || k+n >= len(toks) {
			continue
		}
		owners := ar.aimedAt(s, k+n)
		if len(owners) == 0 || ar.blocked(s, k-1) {
			continue
		}
		srcs, w := ar.subject(s, k-1, nil)
		ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, owners), "in "+triggerText(toks[k:k+n]), wVerb*w)
	}
}

// grievanceOwners reads the owner of the grievance behind a protest act:
// "Saudi Arabia summoned Lebanon's ambassador, in response to comments
// from Information Minister George Kordahi", "inviting him to leave
// following hostile comments by the French foreign minister": the one
// whose act the grievance names (aimedAt) is accused too, beside the
// envoy's state the act itself reads. The act is an ACCUSED verb of the
// lexicon that a grievance makes a charge (frame grievance) or that is a
// contact as well (summon), standing at most fourteen tokens before the
// grievance cue. Cost: linear in the sentence.
func (ar *article) grievanceOwners(s *sent) {
	if !s.griefActs {
		return // (verb read no protest act in the sentence: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for v := 0; v+3 < len(toks); v++ {
		if !s.is(v, lexicon.TriggerStart) || s.at[v] >= 0 {
			continue
		}
		trs, tn := s.trigger(v)
		if len(trs) == 0 || trs[0].Relation != graph.Accused || trs[0].POS != lexicon.Verb || !trs[0].Frame.Griev && trs[0].Frame.Also != graph.SpokeWith {
			continue
		}
		object := false // the envoy or state the act is done to comes first
		for k := v + tn; k+2 < len(toks) && k <= v+14; k++ {
			if toks[k].Text == "." || toks[k].Text == ";" {
				break
			}
			if s.at[k] >= 0 && !s.ments[s.at[k]].possPron {
				object = true
				k = s.ments[s.at[k]].end - 1
				continue
			}
			if !object {
				continue
			}
			n := s.cue(lex, k, lexicon.Grievance)
			if n == 0 || n == 1 && toks[k].Lower != "over" && toks[k].Lower != "following" && toks[k].Lower != "after" {
				continue // ("saying", "citing", "because": a clause, not an act named)
			}
			owners := ar.aimedAt(s, k+n)
			if len(owners) > 0 && !ar.blocked(s, v) && ar.actNamedAt(s, k+n) {
				srcs, w := ar.subject(s, v, nil)
				ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, owners), triggerText(toks[k:k+n]), wVerb*w)
			}
			break
		}
	}
}

// actNamedAt reports whether the noun phrase at j names an act one can be
// charged with: a noun of force, a wrong, or a noun of conduct or speech
// ("the US strikes", "Israel's violations", "comments from X").
func (ar *article) actNamedAt(s *sent, j int) bool {
	j = pastFreeRelative(s, j)
	for q := j; q < len(s.toks) && q < j+7; q++ {
		if s.at[q] >= 0 {
			continue
		}
		if ar.attackNoun(s, q) || s.isWord(q, lexicon.WrongNoun) || s.is(q, lexicon.ConductNoun) {
			return true
		}
		if ar.stops(s, q) {
			break
		}
	}
	return false
}

// wrongfulDetention reads a detention judged wrongful as a charge against
// the captor: "Biden said Gershkovich had been wrongfully detained by
// Russia", "Paul Whelan was unjustly imprisoned in Russia" (relations.md:
// disapproval is ACCUSED). The adverb (wrongfuladv) stands right before a
// verb of capture; the captor follows "by", or is the state held in; the
// source is the sayer, else the sentence's speaker. Cost: linear in the
// sentence.
func (ar *article) wrongfulDetention(s *sent) {
	if !s.mayKey(keyCapture) {
		return // (no verb of capture: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for q := 1; q+2 < len(toks); q++ {
		if !s.key(q, keyCapture) || s.cue(lex, q, lexicon.CaptureVerb) == 0 || !lex.Is(lexicon.WrongfulAdv, toks[q-1].Lower) {
			continue
		}
		var captor []mention
		if toks[q+1].Lower == "by" {
			captor, _ = ar.objectAt(s, q+2)
		} else {
			captor = ar.heldInState(s, q+1)
		}
		if len(captor) == 0 {
			continue
		}
		var srcs []mention
		if m := ar.sayerBefore(s, q); m != nil {
			srcs = []mention{*m}
		} else if s.speaker != nil && s.speaker.ok {
			srcs = []mention{*s.speaker}
		}
		ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, captor), toks[q-1].Lower+" "+toks[q].Lower, wVerb)
	}
}

// condAfter reports whether a condition ("if", "unless") follows j in its
// clause: "would retaliate if Israel attacked" is no threat said now.
func (ar *article) condAfter(s *sent, j int) bool {
	for q := j + 1; q < len(s.toks) && q <= j+8; q++ {
		if s.is(q, lexicon.Cond) {
			return true
		}
		if s.toks[q].Text == "." || s.toks[q].Text == ";" {
			break
		}
	}
	return false
}

// aimedAt returns the one an answer is aimed at, from j: an actor right
// there ("against Y"), the owner of the act named there ("Y's aggression",
// "any Israeli attack"), or the agent after "by/from" ("any attack by Y").
func (ar *article) aimedAt(s *sent, j int) []mention {
	toks := s.toks
	j = pastFreeRelative(s, j) // "over what it called X's refusal"
	for j < len(toks) && s.at[j] < 0 && (toks[j].Lower == "the" || toks[j].Lower == "its") {
		j++ // "against the YPG"
	}
	for r := j; r < len(toks) && r < j+6; r++ {
		if s.at[r] >= 0 {
			m := s.ments[s.at[r]]
			organOf := r == j+2 && toks[r-1].Lower == "of" && ar.organWord(s, j)                                                                  // "against the Government of Ethiopia"
			if r == j || organOf || m.via == viaDemonym || m.end < len(toks) && toks[m.end].Kind == text.Poss || namedAfter(s, r, "by", "from") { // ("any aggression by the US")
				if m.ok && !m.media && !m.possPron {
					return []mention{m}
				}
			}
			return nil
		}
		if r > j && ar.stops(s, r) {
			return nil
		}
	}
	return nil
}

// vowedResponses reads a vowed or threatened answer told as a noun: "Iran
// vowed a forceful response", "promised an effective response to the
// Israeli airstrikes", "threatened retaliation against X" (relations.md:
// stated threats are WARNED now; a vow's target may come from the sentence
// before). The one warned is whoever the answer is "to" or "against" (the
// owner of the act named there), else the agent of the latest armed act in
// the last few sentences that is not the vower's own. Cost: linear in the
// sentence.
func (ar *article) vowedResponses(s *sent) {
	if !s.mayCue(lexicon.Vow) || !s.mayCue(lexicon.ResponseNoun) {
		return // (no cue of its classes: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		n := s.cue(lex, k, lexicon.Vow)
		if n == 0 || s.at[k] >= 0 || ar.blocked(s, k) {
			continue
		}
		// the answer noun, past a determiner and adjectives
		h := k + n
		for h < len(toks) && h < k+n+4 && s.at[h] < 0 && toks[h].Kind == text.Word && !toks[h].Cap && !s.is(h, lexicon.Prep) && !s.is(h, lexicon.Clause) && !s.is(h, lexicon.Aux) && s.cue(lex, h, lexicon.ResponseNoun) == 0 {
			h++
		}
		m := s.cue(lex, h, lexicon.ResponseNoun)
		if h >= len(toks) || m == 0 {
			continue
		}
		e := h + m
		var tgts []mention
		if e+1 < len(toks) && (toks[e].Lower == "to" || toks[e].Lower == "against" || toks[e].Lower == "for") {
			q := e + 1
			for q < len(toks) && q < e+4 && s.at[q] < 0 && (s.is(q, lexicon.Det) || s.is(q, lexicon.Adj)) {
				q++
			}
			if q < len(toks) && s.at[q] >= 0 {
				tgts, _ = ar.objectAt(s, q)
			} else if q < len(toks) && s.cue(lex, q, lexicon.EvNoun) > 0 {
				continue // "a response to the attack": an act whose agent this sentence does not name
			}
		}
		srcs, _ := ar.subject(s, k, nil)
		if len(srcs) == 0 && s.speaker != nil && s.speaker.ok {
			srcs = []mention{*s.speaker}
		}
		if len(srcs) == 0 {
			continue
		}
		if len(tgts) == 0 && (e >= len(toks) || toks[e].Lower != "to" && toks[e].Lower != "against" && toks[e].Lower != "for") {
			if tgts = ar.answeredOwner(s, srcs); len(tgts) == 0 {
				tgts = ar.eventAgents(s, srcs, true, "")
			}
		}
		ar.emitAll(s, srcs, graph.Warned, ar.otherSide(srcs, tgts), triggerText(toks[k:e]), wThreat)
	}
}

// futureForce reads a stated future act of force by the speaker's own side
// as a threat now (relations.md: stated threats are WARNED, though their
// content is future or conditional): "North Korea said it will destroy
// targets in Seoul if provoked", "Kim warned: \"Our forces will strike
// Seoul.\"". The act must stand after "will", "would" or "shall", its
// subject must be the one who says it ("it", "we", "our forces", or the
// sayer named again), and a target must be named; the sayer WARNED the
// target. Cost: linear in the sentence.
func (ar *article) futureForce(s *sent) {
	if !s.mayCue(lexicon.Modal) {
		return // (no "will", "would", "shall": nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for i := 2; i < len(toks); i++ {
		if !s.is(i, lexicon.TriggerStart) || s.at[i] >= 0 {
			continue
		}
		senses, n := lex.Trigger(toks, i)
		var tr *lexicon.Trigger
		for _, t := range senses {
			if t.Relation == graph.Attacked && t.POS == lexicon.Verb {
				tr = t
				break
			}
		}
		if tr == nil {
			continue
		}
		// the future modal right before the verb, not negated
		m := i - 1
		for m > 0 && strings.HasSuffix(toks[m].Lower, "ly") {
			m--
		}
		switch toks[m].Lower {
		case "will", "would", "shall", "'ll", "may", "might", "could":
			// ("says it may send forces into Pakistan if ...": a threat
			// stated now, though hedged)
		default:
			continue
		}
		if m > 0 && (s.is(m-1, lexicon.Neg) || s.is(m+1, lexicon.Neg)) {
			continue
		}
		// the subject: "it", "we", "our forces", or the sayer again
		cs := ar.clauseStart(s, m)
		subj := -1
		for q := m - 1; q >= cs && q >= m-4; q-- {
			if s.at[q] >= 0 {
				subj = q
			}
		}
		if subj < 0 {
			continue
		}
		sm := s.ments[s.at[subj]]
		// the sayer: the subject of a verb of saying or warning before the
		// clause, else the quote's speaker
		var srcs []mention
		warned := false // the sayer's verb is one of warning ("Kim warned: ...")
		for v := cs - 1; v >= 0 && v >= cs-3; v-- {
			if s.cue(lex, v, lexicon.Say) > 0 || lex.Is(lexicon.SpeechAct, toks[v].Lower) {
				srcs, _ = ar.actorOf(s, v)
				warned = s.isWord(v, lexicon.WarnVerb)
				break
			}
		}
		if len(srcs) == 0 && toks[i].QuoteID != 0 && s.speaker != nil && s.speaker.ok {
			srcs = []mention{*s.speaker}
		}
		if len(srcs) == 0 {
			continue
		}
		own := sm.via == viaPronoun && (sm.pron == "it" || sm.pron == "we" || sm.pron == "our" || sm.pron == "its") ||
			sameActor(sm, srcs) || sm.ok && srcs[0].actor.Country != "" && sm.actor.Name == srcs[0].actor.Country
		if !own && sm.ok && ar.x.stateOrgans[sm.actor.Name] && sm.actor.Country != "" && sm.actor.Country == countryOf(srcs[0].actor) {
			// "Kenyatta said KDF soldiers will hunt down ...": the speaker's
			// state's organ acts for the state
			own = true
			sm.actor = stateActor(sm.actor.Country)
		}
		if !own {
			continue
		}
		// "'We will crush Hamas,' Netanyahu said": words that name the
		// speaker's state (or "we" for it) as the one who will act make the
		// threat the state's; a speaker who warns is a source too
		// (relations.md)
		if sm.ok && sm.actor.Kind == graph.State && sm.actor.Name != srcs[0].actor.Name && srcs[0].actor.Kind == graph.Person && sm.actor.Name == srcs[0].actor.Country {
			if warned {
				srcs = append(srcs[:1:1], sm)
			} else {
				srcs = []mention{sm}
			}
		}
		// the target: the object, else after the frame's preposition
		var tgts []mention
		if tr.Frame.Obj {
			tgts, _ = ar.objectAt(s, i+n)
		}
		for k := i + n; len(tgts) == 0 && k+1 < len(toks) && k < i+n+6; k++ {
			if ar.stops(s, k) {
				break
			}
			if tr.Frame.HasPrep(toks[k].Lower) || toks[k].Lower == "in" {
				tgts, _ = ar.objectAt(s, k+1)
			}
		}
		if len(tgts) == 0 {
			continue
		}
		ar.emitAll(s, srcs, graph.Warned, ar.otherSide(srcs, tgts), triggerText(toks[m:i+n]), wThreat)
	}
}

// vowedReprisals reads a vowed or warned answer told as a verb (relations.md:
// "Iran vowed to retaliate against Israel" is WARNED now; a vow's target
// may come from the sentence before):
//
//	"Iran vowed to retaliate", "threatened to hit back at X"
//	"warned it would respond to any aggression by X"
//	"vowed that his country would retaliate"
//
// The answer is a verb of the responseverb class after "to" or after
// "will/would/shall" whose subject is the sayer's own side ("it", "we",
// "they", "his country", the sayer again); the sayer is the subject of the
// vow, warning or saying before it. The one warned is named after the verb
// ("against X", "to X's attack", "to Indian aggression"); after a vow or a
// warning, else the agent of the latest armed act not the sayer's own. A
// plain "said it would respond" needs the target named. Cost: linear in
// the sentence.
func (ar *article) vowedReprisals(s *sent) {
	if !s.mayCue(lexicon.ResponseVerb) {
		return // (no cue of its class: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for i := 2; i < len(toks); i++ {
		n := s.cue(lex, i, lexicon.ResponseVerb)
		if n == 0 || s.at[i] >= 0 || s.is(i-1, lexicon.Neg) {
			continue
		}
		m := i - 1
		for m > 0 && (strings.HasSuffix(toks[m].Lower, "ly") || quoteLike(toks[m])) {
			m--
		}
		// "will be obliged to respond", "would have to retaliate"
		if m >= 3 && toks[m].Lower == "to" && s.isWord(m-1, lexicon.Compelled) {
			b := m - 2
			for b > 0 && quoteLike(toks[b]) {
				b--
			}
			if toks[b].Lower == "be" && b > 0 {
				m = b - 1
			}
		} else if m >= 2 && toks[m].Lower == "to" && toks[m-1].Lower == "have" {
			m -= 2
		}
		var srcs []mention
		vowed := false
		switch toks[m].Lower {
		case "to":
			// "vowed to retaliate": the vow right before
			v := m - 1
			if v < 0 || s.cue(lex, v, lexicon.Vow) == 0 && s.cue(lex, v, lexicon.WarnVerb) == 0 || ar.blocked(s, v) {
				continue
			}
			srcs, _ = ar.actorOf(s, v)
			vowed = true
		case "will", "would", "shall", "'ll":
			if m > 0 && s.is(m-1, lexicon.Neg) || m+1 < i && s.is(m+1, lexicon.Neg) {
				continue
			}
			// the act's subject: the mention right before the modal
			subj := -1
			for q := m - 1; q >= 0 && q >= m-4; q-- {
				if s.at[q] >= 0 {
					subj = s.ments[s.at[q]].start
					break
				}
				if ar.stops(s, q) {
					break
				}
			}
			if subj < 0 {
				continue
			}
			// the sayer: the verb of vowing, warning or saying right before
			// the clause, or before an "if" clause that opens it
			low := subj - 3
			for v := subj - 1; v >= 0 && v >= low; v-- {
				if toks[v].Lower == "that" || toks[v].Text == "," || s.isWord(v, lexicon.TimeWord) {
					continue // "warned Thursday it would respond"
				}
				if cond := ar.condBefore(s, v); cond >= 0 {
					v, low = cond, cond-3 // "said that if Israel attacks again, it would ..."
					continue
				}
				if s.cue(lex, v, lexicon.Vow) > 0 || s.cue(lex, v, lexicon.WarnVerb) > 0 {
					srcs, _ = ar.actorOf(s, v)
					vowed = !ar.blocked(s, v)
				} else if s.cue(lex, v, lexicon.Say) > 0 && toks[v].Lower != "according" {
					srcs, _ = ar.actorOf(s, v)
				}
				break
			}
			if len(srcs) == 0 && toks[i].QuoteID != 0 && s.speaker != nil && s.speaker.ok {
				srcs = []mention{*s.speaker}
			}
			if len(srcs) == 0 {
				// "North Korea will respond to the drills, its foreign
				// ministry warned": an attribution after the clause
				if v := ar.trailingSay(s, i); v >= 0 {
					if sp := ar.subjectBefore(s, v); sp != nil && sp.start > i {
						srcs = []mention{*sp}
						vowed = s.cue(lex, v, lexicon.WarnVerb) > 0
					}
				}
			}
			sm := s.ments[s.at[subj]]
			if len(srcs) == 0 || !ownSide(sm, srcs) {
				continue
			}
			// "Israel will be obliged to respond," said a spokesman: words
			// that name the sayer's state as the one who acts are the
			// state's (relations.md)
			if sm.ok && sm.via != viaPronoun && sm.actor.Kind == graph.State && srcs[0].actor.Kind == graph.Person {
				srcs = []mention{sm}
			}
		default:
			continue
		}
		if len(srcs) == 0 {
			continue
		}
		// the one warned: "against X", "at X", "to X's attack", "to any
		// aggression by X", "to Indian aggression"
		var tgts []mention
		for k := i + n; len(tgts) == 0 && k+1 < len(toks) && k < i+n+8; k++ {
			if s.at[k] >= 0 {
				// "respond to X", "respond to upcoming X drills"
				if mm := s.ments[s.at[k]]; mm.ok && (k == i+n+1 || namedAfter(s, k, "by") || toks[i+n].Lower == "to" && k <= i+n+3) {
					tgts, _ = ar.objectAt(s, k)
				}
				break
			}
			// "respond with overwhelming force against the United States"
			if k > i+n && (toks[k].Lower == "against" || toks[k].Lower == "at") {
				tgts, _ = ar.objectAt(s, k+1)
				break
			}
			if ar.stops(s, k) {
				break
			}
		}
		if len(tgts) == 0 {
			// "if Iran strikes again, Israel will be obliged to respond": the
			// one the condition names
			tgts = ar.conditionSubject(s, srcs)
		}
		if len(tgts) == 0 {
			tgts = ar.answeredOwner(s, srcs) // "after the Bolivian announcement"
		}
		if len(tgts) == 0 && vowed {
			tgts = ar.eventAgentsPast(s, srcs, true, "", true)
		}
		if len(tgts) == 0 {
			// "Iran blamed Israel for the attack and said it would
			// retaliate": the one the sayer charged in this sentence
			tgts = ar.chargedHere(s, srcs)
		}
		ar.emitAll(s, srcs, graph.Warned, ar.otherSide(srcs, tgts), triggerText(toks[m:i+n]), wThreat)
	}
}

// chargedHere returns the targets of the ACCUSED edges that srcs made in
// this sentence so far (at most the last one's target), or nil.
func (ar *article) chargedHere(s *sent, srcs []mention) []mention {
	for i := len(ar.out) - 1; i >= 0 && ar.out[i].SentenceIndex == s.Index; i-- {
		e := ar.out[i]
		if e.Relation != graph.Accused {
			continue
		}
		for _, m := range srcs {
			if m.actor.Name == e.Source.Name {
				return []mention{{actor: e.Target, ok: true, via: viaDefinite}}
			}
		}
	}
	return nil
}

// condBefore returns where an "if"/"unless" clause that ends at v (with
// its comma) opens, within a dozen words; -1 if none.
func (ar *article) condBefore(s *sent, v int) int {
	for k := v; k >= 0 && k >= v-12; k-- {
		if w := s.toks[k].Lower; w == "if" || w == "unless" {
			return k
		}
		if k < v && ar.stops(s, k) {
			return -1
		}
	}
	return -1
}

// trailingSay returns a verb of saying or warning that closes the sentence
// after its clause at i ("..., the ministry warned Friday."); -1 if none.
func (ar *article) trailingSay(s *sent, i int) int {
	toks := s.toks
	for c := i + 1; c < len(toks); c++ {
		if toks[c].Text != "," {
			continue
		}
		for v := c + 1; v < len(toks) && v < c+9; v++ {
			if s.at[v] < 0 && (s.cue(ar.x.lex, v, lexicon.Say) > 0 && toks[v].Lower != "according" || s.cue(ar.x.lex, v, lexicon.WarnVerb) > 0) {
				// only the attribution and a time may follow
				e := v + 1
				for e < len(toks) && (s.isWord(e, lexicon.TimeWord) || toks[e].Lower == "on" || toks[e].Kind == text.Punct) {
					e++
				}
				if e == len(toks) {
					return v
				}
				return -1
			}
		}
	}
	return -1
}

// conditionSubject returns the actor that an "if"/"should"/"unless" clause
// of the sentence names as its subject ("if Iran carries out strikes"),
// when it is not one of srcs; nil if none.
func (ar *article) conditionSubject(s *sent, srcs []mention) []mention {
	toks := s.toks
	for k := 0; k+1 < len(toks); k++ {
		if w := toks[k].Lower; w != "if" && w != "unless" {
			continue
		}
		if ms, _ := ar.objectAt(s, k+1); len(ms) > 0 && s.at[k+1] >= 0 {
			if out := ar.otherSide(srcs, ms); len(out) > 0 {
				return out
			}
		}
		return nil
	}
	return nil
}

// ownSide reports whether the subject mention sm of a reported act is the
// sayer's own side: "it", "we", "they", "his country", the sayer again, or
// the sayer's state.
func ownSide(sm mention, srcs []mention) bool {
	if sm.via == viaPronoun {
		switch sm.pron {
		case "it", "we", "they", "our", "its", "his country", "her country":
			return true
		}
		return false
	}
	return sm.ok && (sameActor(sm, srcs) || srcs[0].actor.Country != "" && sm.actor.Name == srcs[0].actor.Country)
}

// answeredForce reads force answered with force (the answer cue class):
// "the South Korean army returned fire", "Israel retaliated with
// airstrikes". With no one named after the verb, the answering side
// attacks the agent of the latest attack on it told in this sentence or
// the two before (relations.md: a target may come from the sentence
// before). A retaliation "with" a civil means ("with tariffs") is none.
// Cost: linear in the sentence, and in the edges of the last three
// sentences at each cue.
func (ar *article) answeredForce(s *sent) {
	if !s.mayKey(keyAnswer) {
		return // (no answer cue: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		if !s.key(k, keyAnswer) {
			continue
		}
		n := s.cue(lex, k, lexicon.Answer)
		if n == 0 || s.at[k] >= 0 {
			continue
		}
		e := k + n
		for e < len(toks) && strings.HasSuffix(toks[e].Lower, "ly") {
			e++
		}
		if e+1 < len(toks) && s.at[e] < 0 && s.is(e, lexicon.Prep) && toks[e].Lower != "with" && toks[e].Lower != "after" && !s.isWord(e+1, lexicon.TimeWord) {
			if ms, _ := ar.objectAt(s, e+1); len(ms) > 0 {
				continue // "retaliated against X": the trigger's own target
			}
		}
		if e+1 < len(toks) && toks[e].Lower == "with" && !ar.forceAhead(s, e+1) {
			continue // "retaliated with tariffs"
		}
		if ar.blocked(s, k) {
			continue
		}
		srcs, _ := ar.subject(s, k, nil)
		if len(srcs) == 0 {
			continue
		}
		ar.emitAll(s, srcs, graph.Attacked, ar.otherSide(srcs, ar.attackersOf(s, srcs)), triggerText(toks[k:k+n]), wAnaphora)
	}
}

// forceAhead reports whether a noun of force heads the phrase at j:
// "with airstrikes", "with a barrage of rockets", "with artillery fire".
func (ar *article) forceAhead(s *sent, j int) bool {
	for k := j; k < len(s.toks) && k < j+5; k++ {
		if s.at[k] >= 0 || ar.stops(s, k) {
			return false
		}
		if s.is(k, lexicon.CivilMod) {
			return false
		}
		if ar.attackNoun(s, k) || s.is(k, lexicon.Given) && s.toks[k].Lower != "aid" && s.toks[k].Lower != "help" && s.toks[k].Lower != "support" && s.toks[k].Lower != "assistance" {
			return true // "strikes", "rockets", "missiles", "drones"
		}
		if w := s.toks[k].Lower; w == "fire" || w == "force" || w == "gunfire" {
			return true
		}
	}
	return false
}

// attackersOf returns the agents of the latest attack on one of ms (by
// name, or a state and its own organs) among the edges of this sentence
// and the two before; nil if none.
func (ar *article) attackersOf(s *sent, ms []mention) []mention {
	for i := len(ar.out) - 1; i >= 0; i-- {
		e := ar.out[i]
		if e.SentenceIndex < s.Index-2 {
			break
		}
		if e.Relation != graph.Attacked {
			continue
		}
		for _, m := range ms {
			a := m.actor
			if e.Target.Name == a.Name || a.Kind == graph.State && e.Target.Country == a.Name && e.Target.Kind != graph.Person || e.Target.Kind == graph.State && a.Country == e.Target.Name && a.Kind != graph.Person {
				return []mention{{actor: e.Source, ok: true, via: viaDefinite}}
			}
		}
	}
	return nil
}
