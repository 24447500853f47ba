package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Objects: whom the act a trigger tells falls on. objectAt reads the group
// (or possessive pronoun) an object phrase names, past determiners,
// adjectives, quotation marks and a distancing free relative ("what it
// called Moscow's refusal"); stops ends the search for a target. Around it:
// ", including X", the object of a coordinated verb phrase or of the main
// verb, a time or place passed before a preposition, the state hit named as
// a place ("in Ukraine") and the actor holding it ("Houthi-controlled"), a
// seizure of power named by its place or victim, and the agent an act's
// "by" phrase names ("violations by X", "signed by A and by B").

// objectAt returns the group (or possessive pronoun) that an object noun
// phrase starting at j names: "Israel", "the Jewish state", "Iran's
// consulate", "Israeli territory", "its embassy", "a meeting of the
// Security Council", "senior members of the IRGC". It skips at most a few
// determiners, adjectives and quotation marks.
func (ar *article) objectAt(s *sent, j int) ([]mention, int) {
	toks := s.toks
	j = pastFreeRelative(s, j)
	// "his counterparts in both countries", "her counterpart in Kyiv": the
	// unnamed office-holders are their states (relations.md)
	if m := mentionIndex(s, j); j+3 < len(toks) && m >= 0 && toks[j].Lower != "the" && (s.ments[m].possPron || !s.ments[m].ok ||
		(s.ments[m].via == viaTitle || s.ments[m].via == viaCounter) && strings.HasSuffix(toks[s.ments[m].end-1].Lower, "s")) {
		h := j + 1 // the head: "counterparts" (which the pronoun's mention may hold)
		if e := s.ments[s.at[j]].end; e > h {
			h = e - 1
		}
		if h+2 < len(toks) && s.isWord(h, lexicon.FromNoun) && (toks[h+1].Lower == "in" || toks[h+1].Lower == "from") && s.at[h+2] >= 0 {
			if _, n := ar.x.lex.Role(toks, h); n == 1 {
				return ar.objectAt(s, h+2)
			}
		}
	}
	// a bare "both" after a pair: "spoke with A and B, urging both to ..."
	if j < len(toks) && toks[j].Lower == "both" && s.at[j] < 0 && (j+1 >= len(toks) || toks[j+1].Kind != text.Word || toks[j+1].Lower == "to" || toks[j+1].Lower == "of") {
		if p := ar.pairBefore(s, j); len(p) == 2 {
			return p, j + 1
		}
		if p := ar.bareBoth(s, j); len(p) == 2 {
			return p, j + 1
		}
	}
	// "met with the Chief of the Sudanese Transitional Military Council,
	// Lt. Gen Abdel Fattah al-Burhan,": an office, then its holder in
	// apposition
	if g, ok := ar.officeApposition(s, j); ok {
		return s.groupMentions(g), s.groups[g].end
	}
	k := j
	lim := j + 4 // words before the object; a phrase skipped whole adds its own
	for k < len(toks) && k < lim {
		t := toks[k]
		if s.at[k] >= 0 {
			break
		}
		// "a call with Kurdistan Region President Masoud Barzani":
		// capitalised words the dictionary does not know, then a person
		// named with a title, are the title's qualifier
		if t.Kind == text.Word && t.Cap {
			q := k
			for q < len(toks) && q < k+3 && s.at[q] < 0 && toks[q].Kind == text.Word && toks[q].Cap {
				q++
			}
			if q < len(toks) && q > k && s.at[q] >= 0 {
				if m := s.ments[s.at[q]]; m.start == q && m.ok && m.actor.Kind == graph.Person {
					if _, n := ar.x.lex.Role(toks, q); n > 0 {
						k, lim = q, max(lim, q+1)
						continue
					}
				}
			}
		}
		// "the immediate withdrawal of X": an adjective before a noun of X
		if t.Kind == text.Word && !t.Cap && k+2 < len(toks) && toks[k+1].Kind == text.Word && !toks[k+1].Cap && toks[k+2].Lower == "of" && s.at[k+1] < 0 &&
			!s.is(k, lexicon.Prep) && !s.is(k+1, lexicon.Prep) && !s.is(k, lexicon.Aux) && !s.is(k, lexicon.Clause) && !s.is(k, lexicon.Say) {
			k++
			lim = max(lim, k+3)
			continue
		}
		if t.Kind == text.Word && !t.Cap && k+4 < len(toks) && toks[k+1].Lower == "and" && !toks[k+2].Cap && !toks[k+3].Cap && toks[k+4].Lower == "of" && s.at[k+2] < 0 && s.at[k+3] < 0 && !s.is(k, lexicon.Prep) {
			k += 2 // "the full and immediate withdrawal of X"
			lim = max(lim, k+3)
			continue
		}
		// a time before the object: "Wednesday's strike", "last week's attack"
		if t.Kind == text.Word && k+1 < len(toks) && toks[k+1].Kind == text.Poss && s.isWord(k, lexicon.TimeWord) {
			k += 2
			continue
		}
		if t.Kind == text.Word && strings.HasSuffix(t.Lower, "-flagged") {
			// "a Panama-flagged tanker", "a British-flagged ship": the flag's
			// state (relations.md: seizing a ship that flies B's flag)
			if m, ok := ar.hyphenActor(t.Text[:len(t.Text)-len("-flagged")]); ok {
				m.start, m.end = k, k+1
				return []mention{m}, k + 1
			}
		}
		if t.Kind == text.Word && strings.Contains(t.Lower, "-") && hasBackedSuffix(t.Lower) {
			k++ // "the Iran-aligned Houthis"
			continue
		}
		if (t.Kind == text.Number || s.isWord(k, lexicon.NumberWord) || t.Lower == "some" || t.Lower == "several" || t.Lower == "most" || t.Lower == "much" || t.Lower == "part" || t.Lower == "parts") && k+1 < len(toks) && toks[k+1].Lower == "of" {
			k += 2 // "one of its drones", "several of Hezbollah's commanders"
			continue
		}
		if quoteLike(t) || s.is(k, lexicon.Det) || s.is(k, lexicon.Adj) || t.Kind == text.Number || s.isWord(k, lexicon.NumberWord) || strings.HasSuffix(t.Lower, "ly") ||
			t.Lower == "yet" && k+1 < len(toks) && toks[k+1].Lower == "another" { // "seized yet another Kenyan island"
			k++
			continue
		}
		// "depots belonging to Hezbollah", "sites linked to the IRGC"
		// "a ship flying the Bahamas flag", "a Panama-flagged tanker": the
		// flag's state (relations.md)
		if t.Kind == text.Word && !t.Cap && k+1 < len(toks) && (toks[k+1].Lower == "flying" || toks[k+1].Lower == "flagged") {
			k += 2
			continue
		}
		if t.Kind == text.Word && !t.Cap && k+2 < len(toks) && s.isWord(k+1, lexicon.Belong) && (toks[k+2].Lower == "to" || toks[k+2].Lower == "with" || toks[k+2].Lower == "by") {
			k += 3
			lim = max(lim, k+3) // "91 sites belonging to the Iran-backed Houthis"
			continue
		}
		// "a meeting of X", "members of X", "counterparts from X",
		// "comments from X" (an act of X's conduct names its author)
		if t.Kind == text.Word && !t.Cap && k+1 < len(toks) && (toks[k+1].Lower == "of" || toks[k+1].Lower == "from" && (s.isWord(k, lexicon.FromNoun) || s.isWord(k, lexicon.ConductNoun))) && !s.is(k, lexicon.Prep) {
			k += 2
			continue
		}
		// "met with Kurdish leader Massoud Barzani": a stateless people's
		// word (dictionary field people) before a titled person
		if t.Kind == text.Word && t.Cap && k+1 < len(toks) && s.at[k+1] >= 0 && s.ments[s.at[k+1]].start == k+1 && s.ments[s.at[k+1]].actor.Kind == graph.Person && len(ar.x.peopleIndex()[t.Lower]) > 0 {
			k++
			continue
		}
		// "met then Secretary of State John Kerry", "then-Secretary of
		// State ..." (tokenized "then", "-", ...): a modifier of office
		// (rolemod; "then" is an auxiliary's adverb too) before its holder
		if t.Kind == text.Word && !t.Cap && (s.isWord(k, lexicon.RoleMod) || t.Lower == "ex") {
			h := k + 1
			if h+1 < len(toks) && toks[h].Text == "-" && !toks[h+1].Space {
				h++
			}
			if h < len(toks) && s.at[h] >= 0 && s.ments[s.at[h]].start == h && (h > k+1 || t.Lower != "ex") {
				k = h
				continue
			}
		}
		// a rank before a name: "leader Gen. X"
		if t.Kind == text.Word && t.Cap && k > j && k+1 < len(toks) && s.at[k+1] >= 0 && text.IsAbbrev(t.Lower) {
			k++
			continue
		}
		// another modifier: "a key local Taliban commander"
		// ("solidarity with war-torn Ukraine": a compound modifier; "accused
		// neighbour Tajikistan", "met rival X": a bare noun of kinship)
		if t.Kind == text.Word && !t.Cap && k+1 < len(toks) && ((k > j || strings.Contains(t.Lower, "-") || s.is(k, lexicon.OtherNoun)) && s.at[k+1] >= 0 || ar.titledAhead(s, k)) && !s.is(k, lexicon.Prep) && !s.is(k, lexicon.Clause) &&
			!s.is(k, lexicon.Aux) && !s.is(k, lexicon.Say) && !s.is(k, lexicon.TriggerStart) && !s.is(k, lexicon.Cond) {
			k++
			continue
		}
		break
	}
	if k+2 < len(toks) && s.at[k] < 0 && toks[k+1].Text == "," && s.gAt[k+2] >= 0 && s.groups[s.gAt[k+2]].start == k+2 && s.is(k, lexicon.AppositionHead) &&
		closedApposition(s, s.groups[s.gAt[k+2]].end) { // "In a call with his counterpart, Wang Yi urged": no apposition
		// "its ally, Syrian President Bashar al-Assad,"
		g := s.gAt[k+2]
		return s.groupMentions(g), s.groups[g].end
	}
	if k+2 < len(toks) && k > j && s.at[k] < 0 && toks[k].Text == "," && s.gAt[k+1] >= 0 && s.groups[s.gAt[k+1]].start == k+1 && s.is(k-1, lexicon.AppositionHead) {
		// "with both leaders, A and B,": the apposition names them
		g := s.gAt[k+1]
		return s.groupMentions(g), s.groups[g].end
	}
	if k < len(toks) && s.at[k] >= 0 && !s.ments[s.at[k]].ok && s.ments[s.at[k]].end+1 < len(toks) && toks[s.ments[s.at[k]].end].Text == "," && s.is(s.ments[s.at[k]].end-1, lexicon.AppositionHead) {
		if e := s.ments[s.at[k]].end; s.gAt[e+1] >= 0 && s.groups[s.gAt[e+1]].start == e+1 {
			g := s.gAt[e+1]
			return s.groupMentions(g), s.groups[g].end
		}
	}
	if k < len(toks) && s.at[k] < 0 {
		// "counterparts that included Iran, Bulgaria and Turkey", "partners
		// such as Japan", "officials including X", "several leaders,
		// including X": the members named
		q := k
		if q+2 < len(toks) && toks[q].Kind == text.Word && !toks[q].Cap && strings.Contains(toks[q].Lower, "-") && q < j+3 {
			q++ // a compound premodifier: "like-minded partners including X"
		}
		if q+1 < len(toks) && toks[q].Kind == text.Word && !toks[q].Cap && !s.is(q, lexicon.Prep) && !s.is(q, lexicon.Clause) && q < j+4 {
			q++ // the head noun
			if n := s.cue(ar.x.lex, q, lexicon.ScopePhrase); n > 0 && q+n+1 < len(toks) &&
				(toks[q+n].Lower == "including" || toks[q+n].Text == "," && toks[q+n+1].Lower == "including") {
				q += n // "allies in the region including X"
			}
			if q+2 < len(toks) && toks[q].Kind == text.Word && !toks[q].Cap && toks[q+1].Text == "," && toks[q+2].Lower == "including" && !s.is(q, lexicon.Prep) && !s.is(q, lexicon.Clause) {
				q++ // "several leaders,"
			}
		}
		if q+2 < len(toks) && q > k && toks[q].Text == "," && toks[q+1].Lower == "including" {
			q++ // ", including": the list set off by a comma
		}
		switch {
		case (toks[q].Lower == "that" || toks[q].Lower == "which") && q+2 < len(toks) && strings.HasPrefix(toks[q+1].Lower, "includ"):
			q += 2
		case toks[q].Lower == "such" && q+2 < len(toks) && toks[q+1].Lower == "as":
			q += 2
		case toks[q].Lower == "including" && q+1 < len(toks):
			q++
		}
		if q > k+1 && s.at[q] >= 0 || q > k && q-1 == k && toks[k].Lower == "including" && s.at[q] >= 0 {
			return ar.objectAt(s, q)
		}
	}
	if k < len(toks) && s.at[k] < 0 && toks[k].Cap && ar.x.places != nil {
		return ar.placeObject(s, k) // "struck Kharkiv": the city's state, for force only (emit)
	}
	if k+2 < len(toks) && k > 0 && s.at[k] < 0 && (toks[k].Lower == "the" || toks[k-1].Lower == "the" || k > 1 && toks[k-2].Lower == "the") && ar.x.places != nil {
		// "the regional capital, Goma": the city in apposition
		for c := k; c < len(toks) && c <= k+4 && s.at[c] < 0 && toks[c].Kind == text.Word && !toks[c].Cap; c++ {
			if c+2 < len(toks) && toks[c+1].Text == "," && s.isWord(c, lexicon.CityNoun) {
				if ms, e := ar.placeObject(s, c+2); len(ms) > 0 {
					return ms, e
				}
				break
			}
		}
	}
	if k >= len(toks) || s.at[k] < 0 {
		return nil, -1
	}
	m := s.ments[s.at[k]]
	// "met with top officials of NATO nations, including Blinken and
	// Stoltenberg": the officials named, not the body they come from
	for q := j; q+1 < m.end && q < k+2; q++ {
		if toks[q+1].Lower == "of" && s.isWord(q, lexicon.FromNoun) {
			if inc := ar.including(s, m.end); len(inc) > 0 {
				return inc, inc[len(inc)-1].end
			}
			break
		}
	}
	// "met with UN representatives, including Staffan de Mistura": the
	// body, and the members of it the list names
	if e := m.end; m.ok && e+3 < len(toks) && s.at[e] < 0 && s.isWord(e, lexicon.FromNoun) && toks[e+1].Text == "," && toks[e+2].Lower == "including" {
		if inc, end := ar.objectAt(s, e+3); len(inc) > 0 {
			return appendNew([]mention{m}, inc), end
		}
	}
	// "Israel's neighbours", "Russia's allies": others, not the possessor
	if m.ok && m.end+1 < len(toks) && toks[m.end].Kind == text.Poss {
		q := m.end + 1
		for q < len(toks) && q < m.end+3 && (s.at[q] < 0 && s.is(q, lexicon.Adj) || s.at[q] >= 0 && s.ments[s.at[q]].via == viaDemonym) {
			q++ // "Israel's Arab neighbours"
		}
		if q < len(toks) && s.at[q] < 0 && s.is(q, lexicon.OtherNoun) {
			return nil, -1
		}
	}
	// "support for her overthrown predecessor", "his rivals": others, not
	// the one the possessive pronoun stands for ("its ally, Syrian
	// President Bashar al-Assad": the name after it, read below)
	if m.possPron && !namedAfterOther(s, m.end) {
		q := m.end
		for q < len(toks) && q < m.end+2 && s.at[q] < 0 && toks[q].Kind == text.Word && !toks[q].Cap && !s.is(q, lexicon.Prep) && !s.is(q, lexicon.Clause) && !s.is(q, lexicon.Aux) && !s.is(q, lexicon.Det) && !s.is(q, lexicon.OtherNoun) {
			q++ // "her overthrown predecessor", "its former allies"
		}
		if q < len(toks) && s.at[q] < 0 && s.is(q, lexicon.OtherNoun) {
			return nil, -1
		}
	}
	// "NATO member Romania", "the Kremlin critic Alexei Navalny": a
	// classifier noun between two names makes the first a modifier of
	// the second (membernoun, othernoun); a plural one may end the object
	// before a clause ("told NATO allies Russia posed a threat")
	if e := m.end; m.ok && e+1 < len(toks) && s.at[e] < 0 && toks[e].Kind == text.Word && !toks[e].Cap && (s.isWord(e, lexicon.MemberNoun) || s.isWord(e, lexicon.OtherNoun)) && !strings.HasSuffix(toks[e].Lower, "s") &&
		s.at[e+1] >= 0 && s.ments[s.at[e+1]].start == e+1 && s.ments[s.at[e+1]].ok {
		return ar.objectAt(s, e+1)
	}
	// "Yemen's Houthis", "Lebanon's Hezbollah": the actor the state owns
	if m.ok && m.actor.Kind == graph.State && m.end+1 < len(toks) && toks[m.end].Kind == text.Poss && s.at[m.end+1] >= 0 {
		// "China's Taiwan region": the place named after the claimant
		if h := s.ments[s.at[m.end+1]]; h.ok && !h.media && h.start == m.end+1 && s.gAt[m.end+1] >= 0 && h.actor.Name != m.actor.Name {
			return s.groupMentions(s.gAt[m.end+1]), s.groups[s.gAt[m.end+1]].end
		}
	}
	// "Ivory Coast's embattled strongman Laurent Gbagbo": a person the
	// state's possessive and its modifiers describe; "FARC's
	// second-in-command Raúl Reyes": a member of the body, both named
	if m.ok && (m.actor.Kind == graph.State || m.actor.Kind == graph.Org) && m.end+2 < len(toks) && toks[m.end].Kind == text.Poss && s.at[m.end+1] < 0 {
		q := m.end + 1
		for q < len(toks) && q <= m.end+2 && s.at[q] < 0 && toks[q].Kind == text.Word && !toks[q].Cap && !s.is(q, lexicon.Prep) && !s.is(q, lexicon.Clause) && !s.is(q, lexicon.Aux) {
			q++
		}
		if q < len(toks) && q > m.end+1 && s.at[q] >= 0 && s.gAt[q] >= 0 {
			h := s.ments[s.at[q]]
			if h.ok && !h.media && h.start == q && h.actor.Kind == graph.Person && m.actor.Kind == graph.State && h.actor.Country == m.actor.Name {
				return s.groupMentions(s.gAt[q]), s.groups[s.gAt[q]].end
			}
			if h.ok && !h.media && h.start == q && h.actor.Kind == graph.Person && m.actor.Kind == graph.Org && m.actor.Country != "" && h.actor.Country == m.actor.Country && len(s.groups[s.gAt[q]].ms) == 1 {
				return []mention{m, h}, s.groups[s.gAt[q]].end
			}
		}
	}
	// "the ambassador of Belarus", "the envoy from Iran": an unnamed
	// official stands for the state after "of"/"from"
	if m.via == viaTitle && !m.ok && m.end+1 < len(toks) && (toks[m.end].Lower == "of" || toks[m.end].Lower == "from") && s.at[m.end+1] >= 0 {
		return ar.objectAt(s, m.end+1)
	}
	// "the foreign ministers of Iran and Turkey", "his counterparts from
	// Egypt, Jordan and Qatar": a plural title stands for each state after it
	if m.via == viaTitle && strings.HasSuffix(m.title, "s") && m.end+1 < len(toks) && (toks[m.end].Lower == "of" || toks[m.end].Lower == "from") && s.gAt[m.end+1] >= 0 {
		return ar.objectAt(s, m.end+1)
	}
	if m.possPron && m.end < len(toks) {
		// "his Iranian counterpart", "its Arab allies": the phrase after it
		if ms, e := ar.objectAt(s, m.end); len(ms) > 0 {
			return ms, e
		}
		// "its smaller neighbour Rwanda", "its ally Russia": the one named
		// in apposition to a relational noun
		for q := m.end; q+1 < len(toks) && q < m.end+3; q++ {
			if toks[q].Kind != text.Word || toks[q].Cap || s.at[q] >= 0 {
				break
			}
			if s.is(q, lexicon.OtherNoun) && s.at[q+1] >= 0 {
				return ar.objectAt(s, q+1)
			}
		}
	}
	if m.via == viaPronoun && (m.pron == "they" || m.pron == "them") {
		if p := ar.pairForThem(s, k); len(p) > 1 {
			out := make([]mention, len(p))
			for q, pm := range p {
				pm.via = viaPronoun
				out[q] = pm
			}
			return out, m.end
		}
		if m.bound && m.ok {
			return []mention{m}, m.end // "hosted Hamas leaders and urged them to"
		}
		return nil, -1
	}
	if m.via == viaPronoun && m.pron == "it" {
		if m.bound && m.ok {
			return []mention{m}, m.end // "cut ties with Qatar, accusing it of ..."
		}
		return nil, -1
	}
	if m.possPron {
		if m.ok && !(m.end < len(toks) && s.is(m.end, lexicon.OtherNoun)) {
			if m.via == viaMany && len(m.members) > 0 {
				out := make([]mention, len(m.members)) // "their representatives": each of the list
				for q, a := range m.members {
					out[q] = m
					out[q].actor = a
				}
				return out, m.end
			}
			return []mention{m}, m.end // "its partners", "our allies" are others
		}
		return nil, -1
	}
	// "the Lebanese militant group Hezbollah": the head, not the demonym
	if m.via == viaDemonym && s.gAt[k] >= 0 && len(s.groups[s.gAt[k]].ms) == 1 {
		for e := m.end; e < len(toks) && e < m.end+4; e++ {
			if s.at[e] >= 0 {
				if p := toks[e-1].Lower; e > m.end && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !s.is(e-1, lexicon.Adj) {
					break // "told Russian lawmakers NATO was ...": a plural noun is no title of a name
				}
				if h := s.ments[s.at[e]]; h.ok && !h.media && h.actor.Kind != graph.State && s.gAt[e] >= 0 {
					return s.groupMentions(s.gAt[e]), s.groups[s.gAt[e]].end
				}
				break
			}
			if ar.attackNoun(s, e) || s.cue(ar.x.lex, e, lexicon.EvNoun) > 0 {
				break // "Israeli airstrikes targeting Hamas": an act of the demonym's state, not a head
			}
			capMod := toks[e].Cap && e+1 < len(toks) && s.at[e+1] < 0 && toks[e+1].Kind == text.Word && !toks[e+1].Cap // "the Palestinian Islamist movement Hamas"
			if toks[e].Kind != text.Word || toks[e].Cap && !s.is(e, lexicon.Adj) && !capMod || s.is(e, lexicon.Prep) && !(toks[e].Lower == "of" && e+1 < len(toks) && s.at[e+1] >= 0) {
				break // "the Rwandan army of supporting M23": M23 is no head of it ("Palestinian militants of Hamas" is)
			}
			if s.is(e, lexicon.Clause) || s.is(e, lexicon.Aux) || relativePronoun(toks[e].Lower) {
				break // "told Russian lawmakers that NATO ...": a clause of its own
			}
		}
	}
	if g := s.gAt[k]; g >= 0 {
		ms, end := s.groupMentions(g), s.groups[g].end
		// "Netanyahu and Herzog, as well as the foreign ministers of
		// Jordan, Egypt and Qatar": a plural title closing the list stands
		// for each state after it
		last := s.ments[s.groups[g].ms[len(s.groups[g].ms)-1]]
		if len(s.groups[g].ms) > 1 && last.via == viaTitle && strings.HasSuffix(last.title, "s") && end+1 < len(toks) &&
			(toks[end].Lower == "of" || toks[end].Lower == "from") && s.gAt[end+1] >= 0 {
			if more, e := ar.objectAt(s, end+1); len(more) > 0 {
				return append(ms[:len(ms)-1:len(ms)-1], more...), e
			}
		}
		return ms, end
	}
	return nil, -1
}

