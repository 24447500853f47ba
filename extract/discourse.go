package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Discourse: resolve settles, sentence by sentence in article order, what
// each mention left open points at: a bare title (persons.go), a
// counterpart, "both sides" and "the two" (namedpairs.go, sides.go), a
// definite description (definite.go) and the pronouns, read here; then it
// finds the sentence's speakers (quotes.go) and moves the focus ("he",
// "it") on. Its pronoun helpers read an unnamed office before "him"
// (unnamedRoleBefore), a possessive that points forward to the subject
// after a fronted adjunct (cataphor), the subject of a condition before
// "it" (conditionAntecedent), the subject list an object "it" is not
// (subjectList), and the "where" and "that" clauses that keep "it" from a
// place or another clause's actor (whereAntecedent, whereSubject,
// thatBetween, noPlaceSince, clauseSubjectAt).

// resolve settles titles, counterparts and pronouns of one sentence (in
// article order), finds the speakers of the quotations that close in it,
// and moves the focus ("he", "it") on.
func (ar *article) resolve(s *sent) {
	ar.groupsByDemonym(s)
	ar.demonymSides(s)
	toks := s.toks
	// the class of the sentence's first person: whose counterpart
	subjClass := ""
	for _, m := range s.ments {
		if m.ok && m.actor.Kind == graph.Person {
			subjClass = m.class
			break
		}
	}
	var firstPerson, firstThing, anyPerson *mention
	prevFocus := ar.focus // the person in focus before this sentence
	for k := range s.ments {
		m := &s.ments[k]
		switch m.via {
		case viaTitle:
			c, holder := ar.titleScope(s, m)
			if holder != nil {
				m.actor, m.ok = holder.actor, true // "the foreign minister, Faisal bin Farhan,"
				break
			}
			if m.org != nil {
				// "NATO's secretary general", "the UN chief": an office of
				// that body, never a namesake office of another
				m.actor, m.ok = ar.orgOfficer(*m.org, m.class, m.title), true
				break
			}
			if m.actor.Country == "" && c != "" {
				m.actor.Country = c // "the Foreign Minister of Saudi Arabia"
			}
			a, ok := ar.byTitle(m.class, m.title, m.actor.Country, s.Index)
			if ok && s.namedApart(k, a) {
				// the office's holder named elsewhere in the sentence is
				// another person: "the president met President X"
				a, ok = ar.byTitleExcept(m.class, m.title, m.actor.Country, s.Index, a.Name)
			}
			if ok {
				m.actor, m.ok = a, true
			} else if a, ok := ar.heldByNamed(m.class, m.title, m.actor.Country); ok && !s.namedApart(k, a) {
				// a person named with another title, or none, who held that
				// office then ("Saudi Arabia's foreign minister" ... "Jubeir")
				m.actor, m.ok = a, true
			} else if m.actor.Country != "" {
				m.actor, m.ok = stateActor(m.actor.Country), true
			} else if a, ok := ar.titledStateBefore(s, m.title); ok && m.start < len(toks) && toks[m.start].Lower == "the" {
				// "A State Department spokesperson said ... The
				// spokesperson added": the state of the same unnamed
				// office-holder named a few sentences before
				m.actor, m.ok = a, true
			} else if m.class == "secgen" && strings.HasPrefix(m.title, "secretary") {
				// "The Secretary-General condemns ...": unqualified, and no
				// holder named, the office is the UN's (its statements say
				// no more); the unnamed office-holder is its body
				if e, n := ar.x.names.longest(text.Tokenize("United Nations"), 0); n > 0 && e != nil {
					m.actor, m.ok = e.actor, true
				}
			} else if m.class == "counterpart" && m.actor.Country == "" {
				// "Biden spoke with Netanyahu. He pressed his counterpart
				// to ...": the other of the two persons before
				if a, ok := ar.bareCounterpart(s, k); ok {
					m.actor, m.ok = a, true
				}
			}
		case viaCounter:
			c := m.actor.Country
			m.ok = false
			if subjClass != "" {
				if a, ok := ar.byTitle(subjClass, "", c, s.Index); ok {
					m.actor, m.ok = a, true
				}
			}
			if !m.ok {
				// "The Russian minister urged his US counterpart": the one
				// of that state who held the subject's office then
				for q := range s.ments[:k] {
					if p := s.ments[q]; p.ok && p.actor.Kind == graph.Person {
						if a, ok := ar.counterpartHeld(p.actor, c); ok {
							m.actor, m.ok = a, true
						}
						break
					}
				}
			}
			if !m.ok && c != "" {
				m.actor, m.ok = stateActor(c), true
			}
		case viaBoth:
			if m.heads {
				ar.resolveHeads(s, m)
				break
			}
			if m.head == "owned" {
				ar.resolveOwnedSides(s, k)
				break
			}
			// "both sides", "the warring parties": the sides of the conflict
			// (mainPair); "both leaders", "the two countries": the pair named
			// right before
			side := sideWord(toks[m.end-1].Lower)
			// "Blinken spoke with Kagame on Tuesday. The two discussed ...":
			// the two who talk are the persons of the sentence before
			if toks[m.end-1].Lower == "two" && ar.talkVerbAt(s, m.end) {
				if p, ok := ar.twoPersonsBefore(s); ok {
					m.pair, m.ok = &p, true
					m.actor = p[0]
					break
				}
			}
			if p, ok, same := ar.recentPair(s, m.start); ok && !side && (same || !ar.namedBefore(s, k, p)) {
				// the pair named right before: persons for "leaders", states
				// for "countries"
				w := toks[m.end-1].Lower
				ministers := ar.x.lex.Is(lexicon.MinisterNoun, w)
				office := pluralTitleClass(ar.x.lex, s, m)
				// "Kibaki met Odinga. Both sides blamed each other": two
				// persons of one state are the sides themselves
				oneState := ofOneState(p)
				for q := range p {
					switch {
					case office != "" && p[q].Kind == graph.State:
						p[q] = ar.leaderOf(p[q], s.Index, office) // "the two prime ministers"
					case ministers && p[q].Kind == graph.State:
						p[q] = ar.leaderOf(p[q], s.Index, "foreign", "defence", "minister")
					case ar.x.lex.Is(lexicon.PersonNoun, w) && p[q].Kind == graph.State:
						p[q] = ar.leaderOf(p[q], s.Index, "head", "government")
					case !ar.x.lex.Is(lexicon.PersonNoun, w) && w != "pair" && w != "two" && p[q].Kind == graph.Person && p[q].Country != "" && !oneState:
						p[q] = stateActor(p[q].Country)
					}
				}
				// "the two countries" after two groups with no state
				// ("Islamic State and al-Qaeda"): not those two
				if ar.statesNoun(w) && !allStates(p[:]) {
					break
				}
				m.pair, m.ok = &p, true
				m.actor = p[0]
			} else if p, ok := ar.twoPersonsOfLast(s); ok && !side && s.isWord(m.end-1, lexicon.PersonNoun) && !ar.namedBefore(s, k, p) {
				// "A met B in Jeddah. The two leaders urged ...": the only
				// two persons of the sentence before, though not coordinated
				m.pair, m.ok = &p, true
				m.actor = p[0]
			} else if p, ok := ar.twoPersonsOfLast(s); ok && side && ofOneState(p) && !ar.namedBefore(s, k, p) {
				// "Kibaki met Odinga. Both sides blamed each other": the
				// only two persons of the sentence before, rivals of one
				// state, are the sides
				m.pair, m.ok = &p, true
				m.actor = p[0]
			} else if p, ok := ar.mainPair(s.Index, side); ok && !ar.namedBefore(s, k, p) {
				switch w := toks[m.end-1].Lower; {
				case ar.statesNoun(w) && !allStates(p[:]):
					continue // "the two countries": never two groups with no state
				case pluralTitleClass(ar.x.lex, s, m) != "":
					// "the two prime ministers": the holders of that office on
					// the two sides, when the article names both; else the
					// title means two others, not the sides of the conflict
					office := pluralTitleClass(ar.x.lex, s, m)
					p = [2]graph.Actor{ar.leaderOf(p[0], s.Index, office), ar.leaderOf(p[1], s.Index, office)}
					if p[0].Kind != graph.Person || p[1].Kind != graph.Person {
						continue
					}
				case w == "leaders" || w == "presidents":
					p = [2]graph.Actor{ar.leaderOf(p[0], s.Index, "head", "government"), ar.leaderOf(p[1], s.Index, "head", "government")}
				case w == "ministers":
					p = [2]graph.Actor{ar.leaderOf(p[0], s.Index, "foreign", "defence", "minister"), ar.leaderOf(p[1], s.Index, "foreign", "defence", "minister")}
				}
				m.pair, m.ok = &p, true
				m.actor = p[0]
			} else if p, ok := ar.rivalPersons(s.Index); ok && side && !ar.namedBefore(s, k, p) {
				// "talks between Kibaki and his rival Odinga ... Later both
				// sides blamed each other": with no pair of states or groups
				// named, two rivals of one state named together before
				m.pair, m.ok = &p, true
				m.actor = p[0]
			} else if p, ok := ar.topTwoStates(s.Index); ok && !s.isWord(m.end-1, lexicon.PersonNoun) && !ar.namedBefore(s, k, p) {
				m.pair, m.ok = &p, true // "negotiations between the two sides"
				m.actor = p[0]
			}
		case viaDefinite:
			if a, ok := ar.definite(m.head, s, k); ok {
				m.actor, m.ok = a, true
			}
		case viaPronoun:
			if toks[m.start].QuoteID > 0 && firstPersonPron(m.pron) {
				continue // I, we, our: the speaker's, settled later
			}
			switch m.pron {
			case "they", "them":
				// "Ethiopia and Eritrea traded accusations. They ...": the pair
				if p, ok, _ := ar.recentPair(s, m.start); ok && m.pron == "them" && subjectPair(s, k, p) {
					break // "France and the UN ... accused them": never the clause's own subject
				}
				if p, ok, same := ar.recentPair(s, m.start); ok && (same || !ar.namedBefore(s, k, p)) && !ar.pairHoldsSpeaker(s, m.start, p) {
					m.pair, m.ok, m.via = &p, true, viaBoth
					m.actor = p[0]
				} else if ok && ar.pairHoldsSpeaker(s, m.start, p) {
					ar.otherPair(s, m)
				}
				if !m.ok && m.pron == "them" {
					if o := ar.parallelObject(s, k); o != nil && o.actor.Kind != graph.Person {
						m.actor, m.ok, m.bound = o.actor, true, true // "hosted Hamas leaders and urged them to"
					}
				}
			case "him":
				// an object: the person named last who is not the subject
				var p *mention
				for q := k - 1; q >= 0; q-- {
					o := &s.ments[q]
					if o.ok && o.actor.Kind == graph.Person && (firstPerson == nil || o.actor.Name != firstPerson.actor.Name) {
						p = o
						break
					}
				}
				if p == nil && ar.unnamedRoleBefore(s, m.start) {
					break // "rang the governor ... to congratulate him"
				}
				if p == nil && ar.focus != nil && (firstPerson == nil || ar.focus.actor.Name != firstPerson.actor.Name) {
					p = ar.focus
				}
				if p != nil {
					m.actor, m.ok = p.actor, true
				} else if firstPerson != nil {
					// "Guterres met Netanyahu. Guterres urged him ...": the
					// person named last before who is not the subject
					for q := len(ar.recent) - 1; q >= 0 && q >= len(ar.recent)-12; q-- {
						if a := ar.recent[q]; a.Kind == graph.Person && a.Name != firstPerson.actor.Name {
							m.actor, m.ok = a, true
							break
						}
					}
				}
			case "he", "she", "his", "her", "his country", "her country", "he'll", "she'll":
				p := firstPerson
				if toks[m.start].QuoteID > 0 && anyPerson != nil {
					p = anyPerson
				}
				if q := toks[m.start].QuoteID; p == nil && q > 0 && ar.quoted.id == q && ar.quoted.m != nil {
					p = ar.quoted.m // a person named earlier in this quotation
				}
				if (m.pron == "his" || m.pron == "her") && m.start >= 3 && toks[m.start-1].Lower == "for" {
					// "thanked Morsi on Wednesday for his role": the person
					// thanked, praised or blamed, the object right before
					if o := timeBefore(s, m.start-2); o >= 1 && s.at[o] >= 0 {
						if ob := &s.ments[s.at[o]]; ob.ok && ob.actor.Kind == graph.Person && ob.start > 0 && (firstPerson == nil || ob.actor.Name != firstPerson.actor.Name) {
							p = ob
						}
					}
				}
				if p == nil && (m.pron == "his" || m.pron == "her") {
					p = ar.cataphor(s, m.start) // "During his meeting with Modi, Putin said"
				}
				if p == nil {
					// "after Misri's visit to Dhaka, where he discussed ...":
					// the person whose act the sentence named before
					for q := k - 1; q >= 0; q-- {
						if o := &s.ments[q]; o.ok && o.actor.Kind == graph.Person && o.end < len(toks) && toks[o.end].Kind == text.Poss && toks[o.start].QuoteID == toks[m.start].QuoteID {
							p = o
							break
						}
					}
				}
				if p == nil {
					p = ar.focus
				}
				if p != nil {
					m.actor, m.ok = p.actor, true
					if m.pron == "his country" || m.pron == "her country" {
						m.ok = p.actor.Country != ""
						m.actor = stateActor(p.actor.Country)
					}
				}
			case "their":
				// "The Houthis said their forces ...": one body or state named
				// as a noun before it; a coordinated list is left alone
				for q := k - 1; q >= 0; q-- {
					o := &s.ments[q]
					if o.pron == "they" || o.pron == "them" {
						break // "they seized in their march": theirs, left as before
					}
					if toks[o.start].QuoteID != toks[m.start].QuoteID || !o.ok || o.media || o.actor.Kind == graph.Person || o.via == viaDemonym || o.possPron || ar.afterPrep(s, o.start) {
						continue
					}
					// (groups are built later: look at the words around it)
					listed := o.start >= 2 && (toks[o.start-1].Lower == "and" || toks[o.start-1].Text == ",") && s.at[o.start-2] >= 0 ||
						o.end+1 < len(toks) && (toks[o.end].Lower == "and" || toks[o.end].Text == ",") && s.at[o.end+1] >= 0
					if !listed && (o.end >= len(toks) || toks[o.end].Kind != text.Poss) {
						m.actor, m.ok = o.actor, true
					}
					break
				}
			case "it", "its", "it'll":
				var p *mention
				// "cut ties with Qatar, accusing it of ...": an object "it"
				// is not its clause's subject (that would be "itself"), so
				// the nearest other state or body
				// "if Japan were to use force in a contingency involving
				// Taiwan, it would pay a heavy price": the subject of the
				// condition before the comma
				if m.pron == "it" || m.pron == "it'll" {
					p = ar.conditionAntecedent(s, m.start)
				}
				// "a strong backer of Ukraine in its war with Russia": an
				// "its" opening a phrase right after a state or body is
				// that one's
				if b := m.start - 2; m.pron == "its" && b >= 0 && s.at[b] >= 0 && s.ments[s.at[b]].end == b+1 {
					switch toks[b+1].Lower {
					case "in", "during", "amid", "over":
						if o := &s.ments[s.at[b]]; o.ok && !o.media && o.actor.Kind != graph.Person && o.via != viaPronoun {
							p = o
						}
					}
				}
				v := m.start - 1
				if v > 0 && s.is(v, lexicon.Prep) && !toks[v].Cap && (s.is(v-1, lexicon.TriggerStart) || strings.HasSuffix(toks[v-1].Lower, "ed")) {
					v-- // "condemned Russia and called on it to": the verb before its particle
				}
				if p == nil && m.pron == "it" {
					if o := ar.parallelObject(s, k); o != nil && o.actor.Kind != graph.Person {
						p = o // "backed Russia at the UN but urged it to"
						m.bound = true
					}
				}
				if p == nil && m.pron == "it" && v >= 0 && firstThing != nil && toks[v].Kind == text.Word && !toks[v].Cap &&
					(strings.HasSuffix(toks[v].Lower, "ing") || s.is(v, lexicon.TriggerStart)) {
					subj := ar.subjectList(s, firstThing)
					w, inWhere := whereSubject(s, firstThing.end, m.start)
					if inWhere {
						// "..., where a US-led coalition is waging a campaign
						// against it": the clause's own subject, if named
						subj = map[string]bool{}
						if w != nil {
							subj = ar.subjectList(s, w)
						}
					}
					for q := k - 1; q >= 0; q-- {
						if o := &s.ments[q]; o.ok && o.actor.Kind != graph.Person && !o.media && !subj[o.actor.Name] && toks[o.start].QuoteID == toks[m.start].QuoteID && !whereAntecedent(s, o, m.start) && !(inWhere && thatBetween(s, o.end, m.start)) {
							p = o
							m.bound = true
							break
						}
					}
				}
				// "Hamas fired rockets. Israel struck it": an object "it" with
				// only its own subject before it is the state or body in focus
				if p == nil && m.pron == "it" && firstThing != nil && firstThing.start < m.start && v >= 0 && toks[v].Kind == text.Word && !toks[v].Cap && s.is(v, lexicon.TriggerStart) && !clauseSubjectAt(s, m.end) {
					if f := ar.focusIt; f != nil && f.ok && f.actor.Kind != graph.Person && !ar.subjectList(s, firstThing)[f.actor.Name] && ar.noPlaceSince(s, m.start) {
						p = f
						m.bound = true
					}
				}
				// "A backs X, where ..., and it has been sending": a subject
				// "it" of a clause joined by "and" is the sentence's subject
				if p == nil && m.pron == "it" && firstThing != nil && firstThing.start < m.start && m.start >= 2 && (toks[m.start-1].Lower == "and" || toks[m.start-1].Lower == "but") && toks[m.start-2].Text == "," {
					p = firstThing
				}
				// the nearest state or body named as a noun, outside a
				// prepositional phrase ("Russia, which ... received North
				// Korean troops to help its war"), else the nearest at all
				for pass := 0; pass < 2 && p == nil; pass++ {
					for q := k - 1; q >= 0; q-- {
						o := &s.ments[q]
						if toks[o.start].QuoteID != 0 && toks[m.start].QuoteID == 0 {
							continue // '"We condemn the Israeli attack," it said': not inside the quote
						}
						possessor := o.end < len(toks) && toks[o.end].Kind == text.Poss // "Belarus, Russia's ally, said its ..."
						// "the Rwandan military ... its support": a demonym before a
						// state's organ is the state as actor
						organ := o.via == viaDemonym && o.end < len(toks) && (s.isWord(o.end, lexicon.OrganNoun) || s.cue(ar.x.lex, o.end, lexicon.Inst) > 0)
						if o.ok && o.actor.Kind != graph.Person && !o.media && (pass == 1 || (o.via != viaDemonym || organ) && !ar.afterPrep(s, o.start) && !possessor && !whereAntecedent(s, o, m.start)) {
							p = o
							break
						}
					}
				}
				if p == nil {
					p = ar.focusIt
				}
				if p != nil {
					m.actor, m.ok = p.actor, true
				}
			}
		}
		// a possessor ("before Pompeo's tweet") is no antecedent for "he"
		possessor := m.end < len(toks) && toks[m.end].Kind == text.Poss
		if m.ok && !m.media && m.actor.Kind == graph.Person && anyPerson == nil && m.via != viaPronoun && !possessor {
			anyPerson = ar.keep(m) // a copy
		}
		if q := toks[m.start].QuoteID; q > 0 && m.ok && !m.media && m.actor.Kind == graph.Person && (m.via == viaName || m.via == viaTitled || m.via == viaLocal) && m.pair == nil && !possessor && !ar.afterPrep(s, m.start) &&
			!(m.start > 0 && (toks[m.start-1].Lower == "of" || toks[m.start-1].Lower == "and")) {
			ar.quoted = quotedPerson{q, ar.keep(m)}
		}
		if m.ok && !m.media && toks[m.start].QuoteID == 0 && !ar.afterPrep(s, m.start) && !possessor {
			if (m.actor.Kind == graph.Person || m.via == viaTitle && m.class != "") && firstPerson == nil {
				// ("The Secretary-General condemns ... He calls on": an
				// unnamed office-holder, resolved to its body or state, is
				// who "he" is)
				firstPerson = ar.keep(m)
			}
			if m.actor.Kind != graph.Person && firstThing == nil && m.via != viaPronoun {
				firstThing = ar.keep(m)
			}
		}
	}
	for k := range s.ments {
		m := s.ments[k]
		if !m.ok || m.media || m.via == viaBoth || m.via == viaDefinite || m.possPron {
			continue
		}
		if m.city && m.start > 0 && (toks[m.start-1].Lower == "in" || toks[m.start-1].Lower == "at") {
			continue // "spoke in Brussels": a place, no body a later "the bloc" points at
		}
		if m.org != nil && m.actor.Kind == graph.Person {
			ar.recent = append(ar.recent, *m.org) // "NATO chief Mark Rutte ... the alliance"
		}
		ar.recent = append(ar.recent, m.actor)
	}
	ar.findSpeakers(s)
	ar.notTheSpeaker(s, prevFocus)
	if s.speaker != nil && s.speaker.ok && s.speaker.actor.Kind == graph.Person {
		ar.focus = ar.keep(s.speaker)
	} else if firstPerson != nil {
		ar.focus = firstPerson
	}
	if firstThing != nil {
		ar.focusIt = firstThing
	}
}

