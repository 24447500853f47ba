package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Mentions: findMentions looks each token up once (its lexicon masks, the
// names it begins) and finds the dictionary's names with their case and
// context rules (a longer name after "the"; a document named for a place;
// a body whose name opens with a state's, stateNamedBody; some members of
// a body, countedMembers; a people of a state; a word of a longer unknown
// name; the tail of a longer proper name, partOfLongerName), the
// collectives and definite descriptions at their opening words
// (openerWords), and pronouns; then it runs the readers of titled and
// unknown persons. A verb of saying before an infinitive act says nothing
// (notSaying). findLocal marks the surnames of persons named before;
// replace puts a mention in place of those it overlaps.

// openerWords are the words at which manyAt ("the three countries"),
// ownedSidesAt ("warring parties" after a possessive), headsOfSidesAt
// ("the heads of ..."), bothAt ("both sides", "each side", "all parties")
// and definiteAt ("the group") can match: each returns 0 at any other word,
// so findMentions calls them only at these (wordInfo.opener).
// TestOpenerWords checks it; a reader given a new first word needs it
// here.
var openerWords = []string{"the", "all", "these", "those", "both", "each", "warring", "rival", "feuding"}

// findMentions finds dictionary names, pronouns, titled persons and bare
// titles.
func (ar *article) findMentions(s *sent) {
	toks := s.toks
	s.ments = ar.newMents(len(toks)/6 + 2)
	if len(s.single) != len(toks) {
		s.single = make([]uint64, len(toks))
		s.multi = make([]uint64, len(toks))
		s.keys = make([]uint64, len(toks))
	}
	if len(s.wf) != len(toks) {
		s.wf = make([]*wordForms, len(toks))
	}
	s.cueLex = ar.x.lex
	// one lookup a token: its lexicon masks and the names it begins
	if cap(ar.infos) < len(toks) {
		ar.infos = make([]*wordInfo, len(toks), max(len(toks), 64))
	}
	infos := ar.infos[:len(toks)]
	s.cues, s.lists, s.anyKeys = 0, 0, 0
	for k := range toks {
		t := &toks[k] // (tokens are 64 bytes: not copied)
		wi := ar.x.words.get(t.Lower)
		s.single[k], s.multi[k], s.keys[k], s.wf[k], infos[k] = wi.single, wi.multi, wi.keys, wi.forms, wi
		if t.Cap && t.Lower == "may" && k+1 < len(toks) && toks[k+1].Kind == text.Number {
			// "May 1, 2024 - Biden accused ...": the month, never the modal
			s.single[k] &^= 1 << lexicon.Modal
			s.multi[k] &^= 1 << lexicon.Modal
		}
		s.cues |= s.single[k] | s.multi[k]
		s.lists |= wi.lists
		s.anyKeys |= wi.keys
	}
	if s.cues>>lexicon.Say&1 != 0 {
		notSaying(s)
	}
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.Kind == text.Word {
			e, n := ar.x.names.longestFrom(infos[i].name, toks, i)
			if n > 0 && t.Lower == "the" && i+1 < len(toks) {
				// "the U.N. Security Council": a longer name after "the" wins
				// over "the U.N."
				if e2, n2 := ar.x.names.longestFrom(infos[i+1].name, toks, i+1); n2 > 0 && 1+n2 > n {
					s.ments = append(s.ments, mention{start: i, end: i + 1 + n2, actor: e2.actor, ok: !e2.media, via: e2.via, media: e2.media})
					if !e2.media && e2.actor.Kind == graph.Person {
						class, title := office(e2.roles, ar.published)
						s.ments[len(s.ments)-1].class, s.ments[len(s.ments)-1].title = class, title
					}
					i += 1 + n2
					continue
				}
			}
			if n > 0 && i+1 < len(toks) {
				// "President Xi Jinping": a name after a title word wins
				// over an alias that holds the title ("President Xi"); the
				// title is left to findTitled
				if _, nr := ar.x.lex.Role(toks, i); nr == 1 {
					if _, n2 := ar.x.names.longestFrom(infos[i+1].name, toks, i+1); n2 > 0 && 1+n2 > n {
						i++
						continue
					}
				}
			}
			if n == 1 && e.actor.Kind != graph.Person && t.Cap {
				// "Wagner" after "Therese Kayikwamba Wagner" is her, not a group
				if a, ok := ar.local[t.Lower]; ok && a.Kind == graph.Person {
					s.ments = append(s.ments, mention{start: i, end: i + 1, actor: a, ok: true, via: viaLocal})
					i++
					continue
				}
			}
			if n == 0 && t.Cap {
				if a, ok := ar.contextCapital(t); ok {
					s.ments = append(s.ments, mention{start: i, end: i + 1, actor: a, ok: true, via: viaMetonym})
					i++
					continue
				}
			}
			if n == 0 && (t.Text == "Congo" || t.Text == "Congolese") && !(i+1 < len(toks) && (toks[i+1].Lower == "river" || toks[i+1].Lower == "basin")) &&
				!(t.Text == "Congolese" && peopleAfter(s, infos, i+1)) {
				v := viaMetonym
				if t.Text == "Congolese" {
					v = viaDemonym
				}
				s.ments = append(s.ments, mention{start: i, end: i + 1, actor: ar.congo(), ok: true, via: v})
				i++
				continue
			}
			if n == 0 && t.Cap && i+3 < len(toks) && toks[i+1].Lower == "and" {
				// "North and South Korea": the first conjunct shares the
				// second's head
				if e1 := ar.x.gappedName(infos, toks, i); e1 != nil {
					s.ments = append(s.ments, mention{start: i, end: i + 1, actor: e1.actor, ok: true, via: e1.via})
					i++
					continue
				}
				// "the Donetsk and Lugansk People's Republics": a plural head
				if e1, e2, end := ar.x.gappedPlural(infos, toks, i); e1 != nil {
					s.ments = append(s.ments, mention{start: i, end: i + 1, actor: e1.actor, ok: true, via: e1.via},
						mention{start: i + 2, end: end, actor: e2.actor, ok: true, via: e2.via})
					i = end
					continue
				}
			}
			if n > 0 && e.actor.Kind == graph.Org && i+n < len(toks) && toks[i+n].Cap && s.isWord(i+n, lexicon.DocName) {
				i += n + 1 // "the United Nations Charter": a document's name
				continue
			}
			if n > 0 && e.via != viaDemonym && i > 0 && toks[i-1].Lower == "the" && i+n < len(toks) && toks[i+n].Cap && s.isWord(i+n, lexicon.DocName) &&
				(i+n+1 >= len(toks) || !toks[i+n+1].Cap) {
				i += n + 1 // "the Rome Declaration", "the Doha Agreement": a document named for the place of its signing
				continue
			}
			if n > 0 && e.via == viaDemonym && e.actor.Kind == graph.State && i > 0 && toks[i-1].Cap && s.isWord(i-1, lexicon.RegionMod) {
				i += n // "South American countries", "Central Asian states": a region
				continue
			}
			if n > 0 && e.via == viaDemonym && e.actor.Kind == graph.State && i+n < len(toks) && s.is(i+n, lexicon.NonState) {
				i += n + 1 // "the Syrian opposition" is not Syria ("Houthi rebels" are the Houthis)
				continue
			}
			if n > 0 && e.via == viaDemonym && peopleAfter(s, infos, i+n) {
				i += n + 1 // "Congolese Tutsis", "Malian Tuaregs": a people of the state, not the state
				continue
			}
			if n > 0 && e.actor.Kind == graph.Org && i > 0 && i+n < len(toks) && s.isWord(i-1, lexicon.Indefinite) && s.isWord(i+n, lexicon.MemberNoun) {
				i += n + 1 // "a NATO member", "an EU country": one member, not the body
				continue
			}
			if n > 0 && e.actor.Kind == graph.Org && i > 0 && i+n < len(toks) && ar.countedMembers(s, i, i+n) {
				i += n + 1 // "three EU member states", "two NATO members": some members, not the body
				continue
			}
			if n > 0 && e.actor.Kind == graph.Org && e.actor.Country == "" && i > 0 && (toks[i-1].Lower == "his" || toks[i-1].Lower == "her") {
				i += n // "Putin summoned his Security Council": his own, not the UN's
				continue
			}
			if n == 1 && e.actor.Kind == graph.Person && i+1 < len(toks) && s.isWord(i+1, lexicon.KinNoun) {
				i += 2 // "the Badawi family", "the Gandhi clan": a family of that name, not the person
				continue
			}
			if n == 1 && e.actor.Kind == graph.Person && i > 1 && (len(s.ments) == 0 || s.ments[len(s.ments)-1].end < i) && ar.unknownNameAfter(toks, i-1) &&
				!strings.HasSuffix(toks[i-1].Lower, ".") && s.single[i-1] == 0 && s.multi[i-1] == 0 && len(toks[i-1].Lower) > 2 && !s.isWord(i-1, lexicon.Particle) {
				i++ // "Samar Badawi" is not Abdullah Ahmad Badawi: the last word of a longer, unknown name
				continue
			}
			if n == 1 && e.actor.Kind == graph.Person && ar.unknownNameAfter(toks, i+1) {
				i++ // "Qassem Soleimani" is not Naim Qassem: one word of a longer, unknown name
				continue
			}
			if n >= 2 && e.actor.Kind == graph.Person && i+n < len(toks) && s.single[i+n] == 0 && s.multi[i+n] == 0 && ar.unknownNameAfter(toks, i+n) {
				// "Abdul Hamid Dbeibeh" is not Bangladesh's Abdul Hamid:
				// a full name the dictionary holds, then a capitalised word
				// that is no word of the lexicon and names no one, is the
				// start of a longer name it does not know (a titled person
				// read by findTitled); "Xi Jinping Warns" keeps Xi
				i += n
				continue
			}
			if n > 0 && e.actor.Kind == graph.State {
				// "the South Sudan Opposition Movements Alliance", "the
				// Somali National Movement": an organisation the
				// dictionary does not know whose name opens with its
				// state's; the state is its country, not the actor
				if m := ar.stateNamedBody(s, i, n, e.actor); m.end > 0 {
					s.ments = append(s.ments, m)
					i = m.end
					continue
				}
			}
			if n > 0 && !partOfLongerName(ar.x.lex, toks, i, e, i == 1 && (s.single[0]|s.multi[0]) != 0) {
				class, title := office(e.roles, ar.published)
				m := mention{start: i, end: i + n, actor: e.actor, ok: !e.media, via: e.via, class: class, media: e.media, title: title, city: e.city}
				// "Lloyd Austin" makes a later "Austin" him, even where the
				// dictionary leaves the bare surname out (noteShortNames)
				if e.actor.Kind == graph.Person && n >= 2 && toks[i+n-1].Cap {
					ar.noteShortNames(s, i, n, e.actor)
				}
				// "the Biden administration", "Burhan's government" are the state
				if e.actor.Kind == graph.Person && e.actor.Country != "" && i+n < len(toks) {
					if s.isWord(i+n, lexicon.GovNoun) {
						m = mention{start: ar.titleBefore(s, i), end: i + n + 1, actor: stateActor(e.actor.Country), ok: true, via: viaMetonym}
						n++
					} else if toks[i+n].Kind == text.Poss && i+n+1 < len(toks) && s.isWord(i+n+1, lexicon.GovNoun) {
						// (with the title before the name: "President Bashar
						// al-Assad's regime")
						m = mention{start: ar.titleBefore(s, i), end: i + n + 2, actor: stateActor(e.actor.Country), ok: true, via: viaMetonym}
						n += 2
					}
				}
				// "the Arakan Army (AA)": the acronym in brackets is part of
				// the mention, and names the actor for the rest of the article
				if j := i + n; e.actor.Kind != graph.Person && j+2 < len(toks) && toks[j].Text == "(" && toks[j+2].Text == ")" && acronym(toks[j+1]) && m.end == j {
					if _, known := ar.local[toks[j+1].Lower]; !known {
						ar.local[toks[j+1].Lower] = m.actor
					}
					if j+3 >= len(toks) || !toks[j+3].Cap {
						m.end += 3 // (not before a title: "Republic of Korea (ROK) Foreign Minister Park Jin")
						n += 3
					}
				}
				s.ments = append(s.ments, m)
				i += n
				continue
			}
			if infos[i].opener { // (the others match at none of these readers)
				if n := ar.manyAt(s, i); n > 0 {
					s.ments = append(s.ments, mention{start: i, end: i + n, via: viaMany})
					i += n
					continue
				}
				if n := ownedSidesAt(ar.x.lex, s, i); n > 0 {
					s.ments = append(s.ments, mention{start: i, end: i + n, via: viaBoth, head: "owned"})
					i += n
					continue
				}
				if n := headsOfSidesAt(s, i); n > 0 {
					s.ments = append(s.ments, mention{start: i, end: i + n, via: viaBoth, heads: true})
					i += n
					continue
				}
				n := bothAt(ar.x.lex, s, i)
				if n == 0 && toks[i].Lower == "the" {
					n = ar.twoOfRegionAt(s, infos, i) // "the two Balkan states"
				}
				if n > 0 {
					s.ments = append(s.ments, mention{start: i, end: i + n, via: viaBoth})
					i += n
					continue
				}
				if n, head := definiteAt(ar.x.lex, s, i); n > 0 && !(i+n < len(toks) && s.is(i+n, lexicon.Seated) && head != "organ") && !armyTitleAt(ar.x.lex, s, i, head) { // not "the military junta", "the army chief"; "the junta leaders" are the junta's state
					s.ments = append(s.ments, mention{start: i, end: i + n, via: viaDefinite, head: head})
					i += n
					continue
				}
			}
			if infos[i].pron && !(t.Upper && t.Lower == "us") {
				s.ments = append(s.ments, mention{start: i, end: i + 1, via: viaPronoun, pron: t.Lower})
			} else if infos[i].poss {
				n := 1
				p := t.Lower
				if i+1 < len(toks) && (toks[i+1].Lower == "country" || toks[i+1].Lower == "nation") {
					n, p = 2, t.Lower+" country" // "his country", "our nation"
				}
				s.ments = append(s.ments, mention{start: i, end: i + n, via: viaPronoun, pron: p, possPron: n == 1})
				i += n
				continue
			}
		}
		i++
	}
	if len(s.at) != len(toks) {
		s.at = ar.newInts(len(toks)) // (index would make it)
	}
	s.index()
	middleInitials(s)
	ownNameParts(s)
	ownedOrgans(s)
	ar.findTitled(s)
	ar.ofState(s)
	ar.spokesFor(s)
	ar.descriptorNames(s)
	ar.appositiveOfficials(s)
	ar.sayerNames(s)
	ar.titleThenName(s)
	ar.countStates(s)
	for _, m := range s.ments {
		if m.ok && m.actor.Kind == graph.Person {
			ar.addPerson(m.actor, m.class, m.title, s.Index)
		}
	}
}