// mentionIndex is s.at[j], or -1 past the sentence's end.
func mentionIndex(s *sent, j int) int {
	if j < 0 || j >= len(s.at) {
		return -1
	}
	return s.at[j]
}

// backedSuffixes make a compound of an actor a backer: "Iran-backed
// Houthis", "US-funded groups".
var backedSuffixes = []string{"-backed", "-supported", "-funded", "-sponsored", "-armed", "-allied", "-aligned"}

// hasBackedSuffix reports whether w ends with one of backedSuffixes.
func hasBackedSuffix(w string) bool {
	for _, suf := range backedSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// stopKey are the words that end the search for a verb's target (stops).
var stopKey = []string{".", ";", ":", "—", "–", "which", "who", "that", "while", "after", "before", "because", "when", "if", "but", "said", "says"}

// stops reports whether token k ends the search for a verb's target: a
// quotation mark that closes or opens a quotation (no scare quotes), or a
// word of stopKey.
func (ar *article) stops(s *sent, k int) bool {
	t := &s.toks[k]
	if t.Kind == text.Quote && k > 0 && t.QuoteID != s.toks[k-1].QuoteID {
		return !scareQuoteAt(s, k) // ("called for a settlement of the \"open issues\" between A and B")
	}
	return s.key(k, keyStop)
}

// scareQuoteAt reports whether the quotation opening at k is a short
// phrase inside the sentence's own clause whose noun's sides follow it (a
// scare quote: "a settlement of the \"open issues\" between A and B"):
// at most six words, with no punctuation of its own, "between" after it.
func scareQuoteAt(s *sent, k int) bool {
	toks := s.toks
	q := toks[k].QuoteID
	if q <= 0 {
		return false
	}
	e := k + 1
	for ; e < len(toks) && toks[e].QuoteID == q; e++ {
		if e-k > 7 || toks[e].Kind == text.Punct {
			return false
		}
	}
	// e-1 is the closing mark; "between" must follow it (the frame whose
	// sides a quoted noun hides; other frames read past a closing mark
	// differently: "the \"immediate withdrawal\" of Rwandan troops")
	return e-1 > k+1 && toks[e-1].Kind == text.Quote && e < len(toks) && toks[e].Lower == "between"
}

// pastFreeRelative returns where the object told at j begins past a
// distancing free relative: "over what it called Moscow's refusal",
// "condemned what it said was a Russian cyberattack", "what they
// described as X's provocations"; j when none opens there.
func pastFreeRelative(s *sent, j int) int {
	toks := s.toks
	if j+3 >= len(toks) || toks[j].Lower != "what" || s.at[j+1] < 0 || s.ments[s.at[j+1]].via != viaPronoun {
		return j
	}
	v := s.ments[s.at[j+1]].end
	switch w := toks[v].Lower; w {
	case "called", "calls", "termed", "terms", "dubbed", "labelled", "labeled":
		return v + 1
	case "described", "describes", "characterised", "characterized":
		if v+1 < len(toks) && toks[v+1].Lower == "as" {
			return v + 2
		}
	case "said", "says", "claimed", "claims", "alleged", "alleges":
		if v+1 < len(toks) {
			switch toks[v+1].Lower {
			case "was", "is", "were", "are":
				return v + 2
			}
		}
	}
	return j
}

// including reads ", including X" after a phrase that names no actor:
// "all parties, including Iran".
func (ar *article) including(s *sent, j int) []mention {
	for k := j; k < len(s.toks) && k < j+5; k++ {
		if s.toks[k].Lower == "including" {
			if ms, _ := ar.objectAt(s, k+1); len(ms) > 0 {
				return ms
			}
			return nil
		}
		if s.at[k] >= 0 || s.toks[k].Text == "." {
			return nil
		}
	}
	return nil
}

// includingFar reads ", including X" within the object phrase of an act
// at j, up to its clause's end.
func (ar *article) includingFar(s *sent, j int) []mention {
	for k := j; k < len(s.toks) && k < j+14; k++ {
		if s.toks[k].Lower == "including" {
			if ms, _ := ar.objectAt(s, k+1); len(ms) > 0 {
				return ms
			}
			return nil
		}
		if s.at[k] >= 0 && !s.ments[s.at[k]].possPron || k > j && ar.stops(s, k) {
			if s.at[k] >= 0 && s.ments[s.at[k]].actor.Kind == graph.State {
				continue // a place on the way: "across Syria, including ..."
			}
			return nil
		}
	}
	return nil
}

// mainObject returns the first actor named after the main verb of the
// clause that ends at c, other than srcs: the object a participle clause
// after the comma refers to ("slammed Seoul for the drills, warning ...").
func (ar *article) mainObject(s *sent, c int, srcs []mention) []mention {
	cs := ar.clauseStart(s, c)
	verb := false
	for k := cs; k < c; k++ {
		if !verb {
			verb = s.at[k] < 0 && s.is(k, lexicon.TriggerStart)
			continue
		}
		if s.at[k] >= 0 {
			if ms, _ := ar.objectAt(s, k); len(ms) > 0 {
				if out := ar.otherSide(srcs, ms); len(out) > 0 {
					return out
				}
			}
			return nil
		}
	}
	return nil
}

// sharedObject returns the object of the verb phrase that a verb at i is
// coordinated with ("imposed sanctions on Niger and threatened ..."):
// the last actor between the subject srcs and the "and" right before i,
// in one clause, when a verb stands between them that is no contact or
// support ("met Zelensky and pledged ..." shares nothing). It returns nil where i
// follows no "and" or the phrase names no actor.
func (ar *article) sharedObject(s *sent, i int, srcs []mention) []mention {
	toks := s.toks
	a := i - 1
	for a >= 0 && s.at[a] < 0 && (s.is(a, lexicon.Aux) || strings.HasSuffix(toks[a].Lower, "ly") && toks[a].Kind == text.Word) {
		a-- // "and also threatened", "and has threatened"
	}
	if a < 2 || toks[a].Lower != "and" || s.at[a] >= 0 {
		return nil
	}
	from := srcs[len(srcs)-1].end
	if from >= a || srcs[0].start > a {
		return nil
	}
	verb := false
	for k := from; k < a; k++ {
		if ar.stops(s, k) || s.is(k, lexicon.Clause) || toks[k].Text == ";" {
			return nil
		}
		if s.at[k] < 0 && toks[k].Kind == text.Word && !toks[k].Cap && (s.is(k, lexicon.TriggerStart) || s.is(k, lexicon.Act) || strings.HasSuffix(toks[k].Lower, "ed")) {
			verb = true
			if trs, _ := s.trigger(k); len(trs) > 0 && (trs[0].Relation == graph.SpokeWith || trs[0].Relation == graph.Supported) {
				return nil // "met Zelensky and pledged more weapons": no threat aimed at the one met
			}
		}
	}
	if !verb {
		return nil
	}
	for k := a - 1; k >= from; k-- {
		if s.at[k] < 0 {
			continue
		}
		m := s.ments[s.at[k]]
		if !m.ok || m.media || sameActor(m, srcs) {
			return nil
		}
		if g := s.gAt[k]; g >= 0 {
			return s.groupMentions(g)
		}
		return []mention{m}
	}
	return nil
}

func appendNew(a, b []mention) []mention {
	for _, m := range b {
		dup := false
		for _, o := range a {
			if o.actor.Name == m.actor.Name {
				dup = true
			}
		}
		if !dup {
			a = append(a, m)
		}
	}
	return a
}

// nearestOther is the nearest state or organisation before token k that
// is none of not.
func (ar *article) nearestOther(s *sent, k int, not []mention) (mention, bool) {
	for q := len(s.ments) - 1; q >= 0; q-- {
		m := s.ments[q]
		if m.start >= k || !m.ok || m.media || m.possPron || m.actor.Kind == graph.Person {
			continue
		}
		skip := false
		for _, o := range not {
			if o.actor.Name == m.actor.Name {
				skip = true
			}
		}
		if !skip {
			return m, true
		}
	}
	if ar.focusIt != nil {
		for _, o := range not {
			if o.actor.Name == ar.focusIt.actor.Name {
				return mention{}, false
			}
		}
		return *ar.focusIt, true
	}
	return mention{}, false
}

// quoteLike reports whether t is a quotation mark, double or single.
func quoteLike(t text.Token) bool {
	return t.Kind == text.Quote || t.Kind == text.Punct && (t.Text == "‘" || t.Text == "’" || t.Text == "'")
}

// timeSpan returns the end of a time told at j with no preposition of its
// own, or with "on" ("late Monday", "overnight", "early on Sunday", "last
// week", "on Tuesday"); j when none opens there.
func timeSpan(s *sent, j int) int {
	toks := s.toks
	b := j
	for b < len(toks) && b < j+4 && s.at[b] < 0 {
		w := toks[b].Lower
		switch {
		case s.isWord(b, lexicon.TimeWord) || s.is(b, lexicon.Month) || w == "overnight" || w == "tonight":
			b++
			// "on Friday night", "late Monday evening"
			for b < len(toks) && s.at[b] < 0 && s.cue(s.cueLex, b, lexicon.DayPart) > 0 {
				b++
			}
			return b
		case w == "late" || w == "early" || w == "last" || w == "this" || w == "on":
			b++
		default:
			return j
		}
	}
	return j
}

// durationAt returns the token after a length of time starting at j: a
// count ("two", "90", "an", "more than two", "about an") and a unit of
// time (timeunit: "hours", "minutes"); j when none stands there. Cost:
// constant.
func durationAt(s *sent, j int) int {
	toks := s.toks
	for b := j; b < len(toks) && b < j+4 && s.at[b] < 0; b++ {
		if s.is(b, lexicon.TimeUnit) && (b > j || strings.HasSuffix(toks[b].Lower, "s")) {
			return b + 1 // ("for hours": a plural unit needs no count)
		}
		w := toks[b].Lower
		if toks[b].Kind != text.Number && !s.isWord(b, lexicon.NumberWord) && w != "a" && w != "an" && w != "more" && w != "than" && w != "about" && w != "nearly" && w != "almost" && w != "over" && w != "half" {
			return j
		}
	}
	return j
}

// ordinal reports whether w counts an occurrence: "first", "second",
// "last", "2nd".
func ordinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final", "latest", "next":
		return true
	}
	return len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

