package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Titled persons: findTitled reads "[affiliation] role [Name]" ("US
// National Security Council spokesman Sean Savet", "special envoy for Sudan
// Tom Perriello", "Qatar's emir, Sheikh Tamim") and bare titles ("the
// British prime minister", "his Iranian counterpart"). affiliation reads
// the state or body before the role, past a portfolio that is no verb
// (verbLike); titleBefore finds a title right before a name; ofState folds
// "of Russia" into the person before it; counterparts makes each demonym
// before "counterparts" one. titleClasses are the offices a bare title
// resolves by (persons.go); a headline in Title Case names no one by its
// capitals (titleCase).

// titleClasses are the offices a bare title ("the president") resolves by.
var titleClasses = map[string]bool{
	"head": true, "government": true, "foreign": true, "defence": true, "secgen": true, "secretary": true,
	"military": true, "spokes": true, "counterpart": true, "vice": true, "security": true, "envoy": true, "leader": true, "minister": true,
}

// nameEnd returns the end of the run of name words from e.
func nameEnd(toks []text.Token, e int) int {
	for e < len(toks) && (nameWord(toks[e]) || toks[e].Kind == text.Word && (toks[e].Lower == "bin" || toks[e].Lower == "al" || strings.HasPrefix(toks[e].Lower, "al-"))) {
		e++
	}
	return e
}

// findTitled finds "[affiliation] role [Name]" persons, and bare titles
// "the British prime minister", "his Iranian counterpart(s)".
func (ar *article) findTitled(s *sent) {
	if !s.mayCue(lexicon.RoleStart) {
		return // (no role word: nothing to read)
	}
	toks := s.toks
	lex := ar.x.lex
	for j := 0; j < len(toks); j++ {
		if s.at[j] >= 0 && s.ments[s.at[j]].actor.Kind != graph.Person {
			continue
		}
		if s.at[j] >= 0 || !s.is(j, lexicon.RoleStart) {
			continue
		}
		class, n := lex.Role(toks, j)
		if n == 0 {
			continue
		}
		k := j + n
		for k < len(toks) {
			if _, n2 := lex.Role(toks, k); n2 > 0 && s.at[k] < 0 {
				k += n2
				continue
			}
			if toks[k].Lower == "and" && k+1 < len(toks) && s.at[k+1] < 0 {
				// "State Councilor and Foreign Minister Wang Yi": one person
				// of two offices, the last one named
				if c2, n2 := lex.Role(toks, k+1); n2 > 0 && k+1+n2 < len(toks) && (toks[k+1+n2].Cap || s.at[k+1+n2] >= 0) {
					class = c2
					k += 1 + n2
					continue
				}
			}
			if toks[k].Lower == "mr." || toks[k].Lower == "ms." || toks[k].Lower == "mrs." || toks[k].Lower == "dr." {
				k++
				continue
			}
			break
		}
		// "special envoy for Sudan Tom Perriello", "envoy to Yemen X",
		// "Ambassador of the Russian Federation to the Republic of Azerbaijan
		// Mikhail Yevdokimov": the body or states between role and name
		ofCountry := ""
		for q, steps, of := k, 0, ""; steps < 2 && q+2 < len(toks) && (toks[q].Lower == "for" || toks[q].Lower == "to" || toks[q].Lower == "of" || toks[q].Lower == "from"); steps++ {
			p := q + 1
			if toks[p].Lower == "the" && s.at[p] < 0 {
				p++
			}
			if p >= len(toks) || s.at[p] < 0 || s.ments[s.at[p]].start != p {
				break
			}
			m := s.ments[s.at[p]]
			if !m.ok || m.actor.Kind == graph.Person {
				break
			}
			if (toks[q].Lower == "of" || toks[q].Lower == "from") && m.actor.Kind == graph.State && of == "" {
				of = m.actor.Name
			}
			q = m.end
			if q < len(toks) && (toks[q].Cap && s.at[q] < 0 && toks[q].Kind == text.Word || s.at[q] >= 0 && s.ments[s.at[q]].actor.Kind == graph.Person) {
				k, ofCountry = q, of // a name follows
				break
			}
			if q+1 < len(toks) && toks[q].Text == "," && (toks[q+1].Cap && s.at[q+1] < 0 && toks[q+1].Kind == text.Word || s.at[q+1] >= 0 && s.ments[s.at[q+1]].actor.Kind == graph.Person) {
				k, ofCountry = q, of // "Sudan's ambassador to the UN, NAME": an appositive name
				break
			}
		}
		// "the U.S. ambassador in Havana, Mike Hammer": a post's place
		// between the title and its appositive name
		if class == "envoy" && k+3 < len(toks) && toks[k].Lower == "in" && s.at[k+1] >= 0 {
			if p := s.ments[s.at[k+1]]; p.start == k+1 && p.end+1 < len(toks) && toks[p.end].Text == "," && (s.at[p.end+1] >= 0 || nameWord(toks[p.end+1])) {
				k = p.end
			}
		}
		// an appositive name: "Qatar's emir, Sheikh Tamim bin Hamad Al Thani"
		if k+1 < len(toks) && toks[k].Text == "," && j > 0 && (toks[j-1].Kind == text.Poss || s.at[j-1] >= 0 || portfolioAfterOwner(s, j)) {
			e := k + 1
			for e < len(toks) {
				if _, n2 := lex.Role(toks, e); n2 > 0 && s.at[e] < 0 {
					e += n2
					continue
				}
				break
			}
			// the name closes the apposition: "In a call with his Japanese
			// counterpart, Wang Yi urged" names the subject of the clause
			if e < len(toks) && s.at[e] >= 0 && s.ments[s.at[e]].actor.Kind == graph.Person && closedApposition(s, s.ments[s.at[e]].end) {
				k = e
			} else if e < len(toks) && s.at[e] < 0 && nameWord(toks[e]) && !s.isWord(e, lexicon.NotName) && closedApposition(s, nameEnd(toks, e)) {
				// an unknown name after the comma: "Qatar's prime minister, Sheikh Hamad ..."
				k = e
			}
		}
		affStart, country, hasAff := ar.affiliation(s, j)
		if !hasAff && ofCountry != "" {
			country = ofCountry
		}
		var org *graph.Actor
		if hasAff && s.at[affStart] >= 0 {
			if a := &s.ments[s.at[affStart]].actor; a.Kind == graph.Org {
				c := *a // (a copy made only for an organisation)
				org = &c
			}
		}
		title := triggerText(toks[j:k])
		// the name
		if k < len(toks) && s.at[k] >= 0 && s.ments[s.at[k]].actor.Kind == graph.Person && s.ments[s.at[k]].ok {
			m := s.ments[s.at[k]]
			if m.class == "" || titleClasses[class] && class != "counterpart" {
				// the office the text gives wins over the dictionary's
				// ("acting Prime Minister X", a defence minister there)
				m.class = class
			}
			m.title = title
			m.org = org
			ar.addPerson(m.actor, m.class, title, s.Index)
			ar.notePersonOrg(m.actor, org)
			ar.noteTitledKnown(m.actor, class, title)
			m.start = affStart
			s.replace(m)
			j = m.end - 1
			continue
		}
		nameEnd := k
		for nameEnd < len(toks) && nameEnd-k < 7 {
			t := toks[nameEnd]
			if (t.Kind == text.Word && t.Cap || nameWord(t)) && !ar.x.lex.Is(lexicon.NotName, t.Lower) && s.at[nameEnd] < 0 && !strings.HasSuffix(t.Text, ".") {
				nameEnd++
				continue
			}
			if t.Kind == text.Word && s.is(nameEnd, lexicon.Particle) && nameEnd > k && nameEnd+1 < len(toks) && (toks[nameEnd+1].Cap || s.is(nameEnd+1, lexicon.Particle)) {
				nameEnd++
				continue
			}
			if initial(t) && nameEnd > k && nameEnd+1 < len(toks) && toks[nameEnd+1].Kind == text.Word && toks[nameEnd+1].Cap && s.at[nameEnd+1] < 0 {
				nameEnd++ // a middle initial: "Wendy R. Sherman"
				continue
			}
			break
		}
		if nameEnd > k && class != "official" && titleCase(s) {
			// a headline in Title Case capitalises verbs too: "Bosnian Serb
			// Leader Defies Court Ruling" names no "Defies Court Ruling"
			nameEnd = k // (a name the dictionary knows is a mention already)
		}
		if _, n := ar.x.lex.Role(toks, k); n > 0 && (k+n >= nameEnd || n >= 2) || nameEnd > k && nameEnd < len(toks) && toks[nameEnd].Cap && s.isWord(nameEnd, lexicon.NameHead) {
			nameEnd = k // "spokesperson for Turkish President X", "Chairman of the Defence Council": a title or a body, no name
		}
		if nameEnd > k+1 && s.isWord(nameEnd-1, lexicon.NamedPlace) {
			nameEnd = k // "King Khalid International Airport": a place named for a person, no person
		}
		if nameEnd > k && class != "official" && nameEnd < len(toks) && s.at[nameEnd] >= 0 {
			// "Prime Minister Muhammad Shehbaz Sharif": given names the
			// dictionary does not list before a person it knows are that
			// person's, and the title is theirs
			if m := s.ments[s.at[nameEnd]]; m.start == nameEnd && m.ok && m.actor.Kind == graph.Person && m.via == viaName {
				ar.addPerson(m.actor, class, title, s.Index)
				s.replace(mention{start: affStart, end: m.end, actor: m.actor, ok: true, via: viaName, class: class, title: title, org: org})
				j = m.end - 1
				continue
			}
		}
		if nameEnd > k && class != "official" {
			var nameParts []string
			for _, t := range toks[k:nameEnd] {
				if !initial(t) {
					nameParts = append(nameParts, t.Text) // the name without its initials, as it is most often written
				}
			}
			name := strings.Join(nameParts, " ")
			if !hasAff && nameEnd+1 < len(toks) && toks[nameEnd].Lower == "of" && s.at[nameEnd+1] >= 0 {
				// "Foreign Minister X of Saudi Arabia"
				if m := s.ments[s.at[nameEnd+1]]; m.ok && m.actor.Kind == graph.State {
					country, hasAff = m.actor.Name, true
				}
			}
			if !hasAff && country == "" {
				// "Defence Minister X told lawmakers in Taipei": the context's state
				country = ar.contextCountry(s)
			}
			a := graph.Actor{Name: name, Kind: graph.Person, Country: country}
			if prev, ok := ar.local[text.Lower(name)]; ok && prev.Name != "" {
				a = prev
			} else if nameEnd-k == 1 {
				// "Foreign Minister Park" after "Foreign Minister Park
				// Jin": one word of a person of that office named before
				a = ar.sameOfficeName(a, toks[k].Lower, class, title)
				if a.Name == name {
					// "UN Special Envoy Griffiths": the holder of that office
					// the dictionary knows by this surname
					of := country
					if org != nil {
						of = org.Name
					}
					a = ar.x.offices.bySurname(a, of, class, name)
				}
			}
			if e, ok := ar.x.dict.Lookup(name); ok && e.Kind == "person" {
				a = graph.Actor{Name: e.Name, Kind: graph.Person, Country: e.Country}
			} else if a.Name == name {
				a = ar.knownSpelling(a) // "Prime Minister Abdel-Hamid Dbaiba": the dictionary's Dbeibah
			}
			ar.local[text.Lower(name)] = a
			if nameEnd-k >= 2 {
				ar.local[toks[nameEnd-1].Lower] = a
				if ar.x.familyFirst[a.Country] {
					// "spokesperson Wu Qian ... Wu said": the family name first
					if _, taken := ar.local[toks[k].Lower]; !taken {
						ar.local[toks[k].Lower] = a
					}
				}
				// "Minister Patrick Muyaya Katembwe ... Muyaya said": a
				// middle name of three or more may be the one news uses
				for q := k + 1; q < nameEnd-1; q++ {
					if _, taken := ar.local[toks[q].Lower]; !taken && toks[q].Cap && len(toks[q].Lower) > 3 && !strings.Contains(toks[q].Lower, ".") {
						ar.local[toks[q].Lower] = a
					}
				}
			}
			ar.addPerson(a, class, title, s.Index)
			ar.notePersonOrg(a, org)
			s.replace(mention{start: affStart, end: nameEnd, actor: a, ok: true, via: viaTitled, class: class, title: title, org: org})
			j = nameEnd - 1
			continue
		}
		// a bare title; "leader" only of a state ("the Belarusian leader"),
		// never of a group or a party ("the Hezbollah leader")
		if !titleClasses[class] || class == "leader" && org == nil && (title != "leader" || !hasAff) {
			continue
		}
		start := affStart
		if !hasAff {
			start = j
		}
		if hasAff {
			// "the top EU diplomat", "the senior U.S. envoy": a rank before
			// the affiliation belongs to the title
			for start > 0 && s.isWord(start-1, lexicon.RoleMod) && s.at[start-1] < 0 && start > 1 && (toks[start-2].Lower == "the" || s.isWord(start-2, lexicon.RoleMod)) {
				start--
			}
		}
		detOK := start > 0 && (toks[start-1].Lower == "the" || s.isWord(start-1, lexicon.PossPronoun)) ||
			hasAff && (toks[start].Lower == "the" || s.isWord(start, lexicon.PossPronoun) || toks[j-1].Kind == text.Poss) ||
			!hasAff && definiteOwner(s, j) // "the island's president"
		if !detOK && !(hasAff && start > 0 && s.isWord(start-1, lexicon.PossPronoun)) {
			// (a headline drops "the": "Armenian prime minister calls X"; so
			// does an attribution: '"...," Russian chief negotiator said')
			if !(start == 0 && (toks[j].Cap || hasAff)) && !(hasAff && class == "counterpart") && !(hasAff && k < len(toks) && s.cue(ar.x.lex, k, lexicon.Say) > 0) {
				continue
			}
		}
		if start > 0 && (toks[start-1].Lower == "the" || s.isWord(start-1, lexicon.PossPronoun)) {
			start--
		}
		if class == "counterpart" && hasAff {
			// "his Turkish, Chinese, and Saudi counterparts": each demonym is one
			ar.counterparts(s, j, k)
			continue
		}
		s.replace(mention{start: start, end: k, via: viaTitle, class: class, title: title, actor: graph.Actor{Country: country}, org: org})
		j = k - 1
	}
}

// ofState folds "of Russia" into the person before it: "Sergey Lavrov of
// Russia and Ayman Safadi of Jordan" are two persons, not a list of four.
func (ar *article) ofState(s *sent) {
	for k := 0; k+1 < len(s.ments); k++ {
		m, n := s.ments[k], s.ments[k+1]
		if !m.ok || m.actor.Kind != graph.Person || !n.ok || n.actor.Kind == graph.Person || n.media {
			continue
		}
		if m.end+1 != n.start || s.toks[m.end].Lower != "of" {
			continue
		}
		if m.actor.Country == "" && n.actor.Kind == graph.State && m.via == viaTitled {
			m.actor.Country = n.actor.Name
		}
		m.end = n.end
		s.ments = append(s.ments[:k+1:k+1], s.ments[k+2:]...)
		s.ments[k] = m
		s.index()
	}
}

// affiliation looks left of a role at j for the state or organisation it
// belongs to: "US National Security Council spokesman", "Iran's Foreign
// Minister". It returns where the titled phrase starts and the country.
func (ar *article) affiliation(s *sent, j int) (start int, country string, ok bool) {
	toks := s.toks
	k := j - 1
	for k >= 0 && s.isWord(k, lexicon.RoleMod) && s.at[k] < 0 {
		k--
	}
	// a portfolio before the role: "Eritrea's information minister" (never
	// a verb: "The United States condemned President X", "Iran met
	// Foreign Minister Y"; after a possessive no verb stands: "Ivory
	// Coast's embattled strongman")
	for steps := 0; steps < 2 && k >= 1 && s.at[k] < 0 && toks[k].Kind == text.Word && !toks[k].Cap && !s.is(k, lexicon.Det) &&
		!s.is(k, lexicon.Prep) && !s.is(k, lexicon.Aux) && !s.is(k, lexicon.Clause) && toks[k].Lower != "and" && toks[k].Lower != "or" && (toks[k-1].Kind == text.Poss || s.at[k-1] >= 0 || s.isWord(k-1, lexicon.RoleMod)) &&
		(toks[k-1].Kind == text.Poss || !verbLike(s, k)); steps++ {
		k--
		for k >= 0 && s.isWord(k, lexicon.RoleMod) && s.at[k] < 0 {
			k--
		}
	}
	if k >= 0 && toks[k].Kind == text.Poss {
		k--
	}
	// "Republic of Korea (ROK) Foreign Minister": an acronym in brackets
	if k >= 2 && toks[k].Text == ")" && toks[k-2].Text == "(" {
		k -= 3
	}
	// skip the capitalised words of a body: "National Security Council"
	for steps := 0; k >= 0 && steps < 5 && s.at[k] < 0 && toks[k].Kind == text.Word && toks[k].Cap && !s.isWord(k, lexicon.AffStop); steps++ {
		k--
	}
	if k >= 0 && s.at[k] >= 0 {
		m := s.ments[s.at[k]]
		if m.ok && m.actor.Kind != graph.Person && m.end == k+1 {
			c := m.actor.Country
			if m.actor.Kind == graph.State {
				c = m.actor.Name
			}
			return m.start, c, true
		}
	}
	return j, "", false
}

// titleBefore returns the start of a title of one to three words that
// ends right before the name at i and lies in no mention ("President" in
// "President Bashar al-Assad's regime"), or i when none does.
func (ar *article) titleBefore(s *sent, i int) int {
	if n := len(s.ments); n > 0 && s.ments[n-1].end > i-1 {
		return i
	}
	for back := 1; back <= 3 && back <= i; back++ {
		if _, nr := ar.x.lex.Role(s.toks, i-back); nr == back {
			if n := len(s.ments); n == 0 || s.ments[n-1].end <= i-back {
				return i - back
			}
		}
	}
	return i
}

// verbLike reports whether the word at k reads as a verb, not a noun
// modifier: a speech verb, a copula, a past form ("met", "condemned",
// "said", "is") or a present verb trigger ("warns"); a noun of a
// portfolio ("defence", "security") is none.
func verbLike(s *sent, k int) bool {
	w := s.toks[k].Lower
	if s.is(k, lexicon.TriggerStart) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		if senses, _ := s.trigger(k); hasPOS(senses, lexicon.Verb) {
			return true // "Iran warns President X" (never "the defence minister")
		}
	}
	return s.is(k, lexicon.Say) || s.is(k, lexicon.Past) || s.isWord(k, lexicon.Copula) ||
		len(w) > 4 && strings.HasSuffix(w, "ed")
}