// ofOneState reports whether both actors of the pair are of one known
// state (rivals of one country, or a state and one of its own).
func ofOneState(p [2]graph.Actor) bool {
	return countryOf(p[0]) != "" && countryOf(p[0]) == countryOf(p[1])
}

// notTheSpeaker re-reads "he" or "she" inside a quotation that was
// resolved to the quotation's own speaker, who would have said "I": '"He
// told Pashinyan the United States supports Armenia," Miller said' is
// about the person in focus before the sentence (the Secretary the
// spokesman speaks for), else the person named last who is not the
// speaker; with neither, the pronoun stays unresolved. Cost: linear in the
// sentence's mentions.
func (ar *article) notTheSpeaker(s *sent, prev *mention) {
	for k := range s.ments {
		m := &s.ments[k]
		if m.via != viaPronoun || !m.ok || m.actor.Kind != graph.Person {
			continue
		}
		switch m.pron {
		case "he", "she", "he'll", "she'll":
		default:
			continue
		}
		q := s.toks[m.start].QuoteID
		r, ok := ar.speakers[q]
		if q == 0 || !ok || !r.m.ok || r.m.actor.Name != m.actor.Name {
			continue
		}
		switch {
		case prev != nil && prev.ok && prev.actor.Kind == graph.Person && prev.actor.Name != m.actor.Name:
			m.actor = prev.actor
		default:
			m.ok = false
			here := map[string]bool{r.m.actor.Name: true} // (never one named in this sentence: "He told Pashinyan")
			for _, o := range s.ments {
				if o.ok && o.via != viaPronoun {
					here[o.actor.Name] = true
				}
			}
			for i := len(ar.recent) - 1; i >= 0 && i >= len(ar.recent)-16; i-- {
				if a := ar.recent[i]; a.Kind == graph.Person && !here[a.Name] {
					m.actor, m.ok = a, true
					break
				}
			}
		}
	}
}

