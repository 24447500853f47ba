package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Events named again: the article remembers each act with its agents
// (noteEvent; acts told by a noun or a light verb, nominalEvents) and who
// claimed an attack (noteClaims), so that a definite act noun ("the raid",
// "Tuesday's strikes", "the move", "the maneuvers") names the agents of the
// latest act of its kind within a few sentences (eventNoun, eventAgents,
// anaphoricTarget); an object-fronted relative names the act before it
// (frontedEvent); "the killing of X" names a victim (victimAhead).

// event is an act reported in the article with its agents: what a later
// "the raid", "the launch", "the move" names.
type event struct {
	agents []mention
	sent   int
	armed  bool     // an attack, not a civil act ("annexed", "launched exercises")
	kind   string   // the act's noun class when a noun named it (nounKind), else ""
	words  []string // captures: the captives' words, lower case ("two", "israeli", "soldiers")
}

// nounKind returns the kind of act the noun w names, "" for a noun of no
// kind: "the maneuvers" names war games, not a deal; "the move", "the
// step" name any act (the lexicon's exercisekind, dealkind and
// sanctionkind cues).
func nounKind(lex *lexicon.Lexicon, w string) string {
	switch {
	case lex.Is(lexicon.ExerciseKind, w):
		return "exercise"
	case lex.Is(lexicon.DealKind, w):
		return "deal"
	case lex.Is(lexicon.SanctionKind, w):
		return "sanction"
	}
	return ""
}

// strictKind reports whether a noun of kind names only acts of its own
// kind: "the sanctions" never names a strike told by a verb.
func strictKind(kind string) bool { return kind == "sanction" }

// eventWindow is how many sentences back a noun like "the raid" may reach
// for the act it names.
const eventWindow = 6

// noteEvent records an act with its agents; armed says it was an attack. It
// reports whether an event was recorded.
func (ar *article) noteEvent(s *sent, agents []mention, armed bool) bool {
	n := 0
	for i := range agents {
		if m := &agents[i]; m.ok && !m.media && m.actor.Name != "" {
			n++
		}
	}
	var keep []mention
	if n > 0 {
		keep = s.newMents(n) // (from the article's arena: read only, while the article is)
	}
	for _, m := range agents {
		if m.ok && !m.media && m.actor.Name != "" {
			keep = append(keep, m)
		}
	}
	if len(keep) > 0 {
		ar.events = append(ar.events, event{agents: keep, sent: s.Index, armed: armed})
		return true
	}
	return false
}

// eventNounAt reads a definite noun phrase at j that names an act, "the
// raid", "Tuesday's deadly strikes", "this latest move"; it returns the
// token after the noun, or -1.
func (ar *article) eventNounAt(s *sent, j int) int {
	e, _ := ar.eventNoun(s, j)
	return e
}

// eventNoun is eventNounAt that also reports whether the noun names an
// armed act ("the raid", "the launch") rather than any act ("the move").
func (ar *article) eventNoun(s *sent, j int) (int, bool) {
	toks := s.toks
	k := j
	definite := false
	for k < len(toks) && k < j+5 {
		t := toks[k]
		if s.at[k] >= 0 {
			return -1, false
		}
		switch {
		case t.Lower == "the" || t.Lower == "this" || t.Lower == "that" || t.Lower == "these" || t.Lower == "those":
			definite = true
		case t.Kind == text.Word && k+1 < len(toks) && toks[k+1].Kind == text.Poss && ar.x.lex.Is(lexicon.TimeWord, t.Lower): // "Tuesday's"
			definite = true
			k++
		case t.Lower == "such" || (t.Lower == "a" || t.Lower == "an") && k > j && toks[k-1].Lower == "such":
			definite = true // "such a violation", "such acts": the kind told before
		case t.Lower == "last":
		case s.is(k, lexicon.Adj) || quoteLike(t) || s.is(k, lexicon.NegEval) && s.cue(ar.x.lex, k, lexicon.EvNoun) == 0 || t.Lower == "latest" || t.Lower == "recent" || t.Lower == "apparent" ||
			t.Kind == text.Word && !t.Cap && strings.Contains(t.Lower, "-") && s.cue(ar.x.lex, k, lexicon.EvNoun) == 0,
			definite && t.Kind == text.Word && !t.Cap && s.cue(ar.x.lex, k, lexicon.EvNoun) == 0 && k+1 < len(toks) && s.cue(ar.x.lex, k+1, lexicon.EvNoun) > 0 &&
				!s.is(k, lexicon.Det) && !s.is(k, lexicon.Prep) && !s.is(k, lexicon.Aux): // a noun compound, the boat strike
		default:
			if n := s.cue(ar.x.lex, k, lexicon.EvNoun); n > 0 && definite {
				// "this terrorist act": an armed act, unless the noun names a
				// kind of its own ("the military exercises")
				armed := ar.armedNoun(s, k, n) || k > j && s.isWord(k-1, lexicon.ArmedAct) && nounKind(ar.x.lex, toks[k+n-1].Lower) == ""
				return k + n, armed
			}
			return -1, false
		}
		k++
	}
	return -1, false
}

