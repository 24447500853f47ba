package report

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// loadCase reads testdata/NAME-edges.jsonl and NAME-analysis.json, and
// NAME-previous.json when it exists.
func loadCase(t testing.TB, name string) Input {
	t.Helper()
	edges, err := graph.ReadEdgesFile(context.Background(), filepath.Join("testdata", name+"-edges.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Title: name, Edges: edges, Analysis: readAnalysis(t, filepath.Join("testdata", name+"-analysis.json"))}
	docs := map[string]bool{}
	for _, e := range edges {
		docs[e.Doc] = true
	}
	in.Summary = Summarise(len(docs), edges)
	if p := filepath.Join("testdata", name+"-previous.json"); fileExists(p) {
		prev := readAnalysis(t, p)
		in.Previous = &prev
	}
	return in
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func readAnalysis(t testing.TB, path string) analyze.Result {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r analyze.Result
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return r
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./report -update and review the diff.\n%s", path, firstDiff(string(want), string(got)))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n want: " + w + "\n  got: " + g
		}
	}
	return ""
}

func TestMarkdownGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   func(t *testing.T) Input
	}{
		{"seeds", func(t *testing.T) Input { return loadCase(t, "seeds") }},
		{"gold", func(t *testing.T) Input {
			in := loadCase(t, "gold")
			in.Generated = time.Date(2026, 11, 22, 2, 0, 0, 0, time.UTC)
			return in
		}},
		{"empty", func(t *testing.T) Input { return Input{Analysis: analyze.Run(nil, analyze.Options{})} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Markdown(&b, tc.in(t)); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.name+".md", b.Bytes())
		})
	}
}

func TestMarkdownFindings(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, loadCase(t, "gold")); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"## What changed since the previous run",
		"**Iran – Israel**",
		"1. United States (score ",
		"> The US, UK and France have called for restraint",
		"| Iran – Israel |",
		"## Edges per day",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
	// Every table row has as many cells as its header.
	var cols int
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			cols = 0
			continue
		}
		n := len(regexp.MustCompile(`(^|[^\\])\|`).FindAllString(line, -1)) - 1
		if cols == 0 {
			cols = n
		} else if n != cols {
			t.Errorf("table row with %d cells under a header of %d: %s", n, cols, line)
		}
	}
}

func TestChanges(t *testing.T) {
	in := loadCase(t, "gold")
	c := newFindings(in).Changes
	if c == nil {
		t.Fatal("Previous is set but no changes were found")
	}
	// Doc 000 (October) was not in the previous run: its actors are new.
	for _, name := range []string{"Sean Savet", "Keir Starmer"} {
		found := false
		for _, n := range c.New {
			found = found || n == name
		}
		if !found {
			t.Errorf("%s should be a new actor; new = %v", name, c.New)
		}
	}
	if len(c.Dropped) != 0 {
		t.Errorf("no actor was dropped, got %v", c.Dropped)
	}
	moves := map[string]bool{}
	for _, r := range c.Ranks {
		moves[r.Move()] = true
		if r.Prev == 0 && r.Cur == 0 {
			t.Errorf("rank row with neither rank: %+v", r)
		}
	}
	if !moves["new"] {
		t.Errorf("expected a new mediator among %+v", c.Ranks)
	}
}

func TestRankMove(t *testing.T) {
	for _, tc := range []struct {
		prev, cur int
		want      string
	}{{0, 1, "new"}, {2, 0, "gone"}, {3, 1, "up 2"}, {1, 2, "down 1"}, {4, 4, "="}} {
		if got := (rankChange{Prev: tc.prev, Cur: tc.cur}).Move(); got != tc.want {
			t.Errorf("Move(%d -> %d) = %q, want %q", tc.prev, tc.cur, got, tc.want)
		}
	}
}

func renderHTML(t testing.TB, in Input) string {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, in); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestHTMLDeterministic(t *testing.T) {
	in := loadCase(t, "gold")
	a, b := renderHTML(t, in), renderHTML(t, in)
	if a != b {
		t.Fatalf("two renders of the same input differ:\n%s", firstDiff(a, b))
	}
}