// stateNamedBody returns a mention of an organisation whose name opens
// with the state's name at [i, i+n): one to four capitalised words follow
// it, the last a head noun of a political body (cue class
// bodyhead: "Movement", "Alliance", "Front", "Party"). Its name is the
// words as written, its country the state. The zero mention when none.
func (ar *article) stateNamedBody(s *sent, i, n int, st graph.Actor) mention {
	toks := s.toks
	e := i + n
	for e < len(toks) && e < i+n+4 && toks[e].Kind == text.Word && toks[e].Cap && !toks[e].Upper {
		e++
	}
	if e == i+n || !s.isWord(e-1, lexicon.BodyHead) {
		return mention{}
	}
	var b strings.Builder
	for q := i; q < e; q++ {
		if q == i && toks[q].Lower == "the" {
			continue // ("the Somali National Movement": the article is no part of the name)
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[q].Text)
	}
	return mention{start: i, end: e, actor: graph.Actor{Name: b.String(), Kind: graph.Org, Country: st.Name}, ok: true, via: viaName}
}

// countedMembers reports whether the body named in [i, e) is a modifier of
// a plural noun of its members counted by a number before it: "three EU
// member states", "two NATO members", "five eastern EU countries" are
// some members, not the body.
func (ar *article) countedMembers(s *sent, i, e int) bool {
	toks := s.toks
	w := strings.TrimSuffix(toks[e].Lower, "s")
	if w == toks[e].Lower || !ar.x.lex.Is(lexicon.MemberNoun, w) {
		if !(toks[e].Lower == "member" && e+1 < len(toks) && (toks[e+1].Lower == "states" || toks[e+1].Lower == "countries" || toks[e+1].Lower == "nations")) {
			return false
		}
	}
	b := i - 1
	for b > 0 && b >= i-3 && s.is(b, lexicon.Adj) {
		b-- // "five eastern EU countries"
	}
	return toks[b].Kind == text.Number || s.isWord(b, lexicon.NumberWord)
}

