package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// round23medCases are mediation and signing shapes of round 23 (helper med):
// a title with "of National Defence", a mediator's noun owned past an
// adjective, co-mediators after "with", a compound or noun mediator whose
// sides are told in another sentence, a second participle of the same talks.
var round23medCases = []ruleCase{
	{"national defence title in a signing", "The accord was signed by Minister of National Defence Hulusi Akar and Sergei Shoigu.", []string{"Hulusi Akar SPOKE_WITH Sergei Shoigu"}},
	{"national defense title as subject", "Minister of National Defense Hulusi Akar met Sergei Shoigu in Sochi.", []string{"Hulusi Akar SPOKE_WITH Sergei Shoigu"}},
}

func TestRound23Med(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range round23medCases {
		t.Run(c.rule, func(t *testing.T) {
			got := edgeStrings(x.Extract(graph.Article{Doc: "case.txt", Text: c.text}))
			want := norm(c.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, want)
			}
		})
	}
}
