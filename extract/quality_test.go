package extract

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/eval"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden edge files in testdata/")

// extractDir extracts every article under dir, as the CLI does.
func extractDir(t testing.TB, x *Extractor, dir string) []graph.Edge {
	t.Helper()
	var out []graph.Edge
	ctx := context.Background()
	for _, src := range ingest.Find(ctx, []string{dir}, func(p ingest.Problem) { t.Fatalf("%v", p) }) {
		arts, err := ingest.Read(ctx, src)
		if err != nil {
			t.Fatalf("%s: %v", src.Path, err)
		}
		for _, a := range arts {
			out = append(out, x.Extract(a)...)
		}
	}
	return out
}

// TestExamplesGolden compares the edges of examples/articles with
// testdata/examples.golden.jsonl. Run with -update to accept a change.
func TestExamplesGolden(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	edges := extractDir(t, x, filepath.Join("..", "examples", "articles"))
	var buf bytes.Buffer
	w := graph.NewEdgeWriter(&buf)
	for _, e := range edges {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "examples.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./extract -run Golden -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		got := strings.Split(buf.String(), "\n")
		exp := strings.Split(string(want), "\n")
		for i := 0; i < max(len(got), len(exp)); i++ {
			var g, e string
			if i < len(got) {
				g = got[i]
			}
			if i < len(exp) {
				e = exp[i]
			}
			if g != e {
				t.Fatalf("edges differ from %s at line %d:\n got: %s\nwant: %s\n(run with -update if the change is intended)", golden, i+1, g, e)
			}
		}
	}
}

// findUp looks for rel in dir and its parents.
func findUp(rel string) (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(p); err == nil {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// scoreBar extracts the articles of artDir, scores them against goldDir and
// fails when F1 falls under the bars.
func scoreBar(t *testing.T, artDir, goldDir string, actorBar, countryBar float64) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	g, err := eval.LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	actor, country := eval.Score(g, extractDir(t, x, artDir))
	var b strings.Builder
	actor.Write(&b, false)
	country.Write(&b, false)
	t.Logf("%s\n%s", artDir, b.String())
	if actor.All.F1 < actorBar {
		t.Errorf("actor-level F1 %.3f < %.2f", actor.All.F1, actorBar)
	}
	if country.All.F1 < countryBar {
		t.Errorf("country-level F1 %.3f < %.2f", country.All.F1, countryBar)
	}
}

// TestSeedsBar holds the quality bar on the shared seed articles: F1 at
// least 0.80 at actor level and 0.90 at country level. It reads
// ../shared/seeds and ../shared/gold/seeds when they are there.
func TestSeedsBar(t *testing.T) {
	seeds, ok1 := findUp(filepath.Join("shared", "seeds"))
	gold, ok2 := findUp(filepath.Join("shared", "gold", "seeds"))
	if !ok1 || !ok2 {
		t.Skip("no shared/seeds and shared/gold/seeds beside the repository: seed bar not checked")
	}
	scoreBar(t, seeds, gold, 0.80, 0.90)
}

// TestExamplesBar holds the bar on the team's independently annotated
// examples: F1 at least 0.80 at actor level.
func TestExamplesBar(t *testing.T) {
	gold := filepath.Join("..", "examples", "gold")
	if _, err := os.Stat(filepath.Join(gold, "gold.jsonl")); err != nil {
		t.Skip("no examples/gold")
	}
	scoreBar(t, filepath.Join("..", "examples", "articles"), gold, 0.80, 0.80)
}

// TestHeldoutFloor guards the second, later-written set of examples
// (examples/heldout: eight articles on other crises, annotated by another
// hand). It was kept from the extractor's authors while they worked, but its
// misses were then described to them as categories of news style, so it is
// no longer blind (examples/heldout/README.md). The floor sits a little
// under the measured F1 (0.798 actor, 0.874 country) to catch regressions.
func TestHeldoutFloor(t *testing.T) {
	dir := filepath.Join("..", "examples", "heldout")
	if _, err := os.Stat(filepath.Join(dir, "gold", "gold.jsonl")); err != nil {
		t.Skip("no examples/heldout/gold")
	}
	scoreBar(t, filepath.Join(dir, "articles"), filepath.Join(dir, "gold"), 0.74, 0.82)
}

// TestDeterministic checks that the same article gives the same edges, in
// the same order, every time.
func TestDeterministic(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := graph.Article{Doc: "d.txt", Text: "The US, UK and France urged Israel and Iran to show restraint. Iran's attack on Israel was condemned by Germany."}
	first := edgeStrings(x.Extract(a))
	for range 20 {
		if got := edgeStrings(x.Extract(a)); strings.Join(got, "|") != strings.Join(first, "|") {
			t.Fatalf("run gave %v, first gave %v", got, first)
		}
	}
}

// TestEdgeFields checks ids, sentences, triggers, dates and confidences.
func TestEdgeFields(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "AFP , Sunday 14 Apr 2024\n\nIran launched drones at Israel. Israel reportedly struck Iran's consulate."
	es := x.Extract(graph.Article{Doc: "a.txt", Text: text})
	if len(es) != 2 {
		t.Fatalf("want 2 edges, got %d: %v", len(es), edgeStrings(es))
	}
	for _, e := range es {
		if err := e.Validate(); err != nil {
			t.Error(err)
		}
		if e.ID != graph.EdgeID(e.Doc, e.SentenceIndex, e.Source.Name, e.Relation, e.Target.Name) {
			t.Errorf("id %s is not the stable id", e.ID)
		}
		if e.Published != "2024-04-14" {
			t.Errorf("published %q, want 2024-04-14 from the byline", e.Published)
		}
		if !strings.Contains(text, e.Sentence) {
			t.Errorf("sentence %q is not in the text", e.Sentence)
		}
	}
	if es[0].Trigger != "launched" || es[0].SentenceIndex != 0 {
		t.Errorf("first edge: trigger %q sentence %d", es[0].Trigger, es[0].SentenceIndex)
	}
	if !(es[1].Confidence < es[0].Confidence) {
		t.Errorf("a hedged nominal edge (%.2f) should be less sure than a plain verb edge (%.2f)", es[1].Confidence, es[0].Confidence)
	}
	// metadata wins over the text
	es = x.Extract(graph.Article{Doc: "a.txt", Text: text, Published: "2024-04-15"})
	if es[0].Published != "2024-04-15" {
		t.Errorf("published %q, want the metadata's 2024-04-15", es[0].Published)
	}
}

// FuzzExtract checks that any bytes give no panic and only valid edges.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"The US, UK and France called for restraint between Israel and Iran.",
		"\"We urge Iran to stop,\" spokesman Sean Savet said. He added: “Our support",
		"both sides the group the country his Turkish, Chinese and counterparts",
		"Iran-backed , with help from the the the told to \" ” ’s 's",
		"If Iran attacks, Israel will not respond; which, who, that",
		// the passes of issue 10: mediation, signatories, collectives, quotes
		"the Oman-mediated talks between Riyadh and the Houthis, brokered by the UN, \"strongly condemned\" the three countries",
		"\"These seizures are unacceptable.\" he read from a statement signed by 40 countries, including Japan and the",
		"Mali, Niger and Chad met. The three Sahel countries said that they gave Algeria seven days to",
		"Antony J. Blinken, who arrived after a speech, signed alongside the Emir of Qatar Tamim bin Hamad al-Thani and",
	} {
		f.Add([]byte(s))
	}
	// every rule case's sentence: the constructions the rules read
	for _, table := range allRuleCases() {
		for _, c := range table {
			f.Add([]byte(c.text))
		}
	}
	// a rule's panic is caught and reported as a fault (WithFaults), which
	// fails the target; the fuzz function runs one input at a time in a
	// process, so one variable holds the fault of the current input
	var fault error
	x, err := New(WithFaults(func(_ string, err error) { fault = err }))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if utf8.Valid(b) {
			fuzzEdges(t, x, &fault, b)
		}
	})
}