// replace puts m in place of every mention overlapping [m.start, m.end).
func (s *sent) replace(m mention) {
	out := s.newMents(len(s.ments) + 1) // a new array, grown once
	placed := false
	for _, o := range s.ments {
		if o.end <= m.start || o.start >= m.end {
			if !placed && o.start >= m.end {
				out = append(out, m)
				placed = true
			}
			out = append(out, o)
		}
	}
	if !placed {
		out = append(out, m)
	}
	s.ments = out
	s.index()
}

// partOfLongerName reports whether a body's name found at i is the tail of
// a longer proper name: "Security Council" in "National Security Council".
// cueFirst says the sentence opens with a cue word right before it
// ("Several", "Some").
func partOfLongerName(lex *lexicon.Lexicon, toks []text.Token, i int, e *nameEntry, cueFirst bool) bool {
	if e.actor.Kind != graph.Org || i == 0 {
		return false
	}
	p := toks[i-1]
	// (a number opening the sentence is no part of a name: "Three
	// Hezbollah fighters were killed")
	// (nor is a cue word opening it: "Several Hezbollah fighters", "Some
	// Hamas militants")
	return p.Kind == text.Word && p.Cap && !lex.Is(lexicon.AffStop, p.Lower) && !p.Upper && !strings.Contains(p.Text, "-") && !(i == 1 && (lex.Is(lexicon.NumberWord, p.Lower) || cueFirst))
}

