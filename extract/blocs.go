package extract

import (
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// regionBlocsIn reads "West African leaders", "Southeast Asian nations" in
// s as the regional body (resolution.tsv's regionblocs) when a mention of that body stands
// within sidesWindow sentences before s or sidesAhead after it (a fixed
// reach, so windows read alike); else they stay no actor. Cost: O(tokens
// of s + mentions in the reach) per match.
func (ar *article) regionBlocsIn(s *sent) {
	toks := s.toks
	regions := resolutionLists["regionblocs"]
	added := false
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].Cap {
			if toks[i].Lower == "regional" && s.at[i] < 0 && s.at[i+1] < 0 && !toks[i+1].Cap && s.isWord(i+1, lexicon.BlocMember) {
				// "the regional leaders condemned": the one regional body
				// named nearby
				if bloc, ok := ar.anyBlocNearby(s.Index, regions.value); ok {
					s.ments = append(s.ments, mention{start: i, end: i + 2, actor: bloc, ok: true, via: viaName})
					added = true
					i++
				}
			}
			continue
		}
		if s.at[i] >= 0 || toks[i].Kind != text.Word {
			continue
		}
		// "West African leaders have threatened ... The leaders gave the
		// junta seven days": the bare "the leaders" right after are the same
		if toks[i].Lower == "the" && toks[i+1].Lower == "leaders" && s.at[i+1] < 0 {
			if b, ok := ar.blocLeadersBefore(s); ok {
				s.ments = append(s.ments, mention{start: i, end: i + 2, actor: b, ok: true, via: viaName})
				added = true
				i++
			}
			continue
		}
		n, name := 0, ""
		if b, m := regions.at(toks, i); m == 2 && i+2 < len(toks) && toks[i+1].Cap && s.at[i+1] < 0 {
			n, name = 2, b
		} else if b, ok := regions.word(toks[i].Lower); ok {
			n, name = 1, b
		}
		if n == 0 || i+n >= len(toks) || toks[i+n].Cap || !s.isWord(i+n, lexicon.BlocMember) || s.at[i+n] >= 0 {
			continue
		}
		if i > 0 && toks[i-1].Cap && toks[i-1].Kind == text.Word && i-1 != 0 {
			continue // part of a longer name: "North West African"
		}
		bloc, ok := ar.blocNearby(s.Index, name)
		if !ok {
			continue
		}
		s.ments = append(s.ments, mention{start: i, end: i + n + 1, actor: bloc, ok: true, via: viaName})
		added = true
		i += n
	}
	if added {
		sort.SliceStable(s.ments, func(a, b int) bool { return s.ments[a].start < s.ments[b].start })
		s.index()
	}
}

// blocNearby finds a mention of the body named name near sentence si.
func (ar *article) blocNearby(si int, name string) (graph.Actor, bool) {
	for _, o := range ar.reach(si, sidesWindow, sidesAhead) {
		for _, m := range o.ments {
			if m.ok && !m.media && m.actor.Kind == graph.Org && strings.EqualFold(m.actor.Name, name) {
				return m.actor, true
			}
		}
	}
	return graph.Actor{}, false
}

// anyBlocNearby finds the one regional body of names mentioned near
// sentence si (none when two are).
func (ar *article) anyBlocNearby(si int, names []string) (graph.Actor, bool) {
	var found graph.Actor
	for _, o := range ar.reach(si, sidesWindow, sidesAhead) {
		for _, m := range o.ments {
			if !m.ok || m.media || m.actor.Kind != graph.Org || m.actor.Name == found.Name {
				continue
			}
			for _, n := range names {
				if strings.EqualFold(m.actor.Name, n) {
					if found.Name != "" {
						return graph.Actor{}, false
					}
					found = m.actor
					break // (one body named by two region words is one body)
				}
			}
		}
	}
	return found, found.Name != ""
}

// blocLeadersBefore is the body that a region's leaders, named in the
// sentence before s ("West African leaders"), stand for.
func (ar *article) blocLeadersBefore(s *sent) (graph.Actor, bool) {
	if o := ar.sentAt(s.Index - 1); o != nil {
		for _, m := range o.ments {
			if m.ok && m.actor.Kind == graph.Org && m.via == viaName && m.end-m.start >= 2 && o.toks[m.end-1].Lower == "leaders" && o.toks[m.start].Cap {
				return m.actor, true
			}
		}
	}
	return graph.Actor{}, false
}
