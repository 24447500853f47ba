package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
	"strings"
	"unicode"
)

// titleScope reads what stands right after an unnamed office-holder (a
// viaTitle mention m of sentence s): "of [the] X" names the state whose
// office it is ("the Foreign Minister of the Kingdom of Saudi Arabia"), and
// an apposition ", NAME," names the holder ("..., Faisal bin Farhan,").
// It returns the state's name ("" for none) and the named person (nil for
// none). Cost: a few tokens.
func (ar *article) titleScope(s *sent, m *mention) (country string, holder *mention) {
	toks := s.toks
	e := m.end
	if c := definitePossessor(s, m); c != "" {
		country = c // "the island's president"
	}
	if e+1 < len(toks) && (toks[e].Lower == "of" || toks[e].Lower == "to" || toks[e].Lower == "from") {
		q := e + 1
		if q < len(toks) && toks[q].Lower == "the" && s.at[q] < 0 {
			q++
		}
		if q < len(toks) && s.at[q] >= 0 {
			if o := s.ments[s.at[q]]; o.ok && !o.media && o.actor.Kind == graph.State {
				if toks[e].Lower == "of" || toks[e].Lower == "from" {
					country = o.actor.Name
				}
				e = o.end
			}
		}
	}
	if e+1 < len(toks) && toks[e].Text == "," && s.at[e+1] >= 0 {
		p := &s.ments[s.at[e+1]]
		closes := p.end >= len(toks) || toks[p.end].Text == "," || toks[p.end].Kind == text.Punct || toks[p.end].Lower == "about" || toks[p.end].Lower == "on"
		if p.ok && p.actor.Kind == graph.Person && closes && (country == "" || p.actor.Country == country) && p.via != viaPronoun {
			holder = p
		}
	}
	return country, holder
}

// unknownNameAfter reports whether the token at j continues a proper name
// the dictionary does not know: a capitalised word that names no actor and
// is no weekday, month or title ("Soleimani" after "Qassem").
func (ar *article) unknownNameAfter(toks []text.Token, j int) bool {
	if j >= len(toks) || toks[j].Kind != text.Word || !toks[j].Cap || ar.x.lex.Is(lexicon.TimeWord, toks[j].Lower) || ar.x.lex.Is(lexicon.Month, toks[j].Lower) {
		return false
	}
	if e, n := ar.x.names.longest(toks, j); n > 0 && e != nil {
		return false
	}
	if _, n := ar.x.lex.Role(toks, j); n > 0 {
		return false
	}
	return !ar.x.lex.Is(lexicon.Say, toks[j].Lower) && !ar.x.lex.Is(lexicon.Clause, toks[j].Lower)
}

// mediaHeads marks a place or demonym before a medium's noun as that medium
// ("the Managua daily", "the Kurdish Hawar news agency"): media are no
// actors (relations.md).
func (ar *article) mediaHeads(s *sent) {
	for k := range s.ments {
		m := &s.ments[k]
		if m.media || m.actor.Kind == graph.Person {
			continue
		}
		e := m.end
		if e+1 < len(s.toks) && s.toks[e].Kind == text.Poss && s.cue(ar.x.lex, e+1, lexicon.MediaNoun) > 0 {
			e++ // "Turkey's state broadcaster TRT"
		}
		for e < len(s.toks) && e < m.end+2 && s.toks[e].Kind == text.Word && s.toks[e].Cap && s.at[e] < 0 && s.cue(ar.x.lex, e, lexicon.MediaNoun) == 0 {
			e++ // a medium's own name: "Hawar"
		}
		if e < len(s.toks) && s.cue(ar.x.lex, e, lexicon.MediaNoun) > 0 {
			m.media, m.ok = true, false
		}
	}
}