// unnamedRoleBefore reports whether an office held by no named actor is
// named earlier in the sentence than the pronoun at k, in any position:
// "Museveni rang the governor of the border county to congratulate him"
// ("him" may be the governor, so it is not the person last named in the
// article). The office is a lower-case role word of roles.tsv after "the"
// or "a" that names no actor, past the sentence's first two words. No
// object position is required: "In talks with the governor, Museveni went
// on to criticise him" leaves "him" as open as "rang the governor ... to
// congratulate him" does, and the pronoun stays unresolved in both.
// Cost: linear in the words before k.
func (ar *article) unnamedRoleBefore(s *sent, k int) bool {
	toks := s.toks
	for q := k - 1; q >= 2; q-- {
		if s.at[q] >= 0 && s.ments[s.at[q]].ok || toks[q].Kind != text.Word || toks[q].Cap {
			continue
		}
		if _, n := ar.x.lex.Role(toks, q); n > 0 && q+n <= k && (toks[q-1].Lower == "the" || toks[q-1].Lower == "a") {
			return true
		}
	}
	return false
}

func firstPersonPron(p string) bool {
	switch p {
	case "i", "me", "my", "we", "us", "our", "we're", "we've", "we'll", "i'm", "i've", "i'll", "our country":
		return true
	}
	return false
}

