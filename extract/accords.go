package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph"
)

// concludedAccords reads an accord told as concluded between its sides,
// "the truce agreed between Kabul and Islamabad", "a deal was struck
// between A and B on Sunday": the sides agreed it, so A SPOKE_WITH B
// (relations.md: "A and B agreed a deal" is SPOKE_WITH, as signing is). The
// accord noun (cue class accord, which holds the truce nouns a bare
// "ceasefire between A and B" leaves out) is followed by a participle of
// concluding (cue class concludeverb), at most a time, and "between". An
// accord that is negated, planned or asked for ("no deal was reached",
// "called for a truce agreed between") gives none. Cost: one scan of the
// sentence, and only a sentence holding an accord noun.
func (ar *article) concludedAccords(s *sent) {
	if !s.mayCue(lexicon.Accord) {
		return
	}
	lex := ar.x.lex
	toks := s.toks
	for a := 1; a+3 < len(toks); a++ {
		n := s.cue(lex, a, lexicon.Accord)
		if n == 0 || s.at[a] >= 0 {
			continue
		}
		v := a + n
		k := s.cue(lex, v, lexicon.ConcludeVerb)
		if k == 0 {
			continue
		}
		b := v + k
		if t := timeSpan(s, b); t > b {
			b = t // "reached on Sunday between"
		}
		if b >= len(toks) || toks[b].Lower != "between" {
			continue
		}
		if s.is(a-1, lexicon.Neg) || s.is(a-1, lexicon.NounMod) || a >= 2 && (s.is(a-2, lexicon.Neg) || s.is(a-2, lexicon.NounMod)) {
			continue // "no deal was reached", "any truce agreed between"
		}
		if ar.hypothetical(s, a) {
			continue
		}
		sides := ar.betweenAt(s, b)
		if len(sides) < 2 {
			continue
		}
		ar.pairs(s, sides, graph.SpokeWith, false, triggerText(toks[a:v+k]), wNoun)
	}
}
