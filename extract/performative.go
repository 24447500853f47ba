package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
)

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
	if !s.isWord(k, lexicon.PerformModal) {
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

// ongoing reports whether the modal cue at k governs the act at i through
// a verb of continuing aspect (the ongoing cue class): "will continue to
// support X", "would keep pressing X" tell an act under way, which the
// modal does not make a plan. Adverbs may stand between ("will continue to
// firmly back"). Cost: linear in the words between k and i.
func (ar *article) ongoing(s *sent, k, i int) bool {
	lex := ar.x.lex
	toks := s.toks
	j := k + s.cue(lex, k, lexicon.Modal)
	j = skipAdverbs(toks, j, i)
	n := s.cue(lex, j, lexicon.Ongoing)
	if n == 0 {
		return false
	}
	to := toks[j+n-1].Lower == "to"
	e := j + n
	e = skipAdverbs(toks, e, i)
	if e != i {
		return false
	}
	// "will continue to support", or "will keep supporting": never "will
	// continue talks", a plan told by a noun
	return to || strings.HasSuffix(toks[i].Lower, "ing")
}
