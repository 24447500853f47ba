package eval

import (
	"bytes"
	"context"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func edge(doc, src string, sk graph.Kind, sc string, rel graph.Relation, tgt string, tk graph.Kind, tc string) graph.Edge {
	return graph.Edge{Doc: doc, Source: graph.Actor{Name: src, Kind: sk, Country: sc}, Relation: rel,
		Target: graph.Actor{Name: tgt, Kind: tk, Country: tc}}.WithID()
}

func TestScore(t *testing.T) {
	g, err := LoadGold("testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name           string
		edges          []graph.Edge
		actorTP, found int
		countryTP      int
	}{
		{"alias matches canonical", []graph.Edge{edge("a.txt", "Washington", graph.State, "", graph.Urged, "Israel", graph.State, "Israel")}, 1, 1, 1},
		{"symmetric either way", []graph.Edge{edge("a.txt", "Netanyahu", graph.Person, "Israel", graph.SpokeWith, "Biden", graph.Person, "United States")}, 1, 1, 1},
		{"directed reversed is wrong", []graph.Edge{edge("a.txt", "Israel", graph.State, "Israel", graph.Attacked, "Iran", graph.State, "Iran")}, 0, 1, 0},
		{"person counts at country level", []graph.Edge{edge("a.txt", "Joe Biden", graph.Person, "United States", graph.Urged, "Israel", graph.State, "Israel")}, 0, 1, 1},
		{"path in doc is reduced to base name", []graph.Edge{edge("x/y/a.txt", "Iran", graph.State, "Iran", graph.Attacked, "Israel", graph.State, "Israel")}, 1, 1, 1},
		{"docs outside gold ignored", []graph.Edge{edge("zzz.txt", "Iran", graph.State, "Iran", graph.Attacked, "Israel", graph.State, "Israel")}, 0, 0, 0},
		{"accents folded", []graph.Edge{edge("b.txt", "Antonio Guterres", graph.Person, "", graph.Urged, "Iran", graph.State, "Iran")}, 1, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, c := Score(g, tc.edges)
			if a.All.TP != tc.actorTP || a.All.Found != tc.found || c.All.TP != tc.countryTP {
				t.Fatalf("actor tp=%d found=%d, country tp=%d; want %d %d %d", a.All.TP, a.All.Found, c.All.TP, tc.actorTP, tc.found, tc.countryTP)
			}
			if a.All.Gold != 4 {
				t.Fatalf("gold keys %d, want 4", a.All.Gold)
			}
		})
	}
}

func TestPRF(t *testing.T) {
	p, r, f := prf(3, 1, 2)
	if p != 0.75 || r != 0.6 || math.Abs(f-2*0.75*0.6/1.35) > 1e-12 {
		t.Fatalf("prf = %v %v %v", p, r, f)
	}
	if p, r, f := prf(0, 0, 0); p != 0 || r != 0 || f != 0 {
		t.Fatal("prf of nothing must be zeros")
	}
}

// TestMatchesScoreEdges runs the reference scorer (../shared/tools/score-edges)
// on the same edges and compares every overall figure.
func TestMatchesScoreEdges(t *testing.T) {
	shared := filepath.Join("..", "..", "shared")
	tool := filepath.Join(shared, "tools", "score-edges")
	goldDir := filepath.Join(shared, "gold", "seeds")
	if _, err := os.Stat(tool); err != nil {
		t.Skip("../shared/tools/score-edges not present: reference comparison skipped")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found: reference comparison skipped")
	}
	g, err := LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	// A mixed edge set: half the gold (as graph edges), plus wrong edges.
	var edges []graph.Edge
	for i, ge := range g.Edges {
		rel := graph.Relation(ge.Relation)
		if i%3 == 2 {
			rel = graph.Accused
		}
		if i%2 == 0 {
			edges = append(edges, edge(ge.Doc, ge.Source, graph.Person, "", rel, ge.Target, graph.State, ""))
		}
	}
	edges = append(edges, edge(g.Edges[0].Doc, "Jordan", graph.State, "Jordan", graph.Attacked, "Iran", graph.State, "Iran"))
	a, c := Score(g, edges)
	compareWithReference(t, tool, goldDir, edges, []Table{a, c})
}

