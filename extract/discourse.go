package extract

import (
	"github.com/actorgraph/actorgraph/extract/dict"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// stateActor is the actor of the state with canonical name c.
func stateActor(c string) graph.Actor { return graph.Actor{Name: c, Kind: graph.State, Country: c} }

// classMatch reports whether a person of office class pc answers to a
// title of class tc ("the Secretary" is Austin, the defence secretary).
func classMatch(tc, title string, p *person) bool {
	switch tc {
	case "secretary":
		return strings.Contains(p.title, "secretary")
	case "minister":
		return strings.Contains(p.title, "minister")
	case "leader":
		// "the Belarusian leader", "Kuwait's leader": a head of state or
		// government answers too (never to "opposition leader")
		return p.class == tc || title == "leader" && (p.class == "head" || p.class == "government")
	}
	return tc == p.class
}

// byTitle finds the person of office class (and country, when given) named
// in the article: the last one named at or before sentence si, else the
// first named after it. It costs one pass over the article's persons.
func (ar *article) byTitle(class, title, country string, si int) (graph.Actor, bool) {
	return ar.byTitleExcept(class, title, country, si, "")
}

// byTitleExcept is byTitle passing over the person named except: "the
// president met President Zelensky" is never Zelensky.
func (ar *article) byTitleExcept(class, title, country string, si int, except string) (graph.Actor, bool) {
	// "the crown prince" after a president and a crown prince were named:
	// a person who bore that very title comes before the rest of its class
	if title != "" {
		if a, ok := ar.byTitleOf(class, title, country, si, except, true); ok {
			return a, true
		}
	}
	return ar.byTitleOf(class, title, country, si, except, false)
}

// hasTitle reports whether p was named with title t ("crown prince" in
// "president|crown prince").
func (p *person) hasTitle(t string) bool {
	for rest := p.title; rest != ""; {
		part := rest
		if i := strings.IndexByte(rest, '|'); i >= 0 {
			part, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if strings.TrimRight(strings.TrimSpace(part), " ,") == t {
			return true
		}
	}
	return false
}

// byTitleOf is byTitleExcept over the persons of the class, or, with
// exact, over those named with the title itself.
func (ar *article) byTitleOf(class, title, country string, si int, except string, exact bool) (graph.Actor, bool) {
	var best *person
	bestLast, bestFirst := -1, 1<<30
	for i := range ar.persons {
		p := &ar.persons[i]
		if !classMatch(class, title, p) || (country != "" && p.actor.Country != country) || p.actor.Name == except || exact && !p.hasTitle(title) {
			continue
		}
		last := -1
		for _, x := range p.sents {
			if x <= si {
				last = x
			}
		}
		switch {
		case last > bestLast:
			best, bestLast = p, last
		case last < 0 && bestLast < 0 && p.sents[0] < bestFirst:
			best, bestFirst = p, p.sents[0]
		}
	}
	if best == nil {
		return graph.Actor{}, false
	}
	return best.actor, true
}

// resolve settles titles, counterparts and pronouns of one sentence (in
// article order), finds the speakers of the quotations that close in it,
// and moves the focus ("he", "it") on.
func (ar *article) resolve(s *sent) {
	ar.groupsByDemonym(s)
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
			}
		case viaCounter:
			c := m.actor.Country
			m.ok = false
			if subjClass != "" {
				if a, ok := ar.byTitle(subjClass, "", c, s.Index); ok {
					m.actor, m.ok = a, true
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
			side := toks[m.end-1].Lower == "sides" || toks[m.end-1].Lower == "parties" || toks[m.end-1].Lower == "side" || toks[m.end-1].Lower == "party"
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
				for q := range p {
					switch {
					case ministers && p[q].Kind == graph.State:
						p[q] = ar.leaderOf(p[q], s.Index, "foreign", "defence", "minister")
					case ar.x.lex.Is(lexicon.PersonNoun, w) && p[q].Kind == graph.State:
						p[q] = ar.leaderOf(p[q], s.Index, "head", "government")
					case !ar.x.lex.Is(lexicon.PersonNoun, w) && w != "pair" && w != "two" && p[q].Kind == graph.Person && p[q].Country != "":
						p[q] = stateActor(p[q].Country)
					}
				}
				m.pair, m.ok = &p, true
				m.actor = p[0]
			} else if p, ok := ar.twoPersonsOfLast(s); ok && !side && s.isWord(m.end-1, lexicon.PersonNoun) && !ar.namedBefore(s, k, p) {
				// "A met B in Jeddah. The two leaders urged ...": the only
				// two persons of the sentence before, though not coordinated
				m.pair, m.ok = &p, true
				m.actor = p[0]
			} else if p, ok := ar.mainPair(s.Index, side); ok && !ar.namedBefore(s, k, p) {
				switch w := toks[m.end-1].Lower; w {
				case "leaders", "presidents":
					p = [2]graph.Actor{ar.leaderOf(p[0], s.Index, "head", "government"), ar.leaderOf(p[1], s.Index, "head", "government")}
				case "ministers":
					p = [2]graph.Actor{ar.leaderOf(p[0], s.Index, "foreign", "defence", "minister"), ar.leaderOf(p[1], s.Index, "foreign", "defence", "minister")}
				}
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
				v := m.start - 1
				if v > 0 && s.is(v, lexicon.Prep) && !toks[v].Cap && (s.is(v-1, lexicon.TriggerStart) || strings.HasSuffix(toks[v-1].Lower, "ed")) {
					v-- // "condemned Russia and called on it to": the verb before its particle
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
		if m := s.ments[k]; m.ok && !m.media && m.via != viaBoth && m.via != viaDefinite && !m.possPron {
			ar.recent = append(ar.recent, m.actor)
		}
	}
	ar.findSpeakers(s)
	if s.speaker != nil && s.speaker.ok && s.speaker.actor.Kind == graph.Person {
		ar.focus = ar.keep(s.speaker)
	} else if firstPerson != nil {
		ar.focus = firstPerson
	}
	if firstThing != nil {
		ar.focusIt = firstThing
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

// mainPair is the pair "both sides" stands for at sentence si: of the pairs
// named together up to si (or, if none, anywhere), the one named most
// often, the latest on a tie. For "the warring parties" (warring) the pairs
// where one attacked the other come first. Cost: O(pairs named).
func (ar *article) mainPair(si int, warring bool) ([2]graph.Actor, bool) {
	if warring {
		if p, ok := ar.countPairs(si, true); ok {
			return p, true
		}
	}
	return ar.countPairs(si, false)
}

// countPairs is mainPair over the pairs seen, only the hostile ones when
// hostileOnly.
func (ar *article) countPairs(si int, hostileOnly bool) ([2]graph.Actor, bool) {
	count := map[[2]string]int{}
	var best [2]graph.Actor
	bestN := 0
	for _, lim := range []int{si - 1, si, 1 << 30} {
		for _, p := range ar.named2 {
			if p.sent > lim || hostileOnly && !p.hostile {
				continue
			}
			k := [2]string{p.a.Name, p.b.Name}
			if k[1] < k[0] {
				k[0], k[1] = k[1], k[0]
			}
			count[k]++
			if count[k] >= bestN {
				best, bestN = [2]graph.Actor{p.a, p.b}, count[k]
			}
		}
		if bestN > 0 {
			return best, true
		}
	}
	return best, false
}

// leaderOf is the person who leads state a in the article (a head of state
// or government named in it, the latest before si), or a itself.
func (ar *article) leaderOf(a graph.Actor, si int, classes ...string) graph.Actor {
	if a.Kind != graph.State {
		return a
	}
	for _, c := range classes {
		if p, ok := ar.byTitle(c, "", a.Name, si); ok {
			return p
		}
	}
	return a
}

// notePairs records the states or groups named two together in s ("Israel
// and Iran", "between India and Pakistan").
// namedBefore reports whether an actor of the pair p is named, outside a
// prepositional phrase, by a mention before mention k of s: "Brazil,
// which borders both countries" does not count Brazil among them.
func (ar *article) namedBefore(s *sent, k int, p [2]graph.Actor) bool {
	// the subject: the first actor of the sentence outside a prepositional
	// phrase that owns nothing ("China, Pakistan's ally, called on both
	// sides" counts China only)
	for q := 0; q < k && q < len(s.ments); q++ {
		m := s.ments[q]
		if !m.ok || m.media || m.possPron || ar.afterPrep(s, m.start) || m.end < len(s.toks) && s.toks[m.end].Kind == text.Poss {
			continue
		}
		// the head of a coordination: "between Israel and Hezbollah"
		start := m.start
		for h := q; h > 0 && ar.coordinated(s, s.ments[h-1].end, s.ments[h].start) > 0; h-- {
			start = s.ments[h-1].start
		}
		if ar.afterPrep(s, start) {
			continue
		}
		return m.actor.Name == p[0].Name || m.actor.Name == p[1].Name
	}
	return false
}

// noteHostilePair counts the two states or groups of a sentence that
// reports an attack and names exactly two of them ("India launched strikes
// on nine sites in Pakistan") as a pair of sides, twice, like a hostile
// coordination: "both sides" later are those two.
func (ar *article) noteHostilePair(s *sent) {
	if len(s.ments) < 2 {
		return // (a pair needs two mentions, one each side of the act)
	}
	for t := range s.toks {
		if !s.is(t, lexicon.TriggerStart) || s.at[t] >= 0 {
			continue
		}
		trs, _ := s.trigger(t)
		if len(trs) == 0 || trs[0].Relation != graph.Attacked {
			continue
		}
		// the attacker: the nearest actor before, outside a prepositional
		// phrase; the attacked: the first actor after, within a few words
		var a, b *mention
		for q := len(s.ments) - 1; q >= 0; q-- {
			m := &s.ments[q]
			if m.end <= t && sideActor(m) {
				if !ar.afterPrep(s, m.start) && !ar.clauseBreak(s, m.end, t) {
					a = m // ("Cambodian leaders agreed ..., after a push by the US": no attacker)
				}
				break
			}
		}
		for q := range s.ments {
			m := &s.ments[q]
			if m.start > t && m.start <= t+10 && sideActor(m) {
				if in := s.toks[m.start-1].Lower; (in == "in" || in == "at") && !ar.verbContext(s, t) {
					break // "Sudan's war opened talks in Switzerland": a place, not a side
				}
				if ar.clauseBreak(s, t+1, m.start) {
					break // "halt hostilities ..., after a push by the US": another clause's actor
				}
				b = m
				break
			}
		}
		if a != nil && b != nil && a.actor.Name != b.actor.Name {
			ar.named2 = append(ar.named2, pairSeen{a.actor, b.actor, s.Index, true})
			return
		}
	}
}

// clauseBreak reports whether a comma, a semicolon or a clause word stands
// in tokens [from, to).
func (ar *article) clauseBreak(s *sent, from, to int) bool {
	for q := from; q < to; q++ {
		if s.toks[q].Text == "," || s.toks[q].Text == ";" || s.is(q, lexicon.Clause) {
			return true
		}
	}
	return false
}

// sideActor reports whether m can be a side of a conflict: a resolved state
// or organisation.
func sideActor(m *mention) bool {
	return m.ok && !m.media && !m.possPron && m.via != viaBoth && m.via != viaPronoun && m.actor.Kind != graph.Person
}

// recentPair is the pair of actors named together in the sentence before
// ("Trump and Putin
// spoke. Both leaders agreed ...", "... India and Pakistan. The UN urged
// them ..."). A list of three or more is no pair.
func (ar *article) recentPair(s *sent, k int) (p [2]graph.Actor, ok, same bool) {
	// "Macron and Merz held a news conference, where both leaders said":
	// a pair earlier in the sentence when "both ..." opens a clause of its own
	if k > 0 && k < len(s.toks) {
		e := k
		for e < len(s.toks) && e < k+4 && s.toks[e].Kind == text.Word && (s.toks[e].Lower == "both" || s.toks[e].Lower == "the" || s.toks[e].Lower == "two" || !s.toks[e].Cap && s.isWord(e, lexicon.BothNoun) || s.toks[e].Lower == "pair") {
			e++
		}
		if e < len(s.toks) && (s.cue(ar.x.lex, e, lexicon.Say) > 0 || s.is(e, lexicon.Aux) && s.toks[e].Lower != "to" || strings.HasSuffix(s.toks[e].Lower, "ed")) && s.isWord(k-1, lexicon.Clause) {
			if p, ok := ar.pairIn(s, k); ok {
				return p, true, true
			}
		}
	}
	if s.Index > 0 && s.Index-1 < len(ar.sents) && ar.sents[s.Index-1].Index == s.Index-1 {
		ps := ar.sents[s.Index-1]
		if p, ok = ar.pairIn(ps, len(ps.toks)); ok {
			return p, ok, false
		}
		// "spoke with both leaders" before: the pair it resolved to
		for _, m := range ps.ments {
			if m.via == viaBoth && m.ok && m.pair != nil {
				return *m.pair, true, false
			}
		}
	}
	return p, false, false
}

// talkVerbAt reports whether a verb of talking (a SPOKE_WITH verb) opens at
// k, past an adverb: "The two discussed", "the two also agreed".
func (ar *article) talkVerbAt(s *sent, k int) bool {
	for q := k; q < len(s.toks) && q < k+2; q++ {
		if trs, _ := ar.x.lex.Trigger(s.toks, q); len(trs) > 0 {
			for _, t := range trs {
				if t.Relation == graph.SpokeWith && t.POS == lexicon.Verb {
					return true
				}
			}
			return false
		}
		if !strings.HasSuffix(s.toks[q].Lower, "ly") && s.toks[q].Lower != "also" {
			return false
		}
	}
	return false
}

// twoPersonsBefore returns the first two persons named in the sentence
// before s, when it names two.
func (ar *article) twoPersonsBefore(s *sent) ([2]graph.Actor, bool) {
	var p [2]graph.Actor
	if s.Index == 0 || s.Index-1 >= len(ar.sents) {
		return p, false
	}
	n := 0
	for _, m := range ar.sents[s.Index-1].ments {
		if !m.ok || m.media || m.actor.Kind != graph.Person || n == 1 && m.actor.Name == p[0].Name {
			continue
		}
		p[n] = m.actor
		if n++; n == 2 {
			return p, true
		}
	}
	return p, false
}

// twoPersonsOfLast returns the two persons of the sentence before s when
// it names exactly two.
func (ar *article) twoPersonsOfLast(s *sent) ([2]graph.Actor, bool) {
	if o := ar.sentAt(s.Index - 1); o != nil {
		return twoPersons(o)
	}
	return [2]graph.Actor{}, false
}

// pairIn finds the last two coordinated actors before token k of s.
func (ar *article) pairIn(s *sent, k int) ([2]graph.Actor, bool) {
	// a pair that is no object of a preposition first: "Thai and Cambodian
	// leaders held talks, with Washington and Beijing dispatching envoys.
	// Both sides ..." are the Thais and Cambodians
	if p, ok := ar.pairInFrom(s, k, true); ok {
		return p, ok
	}
	return ar.pairInFrom(s, k, false)
}

// pairInFrom is pairIn, skipping pairs after a preposition when free.
func (ar *article) pairInFrom(s *sent, k int, free bool) ([2]graph.Actor, bool) {
	for q := len(s.ments) - 2; q >= 0; q-- {
		a, b := s.ments[q], s.ments[q+1]
		bStart := b.start
		if b.possPron && q+2 < len(s.ments) && s.ments[q+2].start <= b.end+3 {
			// "Wagner and her Rwandan counterpart Nduhungirehe"
			b = s.ments[q+2]
		}
		if b.end > k || !a.ok || !b.ok || a.media || b.media || a.possPron || b.possPron || a.via == viaBoth || b.via == viaBoth || a.via == viaPronoun || b.via == viaPronoun {
			continue
		}
		if a.actor.Name == b.actor.Name || ar.coordinated(s, a.end, bStart) != 2 {
			continue
		}
		if free && a.start > 0 && (ar.afterPrep(s, a.start) || s.is(a.start-1, lexicon.Prep)) {
			continue
		}
		if q+2 < len(s.ments) && s.ments[q+2].end <= k && ar.coordinated(s, b.end, s.ments[q+2].start) > 0 {
			continue
		}
		if q > 0 && ar.coordinated(s, s.ments[q-1].end, a.start) > 0 {
			continue
		}
		return [2]graph.Actor{a.actor, b.actor}, true
	}
	return [2]graph.Actor{}, false
}

// relAntecedentMention is the mention right before ", which"/", who" at
// r, or nil.
func (ar *article) relAntecedentMention(s *sent, r int) *mention {
	k := r - 1
	for k >= 0 && s.toks[k].Text == "," {
		k--
	}
	if k >= 0 && s.at[k] >= 0 {
		if m := s.ments[s.at[k]]; m.ok && !m.media {
			return &m
		}
	}
	return nil
}

func (ar *article) notePairs(s *sent) {
	defer ar.noteHostilePair(s)
	for k := 0; k+1 < len(s.ments); k++ {
		a, b := ar.earlyDefinite(s, k), ar.earlyDefinite(s, k+1)
		if !a.ok || !b.ok || a.media || b.media || a.possPron || b.possPron || a.via == viaBoth || b.via == viaBoth {
			continue
		}
		if a.actor.Kind == graph.Person || b.actor.Kind == graph.Person || a.actor.Name == b.actor.Name {
			continue
		}
		if ar.coordinated(s, a.end, b.start) != 2 {
			continue
		}
		if a.start > 0 && s.toks[a.start-1].Lower == "from" {
			continue // "mediators from Turkey and Saudi Arabia" are no sides
		}
		if a.start > 0 && s.toks[a.start-1].Lower == "with" && b.end < len(s.toks) && strings.HasSuffix(s.toks[b.end].Lower, "ing") {
			continue // "..., with Washington and Beijing dispatching envoys": onlookers
		}
		if a.start > 1 && s.toks[a.start-1].Lower == "by" && s.cue(ar.x.lex, a.start-2, lexicon.Mediate) > 0 {
			continue // "talks mediated by Qatar and Turkey": the mediators are no sides
		}
		// exactly two: not part of a longer list
		if k+2 < len(s.ments) && ar.coordinated(s, b.end, s.ments[k+2].start) > 0 {
			continue
		}
		if k > 0 && ar.coordinated(s, s.ments[k-1].end, a.start) > 0 {
			continue
		}
		ar.named2 = append(ar.named2, pairSeen{a.actor, b.actor, s.Index, false})
		if ar.hostile(s) {
			// a pair named with a hostile act counts twice: "both sides"
			// are more often the sides of a conflict than two allies
			ar.named2 = append(ar.named2, pairSeen{a.actor, b.actor, s.Index, false})
		}
	}
}

// hostile reports whether s holds a trigger of a conflict relation.
func (ar *article) hostile(s *sent) bool {
	for k := range s.toks {
		if !s.is(k, lexicon.TriggerStart) {
			continue
		}
		trs, _ := s.trigger(k)
		for _, t := range trs {
			if t.Relation.Conflict() {
				return true
			}
		}
	}
	return false
}

// definite resolves "the group", "the country", "the army" to the last
// actor of that sort named before mention k of s (or in an earlier
// sentence).
func (ar *article) definite(head string, s *sent, k int) (graph.Actor, bool) {
	if head == "organ" {
		return ar.organState(s, k)
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

func firstPersonPron(p string) bool {
	switch p {
	case "i", "me", "my", "we", "us", "our", "we're", "we've", "we'll", "i'm", "i've", "i'll", "our country":
		return true
	}
	return false
}

// officialAt returns the length of an unnamed official's role at k
// ("official", "spokesperson", "diplomat"), or 0.
func (ar *article) officialAt(s *sent, k int) int {
	c, n := ar.x.lex.Role(s.toks, k)
	if n > 0 && (c == "official" || c == "spokes") {
		return n
	}
	return 0
}

// closedApposition reports whether the token at e closes an appositive
// place ("in Aswan, Egypt, with"; "in Aswan, Egypt."): punctuation or a
// preposition, never the verb of a fronted adjunct's clause ("In Geneva,
// Russia urged").
func closedApposition(s *sent, e int) bool {
	if e >= len(s.toks) {
		return true
	}
	switch s.toks[e].Text {
	case ",", ".", ";", ")", ":":
		return true
	}
	return s.is(e, lexicon.Prep)
}

// titledStateBefore returns the state whose unnamed office-holder of this
// title ("spokesperson", "official") one of the three sentences before s
// named with the state right before the title: "A State Department
// spokesperson", "a Chinese foreign ministry official". Cost: the tokens
// of those sentences.
func (ar *article) titledStateBefore(s *sent, title string) (graph.Actor, bool) {
	if title == "" {
		return graph.Actor{}, false
	}
	w := title
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:] // the head word of the title
	}
	return ar.stateBeforeWord(s, w, func(*sent, mention) bool { return true })
}

// stateBeforeWord returns the state named by the nearest mention within
// three words before the latest occurrence of word (itself no mention) in
// the three sentences before s, when accept takes that mention: "Mali's
// ruling junta", "A State Department spokesperson". titledStateBefore and
// organNamedBefore read through it. Cost: the tokens of those sentences.
func (ar *article) stateBeforeWord(s *sent, word string, accept func(o *sent, m mention) bool) (graph.Actor, bool) {
	for i := s.Index - 1; i >= 0 && i >= s.Index-3; i-- {
		o := ar.sentAt(i)
		if o == nil {
			continue
		}
		for h := len(o.toks) - 1; h >= 1; h-- {
			if o.toks[h].Lower != word || o.at[h] >= 0 {
				continue
			}
			for q := h - 1; q >= 0 && q >= h-3; q-- {
				if o.at[q] < 0 {
					continue
				}
				if m := o.ments[o.at[q]]; m.ok && m.actor.Kind == graph.State && accept(o, m) {
					return m.actor, true
				}
				break
			}
		}
	}
	return graph.Actor{}, false
}

// demonymPersons reads a demonym used as a noun for a person named before:
// "'I was on a call with Colombia,' the Brazilian said" is Lula when the
// article named a Brazilian person; the latest such person named at or
// before the sentence. The demonym must follow "the" and stand before a
// verb of saying or a trigger.
func (ar *article) demonymPersons(s *sent) {
	toks := s.toks
	for k := range s.ments {
		m := &s.ments[k]
		if !(m.via == viaDemonym || m.via == viaTitle && m.title == "") || !m.ok || m.actor.Kind != graph.State || m.end >= len(toks) || s.at[m.end] >= 0 {
			continue
		}
		if !(m.end-m.start == 2 && toks[m.start].Lower == "the" || m.end-m.start == 1 && m.start > 0 && toks[m.start-1].Lower == "the") {
			continue
		}
		if s.cue(ar.x.lex, m.end, lexicon.Say) == 0 || toks[m.end].Lower == "according" {
			continue // "the Brazilian said"; never "the Lebanese armed group"
		}
		var best *person
		last := -1
		for i := range ar.persons {
			p := &ar.persons[i]
			if p.actor.Country != m.actor.Name {
				continue
			}
			for _, x := range p.sents {
				if x <= s.Index && x > last {
					best, last = p, x
				}
			}
		}
		if best != nil {
			m.actor, m.via = best.actor, viaTitle
		}
	}
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

// afterPrep reports whether the token at i follows a preposition (with
// determiners between): an actor there is no subject.
func (ar *article) afterPrep(s *sent, i int) bool {
	// "in Sharm el-Sheikh, Egypt": the state after a place named after a
	// preposition is that place's, inside the phrase
	if i > 2 && s.toks[i-1].Text == "," && s.at[i] >= 0 && closedApposition(s, s.ments[s.at[i]].end) && (s.gAt == nil || s.gAt[i] < 0 || len(s.groups[s.gAt[i]].ms) == 1) {
		k := i - 2
		timed := false // "On Tuesday, Poland, a NATO member, accused": a time, no place
		for k > 0 && k >= i-5 && s.at[k] < 0 && s.toks[k].Kind == text.Word && (s.toks[k].Cap || strings.Contains(s.toks[k].Text, "-")) {
			timed = timed || s.isWord(k, lexicon.TimeWord) || s.is(k, lexicon.Month)
			k--
		}
		if k < i-2 && k >= 0 && !timed && s.is(k, lexicon.Prep) && s.toks[k].Lower != "with" {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.toks[k].Lower
		if s.is(k, lexicon.Prep) {
			// "a day after the US struck Iran": a conjunction opens a clause
			// whose subject the actor is, when a past verb follows it
			switch w {
			case "after", "before", "since", "until", "as":
				if s.at[i] >= 0 {
					if e := s.ments[s.at[i]].end; e < len(s.toks) && s.at[e] < 0 && s.toks[e].Kind == text.Word && !s.toks[e].Cap &&
						(strings.HasSuffix(s.toks[e].Lower, "ed") || s.is(e, lexicon.Past)) {
						return false
					}
				}
			}
			// "forces loyal to Haftar attacked": the actor the forces
			// answer to heads the phrase
			return !loyalForces(ar.x.lex, s.toks, k)
		}
		if s.toks[k].Cap && s.isWord(k, lexicon.TimeWord) {
			return false // "On Monday Baku denounced": the time closes the phrase
		}
		if !s.is(k, lexicon.Det) && !s.is(k, lexicon.Adj) {
			return false
		}
	}
	return false
}

// findSpeakers finds who speaks each quotation attributed in this
// sentence: ‘"...," X said’, ‘"...," said X’, ‘X said: "..."’, and the
// sentence's own speaker: ‘X said (that) ...’, ‘according to X’.
func (ar *article) findSpeakers(s *sent) {
	toks := s.toks
	for i := range toks {
		if q := toks[i].QuoteID; q > 0 {
			if len(s.quoteIDs) == 0 || s.quoteIDs[len(s.quoteIDs)-1] != q {
				s.quoteIDs = append(s.quoteIDs, q)
				ar.quotePara[q] = s.Para
			}
		}
	}
	// speaker after a closing mark (a sentence with no quotation has none)
	for i := 0; i+1 < len(toks) && len(s.quoteIDs) > 0; i++ {
		t := toks[i]
		if t.Kind != text.Quote || t.QuoteID == 0 || (i+1 < len(toks) && toks[i+1].QuoteID == t.QuoteID) {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Kind == text.Punct && toks[j].Text == "," {
			j++
		}
		if m := ar.speakerAt(s, j); m != nil {
			ar.speakers[t.QuoteID] = speakerRef{*m, s.Index}
			s.speaker = m
		}
	}
	// speaker before the quotation: X said: "...", or the sentence's own
	for i := range toks {
		if !s.mayCue(lexicon.Say) {
			break // (no verb of saying in the sentence)
		}
		if toks[i].QuoteID > 0 || s.at[i] >= 0 || s.cue(ar.x.lex, i, lexicon.Say) == 0 {
			continue
		}
		if toks[i].Lower == "according" {
			continue
		}
		subj := ar.subjectBefore(s, i)
		if subj == nil {
			continue
		}
		subj = ar.coordinatedSpeaker(s, subj)
		if s.speaker == nil {
			s.speaker = subj
		}
		after := false
		for j := i + 1; j < len(toks); j++ {
			if q := toks[j].QuoteID; q > 0 {
				if _, ok := ar.speakers[q]; !ok {
					ar.speakers[q] = speakerRef{*subj, s.Index}
				}
				after = true
				break
			}
		}
		// '"...," X, a government spokesman, said': the quotation that
		// closed right before the sayer is theirs
		if b := subj.start - 1; !after && b > 0 {
			for b > 0 && b >= subj.start-3 && s.at[b] < 0 && toks[b].Kind == text.Word && toks[b].Cap {
				b-- // '"...," Treasury Secretary Janet Yellen said': past a title
			}
			for b > 0 && toks[b].Kind == text.Punct && toks[b].Text == "," {
				b--
			}
			if t := toks[b]; t.Kind == text.Quote && t.QuoteID > 0 {
				if _, ok := ar.speakers[t.QuoteID]; !ok {
					ar.speakers[t.QuoteID] = speakerRef{*subj, s.Index}
				}
			}
		}
	}
	// according to X
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Lower == "according" && toks[i+1].Lower == "to" {
			if k := s.at[i+2]; k >= 0 && s.ments[k].ok && !s.ments[k].media && s.speaker == nil {
				m := s.ments[k]
				s.speaker = &m
			}
		}
	}
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

// coordinatedSpeaker widens a speaker to the actors coordinated before it
// ("Iran, Russia and Turkey said: ..."): a list mention (viaMany) whose
// members the quotation's "we" stands for; m itself when it stands alone.
func (ar *article) coordinatedSpeaker(s *sent, m *mention) *mention {
	k := s.at[m.start]
	if k <= 0 || m.via == viaMany {
		return m
	}
	actors := []graph.Actor{m.actor}
	first := k
	joined := false // a list closes with "and": "in the Belarusian capital Minsk, Putin said" is none
	for q := k - 1; q >= 0; q-- {
		p := s.ments[q]
		c := ar.coordinated(s, p.end, s.ments[first].start)
		if !p.ok || p.media || p.possPron || c == 0 || c == 1 && !joined {
			break
		}
		joined = joined || c == 2
		actors = append([]graph.Actor{p.actor}, actors...)
		first = q
	}
	// (persons too: '"...," Macron and Scholz said' is both speaking)
	if len(actors) < 2 || s.ments[first].start > 0 && ar.afterPrep(s, s.ments[first].start) {
		return m
	}
	g := *m
	g.start, g.via, g.members, g.actor = s.ments[first].start, viaMany, actors, actors[0]
	return &g
}

// speakerAt reads "X said" or "said X" at token j.
func (ar *article) speakerAt(s *sent, j int) *mention {
	toks := s.toks
	if j >= len(toks) {
		return nil
	}
	// "...," a Ghanaian spokesman said: past the article
	if s.at[j] < 0 && s.is(j, lexicon.Det) {
		q := j + 1
		for q < len(toks) && q < j+3 && s.at[q] < 0 && (s.is(q, lexicon.Adj) || toks[q].Lower == "senior" || toks[q].Lower == "top") {
			q++ // "a senior US official said"
		}
		if q < len(toks) && s.at[q] >= 0 && s.ments[s.at[q]].start == q {
			j = q
		}
	}
	if k := s.at[j]; k >= 0 {
		m := s.ments[k]
		e := m.end
		for e < len(toks) && s.is(e, lexicon.Aux) {
			e++
		}
		if e < len(toks) && s.cue(ar.x.lex, e, lexicon.Say) > 0 && m.ok && !m.media {
			return &m
		}
		// "...," Iran, Russia and Turkey said: the list speaks
		if m.ok && !m.media && m.actor.Kind != graph.Person {
			last := k
			for q := k + 1; q < len(s.ments) && ar.coordinated(s, s.ments[last].end, s.ments[q].start) > 0; q++ {
				last = q
			}
			if l := s.ments[last]; last > k && l.ok && l.end < len(toks) && s.cue(ar.x.lex, l.end, lexicon.Say) > 0 {
				return ar.coordinatedSpeaker(s, &l)
			}
		}
		// "...," a Kremlin statement said / an Iranian statement said
		if m.ok && !m.media && e+1 < len(toks) && s.at[e] < 0 && s.is(e, lexicon.Message) && s.cue(ar.x.lex, e+1, lexicon.Say) > 0 {
			return &m
		}
		// "Qatari foreign ministry spokesman Majed al-Ansari said": the
		// titled person after the affiliation
		attributive := m.via == viaDemonym || m.end < len(toks) && toks[m.end].Kind == text.Poss || m.actor.Kind != graph.Person && m.end < len(toks) && !toks[m.end].Cap
		if attributive {
			// "...," the Ghanaian foreign ministry said / Ghana's army
			// said / a senior US official said: the state's organ or
			// official speaks for it
			if m.ok && !m.media {
				b := m.end
				if b < len(toks) && toks[b].Kind == text.Poss {
					b++
				}
				for k := b; k < len(toks) && k < b+4 && s.at[k] < 0 && (ar.instAfter(s, k) || ar.officialAt(s, k) > 0); k++ {
					n := s.cue(ar.x.lex, k, lexicon.Inst)
					if n == 0 {
						n = ar.officialAt(s, k)
					}
					if n > 0 {
						e := k + n
						if e < len(toks) && s.is(e, lexicon.Message) && s.at[e] < 0 {
							e++ // "an Egyptian foreign ministry statement said"
						}
						for e < len(toks) && s.is(e, lexicon.Aux) {
							e++
						}
						if e < len(toks) && s.cue(ar.x.lex, e, lexicon.Say) > 0 {
							return &m
						}
						break
					}
				}
			}
			for e := m.end; e < len(toks) && e < m.end+6; e++ {
				if s.at[e] >= 0 && s.ments[s.at[e]].start == e {
					return ar.speakerAt(s, e)
				}
				if toks[e].Kind != text.Word && toks[e].Kind != text.Poss {
					break
				}
			}
		}
		return nil
	}
	// "...," a statement from Somalia's foreign ministry said: the issuer
	if m := ar.statementIssuer(s, j); m != nil {
		return m
	}
	if n := s.cue(ar.x.lex, j, lexicon.Say); n > 0 {
		e := j + n
		for e < len(toks) && (s.is(e, lexicon.Det)) && s.at[e] < 0 {
			e++
		}
		// 'said Treasury Secretary Janet Yellen', 'said Director Avril
		// Haines': past capitalised title words to the named person
		if b := e; b < len(toks) && s.at[b] < 0 {
			for b < len(toks) && b < e+3 && s.at[b] < 0 && toks[b].Kind == text.Word && toks[b].Cap {
				b++
			}
			if b < len(toks) && s.at[b] >= 0 && s.ments[s.at[b]].actor.Kind == graph.Person {
				e = b
			}
		}
		if e < len(toks) && s.at[e] >= 0 {
			m := s.ments[s.at[e]]
			if m.ok && !m.media {
				return &m
			}
		}
	}
	// "the official said", "a spokesman said": no named speaker
	return nil
}

// subjectBefore is the leftmost actor before token i in its clause that
// does not follow a preposition.
func (ar *article) subjectBefore(s *sent, i int) *mention {
	k := i - 1
	for k >= 0 && s.is(k, lexicon.Aux) {
		k--
	}
	if k >= 0 && s.at[k] >= 0 {
		if m := &s.ments[s.at[k]]; m.ok && !m.media && !m.possPron && !ar.afterPrep(s, m.start) {
			return ar.keep(m) // (a copy that lives as long as the article)
		}
	}
	// a parenthetical attribution: "..., South Korea's military said, ..."
	for c := i - 1; c >= 0 && c >= i-7; c-- {
		t := s.toks[c]
		if t.Text == "," {
			if c+1 < i && !strings.HasSuffix(s.toks[c+1].Lower, "ing") {
				for k := c + 1; k < i; k++ {
					if mi := s.at[k]; mi >= 0 && s.ments[mi].start == k {
						m := &s.ments[mi]
						if m.ok && !m.media && !m.possPron && !ar.afterPrep(s, k) && (m.end >= len(s.toks) || s.toks[m.end].Kind != text.Poss || ar.instAfter(s, m.end+1)) {
							return ar.keep(m) // (a copy that lives as long as the article)
						}
						break
					}
				}
			}
			break
		}
		if ar.x.lex.Is(lexicon.Clause, t.Lower) || t.Kind == text.Quote {
			break
		}
	}
	cs := ar.clauseStart(s, i)
	// "Russia, which backs Syria, said" / "Zelenskiy, speaking after a call
	// with Trump, said": the head before the closed clause
	if cs > 0 && (s.toks[cs-1].Lower == "which" || s.toks[cs-1].Lower == "who") {
		for c := cs; c < i; c++ {
			if s.toks[c].Text == "," {
				if g := ar.relAntecedentMention(s, cs-1); g != nil {
					return g
				}
				break
			}
		}
	}
	if cs > 0 && s.toks[cs-1].Text == "," && cs >= 2 && s.at[cs-2] >= 0 && strings.HasSuffix(s.toks[cs].Lower, "ing") {
		if m := &s.ments[s.at[cs-2]]; m.ok && !m.media && !m.possPron {
			return ar.keep(m) // (a copy that lives as long as the article)
		}
	}
	for k := cs; k < i; k++ {
		mi := s.at[k]
		if mi < 0 {
			continue
		}
		m := &s.ments[mi]
		if m.start != k {
			continue
		}
		if !m.ok || m.media || m.possPron || ar.afterPrep(s, k) {
			k = m.end - 1
			continue
		}
		if m.end < len(s.toks) && s.toks[m.end].Kind == text.Poss && !ar.instAfter(s, m.end+1) {
			k = m.end - 1
			continue
		}
		return ar.keep(m) // (a copy that lives as long as the article)
	}
	// "Zelenskiy, speaking after a call with Trump, said": the sentence's
	// head before a participle or relative clause
	if len(s.ments) > 0 {
		m := &s.ments[0]
		if m.ok && !m.media && m.start <= 1 && m.end+1 < i && s.toks[m.end].Text == "," {
			if w := s.toks[m.end+1].Lower; strings.HasSuffix(w, "ing") || w == "who" || w == "which" {
				return ar.keep(m) // (a copy that lives as long as the article)
			}
		}
	}
	return nil
}

// instAfter reports whether an institution noun ("government", "war
// cabinet") stands at i, after adjectives: "Israel's war cabinet" acts as
// Israel.
func (ar *article) instAfter(s *sent, i int) bool {
	for k := i; k < len(s.toks) && k < i+4; k++ {
		if s.cue(ar.x.lex, k, lexicon.Inst) > 0 {
			return true
		}
		// a named unit: "China's Eastern Theater Command", "Iran's
		// Revolutionary Guard Corps"
		if t := s.toks[k]; t.Kind == text.Word && t.Cap && s.at[k] < 0 && ar.x.lex.Is(lexicon.UnitHead, t.Lower) && k > i {
			return true
		}
		if t := s.toks[k]; t.Kind == text.Word && t.Cap && s.at[k] < 0 && k+1 < len(s.toks) && s.toks[k+1].Cap {
			continue
		}
		// "Beijing's commerce ministry", "Yemen's internationally recognised
		// government": lower-case modifiers of the office
		t := s.toks[k]
		adverbed := k > i && strings.HasSuffix(s.toks[k-1].Lower, "ly") // "internationally recognised"
		if !s.is(k, lexicon.Adj) && !(t.Kind == text.Word && !t.Cap && s.at[k] < 0 && (!s.is(k, lexicon.TriggerStart) || adverbed) && !s.is(k, lexicon.Aux) && !s.is(k, lexicon.Prep)) {
			return false
		}
	}
	return false
}

// spreadSpeakers gives a quotation with no attribution of its own the
// speaker of the quotation before it in the same paragraph (or after it).
func (ar *article) spreadSpeakers() {
	for _, s := range ar.sents {
		for _, q := range s.quoteIDs {
			if _, ok := ar.speakers[q]; ok {
				continue
			}
			p := ar.quotePara[q]
			for d := int32(1); d <= 3; d++ {
				if r, ok := ar.speakers[q-d]; ok && ar.quotePara[q-d] == p {
					ar.speakers[q] = r
					break
				}
				if r, ok := ar.speakers[q+d]; ok && ar.quotePara[q+d] == p {
					ar.speakers[q] = r
					break
				}
			}
		}
	}
	// a quotation opening a sentence with no speaker anywhere near: the
	// speaker of the sentence before ("Spokesman X told a briefing in Doha.
	// \"We condemn ...\""), else of the sentence after, when that sentence
	// quotes nobody itself
	for i, s := range ar.sents {
		if len(s.quoteIDs) == 0 || len(s.toks) == 0 || s.toks[0].Kind != text.Quote {
			continue
		}
		q := s.quoteIDs[0]
		if _, ok := ar.speakers[q]; ok {
			continue
		}
		for _, n := range []int{i - 1, i + 1} {
			if n < 0 || n >= len(ar.sents) {
				continue
			}
			o := ar.sents[n]
			if o.speaker == nil || len(o.quoteIDs) > 0 || o.Para < s.Para-1 || o.Para > s.Para+1 {
				continue
			}
			ar.speakers[q] = speakerRef{*o.speaker, o.Index}
			break
		}
		if _, ok := ar.speakers[q]; !ok && i > 0 {
			ar.continuedQuote(i)
		}
	}
	// a sentence inside a quotation that closes in a later sentence: the
	// quotation's speaker is its speaker ("These seizures are unacceptable.
	// It is essential ...," Hunt said)
	for _, s := range ar.sents {
		if s.speaker != nil || len(s.quoteIDs) == 0 {
			continue
		}
		if r, ok := ar.speakers[s.quoteIDs[0]]; ok {
			m := r.m
			s.speaker = &m
		}
	}
}

// resolveSpeakerPronouns settles I, me, my, we, us, our inside quotations:
// "I" is the speaker; "we" performing a speech act ("We urge Iran") is the
// speaker too; otherwise "we" and "our" are the speaker's state or body.
func (ar *article) resolveSpeakerPronouns(s *sent) {
	for k := range s.ments {
		m := &s.ments[k]
		if m.via != viaPronoun || !firstPersonPron(m.pron) {
			continue
		}
		q := s.toks[m.start].QuoteID
		r, ok := ar.speakers[q]
		if q == 0 || !ok || !r.m.ok {
			continue
		}
		sp := r.m.actor
		switch m.pron {
		case "i", "me", "my", "i'm", "i've", "i'll":
			m.actor, m.ok, m.via = sp, true, viaSpeaker
			continue
		}
		if r.m.via == viaMany && len(r.m.members) > 1 {
			// "Iran, Russia and Turkey said: “We call ...”": each of them
			m.actor, m.ok, m.via, m.members = r.m.members[0], true, viaMany, r.m.members
			continue
		}
		if m.pron == "our country" {
			// "Our nation encourages X", Blinken wrote: the speaker's state
			switch {
			case sp.Kind == graph.State:
				m.actor, m.ok, m.via = sp, true, viaSpeaker
			case sp.Country != "":
				m.actor, m.ok, m.via = stateActor(sp.Country), true, viaSpeaker
			}
			continue
		}
		// we + speech act: the speaker
		e := m.end
		for e < len(s.toks) && (s.is(e, lexicon.Aux) || s.toks[e].Lower == "are") {
			e++
		}
		e = speechLeadIn(s, e)
		if m.pron != "our" && e < len(s.toks) && (s.is(e, lexicon.SpeechAct) || ar.weMet(s, e)) {
			m.actor, m.ok, m.via = sp, true, viaSpeaker
			continue
		}
		switch {
		case sp.Kind == graph.Person:
			// "we", "our forces" said by a group's spokesman are the group's
			// (Yahya Saree's "we" is the Houthis), else the speaker's state;
			// a speaker of no known state or body speaks for no one else:
			// "we" is the speaker ("'We fully support SADC,' said X")
			if org, ok := ar.bodyOf(r.m); ok {
				m.actor, m.ok, m.via = org, true, viaSpeaker
			} else if sp.Country != "" {
				m.actor, m.ok, m.via = stateActor(sp.Country), true, viaSpeaker
			} else {
				m.actor, m.ok, m.via = sp, true, viaSpeaker
			}
		case sp.Kind != graph.Person:
			m.actor, m.ok, m.via = sp, true, viaSpeaker
		}
	}
}

// bodyOf is the organisation (not a state) a person speaks for: the body
// of their title in the article ("Hamas spokesman X"), the body the
// article says they lead, else the body of their latest dictionary role.
func (ar *article) bodyOf(p mention) (graph.Actor, bool) {
	if p.org != nil && p.org.Kind == graph.Org {
		return *p.org, true
	}
	if org, ok := ar.leads[p.actor.Name]; ok {
		return org, true
	}
	e, ok := ar.x.dict.Lookup(p.actor.Name)
	if !ok {
		return graph.Actor{}, false
	}
	for q := len(e.Roles) - 1; q >= 0; q-- {
		r := e.Roles[q]
		if r.Of == "" || r.To != "" && ar.published != "" && r.To <= ar.published {
			continue
		}
		if o, ok := ar.x.dict.Lookup(r.Of); ok && o.Kind == dict.Org {
			return graph.Actor{Name: o.Name, Kind: graph.Org, Country: o.Country}, true
		}
	}
	return graph.Actor{}, false
}

// buildGroups joins coordinated mentions: "the US, UK and France",
// "Israel and Iran", "the United States, Jordan, Britain and other allies".
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
			if n.possPron && q+2 < len(s.ments) && s.ments[q+2].start <= n.end+3 && usable(s.ments[q+2]) && (s.ments[q+2].actor.Kind == graph.Person || s.is(s.ments[q+2].start-1, lexicon.OtherNoun) || unnamedCounterpart(s.ments[q+2])) {
				// "Wagner and her Rwandan counterpart Nduhungirehe", "Mali and
				// its allies Burkina Faso and Niger", "Lavrov and his Chinese
				// counterpart" (an unnamed office-holder is the state)
				q++
				n = s.ments[q+1]
			}
			end := g.end
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

// groupActors returns the resolved actors of group g.
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

// clauseStart returns the first token of the clause holding token i: the
// clause opens after a relative pronoun, a subordinating conjunction, a
// semicolon, colon or dash, a quotation mark, or a reporting verb.
func (ar *article) clauseStart(s *sent, i int) int {
	toks := s.toks
	q := int32(-1)
	if i < len(toks) {
		q = toks[i].QuoteID
	}
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		if k < i-maxClause {
			return k + 1
		}
		if s.gAt != nil && s.gAt[k] >= 0 {
			continue
		}
		if t.QuoteID != q || t.Kind == text.Quote {
			return k + 1
		}
		if s.is(k, lexicon.Clause) {
			if t.Lower == "as" && (k+1 < len(toks) && toks[k+1].Lower == "well" || k > 0 && toks[k-1].Lower == "such") {
				continue // "as well as", "bodies such as the UN": no clause
			}
			if t.Lower == "since" && k > 0 && s.is(k-1, lexicon.Aux) {
				continue // "Sudan has since accused": an adverb
			}
			if adverbialAfter(toks, k) {
				continue // "blamed Israel shortly after and said": an adverb
			}
			return k + 1
		}
		// a participle clause: ", stressing that ..."
		if k > 0 && toks[k-1].Text == "," && len(t.Lower) > 4 && t.Lower[len(t.Lower)-3:] == "ing" && k != i {
			return k
		}
		if (s.at == nil || s.at[k] < 0) && s.cue(ar.x.lex, k, lexicon.Say) > 0 && k < i-1 && toks[k].Lower != "according" && s.cue(ar.x.lex, k, lexicon.TellVerb) == 0 &&
			!(toks[k+1].Lower == "by" && strings.HasSuffix(toks[k+2].Lower, "ing")) && // "responded by striking": a means, no speech
			!(strings.HasPrefix(toks[k].Lower, "recall") && s.is(k+1, lexicon.Det)) { // "recalled its ambassador": no speech
			return k + 1
		}
	}
	return 0
}

// maxClause bounds how far back a clause is searched, so that reading a
// sentence stays linear in its length.
const maxClause = 60

var _ = text.Word

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

// statementIssuer reads a speaker told as a document at j: "a statement from
// Somalia's foreign ministry said", "a statement by the Arab League said":
// the issuer, when a verb of saying follows its phrase.
func (ar *article) statementIssuer(s *sent, j int) *mention {
	toks := s.toks
	if j < len(toks) && s.is(j, lexicon.Det) {
		j++
	}
	if j+2 >= len(toks) || !s.is(j, lexicon.Message) || s.at[j] >= 0 {
		return nil
	}
	p := j + 1
	if toks[p].Lower != "from" && toks[p].Lower != "by" && toks[p].Lower != "of" {
		return nil
	}
	q := p + 1
	if q < len(toks) && toks[q].Lower == "the" && s.at[q] < 0 {
		q++
	}
	if q >= len(toks) || s.at[q] < 0 {
		return nil
	}
	m := s.ments[s.at[q]]
	if !m.ok || m.media {
		return nil
	}
	e := m.end
	for e < len(toks) && e < m.end+5 && s.at[e] < 0 && toks[e].Kind != text.Punct && s.cue(ar.x.lex, e, lexicon.Say) == 0 {
		e++ // "Somalia's Foreign Affairs ministry"
	}
	if e < len(toks) && s.cue(ar.x.lex, e, lexicon.Say) > 0 {
		return &m
	}
	return nil
}

// namedApart reports whether a is named in a mention of s after the k-th:
// a title and a name after it are two persons ("the president met
// President X"), while a title after a name may be that person ("told
// Netanyahu that the prime minister should").
func (s *sent) namedApart(k int, a graph.Actor) bool {
	for q := k + 1; q < len(s.ments); q++ {
		if s.ments[q].ok && s.ments[q].actor.Kind == graph.Person && s.ments[q].actor.Name == a.Name {
			return true
		}
	}
	return false
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