// subjectPair reports whether the pair p opens the sentence as its
// subject ("A and B ...") before mention k.
func subjectPair(s *sent, k int, p [2]graph.Actor) bool {
	if k < 2 || s.ments[0].start > 1 || s.ments[1].start != s.ments[0].end+1 || s.toks[s.ments[0].end].Lower != "and" {
		return false
	}
	a, b := s.ments[0].actor.Name, s.ments[1].actor.Name
	return a == p[0].Name && b == p[1].Name || a == p[1].Name && b == p[0].Name
}

// cataphor returns the person a possessive pronoun at k in a fronted
// adjunct refers forward to: the subject after the adjunct's comma ("During
// his visit to Cairo, Blinken urged ..."), or nil. The adjunct opens the
// sentence with a preposition and holds no person before k.
func (ar *article) cataphor(s *sent, k int) *mention {
	toks := s.toks
	if len(toks) == 0 || !s.is(0, lexicon.Prep) || toks[k].QuoteID > 0 {
		return nil
	}
	for c := k + 1; c+1 < len(toks) && c < k+40; c++ {
		if toks[c].Text != "," {
			continue
		}
		if e := listAfterComma(s, c); e > 0 {
			c = e - 1 // "During his meetings with A, B and C, X said": past the list
			continue
		}
		if q := s.at[c+1]; q >= 0 {
			if o := &s.ments[q]; o.start == c+1 && o.ok && o.actor.Kind == graph.Person {
				return o
			}
		}
		return nil
	}
	return nil
}

