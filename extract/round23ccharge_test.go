package extract

import "testing"

// round23cchargeCases are disapproval told as a noun or a judgement, from a
// census of unseen news sentences with two actors and no edge (each written
// anew).
var round23cchargeCases = []ruleCase{
	{"discontent with an actor's act", "Beijing voiced discontent with Seoul's decision.", []string{"China ACCUSED South Korea"}},
	{"deep discontent over an actor's act", "Russia expressed deep discontent over Norway's move.", []string{"Russia ACCUSED Norway"}},
	{"discontent with no actor's act", "The minister voiced discontent with the slow pace of the talks.", nil},
	{"an act called a grave error", "Washington called Bolivia's decision a grave error.", []string{"United States ACCUSED Bolivia"}},
	{"an act called a blunder", "Turkey called the Greek decision a blunder.", []string{"Turkey ACCUSED Greece"}},
	{"an error of no named actor", "Japan called the decision an error.", nil},
	{"reacted angrily to an actor's act", "Argentina reacted angrily to Britain's decision.", []string{"Argentina ACCUSED United Kingdom"}},
	{"reacted sharply to an actor's statement", "Iran reacted sharply to the European Union's statement.", []string{"Iran ACCUSED European Union"}},
	{"a plain reaction is no disapproval", "Russia reacted to Japan's decision.", nil},
	{"protested at an actor's act", "Russia protested at Japan's decision.", []string{"Russia ACCUSED Japan"}},
	{"concerns over a statement by an actor", "China voiced concerns over the statement by the G7.", []string{"China ACCUSED Group of Seven"}},
}

func TestRound23ccharge(t *testing.T) { runRuleCases(t, round23cchargeCases) }