// fuzzEdges extracts text b with x and fails t on a fault (fault is the
// variable x's WithFaults handler sets) or on an edge that is not valid.
func fuzzEdges(t *testing.T, x *Extractor, fault *error, b []byte) {
	*fault = nil
	es := x.Extract(graph.Article{Doc: "fuzz.txt", Text: string(b)})
	if *fault != nil {
		t.Fatalf("%q: %v", b, *fault)
	}
	for _, e := range es {
		if err := e.Validate(); err != nil {
			t.Fatalf("invalid edge %+v: %v", e, err)
		}
		if e.Confidence <= 0 || e.Confidence > 1 || e.Trigger == "" || e.Sentence == "" {
			t.Fatalf("bad edge fields %+v", e)
		}
	}
}

// benchSetup returns the example articles, an extractor and the articles'
// total size in bytes, for the benchmarks.
func benchSetup(b *testing.B) ([]graph.Article, *Extractor, int) {
	arts := benchArticles(b)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	return arts, x, n
}

func benchArticles(b *testing.B) []graph.Article {
	dir := filepath.Join("..", "examples", "articles")
	ents, err := os.ReadDir(dir)
	if err != nil {
		b.Skip("no examples/articles")
	}
	var arts []graph.Article
	for _, e := range ents {
		t, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, graph.Article{Doc: e.Name(), Text: string(t)})
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].Doc < arts[j].Doc })
	return arts
}

// BenchmarkExtract measures one core over the example articles; the
// throughput is in MB/s.
func BenchmarkExtract(b *testing.B) {
	arts, x, n := benchSetup(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}

// BenchmarkStream measures Stream over all cores.
func BenchmarkStream(b *testing.B) {
	arts, x, n := benchSetup(b)
	const rounds = 20
	b.SetBytes(int64(n * rounds))
	for b.Loop() {
		in := make(chan graph.Article)
		go func() {
			defer close(in)
			for range rounds {
				for _, a := range arts {
					in <- a
				}
			}
		}()
		if err := x.Stream(context.Background(), 0, in, func(graph.Article, []graph.Edge) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew measures building an extractor (indexing the dictionary).
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