// listAfterComma returns the index of the comma that closes a list of
// mentions continued after the comma at c ("A, B and C,"), or 0 where the
// comma continues no list closed by "and" and a comma.
func listAfterComma(s *sent, c int) int {
	toks := s.toks
	e, closed := c, false
	for !closed && e < len(toks) && (toks[e].Text == "," || toks[e].Lower == "and") && e+1 < len(toks) {
		n := e + 1
		if toks[e].Text == "," && toks[n].Lower == "and" {
			n++ // "A, B, and C"
		}
		for q := 0; q < 2 && n < len(toks) && s.at[n] < 0 && toks[n].Kind == text.Word && toks[n].Cap; q++ {
			n++ // "and Parliament Speaker Nabih Berri": a title word outside the mention
		}
		if n >= len(toks) || s.at[n] < 0 {
			break
		}
		closed = toks[e].Lower == "and" || n > e+1
		e = s.ments[s.at[n]].end
	}
	if e == c || !closed || e >= len(toks) || toks[e].Text != "," {
		return 0
	}
	return e
}

// conditionAntecedent returns the subject of a condition that ends with a
// comma right before k ("if Japan were to ..., it would"), or nil.
func (ar *article) conditionAntecedent(s *sent, k int) *mention {
	toks := s.toks
	if k < 2 || toks[k-1].Text != "," {
		return nil
	}
	for c := k - 2; c >= 0 && c >= k-25; c-- {
		if toks[c].Text == "," || toks[c].Text == ";" || toks[c].Kind == text.Quote {
			return nil
		}
		if w := toks[c].Lower; (w == "if" || w == "unless" || w == "should") && s.at[c] < 0 {
			if c+1 < k && s.at[c+1] >= 0 {
				if o := &s.ments[s.at[c+1]]; o.ok && !o.media && o.actor.Kind != graph.Person && o.start == c+1 {
					return o
				}
			}
			return nil
		}
	}
	return nil
}

