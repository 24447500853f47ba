package extract

import "testing"

// ninthCases cover the ninth round's rules (docs/extractor.md, "Ninth
// round"): sentences of our own that must give the edges, and sentences
// with the same words that must give none.
var ninthCases = []ruleCase{
	// a fronted time is no place the subject stands in apposition to
	{"On DAY, A, an apposition, accused", "On Tuesday, Poland, a NATO member, accused Belarus of pushing migrants across the border.", []string{"Poland ACCUSED Belarus"}},
	{"In MONTH, A, an apposition, accused", "In March, Poland, a NATO member, accused Belarus of pushing migrants.", []string{"Poland ACCUSED Belarus"}},
	{"in a city, its state, is a place", "In Geneva, Switzerland, Russia urged Ukraine to negotiate.", []string{"Russia URGED Ukraine"}},
}

func TestNinthRound(t *testing.T) { runRuleCases(t, ninthCases) }