// nominalEvents records acts a sentence names by a noun with its agent, "a
// U.S. strike on a speedboat", "China's war games", "Israel's decision", or by
// a light verb and a noun, "held war games", "signed a deal", for a later
// "condemned the boat strike" or "the maneuvers" to point back at.
func (ar *article) nominalEvents(s *sent) {
	if !s.mayCue(lexicon.EvNoun) {
		return // (no cue of its class: nothing to read)
	}
	toks := s.toks
	for i := range toks {
		if !s.key(i, keyLightVerb) {
			continue // (lightEvent's first test, inline)
		}
		if e := ar.lightEvent(s, i); s.at[i] < 0 && e > 0 && !ar.blocked(s, i) {
			// "China held war games": an act a later "the maneuvers" may name
			if srcs, _ := ar.subject(s, i, nil); len(srcs) > 0 {
				ar.noteEvent(s, srcs, false)
				ar.events[len(ar.events)-1].kind = nounKind(ar.x.lex, toks[e-1].Lower)
			}
		}
	}
	for _, m := range s.ments {
		if !m.ok || m.media || m.actor.Name == "" || m.via == viaPronoun {
			continue
		}
		k := m.end
		poss := k < len(toks) && toks[k].Kind == text.Poss
		if poss {
			k++
		}
		if k+2 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" {
			k += 3 // "Korea's (DPRK) launch"
		}
		for n := 0; n < 4 && k < len(toks) && s.at[k] < 0 && (s.is(k, lexicon.Adj) || s.is(k, lexicon.NegEval) || n > 0 && toks[k].Lower == "and" || toks[k].Lower == "latest" || toks[k].Lower == "military" || toks[k].Lower == "naval" || toks[k].Lower == "air" ||
			poss && compoundBeforeAct(ar.x.lex, s, k)); n++ {
			if s.cue(ar.x.lex, k, lexicon.EvNoun) > 0 {
				break
			}
			k++
		}
		if k >= len(toks) || s.at[k] >= 0 {
			continue
		}
		if n := s.cue(ar.x.lex, k, lexicon.EvNoun); n > 0 && !(m.via == viaDemonym && s.isWord(k+n-1, lexicon.VictimNoun)) {
			if ar.noteEvent(s, []mention{m}, ar.armedNoun(s, k, n)) {
				ar.events[len(ar.events)-1].kind = nounKind(ar.x.lex, toks[k+n-1].Lower)
			}
		}
	}
}

// compoundBeforeAct reports whether token k, after an owner's possessive,
// is a lower-case noun that modifies the act noun right after it, a
// compound as eventNoun reads one after "the": "Israel's commando raid",
// "Russia's drone strikes"; never a verb ("Ukraine condemned strikes"
// has no owner's "'s" anyway) nor a civil modifier ("Biden's election
// campaign"). Cost: constant.
func compoundBeforeAct(lex *lexicon.Lexicon, s *sent, k int) bool {
	t := s.toks[k]
	return t.Kind == text.Word && !t.Cap && k+1 < len(s.toks) && s.cue(lex, k, lexicon.EvNoun) == 0 && s.cue(lex, k+1, lexicon.EvNoun) > 0 &&
		!s.is(k, lexicon.Det) && !s.is(k, lexicon.Prep) && !s.is(k, lexicon.Aux) && !s.is(k, lexicon.Say) && !s.isWord(k, lexicon.CivilMod) && !verbOnly(s, k)
}

