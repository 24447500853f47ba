package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Coordination: buildGroups joins mentions coordinated by ",", "and", "or",
// "as well as" into one argument that fans out ("the US, UK and France");
// a comma list must close with "and" or "or", and the comma after a fronted
// adjunct closes no list (frontedAdjunctEnd). coordinated says how the
// words between two mentions join them; an apposition between two members
// is passed over (appositionEnd, titleAppositionEnd). groupMentions and
// groupLen read a group's actors, a list or pair mention counted as its
// members.

// frontedAdjunctEnd reports whether the first member of the list g ends a
// sentence-initial adjunct ("In southern Lebanon," "After talks mediated
// by the US,") and the rest of the list is the subject of the verb after
// it: the sentence opens with a preposition or adjunct opener, no comma
// stands before the first member, a comma follows it, and a verb (a
// lower-case word that is no preposition or determiner) follows the list.
func (ar *article) frontedAdjunctEnd(s *sent, g group) bool {
	toks := s.toks
	m := s.ments[g.ms[0]]
	if m.start == 0 || m.end >= len(toks) || toks[m.end].Text != "," || !(s.is(0, lexicon.Prep) || s.cue(ar.x.lex, 0, lexicon.AdjunctOpener) > 0) {
		return false
	}
	for q := 0; q < m.start; q++ {
		if toks[q].Text == "," || s.at[q] >= 0 {
			return false
		}
	}
	e := s.ments[g.ms[len(g.ms)-1]].end
	if e >= len(toks) || s.at[e] >= 0 {
		return false
	}
	t := toks[e]
	return t.Kind == text.Word && !t.Cap && !s.is(e, lexicon.Prep) && !s.is(e, lexicon.Det) && t.Lower != "and" && t.Lower != "or"
}

