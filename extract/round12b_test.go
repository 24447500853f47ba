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
	// a vow answers the act that a marker of sequence names as an actor's
	{"after the X announcement, Y pledged to retaliate", "Shortly after the Algerian announcement, Morocco pledged to retaliate.", []string{"Morocco WARNED Algeria"}},
	{"following X's decision, Y vowed a response", "Following Pakistan's decision, India vowed a firm response.", []string{"India WARNED Pakistan"}},
	{"in response to the X move, Y said it would retaliate", "In response to the Chinese move, Japan said it would retaliate.", []string{"Japan WARNED China"}},
	{"after its own announcement (own side)", "After the Moroccan announcement, Morocco pledged to retaliate.", nil},
	{"after a meeting with X, a vow with no act answered", "After the meeting, Morocco pledged to retaliate.", nil},
}

func TestTwelfthRoundB(t *testing.T) { runRuleCases(t, twelfthBCases) }
