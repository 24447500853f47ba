package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Threats: WARNED told by a threat's consequence or stance rather than by a
// verb of warning and its object (relations.md: a stated threat is an act
// now). "any attack by X will be met with ...", "X will pay a heavy price"
// (threats), "risks \"massive\" consequences", "serious consequences for X"
// (threatHeads), a warning whose words hold a threat but name no one warned
// (the article's counterpart in conflict), a condition put on another's
// conduct, a demand closed by "or face ...", measures to be taken against
// X, what the threatened one should expect, a stated readiness to use force.

// threats reads a threat told by its consequence as WARNED now
// (relations.md: "will be met with a response", "told X they would pay a
// price"): the one threatened is the agent of the act to be answered ("any
// attack by X will be met with ...") or the actor nearest before the
// phrase; the source is the subject of the verb of saying or telling
// before it, else the sentence's speaker.
func (ar *article) threats(s *sent) {
	lex := ar.x.lex
	toks := s.toks
	for k, n := range s.eachCue(lex, lexicon.Threat, 1, len(toks)) {
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
			if s.cue(lex, b, lexicon.Say) > 0 || s.isWord(b, lexicon.SpeechAct) {
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
	for k := range s.eachKey(keyWarnVerb, 0, len(toks)) {
		if s.at[k] >= 0 || ar.blocked(s, k) {
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

// ifKey are the conjunctions conditionalThreats starts from (keyIf).
var ifKey = []string{"if", "unless"}

// conditionalThreats reads a threat told as a condition on another's
// conduct, in a speaker's words: "ECOWAS said that if Gbagbo does not step
// down, they would have to intervene militarily", "if Niger's junta fails
// to free Bazoum, it will use force": the speaker WARNED the one the
// condition names (relations.md: a stated threat is WARNED now) and URGED
// them to do what the condition asks. The main clause must hold a modal
// and a verb or noun of force; a condition on the speaker's own side, or a
// consequence with no force, is no threat. Cost: linear in the sentence.
func (ar *article) conditionalThreats(s *sent) {
	if !s.mayKey(keyIf) {
		return // (no ifKey: nothing to read)
	}
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
	if !s.mayKey(keyThreatHead) {
		return // (no threathead cue: nothing to read)
	}
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

// takenKey is the participle measuresAgainst starts from (keyTaken).
var takenKey = []string{"taken"}

// measuresAgainst reads a threat told in the passive, in a speaker's
// words: "further measures will be taken against Beirut", "action would
// be taken against those responsible in Kabul": the speaker (the subject
// of the verb of saying, else the sentence's speaker) WARNED the one named
// after "against". Cost: linear in the sentence.
func (ar *article) measuresAgainst(s *sent) {
	if !s.mayKey(keyTaken) {
		return // (no takenKey: nothing to read)
	}
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
			if s.at[v] < 0 && (s.cue(lex, v, lexicon.Say) > 0 || s.isWord(v, lexicon.SpeechAct)) {
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

// expectedMeasures reads a warning told as what the threatened one should
// expect (relations.md: "Kerry said Moscow should expect the US to take
// measures": United States WARNED Russia): "X should/can/will expect Y to
// take measures/action/steps against it" is Y WARNED X.
func (ar *article) expectedMeasures(s *sent) {
	if !s.mayKey(keyExpect) {
		return // (no expectverb cue: nothing to read)
	}
	toks := s.toks
	for k := range s.eachKey(keyExpect, 1, len(toks)-4) {
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

// stanceThreats reads a stated readiness to use force as a threat now
// (relations.md: a stated warning or vow is WARNED): "X reserves the right
// to respond to Y's aggression", "X will not hesitate to strike Y". The
// stance is a threatstance cue; the act after it is either an answer
// (respond, retaliate, react, act) aimed "to/against" Y, Y's act or an act
// by Y, or a verb of force whose object is Y. The source is the stance's
// subject, else the sentence's speaker. A stance under a condition is none.
// Cost: linear in the sentence.
func (ar *article) stanceThreats(s *sent) {
	lex := ar.x.lex
	toks := s.toks
	for k, n := range s.eachCue(lex, lexicon.ThreatStance, 0, len(toks)-2) {
		if cs := ar.clauseStart(s, k); cs > 0 && s.is(cs-1, lexicon.Cond) {
			continue
		}
		v := skipAdverbs(toks, k+n, len(toks)) // "is ready to strongly respond"
		if v >= len(toks) {
			continue // "Iran stands ready to" at the end of the text
		}
		var tgts []mention
		aimed := ar.measuresTaken(s, v) // where "take measures against" names its target, or 0
		switch {
		case s.isWord(v, lexicon.StanceAnswer):
			// an answer that is itself force ("retaliate") names the act
			// it answers after "for" too: "will never fail to retaliate
			// for Syrian provocations"
			forFor := ar.forceVerbAt(s, v)
			for p := v + 1; p+1 < len(toks) && p <= v+3; p++ {
				if w := toks[p].Lower; w != "to" && w != "against" && !(w == "for" && forFor) {
					if s.at[p] >= 0 || ar.stops(s, p) {
						break
					}
					continue
				}
				tgts = ar.aimedAt(s, p+1)
				break
			}
			if len(tgts) == 0 {
				tgts = ar.answeredCondition(s, v+1)
			}
		case s.isWord(v, lexicon.UseVerb):
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
			trs, _ := s.trigger(v)
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

// unansweredAt returns where an unanswered cue ("go unanswered", "pass
// without a response") stands within ten words from j, before any stop
// ("to go unpunished" counts); -1 if none. Cost: constant.
func (ar *article) unansweredAt(s *sent, j int) int {
	for q := j; q < len(s.toks) && q < j+10; q++ {
		if s.cue(ar.x.lex, q, lexicon.Unanswered) > 0 {
			return q
		}
		if ar.stops(s, q) {
			return -1
		}
	}
	return -1
}

// agentUpTo returns the agent of the act named in tokens [j, u): a
// mention after "by" or "from" ("the attacks by Y"), else an owner before
// a noun ("Y's attacks"), else an actor that stands alone as the object
// ("let Y get away with"). Nil when the words name no actor ("such
// actions"). Cost: linear in the words.
func (ar *article) agentUpTo(s *sent, j, u int) []mention {
	toks := s.toks
	var first []mention
	for q := j; q < u; q++ {
		if s.at[q] < 0 {
			continue
		}
		m := s.ments[s.at[q]]
		if !m.ok || m.media {
			q = m.end - 1
			continue
		}
		if q > j && (toks[q-1].Lower == "by" || toks[q-1].Lower == "from") {
			ms, _ := ar.objectAt(s, q)
			return ms
		}
		if first == nil && (q == j || s.is(q-1, lexicon.Det) && q == j+1) {
			first, _ = ar.objectAt(s, q)
		}
		q = m.end - 1
	}
	return first
}

// forceVerbAt reports whether token e opens a verb trigger of force.
func (ar *article) forceVerbAt(s *sent, e int) bool {
	if !s.is(e, lexicon.TriggerStart) {
		return false
	}
	trs, _ := s.trigger(e)
	return hasSense(trs, graph.Attacked, lexicon.Verb)
}

// answeredCondition returns the one a condition right after an answer
// names: "ready to respond if North Korea provokes again", "ready to
// strongly respond if there is any further provocation by X" give X (the
// condition's subject, or the agent of the act an existential clause
// names). The "if" or "unless" stands within three words of j, with no
// mention or stop before it. Nil otherwise. Cost: constant.
func (ar *article) answeredCondition(s *sent, j int) []mention {
	toks := s.toks
	for c := j; c+1 < len(toks) && c < j+3; c++ {
		if w := toks[c].Lower; w == "if" || w == "unless" {
			if s.at[c+1] >= 0 {
				ms, _ := ar.objectAt(s, c+1)
				return ms
			}
			return ar.existentialAgent(s, c+1)
		}
		if s.at[c] >= 0 || ar.stops(s, c) {
			return nil
		}
	}
	return nil
}

// refusedLicence reads a refusal to let another act, said of the future,
// as a warning to it (relations.md: a stated threat is an act now):
// "Riyadh would not allow the Islamic Republic to undermine its
// security", "we will never tolerate Iran's aggression". A modal (or
// "won't"), a negation, a permitverb, then the one warned: its object, or
// the owner of the act it names. The source is the subject, else the
// speaker; a refusal under a condition is none. Cost: linear in the
// sentence.
func (ar *article) refusedLicence(s *sent) {
	if !s.mayCue(lexicon.Neg) {
		return
	}
	toks := s.toks
	for k, n := range s.eachCue(ar.x.lex, lexicon.Neg, 1, len(toks)-2) {
		w := toks[k].Lower
		contracted := strings.HasPrefix(w, "won") || strings.HasPrefix(w, "wouldn") // "won't": the modal is in the negation
		if !contracted && !(s.cue(ar.x.lex, k-1, lexicon.Modal) > 0 && (toks[k-1].Lower == "will" || toks[k-1].Lower == "would" || toks[k-1].Lower == "shall" || strings.HasSuffix(toks[k-1].Lower, "'ll"))) {
			continue
		}
		v := k + n
		if v >= len(toks)-1 || !s.isWord(v, lexicon.PermitVerb) {
			continue
		}
		if cs := ar.clauseStart(s, k); cs > 0 && s.is(cs-1, lexicon.Cond) {
			continue
		}
		tgts, e := ar.objectAt(s, v+1)
		if u := ar.unansweredAt(s, v+1); u >= 0 {
			// "would not let Y's attacks go unanswered", "will not allow
			// the attacks by Y to go unpunished": the act's agent
			tgts, e = ar.agentUpTo(s, v+1, u), u
			if len(tgts) == 0 && ar.eventNounIn(s, v+1, u) {
				// "will not let the attack go unanswered": the latest act
				// of another side, as in threats
				srcs, _ := ar.subject(s, k, nil)
				if len(srcs) == 0 && s.speaker != nil && s.speaker.ok {
					srcs = []mention{*s.speaker}
				}
				if len(srcs) > 0 {
					tgts = ar.otherSideAgents(s, countryOf(srcs[0].actor))
				}
			}
		}
		if len(tgts) == 0 || e < 0 {
			continue
		}
		if e < len(toks) && toks[e].Kind == text.Word && toks[e].Lower != "to" && s.is(e, lexicon.Clause) {
			continue
		}
		if e < len(toks) && toks[e].Kind == text.Word && !toks[e].Cap && !s.is(e, lexicon.Prep) && !s.is(e, lexicon.Clause) && !strings.HasSuffix(toks[e].Lower, "ing") && s.cue(ar.x.lex, e, lexicon.Unanswered) == 0 && !ar.forceVerbAt(s, e) {
			continue // "will not let Ukraine fall": a bare verb not of force is no threat
		}
		from := k - 1 // "would not allow"
		if contracted {
			from = k // "won't allow"
		}
		ar.emitThreat(s, k, tgts, triggerText(toks[from:v+1]))
	}
}

// measuresTaken returns where the one measures are aimed at stands when a
// form of "take" at v takes a measure noun aimed "against" someone ("take
// other measures against X", "take retaliatory action against X", "take
// measures in response to X's provocations"), else 0.
func (ar *article) measuresTaken(s *sent, v int) int {
	toks := s.toks
	if !s.isWord(v, lexicon.TakeVerb) {
		return 0
	}
	noun := false
	span := v + 5
	for p := v + 1; p+1 < len(toks) && p <= span; p++ {
		if toks[p].Kind == text.Quote || toks[p].Text == "," && toks[p].QuoteID != 0 && !noun {
			span++ // "take \"proportionate, deliberate\" action against X": marks and a quoted list of modifiers
			continue
		}
		if toks[p].Lower == "against" || toks[p].Lower == "on" && noun {
			if noun {
				return p + 1
			}
			return 0
		}
		if a := s.cue(ar.x.lex, p, lexicon.AnswerTo); noun && a > 0 && p+a < len(toks) && ar.actNamedAt(s, p+a) {
			return p + a // "take measures in response to provocations by X" (an act answered, never "requests from X")
		}
		if s.at[p] >= 0 || ar.stops(s, p) || s.is(p, lexicon.CivilMod) && s.cue(ar.x.lex, p, lexicon.MeasureNoun) == 0 {
			return 0 // ("take legal action against X": a right, no force; sanctions are measures)
		}
		noun = noun || s.cue(ar.x.lex, p, lexicon.MeasureNoun) > 0
	}
	return 0
}