// beforeRelative returns the subject group of the verb at i when a closed
// relative clause stands between them: "Trump, who arrived from the
// Knesset after a speech, signed ...", "Iran — which backs the Houthis —
// warned", whatever clause words the relative clause holds; or, after a
// subject that opens its clause, an apposition holding a relative clause
// or a participle's clause (appositiveClause): "Hezbollah, the group that
// controls southern Lebanon, fired ...", "Erdogan, speaking after meeting
// Zelensky, urged ..."; -1 when the
// verb follows no such clause, or is a participle ("bombed Hezbollah,
// which Iran arms, killing soldiers": the main clause's). Cost: at most
// maxClause tokens.
func (ar *article) beforeRelative(s *sent, i int) int {
	toks := s.toks
	if i < len(toks) && !toks[i].Cap && strings.HasSuffix(toks[i].Lower, "ing") {
		return -1
	}
	k := i - 1
	for k >= 0 && s.at[k] < 0 && (s.is(k, lexicon.Aux) || strings.HasSuffix(toks[k].Lower, "ly")) {
		k--
	}
	// the clause is closed by a comma, or set off by dashes ("Iran — which
	// denies arming the Houthis — warned"), when commas inside it are its own
	closeDash := k >= 2 && spacedDash(toks, k)
	if k < 2 || toks[k].Text != "," && !closeDash {
		return -1
	}
	q := toks[i].QuoteID
	for b := k - 1; b >= 1 && b >= k-maxClause; b-- {
		if toks[b].QuoteID != q || toks[b].Text == ";" || toks[b].Text == "." {
			return -1
		}
		if closeDash && !spacedDash(toks, b) || !closeDash && toks[b].Text != "," {
			continue
		}
		// ", who ...," / ", which ...," / ", chaired by ...," / ", led by ...,"
		w := toks[b+1].Lower
		opening := false
		if !relativePronoun(w) && !(b+2 < k && strings.HasSuffix(w, "ed") && toks[b+2].Lower == "by") {
			opening = !closeDash && ar.appositiveClause(s, b+1, k)
		}
		if !relativePronoun(w) && !(b+2 < k && strings.HasSuffix(w, "ed") && toks[b+2].Lower == "by") && !opening {
			return -1 // another comma first: a list or an apposition, not this rule's
		}
		g := s.gAt[b-1]
		if g < 0 || s.groups[g].end != b && !(opening && s.groups[g].end > b && s.groups[g].end < k) {
			return -1 // (an apposition's head may be grouped with it: "Hamas, the militant group")
		}
		if st := s.groups[g].start; st > 0 && ar.afterPrep(s, st) {
			return -1
		}
		if opening && ar.clauseStart(s, s.groups[g].start) != s.groups[g].start {
			return -1 // (the subject opens its clause: "accused Kyiv, saying ..." is an object's)
		}
		return g
	}
	return -1
}

// appositiveClause reports whether the phrase from b to the comma at k
// is an apposition holding a clause of its own: a noun phrase opened by
// an article whose head a relative pronoun ("that" too) follows within six
// words ("the Iran-backed group that controls southern Lebanon", "the
// militant group that runs Gaza"; the head may be a definite mention), or a
// participle of a lower-case verb in -ing ("speaking in Ankara after
// meeting Zelensky"). Cost: at most six tokens.
func (ar *article) appositiveClause(s *sent, b, k int) bool {
	toks := s.toks
	if b+2 >= k {
		return false
	}
	if t := toks[b]; t.Kind == text.Word && !t.Cap && s.at[b] < 0 && strings.HasSuffix(t.Lower, "ing") && !s.is(b, lexicon.Prep) && !s.is(b, lexicon.Det) {
		return true
	}
	if w := toks[b].Lower; w != "the" && w != "a" && w != "an" {
		return false
	}
	for q := b + 2; q < k && q < b+7; q++ {
		if w := toks[q].Lower; w == "that" || relativePronoun(w) && w != "whose" && w != "whom" {
			return toks[q-1].Kind == text.Word && !toks[q-1].Cap && (s.at[q-1] < 0 || s.ments[s.at[q-1]].via == viaDefinite)
		}
		if toks[q].Kind != text.Word && toks[q].Text != "-" || s.at[q] >= 0 && s.ments[s.at[q]].via != viaDemonym && s.ments[s.at[q]].via != viaDefinite {
			return false
		}
	}
	return false
}

