package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// answeredOwner returns the owner of the act that a vow or a threat in
// this sentence answers, when a marker of sequence or answer names it as
// an actor's act: "Hours after the Bolivian announcement, Paraguay pledged
// to retaliate" (Bolivia), "Following Chile's decision, Peru vowed a
// response", "In response to the Peruvian move, Ecuador said it would
// retaliate" (relations.md: a vow's target is the one it answers). The
// marker is "after", "following" or a cue of the answerto class; after it
// stand an optional determiner, then a demonym or a possessor ("Chile's"),
// then a noun of an act (cue class evnoun, or a noun of force). An owner of the sayers' own side, or a demonym
// standing for no act ("after the Chilean people"), gives nil. Cost:
// linear in the sentence.
func (ar *article) answeredOwner(s *sent, srcs []mention) []mention {
	toks := s.toks
	lex := ar.x.lex
	for k := 0; k+2 < len(toks); k++ {
		n := 0
		if w := toks[k].Lower; (w == "after" || w == "following") && !adverbialAfter(toks, k) {
			n = 1
		} else if n = s.cue(lex, k, lexicon.AnswerTo); n == 0 {
			continue
		}
		q := k + n
		if q < len(toks) && s.at[q] < 0 && s.is(q, lexicon.Det) {
			q++
		}
		if q >= len(toks) || s.at[q] < 0 {
			continue
		}
		m := s.ments[s.at[q]]
		e := m.end
		if m.start != q || !m.ok || m.media || m.possPron {
			continue
		}
		if e < len(toks) && toks[e].Kind == text.Poss {
			e++
		} else if m.via != viaDemonym {
			continue // "after Chile struck": a clause, read by the verb passes
		}
		if e >= len(toks) || s.at[e] >= 0 || toks[e].Kind != text.Word || toks[e].Cap || s.is(e, lexicon.Prep) || s.is(e, lexicon.Clause) || s.isWord(e, lexicon.PersonNoun) {
			continue
		}
		if s.cue(lex, e, lexicon.EvNoun) == 0 && !ar.attackNoun(s, e) {
			continue // a noun of an act ("announcement", "decision", "strikes"), never "after the Algerian team won"
		}
		if sameActor(m, srcs) {
			continue
		}
		return []mention{m}
	}
	return nil
}

// appealAfter returns the position of "after" or "following" when it
// governs the appeal noun phrase that starts at np, so that the clause's
// subject is the one who answered the appeal: "Bhutan postponed the
// signing following strong pressure by India" (India URGED Bhutan),
// "Serbia pulled back after calls from Brussels". An article and up
// to two lower-case modifiers may stand between ("after a renewed push",
// "following mounting pressure"); -1 when no such word governs np. Cost:
// constant.
func appealAfter(s *sent, np int) int {
	toks := s.toks
	for k := np - 1; k >= 0 && k >= np-3; k-- {
		if w := toks[k].Lower; (w == "after" || w == "following") && !adverbialAfter(toks, k) {
			return k
		}
		if s.at[k] >= 0 || toks[k].Kind != text.Word || toks[k].Cap || s.is(k, lexicon.Prep) || s.is(k, lexicon.Clause) || s.is(k, lexicon.Aux) || s.is(k, lexicon.Neg) || s.is(k, lexicon.NounMod) {
			return -1
		}
	}
	return -1
}
