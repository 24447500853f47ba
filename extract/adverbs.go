package extract

import "github.com/actorgraph/actorgraph/extract/text"

// adverbialAfter reports whether "after" or "before" at k stands alone as
// an adverb of time, closing its clause rather than opening one: "Iran
// blamed Israel for the attack shortly after and said it would retaliate",
// "Two days before, the army had shelled the town". The next token is "and",
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
