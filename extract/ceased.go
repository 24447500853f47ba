package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
)

// ceasedActs reads an act that an appeal or demand to stop presupposes:
// "urged Rwanda to stop supporting M23", "Iran must cease arming the
// Houthis" give Rwanda SUPPORTED M23 and Iran SUPPORTED Houthis, as "urge
// Iran to end its attacks on Israel" gives Iran ATTACKED Israel
// (relations.md). The agent is the one urged (the object before "to") or
// the subject right before the stopping verb; the target is the gerund's
// object. Cost: O(tokens) per sentence.
func (ar *article) ceasedActs(s *sent) {
	if !s.mayCue(lexicon.Cessative) {
		return // (no cue of its class: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if !s.is(k, lexicon.Cessative) || s.at[k] >= 0 || !strings.HasSuffix(toks[k+1].Lower, "ing") || !s.is(k+1, lexicon.TriggerStart) {
			continue
		}
		senses, n := lex.Trigger(toks, k+1)
		var tr *lexicon.Trigger
		for _, t := range senses {
			if t.POS == lexicon.Verb && t.Frame.Obj {
				tr = t
				break
			}
		}
		if tr == nil {
			continue
		}
		// the agent: "urged Rwanda to stop", "Rwanda must stop"
		a := k - 1
		for a > 0 && (s.is(a, lexicon.Aux) || s.is(a, lexicon.Deontic) || strings.HasSuffix(toks[a].Lower, "ly")) && s.at[a] < 0 {
			a--
		}
		if toks[a].Lower == "to" && a > 0 {
			a--
		}
		if a < 0 || s.at[a] < 0 {
			continue
		}
		var agents []mention
		if g := s.gAt[a]; g >= 0 {
			agents = s.groupMentions(g)
		} else if m := s.ments[s.at[a]]; m.ok && !m.media {
			agents = []mention{m}
		}
		tgts, _ := ar.objectAt(s, k+1+n)
		if len(agents) == 0 || len(tgts) == 0 {
			continue
		}
		ar.emitAll(s, agents, tr.Relation, tgts, triggerText(toks[k:k+1+n]), wInherited)
	}
}
