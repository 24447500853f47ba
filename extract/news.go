package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Rules of news style that reach past one trigger and its frame: acts named
// again by a noun ("condemned the raid"), evaluative framing ("called X a
// threat"), and the context a bare official's country is read from.

const (
	wAnaphora = 0.70 // "condemned the raid": the agent of the latest act
	wFraming  = 0.80 // "branded X a threat", "described the shelling as a war crime by X"
)

// event is an act reported in the article with its agents: what a later
// "the raid", "the launch", "the move" names.
type event struct {
	agents []mention
	sent   int
	armed  bool   // an attack, not a civil act ("annexed", "launched exercises")
	kind   string // the act's noun class when a noun named it (nounKind), else ""
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
		case t.Lower == "last":
		case s.is(k, lexicon.Adj) || quoteLike(t) || s.is(k, lexicon.NegEval) && s.cue(ar.x.lex, k, lexicon.EvNoun) == 0 || t.Lower == "latest" || t.Lower == "recent" || t.Lower == "apparent" ||
			t.Kind == text.Word && !t.Cap && strings.Contains(t.Lower, "-") && s.cue(ar.x.lex, k, lexicon.EvNoun) == 0,
			definite && t.Kind == text.Word && !t.Cap && s.cue(ar.x.lex, k, lexicon.EvNoun) == 0 && k+1 < len(toks) && s.cue(ar.x.lex, k+1, lexicon.EvNoun) > 0 &&
				!s.is(k, lexicon.Det) && !s.is(k, lexicon.Prep) && !s.is(k, lexicon.Aux): // a noun compound, the boat strike
		default:
			if n := s.cue(ar.x.lex, k, lexicon.EvNoun); n > 0 && definite {
				return k + n, ar.armedNoun(s, k, n)
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
		if k < len(toks) && toks[k].Kind == text.Poss {
			k++
		}
		if k+2 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" {
			k += 3 // "Korea's (DPRK) launch"
		}
		for n := 0; n < 4 && k < len(toks) && s.at[k] < 0 && (s.is(k, lexicon.Adj) || s.is(k, lexicon.NegEval) || n > 0 && toks[k].Lower == "and" || toks[k].Lower == "latest" || toks[k].Lower == "military" || toks[k].Lower == "naval" || toks[k].Lower == "air"); n++ {
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
// "the invasion of X".
func victimAhead(lex *lexicon.Lexicon, toks []text.Token, j, start int) bool {
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
// Ababa condemned as destabilising"; or on the act of the clause before,
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
	n := s.cue(ar.x.lex, k, lexicon.EvNoun)
	if n != 1 && s.cue(ar.x.lex, k-1, lexicon.EvNoun) == 2 {
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
		if trs, _ := ar.x.lex.Trigger(s.toks, q); len(trs) > 0 && trs[0].Relation == graph.Attacked {
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
	for i := 0; i+1 < len(toks); i++ {
		if !s.key(i, keyClaim) {
			continue
		}
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
		if !(n == "responsibility" || n == "credit" || w != "took" && ar.eventNounAt(s, i+1) > 0) {
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

// framing reads evaluative framing as an accusation: "called Beijing's
// conduct 'reckless'", "branded Caracas a threat", "described the shelling
// as a war crime by Russia", "called the incursion a provocation by X". The
// complement must hold a word of negative judgement (cue class negeval);
// the target is an actor of the object, else a by-phrase of the
// complement, else the agent of the act the object names.
func (ar *article) framing(s *sent) {
	if !s.mayCue(lexicon.Framing) {
		return // (no cue of its class: nothing to read)
	}
	toks := s.toks
	lex := ar.x.lex
	for i := 0; i < len(toks); i++ {
		n := s.cue(lex, i, lexicon.Framing)
		if n == 0 || s.at[i] >= 0 {
			continue
		}
		j := i + n // "referred to the raid as"
		if j >= len(toks) {
			break
		}
		if s.isWord(j, lexicon.NotFramed) {
			continue
		}
		if ar.blocked(s, i) {
			continue
		}
		if ar.passiveFraming(s, i, j) {
			continue
		}
		srcs, w := ar.actorOf(s, i)
		if len(srcs) == 0 {
			continue
		}
		tgts, e := ar.objectAt(s, j)
		armed := false
		if st, ok := ar.seizedState(s, j); ok {
			// "called the coup in Mali a violation", "rejected the
			// military takeover as unconstitutional": the seizing state
			tgts = st
			if e < j {
				e = j
			}
			for e < len(toks) && e < j+8 && toks[e].Lower != "as" && s.cue(lex, e, lexicon.NegEval) == 0 && !quoteLike(toks[e]) && toks[e].Kind == text.Word {
				e++
			}
		}
		if len(tgts) > 0 {
			// "Beijing's conduct": skip the rest of the object phrase
			for e < len(toks) && e < j+6 && toks[e].Lower != "as" && (toks[e].Kind == text.Poss || toks[e].Kind == text.Word && !toks[e].Cap && !s.isWord(e, lexicon.Prep) &&
				s.cue(lex, e, lexicon.NegEval) == 0 && !s.isWord(e, lexicon.Det)) {
				e++
			}
		} else if e, armed = ar.eventNoun(s, j); e < 0 {
			// any short noun phrase: "called the tariff threat an act of
			// coercion by the United States" (the by-phrase names the target)
			e = j
			for e < len(toks) && e < j+5 && s.at[e] < 0 && toks[e].Kind == text.Word && !toks[e].Cap &&
				(e == j && s.is(e, lexicon.Det) || !s.is(e, lexicon.Det) && !s.is(e, lexicon.Prep) && !s.is(e, lexicon.Aux) && s.cue(lex, e, lexicon.NegEval) == 0) {
				e++
			}
			if e == j || e-j < 2 && !s.is(j, lexicon.Det) {
				continue
			}
			armed = true // only a by-phrase may give the target: no anaphora
		}
		// "rejected the deal as illegal", "sees Iran as a threat": a verb of
		// rejection or of seeing frames only through "as" ("dismissed
		// Pyongyang's threats" is a rebuttal, "sees Iran's envoy" nothing)
		if s.isWord(i, lexicon.AsFraming) {
			as := false
			for q := e; q < len(toks) && q < e+7 && !as; q++ {
				as = toks[q].Lower == "as"
			}
			if !as {
				continue
			}
		}
		// the complement: "a threat", "'reckless'", "as a war crime by Russia"
		eval, by := false, []mention(nil)
		for k := e; k < len(toks) && k < e+14; k++ {
			if k > e && ar.stops(s, k) && !quoteLike(toks[k]) {
				break
			}
			if s.cue(lex, k, lexicon.NegEval) > 0 && !s.is(max(k-1, 0), lexicon.Neg) {
				eval = true
			}
			if toks[k].Lower == "by" || toks[k].Lower == "from" {
				if ms, _ := ar.objectAt(s, k+1); len(ms) > 0 {
					by = ms
				}
			}
		}
		if !eval {
			continue
		}
		if len(tgts) == 0 {
			tgts = by
		}
		if len(tgts) == 0 {
			tgts = ar.pairTalksAt(s, j) // "rejected the Turkish-Libyan accord as illegal": its two parties
		}
		if len(tgts) == 0 {
			tgts = ar.betweenAfter(s, j) // "dismissed the deal between Turkey and Libya as illegal"
		}
		wf := wFraming
		if len(tgts) == 0 && e > j && ar.eventNounAt(s, j) > 0 {
			tgts = ar.eventAgents(s, srcs, armed, nounKind(ar.x.lex, toks[e-1].Lower))
			wf = wAnaphora
		}
		ar.emitAll(s, srcs, graph.Accused, tgts, triggerText(toks[i:i+n]), wf*w)
	}
}

// contextCountry is the state an official named with a bare title belongs
// to, read from the nearest context: a place in the sentence ("told
// lawmakers in Taipei"), a state named as a possessor in the sentence
// ("Washington's commitment"), else the state the article has named most
// so far. It returns "" when the article names none.
func (ar *article) contextCountry(s *sent) string {
	toks := s.toks
	for _, m := range s.ments {
		if !m.ok || m.media || m.actor.Kind != graph.State {
			continue
		}
		if m.start > 0 && (toks[m.start-1].Lower == "in" || toks[m.start-1].Lower == "from") {
			return m.actor.Name
		}
	}
	for _, m := range s.ments {
		if m.ok && !m.media && m.actor.Kind == graph.State && m.end < len(toks) && toks[m.end].Kind == text.Poss {
			return m.actor.Name
		}
	}
	// the preceding clause: "Malaysia ... urged both sides. Prime Minister X
	// said ..."
	if s.Index > 0 && s.Index-1 < len(ar.sents) {
		if c := subjectCountry(ar.sents[s.Index-1]); c != "" {
			return c
		}
	}
	if c := ar.datelineState(); c != "" {
		return c
	}
	best, n := "", 0
	for _, c := range ar.stateOrder {
		if ar.stateCount[c] > n {
			best, n = c, ar.stateCount[c]
		}
	}
	return best
}

// subjectCountry is the country of the first actor of a sentence when it
// opens the sentence (its subject, in news style), or "".
func subjectCountry(s *sent) string {
	if len(s.ments) == 0 {
		return ""
	}
	m := s.ments[0]
	if !m.ok || m.media || m.start > 1 {
		return ""
	}
	if m.actor.Kind == graph.State {
		return m.actor.Name
	}
	return m.actor.Country
}

// datelineState is the state of the place in the article's dateline
// ("TAIPEI (Reuters) -", "NEW DELHI, May 8 —", "BAKU, Azerbaijan, July 2."),
// or "". It reads the first line of the raw text, which segmentation cuts
// the dateline from, and, when that line is a headline standing alone,
// the first line after it. Computed once.
func (ar *article) datelineState() string {
	if ar.dateline != nil {
		return *ar.dateline
	}
	none := ""
	ar.dateline = &none
	rest := strings.TrimSpace(ar.a.Text)
	for try := 0; try < 2 && rest != ""; try++ {
		head := rest
		if nl := strings.IndexByte(head, '\n'); nl >= 0 {
			head, rest = head[:nl], strings.TrimSpace(head[nl+1:])
		} else {
			rest = ""
		}
		if c := ar.datelinePlace(head); c != "" {
			ar.dateline = &c
			return c
		}
	}
	return none
}

// datelinePlace reads a dateline at the start of line: up to four words in
// capitals before a comma, bracket or dash that name a place the
// dictionary knows. It returns the place's state, or "".
func (ar *article) datelinePlace(line string) string {
	if len(line) > 80 {
		line = line[:80]
	}
	toks := text.Tokenize(line)
	var words []string
	i := 0
	for i < len(toks) && i < 4 && toks[i].Kind == text.Word && toks[i].Upper {
		w := toks[i].Lower
		words = append(words, strings.ToUpper(w[:1])+w[1:])
		i++
	}
	if len(words) == 0 || i >= len(toks) {
		return ""
	}
	switch toks[i].Text {
	case ",", "(", "-", "—", "–", ":", "--":
	default:
		return ""
	}
	pt := text.Tokenize(strings.Join(words, " "))
	e, n := ar.x.names.longest(pt, 0)
	if e == nil || n != len(pt) || e.media {
		return ""
	}
	if e.actor.Kind == graph.State {
		return e.actor.Name
	}
	return e.actor.Country
}

// countStates adds the states a sentence names to the article's tally.
func (ar *article) countStates(s *sent) {
	for _, m := range s.ments {
		if !m.ok || m.media {
			continue
		}
		c := ""
		switch {
		case m.actor.Kind == graph.State:
			c = m.actor.Name
		case m.actor.Country != "":
			c = m.actor.Country
		}
		if c == "" {
			continue
		}
		if ar.stateCount[c] == 0 {
			ar.stateOrder = append(ar.stateOrder, c)
		}
		ar.stateCount[c]++
	}
}

// appositiveOfficials reads a person introduced by an appositive title:
// "Hwang Min-jun, the trade minister who became acting premier, ...",
// "Ana Ruiz, Chile's foreign minister, ...". The affiliation inside the
// appositive gives the country, else the context (contextCountry).
func (ar *article) appositiveOfficials(s *sent) {
	toks := s.toks
	lex := ar.x.lex
	for i := 0; i < len(toks); i++ {
		if !toks[i].Cap || s.at[i] >= 0 || !nameWord(toks[i]) || s.isWord(i, lexicon.NotName) || s.is(i, lexicon.Det) || s.is(i, lexicon.Prep) {
			continue
		}
		comma := false
		for c := i + 2; c < len(toks) && c <= i+4; c++ {
			if toks[c].Text == "," {
				comma = true
				break
			}
		}
		if !comma {
			continue
		}
		e := i
		for e < len(toks) && e < i+4 && s.at[e] < 0 && (nameWord(toks[e]) && !s.isWord(e, lexicon.NotName) || e > i && s.is(e, lexicon.Particle)) {
			e++
		}
		if e-i < 2 || e+2 >= len(toks) || toks[e].Text != "," {
			i = e
			continue
		}
		k := e + 1
		if toks[k].Lower == "the" || toks[k].Lower == "a" || toks[k].Lower == "an" {
			k++
		}
		country := ""
		aff := false
		class, n := "", 0
		for steps := 0; k < len(toks) && steps < 4; steps++ {
			if s.at[k] >= 0 {
				m := s.ments[s.at[k]]
				if m.via == viaTitle {
					// "the trade minister", read already as a bare title
					class, n = m.class, m.end-k
					if m.actor.Country != "" {
						country, aff = m.actor.Country, true
					}
					break
				}
				if c, rn := lex.Role(toks, k); rn > 0 && m.ok && m.actor.Kind != graph.Person && k+rn < m.end {
					// "a spokesman for the Senegalese government", read
					// already as the state's organ: the role, and the state
					class, n = c, rn
					country, aff = m.actor.Country, true
					if m.actor.Kind == graph.State {
						country = m.actor.Name
					}
					break
				}
				if !m.ok || m.actor.Kind == graph.Person {
					break
				}
				country = m.actor.Country
				if m.actor.Kind == graph.State {
					country = m.actor.Name
				}
				aff = true
				k = m.end
				if k < len(toks) && toks[k].Kind == text.Poss {
					k++
				}
				continue
			}
			if s.isWord(k, lexicon.RoleMod) || toks[k].Kind == text.Word && !toks[k].Cap && !s.is(k, lexicon.RoleStart) && steps < 2 && !s.isWord(k, lexicon.Prep) {
				k++
				continue
			}
			break
		}
		if n == 0 && k < len(toks) && s.at[k] < 0 && s.is(k, lexicon.RoleStart) {
			class, n = lex.Role(toks, k)
		}
		if n == 0 || class == "official" {
			i = e
			continue
		}
		if !aff {
			country = ar.contextCountry(s)
		}
		var parts []string
		for _, t := range toks[i:e] {
			parts = append(parts, t.Text)
		}
		name := strings.Join(parts, " ")
		a := graph.Actor{Name: name, Kind: graph.Person, Country: country}
		if prev, ok := ar.local[text.Lower(name)]; ok && prev.Name != "" {
			a = prev
		}
		ar.local[text.Lower(name)] = a
		ar.local[toks[e-1].Lower] = a
		title := triggerText(toks[k : k+n])
		ar.addPerson(a, class, title, s.Index)
		s.replace(mention{start: i, end: e, actor: a, ok: true, via: viaTitled, class: class, title: title})
		i = e
	}
}

// sayerNames reads a person the dictionary does not know by the shape of
// news attribution: two or three name words right before a verb of saying
// ("Abdou Karim Sall told reporters"), right after "said" at the end of
// the sentence ("..., said Abdou Karim Sall."), opening a clause before a
// past-tense trigger ("Abdou Karim Sall accused Mali"), or before ", who". Their country is
// unknown unless the article gives it later; the surname names them for
// the rest of the article. Words that are cues or titles are never name
// words, so "Foreign Minister X" and "The Pentagon said" stay what they
// are.
func (ar *article) sayerNames(s *sent) {
	toks := s.toks
	if titleCase(s) {
		return // a Title Case headline capitalises every word
	}
	for i := 0; i+1 < len(toks); i++ {
		if s.at[i] >= 0 || !ar.bareNameWord(s, i) {
			continue
		}
		e := i
		for e < len(toks) && e < i+3 && s.at[e] < 0 && ar.bareNameWord(s, e) {
			e++
		}
		if e-i < 2 || e < len(toks) && s.at[e] < 0 && toks[e].Cap && toks[e].Kind == text.Word {
			i = e
			continue // a longer capitalised phrase: a name of something else
		}
		before := ""
		if i > 0 {
			before = toks[i-1].Lower
		}
		sayer := e < len(toks) && s.cue(ar.x.lex, e, lexicon.Say) > 0 && toks[e].Lower != "according"
		postposed := (before == "said" || before == "says") && (e >= len(toks) || toks[e].Text == "." || toks[e].Text == ",")
		opener := (i == 0 || before == "," || quoteLike(toks[i-1])) && e < len(toks) && s.is(e, lexicon.TriggerStart) &&
			(strings.HasSuffix(toks[e].Lower, "ed") || s.is(e, lexicon.Past))
		// "Abdou Karim Sall, who heads the ministry, ...": "who" names a person
		who := e+1 < len(toks) && toks[e].Text == "," && toks[e+1].Lower == "who"
		// "Netanyahu met Lindsey Graham": a given name the dictionary's
		// persons bear opens a name anywhere
		given := ar.x.givenNames[toks[i].Lower] && !s.isWord(e-1, lexicon.NamedPlace)
		if !sayer && !postposed && !opener && !who && !given {
			i = e
			continue
		}
		parts := make([]string, 0, e-i)
		for _, t := range toks[i:e] {
			parts = append(parts, t.Text)
		}
		name := strings.Join(parts, " ")
		a := graph.Actor{Name: name, Kind: graph.Person}
		if prev, ok := ar.local[text.Lower(name)]; ok && prev.Name != "" {
			a = prev
		}
		ar.local[text.Lower(name)] = a
		if _, ok := ar.local[toks[e-1].Lower]; !ok {
			ar.local[toks[e-1].Lower] = a
		}
		ar.addPerson(a, "", "", s.Index)
		s.replace(mention{start: i, end: e, actor: a, ok: true, via: viaTitled})
		i = e
	}
}

// titleThenName reads a person the dictionary does not know named in
// apposition after a bare title: "Sudan's Information Minister, Khalid
// al-Isaa, accused ...", "his finance minister, Hong Nam-ki, announced
// ...". The person takes the title's office and country, the title
// becomes them, and the surname (the family name first for the states
// that write it first) names them for the rest of the article.
func (ar *article) titleThenName(s *sent) {
	toks := s.toks
	// a role word with no title mention ("Sudan's Information Minister,"):
	// a title of its own, its affiliation the actor before it
	for q := 1; q+3 < len(toks); q++ {
		if s.at[q] >= 0 || !s.is(q, lexicon.RoleStart) {
			continue
		}
		class, r := ar.x.lex.Role(toks, q)
		if r == 0 || q+r+2 >= len(toks) {
			continue
		}
		// "the leader of the rebel Alliance for Change, NAME,": the
		// office's "of" phrase runs to the comma and gives the country
		of, ofCountry := q+r, ""
		if toks[of].Lower == "of" {
			of, ofCountry = ar.officeOf(s, of+1)
		}
		if of < 0 || of+2 >= len(toks) || toks[of].Text != "," || s.at[of+1] >= 0 || !nameWord(toks[of+1]) {
			continue
		}
		b := q - 1
		for b >= 0 && b >= q-2 && s.at[b] < 0 && toks[b].Cap && toks[b].Kind == text.Word && !s.is(b, lexicon.Det) {
			b-- // "Information", "Deputy"
		}
		country := ""
		start := b + 1
		switch {
		case b >= 1 && toks[b].Kind == text.Poss && s.at[b-1] >= 0 && s.ments[s.at[b-1]].ok && s.ments[s.at[b-1]].actor.Kind == graph.State:
			country, start = s.ments[s.at[b-1]].actor.Name, s.ments[s.at[b-1]].start
		case b >= 0 && s.at[b] >= 0 && s.ments[s.at[b]].ok && s.ments[s.at[b]].via == viaDemonym:
			country, start = s.ments[s.at[b]].actor.Name, s.ments[s.at[b]].start
		case b >= 1 && toks[b].Kind == text.Poss && s.at[b-1] >= 0 && s.ments[s.at[b-1]].ok && s.ments[s.at[b-1]].actor.Kind == graph.Person && s.ments[s.at[b-1]].actor.Country != "":
			// "Tshisekedi's spokesman, NAME,": the principal's country
			country, start = s.ments[s.at[b-1]].actor.Country, s.ments[s.at[b-1]].start
		case of > q+r && ofCountry != "":
			country = ofCountry
		case of > q+r && b >= 0 && s.is(b, lexicon.Det):
			// "the leader of the rebel Alliance for Change": a body the
			// dictionary does not know; the person may have no country
			country, start = ar.contextCountry(s), b
		}
		if country == "" && !(of > q+r && start == b) {
			continue // (a bare "Minister, X," is no affiliation)
		}
		s.replace(mention{start: start, end: of, via: viaTitle, class: class, title: triggerText(toks[q : q+r]), actor: graph.Actor{Country: country}})
		q = of
	}
	for k := 0; k < len(s.ments); k++ {
		m := s.ments[k]
		if m.via != viaTitle || m.end+3 >= len(toks) || toks[m.end].Text != "," {
			continue
		}
		i := m.end + 1
		e := i
		for e < len(toks) && e < i+4 && s.at[e] < 0 && (nameWord(toks[e]) && !s.isWord(e, lexicon.NotName) || e > i && s.is(e, lexicon.Particle)) {
			e++
		}
		if e-i < 2 || e >= len(toks) || toks[e].Text != "," {
			continue
		}
		parts := make([]string, 0, e-i)
		for _, t := range toks[i:e] {
			parts = append(parts, t.Text)
		}
		name := strings.Join(parts, " ")
		a := graph.Actor{Name: name, Kind: graph.Person, Country: m.actor.Country}
		if prev, ok := ar.local[text.Lower(name)]; ok && prev.Name != "" {
			a = prev
		}
		ar.local[text.Lower(name)] = a
		if _, ok := ar.local[toks[e-1].Lower]; !ok {
			ar.local[toks[e-1].Lower] = a
		}
		if ar.x.familyFirst[a.Country] {
			if _, ok := ar.local[toks[i].Lower]; !ok {
				ar.local[toks[i].Lower] = a
			}
		}
		ar.addPerson(a, m.class, m.title, s.Index)
		s.ments[k].actor, s.ments[k].ok, s.ments[k].via = a, true, viaTitled
		s.replace(mention{start: i, end: e, actor: a, ok: true, via: viaTitled, class: m.class, title: m.title})
	}
}

// officeOf reads the "of" phrase of an office held in apposition to a
// name ("the leader of the rebel Alliance for Change, NAME,"): from token
// i, at most seven words of a name (capitalised words, determiners,
// lower-case modifiers, mentions) up to a comma. It returns the comma's
// index and the country of the first actor named in the phrase, or -1
// where the phrase is no name of a body.
func (ar *article) officeOf(s *sent, i int) (int, string) {
	toks, country, named := s.toks, "", false
	for k := i; k < len(toks) && k < i+8; k++ {
		t := toks[k]
		switch {
		case t.Text == ",":
			if !named {
				return -1, ""
			}
			return k, country
		case s.at[k] >= 0:
			m := s.ments[s.at[k]]
			if !m.ok {
				return -1, ""
			}
			if country == "" {
				country = m.actor.Country
				if m.actor.Kind == graph.State {
					country = m.actor.Name
				}
			}
			named = true
			k = m.end - 1
		case t.Kind == text.Word && t.Cap:
			named = true
		case t.Kind == text.Word && (s.is(k, lexicon.Det) || t.Lower == "for" || t.Lower == "of" || t.Lower == "and"):
		case t.Kind == text.Word && !t.Cap && !s.is(k, lexicon.TriggerStart) && s.cue(ar.x.lex, k, lexicon.Say) == 0:
			// "the rebel", "the armed", "delegation": modifiers and heads
		default:
			return -1, ""
		}
	}
	return -1, ""
}

// bareNameWord reports whether token k may be a word of a name the
// dictionary does not know: a capitalised word that is no cue, title or
// trigger word and no day or month.
func (ar *article) bareNameWord(s *sent, k int) bool {
	t := s.toks[k]
	return nameWord(t) && !s.isWord(k, lexicon.NotName) && s.single[k] == 0 && s.multi[k] == 0 && !s.isWord(k, lexicon.TimeWord) && len(t.Text) > 1
}

// nameWord reports whether t can be part of a person's name: a capitalised
// word, or a particle-prefixed one ("al-Harbi", "el-Sayed").
func nameWord(t text.Token) bool {
	if t.Kind != text.Word {
		return false
	}
	if t.Cap && !t.Upper && !strings.HasSuffix(t.Text, ".") {
		return true
	}
	if t.Cap || strings.IndexByte(t.Lower, '-') < 0 {
		return false
	}
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "bin-", "ibn-", "abu-"} {
		if strings.HasPrefix(t.Lower, p) && len(t.Text) > len(p) {
			r := t.Text[len(p)]
			return r >= 'A' && r <= 'Z'
		}
	}
	return false
}

// pairBefore returns the two (or more) actors named together right before
// token k: earlier in the sentence, else in the sentence before. "them"
// and "they" after "Ethiopia and Eritrea traded accusations" are the pair.
func (ar *article) pairBefore(s *sent, k int) []mention {
	for g := len(s.groups) - 1; g >= 0; g-- {
		if s.groups[g].end <= k && len(s.groups[g].ms) > 1 {
			return s.groupMentions(g)
		}
	}
	if ar.lastPairSent == s.Index-1 {
		return ar.lastPair
	}
	return nil
}

// subjectBetween reports whether an actor that may be a subject (one after
// no preposition) stands in tokens [from, to).
func (ar *article) subjectBetween(s *sent, from, to int) bool {
	for _, m := range s.ments {
		if m.start >= from && m.end <= to && m.ok && !m.possPron && !ar.afterPrep(s, m.start) {
			return true
		}
	}
	return false
}

// notePair remembers the last group of two or more actors of a sentence.
func (ar *article) notePair(s *sent) {
	for g := len(s.groups) - 1; g >= 0; g-- {
		if len(s.groups[g].ms) > 1 {
			ar.lastPair, ar.lastPairSent = s.groupMentions(g), s.Index
			return
		}
	}
}

// congo resolves "Congo" and "Congolese", which the dictionary leaves out
// because they name two states: the Democratic Republic of the Congo when
// the article speaks of Kinshasa, Goma, the Kivus, M23, the FDLR, Rwanda or Tshisekedi,
// else the Republic of the Congo.
func (ar *article) congo() graph.Actor {
	if ar.congoState == "" {
		ar.congoState = "Republic of the Congo"
		for _, w := range []string{"Kinshasa", "Goma", "Kivu", "M23", "Tshisekedi", "Bukavu", "Kabila", "DRC", "Ituri", "Lubumbashi", "Rwanda", "Kigali", "FDLR", "Kagame", "Kisangani", "Uvira"} {
			if strings.Contains(ar.a.Text, w) {
				ar.congoState = "Democratic Republic of the Congo"
				break
			}
		}
	}
	return stateActor(ar.congoState)
}

// contextCapital resolves a capital the dictionary leaves out because the
// word names other things too (docs/dictionary.md; resolution.tsv's
// contextcapitals) at a capitalised word t: it stands for its state only
// in an article that names that state or its people. Else it reports
// false.
func (ar *article) contextCapital(t *text.Token) (graph.Actor, bool) {
	lw := t.Lower
	v, ok := resolutionLists["contextcapitals"].word(lw)
	if !ok || !t.Cap || len(t.Text) != len(lw) || t.Text[1:] != lw[1:] {
		return graph.Actor{}, false // (only "Tripoli", never "TRIPOLI")
	}
	state, demonym, _ := strings.Cut(v, "/")
	if strings.Contains(ar.a.Text, state) || strings.Contains(ar.a.Text, demonym) {
		return stateActor(state), true
	}
	return graph.Actor{}, false
}

// thanks reads "S thanked X for its/their support (help, aid ...)" as X
// SUPPORTED S (the thanks report the support as given) and S SUPPORTED X
// (relations.md: thanks are praise).
func (ar *article) thanks(s *sent) {
	if !s.mayKey(keyThanks) {
		return // (no thankverb cue: nothing to read)
	}
	toks := s.toks
	for i := 0; i+3 < len(toks); i++ {
		if !s.key(i, keyThanks) {
			continue
		}
		if s.at[i] >= 0 || ar.blocked(s, i) {
			continue
		}
		helpers, e := ar.objectAt(s, i+1)
		if len(helpers) == 0 || e+1 >= len(toks) || toks[e].Lower != "for" {
			continue
		}
		k := e + 1
		for k < len(toks) && k < e+5 && (s.at[k] >= 0 && s.ments[s.at[k]].possPron || s.is(k, lexicon.Det) || s.is(k, lexicon.Adj) || quoteLike(toks[k])) {
			k++
		}
		if k >= len(toks) || !s.is(k, lexicon.TriggerStart) {
			continue
		}
		if trs, _ := ar.x.lex.Trigger(toks, k); len(trs) == 0 || trs[0].Relation != graph.Supported {
			continue
		}
		helped, w := ar.subject(s, i, nil)
		if len(helped) == 0 {
			continue
		}
		ar.emitAll(s, helpers, graph.Supported, helped, toks[i].Lower, wVerb*w)
		// and the thanks are praise (relations.md: "X thanked Y for its
		// help" is SUPPORTED Y)
		ar.emitAll(s, helped, graph.Supported, helpers, toks[i].Lower, wVerb*w)
	}
}

// heldResponsible reads "held X responsible/accountable (for ...)" with an
// object between the verb and the adjective as an accusation.
func (ar *article) heldResponsible(s *sent) {
	if !s.mayKey(keyHeld) {
		return // (no holdverb cue: nothing to read)
	}
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		if !s.key(i, keyHeld) {
			continue
		}
		if w := toks[i+1].Lower; i > 0 && (w == "responsible" || w == "accountable" || w == "liable") && s.is(i-1, lexicon.PassAux) {
			// "Russia must be held accountable," Zelensky said: the speaker's charge
			if tgts, _ := ar.subject(s, i, nil); len(tgts) > 0 && s.speaker != nil && s.speaker.ok && !ar.negatedBefore(s, i) {
				ar.emitAll(s, []mention{*s.speaker}, graph.Accused, ar.otherSide([]mention{*s.speaker}, tgts), "held "+w, wAnaphora)
			}
			continue
		}
		tgts, e := ar.objectAt(s, i+1)
		if len(tgts) == 0 || e >= len(toks) {
			continue
		}
		if w := toks[e].Lower; w != "responsible" && w != "accountable" && w != "liable" {
			continue
		}
		if ar.blocked(s, i) {
			continue
		}
		srcs, w := ar.actorOf(s, i)
		ar.emitAll(s, srcs, graph.Accused, tgts, toks[i].Lower+" "+toks[e].Lower, wVerb*w)
	}
}

// heldToAccount reads the passive complement of an appeal to the last of
// its targets: "called for X to be held accountable", "demanded that X be
// punished" is a charge against X (accuse); "called for X to be included"
// asks nothing of X (passive); either way X is not urged.
func heldToAccount(s *sent, tgts []mention) (accuse, passive bool) {
	if len(tgts) == 0 {
		return false, false
	}
	toks := s.toks
	e := tgts[len(tgts)-1].end
	if e < len(toks) && toks[e].Lower == "to" {
		e++
	}
	if e+1 >= len(toks) || toks[e].Lower != "be" || toks[e+1].Kind != text.Word {
		return false, false
	}
	p := toks[e+1].Lower
	switch {
	case p == "held" && e+2 < len(toks):
		switch toks[e+2].Lower {
		case "accountable", "responsible", "liable":
			return true, true
		case "to":
			return e+3 < len(toks) && toks[e+3].Lower == "account", true
		}
	case s.cueLex.Is(lexicon.Punished, p):
		return true, true
	}
	return false, strings.HasSuffix(p, "ed") || p == "made" || p == "brought"
}

// passiveFraming reads a framing told in the passive, "The PKK is listed
// (designated) as a terrorist organisation by Turkey, the EU and the US",
// "Hamas was branded a terrorist group by Israel": each by-agent ACCUSED
// the subject when the complement judges (negeval). It reports whether the
// verb at i (its complement at j) was a passive, read or not: the
// subject of a passive is never the framer.
func (ar *article) passiveFraming(s *sent, i, j int) bool {
	toks := s.toks
	k := i - 1
	for k >= 0 && strings.HasSuffix(toks[k].Lower, "ly") && s.at[k] < 0 {
		k--
	}
	if k < 0 || !s.is(k, lexicon.PassAux) || !strings.HasSuffix(toks[i].Lower, "ed") {
		return false
	}
	if j >= len(toks) {
		return true
	}
	eval, by := false, -1
	for q := j; q < len(toks) && q < j+10; q++ { // "as a terrorist group by", "a terrorist group by"
		if s.cue(ar.x.lex, q, lexicon.NegEval) > 0 {
			eval = true
		}
		if toks[q].Lower == "by" {
			by = q
			break
		}
		if ar.stops(s, q) && toks[q].Text != "," {
			break
		}
	}
	if !eval || by < 0 {
		return true
	}
	judges, _ := ar.objectAt(s, by+1)
	tgts, _ := ar.subject(s, k, nil)
	for _, a := range judges {
		for _, b := range tgts {
			// (an armed group of the judge's own state is judged like any
			// other: "listed as a terrorist organisation by Türkiye")
			if b.actor.Kind == graph.Org && !ar.x.stateOrgans[b.actor.Name] || len(ar.otherSide([]mention{a}, []mention{b})) > 0 {
				ar.emit(s, a, graph.Accused, b, triggerText(toks[i:j]), wFraming)
			}
		}
	}
	return true
}

// evalCopula reads a speaker's judgement of an act as an accusation: "Tusk
// told parliament the incursion was 'a large-scale provocation'", "said the
// strikes were a violation of sovereignty". The act's agent is the
// target (by-phrase, else the latest act on record).
func (ar *article) evalCopula(s *sent) {
	if s.speaker == nil || !s.speaker.ok {
		return
	}
	if !s.mayCue(lexicon.EvNoun) {
		return // (no act named by a noun: eventNoun finds none)
	}
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		e, armed := ar.eventNoun(s, i)
		if e < 0 || e >= len(toks) || !s.isWord(e, lexicon.Copula) && toks[e].Lower != "were" && toks[e].Lower != "are" {
			i = max(i, e-1)
			continue
		}
		if i > 0 && (s.is(i-1, lexicon.Prep) || s.is(i-1, lexicon.TriggerStart)) {
			continue // an object of something else
		}
		eval := false
		for k := e + 1; k < len(toks) && k < e+8; k++ {
			if ar.stops(s, k) && !quoteLike(toks[k]) {
				break
			}
			if s.cue(ar.x.lex, k, lexicon.NegEval) > 0 && !s.is(k-1, lexicon.Neg) {
				eval = true
			}
			if s.is(k, lexicon.Neg) {
				eval = false
				break
			}
		}
		if !eval {
			continue
		}
		src := []mention{*s.speaker}
		// "the attacks were an unacceptable campaign of escalation by Iran":
		// the predicate names the agent itself
		var tgts []mention
		for k := e + 1; k+1 < len(toks) && k < e+16 && len(tgts) == 0; k++ {
			if ar.stops(s, k) && !quoteLike(toks[k]) {
				break
			}
			if toks[k].Lower == "by" && agentAfter(s, k) >= 0 {
				tgts, _ = ar.objectAt(s, k+1)
			}
		}
		if len(tgts) == 0 {
			tgts = ar.eventAgents(s, src, armed, "")
		}
		ar.emitAll(s, src, graph.Accused, tgts, toks[e-1].Lower+" "+toks[e].Lower, wAnaphora*wFraming/wVerb)
	}
}

// warningByAct reads an act called a warning, "the exercises were a stern
// warning to Taipei", "the deployment sent a message to NATO", "the drills
// are meant to be a solemn deterrent against provocation by X": the agent
// of the act the subject noun names WARNED the one warned. What a
// deterrent is aimed against may be told as misconduct between two sides
// ("a deterrent against collusion between A and B"): each side is warned,
// and, the misconduct being a charge (relations.md: disapproval is
// ACCUSED), accused too.
func (ar *article) warningByAct(s *sent) {
	toks := s.toks
	for k := 2; k+2 < len(toks); k++ {
		w, p := toks[k].Lower, toks[k+1].Lower
		if p != "to" && p != "against" {
			continue // (the test below, first)
		}
		aimed := s.is(k, lexicon.WarnNoun) // "warning", "deterrent": aimed to or against
		if (!aimed && w != "message" && w != "signal") || p != "to" && !(aimed && p == "against") {
			continue
		}
		// back over "a stern", "a “resolute response and solemn" to the article
		q := k - 1
		for q > 0 && q >= k-6 && s.at[q] < 0 && toks[q].Lower != "a" && toks[q].Lower != "an" &&
			(s.is(q, lexicon.Adj) || toks[q].Lower == "stern" || toks[q].Lower == "clear" || toks[q].Lower == "strong" ||
				aimed && (quoteLike(toks[q]) || toks[q].Kind == text.Word && !toks[q].Cap && !s.is(q, lexicon.Prep) &&
					!s.is(q, lexicon.Clause) && !s.is(q, lexicon.Aux) && !s.is(q, lexicon.Say))) {
			q--
		}
		if q < 1 || toks[q].Lower != "a" && toks[q].Lower != "an" {
			continue
		}
		q--
		switch toks[q].Lower {
		case "was", "were", "is", "are", "as", "be":
			if !aimed {
				continue // "were a message to" is rarer than a threat
			}
		case "sent", "sends", "send":
		default:
			continue
		}
		if toks[q].Lower == "as" && q > 0 && s.isWord(q-1, lexicon.ServeVerb) {
			q-- // "the exercises served as a stern warning to"
		}
		if toks[q].Lower == "be" {
			// "were meant to be", "are intended to be": back to the copula
			if q < 3 || toks[q-1].Lower != "to" || !s.isWord(q-2, lexicon.Purpose) || !s.is(q-3, lexicon.PassAux) {
				continue
			}
			q -= 3
		}
		// the modality is the copula's: "were intended to be" tells a purpose
		if ar.blocked(s, q) {
			continue
		}
		tgts, charged := ar.warnedAt(s, k+2, aimed)
		if len(tgts) == 0 {
			continue
		}
		// the subject: "the exercises", "these drills", "the deployment"
		var agents []mention
		for b := q - 1; b >= 0 && b >= q-5; b-- {
			if e, _ := ar.eventNoun(s, b); e == q {
				kind := nounKind(ar.x.lex, toks[q-1].Lower)
				if agents = ar.eventAgents(s, tgts, false, kind); len(agents) == 0 && kind != "" {
					// "the latest drills" of an article about one side's drills,
					// told further back than the window
					agents = ar.kindAgents(tgts, kind)
				}
				break
			}
		}
		if len(agents) > 0 {
			ar.emitAll(s, agents, graph.Warned, tgts, triggerText(toks[k:k+1]), wAnaphora)
			if charged {
				ar.emitAll(s, agents, graph.Accused, tgts, triggerText(toks[k:k+1]), wAnaphora)
			}
		}
	}
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

// warnedAt returns the ones a warning or deterrent is aimed at, from j (just
// after its preposition): an actor there, or, for a deterrent "against"
// misconduct, its agent a few words on ("against provocations by X",
// "against collusion and provocation between A and B"); charged reports
// that the words on the way name misconduct (a negeval cue).
func (ar *article) warnedAt(s *sent, j int, far bool) (tgts []mention, charged bool) {
	if tgts, _ = ar.objectAt(s, j); len(tgts) > 0 || !far {
		return tgts, false
	}
	toks := s.toks
	for r := j; r < len(toks) && r < j+6; r++ {
		if s.cue(ar.x.lex, r, lexicon.NegEval) > 0 {
			charged = true
		}
		switch {
		case toks[r].Lower == "between":
			if !charged {
				return nil, false // "a warning against war between A and B"
			}
			return ar.betweenAt(s, r), charged
		case toks[r].Lower == "by" || toks[r].Lower == "from":
			if charged {
				tgts, _ = ar.objectAt(s, r+1)
				return tgts, charged
			}
			return nil, false
		case s.at[r] >= 0:
			if !charged {
				return nil, false
			}
			tgts, _ = ar.objectAt(s, r)
			return tgts, charged
		case ar.stops(s, r) && !quoteLike(toks[r]) || toks[r].Kind != text.Word && !quoteLike(toks[r]):
			return nil, false
		}
	}
	return nil, false
}

// negatedBefore reports whether a negation stands in the clause of i before
// it ("should not be held accountable").
func (ar *article) negatedBefore(s *sent, i int) bool {
	for k := i - 1; k >= ar.clauseStart(s, i) && k >= i-5; k-- {
		if s.is(k, lexicon.Neg) {
			return true
		}
	}
	return false
}