// verbOnly reports whether token k is a trigger with a verb sense and no
// noun sense ("struck", "condemned"). Cost: the trigger's senses.
func verbOnly(s *sent, k int) bool {
	trs, _ := s.trigger(k)
	return len(trs) > 0 && !hasPOS(trs, lexicon.Noun)
}

// nonStateBefore reports whether an organisation or person ends right
// before k: "struck Hezbollah, which Washington condemned as a terrorist
// group" condemns Hezbollah, not the strike.
func (ar *article) nonStateBefore(s *sent, k int) bool {
	if k < 1 || s.at[k-1] < 0 {
		return false
	}
	m := s.ments[s.at[k-1]]
	return m.ok && m.actor.Kind != graph.State
}

// victimAhead reports whether a victim noun (lexicon.VictimNoun) or a
// noun of force done to its "of" phrase (lexicon.OfPatient) followed by
// "of" stands between j and the object at start: "the killing of X",
// "the invasion of X"; never when the object is the act's agent after
// "by" ("the seizure of power by X", "the occupation of Heglig by X").
func victimAhead(lex *lexicon.Lexicon, toks []text.Token, j, start int) bool {
	if start > 0 && start <= len(toks) && toks[start-1].Lower == "by" {
		return false
	}
	for k := j; k+1 < start && k+1 < len(toks); k++ {
		if (lex.Is(lexicon.VictimNoun, toks[k].Lower) || lex.Is(lexicon.OfPatient, toks[k].Lower)) && toks[k+1].Lower == "of" {
			return true
		}
	}
	return false
}

// lightEvent reads a light verb at i that takes a noun naming an act: "held
// war games", "staged drills", "signed a deal"; it returns the token after
// the noun, or -1. The caller records the act for a later "the maneuvers"
// or "the move".
func (ar *article) lightEvent(s *sent, i int) int {
	if !s.key(i, keyLightVerb) {
		return -1
	}
	for k := i + 1; k < len(s.toks) && k < i+5; k++ {
		if s.at[k] >= 0 && s.ments[s.at[k]].via != viaDemonym {
			return -1
		}
		if n := s.cue(ar.x.lex, k, lexicon.EvNoun); n > 0 {
			return k + n
		}
		if s.toks[k].Kind != text.Word {
			return -1
		}
	}
	return -1
}

// frontedEvent reports whether the subject starting at st is that of an
// object-fronted relative clause on an indefinite act noun: ", a move Addis
// Ababa condemned as destabilising", ", a step that Kyiv denounced"; or on the act of the clause before,
// ", which Addis Ababa condemned", "in what Taipei condemned as", when that
// clause reported an act.
func (ar *article) frontedEvent(s *sent, st int) bool {
	toks := s.toks
	k := st - 1
	if k < 1 {
		return false
	}
	if w := toks[k].Lower; (w == "which" && toks[k-1].Text == "," && !ar.nonStateBefore(s, k-1) || w == "what" && toks[k-1].Lower == "in") &&
		len(ar.events) > 0 && ar.events[len(ar.events)-1].sent == s.Index {
		return true
	}
	if w := toks[k].Lower; (w == "that" || w == "which") && toks[k-1].Kind == text.Word {
		k-- // "..., a move that Addis Ababa condemned"
	}
	n := s.cue(ar.x.lex, k, lexicon.EvNoun)
	if n != 1 && k > 0 && s.cue(ar.x.lex, k-1, lexicon.EvNoun) == 2 {
		k--
	} else if n != 1 {
		return false
	}
	for k--; k >= 0 && s.is(k, lexicon.Adj); k-- {
	}
	if k < 1 || toks[k].Lower != "a" && toks[k].Lower != "an" && toks[k].Lower != "another" {
		return false
	}
	p := toks[k-1].Text
	return p == "," || p == "—" || p == "–" || p == "-" || p == "in"
}

