package extract

import "github.com/actorgraph/actorgraph/extract/lexicon"

// performative reports whether the modal cue at k is a speaker's "I want
// to" or "we would like to" before a verb of speech or emphasis ("I want
// to repeat our call to X", "we want to stress our support for Y"): saying
// so performs the act, which is then no plan. Cost: constant.
func (ar *article) performative(s *sent, k int) bool {
	toks := s.toks
	n := s.cue(ar.x.lex, k, lexicon.Modal)
	if n == 0 || k == 0 || k+n >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "want", "wants", "would":
	default:
		return false
	}
	if p := toks[k-1].Lower; p != "i" && p != "we" {
		return false
	}
	if toks[k].Lower == "would" && k+2 < len(toks) && toks[k+1].Lower == "like" && toks[k+2].Lower == "to" {
		n = 3 // "we would like to reiterate"
	}
	if k+n >= len(toks) {
		return false
	}
	return s.is(k+n, lexicon.Light) || s.is(k+n, lexicon.Say)
}
