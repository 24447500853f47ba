package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Definite descriptions: "the group", "the country", "the army", "the
// North", "the league", "the West African country" are matched as mentions
// (definiteAt, definiteHead) and resolved to the last actor of that sort
// named before (definite): a state of the region the description names
// (regionOf), the state the other compass word names (compassCounterpart),
// the state whose rulers the military overthrew, the state of a person
// named before. "The Palestinian militant group" is the group of that state
// named last (groupsByDemonym). "The administration" and "the regime" are
// the state whose government the text named with that word before
// (govNamedBefore); "the army chief" is a title, never the army
// (armyTitleAt).

// definite resolves "the group", "the country", "the army" to the last
// actor of that sort named before mention k of s (or in an earlier
// sentence).
func (ar *article) definite(head string, s *sent, k int) (graph.Actor, bool) {
	if head == "organ" {
		return ar.organState(s, k)
	}
	if head == "latter" || head == "former" {
		return ar.pairMember(s, k, head == "latter")
	}
	if w, ok := strings.CutPrefix(head, "gov:"); ok {
		return ar.govNamedBefore(s, k, w)
	}
	region := ar.regionOf(s.ments[k], s)
	fits := func(a graph.Actor) bool {
		if region != nil && !region[a.Name] {
			return false // "the Central American country": a state of that region only
		}
		if w, ok := strings.CutPrefix(head, "first:"); ok {
			// the state whose name opens with that word
			return a.Kind == graph.State && strings.HasPrefix(strings.ToLower(a.Name), w+" ")
		}
		if w, ok := strings.CutPrefix(head, "named:"); ok {
			// the body whose name ends in that word
			n := strings.ToLower(a.Name)
			return a.Kind == graph.Org && (strings.HasSuffix(n, " "+w) || strings.Contains(n, " "+w+" of "))
		}
		switch head {
		case "state":
			return a.Kind == graph.State
		case "group":
			return a.Kind == graph.Org && a.Country != ""
		case "armed":
			return a.Kind == graph.Org && a.Country != "" && !ar.governs(a)
		case "body":
			return a.Kind == graph.Org && a.Country == ""
		case "army":
			n := strings.ToLower(a.Name)
			return a.Kind == graph.Org && (strings.Contains(n, "army") || strings.Contains(n, "armed forces") || strings.Contains(n, "military") || strings.Contains(n, "defense forces") || strings.Contains(n, "defence forces"))
		}
		return false
	}
	for q := k - 1; q >= 0; q-- {
		if m := s.ments[q]; m.ok && !m.media && fits(m.actor) {
			return m.actor, true
		}
	}
	// "Chinese warships surrounded Taiwan. The country accused Beijing":
	// a state's description is none of the states its own sentence names
	// after it ("told the council ... the Security Council" may restate)
	named := func(a graph.Actor) bool {
		for q := k + 1; q < len(s.ments); q++ {
			if m := s.ments[q]; m.ok && m.via != viaPronoun && m.actor.Name == a.Name {
				return true
			}
		}
		return false
	}
	inner := fits
	fits = func(a graph.Actor) bool { return inner(a) && !(head == "state" && named(a)) }
	// "Mali accused Algeria of ... The West African country and its
	// allies": a state told by description is the state in focus, the one
	// last named as subject, before the one last named
	if f := ar.focusIt; head == "state" && f != nil && f.ok && fits(f.actor) {
		return f.actor, true
	}
	for q := len(ar.recent) - 1; q >= 0; q-- {
		if fits(ar.recent[q]) {
			return ar.recent[q], true
		}
	}
	// "South Korea accused the North of ...": the state the other compass
	// word names, when the dictionary has it
	if w, ok := strings.CutPrefix(head, "first:"); ok {
		for q := k - 1; q >= 0; q-- {
			if m := s.ments[q]; m.ok && m.actor.Kind == graph.State {
				if a, ok := ar.compassCounterpart(m.actor.Name, w); ok {
					return a, true
				}
			}
		}
	}
	if head == "army" {
		// "the military in Burkina Faso": the state named right after it;
		// "Soldiers seized power in X. ... the military": the state whose
		// rulers were overthrown
		m := s.ments[k]
		if e := m.end; e+1 < len(s.toks) && (s.toks[e].Lower == "in" || s.toks[e].Lower == "of") && s.at[e+1] >= 0 {
			if o := s.ments[s.at[e+1]]; o.ok && o.actor.Kind == graph.State {
				return o.actor, true
			}
		}
		if st := ar.seizedBefore(s); st != nil && st.ok {
			return st.actor, true
		}
	}
	// "Rubio spoke with Petro. Rubio said the South American country
	// must ...": the state of a person named before, not of one named in
	// this sentence
	if head == "state" {
		own := map[string]bool{}
		for q := 0; q < k; q++ {
			if m := s.ments[q]; m.ok {
				own[countryOf(m.actor)] = true
			}
		}
		for q := len(ar.recent) - 1; q >= 0 && q >= len(ar.recent)-12; q-- {
			if a := ar.recent[q]; a.Kind == graph.Person && a.Country != "" && !own[a.Country] && (region == nil || region[a.Country]) {
				return stateActor(a.Country), true
			}
		}
	}
	return graph.Actor{}, false
}