// buildGroups joins coordinated mentions: "the US, UK and France",
// "Israel and Iran", "the United States, Jordan, Britain and other allies".
func (ar *article) buildGroups(s *sent) {
	s.gAt = ar.newInts(len(s.toks))
	for i := range s.gAt {
		s.gAt[i] = -1
	}
	usable := func(m mention) bool { return m.ok && !m.media && !m.possPron }
	for k := 0; k < len(s.ments); k++ {
		m := s.ments[k]
		if !usable(m) {
			continue
		}
		ms := ar.newInts(1) // []int{k}
		ms[0] = k
		g := group{start: m.start, end: m.end, ms: ms}
		// a list joined by commas must close with "and"/"or": "In Syria,
		// Blinken said" is no list
		closed := 1
		for q := k; q+1 < len(s.ments); q++ {
			n := s.ments[q+1]
			nStart := n.start
			if n.possPron && q+2 < len(s.ments) && (s.ments[q+2].start <= n.end+3 || ar.titledMember(s, g.end, s.ments[q+2].start)) && usable(s.ments[q+2]) && (s.ments[q+2].actor.Kind == graph.Person || s.is(s.ments[q+2].start-1, lexicon.OtherNoun) || unnamedCounterpart(s.ments[q+2])) {
				// "Wagner and her Rwandan counterpart Nduhungirehe", "Mali and
				// its allies Burkina Faso and Niger", "Lavrov and his Chinese
				// counterpart" (an unnamed office-holder is the state)
				q++
				n = s.ments[q+1]
			}
			end := g.end
			// "the Sudanese Armed Forces (SAF) and the RSF": the member's
			// own short name in brackets is no member of its own
			if n.actor.Name == s.ments[q].actor.Name && n.start == end+1 && n.end < len(s.toks) && s.toks[end].Text == "(" && s.toks[n.end].Text == ")" && q+2 < len(s.ments) {
				q++
				n = s.ments[q+1]
				nStart = n.start
				end = s.ments[q].end + 1
			}
			// "signed by Hulusi Akar on behalf of Turkey, Sergei Shoigu on
			// behalf of Russia and ...": whom a member acts for is no member
			if n.start == end+3 && s.toks[end].Lower == "on" && s.toks[end+1].Lower == "behalf" && s.toks[end+2].Lower == "of" && q+2 < len(s.ments) {
				q++
				n = s.ments[q+1]
				nStart = n.start
				end = s.ments[q].end
			}
			if end+1 < len(s.toks) && s.toks[end].Kind == text.Poss {
				// "between Sudan's army and the RSF": a state's own
				// institution stands for it in the list
				k := ar.x.lex.Cue(lexicon.Inst, s.toks, end+1)
				if s.ments[q].actor.Kind == graph.Person && s.at[end+1] < 0 && s.isWord(end+1, lexicon.ForceNoun) {
					k = 1 // "between Burhan's forces and supporters of Dagalo": a leader's forces
				} else if k == 0 || s.at[end+1] >= 0 || s.ments[q].actor.Kind != graph.State {
					break
				}
				end += 1 + k
			} else if s.ments[q].via != viaDemonym && (s.ments[q].actor.Kind == graph.State || ar.x.stateOrgans[s.ments[q].actor.Name]) && end+1 < len(s.toks) && s.at[end] < 0 &&
				s.isWord(end, lexicon.OrganBare) && (s.toks[end+1].Lower == "and" || s.toks[end+1].Text == ",") {
				// "the Myanmar military junta and the Three Brotherhood
				// Alliance": a bare organ noun after a state or its forces;
				// a junta or government is its state (relations.md)
				if c := s.ments[q].actor.Country; s.ments[q].actor.Kind != graph.State && c != "" {
					s.ments[q].actor = stateActor(c)
				}
				end++
			} else if s.ments[q].via == viaDemonym && s.ments[q].actor.Kind == graph.State && end < len(s.toks) && s.at[end] < 0 {
				// "the Colombian government and the ELN": a demonym's state
				// organ stands for the state in the list
				end += ar.x.lex.Cue(lexicon.Inst, s.toks, end)
				// "the French and Russian presidents and the US Secretary of
				// State": a plural title after the demonyms is their head
				if _, n := ar.x.lex.Role(s.toks, end); n > 0 && s.at[end] < 0 && strings.HasSuffix(s.toks[end+n-1].Lower, "s") && end+n < len(s.toks) && s.toks[end+n].Lower == "and" {
					end += n
				}
			}
			if e := max(appositionEnd(s, end), ar.titleAppositionEnd(s, end)); e > end {
				// "met Nicos Anastasiades, the Greek Cypriot leader, and
				// Mustafa Akinci": an apposition between two members,
				// whose own demonyms are no members
				q0 := q
				for q+1 < len(s.ments) && s.ments[q+1].start < e {
					q++
				}
				if q+1 >= len(s.ments) {
					break
				}
				if q > q0 {
					n = s.ments[q+1]
					nStart = n.start
				}
				if q > q0 && n.possPron && q+2 < len(s.ments) && s.ments[q+2].start <= n.end+3 && usable(s.ments[q+2]) && (s.ments[q+2].actor.Kind == graph.Person || s.is(s.ments[q+2].start-1, lexicon.OtherNoun)) {
					q++ // "..., and his Turkish counterpart X"
					n = s.ments[q+1]
				}
				end = e
			}
			if !usable(n) {
				break
			}
			if n.via == viaBoth && n.end < len(s.toks) && (s.is(n.end, lexicon.Aux) || s.is(n.end, lexicon.Past) || strings.HasSuffix(s.toks[n.end].Lower, "ed")) {
				break // "called Putin and the two had a conversation": "the two" opens a clause of its own
			}
			c := ar.coordinated(s, end, nStart)
			if c == 0 {
				break
			}
			g.ms = append(g.ms, q+1)
			g.end = n.end
			if c == 2 {
				closed = len(g.ms)
			}
		}
		if closed < len(g.ms) {
			// "the US, Jordan, Britain and other allies"
			e := s.ments[g.ms[len(g.ms)-1]].end
			if e < len(s.toks) && s.toks[e].Text == "," {
				e++
			}
			if e < len(s.toks) && (s.toks[e].Lower == "and" || s.toks[e].Lower == "or") {
				closed = len(g.ms)
			}
			// "EU, NATO slam Belarus", "Israel, Hamas agree truce": a
			// headline's list opening it is joined by commas alone
			if s.Index == 0 && g.start == 0 && e < len(s.toks) && s.toks[e].Kind == text.Word && !s.toks[e].Cap && ar.allCommas(s, g) {
				closed = len(g.ms)
			}
			// "ambassadors from the U.S., Germany, France, Canada, Norway
			// issued": four states or more joined by commas alone are a list
			if len(g.ms) >= 4 && ar.allCommas(s, g) && ar.allStates(s, g) {
				closed = len(g.ms)
			}
		}
		g.ms = g.ms[:closed]
		if len(g.ms) >= 3 && ar.frontedAdjunctEnd(s, g) {
			// "In southern Lebanon, Israel and Hezbollah exchanged fire",
			// "After talks mediated by the US, India and Pakistan agreed":
			// the comma closes a fronted adjunct, not a list
			g.ms = g.ms[:1]
		}
		g.end = s.ments[g.ms[len(g.ms)-1]].end
		k = g.ms[len(g.ms)-1]
		for i := g.start; i < g.end; i++ {
			s.gAt[i] = len(s.groups)
		}
		if s.groups == nil {
			s.groups = ar.newGroups(len(s.ments)) // room for every group at once
		}
		s.groups = append(s.groups, g)
	}
}