// armedNoun reports whether the act noun of n tokens at k names an armed
// act: an attack trigger ("raid", "air strike") or an armed noun
// (lexicon.ArmedNoun); "the deal" (a trigger of talks) is none.
func (ar *article) armedNoun(s *sent, k, n int) bool {
	if s.isWord(k+n-1, lexicon.ArmedNoun) {
		return true
	}
	if q := k + n - 1; s.is(q, lexicon.TriggerStart) {
		// the head: "air strike" is armed, "war games" is not
		if trs, _ := s.trigger(q); len(trs) > 0 && trs[0].Relation == graph.Attacked {
			return true
		}
	}
	return false
}

// eventAgents returns the agents of the latest act reported in the last
// few sentences that is not by any of not.
func (ar *article) eventAgents(s *sent, not []mention, armed bool, kind string) []mention {
	return ar.eventAgentsPast(s, not, armed, kind, false)
}

// eventAgentsPast is eventAgents that, when pastOwn is set, passes over the
// acts of not's own side to the latest act of another: a vow to retaliate
// answers the attacker even after the sayer intercepted the attack ("Most
// were shot down by Israeli air defences. Israel vowed it would
// retaliate").
func (ar *article) eventAgentsPast(s *sent, not []mention, armed bool, kind string, pastOwn bool) []mention {
	for e := len(ar.events) - 1; e >= 0; e-- {
		ev := ar.events[e]
		if ev.sent < s.Index-eventWindow {
			break
		}
		if armed && !ev.armed {
			continue // "the launch" names no exercise
		}
		if kind != "" && kind != ev.kind && (ev.kind != "" || strictKind(kind)) {
			continue // "the deal" names no war games, "the sanctions" no strike
		}
		var out []mention
		for _, a := range ev.agents {
			same := false
			for _, o := range not {
				if o.actor.Name == a.actor.Name || o.actor.Country != "" && o.actor.Country == a.actor.Name {
					same = true
				}
			}
			if !same {
				a.via = viaDefinite
				out = append(out, a)
			}
		}
		if len(out) > 0 {
			return out
		}
		if pastOwn {
			continue
		}
		return nil // the latest act is the speaker's own
	}
	// no act on record: whoever claimed responsibility in the article
	if armed {
		return otherAgents(ar.claimed, not)
	}
	return nil
}

// otherAgents returns the agents who are none of not, marked as named by a
// definite noun ("the raid").
func otherAgents(agents, not []mention) []mention {
	var out []mention
	for _, a := range agents {
		if !sameActor(a, not) {
			a.via = viaDefinite
			out = append(out, a)
		}
	}
	return out
}

func sameActor(a mention, ms []mention) bool {
	for _, o := range ms {
		if o.actor.Name == a.actor.Name || o.actor.Country != "" && o.actor.Country == a.actor.Name {
			return true
		}
	}
	return false
}

// noteClaims finds who claimed responsibility for an attack ("Al-Shabaab
// claimed responsibility for the blasts", "the group claimed the
// attack"), anywhere in the article: a condemnation of "the attack" with no
// attacker on record is aimed at them.
func (ar *article) noteClaims(s *sent) {
	if !s.mayKey(keyClaim) {
		return // (no claimverb cue: nothing to read)
	}
	toks := s.toks
	for i := range s.eachKey(keyClaim, 0, len(toks)-1) {
		w := toks[i].Lower
		n := toks[i+1].Lower
		if n == "by" && i+2 < len(toks) && strings.HasSuffix(w, "ed") && i > 0 {
			// "the bombings, claimed by ISIS, ...": the attacker of record
			if ms, _ := ar.objectAt(s, i+2); len(ms) > 0 {
				for _, m := range ms {
					if m.ok && !m.media && !sameActor(m, ar.claimed) {
						ar.claimed = append(ar.claimed, m)
					}
				}
			}
			continue
		}
		if !(s.isWord(i+1, lexicon.ClaimNoun) || w != "took" && ar.eventNounAt(s, i+1) > 0) {
			continue
		}
		if ar.blocked(s, i) {
			continue
		}
		if srcs, _ := ar.subject(s, i, nil); len(srcs) > 0 {
			for _, m := range srcs {
				if m.ok && !m.media && !sameActor(m, ar.claimed) {
					ar.claimed = append(ar.claimed, m)
				}
			}
		}
	}
}