// regionOf returns the states of the region a definite description names
// before its state noun ("the West African country", "the Gulf state"),
// or nil when it names none the embedded subregions know.
func (ar *article) regionOf(m mention, s *sent) map[string]bool {
	if m.via != viaDefinite || m.end-m.start < 3 {
		return nil
	}
	var b strings.Builder
	for q := m.start + 1; q < m.end-1; q++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.toks[q].Lower)
	}
	return ar.x.subregions[b.String()]
}

// compassCounterpart returns the state whose name is name's with its first
// word turned to w ("South Korea", "north": North Korea), when the
// dictionary names such a state.
func (ar *article) compassCounterpart(name, w string) (graph.Actor, bool) {
	_, rest, ok := strings.Cut(name, " ")
	if !ok {
		return graph.Actor{}, false
	}
	cand := strings.ToUpper(w[:1]) + w[1:] + " " + rest
	if cand == name {
		return graph.Actor{}, false
	}
	pt := text.Tokenize(cand)
	if e, n := ar.x.names.longest(pt, 0); e != nil && n == len(pt) && e.actor.Kind == graph.State && e.actor.Name == cand {
		return e.actor, true
	}
	return graph.Actor{}, false
}

// groupsByDemonym reads "the Palestinian militant group" as the group of
// that state the article named last (Hamas), not the state: a group told
// by its nationality. With no such group named, the demonym stays.
func (ar *article) groupsByDemonym(s *sent) {
	toks := s.toks
	for k := range s.ments {
		m := &s.ments[k]
		if m.via != viaDemonym || !m.ok || m.actor.Kind != graph.State || toks[m.start].Lower != "the" && (m.start == 0 || toks[m.start-1].Lower != "the") {
			continue
		}
		e := m.end
		for e < len(toks) && e < m.end+2 && s.isWord(e, lexicon.GroupMod) {
			e++
		}
		if e >= len(toks) || !s.isWord(e, lexicon.GroupHead) || e+1 < len(toks) && toks[e+1].Kind == text.Word && toks[e+1].Cap {
			continue // "the Lebanese armed group Hezbollah": the name follows
		}
		for q := len(ar.recent) - 1; q >= 0 && q >= len(ar.recent)-30; q-- {
			if a := ar.recent[q]; a.Kind == graph.Org && a.Country == m.actor.Name {
				m.actor, m.via = a, viaDefinite
				break
			}
		}
	}
}

// definiteHead returns the kind of actor the noun at token j of s, in a
// definite description, points back at ("group", "armed", "state", "army"
// or "body": "the group" is an armed group or party, "the militants" an
// armed group, "the country" a state), or false
// (the lexicon's definitegroup, definitestate, definitearmy and
// definitebody cues).
func definiteHead(s *sent, j int) (string, bool) {
	switch {
	case s.isWord(j, lexicon.DefiniteGroup) && s.isWord(j, lexicon.NonState):
		return "armed", true // "the militants", "the rebels": an armed group, never a government
	case s.isWord(j, lexicon.DefiniteGroup):
		return "group", true
	case s.isWord(j, lexicon.DefiniteState):
		return "state", true
	case s.isWord(j, lexicon.DefiniteArmy):
		return "army", true
	case s.isWord(j, lexicon.DefiniteBody):
		return "body", true
	}
	return "", false
}

