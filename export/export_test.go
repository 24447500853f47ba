package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/pyprobe"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func fixture(t testing.TB) []graph.Edge {
	t.Helper()
	edges, err := graph.ReadEdgesFile(context.Background(), filepath.Join("testdata", "edges.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return edges
}

// syntheticLevel gives every actor of edges at level made-up metrics that
// differ per actor, so the golden files pin the writers and not the
// analysis (whose numbers are checked against NetworkX in analyze).
func syntheticLevel(edges []graph.Edge, level export.Level) analyze.Level {
	g, _ := export.Build(edges, analyze.Level{}, level)
	var lvl analyze.Level
	for i, n := range g.Nodes {
		f := float64(i + 1)
		lvl.Actors = append(lvl.Actors, analyze.ActorMetrics{
			Name: n.Actor.Name, Kind: n.Actor.Kind,
			Betweenness: f / 10, WeightedBetweenness: f / 20, PageRank: 1 / f, Harmonic: f / 3,
			InDegree: i, OutDegree: 2 * i, Community: i % 3, Mediation: f * 0.25,
		})
	}
	return lvl
}

// TestGolden writes the fixture in every format at both levels and
// compares the bytes with testdata/golden (go test -update rewrites them).
func TestGolden(t *testing.T) {
	edges := fixture(t)
	for _, level := range []export.Level{export.ActorLevel, export.CountryLevel} {
		g, err := export.Build(edges, syntheticLevel(edges, level), level)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		paths, err := export.WriteDir(context.Background(), dir, g, export.Formats())
		if err != nil {
			t.Fatal(err)
		}
		if len(paths) != 4 {
			t.Fatalf("%s level: wrote %v, want 4 files", level, paths)
		}
		for _, p := range paths {
			got, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", filepath.Base(p))
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./export -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (run go test ./export -update and review the diff)", p, golden)
			}
		}
	}
}

func TestBuild(t *testing.T) {
	edges := fixture(t)
	for _, c := range []struct {
		level        export.Level
		nodes, edges int
		first        string
		undated      string // a node with an undated edge: no start
		dated        string // a node with dated edges only
		start, end   string
	}{
		// 14 lines, one a repeat of another: 13 edges among 10 actors.
		{export.ActorLevel, 10, 13, "Abbas Araghchi", "Iran", "France", "2025-06-14", "2025-06-14"},
		// Araghchi becomes Iran, Biden the United States, the IDF Israel
		// (its attack on Iran stays; none falls inside one country).
		{export.CountryLevel, 7, 13, "António Guterres", "Israel", "United States", "2025-06-13", "2025-06-15"},
	} {
		g, err := export.Build(edges, analyze.Level{}, c.level)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Nodes) != c.nodes || len(g.Edges) != c.edges {
			t.Errorf("%s: %d nodes, %d edges; want %d, %d", c.level, len(g.Nodes), len(g.Edges), c.nodes, c.edges)
		}
		if g.Nodes[0].Actor.Name != c.first {
			t.Errorf("%s: first node %q, want %q (name order)", c.level, g.Nodes[0].Actor.Name, c.first)
		}
		for _, n := range g.Nodes {
			if n.Metrics.Community != -1 {
				t.Errorf("%s: %s without metrics has community %d, want -1", c.level, n.Actor.Name, n.Metrics.Community)
			}
			switch n.Actor.Name {
			case c.undated:
				if n.Start != "" || n.End != "" {
					t.Errorf("%s: %s has an undated edge but lives %s..%s", c.level, n.Actor.Name, n.Start, n.End)
				}
			case c.dated:
				if n.Start != c.start || n.End != c.end {
					t.Errorf("%s: %s lives %s..%s, want %s..%s", c.level, n.Actor.Name, n.Start, n.End, c.start, c.end)
				}
			}
		}
		for i := 1; i < len(g.Edges); i++ {
			a, b := g.Edges[i-1], g.Edges[i]
			if a.Doc > b.Doc || a.Doc == b.Doc && a.SentenceIndex > b.SentenceIndex {
				t.Errorf("%s: edges out of order at %d", c.level, i)
			}
		}
	}
}

func TestBuildRejectsNamesThatCleanAlike(t *testing.T) {
	e := func(src string) graph.Edge {
		return graph.Edge{Doc: "d", Source: graph.Actor{Name: src, Kind: graph.State}, Relation: graph.Urged,
			Target: graph.Actor{Name: "Iran", Kind: graph.State}}.WithID()
	}
	_, err := export.Build([]graph.Edge{e("Israel"), e("Isr\x01ael")}, analyze.Level{}, export.ActorLevel)
	if err == nil || !strings.Contains(err.Error(), "differ only by characters XML cannot hold") {
		t.Errorf("Build = %v, want an error naming the clash", err)
	}
}