// subjectList returns the names of the subject f and of the actors
// coordinated after it ("Saudi Arabia, Egypt, the UAE and Bahrain").
func (ar *article) subjectList(s *sent, f *mention) map[string]bool {
	out := map[string]bool{f.actor.Name: true}
	k := s.at[f.start]
	if k < 0 {
		return out
	}
	for q := k + 1; q < len(s.ments) && ar.coordinated(s, s.ments[q-1].end, s.ments[q].start) > 0; q++ {
		out[s.ments[q].actor.Name] = true
	}
	return out
}

// whereAntecedent reports whether mention o is named as a place that a
// "where" clause before token e describes: in "holds towns in Syria and
// Iraq, where a coalition is waging a campaign against it" Iraq is the
// place, not what "it" stands for. o must follow a locative preposition
// (in, inside, across, into) or be a member of a list that does, and a
// "where" must stand between o and e. Cost: O(e - o.start).
func whereAntecedent(s *sent, o *mention, e int) bool {
	where := false
	for q := o.end; q < e; q++ {
		if s.toks[q].Lower == "where" {
			where = true
			break
		}
	}
	if !where {
		return false
	}
	for q := o.start - 1; q >= 0 && q >= o.start-8; q-- {
		switch w := s.toks[q].Lower; {
		case w == "in" || w == "inside" || w == "across" || w == "into":
			return true
		case w == "and" || w == "," || s.at[q] >= 0:
			continue
		default:
			return false
		}
	}
	return false
}