// definiteAt matches "the group", "the paramilitary force", "the country"
// at i; it returns the length and the kind of antecedent.
func definiteAt(lex *lexicon.Lexicon, s *sent, i int) (int, string) {
	toks := s.toks
	if i+1 >= len(toks) {
		return 0, ""
	}
	if w := toks[i].Lower; w == "these" || w == "those" {
		// "supporting these rebels": a demonstrative before a plural
		// group noun is "the" (a state noun after it may be the speaker's)
		if s.isWord(i+1, lexicon.DefiniteGroup) && !toks[i+1].Cap && strings.HasSuffix(toks[i+1].Lower, "s") {
			return 2, "group"
		}
		return 0, ""
	}
	if toks[i].Lower != "the" {
		return 0, ""
	}
	j := i + 1
	if s.cue(lex, j, lexicon.ArmedMod) > 0 && j+1 < len(toks) && s.cue(lex, j+1, lexicon.ArmedHead) > 0 {
		if j+2 < len(toks) && toks[j+2].Lower == "of" {
			return 0, "" // "the armed forces of A and B": A's and B's, named after
		}
		return 3, "group"
	}
	// "the military alliance": a body's epithet of two words (before "the
	// military", an army)
	if n := s.cue(lex, j, lexicon.DefiniteBody); n > 1 && !toks[j].Cap {
		return n + 1, "body"
	}
	if h, ok := definiteHead(s, j); ok && !toks[j].Cap {
		return 2, h
	}
	// "Azerbaijan and Armenia traded fire. The latter accused Baku": one
	// of the pair named last (not "the former president": a noun follows)
	if w := toks[j].Lower; (w == "latter" || w == "former") && (j+1 >= len(toks) || toks[j+1].Kind != text.Word || s.is(j+1, lexicon.Aux) || s.is(j+1, lexicon.Say) || s.is(j+1, lexicon.TriggerStart) ||
		toks[j+1].Lower == "also" || pastVerbAt(s, j+1)) {
		return 2, w
	}
	// "the league" after "the Arab League", "the Council" after "the UN
	// Security Council": the head word of a body's name
	// "the North" after North Korea: a state's first name word, capitalised
	if toks[j].Cap && s.isWord(j, lexicon.StateHead) && (j+1 >= len(toks) || toks[j+1].Kind != text.Word || !toks[j+1].Cap) {
		return 2, "first:" + toks[j].Lower
	}
	if s.isWord(j, lexicon.NameHead) && (j+1 >= len(toks) || toks[j+1].Kind != text.Word || !toks[j+1].Cap) {
		return 2, "named:" + toks[j].Lower
	}
	// "the territory's president": a territory that owns an office
	if toks[j].Lower == "territory" && j+1 < len(toks) && toks[j+1].Kind == text.Poss {
		return 2, "state"
	}
	// "the Biden administration ... the administration", "the Assad
	// regime ... the regime": the state whose government of that word was
	// named before (govNamedBefore), never "the administration of X"
	if w := toks[j].Lower; !toks[j].Cap && s.isWord(j, lexicon.GovNoun) && !s.isWord(j, lexicon.OrganBare) && !(j+2 < len(toks) && (toks[j+1].Lower == "of" || toks[j+1].Lower == "in") && (toks[j+2].Cap || toks[j+2].Lower == "the")) {
		return 2, "gov:" + w
	}
	// "the foreign ministry", "the government": the state in focus
	if n := organAt(lex, toks, j); n > 0 {
		return n + 1, "organ"
	}
	// "the South American country", "the West African nation": a region
	// of two words
	if n := regionStateAt(lex, toks, j); n > 0 {
		return n + 1, "state"
	}
	// "the former Soviet republic", "the former Yugoslav state": a state
	// that was part of the union the demonym names, not that union
	if toks[j].Lower == "former" && j+2 < len(toks) && toks[j+1].Cap && !toks[j+2].Cap && (s.isWord(j+2, lexicon.DefiniteState) || toks[j+2].Lower == "state") {
		return 3, "state"
	}
	// "the Gulf state", "the Balkan country", "the Caribbean nation": a
	// region before a state noun
	if toks[j].Cap && j+1 < len(toks) && !toks[j+1].Cap {
		if s.isWord(j+1, lexicon.DefiniteState) || toks[j+1].Lower == "state" {
			if j+2 >= len(toks) || !s.isWord(j+2, lexicon.StateAdjUse) {
				return 3, "state"
			}
		}
	}
	return 0, ""
}

