package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph"
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
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if s.is(k, lexicon.Cessative) && s.at[k] < 0 && toks[k+1].Lower == "the" {
			ar.ceasedForce(s, k)
			continue
		}
		if !s.is(k, lexicon.Cessative) || s.at[k] >= 0 || !strings.HasSuffix(toks[k+1].Lower, "ing") || !s.is(k+1, lexicon.TriggerStart) {
			continue
		}
		senses, n := s.trigger(k + 1)
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

// ceasedForce reads force that a demand to stop it presupposes, told by a
// noun with "the": "asked Russia to stop the attacks on Ukraine", "urged
// Russia to end the aggression against Ukraine" give Russia ATTACKED
// Ukraine, as "its attacks" does. The stopping verb is at k; the agent is
// the one urged to stop (the object before "to"), never the subject of
// a judgement ("Russia condemned the aggression").
func (ar *article) ceasedForce(s *sent, k int) {
	toks := s.toks
	h := k + 2
	for h < len(toks) && h < k+5 && s.at[h] < 0 && s.is(h, lexicon.Adj) {
		h++ // "the continued attacks"
	}
	if h >= len(toks) || !ar.attackNoun(s, h) {
		return
	}
	trs, n := s.trigger(h)
	if n == 0 || h+n+1 >= len(toks) || !trs[0].Frame.HasPrep(toks[h+n].Lower) {
		return
	}
	tgts, _ := ar.objectAt(s, h+n+1)
	// the agent: "urged Russia to stop"
	a := k - 1
	if a < 1 || toks[a].Lower != "to" || s.at[a-1] < 0 {
		return
	}
	m := s.ments[s.at[a-1]]
	if !m.ok || m.media || len(tgts) == 0 {
		return
	}
	agents := []mention{m}
	if g := s.gAt[a-1]; g >= 0 {
		agents = s.groupMentions(g)
	}
	ar.emitAll(s, agents, graph.Attacked, ar.otherSide(agents, tgts), triggerText(toks[h:h+n]), wInherited)
}