// compareWithReference writes edges, runs the reference scorer on them with
// flags and compares its two overall rows with tables.
func compareWithReference(t *testing.T, tool, goldDir string, edges []graph.Edge, tables []Table, flags ...string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "e.jsonl")
	var buf bytes.Buffer
	w := graph.NewEdgeWriter(&buf)
	for _, e := range edges {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append(append([]string{}, flags...), "--gold", goldDir, path)
	out, err := exec.CommandContext(context.Background(), tool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("score-edges: %v\n%s", err, out)
	}
	re := regexp.MustCompile(`(?m)^ALL\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)`)
	m := re.FindAllStringSubmatch(string(out), -1)
	if len(m) != 2 {
		t.Fatalf("cannot read score-edges output:\n%s", out)
	}
	for i, tb := range tables {
		want := []float64{}
		for _, s := range m[i][1:] {
			v, _ := strconv.ParseFloat(s, 64)
			want = append(want, v)
		}
		got := []float64{float64(tb.All.Gold), float64(tb.All.Found), float64(tb.All.TP), tb.All.Precision, tb.All.Recall, tb.All.F1}
		for j := range got {
			if math.Abs(got[j]-want[j]) > 0.0005 {
				t.Errorf("%s level: got %v, score-edges %v says %v", tb.Level, got, flags, want)
				break
			}
		}
	}
}

// TestOptionalDisputable: rows noted "disputable" are neither missed nor
// extra under Options.OptionalDisputable, at each level on its own (a
// disputable person's row whose country key a firm row gives stays firm at
// country level), and the figures are score-edges --optional-disputable's.
func TestOptionalDisputable(t *testing.T) {
	g, err := LoadGold("testdata/disputable")
	if err != nil {
		t.Fatal(err)
	}
	biden := edge("a.txt", "Biden", graph.Person, "United States", graph.Urged, "Iran", graph.State, "Iran")
	warned := edge("a.txt", "Israel", graph.State, "Israel", graph.Warned, "Iran", graph.State, "Iran")
	urged := edge("a.txt", "US", graph.State, "United States", graph.Urged, "Israel", graph.State, "Israel")
	tests := []struct {
		name     string
		edges    []graph.Edge
		optional bool
		// actor gold, found, tp; country gold, found, tp
		want [6]int
	}{
		{"every row firm", []graph.Edge{biden}, false, [6]int{5, 1, 1, 4, 1, 1}},
		{"disputable person's row found: not extra", []graph.Edge{biden}, true, [6]int{3, 0, 0, 3, 1, 1}},
		{"disputable row found: not extra at either level", []graph.Edge{warned, urged}, true, [6]int{3, 1, 1, 3, 1, 1}},
		{"disputable rows absent: not missed", nil, true, [6]int{3, 0, 0, 3, 0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, c := ScoreWith(g, tc.edges, Options{OptionalDisputable: tc.optional})
			got := [6]int{a.All.Gold, a.All.Found, a.All.TP, c.All.Gold, c.All.Found, c.All.TP}
			if got != tc.want {
				t.Fatalf("actor gold/found/tp, country gold/found/tp = %v, want %v", got, tc.want)
			}
			if tc.optional && (a.Optional != 2 || c.Optional != 1) {
				t.Fatalf("optional keys %d (actor), %d (country); want 2, 1", a.Optional, c.Optional)
			}
			if !tc.optional && a.Optional+c.Optional != 0 {
				t.Fatalf("optional keys without the option: %d, %d", a.Optional, c.Optional)
			}
		})
	}
	tool := filepath.Join("..", "..", "shared", "tools", "score-edges")
	if _, err := os.Stat(tool); err != nil {
		t.Skip("../shared/tools/score-edges not present: reference comparison skipped")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found: reference comparison skipped")
	}
	for _, edges := range [][]graph.Edge{{biden}, {warned, urged}, {biden, warned, urged}} {
		a, c := ScoreWith(g, edges, Options{OptionalDisputable: true})
		compareWithReference(t, tool, "testdata/disputable", edges, []Table{a, c}, "--optional-disputable")
	}
}
