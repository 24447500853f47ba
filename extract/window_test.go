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
	files, err := filepath.Glob(filepath.Join("..", "examples", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	whole, err := New(WithWindow(0))
	if err != nil {
		t.Fatal(err)
	}
	for _, window := range []int{2 << 10, 8 << 10} {
		xw, err := New(WithWindow(window))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := graph.Article{Doc: filepath.Base(f), Text: strings.Repeat(string(body)+"\n\n", 12)}
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
