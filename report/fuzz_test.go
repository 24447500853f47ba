package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

// FuzzReports feeds arbitrary news text (actor names, sentences, document
// names, dates) through both reports: they must never fail, the page must
// keep exactly its two scripts, and report.md must keep one table row per
// line.
func FuzzReports(f *testing.F) {
	f.Add("Iran", "Iran attacked Israel.", "a.txt", "2024-04-14")
	f.Add("A | B", "line\nbreak | pipe `code` *em* [link](x)", "dir/b c.txt", "not a date")
	f.Add("</script><script>x()</script>", "<img src=x onerror=alert(1)>", "&amp;", "2024-13-45")
	f.Fuzz(func(t *testing.T, name, sentence, doc, date string) {
		if name == "" || name == "B" || doc == "" {
			return
		}
		a := graph.Actor{Name: name, Kind: graph.Person, Country: name}
		b := graph.Actor{Name: "B", Kind: graph.State, Country: "B"}
		edges := []graph.Edge{
			{Doc: doc, Sentence: sentence, Source: a, Relation: graph.Attacked, Target: b, Published: date},
			{Doc: doc, Sentence: sentence, Source: b, Relation: graph.SpokeWith, Target: a},
		}
		in := Input{Title: name, Edges: edges, Summary: Summarise(1, edges), Analysis: analyze.Run(edges, analyze.Options{})}
		var h, m bytes.Buffer
		if err := HTML(&h, in); err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(h.String(), "<script"); n != 2 {
			t.Fatalf("page has %d <script> elements", n)
		}
		if err := Markdown(&m, in); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(m.String(), "\n") {
			if strings.HasPrefix(line, "|") && !strings.HasSuffix(line, "|") {
				t.Fatalf("broken table row %q", line)
			}
		}
	})
}
