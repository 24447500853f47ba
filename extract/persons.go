package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph"
)

// Persons and bare titles: the article keeps each person it names with the
// office the text or the dictionary gives them (addPerson, notePersonOrg),
// and a bare title ("the president", "the British prime minister", "The
// Secretary") is the person of that office (and country) named last
// before, else first after (byTitle); a holder named apart from the title
// in the same sentence is another person (namedApart). leaderOf is the head
// of state or minister of a state named in the article; a demonym used as a
// noun ("the Brazilian said") is a person of that state named before
// (demonymPersons); an unnamed office-holder is of the state named with the
// same title a few sentences before (titledStateBefore, stateBeforeWord).
// stateActor is the actor of a state.

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

func (ar *article) addPerson(a graph.Actor, class, title string, sent int) {
	for i := range ar.persons {
		p := &ar.persons[i]
		if p.actor.Name == a.Name {
			if p.class == "" || class != "" && p.class == "counterpart" {
				p.class = class
			}
			if title != "" && !strings.Contains(p.title, title) {
				p.title += "|" + title
			}
			if n := len(p.sents); n == 0 || p.sents[n-1] != sent {
				p.sents = append(p.sents, sent)
			}
			return
		}
	}
	if n := len(ar.persons); n < cap(ar.persons) {
		// a place left by an article before: its sents array, emptied
		ar.persons = ar.persons[:n+1]
		ar.persons[n] = person{actor: a, class: class, title: title, sents: append(ar.persons[n].sents[:0], sent)}
		return
	}
	ar.persons = append(ar.persons, person{actor: a, class: class, title: title, sents: []int{sent}})
}

// notePersonOrg records org as the body of the office the text gives the
// person a ("European Union Special Envoy Miroslav Lajcak"); nil records
// nothing.
func (ar *article) notePersonOrg(a graph.Actor, org *graph.Actor) {
	if org == nil {
		return
	}
	for i := range ar.persons {
		if ar.persons[i].actor.Name == a.Name {
			ar.persons[i].org = org.Name
			return
		}
	}
}
