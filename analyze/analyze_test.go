package analyze

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func readFixture(t *testing.T, name string) []graph.Edge {
	t.Helper()
	edges, err := graph.ReadEdgesFile(context.Background(), filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return edges
}

// mediatorsOf returns the mediators of the dyad {a, b}, best first.
func mediatorsOf(lv Level, a, b string) []Mediation {
	if b < a {
		a, b = b, a
	}
	var out []Mediation
	for _, m := range lv.Mediators {
		if m.Dyad == [2]string{a, b} {
			out = append(out, m)
		}
	}
	return out
}

// checkUSMediates asserts that the United States is the top mediator of
// Israel–Iran at country level, ahead of the United Kingdom and France.
func checkUSMediates(t *testing.T, lv Level) {
	t.Helper()
	ms := mediatorsOf(lv, "Israel", "Iran")
	if len(ms) == 0 {
		t.Fatalf("no mediators of Iran–Israel; mediators: %+v", lv.Mediators)
	}
	if ms[0].Mediator != "United States" || ms[0].Rank != 1 {
		t.Errorf("top mediator of Iran–Israel = %s (rank %d), want United States", ms[0].Mediator, ms[0].Rank)
	}
	score := map[string]float64{}
	for _, m := range ms {
		score[m.Mediator] = m.Score
		if len(m.Evidence) == 0 {
			t.Errorf("%s mediates without evidence", m.Mediator)
		}
	}
	for _, other := range []string{"United Kingdom", "France"} {
		s, ok := score[other]
		if !ok {
			t.Errorf("%s is not among the mediators %+v", other, ms)
			continue
		}
		if !(score["United States"] > s) {
			t.Errorf("United States scores %v, not above %s's %v", score["United States"], other, s)
		}
	}
}

func TestFixtureUSMediatesIsraelIran(t *testing.T) {
	res := Run(readFixture(t, "israel-iran.jsonl"), Options{})
	checkUSMediates(t, res.Country)
	// At actor level the persons stay apart: Guterres (no country) ties to
	// both sides in one sentence.
	ms := mediatorsOf(res.Actor, "Israel", "Iran")
	found := false
	for _, m := range ms {
		if m.Mediator == "António Guterres" {
			found = m.Joint == 1 && m.TiesA == 1 && m.TiesB == 1
		}
	}
	if !found {
		t.Errorf("actor level: want António Guterres mediating with one joint sentence; got %+v", ms)
	}
	us := mediatorsOf(res.Country, "Israel", "Iran")[0]
	// Evidence names the actors as the sentence does, not their countries.
	biden := false
	for _, ev := range us.Evidence {
		biden = biden || (ev.Source == "Joe Biden" && ev.Target == "Benjamin Netanyahu")
	}
	if !biden {
		t.Errorf("country-level evidence should keep Joe Biden → Benjamin Netanyahu: %+v", us.Evidence)
	}
	if len(us.Supports) != 1 || us.Supports[0] != "Israel" {
		t.Errorf("United States supports %v, want [Israel]", us.Supports)
	}
}

// sharedDir finds the project's shared folder (spec, seeds, gold) by
// walking up from the package directory, or from $ACTORGRAPH_SHARED.
func sharedDir() string {
	if d := os.Getenv("ACTORGRAPH_SHARED"); d != "" {
		return d
	}
	dir, _ := filepath.Abs(".")
	for {
		if _, err := os.Stat(filepath.Join(dir, "shared", "gold", "seeds", "gold.jsonl")); err == nil {
			return filepath.Join(dir, "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// goldEdges converts the seeds' gold annotations into edges, looking each
// actor up in the gold actor table.
func goldEdges(t *testing.T) []graph.Edge {
	t.Helper()
	shared := sharedDir()
	if shared == "" {
		t.Skip("gold seeds test skipped: no shared/gold/seeds/gold.jsonl above this folder (set ACTORGRAPH_SHARED)")
	}
	dir := filepath.Join(shared, "gold", "seeds")
	actors := map[string]graph.Actor{}
	eachJSON(t, filepath.Join(dir, "actors.jsonl"), func(raw []byte) {
		var a graph.Actor
		if err := json.Unmarshal(raw, &a); err != nil {
			t.Fatal(err)
		}
		actors[a.Name] = a
	})
	var edges []graph.Edge
	eachJSON(t, filepath.Join(dir, "gold.jsonl"), func(raw []byte) {
		var g struct{ Doc, Sentence, Source, Relation, Target string }
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatal(err)
		}
		src, ok1 := actors[g.Source]
		dst, ok2 := actors[g.Target]
		rel, err := graph.ParseRelation(g.Relation)
		if !ok1 || !ok2 || err != nil {
			t.Fatalf("gold edge %+v: unknown actor or relation", g)
		}
		edges = append(edges, graph.Edge{Doc: g.Doc, Sentence: g.Sentence, Source: src, Relation: rel, Target: dst})
	})
	return edges
}

func eachJSON(t *testing.T, path string, fn func([]byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if line := bytes.TrimSpace(sc.Bytes()); len(line) > 0 {
			fn(line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

func TestGoldSeedsUSMediatesIsraelIran(t *testing.T) {
	edges := goldEdges(t)
	res := Run(edges, Options{})
	checkUSMediates(t, res.Country)
	for _, m := range mediatorsOf(res.Country, "Israel", "Iran")[:3] {
		t.Logf("%d. %s score %.2f (ties %d/%d, joint %d)", m.Rank, m.Mediator, m.Score, m.TiesA, m.TiesB, m.Joint)
	}
}

func TestWindows(t *testing.T) {
	edges := readFixture(t, "israel-iran.jsonl")
	res := Run(edges, Options{WindowDays: 7})
	if res.Undated != 1 || res.WindowDays != 7 {
		t.Errorf("undated %d, window_days %d; want 1 and 7", res.Undated, res.WindowDays)
	}
	want := []struct {
		start, end string
		edges      int
	}{{"2024-10-26", "2024-11-02", 14}, {"2024-11-02", "2024-11-09", 5}}
	if len(res.Windows) != len(want) {
		t.Fatalf("%d windows, want %d", len(res.Windows), len(want))
	}
	for i, w := range want {
		got := res.Windows[i]
		if got.Start != w.start || got.End != w.end || got.Edges != w.edges {
			t.Errorf("window %d = [%s, %s) %d edges, want [%s, %s) %d", i, got.Start, got.End, got.Edges, w.start, w.end, w.edges)
		}
	}
	checkUSMediates(t, res.Windows[0].Country)
	// 1-day windows: 8 days from Oct 26 to Nov 2, empty ones kept.
	daily := Run(edges, Options{WindowDays: 1})
	if len(daily.Windows) != 8 || daily.Windows[2].Edges != 0 || daily.Windows[2].Actor.Actors == nil {
		t.Errorf("daily: %d windows, third has %d edges", len(daily.Windows), daily.Windows[2].Edges)
	}
	if Run(edges, Options{}).Windows != nil {
		t.Error("windows computed without WindowDays")
	}
}

func TestBetweennessMethod(t *testing.T) {
	edges := readFixture(t, "israel-iran.jsonl")
	exact := Run(edges, Options{})
	if exact.Actor.Betweenness != "exact" || exact.Actor.Pivots != exact.Actor.Nodes {
		t.Errorf("small graph: method %q pivots %d of %d, want exact", exact.Actor.Betweenness, exact.Actor.Pivots, exact.Actor.Nodes)
	}
	sampled := Run(edges, Options{Pivots: 5, Seed: 9})
	if !strings.HasPrefix(sampled.Actor.Betweenness, "sampled (5 of ") || sampled.Actor.Pivots != 5 {
		t.Errorf("Pivots 5: method %q pivots %d", sampled.Actor.Betweenness, sampled.Actor.Pivots)
	}
	auto := Run(edges, Options{ExactLimit: 10})
	if !strings.HasPrefix(auto.Actor.Betweenness, "exact") && auto.Actor.Nodes > MinPivots {
		t.Errorf("tiny ExactLimit on %d nodes: %q", auto.Actor.Nodes, auto.Actor.Betweenness)
	}
}

func TestInteractionGraph(t *testing.T) {
	// Israel and Iran are linked directly by their attacks, so no shortest
	// path runs through the United States: its betweenness is 0 although it
	// is the top mediator. This is why mediation is scored on its own.
	res := Run(readFixture(t, "israel-iran.jsonl"), Options{})
	byName := map[string]ActorMetrics{}
	for _, m := range res.Country.Actors {
		byName[m.Name] = m
		if m.Community < 0 || m.Community >= res.Country.Communities {
			t.Errorf("%s in community %d of %d", m.Name, m.Community, res.Country.Communities)
		}
	}
	us := byName["United States"]
	if us.Betweenness != 0 || !(us.PageRank > 0) || !(us.Harmonic > 0) {
		t.Errorf("United States: betweenness %v pagerank %v harmonic %v; want 0, >0, >0", us.Betweenness, us.PageRank, us.Harmonic)
	}
	for name, m := range byName {
		if name != "United States" && m.Mediation >= us.Mediation {
			t.Errorf("%s mediation score %v not below the United States' %v", name, m.Mediation, us.Mediation)
		}
	}
	// Iran is the only way from Israel's side to France (the undated
	// "Iran urged France" edge), so it has the highest betweenness.
	if top := res.Country.Actors[0]; top.Name != "Iran" {
		t.Errorf("highest betweenness: %s, want Iran", top.Name)
	}
	if il := byName["Israel"]; il.In[graph.Attacked] != 2 || il.InDegree != 12 {
		t.Errorf("Israel in-degree %d by relation %v, want 12 with 2 ATTACKED", il.InDegree, il.In)
	}
}

func TestGolden(t *testing.T) {
	res := Run(readFixture(t, "israel-iran.jsonl"), Options{Workers: 1, WindowDays: 7})
	got, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "israel-iran.analysis.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("analysis differs from %s; if the change is intended, run go test ./analyze -update and review the diff", path)
	}
}

func TestEmpty(t *testing.T) {
	res := Run(nil, Options{WindowDays: 1})
	if res.Actor.Actors == nil || res.Actor.Mediators == nil || res.Actor.Dyads == nil || len(res.Windows) != 0 {
		t.Errorf("empty input: want empty, non-nil lists; got %+v", res)
	}
}

// TestProgressStages: Options.Progress hears each stage once, in order,
// windows included (not once per window).
func TestProgressStages(t *testing.T) {
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var edges []graph.Edge
	for i, pair := range [][2]string{{"Iran", "Israel"}, {"Israel", "Iran"}, {"Qatar", "Iran"}} {
		edges = append(edges, graph.Edge{Doc: "d.txt", Published: day.AddDate(0, 0, 10*i).Format(time.DateOnly), Relation: graph.Attacked,
			Source: graph.Actor{Name: pair[0], Kind: graph.State, Country: pair[0]}, Target: graph.Actor{Name: pair[1], Kind: graph.State, Country: pair[1]}})
	}
	var got []string
	if _, err := RunContext(context.Background(), edges, Options{WindowDays: 7, Progress: func(s string) { got = append(got, s) }}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"actor level", "country level", "windows"}; !slices.Equal(got, want) {
		t.Fatalf("stages %q, want %q", got, want)
	}
}