// pastAdjuncts returns where a verb's prepositional target may start
// after j, past a time ("Wednesday", "on Monday") and a place named as an
// actor ("in Washington") that stand between the verb and its preposition;
// a preposition of the frame itself is never passed.
func (ar *article) pastAdjuncts(s *sent, j int, f lexicon.Frame) int {
	toks := s.toks
	for steps := 0; steps < 3 && j < len(toks); steps++ {
		w := toks[j].Lower
		switch {
		case s.at[j] < 0 && (s.isWord(j, lexicon.TimeWord) || s.is(j, lexicon.Month)):
			j++
		case (w == "on" || w == "in" || w == "at") && !f.HasPrep(w) && j+1 < len(toks) && s.at[j+1] < 0 && (s.isWord(j+1, lexicon.TimeWord) || s.is(j+1, lexicon.Month)):
			j += 2
		case w == "for" && !f.HasPrep(w) && durationAt(s, j+1) > j+1:
			j = durationAt(s, j+1) // "met for two hours with X"
		case w == "for" && !f.HasPrep(w) && j+3 < len(toks) && toks[j+1].Lower == "the" && toks[j+3].Lower == "time" && s.at[j+2] < 0 && ordinal(toks[j+2].Lower):
			j += 4 // "met for the first (second, last) time with X"
		case (w == "in" || w == "at") && !f.HasPrep(w) && j+1 < len(toks) && s.at[j+1] >= 0:
			m := s.ments[s.at[j+1]]
			if !m.ok || m.start != j+1 || !namesPlace(m) {
				return j
			}
			j = m.end
		default:
			return j
		}
	}
	return j
}

