package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Reprisals: WARNED told as a vowed answer. "vowed to retaliate against X"
// (vowedReprisals), "vowed a forceful response" (vowedResponses), "would
// respond to any aggression by X", "told Y it would retaliate", "will
// answer any attack by Y with force", a future act of force stated by the
// speaker's own side. The one warned is named after the answer (aimedAt),
// else the agent of the latest armed act that is not the sayer's own; an
// answer under a condition is none.

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
	lex := ar.x.lex
	toks := s.toks
	for i, n := range s.eachCue(lex, lexicon.ResponseVerb, 2, len(toks)) {
		if s.at[i] >= 0 || s.is(i-1, lexicon.Neg) {
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
		ms, _ := ar.objectAt(s, k+1)
		if len(ms) == 0 || s.at[k+1] < 0 {
			ms = ar.existentialAgent(s, k+1)
		}
		if len(ms) > 0 {
			if out := ar.otherSide(srcs, ms); len(out) > 0 {
				return out
			}
		}
		return nil
	}
	return nil
}

// existentialAgent returns the agent of the act an existential clause at j
// names: "(if) there is any further provocation by X", "there are more
// attacks from X" give X. The clause is "there" and a form of "be", then
// at most six words of the act's phrase (no mention among them) and "by"
// or "from" before the agent. Nil otherwise. Cost: constant.
func (ar *article) existentialAgent(s *sent, j int) []mention {
	toks := s.toks
	if j+2 >= len(toks) || toks[j].Lower != "there" {
		return nil
	}
	if !s.is(j+1, lexicon.Aux) && !s.isWord(j+1, lexicon.Copula) {
		return nil // ("there is", "there will be": a form of "be" or an auxiliary)
	}
	for q := j + 2; q+1 < len(toks) && q < j+9; q++ {
		if s.at[q] >= 0 || ar.stops(s, q) {
			return nil
		}
		if (toks[q].Lower == "by" || toks[q].Lower == "from") && q > j+2 && s.at[q+1] >= 0 {
			ms, _ := ar.objectAt(s, q+1)
			return ms
		}
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
		if s.at[i] >= 0 {
			continue
		}
		// "would take (firm) measures against Y", "will take action in
		// response to provocations by Y": measures aimed at Y are force
		// stated, as a verb of force is
		aimed := ar.measuresTaken(s, i)
		var tr *lexicon.Trigger
		n := 1
		if aimed == 0 {
			if !s.is(i, lexicon.TriggerStart) {
				continue
			}
			var senses []*lexicon.Trigger
			senses, n = s.trigger(i)
			for _, t := range senses {
				if t.Relation == graph.Attacked && t.POS == lexicon.Verb {
					tr = t
					break
				}
			}
			if tr == nil {
				continue
			}
		}
		// the future modal right before the verb, not negated
		m := i - 1
		m = skipAdverbsBack(toks, m, 0)
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
		// "China warned it would strike Japan": a clause with no "that"
		// opens right after the verb of saying, inside the clause found
		for q := m - 1; q > cs && q >= m-4; q-- {
			if s.at[q] < 0 {
				continue
			}
			if v := s.ments[s.at[q]].start - 1; v > cs && s.at[v] < 0 && (s.cue(lex, v, lexicon.Say) > 0 || s.isWord(v, lexicon.SpeechAct)) {
				sm = s.ments[s.at[q]]
				srcs, _ = ar.actorOf(s, v)
				warned = s.isWord(v, lexicon.WarnVerb)
			}
			break
		}
		for v := cs - 1; len(srcs) == 0 && v >= 0 && v >= cs-3; v-- {
			if s.cue(lex, v, lexicon.Say) > 0 || s.isWord(v, lexicon.SpeechAct) {
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
		if aimed > 0 {
			if tgts = ar.aimedAt(s, aimed); len(tgts) == 0 {
				continue
			}
			n = aimed - i
		} else if tr != nil && tr.Frame.Obj {
			tgts, _ = ar.objectAt(s, i+n)
		}
		for k := i + n; tr != nil && len(tgts) == 0 && k+1 < len(toks) && k < i+n+6; k++ {
			if ar.stops(s, k) {
				break
			}
			if tr.Frame.HasPrep(toks[k].Lower) || toks[k].Lower == "in" {
				tgts, _ = ar.objectAt(s, k+1)
			}
		}
		if len(tgts) == 0 && tr != nil && tr.Frame.Obj {
			tgts = ar.suppliedTo(s, i+n) // "would target any transfer of weapons to Y"
		}
		if len(tgts) == 0 {
			continue
		}
		ar.emitAll(s, srcs, graph.Warned, ar.otherSide(srcs, tgts), triggerText(toks[m:i+n]), wThreat)
	}
}

// suppliedTo returns the one that the supply named as the object at j is
// sent to: "(would strike) any transfer of weapons to Hezbollah", "all
// arms shipments to the Houthis" give the receiver, whom force against
// the supply threatens. The object is a determiner or two, a noun of
// supply (a SUPPORTED noun trigger of the lexicon that reads "to"), at
// most four words of what is supplied, then "to" and an actor. Nil
// otherwise. Cost: constant.
func (ar *article) suppliedTo(s *sent, j int) []mention {
	toks := s.toks
	q := j
	for q < len(toks) && q < j+2 && s.is(q, lexicon.Det) && s.at[q] < 0 {
		q++
	}
	if q >= len(toks) || s.at[q] >= 0 {
		return nil
	}
	supply := false
	for h := q; h < len(toks) && h < q+3 && !supply; h++ {
		if !s.is(h, lexicon.TriggerStart) || s.at[h] >= 0 {
			continue
		}
		trs, n := s.trigger(h)
		for _, tr := range trs {
			if tr.Relation == graph.Supported && tr.POS == lexicon.Noun && tr.Frame.HasPrep("to") {
				supply = true
				q = h + n
				break
			}
		}
	}
	if !supply {
		return nil
	}
	for p := q; p+1 < len(toks) && p < q+6; p++ {
		if toks[p].Lower == "to" {
			if s.at[p+1] >= 0 {
				ms, _ := ar.objectAt(s, p+1)
				return ms
			}
			return nil
		}
		if s.at[p] >= 0 || ar.stops(s, p) {
			return nil
		}
	}
	return nil
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
	for k := range s.eachKey(keyResponse, 1, len(toks)-4) {
		j := k + 1
		j = skipAdverbs(toks, j, min(len(toks), k+3)) // "respond decisively to"
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
		if v+2 >= len(toks) || !s.isWord(v, lexicon.StanceAnswer) || toks[v+1].Lower != "to" && toks[v+1].Lower != "against" {
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
	for v := range s.eachKey(keyStance, 3, len(toks)) {
		if s.at[v] >= 0 {
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
			if !s.isWord(t, lexicon.TellVerb) {
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
	span := j + 6
	for r := j; r < len(toks) && r < span; r++ {
		if toks[r].Kind == text.Quote && r > j {
			span++ // "to continued \"military provocations\" by X": marks are no words
			continue
		}
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
