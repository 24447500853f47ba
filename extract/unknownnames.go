package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Persons the dictionary does not know, read by the shape of news
// attribution: a name before an appositive title ("Ana Ruiz, Chile's
// foreign minister,", appositiveOfficials); two or three name words before
// a verb of saying, after a closing "said", opening a clause or before ",
// who" (sayerNames); a name in apposition after a bare title ("Sudan's
// Information Minister, Khalid al-Isaa,", titleThenName), the office's
// "of" phrase read to its comma (officeOf). nameWord and bareNameWord say
// which words may be words of a name.

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
				if !m.ok && m.end < len(toks) && s.at[m.end] < 0 && s.is(m.end, lexicon.RoleStart) {
					// "Wu Qian, the ministry spokesman,": an organ no actor
					// stands for, then the role
					if c, rn := lex.Role(toks, m.end); rn > 0 {
						k, class, n = m.end, c, rn
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
		a := ar.textPerson(toks[i:e], country)
		ar.local[toks[e-1].Lower] = a
		ar.noteShortNames(s, i, e-i, a) // ("Wu Qian, the ministry spokesman," ... "Wu said")
		title := triggerText(toks[k : k+n])
		ar.addPerson(a, class, title, s.Index)
		s.replace(mention{start: i, end: e, actor: a, ok: true, via: viaTitled, class: class, title: title})
		i = e
	}
}

// sayerNames reads a person the dictionary does not know by the shape of
// news attribution: two or three name words right before a verb of saying
// ("Abdou Karim Sall told reporters"), right after "said" at the end of
// the sentence ("..., said Abdou Karim Sall.", "..., said the sports
// minister, Abdou Karim Sall."), opening a clause before a
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
		if !postposed && before == "," && (e >= len(toks) || toks[e].Text == ".") {
			// '..., said sports minister and leader of the Basotho National
			// Party, Thesele Maseribane.': a title after "said", then the name
			for q := i - 2; q >= 0 && q >= i-16; q-- {
				if toks[q].Text == "," || quoteLike(toks[q]) {
					break
				}
				if toks[q].Lower == "said" || toks[q].Lower == "says" {
					postposed = q < i-2
					break
				}
			}
		}
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
		a := ar.textPerson(toks[i:e], "")
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
		a := ar.textPerson(toks[i:e], m.actor.Country)
		ar.noteShortNames(s, i, e-i, a)
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

// textPerson is the person the words name, a name the dictionary does not
// hold as written: the person the article already gave that name, else
// the dictionary's person it spells another way (knownSpelling), else a
// new person of country ("" when unknown). The name is recorded for the
// rest of the article.
func (ar *article) textPerson(words []text.Token, country string) graph.Actor {
	parts := make([]string, 0, len(words))
	for _, t := range words {
		parts = append(parts, t.Text)
	}
	name := strings.Join(parts, " ")
	a := graph.Actor{Name: name, Kind: graph.Person, Country: country}
	if prev, ok := ar.local[text.Lower(name)]; ok && prev.Name != "" {
		a = prev
	} else {
		a = ar.knownSpelling(a)
	}
	// "Ashraf Ghani Ahmadzai": a dictionary person's full name with a
	// further family name after it is that person, and the short name
	// ("Ghani") names them for the rest of the article
	if a.Name == name && len(parts) >= 3 {
		if e, ok := ar.x.dict.Lookup(strings.Join(parts[:len(parts)-1], " ")); ok && e.Kind == dict.Person {
			a = graph.Actor{Name: e.Name, Kind: graph.Person, Country: e.Country}
			if _, taken := ar.local[text.Lower(parts[len(parts)-2])]; !taken {
				ar.local[text.Lower(parts[len(parts)-2])] = a
			}
		}
	}
	ar.local[text.Lower(name)] = a
	return a
}
