package pump_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/pipeline/pump"
)

// echo is an extractor that makes one edge per article, named after it,
// over workers goroutines, handing them back in input order.
type echo struct{}

func (echo) Stream(ctx context.Context, workers int, in <-chan graph.Article, emit func(graph.Article, []graph.Edge) error) error {
	for a := range in {
		if err := emit(a, []graph.Edge{{Doc: a.Doc, Sentence: a.Text}}); err != nil {
			for range in { // drain, as extract.Stream does
			}
			return err
		}
	}
	return ctx.Err()
}

func sources(t *testing.T, n int) []ingest.Source {
	dir := t.TempDir()
	for i := range n {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(fmt.Sprintf("text %d", i)), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("\x00"), 0o644)
	return ingest.Find(context.Background(), []string{dir}, func(ingest.Problem) {})
}

func TestRunKeepPrepareOrder(t *testing.T) {
	srcs := sources(t, 6)
	srcs = append(srcs, ingest.Source{Path: "mem", Doc: "mem", Format: ingest.Text, Body: []byte("in memory")})
	var got []string
	var bad []string
	err := pump.Run(context.Background(), echo{}, srcs, pump.Options{
		Bad:     func(p ingest.Problem) { bad = append(bad, filepath.Base(p.Path)) },
		Keep:    func(_ ingest.Source, a graph.Article) (bool, error) { return a.Doc != "03.txt", nil },
		Prepare: func(_ context.Context, a graph.Article) graph.Article { a.Text = strings.ToUpper(a.Text); return a },
	}, func(a graph.Article, es []graph.Edge) error {
		got = append(got, a.Doc+":"+es[0].Sentence)
		return nil
	})
	want := "00.txt:TEXT 0 01.txt:TEXT 1 02.txt:TEXT 2 04.txt:TEXT 4 05.txt:TEXT 5 mem:IN MEMORY"
	if err != nil || strings.Join(got, " ") != want {
		t.Errorf("got %v (err %v), want %s", got, err, want)
	}
	if len(bad) != 1 || bad[0] != "bad.txt" {
		t.Errorf("bad inputs %v", bad)
	}
}

func TestRunStopsOnErrors(t *testing.T) {
	srcs := sources(t, 50)
	stop := errors.New("stop")
	n := 0
	err := pump.Run(context.Background(), echo{}, srcs, pump.Options{}, func(graph.Article, []graph.Edge) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("emit error: err %v after %d articles", err, n)
	}
	err = pump.Run(context.Background(), echo{}, srcs, pump.Options{
		Keep: func(_ ingest.Source, a graph.Article) (bool, error) { return false, stop },
	}, func(graph.Article, []graph.Edge) error { return nil })
	if !errors.Is(err, stop) {
		t.Errorf("keep error: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := pump.Run(ctx, echo{}, srcs, pump.Options{}, func(graph.Article, []graph.Edge) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
