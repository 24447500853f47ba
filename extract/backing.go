package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// backing reads support told as a circumstance of the clause's act:
//
//	"Syria waged the campaign with Russian support"   Russia SUPPORTED Syria
//	"the army advanced with Iran's backing"           Iran SUPPORTED the army's state
//	"Turkey intervened on the side of the GNA"         Turkey SUPPORTED the GNA
//
// The helped one (or, for "on the side of", the helper) is the clause's
// subject; a negated, future or conditional clause gives none. "with
// help from X" and "backed by X" are read by helpFrom. Cost: linear in the
// sentence.
func (ar *article) backing(s *sent) {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		switch {
		case toks[k].Lower == "with" && s.at[k+1] >= 0:
			m := s.ments[s.at[k+1]]
			e := m.end
			if e < len(toks) && toks[e].Kind == text.Poss {
				e++
			} else if m.via != viaDemonym && !(m.end == k+2 && m.actor.Kind == graph.State) {
				continue // "with US support" names the state before the noun
			}
			if e >= len(toks) || !s.isWord(e, lexicon.BackingNoun) || !m.ok || m.media || m.possPron || ar.blocked(s, k) {
				continue
			}
			if e+1 < len(toks) && (toks[e+1].Lower == "for" || toks[e+1].Lower == "of" || toks[e+1].Lower == "to") {
				continue // "with US support for Kyiv": the frame of the noun
			}
			tgts, w := ar.subject(s, ar.actVerb(s, k), nil)
			ar.emitAll(s, []mention{m}, graph.Supported, ar.otherSide([]mention{m}, tgts), triggerText(toks[k:e+1]), wHelp*w)
		case toks[k].Lower == "on" && toks[k+1].Lower == "the" && k+3 < len(toks) && toks[k+2].Lower == "side" && toks[k+3].Lower == "of":
			tgts, _ := ar.objectAt(s, k+4)
			if len(tgts) == 0 || ar.blocked(s, k) || s.cue(ar.x.lex, k-1, lexicon.Neg) > 0 {
				continue
			}
			srcs, w := ar.subject(s, ar.actVerb(s, k), nil)
			ar.emitAll(s, srcs, graph.Supported, ar.otherSide(srcs, tgts), "on the side of", wHelp*w)
		}
	}
}

// actVerb returns the position whose subject does the act a circumstance
// at k belongs to: a gerund after "of" a few words before ("accuses the
// government of carrying out a campaign with Russian support": the
// government), else k itself (the clause's subject).
func (ar *article) actVerb(s *sent, k int) int {
	toks := s.toks
	for j := k - 1; j > 0 && j >= k-8; j-- {
		if s.is(j, lexicon.Clause) || toks[j].Text == "," {
			break
		}
		if toks[j-1].Lower == "of" && len(toks[j].Lower) > 4 && toks[j].Lower[len(toks[j].Lower)-3:] == "ing" {
			return j
		}
	}
	return k
}
