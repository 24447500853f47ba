package extract

import "testing"

// eleventhBCases cover the second part of the eleventh round's rules
// (docs/extractor.md, "Eleventh round, second part"): sentences of our own
// that must give the edges, and sentences with the same words that must
// give none.
var eleventhBCases = []ruleCase{
	// a topic noun between the article (or possessor) and an agreement
	{"reached a security agreement with X", "Japan reached a security agreement with Australia.", []string{"Japan SPOKE_WITH Australia"}},
	{"announced a trade deal with X", "Britain announced a trade deal with India.", []string{"United Kingdom SPOKE_WITH India"}},
	{"reached a maritime agreement with X", "Greece reached a maritime agreement with Egypt.", []string{"Greece SPOKE_WITH Egypt"}},
	{"announced a defence agreement with X (a one-word trigger as modifier)", "Libya announced a defence agreement with Tunisia.", []string{"Libya SPOKE_WITH Tunisia"}},
	{"X's security agreement with Y", "Libya's security agreement with Tunisia took effect.", []string{"Libya SPOKE_WITH Tunisia"}},
	{"is seeking a trade deal with X (not struck)", "Britain is seeking a trade deal with India.", nil},
	{"rejected a security agreement with X", "Japan rejected a security agreement with China.", nil},
}

func TestEleventhRoundB(t *testing.T) { runRuleCases(t, eleventhBCases) }
