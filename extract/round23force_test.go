package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// round23forceCases are force told in non-canonical syntax (round 23,
// helper "force"): fights named as a topic, fronted fights, and force told
// from the side of the one it hit.
var round23forceCases = []ruleCase{
	// a fight named as the topic of a worry or a talk ("about" is no intent here)
	{"fight about", "Lisa Monaco said she was concerned about clashes between Sudan and South Sudan.", []string{"Sudan ATTACKED South Sudan", "South Sudan ATTACKED Sudan"}},
	{"fight about", "The envoy talked about the fighting between Ethiopia and Eritrea.", []string{"Ethiopia ATTACKED Eritrea", "Eritrea ATTACKED Ethiopia"}},
	{"fight about", "Officials were worried about renewed clashes between Armenian forces and Azerbaijan.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia"}},
	{"about to (no act)", "Armenia is about to attack Azerbaijan.", nil},
	{"about a possible act (no act)", "The envoy talked about a possible attack by Ethiopia on Eritrea.", nil},
}

func TestRound23Force(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range round23forceCases {
		t.Run(c.rule, func(t *testing.T) {
			got := edgeStrings(x.Extract(graph.Article{Doc: "case.txt", Text: c.text}))
			want := norm(c.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, want)
			}
		})
	}
}
