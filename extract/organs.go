package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// organAt matches a bare state organ at j (after "the"): "foreign
// ministry", "government", "defence ministry", "foreign office". "office"
// and "department" need a modifier ("the foreign office", never "the
// office"). It returns the length, or 0.
func organAt(lex *lexicon.Lexicon, toks []text.Token, j int) int {
	if j < 0 || j >= len(toks) {
		return 0
	}
	k := j
	// "the foreign ministry", and in title case "the Foreign Ministry",
	// whole: a capital on the organ noun alone is a name ("the Office")
	titled := toks[j].Cap
	for k < len(toks) && k < j+2 && lex.Is(lexicon.OrganMod, toks[k].Lower) && toks[k].Cap == titled {
		k++
	}
	if k >= len(toks) || toks[k].Cap != titled || titled && k == j || !lex.Is(lexicon.OrganBare, toks[k].Lower) {
		return 0
	}
	if titled && k+1 < len(toks) && toks[k+1].Kind == text.Word && toks[k+1].Cap {
		return 0 // "the Foreign Ministry Spokesperson Wang": a title
	}
	if (toks[k].Lower == "office" || toks[k].Lower == "department") && k == j {
		return 0
	}
	// "the government of Sudan", "the government in Damascus", "the
	// ministry's": the state follows, or the word is a noun modifier ("the
	// government forces")
	if k+2 < len(toks) && toks[k+1].Lower == "in" && toks[k+2].Cap {
		return 0
	}
	// ("accused the government of massacring": a charge's "of")
	// ("the government of President X": the person's state, resolved by
	// organState)
	ofState := k+1 < len(toks) && toks[k+1].Lower == "of" && !(k+2 < len(toks) && toks[k+2].Kind == text.Word && !toks[k+2].Cap && toks[k+2].Lower != "the") && !(k+2 < len(toks) && lexRole(lex, toks, k+2))
	if k+1 < len(toks) && (ofState || toks[k+1].Kind == text.Word && !toks[k+1].Cap && (toks[k+1].Lower == "forces" || toks[k+1].Lower == "troops" || toks[k+1].Lower == "side")) {
		return 0
	}
	return k + 1 - j
}

// lexRole reports whether a title (roles.tsv) opens at j: "President",
// "former President".
func lexRole(lex *lexicon.Lexicon, toks []text.Token, j int) bool {
	if toks[j].Lower == "former" || toks[j].Lower == "late" {
		j++
	}
	if j >= len(toks) {
		return false
	}
	_, n := lex.Role(toks, j)
	return n > 0
}

// organState resolves a bare state organ (mention k of s): the state
// named before it in its sentence, else the state of a party or armed
// group named before it ("The Free Syrian Army accused the government"),
// else the state in focus, the state or body last named as a subject (focusIt) when it is a
// state, else the state of the person in focus ("Jordan said it would
// recall its envoy. The foreign ministry said ..."), else the state last
// named ("Niger's junta ... the junta"). An organ whose
// sentence names its state before it ("Iran said the foreign ministry
// ...") takes that state.
func (ar *article) organState(s *sent, k int) (graph.Actor, bool) {
	// "the government of President Gustavo Petro": the person's state
	if m := s.ments[k]; m.end+1 < len(s.toks) && s.toks[m.end].Lower == "of" {
		for q := k + 1; q < len(s.ments) && q <= k+2; q++ {
			if o := s.ments[q]; o.ok && o.actor.Kind == graph.Person && o.actor.Country != "" && o.start <= m.end+4 {
				return stateActor(o.actor.Country), true
			}
		}
	}
	for q := k - 1; q >= 0; q-- {
		if m := s.ments[q]; m.ok && !m.media && m.actor.Kind == graph.State && !ar.afterPrep(s, m.start) {
			return m.actor, true
		}
	}
	// "The Free Syrian Army accused the government of ...": a party of a
	// state speaks of its own state's government
	for q := k - 1; q >= 0; q-- {
		if m := s.ments[q]; m.ok && !m.media && ar.armedParty(m.actor) && !ar.afterPrep(s, m.start) {
			return stateActor(m.actor.Country), true
		}
	}
	// "Mali's ruling junta was out of control ... He called the junta
	// illegitimate": the state whose organ of that name was named last
	if a, ok := ar.organNamedBefore(s, s.toks[s.ments[k].end-1].Lower); ok {
		return a, true
	}
	if f := ar.focusIt; f != nil && f.ok && f.actor.Kind == graph.State {
		return f.actor, true
	}
	if f := ar.focus; f != nil && f.ok && f.actor.Country != "" {
		return stateActor(f.actor.Country), true
	}
	for q := len(ar.recent) - 1; q >= 0; q-- {
		if ar.recent[q].Kind == graph.State {
			return ar.recent[q], true
		}
	}
	return graph.Actor{}, false
}

// organNamedBefore returns the state that owned, by a possessive or a
// demonym right before it, the last organ of head noun head ("junta",
// "government") named in the three sentences before s: "Mali's ruling
// junta", "the Malian junta".
func (ar *article) organNamedBefore(s *sent, head string) (graph.Actor, bool) {
	return ar.stateBeforeWord(s, head, func(o *sent, m mention) bool {
		return m.via == viaDemonym || m.end < len(o.toks) && o.toks[m.end].Kind == text.Poss
	})
}

