package extract

import "github.com/actorgraph/actorgraph/extract/text"

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