// anaphoricTarget reads "condemned the raid" as aimed at the agent of the
// act the noun names; it returns the agents, or nil.
func (ar *article) anaphoricTarget(s *sent, j int, srcs []mention) []mention {
	e, armed := ar.eventNoun(s, j)
	if e < 0 {
		return nil
	}
	// "the reckless aggression of the Kingdom of Thailand", "the raid by
	// Israel": the agent is named after the noun (conduct names its agent
	// with "of", never "the killing of X", a victim)
	if toks := s.toks; e+1 < len(toks) && (toks[e].Lower == "by" || toks[e].Lower == "of" && s.isWord(e-1, lexicon.ConductNoun)) {
		if ms, _ := ar.objectAt(s, e+1); len(ms) > 0 {
			return ar.otherSide(srcs, ms)
		}
	}
	return ar.eventAgents(s, srcs, armed, nounKind(ar.x.lex, s.toks[e-1].Lower))
}

// kindAgents returns the agents of the latest act of the given kind in the
// article ("exercise", "deal"), whatever its distance, who are none of
// not.
func (ar *article) kindAgents(not []mention, kind string) []mention {
	for e := len(ar.events) - 1; e >= 0; e-- {
		if ev := ar.events[e]; ev.kind == kind {
			return otherAgents(ev.agents, not)
		}
	}
	return nil
}

// framingEndsAt reports whether a verb of naming ("called", "described",
// "branded": a framing cue that is no verb of charge) ends right before j:
// "called that a war crime". Cost: a few words.
func (ar *article) framingEndsAt(s *sent, j int) bool {
	for b := j - 1; b >= 0 && b >= j-3; b-- {
		if s.cue(ar.x.lex, b, lexicon.Framing) == j-b {
			// (a verb of charge, "criticised that a ship entered", takes a
			// clause; a verb of naming, "called that a war crime", a
			// complement)
			trs, _ := s.trigger(b)
			return !hasSense(trs, graph.Accused, lexicon.Verb)
		}
	}
	return false
}

// actPronoun returns the agents of the act a pronoun object of a charge
// stands for: in "Britain condemned Iran's attack on Israel. Germany also
// condemned it." (or "called them illegal") "it" is the attack, named in
// this sentence or the one before, and Iran the one charged, not the
// actors the pronoun would otherwise resolve to. It reports false when j
// holds no pronoun "it" or "them", or no act by others was told that
// close. A demonstrative standing alone before its complement, "called
// this an irresponsible act", "described that as a provocation", is such a
// pronoun too. Cost: a walk back over the recent acts.
func (ar *article) actPronoun(s *sent, j int, srcs []mention) ([]mention, bool) {
	if j < 0 || j >= len(s.toks) {
		return nil, false
	}
	toks := s.toks
	if (toks[j].Lower == "this" || toks[j].Lower == "that") && s.at[j] < 0 {
		// ("criticised that a Chinese ship entered": "that" before an
		// article opens a clause, but for a verb of framing's object)
		article := j+1 < len(toks) && (toks[j+1].Lower == "a" || toks[j+1].Lower == "an") && (toks[j].Lower == "this" || ar.framingEndsAt(s, j))
		if j+1 >= len(toks) || s.at[j+1] >= 0 || !(article || toks[j+1].Lower == "as" || quoteLike(toks[j+1]) || s.isWord(j+1, lexicon.NegEval) && (j+2 == len(toks) || toks[j+2].Kind != text.Word)) {
			return nil, false // "called this week's strike", "condemned this terrorist act": a determiner
		}
	} else if s.at[j] < 0 || s.ments[s.at[j]].via != viaPronoun || toks[j].Lower != "it" && toks[j].Lower != "them" {
		return nil, false
	}
	if len(ar.events) == 0 || ar.events[len(ar.events)-1].sent < s.Index-1 {
		return nil, false
	}
	ag := ar.eventAgents(s, srcs, false, "")
	return ag, len(ag) > 0
}
