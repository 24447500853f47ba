package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Verb frames: triggers read as verbs. verb takes a trigger's sources
// (subject.go) and reads its targets where the frame puts them: the object,
// the by-agent of a passive, a preposition, the clause after "that", "told
// X to", a coordinated subject of a mutual verb; then it emits. Its helpers
// tell readings apart: a quarrel "over" something, a demonym naming a
// thing, a civil object or a message after a verb of force or giving, the
// victims a "when" clause explains, an envoy summoned and the state that
// summons, a warned future act and its target, a break of relations made a
// charge by its grievance.

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
	if ar.blocked(s, i) && !ar.commaParticipleAct(s, i, tr) {
		if k := ar.pledgeAt(s, i, tr); k < 0 || ar.blockedBut(s, i, k) {
			return nil, false
		}
	}
	if tr.Relation == graph.SpokeWith && tr.Lemma == "meet" && ar.appealAhead(s, i+n) {
		return nil, false // "Kosovo met Serbia's demand": complying (heededRequests), no meeting
	}
	if tr.Relation == graph.SpokeWith && tr.Lemma == "sign" && i+n < len(toks) && (toks[i+n].Lower == "on" || toks[i+n].Lower == "up") {
		return nil, false // "Russia and China signed on to the statement": joining it, no meeting (relations.md)
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
	trig := s.phraseText(i, n)
	j := i + n
	// passive: "was attacked by Israel", or reduced: "efforts supported by the US"
	k := i - 1
	k = skipAdverbsBack(toks, k, -1)
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
	if passive && j+2 < len(toks) && toks[j].Lower != "by" {
		// "were ambushed there by X", "was attacked on Monday by X": a
		// place adverb or a time between the participle and its agent
		b := j
		if toks[b].Lower == "there" || toks[b].Lower == "here" {
			b++
		}
		b = ar.pastTimeOrPlace(s, b)
		if b > j && b+1 < len(toks) && toks[b].Lower == "by" && agentAfter(s, b) >= 0 {
			j = b
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
				tgts, w := ar.subject(s, i, lastSrc)
				if g := gerundPassiveHolder(s, i); g != nil {
					tgts, w = g, 1
				}
				if len(tgts) > 0 {
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
		if len(srcs) == 0 && tr.Relation == graph.Attacked {
			// "were hit by rockets fired by Hezbollah": the means, then
			// its own agent
			srcs, be = ar.meansAgent(s, j+1)
		}
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
		if len(tgts) == 0 && tr.Relation == graph.Attacked && k >= 1 && s.is(k, lexicon.PassAux) {
			// "Iran's nuclear sites were bombed by", "Kharkiv was hit by":
			// the owner of what was hit, or the city's state
			tgts, w = ar.passivePatient(s, k), wInherited
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
		if len(tgts) == 0 && tr.Relation == graph.Accused && k >= 0 {
			// "Russia struck a hospital. The attack was condemned by
			// France": a definite act as the subject is its agent's
			if cs := ar.clauseStart(s, k); cs < k {
				if e, _ := ar.eventNoun(s, cs); e > 0 && e <= k {
					if ag := ar.anaphoricTarget(s, cs, srcs); len(ag) > 0 {
						tgts, w = ag, wAnaphora
					}
				}
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
		if tr.Relation == graph.Attacked && tr.Frame.Obj {
			ar.noteVictims(s, i, i+n) // "A drone hit a Russian oil depot": for a claim after it
		}
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
		if rel == graph.Accused {
			if ts, ok := ar.actPronoun(s, jo, srcs); ok {
				tgts, e, end = ts, jo+1, jo+1 // "Germany also condemned it": the attack told before
			}
		}
		if tr.Lemma == "seek" && len(tgts) > 0 && !ar.aidSoughtOf(s, tgts) {
			// "sought India's cooperation" asks India; "sought Gulen's
			// extradition from the US" asks no Gulen (the "from" may)
			tgts, end = nil, j
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
		if len(tgts) > 0 && end > 0 {
			// "struck Hezbollah in Lebanon and Hamas in Gaza", "met Lavrov
			// and then Blinken": a second object past the first's adjunct
			tgts = append(tgts, ar.gappedObjects(s, end, tgts, "")...)
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
			trs, n2 := s.trigger(j + 1)
			if n2 == 0 && (strings.HasSuffix(toks[j+1].Lower, "ed") || s.is(j+1, lexicon.Past)) {
				n2 = 1 // "applauded and appreciated": a past form of no other relation
			} else if n2 > 0 && !hasSense(trs, rel, lexicon.Verb) && !(transitiveVerb(trs) && sameVerbForm(ar.x.lex, toks[i].Lower, toks[j+1].Lower)) {
				// "condemned and warned Israel": two transitive verbs of one
				// form share the object after the second, whatever their
				// relations
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
		if rel == graph.Supported && len(tgts) == 1 && tgts[0].via == viaDemonym && tgts[0].end < len(toks) && s.isWord(tgts[0].end, lexicon.MilitaryAid) {
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
	if tr.Lemma == "welcome" && rel == graph.SpokeWith && len(tgts) > 0 {
		// "welcomed the signing of the memorandum", "welcome the
		// constructive approach all three countries have shown": an act or
		// a stance welcomed is praised (relations.md: praise is SUPPORTED),
		// no guest received
		for j0 := i + n; j0 < len(toks) && j0 < i+n+4 && toks[j0].Kind == text.Word && !toks[j0].Cap && !s.is(j0, lexicon.Prep) && !s.is(j0, lexicon.Clause); j0++ {
			if toks[j0].Lower == "signing" || s.isWord(j0, lexicon.DealKind) || s.isWord(j0, lexicon.ConductNoun) || s.isWord(j0, lexicon.CreditNoun) {
				rel = graph.Supported
				break
			}
		}
	}
	if tr.Lemma == "welcome" && len(tgts) == 1 && tgts[0].end < len(toks) && tgts[0].start > 0 && s.at[tgts[0].start-1] < 0 && (toks[tgts[0].start-1].Lower == "the" || tgts[0].via == viaDemonym) &&
		s.is(tgts[0].end, lexicon.ConductNoun) {
		// "welcomed the US decision", "welcomed the American move": an
		// act of the one named before its noun is praised (relations.md:
		// endorsement is SUPPORTED)
		rel = graph.Supported
	}
	if tr.Lemma == "welcome" && len(tgts) == 1 && tgts[0].end+1 < len(toks) && toks[tgts[0].end].Kind == text.Poss && !s.isWord(tgts[0].end+1, lexicon.TripNoun) {
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
			if w == "with" && ar.mediationAfter(s, k) {
				break // "reached a truce with the mediation of Egypt": mediators, no partner
			}
			if w == "at" && ar.requestAt(s, k) != nil {
				break // "launched air strikes at the request of Syria": who asked, no target
			}
			// "called for a halt to Russian attacks on Ukraine": the
			// preposition after a noun of force is that noun's (the one hit);
			// the appeal goes to the force's agent named before it
			if rel == graph.Urged && k > j+1 && f.HasPrep(w) && s.at[k-1] < 0 && ar.attackNoun(s, k-1) {
				if a := k - 2; s.at[a] >= 0 && s.ments[s.at[a]].ok && s.ments[s.at[a]].end == k-1 {
					tgts = []mention{s.ments[s.at[a]]} // "Russian attacks"
				} else if a >= 1 && toks[a].Kind == text.Poss && s.at[a-1] >= 0 && s.ments[s.at[a-1]].ok {
					tgts = []mention{s.ments[s.at[a-1]]} // "Russia's attacks"
				}
				break
			}
			// "called crisis talks with X": calling a meeting convenes it;
			// the meeting noun owns the preposition (and tells whether the
			// talks were held)
			if rel == graph.SpokeWith && tr.Lemma == "call" && k > j && s.is(k, lexicon.TriggerStart) && s.at[k] < 0 {
				if trs, _ := s.trigger(k); hasSense(trs, graph.SpokeWith, lexicon.Noun) {
					break
				}
			}
			// "vowed support for X's war against Y": the vow is support, not a threat
			if rel == graph.Warned && s.is(k, lexicon.TriggerStart) {
				if trs, _ := s.trigger(k); len(trs) > 0 && (trs[0].Relation == graph.Supported || trs[0].Relation == graph.SpokeWith) {
					break
				}
			}
			// "threatened to strike Israel": the object of the threatened act
			if rel == graph.Warned && w == "to" && k+2 < len(toks) && s.at[k+1] < 0 {
				// "pledged to support Ukraine", "vowed to stand by Kyiv": a
				// pledge of support is support now (relations.md), no threat
				if trs, n := s.trigger(k + 1); n > 0 && hasSense(trs, graph.Supported, lexicon.Verb) {
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
			if rel == graph.Urged && w == "from" && k > j && s.wordWithin(j, k, lexicon.LeaveNoun) {
				continue // "called for the withdrawal of troops from Libya": the place left
			}
			if f.HasPrep(w) || threatIn || grieved {
				// (", saying ..." is a grievance only where it names its agent)
				sawGrievance = sawGrievance || w == "over" || grieved && w != "saying"
				var e int
				tgts, e = ar.objectAt(s, k+1+grieve)
				if len(tgts) > 0 && e > 0 && grieve == 0 {
					tgts = append(tgts, ar.gappedObjects(s, e, tgts, w)...)
				}
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
		// its object; "..., warning that the violence could escalate" is a
		// prediction, aimed at no one (an actor after "that" is read
		// below)
		if len(tgts) == 0 && i > 1 && toks[i-1].Text == "," && strings.HasSuffix(toks[i].Lower, "ing") && !(i+n < len(toks) && toks[i+n].Lower == "that") {
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
	if len(tgts) == 0 && rel == graph.Urged {
		// "called for an immediate halt to the offensive": the appeal goes
		// to the agent of the act told before
		if k := haltedAct(s, j); k > 0 {
			if ag := ar.anaphoricTarget(s, k, srcs); len(ag) > 0 {
				return srcs, ar.emitAll(s, srcs, rel, ag, trig, wAnaphora*w)
			}
		}
	}
	if tr.Lemma == "arrive" && len(srcs) > 0 && srcs[0].via == viaDemonym && ar.thingAfterDemonym(s, srcs[0]) {
		return srcs, false // "Iranian missiles landed in Israel": no visitor
	}
	if tr.Lemma == "arrive" && ar.craftBefore(s, i) {
		return srcs, false // "permission for Cavusoglu's plane to land", "the plane was forced to land": a craft, no visitor
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
	if tr.Lemma == "want" && len(tgts) > 0 && !toAt(toks, end) && !ar.aidSoughtOf(s, tgts) {
		return srcs, false // "wants X to act" (or "not to act") is an appeal; "wants Greenland" is none
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
		if f.Recip && len(srcs) > 1 && !(rel == graph.SpokeWith && i+n < len(toks) && toks[i+n].Lower == "of") && !ar.withOthers(s, i+n) &&
			!(tr.Lemma == "sign" && ar.signedDocument(s, i+n)) {
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
	if rel == graph.Attacked && sanctionedWith(s, end) {
		// "hit Russia with new sanctions", "targeted officials with
		// financial sanctions": sanctions are no force (relations.md)
		return srcs, false
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
		// a summons: the protest is the envoy's state's, the meeting the envoy's;
		// a complaint to a third party names whom it is about
		if other := ar.complainedOf(s, end, tgts); len(other) > 0 {
			ok = ar.emitAll(s, srcs, rel, ar.otherSide(srcs, other), trig, wVerb*w)
		} else {
			ok = ar.emitAll(s, srcs, rel, envoyStates(forumsOut(tr, tgts)), trig, wVerb*w)
		}
	} else {
		ok = ar.emitAll(s, srcs, rel, tgts, trig, wVerb*w)
	}
	if f.Also != "" {
		ar.emitAll(s, srcs, f.Also, tgts, trig, wVerb*w)
	}
	if f.Mutual {
		ar.emitAll(s, tgts, rel, srcs, trig, wVerb*w)
	}
	if rel == graph.Warned && ok {
		// "warned Lavrov that Russia should expect further sanctions": the
		// one told and the party the warning names are both warned
		if y := ar.warnedParty(s, tgts); y != nil {
			ar.emitAll(s, srcs, rel, ar.otherSide(srcs, []mention{*y}), trig, wVerb*w*wInherited)
		}
	}
	if rel == graph.Urged && ok {
		if inner := ar.nestedAppeal(s, tgts); len(inner) > 0 {
			ar.emitAll(s, srcs, rel, inner, trig, wVerb*w*wInherited)
		}
	}
	return srcs, ok
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

// appealAhead reports whether an appeal noun heads the object at j, past
// a possessor, a determiner or "all of": "met Serbia's demand", "met the
// demands of Serbia", "has met all of Serbia's demands". Cost: a few
// words.
func (ar *article) appealAhead(s *sent, j int) bool {
	for q := j; q < len(s.toks) && q < j+5; q++ {
		if s.isWord(q, lexicon.AppealNoun) && s.at[q] < 0 {
			return true
		}
		if t := s.toks[q]; !(s.at[q] >= 0 || t.Kind == text.Poss || s.is(q, lexicon.Det) || t.Lower == "all" || t.Lower == "of") {
			return false
		}
	}
	return false
}

// craftBefore reports whether the verb of arrival at i has a craft or a
// munition as its subject: the words before it, past "to", auxiliaries,
// "forced" and adverbs, end in a noun of the compoundhead ("plane",
// "aircraft", "vessel") or projectile cue classes. Cost: a few words.
func (ar *article) craftBefore(s *sent, i int) bool {
	k := i - 1
	for k >= 0 && s.at[k] < 0 && (s.toks[k].Lower == "to" || s.toks[k].Lower == "forced" || s.is(k, lexicon.Aux) || strings.HasSuffix(s.toks[k].Lower, "ly")) {
		k--
	}
	return k >= 0 && s.at[k] < 0 && !s.toks[k].Cap && (s.isWord(k, lexicon.CompoundHead) || s.cue(ar.x.lex, k, lexicon.Projectile) > 0)
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

// gerundPassiveHolder returns the mentions of the group that a gerund or
// infinitive passive at i is told of ("a question about Georgia's envoy,
// X, being summoned", "for the envoy X to be summoned"): the group ending
// right before "being" (or "to be"), past one comma; nil when the verb is
// no such passive or no group stands there. Cost: constant.
func gerundPassiveHolder(s *sent, i int) []mention {
	toks := s.toks
	b := i - 1
	if b >= 2 && toks[b].Lower == "be" && toks[b-1].Lower == "to" {
		b--
	} else if b < 1 || toks[b].Lower != "being" {
		return nil
	}
	e := b - 1
	if e >= 1 && toks[e].Text == "," {
		e--
	}
	if e < 0 || s.gAt[e] < 0 || s.groups[s.gAt[e]].end != e+1 {
		return nil
	}
	ms := s.groupMentions(s.gAt[e])
	if st := s.groups[s.gAt[e]].start; len(ms) == 1 && ms[0].actor.Kind == graph.Person && ms[0].actor.Country == "" && st >= 1 && s.toks[st-1].Text == "," {
		// "Georgia's ambassador in the US, Tamar Taliashvili, being
		// summoned": a named envoy of no known country is the state whose
		// envoy the appositive head names
		for q := st - 2; q >= 1 && q >= st-8; q-- {
			if !s.isWord(q, lexicon.Envoy) {
				continue
			}
			for p := q - 1; p >= 0 && p >= q-3; p-- {
				if m := s.at[p]; m >= 0 && s.ments[m].ok && s.ments[m].actor.Kind == graph.State {
					ms[0].actor.Country = s.ments[m].actor.Name
					return ms
				}
			}
			break
		}
	}
	return ms
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
		if toks[k].Lower == "to" && k+2 < len(toks) && toks[k+1].Lower == "the" && s.at[k+2] >= 0 {
			// "summoned to the State Department": a state's organ is the host
			if m := s.ments[s.at[k+2]]; m.ok && !m.media && m.actor.Kind == graph.State && !m.city && (m.via == viaName || m.via == viaDemonym || m.via == viaMetonym) {
				return m.actor.Name
			}
		}
	}
	return ar.datelineState()
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
	trs, _ := s.trigger(k)
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
	trs, _ := s.trigger(q)
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

// gappedObjects returns the objects of a verb left out before a second
// conjunct: after the object ending at e, an adjunct of its own (a place,
// "in Lebanon"; a time, "on Monday"; an infinitive, "to allow aid"; or
// none, before "and then"), then "and", maybe "then" or "also", and an
// actor that a like adjunct, a comma or the sentence's end follows:
// "struck Hezbollah in Lebanon and Hamas in Gaza", "urged Israel to allow
// aid and Hamas to free the hostages", "met Lavrov and then Blinken". An
// actor followed by anything else begins a clause of its own ("... and
// Hamas fired back"). With prep, the object was a preposition's, and the
// preposition must come again after "and" ("spoke with Zelensky on
// Monday and with Putin on Tuesday"). Cost: at most a dozen tokens.
func (ar *article) gappedObjects(s *sent, e int, first []mention, prep string) []mention {
	toks := s.toks
	if e >= len(toks) {
		return nil
	}
	infinitive := toks[e].Lower == "to"
	a := e
	for a < len(toks) && a < e+8 && toks[a].Lower != "and" {
		t := toks[a]
		if t.Text == "," || t.Text == ";" || t.Kind == text.Quote || s.is(a, lexicon.Clause) || s.is(a, lexicon.Say) {
			return nil
		}
		a++
	}
	if a+2 >= len(toks) || toks[a].Lower != "and" || a == e && toks[a+1].Lower != "then" {
		return nil
	}
	if a > e && !infinitive && !s.is(e, lexicon.Prep) && timeSpan(s, e) == e {
		return nil // the words after the object are no adjunct
	}
	p := a + 1
	if w := toks[p].Lower; w == "then" || w == "also" || w == "later" {
		p++
	}
	if prep != "" {
		// "spoke with Zelensky on Monday and with Putin on Tuesday": the
		// preposition comes again before the second object
		if toks[p].Lower != prep || p+1 >= len(toks) {
			return nil
		}
		p++
	}
	// (the place of the adjunct may be grouped with the actor after "and":
	// "in Lebanon and Hamas")
	if mentionIndex(s, p) < 0 || s.gAt[p] < 0 || s.groups[s.gAt[p]].start != p && s.groups[s.gAt[p]].start <= e {
		return nil
	}
	ge := s.groups[s.gAt[p]].end
	if s.groups[s.gAt[p]].start < p && (ge >= len(toks) || toks[ge].Lower != toks[e].Lower) {
		// grouped with the adjunct's place, the actor after "and" is one
		// more place ("in Lebanon and Syria") unless the adjunct's
		// preposition comes again ("in Lebanon and Hamas in Gaza")
		return nil
	}
	if ge < len(toks) {
		switch next := toks[ge]; {
		case next.Text == "." || next.Text == "," || next.Text == ";" || next.Text == "!":
		case infinitive:
			if next.Lower != "to" {
				return nil
			}
		case s.is(ge, lexicon.Prep) && next.Lower != "to" && next.Lower != "of" || timeSpan(s, ge) > ge:
		default:
			return nil
		}
	}
	// the second conjunct's own adjunct ends the clause: a verb after it
	// opens a clause of its own ("... and Iran on Sunday vowed revenge")
	for q := ge; !infinitive && q < len(toks) && toks[q].Text != "," && toks[q].Text != "." && toks[q].Text != ";"; q++ {
		if s.at[q] < 0 && toks[q].Kind == text.Word && !toks[q].Cap && (s.is(q, lexicon.Aux) || s.is(q, lexicon.Say) || s.is(q, lexicon.Intent) ||
			strings.HasSuffix(toks[q].Lower, "ed") || s.is(q, lexicon.Past)) {
			return nil
		}
	}
	var out []mention
	for _, m := range s.groupMentions(s.gAt[p]) {
		if m.start < p {
			continue
		}
		if !m.ok || m.media || sameActor(m, first) {
			return nil
		}
		out = append(out, m)
	}
	return out
}

// passivePatient returns who was hit when the subject of a passive of
// force, ending before the auxiliary at k, names no actor itself: the
// owner of what was hit ("Iran's nuclear sites were bombed", "a convoy of
// the RSF was bombed", "positions held by Hezbollah were pounded", "Israeli
// towns were hit") or the state of a city ("Kharkiv was hit"). Cost:
// linear in the subject.
func (ar *article) passivePatient(s *sent, k int) []mention {
	toks := s.toks
	for q := ar.clauseStart(s, k); q < k; q++ {
		if s.at[q] < 0 {
			if toks[q].Cap && toks[q].Kind == text.Word && ar.x.places != nil {
				if ms, _ := ar.placeObject(s, q); len(ms) > 0 {
					return ms
				}
			}
			continue
		}
		m := s.ments[s.at[q]]
		if !m.ok || m.media {
			return nil
		}
		owner := m.end < len(toks) && toks[m.end].Kind == text.Poss || m.via == viaDemonym ||
			q > 0 && toks[q-1].Lower == "of" || q > 1 && toks[q-1].Lower == "by" && s.isWord(q-2, lexicon.HeldVerb)
		if !owner {
			return nil
		}
		if g := s.gAt[q]; g >= 0 {
			return s.groupMentions(g)
		}
		return []mention{m}
	}
	return nil
}

// meansAgent returns the agent of the means of force named at j, "rockets
// fired by Hezbollah", "drones launched by the Houthis": a few words with
// a projectile or weapon noun (cue classes projectile, given), a past
// participle and its by-agent; nil elsewhere. Cost: at most eight tokens.
func (ar *article) meansAgent(s *sent, j int) ([]mention, int) {
	toks := s.toks
	means := false
	for q := j; q+2 < len(toks) && q < j+6; q++ {
		if s.at[q] >= 0 || toks[q].Kind != text.Word {
			return nil, -1
		}
		if s.cue(ar.x.lex, q, lexicon.Projectile) > 0 || s.cue(ar.x.lex, q, lexicon.Given) > 0 {
			means = true
			continue
		}
		if means && toks[q+1].Lower == "by" && (strings.HasSuffix(toks[q].Lower, "ed") || s.is(q, lexicon.Past)) {
			return ar.objectAt(s, q+2)
		}
		if means {
			return nil, -1
		}
	}
	return nil, -1
}

// haltedAct returns the token after "to" or "of" in a phrase from j that
// asks an act be stopped, "(an immediate) end to", "a halt to", "the
// cessation of" (cue class cessative), or 0 for none. Cost: at most five
// tokens.
func haltedAct(s *sent, j int) int {
	toks := s.toks
	for q := j; q+1 < len(toks) && q < j+5; q++ {
		if s.at[q] >= 0 || toks[q].Kind != text.Word {
			return 0
		}
		if s.isWord(q, lexicon.Cessative) && (toks[q+1].Lower == "to" || toks[q+1].Lower == "of") {
			return q + 2
		}
	}
	return 0
}

// commaParticipleAct reports whether the verb at i is a participle of
// charge or appeal set off by a comma after a clause that refused or
// negated its own verb: "Iran refused to attend the talks, accusing the
// United States of bad faith", "did not attend, urging X to". The charge
// or appeal is told as made. A modal or a condition of the clause before
// ("Russia would veto any resolution, urging ...", "If Iran walks out,
// accusing ...") holds for the participle too, and so does a condition in
// the participle's own clause. Cost: linear in the two clauses.
func (ar *article) commaParticipleAct(s *sent, i int, tr *lexicon.Trigger) bool {
	if tr.Relation != graph.Accused && tr.Relation != graph.Urged {
		return false // (a warning set off so is mostly conditional: "warning of reprisals if not")
	}
	toks := s.toks
	if i < 2 || toks[i-1].Text != "," || !strings.HasSuffix(toks[i].Lower, "ing") || s.at[i-2] >= 0 || toks[i-2].Kind != text.Word {
		return false
	}
	cs := ar.clauseStart(s, i-1)
	if ar.conditionInClause(s, cs, i-1) || ar.conditionInClause(s, i, i) {
		return false
	}
	for q := cs; q < i-1; q++ {
		if s.cue(ar.x.lex, q, lexicon.Modal) > 0 || strings.HasSuffix(toks[q].Lower, "'ll") || strings.HasSuffix(toks[q].Lower, "'d") {
			return false
		}
	}
	return true
}

// complainedOf returns whom a protest or complaint made to tgts is about,
// when that is another than the ones told and none of them is an envoy:
// "Arafat complained to Powell that Israel was reoccupying towns" (the
// subject of the clause told), "complained to the US about Israel's
// raids" (the agent of the act named). The clause or phrase may stand
// after a short adjunct ("to Powell during talks in Ramallah that ...").
// nil when the complaint names no one else: the ones told are its
// target. Cost: at most a dozen tokens' look ahead and one object read.
func (ar *article) complainedOf(s *sent, end int, tgts []mention) []mention {
	toks := s.toks
	for _, t := range tgts {
		if ar.isEnvoy(t) {
			return nil // (a summons: the envoy's state is the one protested)
		}
	}
	for q := end; q+2 < len(toks) && q < end+12; q++ {
		if toks[q].Kind == text.Punct || quoteLike(toks[q]) || s.is(q, lexicon.Say) {
			return nil
		}
		var other []mention
		switch toks[q].Lower {
		case "that":
			b := q + 1
			if s.is(b, lexicon.Det) {
				b++
			}
			if b < len(toks) && s.at[b] >= 0 {
				other, _ = ar.objectAt(s, q+1)
			}
		case "about", "over":
			if ar.actNamedAt(s, q+1) {
				other = ar.aimedAt(s, q+1)
			}
		default:
			continue
		}
		for _, o := range other {
			if !sameActor(o, tgts) && !o.possPron && o.via != viaPronoun {
				return other
			}
		}
		return nil
	}
	return nil
}

// sanctionedWith reports whether the object ending before e (past its
// head noun) is hit "with" sanctions (cue class sanctionkind): "targeted
// seven Russian officials with financial sanctions". Cost: at most seven
// tokens' look ahead.
func sanctionedWith(s *sent, e int) bool {
	toks := s.toks
	// past the object's head noun, at most two words: "Russian officials
	// with" (never past a verb or "and": "and then punished critics with")
	for lim := e + 2; e > 0 && e < len(toks) && e < lim && toks[e].Kind == text.Word && !toks[e].Cap && toks[e].Lower != "with" && toks[e].Lower != "and" &&
		!s.is(e, lexicon.Prep) && !s.is(e, lexicon.TriggerStart) && !s.is(e, lexicon.Past) && s.at[e] < 0; {
		e++
	}
	if e <= 0 || e+1 >= len(toks) || toks[e].Lower != "with" {
		return false
	}
	for q := e + 1; q < len(toks) && q <= e+5; q++ {
		if s.isWord(q, lexicon.SanctionKind) {
			return true
		}
		if toks[q].Kind != text.Word || s.at[q] >= 0 || s.is(q, lexicon.Prep) {
			return false
		}
	}
	return false
}

// isEnvoy reports whether the person mention m is told as an envoy: its
// role class, or a word of its title in the lexicon's envoy class
// ("ambassador", "chargé d'affaires", "diplomat"). Cost: linear in the
// title's words.
func (ar *article) isEnvoy(m mention) bool {
	if m.class == "envoy" {
		return true
	}
	for _, w := range strings.Fields(m.title) {
		if ar.x.lex.Is(lexicon.Envoy, w) {
			return true
		}
	}
	return false
}