// noPlaceSince reports whether no capitalised word that names no actor
// (a city, a region: "Islamic State seized Mosul. The US bombed it.") stands
// in the sentence before this one or in this one before token e, so that an
// object "it" may reach the state or body in focus. The first word of a
// sentence and words inside quotations are not counted. Cost: the tokens of
// the two sentences.
func (ar *article) noPlaceSince(s *sent, e int) bool {
	unnamed := func(t *sent, end int) bool {
		for q := 1; q < end && q < len(t.toks); q++ {
			tk := t.toks[q]
			if tk.Kind == text.Word && tk.Cap && t.at[q] < 0 && tk.QuoteID == 0 && !t.isWord(q, lexicon.TimeWord) && !t.is(q, lexicon.Month) {
				return true
			}
		}
		return false
	}
	if unnamed(s, e) {
		return false
	}
	if s.Index > 0 && s.Index-1 < len(ar.sents) && ar.sents[s.Index-1] != nil && ar.sents[s.Index-1].Index == s.Index-1 {
		p := ar.sents[s.Index-1]
		return !unnamed(p, len(p.toks))
	}
	return true
}

// whereSubject reports whether a "where" clause opens between tokens b
// and e (and so holds e), and returns its subject: the first actor named
// within three words after "where" ("where Turkish troops are ..." gives
// Turkey), or nil when the subject names none ("where a US-led coalition
// is ..."). An object "it" in that clause is not its subject, and the
// sentence's subject may be what it stands for. Cost: O(e - b).
func whereSubject(s *sent, b, e int) (*mention, bool) {
	for q := e - 1; q >= b && q >= 0; q-- {
		if s.toks[q].Lower != "where" {
			continue
		}
		for r := q + 1; r < e && r <= q+3; r++ {
			if s.at[r] >= 0 {
				return &s.ments[s.at[r]], true
			}
		}
		return nil, true
	}
	return nil, false
}