// definitePossessor is the state of a definite description that owns the
// title m, already settled: "the island's president", "the country's top
// diplomat"; "" when there is none.
func definitePossessor(s *sent, m *mention) string {
	if m.start < 2 || s.toks[m.start-1].Kind != text.Poss || s.at[m.start-2] < 0 {
		return ""
	}
	if o := s.ments[s.at[m.start-2]]; o.via == viaDefinite && o.ok && o.actor.Kind == graph.State {
		return o.actor.Name
	}
	return ""
}

// definiteOwner reports whether the title at j is owned by a definite
// description of a state: "the island's president", "the country's
// foreign minister".
func definiteOwner(s *sent, j int) bool {
	if j < 2 || s.toks[j-1].Kind != text.Poss || s.at[j-2] < 0 {
		return false
	}
	o := s.ments[s.at[j-2]]
	return o.via == viaDefinite && o.head == "state"
}

// ownedParties folds a state that only owns a party or armed group of its
// own named right after it into the party's mention ("Lebanon's
// Hezbollah", "Iraq's Kataib Hezbollah"): the party is the actor, never
// its state. State organs
// ("Iran's Revolutionary Guards") keep their state. Cost: O(mentions).
func (ar *article) ownedParties(s *sent) {
	s.dropMentions(func(q int, m mention) bool {
		if m.ok && m.actor.Kind == graph.State && q+1 < len(s.ments) && m.end+1 < len(s.toks) && s.toks[m.end].Kind == text.Poss {
			if o := &s.ments[q+1]; o.start == m.end+1 && o.ok && ar.armedParty(o.actor) && o.actor.Country == m.actor.Name {
				o.start = m.start // the party's mention spans its owner
				return true
			}
		}
		return false
	})
}

// groupHeads extends an organisation's mention over the head noun that
// describes it ("the ELN rebel group", "Hamas militant movement"), so that
// the phrase is one subject. Cost: O(mentions).
func groupHeads(s *sent) {
	changed := false
	for k := range s.ments {
		m := &s.ments[k]
		if !m.ok || m.actor.Kind != graph.Org || m.actor.Country == "" {
			continue
		}
		e := m.end
		for e < len(s.toks) && e < m.end+2 && s.isWord(e, lexicon.GroupMod) && (k+1 >= len(s.ments) || s.ments[k+1].start > e) {
			e++
		}
		if e < len(s.toks) && !s.toks[e].Cap && s.isWord(e, lexicon.GroupHead) && (k+1 >= len(s.ments) || s.ments[k+1].start > e) {
			m.end = e + 1
			changed = true
		}
	}
	if changed {
		s.index()
	}
}

// tripModifiers drops a state that only modifies a visit owned by someone
// ("Sheikh Sabah's UAE trip came after meeting X", "Modi's US visit"): it
// is the trip's destination, never the subject of the sentence's verbs.
// Cost: O(mentions).
func tripModifiers(s *sent) {
	s.dropMentions(func(_ int, m mention) bool {
		return m.ok && m.actor.Kind == graph.State && m.start > 0 && s.toks[m.start-1].Kind == text.Poss && m.end < len(s.toks) && s.isWord(m.end, lexicon.TripNoun)
	})
}

// dropMentions removes the mentions drop reports, in order, and indexes the
// sentence again when one went. drop sees each mention as it stands when
// its turn comes (a call may change a later one). Cost: O(mentions).
func (s *sent) dropMentions(drop func(q int, m mention) bool) {
	q := 0
	for q < len(s.ments) && !drop(q, s.ments[q]) {
		q++ // (kept where it stands: nothing moves before the first drop)
	}
	if q == len(s.ments) {
		return
	}
	kept := s.ments[:q]
	for q++; q < len(s.ments); q++ {
		if m := s.ments[q]; !drop(q, m) {
			kept = append(kept, m)
		}
	}
	s.ments = kept
	s.index()
}

// ownedOrgans folds a state's organ told by another state's metonym into
// the state before it: in "Pakistan Foreign Office spokesperson",
// "Germany's Foreign Office" and "the German Foreign Office" the Foreign
// Office is that state's, not the United Kingdom's. Cost: O(mentions).
func ownedOrgans(s *sent) {
	for k := 0; k+1 < len(s.ments); k++ {
		a, b := s.ments[k], s.ments[k+1]
		poss := a.end+1 == b.start && s.toks[a.end].Kind == text.Poss
		if b.via != viaMetonym || a.end != b.start && !poss || !a.ok || !b.ok || a.media || a.actor.Kind != graph.State || a.actor.Name == b.actor.Name {
			continue
		}
		if !s.toks[b.start].Cap || s.toks[b.start].Lower == "the" || b.city {
			continue // ("Russia's Moscow": a capital is a place too)
		}
		if e := b.end; poss && e < len(s.toks) && (s.isWord(e, lexicon.OtherNoun) || s.isWord(e, lexicon.PersonNoun) || s.isWord(e, lexicon.NonState)) {
			continue // "Moldova's Kremlin critics": the metonym modifies a noun of persons
		}
		if a.via == viaDemonym {
			a.via = viaMetonym // the organ stands for the state, as a metonym does
		}
		a.end = b.end
		s.ments = append(s.ments[:k+1:k+1], s.ments[k+2:]...)
		s.ments[k] = a
		s.index()
	}
}
