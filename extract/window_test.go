package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestWindowsMatchWholeArticle reads long articles made of many copies of
// each example, whole and in small windows, and requires the same edges
// (ids included, so sentence indices are renumbered right).
func TestWindowsMatchWholeArticle(t *testing.T) {
	arts := exampleArticles(t)
	whole, err := New(WithWindow(0))
	if err != nil {
		t.Fatal(err)
	}
	for _, window := range []int{2 << 10, 8 << 10} {
		xw, err := New(WithWindow(window))
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			a.Text = strings.Repeat(a.Text+"\n\n", 12)
			want, got := whole.Extract(a), xw.Extract(a)
			if len(want) == 0 {
				t.Fatalf("%s: no edges at all", a.Doc)
			}
			if diff := edgeDiff(want, got); diff != "" {
				t.Errorf("window %d, %s ×12: windowed edges differ from whole-article edges:\n%s", window, a.Doc, diff)
			}
		}
	}
}

// TestWindowBoundaries checks where windows are cut and where their
// context starts.
func TestWindowBoundaries(t *testing.T) {
	s := "aaaa\n\nbbbb\ncccc\n\ndddd"
	for _, c := range []struct{ at, want int }{
		{0, 6}, {4, 6}, {5, 17}, {8, 17}, {17, 21}, {30, 21},
	} {
		if got := paragraphCut(s, c.at); got != c.want {
			t.Errorf("paragraphCut(%d) = %d, want %d", c.at, got, c.want)
		}
	}
	if got := paragraphCut("ab\ncd", 1); got != 3 {
		t.Errorf("paragraphCut falls back to a line break: got %d, want 3", got)
	}
	long := strings.Repeat("x", windowContext+10) + "\n\n" + strings.Repeat("y", 100)
	pos := len(long) - 50
	if got := contextStart(long, pos); got != windowContext+12 {
		t.Errorf("contextStart = %d, want the paragraph break at %d", got, windowContext+12)
	}
	if got := contextStart(strings.Repeat("z", 3*windowContext), 2*windowContext); got != 2*windowContext {
		t.Errorf("contextStart with no paragraph break = %d, want the window start", got)
	}
}

func edgeDiff(want, got []graph.Edge) string {
	key := func(e graph.Edge) string {
		return e.ID + " " + e.Source.Name + " " + string(e.Relation) + " " + e.Target.Name
	}
	w, g := map[string]bool{}, map[string]bool{}
	for _, e := range want {
		w[key(e)] = true
	}
	for _, e := range got {
		g[key(e)] = true
	}
	var b strings.Builder
	for k := range w {
		if !g[k] {
			b.WriteString("  missing " + k + "\n")
		}
	}
	for k := range g {
		if !w[k] {
			b.WriteString("  extra   " + k + "\n")
		}
	}
	if len(want) != len(got) && b.Len() == 0 {
		b.WriteString("  same edges, different counts (duplicates)\n")
	}
	return b.String()
}

// oneLine joins the example articles' text with spaces, with no line break
// at all, repeated to at least n bytes: sentence ends but no paragraphs.
func oneLine(t testing.TB, n int) string {
	files, err := filepath.Glob(filepath.Join("..", "examples", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	var parts []string
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, strings.Join(strings.Fields(string(body)), " "))
	}
	unit := strings.Join(parts, " ") + " "
	return strings.Repeat(unit, n/len(unit)+1)
}

// windowWork walks s window by window as extractWindows does and returns
// the number of windows, the bytes segmented over all of them and the
// largest window read (context and lookahead included).
func windowWork(t *testing.T, s string, n int) (count, total, largest int) {
	for pos := 0; pos < len(s); {
		ctx, end, ahead := windowAt(s, pos, n)
		if end <= pos || ctx > pos || ahead < end {
			t.Fatalf("window at %d: context %d, end %d, ahead %d", pos, ctx, end, ahead)
		}
		count++
		total += ahead - ctx
		largest = max(largest, ahead-ctx)
		pos = end
	}
	return count, total, largest
}

// TestOneLineWindowsLinear: a text of one line (no paragraph or line
// break) is cut into windows of bounded size at sentence ends, so the work
// is linear in its length: four times the text is about four times the
// windows, no window is much larger than the window size, and the text is
// read less than twice over. (Cut only at paragraph breaks, the whole text
// was one window, and reading it cost time quadratic in its length.)
func TestOneLineWindowsLinear(t *testing.T) {
	bound := DefaultWindow + 2*paragraphMax + windowContext + windowLookahead
	var counts []int
	for _, size := range []int{2 << 20, 8 << 20} {
		s := oneLine(t, size)
		count, total, largest := windowWork(t, s, DefaultWindow)
		if largest > bound {
			t.Errorf("%d bytes on one line: a window of %d bytes, want at most %d", len(s), largest, bound)
		}
		if total > 2*len(s) {
			t.Errorf("%d bytes on one line: %d bytes read over the windows, want under twice the text", len(s), total)
		}
		counts = append(counts, count)
	}
	if counts[0] < 3 || counts[1] < 3*counts[0] || counts[1] > 5*counts[0] {
		t.Errorf("windows for 2 MiB and 8 MiB on one line: %v, want about 4 times as many for 4 times the text", counts)
	}
}