// counterparts makes each demonym before "counterparts" a counterpart
// mention of its state.
func (ar *article) counterparts(s *sent, j, k int) {
	i := j - 1
	var idx []int
	for i >= 0 {
		if s.at[i] >= 0 {
			m := s.ments[s.at[i]]
			if m.ok && m.actor.Kind == graph.State {
				idx = append(idx, s.at[i])
				i = m.start - 1
				for i >= 0 && (s.toks[i].Text == "," || s.toks[i].Lower == "and") {
					i--
				}
				continue
			}
		}
		break
	}
	for _, mi := range idx {
		m := s.ments[mi]
		m.via = viaCounter
		m.class = "counterpart"
		s.ments[mi] = m
	}
	// swallow the role word itself so it is not read again
	_ = k
}

// titleCase reports whether s is written in Title Case, as headlines
// are: every word of four letters or more capitalised, and a capitalised
// trigger word past the first that is no title ("Leader Defies Court
// Ruling, Meets Putin"; "Deputy Secretary of State Wendy R. Sherman met"
// is no headline). Capitals then say nothing of names.
func titleCase(s *sent) bool {
	verb := false
	for k, t := range s.toks {
		if t.Kind != text.Word {
			continue
		}
		if len([]rune(t.Text)) >= 4 && !t.Cap {
			return false
		}
		if k > 0 && t.Cap && s.is(k, lexicon.TriggerStart) && !s.is(k, lexicon.RoleStart) && (k >= len(s.at) || s.at[k] < 0) {
			verb = true
		}
	}
	return verb
}

// initial reports whether t is a middle initial: a capital letter and a
// full stop ("R." in "Wendy R. Sherman").
func initial(t text.Token) bool {
	return len(t.Text) == 2 && t.Text[1] == '.' && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}
