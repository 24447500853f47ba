package analyze_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/report"
)

// TestReportFromCompactFile checks that a report made from the compact
// analysis.json (written, then read back as `report --analysis` does) is
// the report made from the whole result, on a stream large enough that the
// compact file leaves most actors and dyads out.
// randomStream returns 6,000 edges among 1,500 actors in 40 countries,
// with a few actors far more active than the rest, over 20 days.
func randomStream() []graph.Edge {
	r := rand.New(rand.NewPCG(3, 9))
	actors := make([]graph.Actor, 1500)
	for i := range actors {
		actors[i] = graph.Actor{Name: fmt.Sprintf("Actor %04d", i), Kind: graph.Person, Country: fmt.Sprintf("Country %02d", i%40)}
		if i < 40 {
			actors[i] = graph.Actor{Name: actors[i].Country, Kind: graph.State, Country: actors[i].Country}
		}
	}
	pick := func() int { return int(float64(len(actors)) * r.Float64() * r.Float64() * r.Float64()) }
	day0 := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	var edges []graph.Edge
	for len(edges) < 6000 {
		s, t := pick(), pick()
		if len(edges) < len(actors) {
			s = len(edges)
		}
		if s == t {
			continue
		}
		doc := fmt.Sprintf("doc-%d", len(edges)/4)
		edges = append(edges, graph.Edge{
			Doc: doc, SentenceIndex: len(edges) % 4, Sentence: fmt.Sprintf("Sentence %d of %s.", len(edges)%4, doc),
			Source: actors[s], Relation: graph.Relations()[r.IntN(6)], Target: actors[t],
			Published: day0.AddDate(0, 0, r.IntN(20)).Format(time.DateOnly),
		}.WithID())
	}
	return edges
}

func TestReportFromCompactFile(t *testing.T) {
	edges := randomStream()
	full := analyze.Run(edges, analyze.Options{Seed: 1, WindowDays: 7})
	var b bytes.Buffer
	if err := analyze.WriteJSON(context.Background(), &b, full, analyze.OutputOptions{}); err != nil {
		t.Fatal(err)
	}
	var compact analyze.Result
	if err := json.Unmarshal(b.Bytes(), &compact); err != nil {
		t.Fatal(err)
	}
	if compact.Actor.ActorsOmitted == 0 || compact.Actor.DyadsOmitted == 0 {
		t.Fatalf("the compact file left nothing out (%d actors, %d dyads): the test needs a larger stream",
			compact.Actor.ActorsOmitted, compact.Actor.DyadsOmitted)
	}
	render := func(res analyze.Result) (string, string) {
		in := report.Input{Title: "t", Summary: report.Summarise(1500, edges), Edges: edges, Analysis: res, MaxNodes: 300}
		var md, html bytes.Buffer
		if err := report.Markdown(&md, in); err != nil {
			t.Fatal(err)
		}
		if err := report.HTML(&html, in); err != nil {
			t.Fatal(err)
		}
		return md.String(), html.String()
	}
	wantMD, wantHTML := render(full)
	gotMD, gotHTML := render(compact)
	if gotMD != wantMD {
		t.Errorf("Markdown report from the compact file differs:\n%s\nwant:\n%s", gotMD, wantMD)
	}
	// The HTML's drawings must be the same: the same actors, in the same
	// order, at the same places and sizes. Its evidence lists may be shorter
	// (the compact file keeps DefaultEvidence sentences per dyad and
	// mediation), which renumbers the evidence the arcs point at.
	nodes := regexp.MustCompile(`\{"n":"[^"]*","k":"[^"]*"[^{}]*?"x":[-0-9.]+,"y":[-0-9.]+`)
	gotNodes, wantNodes := nodes.FindAllString(gotHTML, -1), nodes.FindAllString(wantHTML, -1)
	if len(wantNodes) < 50 {
		t.Fatalf("only %d drawn nodes found in the HTML report: the pattern no longer matches the page", len(wantNodes))
	}
	if strings.Join(gotNodes, "\n") != strings.Join(wantNodes, "\n") {
		t.Errorf("the HTML report from the compact file draws other nodes (%d) than the one from the whole analysis (%d)", len(gotNodes), len(wantNodes))
	}

}

// TestKeepIsCompact checks that an analysis pruned as it goes
// (Options.Keep) writes the same compact analysis.json as the whole
// analysis, with cuts small enough that many dyads and mediations are
// left out.
func TestKeepIsCompact(t *testing.T) {
	edges := randomStream()
	out := analyze.OutputOptions{Dyads: 40, Mediations: 30, Evidence: 2}
	write := func(res analyze.Result) string {
		var b bytes.Buffer
		if err := analyze.WriteJSON(context.Background(), &b, res, out); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	opt := analyze.Options{Seed: 1, WindowDays: 7, MaxEvidence: 2}
	want := write(analyze.Run(edges, opt))
	opt.Keep = &out
	pruned := analyze.Run(edges, opt)
	if pruned.Actor.DyadsOmitted == 0 || pruned.Country.MediationsOmitted == 0 {
		t.Fatalf("nothing was pruned (%d dyads, %d mediations omitted): the cuts are too large for the test",
			pruned.Actor.DyadsOmitted, pruned.Country.MediationsOmitted)
	}
	if got := write(pruned); got != want {
		t.Errorf("the pruned analysis writes another analysis.json than the whole one (%d bytes, want %d)", len(got), len(want))
	}
}