var (
	reURLAttr = regexp.MustCompile(`(?i)\s(src|href|xlink:href|action|srcset|poster|data)\s*=\s*"([^"]*)"`)
	reCSSURL  = regexp.MustCompile(`url\(([^)]*)\)`)
)

// checkSelfContained fails when the page refers to anything outside itself.
func checkSelfContained(t *testing.T, page string) {
	t.Helper()
	for _, m := range reURLAttr.FindAllStringSubmatch(page, -1) {
		if !strings.HasPrefix(m[2], "#") {
			t.Errorf("page refers to %s=%q: not self-contained", m[1], m[2])
		}
	}
	for _, m := range reCSSURL.FindAllStringSubmatch(page, -1) {
		if !strings.HasPrefix(m[1], "#") {
			t.Errorf("page refers to url(%s): not self-contained", m[1])
		}
	}
	if !strings.Contains(page, `content="default-src 'none';`) {
		t.Error("page has no Content-Security-Policy forbidding network access")
	}
	if n := strings.Count(page, "<script"); n != 2 {
		t.Errorf("page has %d <script> elements, want 2 (data and code)", n)
	}
}

func TestHTMLContent(t *testing.T) {
	in := loadCase(t, "gold")
	page := renderHTML(t, in)
	checkSelfContained(t, page)
	f := newFindings(in)
	f.layoutNetworks()
	if got, want := strings.Count(page, `class="node"`), len(f.Nets[0].Nodes)+len(f.Nets[1].Nodes); got != want {
		t.Errorf("page draws %d nodes, want %d", got, want)
	}
	if got := len(f.Nets[0].Nodes); got != len(in.Analysis.Actor.Actors) {
		t.Errorf("actor view draws %d of %d actors, want all of a small graph", got, len(in.Analysis.Actor.Actors))
	}
	for _, want := range []string{
		"<title>gold</title>", `role="group"`, "<desc id=\"d-actor\">", "What changed since the previous run",
		"Top mediators per conflict dyad", "Conflict dyads", "Most central actors", "Most active actors per relation",
		"Edges per day", `data-rel="ATTACKED"`, "The counts as a table",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	if strings.Contains(page, `id="brokerage"`) != (len(f.Brokers) > 0) {
		t.Errorf("brokerage section shown = %v, but %d brokerage rows", strings.Contains(page, `id="brokerage"`), len(f.Brokers))
	}
}

func TestHTMLEscapesNewsText(t *testing.T) {
	evil := `</script><script>alert(1)</script><img src=x onerror=alert(2)>`
	edges := []graph.Edge{
		{Doc: "a.txt", Sentence: "A said " + evil, Source: graph.Actor{Name: "A " + evil, Kind: graph.Person, Country: "X"}, Relation: graph.Attacked, Target: graph.Actor{Name: "B", Kind: graph.State, Country: "B"}, Published: "2024-01-02"},
		{Doc: "b.txt", Sentence: "C urged both.", Source: graph.Actor{Name: "C", Kind: graph.State, Country: "C"}, Relation: graph.Urged, Target: graph.Actor{Name: "A " + evil, Kind: graph.Person, Country: "X"}},
		{Doc: "b.txt", Sentence: "C urged both.", Source: graph.Actor{Name: "C", Kind: graph.State, Country: "C"}, Relation: graph.Urged, Target: graph.Actor{Name: "B", Kind: graph.State, Country: "B"}},
	}
	in := Input{Edges: edges, Analysis: analyze.Run(edges, analyze.Options{}), Summary: Summarise(2, edges)}
	page := renderHTML(t, in)
	checkSelfContained(t, page)
	if strings.Contains(page, "<img") || strings.Contains(page, "<script>alert") {
		t.Error("news text reached the page as markup")
	}
	var b bytes.Buffer
	if err := Markdown(&b, in); err != nil {
		t.Fatal(err)
	}
	if regexp.MustCompile(`(^|[^\\])<script`).MatchString(b.String()) {
		t.Error("news text reached report.md as raw HTML")
	}
}

func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	in := loadCase(t, "seeds")
	if err := WriteFiles(dir, in); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"report.md", "report.html"} {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if st.Size() == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("dir holds %d entries, want only the two reports (no temporary files left)", len(entries))
	}
	if err := WriteFiles(filepath.Join(dir, "missing", "deeper"), in); err == nil || !strings.Contains(err.Error(), "report.md") {
		t.Errorf("writing into a missing folder: err = %v, want one naming report.md", err)
	}
}

