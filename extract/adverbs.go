package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
)

// adverbialAfter reports whether "after" or "before" at k stands alone as
// an adverb of time, closing its clause rather than opening one: "Peru
// blamed Chile for the shelling soon after and said it would hit back",
// "A week before, the rebels had cut the road". The next token is "and",
// "or", a comma, a period, or nothing. Cost: constant.
func adverbialAfter(toks []text.Token, k int) bool {
	if w := toks[k].Lower; w != "after" && w != "before" {
		return false
	}
	if k+1 >= len(toks) {
		return true
	}
	switch toks[k+1].Text {
	case "and", "or", ",", ".", ";":
		return true
	}
	return false
}

// skipAdverbs returns the first index at or after j, below limit, whose
// token does not end in "-ly": it steps forward past adverbs such as
// "repeatedly", "decisively". It returns limit when every token from j up to
// limit is one, and j itself when j >= limit. limit must not exceed
// len(toks). Cost: linear in the adverbs skipped.
func skipAdverbs(toks []text.Token, j, limit int) int {
	for j < limit && strings.HasSuffix(toks[j].Lower, "ly") {
		j++
	}
	return j
}

// skipAdverbsBack returns the last index at or before k, above floor, whose
// token does not end in "-ly": it steps back past adverbs such as "allegedly",
// "repeatedly". It returns floor when every token from k down to floor+1 is
// one, and k itself when k <= floor. floor must be at least -1. Cost: linear
// in the adverbs skipped.
func skipAdverbsBack(toks []text.Token, k, floor int) int {
	for k > floor && strings.HasSuffix(toks[k].Lower, "ly") {
		k--
	}
	return k
}

// skipFreeAdverbsBack is skipAdverbsBack over the tokens of s that lie in no
// mention (s.at[k] < 0): it steps back from k past "-ly" words outside any
// mention, stopping above floor, at a mention, or at any other word. Cost:
// linear in the adverbs skipped.
func skipFreeAdverbsBack(s *sent, k, floor int) int {
	for k > floor && strings.HasSuffix(s.toks[k].Lower, "ly") && s.at[k] < 0 {
		k--
	}
	return k
}