// clauseSubjectAt reports whether the words at token e make the pronoun
// before them a subject ("warned it would resist", "said it was"): an
// auxiliary or modal, or a finite verb (a lower-case word ending in -s or
// -ed). Cost: constant.
func clauseSubjectAt(s *sent, e int) bool {
	if e >= len(s.toks) {
		return false
	}
	t := s.toks[e]
	if t.Kind != text.Word || t.Cap {
		return false
	}
	switch t.Lower {
	case "again", "too", "also", "later", "earlier", "once", "repeatedly":
		return false
	}
	return s.is(e, lexicon.Aux) || s.is(e, lexicon.Modal) || s.isWord(e, lexicon.Copula) ||
		!s.isWord(e, lexicon.TimeWord) && (strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss"))
}

// thatBetween reports whether a "that" stands between tokens b and e: an
// actor before it is outside the clause that holds e ("Egypt demanded that
// the group be met in Iraq, where a coalition wages a campaign against
// it": Egypt is not what "it" stands for). Cost: O(e - b).
func thatBetween(s *sent, b, e int) bool {
	for q := b; q < e && q < len(s.toks); q++ {
		if s.toks[q].Lower == "that" {
			return true
		}
	}
	return false
}

// bareCounterpart returns whom "his counterpart", with no state named,
// stands for at the mention k: of the two persons the sentence before
// names, the one who is not the first person named before k in s (the
// subject, or the pronoun that stands for it). Cost: the mentions of the
// two sentences.
func (ar *article) bareCounterpart(s *sent, k int) (graph.Actor, bool) {
	p, ok := ar.twoPersonsOfLast(s)
	if !ok {
		return graph.Actor{}, false
	}
	for _, m := range s.ments[:k] {
		if !m.ok || m.media || m.actor.Kind != graph.Person {
			continue
		}
		switch m.actor.Name {
		case p[0].Name:
			return p[1], true
		case p[1].Name:
			return p[0], true
		}
		return graph.Actor{}, false
	}
	return graph.Actor{}, false
}

// parallelObject is the direct object of the first of two coordinated
// verb phrases, for the pronoun object of the second at mention k of s
// ("backed Russia at the UN but urged it to", "hosted Hamas leaders and
// urged them to"): a pronoun in the second conjunct takes up the first
// one's object, not a noun of its adjuncts. It returns nil where the
// pronoun follows no verb opened by "and" or "but", or the first conjunct
// has no actor right after a verb of its own. It reads O(tokens) of s.
func (ar *article) parallelObject(s *sent, k int) *mention {
	toks := s.toks
	v := s.ments[k].start - 1
	if v < 3 || toks[v].Kind != text.Word || toks[v].Cap || !s.is(v, lexicon.TriggerStart) {
		return nil
	}
	a := v - 1
	for a > 0 && s.at[a] < 0 && (s.is(a, lexicon.Aux) || toks[a].Kind == text.Word && strings.HasSuffix(toks[a].Lower, "ly")) {
		a-- // "and then urged", "but also urged"
	}
	if a < 2 || toks[a].Lower != "and" && toks[a].Lower != "but" {
		return nil
	}
	for q := k - 1; q >= 0; q-- {
		o := &s.ments[q]
		if o.end > a {
			continue
		}
		for b := o.end; b < a; b++ {
			if ar.stops(s, b) || s.is(b, lexicon.Clause) {
				return nil
			}
		}
		if o.start == 0 || !o.ok || o.media || o.via == viaPronoun {
			continue
		}
		w := o.start - 1
		if toks[w].Lower == "the" && w > 0 {
			w--
		}
		if toks[w].Kind == text.Word && !toks[w].Cap && !s.is(w, lexicon.Prep) && (s.is(w, lexicon.TriggerStart) || strings.HasSuffix(toks[w].Lower, "ed") || s.is(w, lexicon.Past)) {
			if o.via == viaDemonym && o.end < len(toks) && toks[o.end].Kind == text.Word && !toks[o.end].Cap {
				return nil // "condemned the Israeli strike on Syria and urged it": the object is the strike
			}
			return o
		}
	}
	return nil
}

// sideWord reports whether w names the sides of a conflict: "sides",
// "parties" (of "both sides", "the warring parties").
func sideWord(w string) bool {
	return w == "sides" || w == "parties" || w == "side" || w == "party"
}