func TestClean(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"a\x00b\x01c\x1fd", "abcd"},
		{"tab\tnl\ncr\r", "tab\tnl\ncr\r"},
		{"\ufffe\uffffx", "x"},
		{"é “q” وقف 😀", "é “q” وقف 😀"},
		{"bad \xff utf8", "bad \ufffd utf8"},
	} {
		if got := export.Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseFormatsAndLevel(t *testing.T) {
	fs, err := export.ParseFormats("GraphML, gexf,csv,gexf")
	if err != nil || fmt.Sprint(fs) != "[graphml gexf csv]" {
		t.Errorf("ParseFormats = %v, %v", fs, err)
	}
	for _, bad := range []string{"", "pdf", "graphml,"} {
		if _, err := export.ParseFormats(bad); err == nil {
			t.Errorf("ParseFormats(%q) gave no error", bad)
		}
	}
	if l, err := export.ParseLevel("Country"); err != nil || l != export.CountryLevel {
		t.Errorf("ParseLevel = %v, %v", l, err)
	}
	if _, err := export.ParseLevel("region"); err == nil {
		t.Error("ParseLevel(region) gave no error")
	}
}

// TestXMLRoundTrip decodes the GraphML and GEXF of the fixture with
// encoding/xml and finds every sentence exactly as cleaned.
func TestXMLRoundTrip(t *testing.T) {
	edges := fixture(t)
	g, err := export.Build(edges, analyze.Level{}, export.ActorLevel)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []export.Format{export.GraphML, export.GEXF} {
		var buf bytes.Buffer
		if err := export.WriteFile(context.Background(), &buf, g, f); err != nil {
			t.Fatal(err)
		}
		texts, err := xmlStrings(buf.Bytes())
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", f, err)
		}
		for _, e := range edges {
			if !texts[export.Clean(e.Sentence)] {
				t.Errorf("%s: sentence %q does not come back", f, e.Sentence)
			}
		}
	}
}

// xmlStrings returns every attribute value and text of an XML document.
func xmlStrings(b []byte) (map[string]bool, error) {
	seen := map[string]bool{}
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return seen, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			for _, a := range t.Attr {
				seen[a.Value] = true
			}
		case xml.CharData:
			seen[string(t)] = true
		}
	}
}

func TestCanceled(t *testing.T) {
	g, err := export.Build(fixture(t), analyze.Level{}, export.ActorLevel)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, w := range []func(context.Context, io.Writer, export.Graph) error{export.WriteGraphML, export.WriteGEXF, export.WriteNodesCSV, export.WriteEdgesCSV} {
		if err := w(ctx, io.Discard, g); err == nil {
			t.Error("a writer ignored a cancelled context")
		}
	}
}

// loaded is what testdata/load.py prints per loader.
type loaded struct {
	Nodes, Edges int
	Directed     bool
	Mode         string
	Node         map[string]map[string]any
	Edge         map[string]map[string]any
}

// TestPeersLoadExports writes the fixture, analysed, in every format at both
// levels, loads the files with NetworkX (GraphML, GEXF, CSV) and igraph
// (GraphML, CSV), and compares counts, node attributes and metrics, and edge
// attributes (sentences with quotes, ampersands, non-ASCII and dropped
// control characters included) with what was exported.
func TestPeersLoadExports(t *testing.T) {
	py := pyprobe.Require(t, "networkx", "igraph")
	edges := fixture(t)
	res := analyze.Run(edges, analyze.Options{})
	for _, level := range []export.Level{export.ActorLevel, export.CountryLevel} {
		dir := t.TempDir()
		if _, err := export.Export(context.Background(), dir, edges, res, level, export.Formats()); err != nil {
			t.Fatal(err)
		}
		g, err := export.Build(edges, export.LevelOf(res, level), level)
		if err != nil {
			t.Fatal(err)
		}
		suffix := ""
		if level == export.CountryLevel {
			suffix = "-country"
		}
		cmd := exec.Command(py, filepath.Join("testdata", "load.py"), dir, suffix)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s level: load.py: %v\n%s", level, err, stderr.String())
		}
		var got map[string]loaded
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		for _, loader := range []string{"networkx-graphml", "igraph-graphml", "networkx-gexf", "networkx-csv", "igraph-csv"} {
			l, ok := got[loader]
			if !ok {
				t.Errorf("%s level: no result from %s", level, loader)
				continue
			}
			checkLoaded(t, fmt.Sprintf("%s level, %s", level, loader), l, g)
		}
		if m := got["networkx-gexf"].Mode; m != "dynamic" {
			t.Errorf("%s level: GEXF mode %q, want dynamic", level, m)
		}
	}
}