// findLocal marks surnames of persons introduced with a title: "Savet"
// after "spokesman Sean Savet".
func (ar *article) findLocal(s *sent) {
	if len(ar.local) == 0 {
		return
	}
	added := false
	for i, t := range s.toks {
		if s.at[i] >= 0 || t.Kind != text.Word || !t.Cap {
			continue
		}
		if a, ok := ar.local[t.Lower]; ok && a.Name != "" {
			s.ments = append(s.ments, mention{start: i, end: i + 1, actor: a, ok: true, via: viaLocal})
			ar.addPerson(a, "", "", s.Index)
			added = true
		}
	}
	if added {
		sortMentions(s.ments)
		s.index()
	}
}

// peopleAfter reports whether the word at k is a people's plural name the
// dictionary does not know ("Tutsis", "Tuaregs"): a demonym before it names
// a people of the state, not the state.
func peopleAfter(s *sent, infos []*wordInfo, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	return t.Kind == text.Word && t.Cap && !t.Upper && strings.HasSuffix(t.Lower, "s") && infos[k].name == nil && (s.single[k]|s.multi[k]) == 0
}

// acronym reports whether t is an acronym: two to eight capitals (digits
// and hyphens may stand among them: "M23", "SPLM-IO").
func acronym(t text.Token) bool {
	if t.Kind != text.Word || len(t.Text) < 2 || len(t.Text) > 8 {
		return false
	}
	caps := 0
	for _, r := range t.Text {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= '0' && r <= '9' || r == '-':
		default:
			return false
		}
	}
	return caps >= 2
}

