package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRuleCasesCut runs the extractor over every word prefix and every
// word suffix of every rule case's sentence: a rule that reads past the
// end or before the start of a sentence panics on one of them. The
// sentences are the cases' own, so each construction a rule reads is cut
// at each of its words. It asserts only that extraction returns.
func TestRuleCasesCut(t *testing.T) {
	if testing.Short() {
		t.Skip("cuts every rule case's sentence at every word: skipped with -short")
	}
	var fault error // (a rule's panic, caught by the extractor: WithFaults)
	x, err := New(WithFaults(func(_ string, err error) { fault = err }))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, table := range allRuleCases() {
		for _, c := range table {
			words := strings.Fields(c.text)
			for j := 1; j < len(words); j++ {
				for _, cut := range []string{strings.Join(words[:j], " "), strings.Join(words[j:], " ")} {
					fault = nil
					x.Extract(graph.Article{Doc: "cut.txt", Text: cut})
					if fault != nil {
						t.Errorf("%s: %q: %v", c.rule, cut, fault)
					}
					n++
				}
			}
		}
	}
	t.Logf("%d cut sentences", n)
}

// allRuleCases are the tables of rule cases of every round, for the tests
// that run their sentences whole, cut or fuzzed.
func allRuleCases() [][]ruleCase {
	return [][]ruleCase{actorCases, coverageCases, eventCases, lexicalCases, newsCases, occurCases, ruleCases,
		sixthCases, seventhCases, eighthCases, ninthCases, tenthCases, eleventhCases, eleventhBCases, eleventhCCases,
		twelfthACases, twelfthBCases, twelfthCCases, round23forceCases, round23medCases, round23nomCases, round23defdescCases, round23threatCases, round23contactCases, round23pluralCases, round23censaCases, round23censbCases, round23cchargeCases, round23cthreatCases, round23cforceCases}
}