// namesPlace reports whether m can name a place: a state by its name, or a
// capital or seat ("in Malaysia", "in Washington"), never a demonym.
func namesPlace(m mention) bool {
	return m.actor.Kind == graph.State && m.via != viaDemonym || m.via == viaMetonym
}

// quotedOrShortPredicate returns where the object starts after a fronted
// predicate at j: past a quotation ("“reprehensible”"), or past one to
// three lower-case words before an article; j when neither closes there.
func quotedOrShortPredicate(s *sent, j int) int {
	toks := s.toks
	if j < len(toks) && toks[j].Kind == text.Quote {
		for q := j + 1; q < len(toks) && q < j+8; q++ {
			if toks[q].Kind == text.Quote {
				return q + 1
			}
		}
		return j
	}
	for q := j; q < len(toks) && q < j+3; q++ {
		if s.at[q] >= 0 || toks[q].Kind != text.Word || toks[q].Cap {
			return j
		}
		if q > j && s.is(q, lexicon.Det) {
			return q
		}
	}
	return j
}

// hasComma reports whether a comma stands among toks.
func hasComma(toks []text.Token) bool {
	for _, t := range toks {
		if t.Text == "," {
			return true
		}
	}
	return false
}

// placeAfter finds "in/across/inside/into STATE" within a few tokens of j
// in the same clause: the state an attack hit.
func (ar *article) placeAfter(s *sent, j int) []mention {
	toks := s.toks
	for k := j; k < len(toks) && k < j+11; k++ {
		if s.at[k] >= 0 && k > j && toks[k-1].Lower == "what" && s.ments[s.at[k]].end < len(toks) && ar.x.lex.Is(lexicon.CalledVerb, toks[s.ments[s.at[k]].end].Lower) {
			// "strikes on what it called terrorist camps in Pakistan", "what
			// Islamabad described as militant hideouts inside Afghanistan"
			k = s.ments[s.at[k]].end
			continue
		}
		if k > j && (ar.stops(s, k) && toks[k].Lower != "what" || toks[k].Text == ",") || s.at[k] >= 0 && !s.ments[s.at[k]].possPron {
			return nil
		}
		if n := s.cue(ar.x.lex, k, lexicon.WithinPrep); n > 0 {
			k += n - 1 // "south of Tehran": the place after the whole cue
			if k+1 < len(toks) && s.at[k+1] >= 0 {
				m := s.ments[s.at[k+1]]
				if m.ok && !m.media && m.actor.Kind == graph.State {
					return statesOf(s, k+1, m)
				}
			}
			if k+1 < len(toks) && s.at[k+1] < 0 && toks[k+1].Cap && ar.x.places != nil {
				// "hit a residential building in Odesa": the city's state
				// (kept by emit for force only)
				if ms, _ := ar.placeObject(s, k+1); len(ms) > 0 {
					return ms
				}
			}
			e := k + 1
			for e < len(toks) && e < k+4 && (toks[e].Lower == "the" || s.is(e, lexicon.Adj) || s.at[e] < 0 && !toks[e].Cap && s.isWord(e, lexicon.RegionMod) || s.at[e] < 0 && toks[e].Kind == text.Word && !toks[e].Cap && strings.Contains(toks[e].Lower, "-")) {
				e++ // ("in mineral-rich eastern Congo", "in war-torn Sudan", "in northwest Pakistan")
			}
			if e < len(toks) && s.at[e] >= 0 {
				m := s.ments[s.at[e]]
				if m.ok && !m.media && m.actor.Kind == graph.State {
					return statesOf(s, e, m)
				}
				return nil
			}
			// "villages across the border in Cambodia": read on
		}
	}
	return nil
}