// chunkNames repairs person mentions before they are grouped, so that one
// person is one chunk of the mention sequence:
//
//	"Tamim bin Hamad al-Thani": a particle-led tail the dictionary's alias
//	left out is taken into the name;
//	"the Emir of Qatar Tamim bin Hamad": a title, its "of STATE" and the
//	name that follows are one mention of the person.
//
// Cost: linear in the mentions.
func (ar *article) chunkNames(s *sent) {
	toks := s.toks
	changed := false
	for k := range s.ments {
		m := &s.ments[k]
		if !m.ok || m.actor.Kind != graph.Person {
			continue
		}
		for m.end < len(toks) && (k+1 >= len(s.ments) || s.ments[k+1].start > m.end) {
			if n := ar.particleTail(toks, m.end); n > 0 && (k+1 >= len(s.ments) || s.ments[k+1].start >= m.end+n) {
				m.end += n
				changed = true
				continue
			}
			break
		}
	}
	var out []mention // a copy, begun at the first merge (most sentences have none)
	for k := 0; k < len(s.ments); k++ {
		m := s.ments[k]
		if m.via == viaTitle && k+2 < len(s.ments) && m.end+1 < len(toks) && toks[m.end].Lower == "of" {
			st, p := s.ments[k+1], s.ments[k+2]
			if st.start == m.end+1 && st.actor.Kind == graph.State && p.start == st.end && p.ok && p.actor.Kind == graph.Person &&
				(p.actor.Country == "" || p.actor.Country == st.actor.Name) {
				if out == nil {
					out = append(s.newMents(len(s.ments)), s.ments[:k]...)
				}
				p.start = m.start
				out = append(out, p)
				k += 2
				changed = true
				continue
			}
		}
		if out != nil {
			out = append(out, m)
		}
	}
	if changed {
		if out == nil {
			out = append(s.newMents(len(s.ments)), s.ments...)
		}
		s.ments = out
		s.index()
	}
}

// particleTail returns how many tokens at j continue an Arabic name:
// "al-Thani", "Al Thani", "bin Zayed" (a particle and a capitalised word).
func (ar *article) particleTail(toks []text.Token, j int) int {
	t := toks[j]
	if t.Kind != text.Word {
		return 0
	}
	if i := strings.IndexByte(t.Lower, '-'); i > 0 && ar.x.lex.Is(lexicon.Particle, t.Lower[:i]) && t.Lower[:i] != "abu" && len(t.Text) > i+1 && unicode.IsUpper([]rune(t.Text[i+1:])[0]) {
		return 1
	}
	if (t.Lower == "al" || t.Lower == "bin" || t.Lower == "ibn" || t.Lower == "bint") && j+1 < len(toks) && toks[j+1].Kind == text.Word && toks[j+1].Cap {
		return 2
	}
	return 0
}

// middleInitials takes a first name and a middle initial into the person
// mention they stand before: "Antony J. Blinken" is one mention of Antony
// Blinken, not a person "Antony" and then Blinken.
func middleInitials(s *sent) {
	toks := s.toks
	changed := false
	for k := range s.ments {
		m := &s.ments[k]
		st := m.start
		if m.actor.Kind != graph.Person || st < 2 || s.at[st-1] >= 0 || s.at[st-2] >= 0 {
			continue
		}
		ini, first := toks[st-1].Text, toks[st-2]
		if len(ini) != 2 || ini[1] != '.' || !unicode.IsUpper(rune(ini[0])) || first.Kind != text.Word || !first.Cap {
			continue
		}
		if strings.HasPrefix(m.actor.Name, first.Text+" ") {
			m.start = st - 2
			changed = true
		}
	}
	if changed {
		s.index()
	}
}

// ownNameParts widens a person's mention leftwards over the words of
// the person's own name written apart from the spelling matched:
// "Abdel Fattah El Sisi" (dictionary "Abdel Fattah el-Sisi", matched at
// "Sisi") is one mention, so that a list or a "between" phrase holding
// it reads one actor. A word is taken when it is one of the name's words
// (hyphens split, case aside: "El", "al", "bin"), up to three, and the
// widened mention must open with a capital. Cost: linear in the mentions
// and their names' words.
func ownNameParts(s *sent) {
	toks := s.toks
	changed := false
	for k := range s.ments {
		m := &s.ments[k]
		if m.actor.Kind != graph.Person || !m.ok || m.via != viaName || m.start == 0 || s.at[m.start-1] >= 0 || toks[m.start-1].Kind != text.Word {
			continue
		}
		name := strings.ToLower(m.actor.Name)
		st := m.start
		for st > 0 && st > m.start-4 && s.at[st-1] < 0 && toks[st-1].Kind == text.Word && nameWordOf(name, toks[st-1].Lower) {
			st--
		}
		if st < m.start && toks[st].Cap {
			m.start = st
			changed = true
		}
	}
	if changed {
		s.index()
	}
}

