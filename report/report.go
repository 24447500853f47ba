// Package report writes what analysts read after a run: report.md, a brief
// for a terminal or a Git host, and report.html, one self-contained page.
package report

import (
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

// Summary describes the run the report is about.
type Summary struct {
	Articles int    `json:"articles"`
	Edges    int    `json:"edges"`
	From     string `json:"from,omitempty"` // earliest published date, YYYY-MM-DD
	To       string `json:"to,omitempty"`
}

// Input is everything a report shows.
type Input struct {
	Title    string
	Summary  Summary
	Edges    []graph.Edge
	Analysis analyze.Result
	// Previous is the analysis of the run before, when there was one.
	Previous *analyze.Result
}

// Summarise counts the edges and finds their date range.
func Summarise(articles int, edges []graph.Edge) Summary {
	s := Summary{Articles: articles, Edges: len(edges)}
	for _, e := range edges {
		if e.Published == "" {
			continue
		}
		if s.From == "" || e.Published < s.From {
			s.From = e.Published
		}
		if e.Published > s.To {
			s.To = e.Published
		}
	}
	return s
}

// WriteFiles writes dir/report.md and dir/report.html.
func WriteFiles(dir string, in Input) error {
	for name, write := range map[string]func(io.Writer, Input) error{"report.md": Markdown, "report.html": HTML} {
		if err := writeAtomic(filepath.Join(dir, name), func(w io.Writer) error { return write(w, in) }); err != nil {
			return err
		}
	}
	return nil
}

func writeAtomic(path string, fn func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := fn(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func byRelation(edges []graph.Edge) map[graph.Relation]int {
	m := map[graph.Relation]int{}
	for _, e := range edges {
		m[e.Relation]++
	}
	return m
}

// Markdown writes the brief.
func Markdown(w io.Writer, in Input) error {
	var b strings.Builder
	title := in.Title
	if title == "" {
		title = "actorgraph report"
	}
	fmt.Fprintf(&b, "# %s\n\n", title)
	fmt.Fprintf(&b, "%d articles, %d edges", in.Summary.Articles, in.Summary.Edges)
	if in.Summary.From != "" {
		fmt.Fprintf(&b, ", %s to %s", in.Summary.From, in.Summary.To)
	}
	b.WriteString(".\n\n| relation | edges |\n|---|---:|\n")
	br := byRelation(in.Edges)
	for _, r := range graph.Relations() {
		fmt.Fprintf(&b, "| %s | %d |\n", r, br[r])
	}
	b.WriteString("\n## Top mediators (country level)\n\n")
	writeMediators(&b, in.Analysis.Country.Mediators, 10)
	b.WriteString("\n## Top mediators (actor level)\n\n")
	writeMediators(&b, in.Analysis.Actor.Mediators, 10)
	b.WriteString("\n## Most central actors\n\n| actor | kind | country | betweenness | PageRank | in | out |\n|---|---|---|---:|---:|---:|---:|\n")
	actors := append([]analyze.ActorMetrics{}, in.Analysis.Actor.Actors...)
	sort.SliceStable(actors, func(i, j int) bool { return actors[i].Betweenness > actors[j].Betweenness })
	for i, a := range actors {
		if i == 15 {
			break
		}
		c := ""
		if a.Country != nil {
			c = *a.Country
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %.4f | %.4f | %d | %d |\n", md(a.Name), a.Kind, md(c), a.Betweenness, a.PageRank, a.InDegree, a.OutDegree)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeMediators(b *strings.Builder, ms []analyze.Mediation, n int) {
	if len(ms) == 0 {
		b.WriteString("No actor has URGED or SPOKE_WITH ties to both sides of a conflict dyad.\n")
		return
	}
	b.WriteString("| conflict | mediator | score |\n|---|---|---:|\n")
	for i, m := range ms {
		if i == n {
			break
		}
		fmt.Fprintf(b, "| %s – %s | %s | %.1f |\n", md(m.Dyad[0]), md(m.Dyad[1]), md(m.Mediator), m.Score)
	}
	for i, m := range ms {
		if i == 3 {
			break
		}
		fmt.Fprintf(b, "\n**%s** between %s and %s:\n", md(m.Mediator), md(m.Dyad[0]), md(m.Dyad[1]))
		for j, ev := range m.Evidence {
			if j == 3 {
				break
			}
			fmt.Fprintf(b, "> %s (%s)\n>\n", md(ev.Sentence), md(ev.Doc))
		}
	}
}

func md(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

var page = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>body{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style>
</head><body>
<h1>{{.Title}}</h1>
<p>{{.Summary.Articles}} articles, {{.Summary.Edges}} edges.</p>
<h2>Top mediators (country level)</h2>
<table><tr><th>conflict</th><th>mediator</th><th>score</th></tr>
{{range .Analysis.Country.Mediators}}<tr><td>{{index .Dyad 0}} – {{index .Dyad 1}}</td><td>{{.Mediator}}</td><td>{{printf "%.1f" .Score}}</td></tr>
{{end}}</table>
</body></html>
`))

// HTML writes the self-contained page.
func HTML(w io.Writer, in Input) error {
	if in.Title == "" {
		in.Title = "actorgraph report"
	}
	return page.Execute(w, in)
}
