package extract

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestGuardedFault checks that a rule's panic becomes a *Fault naming the
// article, told to the WithFaults handler, with no edges.
func TestGuardedFault(t *testing.T) {
	var mu sync.Mutex
	var got []string
	x, err := New(WithFaults(func(doc string, err error) {
		mu.Lock()
		defer mu.Unlock()
		var f *Fault
		if !errors.As(err, &f) || f.Doc != doc {
			t.Errorf("fault %v for %s: want a *Fault naming the document", err, doc)
		}
		got = append(got, doc)
	}))
	if err != nil {
		t.Fatal(err)
	}
	// an article with no extractor behind it panics in its first pass
	// that reads the extractor: the stand-in for a rule's bug
	edges, fault := x.guarded("broken.txt", &article{})
	if fault == nil || fault.Doc != "broken.txt" || edges != nil {
		t.Errorf("guarded = %v, %v; want no edges and a fault naming broken.txt", edges, fault)
	}
	if len(got) != 1 || got[0] != "broken.txt" {
		t.Errorf("faults reported: %v, want [broken.txt]", got)
	}
	// a sound article is untouched
	a := graph.Article{Doc: "fine.txt", Text: "Iran condemned the Israeli strike on Damascus."}
	if es := x.Extract(a); len(es) == 0 {
		t.Errorf("Extract(%q) gave no edges", a.Text)
	}
	// a stream over sound articles emits each in order
	in := make(chan graph.Article, 2)
	in <- a
	in <- graph.Article{Doc: "two.txt", Text: "Egypt urged Ethiopia to stop filling the dam."}
	close(in)
	var docs []string
	if err := x.Stream(context.Background(), 2, in, func(a graph.Article, _ []graph.Edge) error {
		docs = append(docs, a.Doc)
		return nil
	}); err != nil || len(docs) != 2 || docs[0] != "fine.txt" {
		t.Errorf("Stream = %v, docs %v", err, docs)
	}
}

// TestFaultError checks the message a user sees.
func TestFaultError(t *testing.T) {
	f := &Fault{Doc: "news/a.txt", Value: "index out of range [-1]"}
	want := "news/a.txt: the extractor failed on this article (index out of range [-1]); it gives no edges; please report it with the article"
	if f.Error() != want {
		t.Errorf("Error() = %q, want %q", f.Error(), want)
	}
}