// nameWordOf reports whether w is one of the words of the lower-case
// name, split at spaces and hyphens.
func nameWordOf(name, w string) bool {
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if f == w {
			return true
		}
	}
	return false
}

// sameOfficeName returns the person of the article whose name has w as its
// first or last word and who holds the office of class (East Asian names
// are written family name first: "Park Jin", then "Foreign Minister
// Park"); else a.
func (ar *article) sameOfficeName(a graph.Actor, w, class, title string) graph.Actor {
	for i := len(ar.persons) - 1; i >= 0; i-- {
		p := &ar.persons[i]
		f := strings.Fields(strings.ToLower(p.actor.Name))
		if len(f) >= 2 && (f[0] == w || f[len(f)-1] == w) && classMatch(class, title, p) {
			return p.actor
		}
	}
	return a
}

// officialsIn takes "the (new) authorities in Damascus", "officials in
// Kyiv" as one mention of the state the place names: the organs of a
// state told by where they sit (seated cues before "in").
func (ar *article) officialsIn(s *sent) {
	toks := s.toks
	changed := false
	for k := range s.ments {
		m := &s.ments[k]
		if !m.ok || m.actor.Kind != graph.State || m.start < 2 || toks[m.start-1].Lower != "in" && toks[m.start-1].Lower != "of" && toks[m.start-1].Lower != "from" || s.at[m.start-2] >= 0 || s.cue(ar.x.lex, m.start-2, lexicon.Seated) == 0 {
			continue
		}
		st := m.start - 2
		for st > 0 && s.at[st-1] < 0 && (s.is(st-1, lexicon.Adj) || toks[st-1].Lower == "new" || toks[st-1].Lower == "the") && st > m.start-5 {
			st--
		}
		m.start = st
		changed = true
	}
	if changed {
		s.index()
	}
}

// titledAhead reports whether the lower-case words from k run into a titled
// person: "junta deputy leader Gen. X" after "met". A person the
// dictionary knows may stand after the title words and an abbreviated
// rank ("Gen.", "Lt."); an unknown one carries the title in its mention.
func (ar *article) titledAhead(s *sent, k int) bool {
	for e := k + 1; e < len(s.toks) && e <= k+4; e++ {
		if s.at[e] >= 0 {
			m := s.ments[s.at[e]]
			if m.start != e {
				return false
			}
			return m.via == viaTitled || (e > k+1 || m.title != "") && m.ok && m.actor.Kind == graph.Person // "renegade general Khalifa Haftar"
		}
		t := s.toks[e]
		if t.Cap && t.Kind == text.Word && text.IsAbbrev(t.Lower) {
			continue // a rank: "Gen."
		}
		if t.Kind != text.Word || t.Cap || e > k+2 || s.is(e, lexicon.Prep) || s.is(e, lexicon.Clause) || s.is(e, lexicon.Aux) || s.is(e, lexicon.TriggerStart) {
			return false
		}
	}
	return false
}

// scareQuote returns where a short quotation opens when the verb at i
// stands in one that names no actor before it ("China \"strongly
// condemned\" the move"): the verb's subject is outside it. 0 when not.
func (ar *article) scareQuote(s *sent, i int) int {
	toks := s.toks
	q := toks[i].QuoteID
	if q <= 0 {
		return 0
	}
	qs := i
	for qs > 0 && toks[qs-1].QuoteID == q {
		qs--
	}
	if i-qs > 3 || qs == 0 || qs == i {
		return 0 // (the opening mark itself is no verb: no recursion)
	}
	if s.is(qs-1, lexicon.Det) && s.at[qs-1] < 0 {
		return 0 // 'condemned the "hideous attack" on X': a noun phrase, no verb
	}
	if w := toks[qs-1].Lower; s.is(qs-1, lexicon.PassAux) && s.at[qs-1] < 0 && (w == "been" || w == "being" || strings.HasPrefix(w, "get") || strings.HasPrefix(w, "got")) {
		// 'the negotiators had been "targeted"': a passive, whose subject
		// is the one struck ('is "outraged" at' is a state, the subject's)
		return 0
	}
	for k := qs; k < i; k++ {
		if s.at[k] >= 0 {
			return 0
		}
	}
	qe := i
	for qe < len(toks) && toks[qe].QuoteID == q {
		qe++
	}
	if qe-qs > 8 {
		return 0
	}
	return qs
}
