package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph"
)

// sameSentenceCollectives resolves a collective left unresolved by the
// sentences before to the list or pair named earlier in its own
// sentence: "drills by Chile, Peru and Ecuador led Bolivia to warn those
// countries" (the three), "ties between Chile and Bolivia cooled once a
// tribunal threw out the deal between the two states" (Chile and
// Bolivia). A counted collective ("the three countries")
// takes a list of that size only; "the two ..." a pair only. The
// collective becomes a group of its own, as collectives resolved before
// grouping are. Cost: O(mentions × groups), only for a sentence holding an
// unresolved collective.
func (ar *article) sameSentenceCollectives(s *sent) {
	for k := range s.ments {
		m := &s.ments[k]
		if m.ok || m.via != viaMany && (m.via != viaBoth || m.heads || m.head != "" || m.pron != "") {
			continue
		}
		want, counted := 2, true
		if m.via == viaMany {
			want, counted = manyNumber(s.toks[m.start+1].Lower)
		}
		var as []graph.Actor
		for g := len(s.groups) - 1; g >= 0 && as == nil; g-- {
			gr := s.groups[g]
			if gr.end > m.start || len(gr.ms) < 2 || counted && len(gr.ms) != want {
				continue
			}
			if sideWord(s.toks[m.end-1].Lower) && ar.jointActors(s, gr.end) {
				continue // "France and the US urged Baku ..., and Russia called on both sides": allies, no sides
			}
			ms := s.groupMentions(g)
			if len(ms) != len(gr.ms) || !distinctActors(ms) || !kindFits(s, m, ms) {
				continue // (a group holding a collective, or one actor twice)
			}
			for _, o := range ms {
				as = append(as, o.actor)
			}
		}
		if as == nil {
			continue
		}
		m.ok, m.actor = true, as[0]
		if m.via == viaBoth {
			p := [2]graph.Actor{as[0], as[1]}
			m.pair = &p
		} else {
			m.members = as
		}
		for i := m.start; i < m.end; i++ {
			s.gAt[i] = len(s.groups)
		}
		s.groups = append(s.groups, group{start: m.start, end: m.end, ms: []int{k}})
	}
}

// distinctActors reports whether ms name as many actors as mentions, all
// resolved: "Chile, Peru and Ecuador", not "Peru and Lima".
// Cost: O(members²), for lists of a few members.
func distinctActors(ms []mention) bool {
	for a := range ms {
		if !ms[a].ok || ms[a].via == viaMany || ms[a].via == viaBoth || ms[a].via == viaPronoun {
			return false
		}
		for b := a + 1; b < len(ms); b++ {
			if ms[a].actor.Name == ms[b].actor.Name {
				return false
			}
		}
	}
	return true
}

// kindFits reports whether the members ms fit the collective m's head
// noun: persons for "the two leaders", "the two men" (cue class
// personnoun), states or bodies for "the two countries", "those
// nations". Cost: O(members).
func kindFits(s *sent, m *mention, ms []mention) bool {
	persons := s.isWord(m.end-1, lexicon.PersonNoun)
	for _, o := range ms {
		if (o.actor.Kind == graph.Person) != persons {
			return false
		}
	}
	return true
}
