package batch_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/batch"
	"github.com/actorgraph/actorgraph/batch/corpus"
	"github.com/actorgraph/actorgraph/batch/shard"
	"github.com/actorgraph/actorgraph/batch/state"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func update(t *testing.T, st *state.Store, x batch.Extractor, opt batch.Options) batch.Stats {
	t.Helper()
	s, err := batch.Update(context.Background(), st, x, opt)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func edgesOf(t *testing.T, st *state.Store) []graph.Edge {
	t.Helper()
	edges, err := st.Edges()
	if err != nil {
		t.Fatal(err)
	}
	return edges
}

func docsOf(edges []graph.Edge) map[string]int {
	m := map[string]int{}
	for _, e := range edges {
		m[e.Doc]++
	}
	return m
}

func TestUpdateIncremental(t *testing.T) {
	in := t.TempDir()
	write(t, filepath.Join(in, "a.txt"), "Iran warned Israel on Sunday.")
	write(t, filepath.Join(in, "b.txt"), "The United Nations urged Iran to help.")
	write(t, filepath.Join(in, "sub/c.txt"), "Israel attacked Iran.")
	st, err := state.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	x := newExtractor(t)
	opt := batch.Options{Paths: []string{in}, Fingerprint: "v1"}

	s := update(t, st, x, opt)
	if s.Seen != 3 || s.New != 3 || s.Changed != 0 || s.Unchanged != 0 || s.Articles != 3 || s.EdgesAdded != s.Edges || s.Edges < 3 {
		t.Fatalf("first update: %+v", s)
	}

	s = update(t, st, x, opt)
	if s.New != 0 || s.Changed != 0 || s.Unchanged != 3 || s.EdgesAdded != 0 || s.EdgesRemoved != 0 {
		t.Fatalf("second update: %+v", s)
	}

	// Change a, remove b, add d: a's old edges are replaced, b's go away.
	write(t, filepath.Join(in, "a.txt"), "The United States supported Israel.")
	os.Remove(filepath.Join(in, "b.txt"))
	write(t, filepath.Join(in, "d.txt"), "Iran accused the United States.")
	s = update(t, st, x, opt)
	if s.New != 1 || s.Changed != 1 || s.Unchanged != 1 || s.Removed != 1 || s.Articles != 3 {
		t.Fatalf("third update: %+v", s)
	}
	if s.EdgesRemoved != 2 || s.EdgesAdded != 2 { // a's WARNED and b's URGED out; a's and d's new edges in
		t.Errorf("edges +%d -%d, want +2 -2", s.EdgesAdded, s.EdgesRemoved)
	}
	for _, e := range edgesOf(t, st) {
		if e.Doc == "b.txt" || (e.Doc == "a.txt" && e.Relation != graph.Supported) {
			t.Errorf("stale edge kept: %v", e)
		}
	}
	if got := docsOf(edgesOf(t, st)); got["a.txt"] != 1 || got["d.txt"] != 1 || got["sub/c.txt"] != 1 {
		t.Errorf("edges by doc = %v", got)
	}

	// A file that turns bad keeps its old edges; a new fingerprint changes all.
	write(t, filepath.Join(in, "d.txt"), "\x00\x01binary")
	var problems []ingest.Problem
	opt2 := opt
	opt2.Fingerprint = "v2"
	opt2.Bad = func(p ingest.Problem) { problems = append(problems, p) }
	s = update(t, st, x, opt2)
	if s.Failed != 1 || len(problems) != 1 || s.Removed != 0 || s.Changed != 2 || s.Articles != 3 {
		t.Errorf("bad-file update: %+v %v", s, problems)
	}
	if docsOf(edgesOf(t, st))["d.txt"] != 1 {
		t.Error("the bad file's earlier edges were lost")
	}

	// A run over other paths leaves these articles alone.
	other := t.TempDir()
	write(t, filepath.Join(other, "z.txt"), "The United States warned Iran.")
	s = update(t, st, x, batch.Options{Paths: []string{other}, Fingerprint: "v2"})
	if s.New != 1 || s.Removed != 0 || s.Articles != 4 {
		t.Errorf("other-path update: %+v", s)
	}
}

func TestUpdateShardsPartition(t *testing.T) {
	in := t.TempDir()
	if _, err := corpus.Write(in, 1, 60, 3); err != nil {
		t.Fatal(err)
	}
	x := newExtractor(t)
	whole, _ := state.Open(t.TempDir())
	update(t, whole, x, batch.Options{Paths: []string{in}})
	var union []string
	for i := range 3 {
		st, _ := state.Open(t.TempDir())
		s := update(t, st, x, batch.Options{Paths: []string{in}, Shard: shard.Shard{Index: i, Count: 3}})
		if s.Seen != 60 || s.New+s.OtherShard != 60 || s.New == 0 {
			t.Errorf("shard %d: %+v", i, s)
		}
		union = append(union, st.Docs()...)
		// Re-sharding: the same store as shard (i+1)%3 forgets what is not its own.
		s = update(t, st, x, batch.Options{Paths: []string{in}, Shard: shard.Shard{Index: (i + 1) % 3, Count: 3}})
		for _, d := range st.Docs() {
			if shard.Of(d, 3) != (i+1)%3 {
				t.Errorf("store kept %s of another shard", d)
			}
		}
	}
	sortStrings(union)
	if !reflect.DeepEqual(union, whole.Docs()) {
		t.Errorf("shards cover %d docs, the whole run %d", len(union), len(whole.Docs()))
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestUpdateInterrupted(t *testing.T) {
	in := t.TempDir()
	if _, err := corpus.Write(in, 2, 200, 3); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	st, _ := state.Open(dir)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	stop := stopAfter{x: newExtractor(t), n: &n, at: 50, cancel: cancel}
	s, err := batch.Update(ctx, st, stop, batch.Options{Paths: []string{in}, Workers: 1})
	if err == nil || !s.Interrupted {
		t.Fatalf("err %v, stats %+v: want interrupted", err, s)
	}
	saved := st.Len()
	if saved < 50 || saved >= 200 {
		t.Fatalf("%d articles saved after an interruption at 50", saved)
	}
	st.Close()
	st, _ = state.Open(dir)
	s = update(t, st, newExtractor(t), batch.Options{Paths: []string{in}})
	if s.New != 200-saved || s.Unchanged != saved || st.Len() != 200 {
		t.Errorf("resumed: %+v (saved %d)", s, saved)
	}
}

// stopAfter cancels the run after it has extracted at articles.
type stopAfter struct {
	x      *extract.Extractor
	n      *int
	at     int
	cancel func()
}

func (s stopAfter) Stream(ctx context.Context, workers int, in <-chan graph.Article, emit func(graph.Article, []graph.Edge) error) error {
	return s.x.Stream(ctx, workers, in, func(a graph.Article, e []graph.Edge) error {
		if err := emit(a, e); err != nil {
			return err
		}
		if *s.n++; *s.n == s.at {
			s.cancel()
		}
		return nil
	})
}

// BenchmarkRerun10k measures a re-run over 10,000 articles that were all
// processed before: finding, reading and hashing them, nothing extracted.
func BenchmarkRerun10k(b *testing.B) {
	in := b.TempDir()
	if _, err := corpus.Write(in, 7, 10000, 8); err != nil {
		b.Fatal(err)
	}
	x := newExtractor(b)
	dir := b.TempDir()
	st, err := state.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	opt := batch.Options{Paths: []string{in}}
	if _, err := batch.Update(context.Background(), st, x, opt); err != nil {
		b.Fatal(err)
	}
	st.Close()
	b.ResetTimer()
	for b.Loop() {
		st, err := state.Open(dir) // a re-run opens the store too
		if err != nil {
			b.Fatal(err)
		}
		s, err := batch.Update(context.Background(), st, x, opt)
		if err != nil || s.Unchanged != 10000 {
			b.Fatalf("%v %+v", err, s)
		}
		st.Close()
	}
}

func removeFile(t *testing.T, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
}

// skipDoc stands for an extractor that fails on one article
// (extract.WithFaults: its stream emits nothing for it).
type skipDoc struct {
	x   *extract.Extractor
	doc string
}

func (s skipDoc) Stream(ctx context.Context, workers int, in <-chan graph.Article, emit func(graph.Article, []graph.Edge) error) error {
	return s.x.Stream(ctx, workers, in, func(a graph.Article, e []graph.Edge) error {
		if a.Doc == s.doc {
			return nil
		}
		return emit(a, e)
	})
}

// TestUpdateFaultedArticle checks that an article the extractor failed on
// is not recorded, keeps the edges it had, and is read again next run.
func TestUpdateFaultedArticle(t *testing.T) {
	in := t.TempDir()
	write(t, filepath.Join(in, "a.txt"), "Iran warned Israel on Sunday.")
	write(t, filepath.Join(in, "b.txt"), "The United Nations urged Iran to help.")
	st, err := state.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	x := newExtractor(t)
	opt := batch.Options{Paths: []string{in}, Fingerprint: "v1"}
	update(t, st, x, opt)

	// b changes, and the extractor fails on it: b keeps its old edges
	write(t, filepath.Join(in, "b.txt"), "The United Nations urged Israel to help.")
	s := update(t, st, skipDoc{x, "b.txt"}, opt)
	if s.Removed != 0 || s.Articles != 2 {
		t.Fatalf("faulted update: %+v", s)
	}
	if !hasEdge(t, st, "b.txt", "Iran") {
		t.Errorf("b's old edge was lost: %v", edgesOf(t, st))
	}

	// the next run, with the bug fixed, reads b again
	s = update(t, st, x, opt)
	if s.Changed != 1 || s.Unchanged != 1 {
		t.Fatalf("next update: %+v", s)
	}
	if !hasEdge(t, st, "b.txt", "Israel") {
		t.Errorf("b was not read again: %v", edgesOf(t, st))
	}
}

// hasEdge reports whether the store holds an edge of doc to target.
func hasEdge(t *testing.T, st *state.Store, doc, target string) bool {
	for _, e := range edgesOf(t, st) {
		if e.Doc == doc && e.Target.Name == target {
			return true
		}
	}
	return false
}
