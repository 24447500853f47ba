package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestUnnamedOffice checks relations.md's rule for a bare title: it is the
// person the article names who held that office (under that title, another
// or none), and the state (or the body) when the article names no holder,
// whatever the dictionary says held the office that day; a body's title is
// never matched to a namesake office of another body.
func TestUnnamedOffice(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		rule, date, text string
		want             []string
	}{
		{"an unnamed holder is the state", "2022-06-01",
			"Turkey's foreign minister urged Sweden to stop supporting the group.",
			[]string{"Turkey URGED Sweden"}},
		{"no date: the state", "",
			"Turkey's foreign minister urged Sweden to stop supporting the group.",
			[]string{"Turkey URGED Sweden"}},
		{"a holder the article names wins", "2022-06-01",
			"Foreign Minister Ali Babacan spoke in Ankara.\nTurkey's foreign minister urged Sweden to stop supporting the group.",
			[]string{"Ali Babacan URGED Sweden"}},
		{"a holder named with no title", "2022-06-01",
			"Mevlut Cavusoglu spoke to reporters.\nThe Turkish foreign minister urged Sweden to stop supporting the group.",
			[]string{"Mevlut Cavusoglu URGED Sweden"}},
		{"a body's unnamed chief is the body", "2024-03-01",
			"NATO's secretary general warned Russia.",
			[]string{"North Atlantic Treaty Organization WARNED Russia"}},
		{"a body's title is not another body's", "2024-03-01",
			"Antonio Guterres spoke in Geneva.\nNATO's secretary general warned Russia.",
			[]string{"North Atlantic Treaty Organization WARNED Russia"}},
		{"a body's chief named before", "2024-03-01",
			"Jens Stoltenberg spoke in Brussels.\nThe NATO chief warned Russia.",
			[]string{"Jens Stoltenberg WARNED Russia"}},
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