func TestTimelineBuckets(t *testing.T) {
	mk := func(dates ...string) []graph.Edge {
		var es []graph.Edge
		for _, d := range dates {
			es = append(es, graph.Edge{Relation: graph.Urged, Published: d})
		}
		return es
	}
	for _, tc := range []struct {
		name   string
		edges  []graph.Edge
		period string
		bars   int
	}{
		{"none", mk("", "not-a-date"), "", 0},
		{"days", mk("2024-04-14", "2024-04-16", "2024-04-16"), "day", 3},
		{"weeks", mk("2024-01-01", "2024-12-30"), "week", 53},
		{"months", mk("2020-01-15", "2024-12-30"), "month", 60},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl := buildTimeline(tc.edges)
			if tl.Period != tc.period || len(tl.Bars) != tc.bars {
				t.Fatalf("got %s × %d, want %s × %d", tl.Period, len(tl.Bars), tc.period, tc.bars)
			}
			total := 0
			for _, b := range tl.Bars {
				total += b.Total
			}
			dated := 0
			for _, e := range tc.edges {
				if _, err := time.Parse(time.DateOnly, e.Published); err == nil {
					dated++
				}
			}
			if total != dated {
				t.Errorf("bars hold %d edges, want %d", total, dated)
			}
			if len(tl.Bars) > maxTimelineBars {
				t.Errorf("%d bars, more than %d", len(tl.Bars), maxTimelineBars)
			}
		})
	}
}

func TestTrimSentence(t *testing.T) {
	long := strings.Repeat("word ", 200)
	got := trimSentence(long)
	if n := len([]rune(got)); n > maxSentenceRunes+1 || !strings.HasSuffix(got, "…") {
		t.Errorf("trimSentence kept %d runes (%q...)", n, got[:20])
	}
	if got := trimSentence("  two\n lines "); got != "two lines" {
		t.Errorf("trimSentence flattened to %q", got)
	}
}

func TestWindows(t *testing.T) {
	in := loadCase(t, "gold")
	// Two windows made from the gold edges: April and October.
	var april, october []graph.Edge
	for _, e := range in.Edges {
		if e.Published < "2024-05-01" {
			april = append(april, e)
		} else {
			october = append(october, e)
		}
	}
	a, o := analyze.Run(april, analyze.Options{}), analyze.Run(october, analyze.Options{})
	in.Analysis.Windows = []analyze.Window{
		{Start: "2024-04-14", End: "2024-05-14", Edges: len(april), Actor: a.Actor, Country: a.Country},
		{Start: "2024-10-11", End: "2024-11-10", Edges: len(october), Actor: o.Actor, Country: o.Country},
	}
	f := newFindings(in)
	if len(f.Windows) != 2 || f.Windows[0].Mediator == nil || f.Windows[1].Central == "" {
		t.Fatalf("windows = %+v", f.Windows)
	}
	var b bytes.Buffer
	if err := Markdown(&b, in); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "| 2024-10-11 to 2024-11-09 | "+itoa(len(october))+" | United States | Iran – Israel |") {
		t.Errorf("report.md lacks the October window:\n%s", b.String()[strings.Index(b.String(), "## Over time"):])
	}
	if page := renderHTML(t, in); !strings.Contains(page, `<section id="windows">`) {
		t.Error("report.html lacks the Over time section")
	}
	in.Analysis.Windows = nil
	if page := renderHTML(t, in); strings.Contains(page, `<section id="windows">`) {
		t.Error("report.html shows Over time without windows")
	}
}
