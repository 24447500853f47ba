package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// round23pluralCases are collectives and coordinated actors of the
// twenty-third round: "their" after "these countries", ...
var round23pluralCases = []ruleCase{
	{"their after these countries", "Caracas expelled the envoys of Chile, Peru, Panama and Uruguay on Monday. Foreign Minister Yvan Gil said Venezuela would recall its own staff from these countries and demanded their diplomats leave within 72 hours.",
		[]string{"Yván Gil URGED Chile", "Yván Gil URGED Peru", "Yván Gil URGED Panama", "Yván Gil URGED Uruguay"}},
	{"their after the three states, that-clause", "Mali, Niger and Burkina Faso left the bloc in January. Nigeria said it had frozen its ties with the three states and urged that their juntas hold elections.",
		[]string{"Nigeria URGED Mali", "Nigeria URGED Niger", "Nigeria URGED Burkina Faso"}},
	{"their in another clause stays", "Mali, Niger and Burkina Faso left the bloc in January. Nigeria said it had frozen its ties with the three states, while Ghana said their juntas must hold elections.",
		nil},
}

func TestRound23Plural(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range round23pluralCases {
		t.Run(c.rule, func(t *testing.T) {
			got := edgeStrings(x.Extract(graph.Article{Doc: "case.txt", Text: c.text}))
			want := norm(c.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, want)
			}
		})
	}
}