// unnamedCounterpart reports whether m is an unnamed office-holder told
// by a counterpart's title: "his Chinese counterpart", "her Iranian
// counterpart" (relations.md: an unnamed office-holder resolves to the
// state).
func unnamedCounterpart(m mention) bool {
	return m.via == viaCounter && m.actor.Kind == graph.State
}

// allCommas reports whether the members of g are joined by single
// commas only.
func (ar *article) allCommas(s *sent, g group) bool {
	for q := 1; q < len(g.ms); q++ {
		a, b := s.ments[g.ms[q-1]], s.ments[g.ms[q]]
		if b.start != a.end+1 || s.toks[a.end].Text != "," {
			return false
		}
	}
	return true
}

// allStates reports whether every member of g names a state by its name.
func (ar *article) allStates(s *sent, g group) bool {
	for _, k := range g.ms {
		if m := s.ments[k]; m.actor.Kind != graph.State || m.via == viaDemonym {
			return false
		}
	}
	return true
}

// appositionEnd returns the comma that closes an apposition opened by the
// comma at e ("X, the Greek Cypriot leader, and Y"; "X, a close US
// ally,"): an article, then at most six words, closed by a common noun
// (the apposition's head) and a comma. A name right before the comma is a
// member of a list ("X, the US, and Y"), no apposition. It returns e when
// there is none.
func appositionEnd(s *sent, e int) int {
	toks := s.toks
	if e+2 >= len(toks) || toks[e].Text != "," {
		return e
	}
	switch toks[e+1].Lower {
	case "the", "a", "an":
	default:
		return e
	}
	for q := e + 2; q < len(toks) && q <= e+8; q++ {
		if toks[q].Text == "," {
			if h := q - 1; h > e+1 && s.at[h] < 0 && toks[h].Kind == text.Word && !toks[h].Cap {
				return q
			}
			return e
		}
		if toks[q].Kind != text.Word && toks[q].Text != "-" || s.is(q, lexicon.Say) || s.is(q, lexicon.TriggerStart) || s.is(q, lexicon.Clause) {
			return e
		}
	}
	return e
}

// titleAppositionEnd returns the comma that closes an apposition giving
// the office of the member before it towards another actor, opened by
// the comma at e: "Ana Rojas, adviser to President Gabriel Boric, and
// Luis Quispe held talks" (the adviser's principal is no member of the
// list). The apposition is a
// title of roles.tsv, "to", "of" or "for", and one mention closed by a
// comma. It returns e when there is none. Cost: at most twelve tokens.
func (ar *article) titleAppositionEnd(s *sent, e int) int {
	toks := s.toks
	if e+4 >= len(toks) || toks[e].Text != "," || s.at[e+1] >= 0 {
		return e
	}
	_, n := ar.x.lex.Role(toks, e+1)
	q := e + 1 + n
	if n == 0 || q+1 >= len(toks) || toks[q].Lower != "to" && toks[q].Lower != "of" && toks[q].Lower != "for" {
		return e
	}
	for p := q + 1; p < len(toks) && p <= q+4; p++ {
		if m := s.at[p]; m >= 0 {
			c := s.ments[m].end
			if s.ments[m].start == p && c < len(toks) && toks[c].Text == "," {
				return c
			}
			return e
		}
		if t := toks[p]; t.Kind != text.Word || s.is(p, lexicon.Say) || s.is(p, lexicon.TriggerStart) {
			return e
		}
	}
	return e
}