func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// notSaying clears the say cue of a verb of saying that governs an
// infinitive act: "Russia continues to attack", "claimed to have downed",
// "declared to be": the verb heads no reported clause, so the act keeps
// the sentence's subject. Cost: linear in the sentence.
func notSaying(s *sent) {
	const verbs = 1<<lexicon.TriggerStart | 1<<lexicon.Light | 1<<lexicon.Aux
	toks := s.toks
	for k := 0; k+2 < len(toks); k++ {
		if s.single[k]>>lexicon.Say&1 == 0 || toks[k+1].Lower != "to" || toks[k+2].Cap || (s.single[k+2]|s.multi[k+2])&verbs == 0 {
			continue
		}
		if s.single[k+2]>>lexicon.Det&1 != 0 {
			continue // "continued to the border": a place, not an act
		}
		s.single[k] &^= 1 << lexicon.Say
		s.multi[k] &^= 1 << lexicon.Say
	}
}

// noteShortNames records the short forms a later mention may name the
// dictionary person a, named by toks [i, i+n), with: the surname ("Lloyd
// Austin" ... "Austin"), the family name first for the states that write
// it first ("Wang Yi" ... "Wang", unless the article names another Wang),
// and the given name before a patronym ("Sheikh Tamim bin Hamad Al Thani"
// ... "Tamim"). A short form already taken keeps its first person.
func (ar *article) noteShortNames(s *sent, i, n int, a graph.Actor) {
	toks := s.toks
	if _, ok := ar.local[toks[i+n-1].Lower]; !ok {
		ar.local[toks[i+n-1].Lower] = a
	}
	if ar.x.familyFirst[a.Country] && toks[i].Cap {
		if prev, ok := ar.local[toks[i].Lower]; !ok {
			ar.local[toks[i].Lower] = a
		} else if prev.Name != a.Name {
			ar.local[toks[i].Lower] = graph.Actor{}
		}
	}
	for q := i + 1; q+1 < i+n && n >= 3; q++ {
		if !toks[q].Cap && len(toks[q].Lower) <= 4 && ar.x.lex.Is(lexicon.Patronym, toks[q].Lower) && toks[q-1].Cap && !s.is(q-1, lexicon.RoleStart) {
			if _, ok := ar.local[toks[q-1].Lower]; !ok {
				ar.local[toks[q-1].Lower] = a
			}
			break
		}
	}
}
