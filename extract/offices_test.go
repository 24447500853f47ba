package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestOfficeOnDate checks that a bare title the article settles with no
// name ("Turkey's foreign minister") is the person the dictionary says held
// that office on the article's date, and stays the state when the date is
// unknown, when the article names a holder itself, or when the title fits
// more than one office holder.
func TestOfficeOnDate(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		rule, date, text string
		want             []string
	}{
		{"the holder on the date", "2022-06-01",
			"Turkey's foreign minister urged Sweden to stop supporting the group.",
			[]string{"Mevlut Cavusoglu URGED Sweden"}},
		{"a later date, a later holder", "2024-03-01",
			"The Turkish foreign minister urged Sweden to stop supporting the group.",
			[]string{"Hakan Fidan URGED Sweden"}},
		{"no date: the state", "",
			"Turkey's foreign minister urged Sweden to stop supporting the group.",
			[]string{"Turkey URGED Sweden"}},
		{"a holder the article names wins", "2022-06-01",
			"Foreign Minister Ali Babacan spoke in Ankara.\nTurkey's foreign minister urged Sweden to stop supporting the group.",
			[]string{"Ali Babacan URGED Sweden"}},
		{"a leader of a state with a head and a head of government stays the state", "2019-06-01",
			"Israel's leader urged Egypt to close the crossing.",
			[]string{"Israel URGED Egypt"}},
		{"a leader where the dictionary knows one ruler is the ruler", "2019-06-01",
			"Kuwait's leader urged Iraq to release the prisoners.",
			[]string{"Sabah Al-Ahmad Al-Jaber Al-Sabah URGED Iraq"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			got := edgeStrings(x.Extract(graph.Article{Doc: "case.txt", Text: c.text, Published: c.date}))
			want := norm(c.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s (%s)\n got: %q\nwant: %q", c.text, c.date, got, want)
			}
		})
	}
}