func checkLoaded(t *testing.T, where string, l loaded, g export.Graph) {
	t.Helper()
	if l.Nodes != len(g.Nodes) || l.Edges != len(g.Edges) || !l.Directed {
		t.Errorf("%s: %d nodes, %d edges, directed %v; want %d, %d, true", where, l.Nodes, l.Edges, l.Directed, len(g.Nodes), len(g.Edges))
	}
	gexf := strings.HasSuffix(where, "gexf")
	for _, n := range g.Nodes {
		got, ok := l.Node[n.Actor.Name]
		if !ok {
			t.Errorf("%s: no node %q", where, n.Actor.Name)
			continue
		}
		wantStr(t, where, n.Actor.Name, "kind", got["kind"], string(n.Actor.Kind))
		wantStr(t, where, n.Actor.Name, "country", got["country"], n.Actor.Country)
		wantNum(t, where, n.Actor.Name, "betweenness", got["betweenness"], n.Metrics.Betweenness)
		wantNum(t, where, n.Actor.Name, "pagerank", got["pagerank"], n.Metrics.PageRank)
		wantNum(t, where, n.Actor.Name, "harmonic", got["harmonic"], n.Metrics.Harmonic)
		wantNum(t, where, n.Actor.Name, "community", got["community"], float64(n.Metrics.Community))
		wantNum(t, where, n.Actor.Name, "mediation_score", got["mediation_score"], n.Metrics.Mediation)
		if gexf {
			wantStr(t, where, n.Actor.Name, "start", got["start"], n.Start)
		}
	}
	for _, e := range g.Edges {
		got, ok := l.Edge[e.ID]
		if !ok {
			t.Errorf("%s: no edge %s", where, e.ID)
			continue
		}
		for attr, want := range map[string]string{
			"source": e.Source.Name, "target": e.Target.Name, "relation": string(e.Relation), "sentence": e.Sentence,
			"doc": e.Doc, "date": e.Published, "source_actor": e.SourceActor, "target_actor": e.TargetActor,
		} {
			wantStr(t, where, e.ID, attr, got[attr], want)
		}
		wantNum(t, where, e.ID, "confidence", got["confidence"], e.Confidence)
		if gexf {
			wantStr(t, where, e.ID, "start", got["start"], e.Published)
		}
	}
}

// wantStr accepts an absent attribute (nil) for an empty want.
func wantStr(t *testing.T, where, item, attr string, got any, want string) {
	t.Helper()
	if got == nil {
		got = ""
	}
	if got != want {
		t.Errorf("%s: %s %s = %q, want %q", where, item, attr, got, want)
	}
}

// wantNum accepts a number or a numeral (CSV).
func wantNum(t *testing.T, where, item, attr string, got any, want float64) {
	t.Helper()
	var v float64
	switch x := got.(type) {
	case float64:
		v = x
	case string:
		f, err := strconv.ParseFloat(x, 64)
		if err != nil {
			t.Errorf("%s: %s %s = %q, not a number", where, item, attr, x)
			return
		}
		v = f
	default:
		t.Errorf("%s: %s %s = %v (%T), want %v", where, item, attr, got, got, want)
		return
	}
	if math.Abs(v-want) > 1e-12*math.Max(1, math.Abs(want)) {
		t.Errorf("%s: %s %s = %v, want %v", where, item, attr, v, want)
	}
}

// FuzzWriters feeds arbitrary names, sentences and documents through every
// writer: the XML must be well-formed and give back the cleaned sentence,
// and the CSV must parse with the header's number of fields.
func FuzzWriters(f *testing.F) {
	f.Add("Iran", "Israel", `He said "stop" & <go> 'now'`, "a1")
	f.Add("A\x00B", "C\ufffe", "\x01\x02\t\n\r", "d\xff")
	f.Add("é", "وقف", "😀\u2028", "")
	f.Fuzz(func(t *testing.T, src, dst, sentence, doc string) {
		e := graph.Edge{Doc: doc, Sentence: sentence, Source: graph.Actor{Name: src, Kind: graph.Person},
			Relation: graph.Urged, Target: graph.Actor{Name: dst, Kind: graph.State}, Published: "2025-01-02"}.WithID()
		g, err := export.Build([]graph.Edge{e}, analyze.Level{}, export.ActorLevel)
		if err != nil {
			return // two names that clean alike: refused, not written wrong
		}
		for _, fm := range []export.Format{export.GraphML, export.GEXF} {
			var buf bytes.Buffer
			if err := export.WriteFile(context.Background(), &buf, g, fm); err != nil {
				t.Fatal(err)
			}
			texts, err := xmlStrings(buf.Bytes())
			if err != nil {
				t.Fatalf("%s not well-formed: %v\n%s", fm, err, buf.Bytes())
			}
			if len(g.Edges) == 1 && !texts[export.Clean(sentence)] && export.Clean(sentence) != "" {
				t.Fatalf("%s: sentence %q lost", fm, sentence)
			}
		}
		var buf bytes.Buffer
		if err := export.WriteEdgesCSV(context.Background(), &buf, g); err != nil {
			t.Fatal(err)
		}
		if err := checkCSV(buf.Bytes()); err != nil {
			t.Fatal(err)
		}
	})
}
