package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Force: ATTACKED told other than by a verb of force and its object.
// Munitions told by their course ("drones headed to Israel"), entering
// another's airspace, waters or land, a fight told by its dead, force
// answered with force ("returned fire"), victims of an act named before
// ("killed in the strike"), "a war pitting A against B", and days of
// clashes behind a pair's act.

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
	for k := range s.eachKey(keyAirspace, 1, len(toks)-2) {
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
	for k := range s.eachKey(keyDied, 2, len(toks)-4) {
		q := k + 1
		if q >= len(toks) || toks[q].Lower != "in" && toks[q].Lower != "during" {
			continue
		}
		q++
		for q < len(toks) && q < k+7 && s.at[q] < 0 && (s.is(q, lexicon.Det) || s.is(q, lexicon.Adj) || toks[q].Kind == text.Number || toks[q].Kind == text.Quote || toks[q].Kind == text.Word && !toks[q].Cap && !s.is(q, lexicon.TriggerStart) && !s.is(q, lexicon.Prep)) {
			q++ // "a six-hour battle", "several days of", a scare quote
		}
		trs, n := s.trigger(q)
		if n == 0 || !hasSense(trs, graph.Attacked, lexicon.Noun) {
			continue
		}
		e := q + n
		if e < len(toks) && toks[e].Kind == text.Quote {
			e++ // `a "violent clash" with X`: the scare quote closes
		}
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
	for k := range s.eachKey(keyAnswer, 1, len(toks)) {
		n := s.cue(lex, k, lexicon.Answer)
		if n == 0 || s.at[k] >= 0 {
			continue
		}
		e := k + n
		e = skipAdverbs(toks, e, len(toks))
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

// pitKey are the words pitted starts from (keyPit).
var pitKey = []string{"pitting", "pitted", "pits", "pit"}

// pitted reads "a war pitting A against B", "the conflict pits A against
// B": each fought the other (relations.md: a war between A and B is both
// ways). A noun of force must stand before the verb in the sentence: "a
// match pitting A against B" is no fight.
func (ar *article) pitted(s *sent) {
	if !s.mayKey(keyPit) {
		return // (no pitKey: nothing to read)
	}
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

// frontedFightSides returns the pair subject of the main clause after a
// sentence-initial adjunct of time whose fight noun ends at j ("After
// weeks of clashes, A and B agreed a truce"), when that clause names a
// deal or truce of their own; nil when the adjunct names an
// actor or a place of its own before any relative clause ("After fighting
// in Gaza, A and B ...": the fight may be a third party's), when the
// clause's verb is a third party's (a mediate cue: "brokered", "hosted")
// or when it names an actor other than the pair after the deal ("a
// ceasefire plan for Syria", "a truce for Gaza"; a capital, the venue,
// may stand there).
// Cost: the tokens of the sentence, and its mentions once.
func (ar *article) frontedFightSides(s *sent, j int) []mention {
	toks := s.toks
	rel := false
	for q := j; q < len(toks); q++ {
		if toks[q].Text == "," {
			// (only a clause that ends or settles the fight: "agreed a
			// ceasefire", "signed a peace deal"; "After the fighting, A
			// and B met" names no fighters)
			// (and only the pair's own: "A and B brokered a truce" is a
			// third party's part, and "a ceasefire plan for Syria", "a
			// truce in Gaza" settle another's fight)
			for e := q + 1; e < len(toks); e++ {
				if s.cue(ar.x.lex, e, lexicon.Mediate) > 0 {
					return nil
				}
				if s.cue(ar.x.lex, e, lexicon.Accord) > 0 || s.isWord(e, lexicon.TruceNoun) {
					sides := ar.afterFrontedComma(s, q)
					for p := e + 1; p+1 < len(toks); p++ {
						if toks[p].Lower == "for" && toks[p+1].Cap && s.at[p+1] < 0 {
							return nil // "a truce for Gaza": a place of no actor
						}
					}
					for _, m := range s.ments {
						if m.start > e && m.ok && !m.media && !m.city && !sameActor(m, sides) {
							return nil
						}
					}
					return sides
				}
			}
			return nil
		}
		if w := toks[q].Lower; w == "that" || relativePronoun(w) {
			rel = true // "weeks of fighting that killed thousands in Gaza"
		}
		if (s.at[q] >= 0 || toks[q].Cap) && !rel || toks[q].Kind == text.Punct && toks[q].Text != "-" {
			return nil
		}
	}
	return nil
}

// afterKey are the adjuncts of time pairFights starts from (keyAfter).
var afterKey = []string{"after", "following", "amid", "amidst", "since"}

// pairFights reads a fight told as a noun in an adjunct of time with no
// parties of its own, "A and B agreed to a ceasefire after four days of
// clashes", "held talks amid heavy fighting": the clause's two subjects
// fought each other (relations.md: "days of border clashes between A and
// B" is both ways). Only a pair subject counts; a fight with an owner or a
// "between" of its own is read by its frame.
func (ar *article) pairFights(s *sent) {
	if !s.mayKey(keyAfter) {
		return // (no afterKey: nothing to read)
	}
	toks := s.toks
	for p := 0; p+1 < len(toks); p++ {
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
			senses, n := s.trigger(k)
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
			var sides []mention
			if p == 0 {
				// "After six weeks of fighting, Israel and Hamas agreed a
				// ceasefire": the fronted adjunct's fight is the pair's
				// after its comma
				sides = ar.frontedFightSides(s, k+n)
			} else {
				sides = ar.sidesBefore(s, p)
			}
			if len(sides) == 2 && sides[0].actor.Kind != graph.Person && sides[1].actor.Kind != graph.Person {
				ar.pairs(s, sides, graph.Attacked, true, triggerText(toks[k:k+n]), wNoun)
			}
			break
		}
	}
}