// governs reports whether organisation a is a government by its name
// ("Kurdistan Regional Government", "Government of National Accord"): a
// word of the lexicon's govnoun class in it. "The militants" and "the
// rebels" never point back at one.
// Cost: linear in the name.
func (ar *article) governs(a graph.Actor) bool {
	for _, w := range strings.Fields(strings.ToLower(a.Name)) {
		if ar.x.lex.Is(lexicon.GovNoun, w) {
			return true
		}
	}
	return false
}

// pairMember returns the second (latter) or first member of the pair of
// actors named together last before the mention k: joined by "and" (or
// another conjunction: coordinated) in its sentence, else the pair before
// (recentPair). Cost: the mentions before
// k, and recentPair's.
func (ar *article) pairMember(s *sent, k int, latter bool) (graph.Actor, bool) {
	// "Azerbaijan and Armenia traded fire, and the latter accused Baku": a
	// pair joined by "and" earlier in the sentence comes first
	for q := k - 1; q >= 1; q-- {
		a, b := s.ments[q-1], s.ments[q]
		if a.ok && b.ok && !a.media && !b.media && ar.coordinated(s, a.end, b.start) == 2 {
			if latter {
				return b.actor, true
			}
			return a.actor, true
		}
	}
	p, ok, _ := ar.recentPair(s, s.ments[k].start)
	if !ok {
		return graph.Actor{}, false
	}
	if latter {
		return p[1], true
	}
	return p[0], true
}

// pastVerbAt reports whether token k of s reads as a past verb with its
// complement after it ("accused Baku", "condemned the attack"): a
// lower-case -ed word followed by a name, a determiner, a preposition or
// no word; never an adjective before its noun ("the former jailed
// opposition leader", "the former speed skater").
func pastVerbAt(s *sent, k int) bool {
	toks := s.toks
	if toks[k].Cap || !strings.HasSuffix(toks[k].Lower, "ed") {
		return false
	}
	n := k + 1
	// (called while mentions are read: s.at may not be built yet)
	return n >= len(toks) || toks[n].Kind != text.Word || toks[n].Cap || n < len(s.at) && s.at[n] >= 0 || s.is(n, lexicon.Det) || s.is(n, lexicon.Prep)
}

// armyTitleAt reports whether the definite army noun at i+1 (head "army")
// opens a title of more words ("the army chief", "the military
// spokesman"): the title names the office-holder, never the army, and is
// left to findTitled. Cost: one role look-up.
func armyTitleAt(lex *lexicon.Lexicon, s *sent, i int, head string) bool {
	if head != "army" || i+1 >= len(s.toks) {
		return false
	}
	_, n := lex.Role(s.toks, i+1)
	return n > 1
}

// govNamedBefore resolves "the administration", "the regime" (mention k of
// s, head word word) to the state whose government the text named last
// with that word, earlier in s or in the five sentences before: "the Biden
// administration", "the US administration", "Syria's regime", or an
// earlier "the administration" already resolved. With none, the
// description stays unresolved: the state in focus is too often another
// ("Israel struck Rafah. The administration urged ..."). Cost: the tokens
// of those sentences.
func (ar *article) govNamedBefore(s *sent, k int, word string) (graph.Actor, bool) {
	for i := s.Index; i >= 0 && i >= s.Index-5; i-- {
		o := s
		end := s.ments[k].start
		if i != s.Index {
			if o = ar.sentAt(i); o == nil {
				continue
			}
			end = len(o.toks)
		}
		for h := end - 1; h >= 1; h-- {
			if o.toks[h].Lower != word {
				continue
			}
			if q := o.at[h]; q >= 0 {
				// "the Biden administration" (one mention), an earlier
				// "the administration" resolved
				if m := o.ments[q]; m.end == h+1 && m.ok && m.actor.Kind == graph.State {
					return m.actor, true
				}
				continue
			}
			// "the US administration", "Syria's regime"
			b := h - 1
			if o.toks[b].Kind == text.Poss && b >= 1 {
				b--
			}
			if q := o.at[b]; q >= 0 {
				if m := o.ments[q]; m.end == b+1 && m.ok && m.actor.Kind == graph.State {
					return m.actor, true
				}
			}
		}
	}
	return graph.Actor{}, false
}