// statesOf is the states of the coordination that starts with m at k ("in
// northern Iraq and Syria"), or m alone.
func statesOf(s *sent, k int, m mention) []mention {
	if g := s.gAt[k]; g >= 0 && s.groups[g].start == k {
		var out []mention
		for _, o := range s.groupMentions(g) {
			if o.ok && !o.media && o.actor.Kind == graph.State {
				out = append(out, o)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return []mention{m}
}

// heldSuffixes make an actor the holder of a place: "Houthi-controlled
// ports", "Hamas-run ministry", "Russian-occupied Crimea".
var heldSuffixes = []string{"-controlled", "-held", "-run", "-occupied"}

// heldBy reads the actor that holds the target named within a few words
// after j: "Houthi-controlled ports" is the Houthis, "Ukrainian-held towns"
// and "areas of Pakistan-controlled territory" the state.
func (ar *article) heldBy(s *sent, j int) []mention {
	toks := s.toks
	for k := j; k < len(toks) && k < j+6; k++ {
		t := toks[k]
		if s.at[k] >= 0 || k > j && ar.stops(s, k) {
			return nil
		}
		// "a strike on a hospital run by MSF", "a base manned by Kenyan
		// troops": the one who holds the place
		if k > j && k+2 < len(toks) && toks[k+1].Lower == "by" && s.isWord(k, lexicon.HeldVerb) {
			ms, _ := ar.objectAt(s, k+2)
			return ms
		}
		if t.Kind != text.Word || !strings.Contains(t.Lower, "-") {
			continue
		}
		for _, suf := range heldSuffixes {
			if !strings.HasSuffix(t.Lower, suf) {
				continue
			}
			prefix := []rune(t.Text)
			pt := text.Tokenize(string(prefix[:len(prefix)-len([]rune(suf))]))
			e, n := ar.x.names.longest(pt, 0)
			if e == nil || n != len(pt) || e.media || e.actor.Kind == graph.Person {
				return nil
			}
			a := e.actor
			if a.Kind == graph.State && suf == "-occupied" {
				return nil // "Russian-occupied towns in Crimea": whose land is left open
			}
			if e.via == viaDemonym && a.Kind == graph.State {
				a = stateActor(a.Country) // "Ukrainian-held towns"
			}
			if a.Name == "" {
				return nil
			}
			return []mention{{start: k, end: k + 1, actor: a, ok: true, via: e.via}}
		}
	}
	return nil
}

// seizedState reads an object naming a seizure or use of power by a
// state's own rulers by its place or victim: "the military takeover in
// Niger", "the coup against the Bazoum government" (lexicon.SeizureNoun),
// "the impeachment of Pedro Castillo" (lexicon.OusterNoun). ok says the
// object is such a phrase; the state (none when its place is no actor) is
// the target of a judgement, a junta resolving to its state (relations.md).
func (ar *article) seizedState(s *sent, j int) ([]mention, bool) {
	toks := s.toks
	q := j
	for q < len(toks) && q < j+4 && (s.at[q] < 0 || s.ments[s.at[q]].via == viaDefinite) && toks[q].Kind == text.Word && (!toks[q].Cap || q+1 < len(toks) && toks[q+1].Kind == text.Poss && s.isWord(q, lexicon.TimeWord)) && s.cue(ar.x.lex, q, lexicon.SeizureNoun) == 0 && s.cue(ar.x.lex, q, lexicon.OusterNoun) == 0 && !s.is(q, lexicon.Prep) {
		q++ // "the recent military", "last week's", "Thursday's" ("the military" alone may read as a definite)
		if q < len(toks) && toks[q].Kind == text.Poss {
			q++
		}
	}
	if q >= len(toks) || s.at[q] >= 0 && s.ments[s.at[q]].via != viaDefinite {
		return nil, false
	}
	seize := s.cue(ar.x.lex, q, lexicon.SeizureNoun)
	oust := s.cue(ar.x.lex, q, lexicon.OusterNoun)
	n := max(seize, oust)
	if n == 0 {
		return nil, false
	}
	e := q + n
	if seize > 0 && e+2 < len(toks) && toks[e].Lower == "of" && toks[e+1].Lower == "power" {
		e += 2 // "the military takeover of power in Sudan"
	}
	if seize > 0 && q > j && (s.is(q-1, lexicon.Det) || toks[q-1].Kind == text.Poss) && (e >= len(toks) || toks[e].Lower != "in" && toks[e].Lower != "against" && toks[e].Lower != "by") {
		// "rejected the military takeover as unconstitutional": the
		// seizure the article told before, by its place
		if st := ar.seizedBefore(s); st != nil {
			return []mention{*st}, true
		}
		return nil, false
	}
	if e+1 >= len(toks) {
		return nil, false
	}
	switch p := toks[e].Lower; {
	case seize > 0 && (p == "in" || p == "against"), oust > 0 && p == "of":
	default:
		return nil, false
	}
	ms, _ := ar.objectAt(s, e+1)
	var out []mention
	for _, m := range ms {
		if !m.ok || m.media {
			continue
		}
		switch {
		case m.actor.Kind == graph.State:
			out = append(out, m)
		case m.actor.Country != "":
			m.actor = stateActor(m.actor.Country) // "the Conde government", "Castillo"
			out = append(out, m)
		}
	}
	return out, true
}

// officeApposition reads an object told by its office, then its holder
// between commas: "the Chief of the Sudanese Transitional Military
// Council, Lt. Gen Abdel Fattah al-Burhan,", "the head of the military
// council, X,". The office opens with "the" and a role word and runs,
// with no verb or clause word, to the comma; a group of persons closed by
// a comma, full stop or preposition follows it. It returns the group.
// Cost: at most twelve tokens read.
func (ar *article) officeApposition(s *sent, j int) (int, bool) {
	toks := s.toks
	if j+3 >= len(toks) {
		return -1, false
	}
	h := j // the office's head word
	if toks[h].Lower == "the" && s.at[h] < 0 {
		h++
	}
	from := h + 1
	if m := s.at[h]; m >= 0 {
		// the office read as a title: "the head of the Sudanese military
		// council" (its holder unnamed there)
		if s.ments[m].via != viaTitle || s.ments[m].start != h {
			return -1, false
		}
		from = s.ments[m].end
	} else if h == j || toks[h].Kind != text.Word {
		return -1, false
	}
	comma := false // (most objects have none: read no further)
	for c := from; c < len(toks)-1 && c <= j+12; c++ {
		if toks[c].Text == "," {
			comma = true
			break
		}
	}
	if !comma {
		return -1, false
	}
	for c := from; c < len(toks)-1 && c <= j+12; c++ {
		if toks[c].Text == "," {
			if s.at[h] < 0 {
				// (an office is a role word, or a word of the office "of" a
				// body: "the head of"; read last, where a comma was found)
				if _, n := ar.x.lex.Role(toks, h); n == 0 && toks[h+1].Lower != "of" {
					return -1, false
				}
			}
			q := c + 1
			for q < len(toks)-1 && q <= c+4 && s.at[q] < 0 && (toks[q].Text == "." || toks[q].Cap && text.IsAbbrev(toks[q].Lower)) {
				q++ // "Lt. Gen": a rank before the name
			}
			g := s.gAt[q]
			if g < 0 || s.groups[g].start != q || !closedApposition(s, s.groups[g].end) {
				return -1, false
			}
			for _, m := range s.groupMentions(g) {
				if m.actor.Kind != graph.Person {
					return -1, false
				}
			}
			return g, true
		}
		if s.at[c] >= 0 {
			c = s.ments[s.at[c]].end - 1 // "of the Sudanese": a name inside the office
			continue
		}
		if toks[c].Kind != text.Word || s.is(c, lexicon.Clause) || s.is(c, lexicon.Aux) || s.is(c, lexicon.Say) || s.is(c, lexicon.TriggerStart) && !s.is(c, lexicon.RoleStart) {
			return -1, false
		}
	}
	return -1, false
}

// judgedBetween reports whether a verb of judgement or of saying stands in
// tokens [from, to) of s: the actor before it judges what follows ("the UK
// condemned the coup"), it did not do it.
func (ar *article) judgedBetween(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if s.at[k] >= 0 {
			continue
		}
		if s.is(k, lexicon.Say) {
			return true
		}
		if s.is(k, lexicon.TriggerStart) {
			if trs, _ := s.trigger(k); len(trs) > 0 && trs[0].Relation == graph.Accused {
				return true
			}
		}
	}
	return false
}

// seizedBefore returns the state of the latest seizure of power told in
// this sentence or the six before it: "seized power in Gabon", "the coup
// in Gabon", "Gabon's coup", "the Gabonese coup"; nil if none.
func (ar *article) seizedBefore(s *sent) *mention {
	for si := s.Index; si >= 0 && si >= s.Index-10; si-- {
		if si >= len(ar.sents) {
			continue
		}
		p := ar.sents[si]
		toks := p.toks
		for q := len(toks) - 1; q >= 0; q-- {
			n := p.cue(ar.x.lex, q, lexicon.SeizureNoun)
			if n == 0 && (toks[q].Lower == "power" && q > 0 && (toks[q-1].Lower == "seized" || toks[q-1].Lower == "took" || toks[q-1].Lower == "grabbed")) {
				n = 1
			}
			if n == 0 || p.at[q] >= 0 || votedAt(toks, q, n) {
				continue // (an election or a vote names no seizure a later "the coup" may mean)
			}
			// "The Thai army seized power": the state of who seized it
			if toks[q].Lower == "power" {
				for b := q - 2; b >= 0 && b >= q-8; b-- {
					if mi := p.at[b]; mi >= 0 {
						if m := p.ments[mi]; m.ok && (m.actor.Kind == graph.State || m.actor.Country != "") {
							st := m
							if m.actor.Kind != graph.State {
								st.actor = stateActor(m.actor.Country)
							}
							return &st
						}
						break
					}
				}
			}
			// "aid for Thailand ... after the army seized power", "aid to
			// Thailand after military coup": the state the sentence names
			// before the seizure
			for mi := len(p.ments) - 1; mi >= 0; mi-- {
				if m := p.ments[mi]; m.ok && m.start < q && m.actor.Kind == graph.State && m.via != viaDefinite && !m.possPron && m.via != viaPronoun {
					if ar.judgedBetween(p, m.end, q) {
						continue // "The UN and the UK condemned the coup", "In the UK, Johnson condemned the coup": who judges it, or where
					}
					return &m
				}
			}
			if e := q + n; e+1 < len(toks) && toks[e].Lower == "in" && p.at[e+1] >= 0 && p.ments[p.at[e+1]].ok && p.ments[p.at[e+1]].actor.Kind == graph.State {
				m := p.ments[p.at[e+1]]
				return &m
			}
			if b := q - 1; b >= 0 && (toks[b].Kind == text.Poss && b > 0 && p.at[b-1] >= 0 || p.at[b] >= 0 && p.ments[p.at[b]].via == viaDemonym) {
				k := b
				if toks[b].Kind == text.Poss {
					k = b - 1
				}
				if p.at[k] < 0 {
					continue
				}
				if m := p.ments[p.at[k]]; m.ok && m.actor.Kind == graph.State {
					return &m
				}
			}
		}
	}
	return nil
}

// votedAt reports whether the cue of n words at q names a vote: an
// election, a referendum, a ballot.
func votedAt(toks []text.Token, q, n int) bool {
	for t := q; t < q+n && t < len(toks); t++ {
		switch toks[t].Lower {
		case "election", "elections", "vote", "referendum", "ballot":
			return true
		}
	}
	return false
}

// claimNounAt reports whether a noun of charge ("claim", "allegation")
// begins at i.
func claimNounAt(s *sent, i int) bool {
	trs, _ := s.trigger(i)
	return hasSense(trs, graph.Accused, lexicon.Noun)
}

// agentAfter returns the index of the mention that opens right after the
// token at b, past a determiner ("by the US": "US" is named without it),
// or -1 when none does.
func agentAfter(s *sent, b int) int {
	q := b + 1
	if q < len(s.toks) && s.at[q] < 0 && s.is(q, lexicon.Det) {
		q++
	}
	if q < len(s.toks) && s.at[q] >= 0 {
		return q
	}
	return -1
}

// namedAfter reports whether the mention at r opens right after one of
// words, or after one of them and "the" ("by the US": "US" is named
// without its article).
func namedAfter(s *sent, r int, words ...string) bool {
	b := r - 1
	if b >= 1 && s.toks[b].Lower == "the" {
		b--
	}
	return b >= 0 && slices.Contains(words, s.toks[b].Lower) || r >= 1 && slices.Contains(words, s.toks[r-1].Lower)
}

// actByAgent returns the agent of an act named by a noun phrase from j
// that ends in "by X": "ceasefire violations by Pakistani forces", "the
// attack by Russia" (the noun is a force trigger or a wrong, cue class
// wrongnoun), and the end of X; nil when the phrase is no such act.
func (ar *article) actByAgent(s *sent, j int) ([]mention, int) {
	toks := s.toks
	act := false
	for q := j; q < len(toks) && q < j+6; q++ {
		if s.at[q] >= 0 || ar.stops(s, q) {
			return nil, -1
		}
		if toks[q].Lower == "by" {
			if !act || q+1 >= len(toks) {
				return nil, -1
			}
			return ar.objectAt(s, q+1)
		}
		if s.isWord(q, lexicon.WrongNoun) || s.cue(ar.x.lex, q, lexicon.MeasureNoun) > 0 || s.cue(ar.x.lex, q, lexicon.SeizureNoun) > 0 || s.is(q, lexicon.ConductNoun) {
			// ("any military action by X": a measure is an act; "the
			// seizure of power by Malian soldiers", "the statements made
			// by G7 leaders": a seizure of power and conduct are acts)
			act = true
		} else if senses, _ := s.trigger(q); hasSense(senses, graph.Attacked, lexicon.Noun) {
			act = true
		}
	}
	return nil, -1
}

// askedOfAgent returns the agent "by X" of the act an appeal asks for,
// "a credible investigation by Israel", and the end of X; nil when the
// object names no agent so. It reads at most seven tokens from j, over
// words with no capital (the act's phrase).
func (ar *article) askedOfAgent(s *sent, j int) ([]mention, int) {
	toks := s.toks
	for q := j; q+1 < len(toks) && q < j+7; q++ {
		if toks[q].Kind == text.Quote && q > j {
			continue // 'a “transparent” investigation by X': a scare-quoted word of the phrase
		}
		if s.at[q] >= 0 || ar.stops(s, q) || toks[q].Kind != text.Word || toks[q].Cap {
			return nil, -1
		}
		if toks[q].Lower == "by" {
			if q == j || agentAfter(s, q) < 0 {
				return nil, -1
			}
			return ar.objectAt(s, q+1)
		}
	}
	return nil, -1
}

// creditedAgent returns the agent of the work a praise verb's object
// names, "(the) efforts by X", "the role played by X" (cue class
// creditnoun), and the end of X; nil when the object is no such phrase.
// It reads at most six tokens from j.
func (ar *article) creditedAgent(s *sent, j int) ([]mention, int) {
	toks := s.toks
	credit := false
	for q := j; q+1 < len(toks) && q < j+6; q++ {
		if s.at[q] >= 0 || ar.stops(s, q) {
			return nil, -1
		}
		switch {
		case toks[q].Lower == "by":
			if !credit {
				return nil, -1
			}
			return ar.objectAt(s, q+1)
		case s.isWord(q, lexicon.CreditNoun):
			credit = true
		case credit && q+1 < len(toks) && toks[q+1].Lower == "by" && (strings.HasSuffix(toks[q].Lower, "ed") || s.is(q, lexicon.Past)):
			// "the role played by": a participle between the noun and its agent
		case credit:
			return nil, -1
		case s.is(q, lexicon.Det) || s.is(q, lexicon.Adj) || toks[q].Kind == text.Word && !toks[q].Cap:
		default:
			return nil, -1
		}
	}
	return nil, -1
}

// agentBy reports whether the "by" at b opens the agent or cause of a
// participle before it ("disappointed by the signing of X's pact", "was
// angered by the talks"), not the means of the clause's act.
func (ar *article) agentBy(s *sent, b int) bool {
	q := b - 1
	for q >= 0 && quoteLike(s.toks[q]) {
		q--
	}
	if q < 0 {
		return false
	}
	w := s.toks[q].Lower
	return strings.HasSuffix(w, "ed") || s.is(q, lexicon.Past)
}

// moreByAgents returns the agents a passive's "by" phrase, whose first
// group ends at e, names past that group: "signed by A and by his
// counterpart B", "signed by A, who led the Kenyan side, and B", "signed by
// A and the rebel leaders including B and C", "signed by A, who headed the
// delegation, the leaders of the alliance including B, C". A relative
// clause set off by commas is passed over (after it, a phrase with no
// "and" counts only through its "including"); the phrase after "and" is another agent only when
// it ends the clause (a comma, a stop, a preposition), so that "by A, and
// B criticised it" adds no B. Cost: at most thirty tokens read.
func (ar *article) moreByAgents(s *sent, e int) []mention {
	toks := s.toks
	var out []mention
	for rounds := 0; rounds < 3 && e > 0 && e+1 < len(toks); rounds++ {
		q := e
		if toks[q].Text == "," && s.is(q+1, lexicon.RelPron) {
			// ", who led the Kenyan side,": to its closing comma
			c := q + 2
			for c < len(toks) && c < q+14 && toks[c].Text != "," && toks[c].Text != "." && toks[c].Kind != text.Quote {
				c++
			}
			if c >= len(toks) || toks[c].Text != "," {
				return out
			}
			q = c + 1
		} else if toks[q].Text == "," {
			q++
		}
		listed := q > e+1 && q < len(toks) && toks[q].Lower != "and" // "A, who ..., the leaders ... including B"
		if q >= len(toks) || toks[q].Lower != "and" && !listed {
			return out
		}
		if !listed {
			q++
		}
		if q < len(toks) && toks[q].Lower == "by" {
			q++
		}
		var ms []mention
		me := -1
		if !listed {
			ms, me = ar.objectAt(s, q)
		}
		if len(ms) == 0 {
			// "the rebel leaders including B and C": the members named
			for k := q; k < len(toks) && k < q+8 && toks[k].Kind == text.Word; k++ {
				if toks[k].Lower == "including" {
					ms, me = ar.objectAt(s, k+1)
					break
				}
			}
			if len(ms) == 0 && q+1 < len(toks) {
				for k := q; k < len(toks) && k < q+7 && toks[k].Kind != text.Quote; k++ {
					if toks[k].Text == "," && k+1 < len(toks) && toks[k+1].Lower == "including" {
						ms, me = ar.objectAt(s, k+2)
						break
					}
				}
			}
		}
		if len(ms) == 0 || me < 0 {
			return out
		}
		if me < len(toks) && toks[me].Kind == text.Word && !s.is(me, lexicon.Prep) && !s.is(me, lexicon.RelPron) {
			return out // "and B criticised it": a clause of its own
		}
		out = append(out, ms...)
		e = me
	}
	return out
}

// namedAfterOther reports whether a relational noun (othernoun) at or
// just after k, past its modifiers, is followed by the name it stands for,
// directly or as an appositive: "its ally Assad", "its ally, Syrian
// President Bashar al-Assad". Cost: constant.
func namedAfterOther(s *sent, k int) bool {
	toks := s.toks
	for q := k; q < len(toks) && q < k+3; q++ {
		if s.at[q] >= 0 {
			return false
		}
		if s.is(q, lexicon.OtherNoun) {
			n := q + 1
			if n < len(toks) && toks[n].Text == "," {
				n++
			}
			return n < len(toks) && s.at[n] >= 0
		}
	}
	return false
}
