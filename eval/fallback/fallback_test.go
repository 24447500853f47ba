package fallback

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/rank"
)

func load(t *testing.T, skip string) []Doc {
	t.Helper()
	x, err := extract.New(extract.WithRanker(nil))
	if err != nil {
		t.Fatal(err)
	}
	set := Set{Dir: "testdata/set"}
	if skip != "" {
		set.Skip = regexp.MustCompile(skip)
	}
	docs, err := Load(context.Background(), x, []Set{set})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// The rules find the two plain acts; the candidates hold the appeal told
// by "called for ... with", labelled against the gold, the disputable row
// neither gold nor not.
func TestLoadAndScore(t *testing.T) {
	docs := load(t, "")
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	if s := Summary(docs); !strings.Contains(s, "2 documents") || !strings.Contains(s, "1 gold") || !strings.Contains(s, "1 disputable") {
		t.Errorf("Summary = %q, want 2 documents, 1 gold (Niger URGED Benin), 1 disputable", s)
	}
	none := Score(docs, func(d, c int) float64 { return 0 }, 0.5)
	if none.TP != 2 || none.FN != 1 || none.Added != 0 {
		t.Errorf("rules alone: %v, want tp 2 fn 1", none)
	}
	all := Score(docs, func(d, c int) float64 { return 1 }, 0.5)
	if all.TP != 3 || all.FN != 0 || all.FP == 0 {
		t.Errorf("every candidate kept: %v, want tp 3, fn 0 and some fp", all)
	}
	if f := all.F1(); f <= 0 || f >= 1 {
		t.Errorf("F1 %v", f)
	}
}

func TestSkip(t *testing.T) {
	if docs := load(t, `^b\.txt$`); len(docs) != 1 || !strings.HasSuffix(docs[0].Name, "a.txt") {
		t.Errorf("skip b.txt: %d documents", len(docs))
	}
}

// CrossValidate scores every threshold, the last being the rules alone;
// Fit keeps a threshold in (0, 1].
func TestFit(t *testing.T) {
	docs := load(t, "")
	m, pts := Fit(docs, 2, rank.Options{Seed: 1, Epochs: 5})
	if len(pts) != len(Thresholds) {
		t.Fatalf("%d points, want %d", len(pts), len(Thresholds))
	}
	if last := pts[len(pts)-1]; last.Added != 0 || last.TP != 2 {
		t.Errorf("last point %v, want the rules alone", last)
	}
	if m.Threshold <= 0 || m.Threshold > 1 {
		t.Errorf("threshold %v", m.Threshold)
	}
}

func TestLoadErrors(t *testing.T) {
	x, err := extract.New(extract.WithRanker(nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load(context.Background(), x, []Set{{Dir: "testdata/none"}}); err == nil || !strings.Contains(err.Error(), "testdata/none") {
		t.Errorf("missing folder: error %v, want one naming it", err)
	}
}

// TestLoadArticlesElsewhere: a gold folder whose articles are in another
// folder (examples/gold and examples/articles) loads the same documents,
// and a folder with no articles is an error naming it.
func TestLoadArticlesElsewhere(t *testing.T) {
	x, err := extract.New(extract.WithRanker(nil))
	if err != nil {
		t.Fatal(err)
	}
	in, err := Load(context.Background(), x, []Set{{Dir: "testdata/set"}})
	if err != nil {
		t.Fatal(err)
	}
	apart, err := Load(context.Background(), x, []Set{{Dir: "testdata/set", Docs: filepath.Join("testdata", "set", "docs")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(in) == 0 || len(in) != len(apart) || Summary(in) != Summary(apart) {
		t.Fatalf("docs/ inside: %s; named apart: %s", Summary(in), Summary(apart))
	}
	_, err = Load(context.Background(), x, []Set{{Dir: "testdata/set", Docs: "testdata/nowhere"}})
	if err == nil || !strings.Contains(err.Error(), "testdata/nowhere") {
		t.Fatalf("no articles: error %v, want one naming testdata/nowhere", err)
	}
}

// TestLoadGoldWithoutItsArticles: gold whose documents are not all in the
// folder of articles is an error naming the first missing one (QA: half the
// gold trained as never found, silently).
func TestLoadGoldWithoutItsArticles(t *testing.T) {
	x, err := extract.New(extract.WithRanker(nil))
	if err != nil {
		t.Fatal(err)
	}
	half := t.TempDir()
	files, _ := filepath.Glob(filepath.Join("testdata", "set", "docs", "*.txt"))
	if len(files) < 2 {
		t.Skip("the fixture holds one article")
	}
	b, _ := os.ReadFile(files[0])
	os.WriteFile(filepath.Join(half, filepath.Base(files[0])), b, 0o644)
	_, err = Load(context.Background(), x, []Set{{Dir: filepath.Join("testdata", "set"), Docs: half}})
	if err == nil || !strings.Contains(err.Error(), "have no article in "+half) {
		t.Fatalf("error %v, want one naming the missing documents", err)
	}
}
