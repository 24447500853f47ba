package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// listSeen is a list of three or more actors named together in a
// sentence ("Mali, Burkina Faso and Niger").
type listSeen struct {
	actors []graph.Actor
	sent   int
}

// listWindow is how many sentences back "the three countries" may look
// for its list.
const listWindow = 8

// manyNumbers are the counts a collective may name.
var manyNumbers = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "3": 3, "4": 4, "5": 5, "6": 6}

// manyAt reads a collective at token i, "the three Sahel countries", "all
// four leaders": "the"/"all"/"these", a count, at most two modifiers and a
// manynoun head. It returns its length, or 0.
func (ar *article) manyAt(s *sent, i int) int {
	toks := s.toks
	if w := toks[i].Lower; w != "the" && w != "all" && w != "these" && w != "those" || i+2 >= len(toks) {
		return 0
	}
	if _, ok := manyNumbers[toks[i+1].Lower]; !ok {
		return 0
	}
	for j := i + 2; j < len(toks) && j <= i+4; j++ {
		if s.cue(ar.x.lex, j, lexicon.ManyNoun) > 0 {
			return j + 1 - i
		}
		if toks[j].Kind != text.Word {
			return 0
		}
	}
	return 0
}

// collectives resolves the collectives of a sentence to the latest list of
// that many actors named in the sentences before (listWindow).
func (ar *article) collectives(s *sent) {
	for k := range s.ments {
		m := &s.ments[k]
		if m.via != viaMany || m.ok {
			continue
		}
		want := manyNumbers[s.toks[m.start+1].Lower]
		for q := len(ar.lists) - 1; q >= 0; q-- {
			l := ar.lists[q]
			if l.sent < s.Index-listWindow {
				break
			}
			if len(l.actors) == want {
				m.members = l.actors
				m.actor, m.ok = l.actors[0], true
				break
			}
		}
		if !m.ok {
			continue
		}
		// "the three countries said ... that they condemned": the pronoun
		// after it in the sentence is the same list
		for q := k + 1; q < len(s.ments); q++ {
			if p := &s.ments[q]; p.via == viaPronoun && (p.pron == "they" || p.pron == "them") {
				p.via, p.members, p.actor, p.ok = viaMany, m.members, m.actor, true
			}
		}
	}
}

// noteLists remembers the lists of three or more distinct actors of a
// sentence, for a later collective.
func (ar *article) noteLists(s *sent) {
	for g := range s.groups {
		ms := s.groupMentions(g)
		if len(ms) < 3 {
			continue
		}
		var as []graph.Actor
		seen := map[string]bool{}
		for _, m := range ms {
			if m.ok && !seen[m.actor.Name] {
				seen[m.actor.Name] = true
				as = append(as, m.actor)
			}
		}
		if len(as) >= 3 {
			ar.lists = append(ar.lists, listSeen{actors: as, sent: s.Index})
		}
	}
}
