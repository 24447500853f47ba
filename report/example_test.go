package report_test

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/report"
)

func ExampleMarkdown() {
	us := graph.Actor{Name: "United States", Kind: graph.State, Country: "United States"}
	iran := graph.Actor{Name: "Iran", Kind: graph.State, Country: "Iran"}
	israel := graph.Actor{Name: "Israel", Kind: graph.State, Country: "Israel"}
	edges := []graph.Edge{
		{Doc: "a.txt", Sentence: "Iran attacked Israel.", Source: iran, Relation: graph.Attacked, Target: israel, Published: "2024-04-14"},
		{Doc: "a.txt", Sentence: "The US urged Iran and Israel to show restraint.", Source: us, Relation: graph.Urged, Target: iran, Published: "2024-04-14"},
		{Doc: "a.txt", Sentence: "The US urged Iran and Israel to show restraint.", Source: us, Relation: graph.Urged, Target: israel, Published: "2024-04-14"},
	}
	in := report.Input{
		Title:    "Example",
		Summary:  report.Summarise(1, edges),
		Edges:    edges,
		Analysis: analyze.Run(edges, analyze.Options{}),
	}
	var b strings.Builder
	if err := report.Markdown(&b, in); err != nil {
		fmt.Println(err)
		return
	}
	// Print the summary line and the country-level mediators.
	md := b.String()
	fmt.Println(strings.Split(md, "\n")[2])
	from := strings.Index(md, "### Country level")
	fmt.Print(md[from:strings.Index(md, "### Actor level")])
	// Output:
	// **1 article, 3 edges, 2024-04-14.** 3 actors, 3 at country level.
	// ### Country level
	//
	// **Iran – Israel**
	//
	// 1. United States (score 2, on 100% of the shortest diplomatic paths; ties: 1 to Iran, 1 to Israel, 1 to both)
	//    > The US urged Iran and Israel to show restraint. — `a.txt` (United States urged Iran and Israel)
}
