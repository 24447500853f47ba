package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// round23cforceCases are force against a state's places and forces, and an
// ended war (round 23, helper "cforce", from the corpus23 census).
var round23cforceCases = []ruleCase{
	// entering premises by force (CAMEO 1724)
	{"forcibly entered", "Peruvian police forcibly entered the Bolivian embassy in Lima.", []string{"Peru ATTACKED Bolivia"}},
	{"forcibly entered", "Chadian soldiers forcibly entered the Sudanese consulate on Monday.", []string{"Chad ATTACKED Sudan"}},
	// a face-off or scuffle named as the fight the dead died in
	{"face-off", "Four Nepalese soldiers were killed in a violent face-off with Indian troops.", []string{"Nepal ATTACKED India", "India ATTACKED Nepal"}},
	{"scare-quoted clash", "Two Thai soldiers died in a \"brief clash\" with Cambodian troops near the temple.", []string{"Thailand ATTACKED Cambodia", "Cambodia ATTACKED Thailand"}},
	{"scuffle", "Dozens of Armenian soldiers were wounded in scuffles with Azerbaijani troops.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia"}},
	// a premodifier of a front position before the demonym
	{"forward positions", "Indian troops have been shelling forward Pakistani posts since dawn.", []string{"India ATTACKED Pakistan"}},
	{"frontline positions", "Russian artillery pounded frontline Ukrainian positions overnight.", []string{"Russia ATTACKED Ukraine"}},
	// a war declared over is ended, not fought
	{"war declared over", "Kenya and Uganda declared the war over after talks in Nairobi.", nil},
	{"fighting declared ended", "Peru and Ecuador declared the fighting ended.", nil},
	{"a war over a place is fought", "India and Pakistan fought a war over Kashmir.", []string{"India ATTACKED Pakistan", "Pakistan ATTACKED India"}},
}

func TestRound23CForce(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range round23cforceCases {
		t.Run(c.rule, func(t *testing.T) {
			got := edgeStrings(x.Extract(graph.Article{Doc: "case.txt", Text: c.text}))
			want := norm(c.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, want)
			}
		})
	}
}