// coordinated reports how the tokens [a, b) join two mentions: 0 not at
// all, 1 by a comma, 2 by "and", "or", ", and", "as well as", "&"
// (determiners may stand between).
func (ar *article) coordinated(s *sent, a, b int) int {
	if b <= a || b-a > 8 {
		return 0
	}
	if ar.titledMember(s, a, b) {
		return 2 // "Kibaki and his rival opposition leader, Raila Odinga"
	}
	if b == a+1 && (s.toks[a].Text == "-" || s.toks[a].Text == "–") && !s.toks[a].Space && !s.toks[b].Space {
		return 2 // "the U.S.-South Korean drills": a compound pair
	}
	c := 0
	sep := true // a separator stands right before i
	for i := a; i < b; i++ {
		w := s.toks[i].Lower
		switch w {
		case ",":
			c = max(c, 1)
			sep = true
		case "and", "or", "&", "well":
			c = 2
			sep = true
		case "as", "the":
		case "especially", "notably", "particularly", "mainly", "also", "even":
		default:
			if i == b-1 && sep && c > 0 && !s.toks[i].Cap && s.toks[i].Kind == text.Word && strings.Contains(w, "-") && w[0] >= '0' && w[0] <= '9' {
				continue // "the AU and the 15-member ECOWAS": a count of members before the next one
			}
			// "France, the Commonwealth as well as the OAS": a member the
			// dictionary does not know stays in the list, unread
			e := i
			for e < b && s.toks[e].Kind == text.Word && s.toks[e].Cap && !s.is(e, lexicon.TriggerStart) && !s.is(e, lexicon.Say) {
				e++
			}
			if !sep || e == i || e-i > 3 {
				return 0
			}
			if e == b && c > 0 && e-i <= 2 {
				break // "and Parliament Speaker Nabih Berri": a title word before the next member
			}
			if e == b {
				return 0
			}
			if nw := s.toks[e].Lower; nw != "," && nw != "and" && nw != "or" && nw != "as" {
				return 0
			}
			i = e - 1
			sep = false
			continue
		}
		if b-a > 4 && c == 0 && w != "the" && w != "as" {
			return 0
		}
	}
	return c
}

// groupMentions returns the mentions of group g, a list or pair mention
// given once for each of its actors. Cost: one array from the arena.
func (s *sent) groupMentions(g int) []mention {
	n := s.groupLen(g)
	if n == 0 {
		return nil
	}
	out := s.newMents(n) // one array, from the article's arena
	for _, k := range s.groups[g].ms {
		m := s.ments[k]
		if m.via == viaMany && len(m.members) > 0 {
			for _, a := range m.members {
				c := m
				c.actor = a
				out = append(out, c)
			}
			continue
		}
		if m.via == viaBoth && m.pair != nil {
			for _, a := range m.pair {
				c := m
				c.actor = a
				out = append(out, c)
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// groupLen is len(s.groupMentions(g)), counted without copying.
func (s *sent) groupLen(g int) int {
	n := 0
	for _, k := range s.groups[g].ms {
		switch m := &s.ments[k]; {
		case m.via == viaMany && len(m.members) > 0:
			n += len(m.members)
		case m.via == viaBoth && m.pair != nil:
			n += len(m.pair)
		default:
			n++
		}
	}
	return n
}

// titledMember reports whether the tokens [a, b) join the next member of a
// list by "and" and a title set off by a comma before its name: "Mwai
// Kibaki and his rival opposition leader, Raila Odinga", "X, and the
// opposition leader, Y": an optional comma, "and", an optional "the" or
// possessive (posspronoun), at most two lower-case words, a title of
// roles.tsv closing right before the comma at b-1. Cost: at most eight
// tokens and one title lookup for each word.
func (ar *article) titledMember(s *sent, a, b int) bool {
	toks := s.toks
	if b-a < 4 || toks[b-1].Text != "," {
		return false
	}
	i := a
	if toks[i].Text == "," {
		i++
	}
	if toks[i].Lower != "and" {
		return false
	}
	i++
	if toks[i].Lower == "the" || s.isWord(i, lexicon.PossPronoun) {
		i++
	}
	for q := i; q < b-1 && q <= i+2; q++ {
		if t := toks[q]; t.Kind != text.Word || t.Cap && q > i {
			return false
		}
		if _, n := ar.x.lex.Role(toks, q); n > 0 && q+n == b-1 && !toks[q].Cap {
			return true
		}
	}
	return false
}
