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
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tables := [][]ruleCase{actorCases, coverageCases, eventCases, lexicalCases, newsCases, occurCases, ruleCases,
		sixthCases, seventhCases, eighthCases, ninthCases, tenthCases, eleventhCases, eleventhBCases, eleventhCCases,
		twelfthACases, twelfthBCases, twelfthCCases}
	n := 0
	for _, table := range tables {
		for _, c := range table {
			words := strings.Fields(c.text)
			for j := 1; j < len(words); j++ {
				for _, cut := range []string{strings.Join(words[:j], " "), strings.Join(words[j:], " ")} {
					func() {
						defer func() {
							if r := recover(); r != nil {
								t.Errorf("%s: %q: panic: %v", c.rule, cut, r)
							}
						}()
						x.Extract(graph.Article{Doc: "cut.txt", Text: cut})
					}()
					n++
				}
			}
		}
	}
	t.Logf("%d cut sentences", n)
}
