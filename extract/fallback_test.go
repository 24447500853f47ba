package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/rank"
	"github.com/actorgraph/actorgraph/graph"
)

// A sentence whose trigger and actors no rule reads gives candidates with
// their features; a model that favours a feature keeps them, the embedded
// model keeps none.
func TestRankedCandidates(t *testing.T) {
	const sentence = "Ghana called for calm and a summit with Togo."
	a := graph.Article{Doc: "g.txt", Text: sentence}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if es := x.Extract(a); len(es) != 0 {
		t.Fatalf("the rules read %v: pick another sentence", es)
	}
	cs := x.Candidates(a)
	var urged *Candidate
	for i, c := range cs {
		if c.Source.Name == "Ghana" && c.Relation == graph.Urged && c.Target.Name == "Togo" {
			urged = &cs[i]
		}
	}
	if urged == nil {
		t.Fatalf("no candidate Ghana URGED Togo in %v", cs)
	}
	for _, want := range []string{"URGED|afirst=true", "URGED|order=BA", "URGED|bprep=with", "URGED|blocked=false"} {
		if !slices.Contains(urged.Features, want) {
			t.Errorf("candidate features %v lack %q", urged.Features, want)
		}
	}
	m, err := rank.Parse(strings.NewReader("threshold\t0.5\nbias\t-4\nURGED|bprep=with\t5\n"), "test model")
	if err != nil {
		t.Fatal(err)
	}
	xr, err := New(WithRanker(m))
	if err != nil {
		t.Fatal(err)
	}
	es := xr.Extract(a)
	if len(es) != 1 || es[0].Source.Name != "Ghana" || es[0].Relation != graph.Urged || es[0].Target.Name != "Togo" {
		t.Fatalf("with the model: %v, want Ghana URGED Togo only", es)
	}
	if c := es[0].Confidence; c <= 0 || c > wRanked {
		t.Errorf("confidence %v, want in (0, %v]", c, wRanked)
	}
	xn, err := New(WithRanker(nil))
	if err != nil {
		t.Fatal(err)
	}
	if es := xn.Extract(a); len(es) != 0 {
		t.Errorf("with no model: %v, want none", es)
	}
}

// Candidates never repeat a rule edge.
func TestCandidatesLeaveRuleEdges(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := graph.Article{Doc: "r.txt", Text: "Ghana urged Togo to talk with Benin."}
	rules := map[[3]string]bool{}
	for _, e := range x.Extract(a) {
		rules[[3]string{e.Source.Name, string(e.Relation), e.Target.Name}] = true
	}
	if len(rules) == 0 {
		t.Fatal("the rules read nothing")
	}
	for _, c := range x.Candidates(a) {
		if rules[[3]string{c.Source.Name, string(c.Relation), c.Target.Name}] {
			t.Errorf("candidate %s %s %s repeats a rule edge", c.Source.Name, c.Relation, c.Target.Name)
		}
	}
}