// TestSentenceCut: a paragraph longer than paragraphMax is cut at the
// start of a sentence; a shorter one keeps its paragraph cut.
func TestSentenceCut(t *testing.T) {
	s := oneLine(t, 4*paragraphMax)
	for _, at := range []int{1000, paragraphMax, 2 * paragraphMax} {
		c := paragraphCut(s, at)
		if c <= at || c > at+sentenceProbe {
			t.Fatalf("paragraphCut(%d) = %d, want a cut within %d bytes", at, c, sentenceProbe)
		}
		if p := strings.TrimRight(s[:c], " "); !strings.ContainsAny(p[len(p)-1:], ".?!\"'”’") {
			t.Errorf("paragraphCut(%d) = %d, not after a sentence end: %q", at, c, s[max(c-40, 0):min(c+20, len(s))])
		}
	}
	short := strings.Repeat("Talks went on. ", 1000) + "\n\n" + s // a 15 KB paragraph: cut at its end
	if got := paragraphCut(short, 10); got != 15002 {
		t.Errorf("paragraphCut of a short paragraph = %d, want its break at 15002", got)
	}
	if got := contextStart(s, 3*paragraphMax); got <= 3*paragraphMax-windowContext || got >= 3*paragraphMax {
		t.Errorf("contextStart inside one line = %d, want a sentence start in the %d bytes before %d", got, windowContext, 3*paragraphMax)
	}
}

// TestOneLineWindowsKeepEdges reads a text of one line whole and in small
// windows cut at sentence ends: all but a few edges near the cuts (where
// discourse state older than the context is lost) are the same.
func TestOneLineWindowsKeepEdges(t *testing.T) {
	s := oneLine(t, 200<<10)
	whole, err := New(WithWindow(0))
	if err != nil {
		t.Fatal(err)
	}
	xw, err := New(WithWindow(16 << 10))
	if err != nil {
		t.Fatal(err)
	}
	a := graph.Article{Doc: "one-line", Text: s}
	want, got := whole.Extract(a), xw.Extract(a)
	key := func(e graph.Edge) string {
		return e.Source.Name + " " + string(e.Relation) + " " + e.Target.Name + " " + e.Sentence
	}
	left := map[string]int{}
	for _, e := range want {
		left[key(e)]++
	}
	same := 0
	for _, e := range got {
		if left[key(e)] > 0 {
			left[key(e)]--
			same++
		}
	}
	if len(want) == 0 || same < len(want)*97/100 || len(got) > len(want)*103/100 {
		t.Errorf("one line of %d bytes: %d edges whole, %d in windows, %d the same", len(s), len(want), len(got), same)
	}
}

// BenchmarkOneLineArticle reads a 4 MiB article with no line break (cut
// into windows at sentence ends).
func BenchmarkOneLineArticle(b *testing.B) {
	s := oneLine(b, 4<<20)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	a := graph.Article{Doc: "one-line", Text: s}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(a)
	}
}

// hardWrap breaks each line of s at spaces so that no line is longer than
// width runes (a word longer than width stands alone), as wire copy, e-mail
// and fmt(1) do, each line after indent.
func hardWrap(s string, width int, indent string) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		if strings.TrimSpace(line) != "" {
			b.WriteString(indent)
		}
		n := len(indent)
		for j, w := range strings.Fields(line) {
			l := len([]rune(w))
			if j > 0 && n+1+l > width {
				b.WriteByte('\n')
				b.WriteString(indent)
				n = len(indent)
			} else if j > 0 {
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += l
		}
	}
	return b.String()
}

// TestHardWrappedArticles reads each example article as it is and
// hard-wrapped at 60, 72 and 80 columns (and at 72 with each line
// indented), and requires the same edges: a
// line broken at the margin before a capital ("... Foreign Minister\nAbbas
// Araghchi") is one sentence, not two.
func TestHardWrappedArticles(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range exampleArticles(t) {
		want := edgeStrings(x.Extract(a))
		for _, c := range []struct {
			width  int
			indent string
		}{{60, ""}, {72, ""}, {80, ""}, {72, "    "}} {
			w := a
			w.Text = hardWrap(a.Text, c.width, c.indent)
			if got := edgeStrings(x.Extract(w)); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s wrapped at %d columns, indent %q:\n got %q\nwant %q", a.Doc, c.width, c.indent, got, want)
			}
		}
	}
}

// exampleArticles reads the articles of examples/articles.
func exampleArticles(t *testing.T) []graph.Article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "examples", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	var arts []graph.Article
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, graph.Article{Doc: filepath.Base(f), Text: string(body)})
	}
	return arts
}

// TestTitleIsTheHeadline: an article's title (JSON, feeds, pages) is read
// as its first paragraph, as a text file's headline is, unless the text
// already holds it.
func TestTitleIsTheHeadline(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const title = "Erdogan Urges Putin to Halt Idlib Offensive"
	for _, c := range []struct {
		name  string
		a     graph.Article
		want  []string
		index int // of the first edge's sentence
	}{
		{"a title apart from the text", graph.Article{Doc: "a", Title: title, Text: "The talks in Sochi went on for hours."},
			[]string{"Recep Tayyip Erdogan URGED Vladimir Putin"}, 0},
		{"a text that opens with its title", graph.Article{Doc: "b", Title: title, Text: title + "\n\nThe talks in Sochi went on for hours."},
			[]string{"Recep Tayyip Erdogan URGED Vladimir Putin"}, 0},
		{"a text that holds its title after a byline", graph.Article{Doc: "c", Title: title, Text: "By Staff.\n\n" + title + "\n\nThe talks went on."},
			[]string{"Recep Tayyip Erdogan URGED Vladimir Putin"}, 1},
		{"no title", graph.Article{Doc: "d", Text: "The talks in Sochi went on for hours."}, nil, 0},
	} {
		es := x.Extract(c.a)
		if got := edgeStrings(es); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
			continue
		}
		if len(es) > 0 && (es[0].SentenceIndex != c.index || len(es) != len(c.want)) {
			t.Errorf("%s: %d edges, the first from sentence %d; want %d, from sentence %d", c.name, len(es), es[0].SentenceIndex, len(c.want), c.index)
		}
	}
}
