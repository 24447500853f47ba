package extract

import "testing"

// twelfthBCases cover the rules read off the pooled misses of the twelfth
// round (categories 1, 2, 4 and 5: lexical gaps, nominal events, acts with
// no trigger verb, threats; /work/analysis/pooled-lexical.md): sentences of
// our own that must give the edges, and sentences with the same words that
// must give none.
var twelfthBCases = []ruleCase{
	// "after" or "before" standing alone is an adverb, no clause opener
	{"blamed X shortly after and vowed", "Syria blamed Turkey for the raid shortly after and said it would retaliate.", []string{"Syria ACCUSED Turkey", "Syria WARNED Turkey"}},
	{"a clause opened by after keeps its own subject", "Syria said it would retaliate after Turkey struck its border posts.", []string{"Turkey ATTACKED Syria"}},
}

func TestTwelfthRoundB(t *testing.T) { runRuleCases(t, twelfthBCases) }
