package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// round23defdescCases are definite descriptions and titles whose referent
// the text names elsewhere: "the army chief" is a title, never the army;
// "armed forces chief" is a military office.
var round23defdescCases = []ruleCase{
	{"army title: the army chief", "Army chief Eyal Zamir toured the border on Sunday. The army chief condemned Iran on Monday.", []string{"Eyal Zamir ACCUSED Iran"}},
	{"army title: the military chief", "Military chief Eyal Zamir toured the border on Sunday. The military chief warned Hezbollah on Monday.", []string{"Eyal Zamir WARNED Hezbollah"}},
	{"armed forces chief after the name", "Army chief Eyal Zamir toured the border on Sunday. Israel's armed forces chief vowed to target Hamas leaders abroad.", []string{"Eyal Zamir WARNED Hamas"}},
	{"armed forces chief before the name", "Israel's armed forces chief vowed on Friday to target Hamas leaders abroad. Lieutenant General Eyal Zamir said the campaign would go on.", []string{"Eyal Zamir WARNED Hamas"}},
	{"army title: no holder named", "The army chief condemned Iran on Monday.", nil},
}

func TestRound23Defdesc(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range round23defdescCases {
		t.Run(c.rule, func(t *testing.T) {
			got := edgeStrings(x.Extract(graph.Article{Doc: "case.txt", Text: c.text}))
			want := norm(c.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, want)
			}
		})
	}
}
