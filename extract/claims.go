package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// victim is the one hit by an act of force whose agent the text does not
// name where it tells it: "A drone hit a Russian oil depot" (Russia).
type victim struct {
	sent int
	tgts []mention
}

// noteVictims records who the force of a verb of force at i, with no
// agent named, hit: its object from j on, or, when the object is a
// state's forces, the state a place after it names ("killed 12 soldiers
// in northwest Pakistan"; not "struck a hotel in Mogadishu": force on
// civilians is no attack on the state, relations.md). A claim of
// responsibility told after it names the agent (claimedForce). Cost: an
// object's reading.
func (ar *article) noteVictims(s *sent, i, j int) {
	if ar.blocked(s, i) {
		return
	}
	tgts, _ := ar.objectAt(s, j)
	if len(tgts) == 0 && ar.forcesHit(s, j) {
		tgts = ar.placeAfter(s, j) // (a state's forces, not "a hotel in Mogadishu")
	}
	if len(tgts) > 0 {
		ar.victims = append(ar.victims, victim{s.Index, tgts})
	}
}

// claimedForce reads a claim of responsibility for force told just before
// with no agent: "A suicide bomber killed 12 soldiers in Pakistan. The
// Pakistani Taliban claimed responsibility." gives Pakistani Taliban
// ATTACKED Pakistan. The claim is a claim verb (cue class claimverb) and
// a claim noun ("responsibility", "credit": claimnoun), bare or for an act
// (claimOfForce), made once (no habitual word: "often claimed
// responsibility for such attacks"), with no force of the claimant told
// in the sentence itself; the one hit is that of the latest such force
// in the sentence or the two before. Cost: a bit test where the sentence
// holds no claim verb.
func (ar *article) claimedForce(s *sent) {
	if !s.mayKey(keyClaim) || len(ar.victims) == 0 {
		return
	}
	v := ar.victims[len(ar.victims)-1]
	if v.sent < s.Index-2 {
		return
	}
	toks := s.toks
	for i := range s.eachKey(keyClaim, 0, len(toks)-1) {
		if !s.isWord(i+1, lexicon.ClaimNoun) || ar.blocked(s, i) || !ar.claimOfForce(s, i+2) || s.isWord(i-1, lexicon.Habitual) {
			continue
		}
		srcs, _ := ar.subject(s, i, nil)
		if ar.attackedBy(s, srcs) {
			continue // "claimed responsibility for the attack on X": its own target
		}
		for _, m := range srcs {
			for _, t := range v.tgts {
				ar.emit(s, m, graph.Attacked, t, triggerText(toks[i:i+2]), wAnaphora)
			}
		}
	}
}

// attackedBy reports whether the sentence already holds an edge of force
// from one of srcs.
func (ar *article) attackedBy(s *sent, srcs []mention) bool {
	for _, e := range ar.out {
		if e.SentenceIndex == s.Index && e.Relation == graph.Attacked && namedIn(e.Source.Name, srcs) {
			return true
		}
	}
	return false
}

// forcesHit reports whether the object from j names a state's forces
// (cue class forceorgan: "12 soldiers", "a police patrol") within its
// first words. Cost: at most four tokens.
func (ar *article) forcesHit(s *sent, j int) bool {
	for q := j; q < len(s.toks) && q < j+4; q++ {
		if s.isWord(q, lexicon.ForceOrgan) {
			return true
		}
		if s.at[q] >= 0 || s.is(q, lexicon.Prep) {
			return false
		}
	}
	return false
}

// claimOfForce reports whether what a claim of responsibility is for,
// from j, is an act: nothing ("claimed responsibility."), a time, or "for"
// and a noun of an act ("for the strike", "for it"); never "for the
// ceasefire" or "for the decision to hold elections". Cost: a few tokens.
func (ar *article) claimOfForce(s *sent, j int) bool {
	toks := s.toks
	j = timeSpan(s, j)
	if j >= len(toks) || toks[j].Kind != text.Word || toks[j].Lower != "for" {
		return j >= len(toks) || toks[j].Kind != text.Word
	}
	if j+1 < len(toks) && (toks[j+1].Lower == "it" || toks[j+1].Lower == "them") {
		return true
	}
	if j+1 < len(toks) && s.isWord(j+1, lexicon.Habitual) {
		return false // "for such attacks": acts of a kind, not the one told
	}
	if e, armed := ar.eventNoun(s, j+1); e > 0 && armed {
		return true
	}
	return ar.attackNoun(s, j+2) || ar.attackNoun(s, j+3)
}
