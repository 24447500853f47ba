package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph"
)

// chairBefore reads the chair of a meeting told in the sentence before
// the one that lists its attendees: "The spring session chaired by
// Kenya's president opened in a lakeside town. The session was attended
// by A, B and C" is Kenya's president SPOKE_WITH each of A, B and C (relations.md: a host who presided over a meeting spoke with its
// participants). The sentence before must name the same meeting noun,
// then a verb of chairing or hosting (cue class mediate) with "by" and a
// person within the next 25 words; a chair the list names is left out.
// Only the first such "VERB by" after the noun is tried, and in it only
// the first person mention past "by" that the list does not name: a later
// "chaired by" in the sentence before is never read. k is the "attended"
// of the attendees' sentence. Cost: one scan of this
// sentence's words before k and of the sentence before.
func (ar *article) chairBefore(s *sent, k int, ms []mention) {
	if s.Index == 0 || s.Index > len(ar.sents) || len(ms) == 0 {
		return
	}
	lex := ar.x.lex
	noun := ""
	for q := 0; q < k; q++ {
		if s.cue(lex, q, lexicon.Mediate) > 0 {
			return // (a chair or mediator of its own: attendedBy's)
		}
		if s.cue(lex, q, lexicon.GatheringNoun) > 0 && s.at[q] < 0 {
			noun = s.toks[q].Lower
		}
	}
	prev := ar.sents[s.Index-1]
	if noun == "" || prev == nil || prev.Index != s.Index-1 || !prev.mayCue(lexicon.Mediate) {
		return
	}
	toks := prev.toks
	seen := false
	for c := 0; c+2 < len(toks); c++ {
		if toks[c].Lower == noun && prev.at[c] < 0 {
			seen = true
			continue
		}
		n := prev.cue(lex, c, lexicon.Mediate)
		if !seen || n == 0 || c+n+1 >= len(toks) || toks[c+n].Lower != "by" {
			continue
		}
		for q := c + n + 1; q < len(toks) && q <= c+n+25; q++ {
			m := prev.at[q]
			if m < 0 {
				continue
			}
			chair := prev.ments[m]
			if !chair.ok || chair.actor.Kind != graph.Person || sameActor(chair, ms) {
				continue
			}
			ar.emitAll(s, []mention{chair}, graph.SpokeWith, ms, toks[c].Lower, wMediate)
			return
		}
		return
	}
}
