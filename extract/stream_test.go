package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestStreamKeepsInputOrder(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2, 7} {
		in := make(chan graph.Article)
		go func() {
			defer close(in)
			for i := range 200 {
				in <- graph.Article{Doc: fmt.Sprintf("%03d.txt", i), Text: "Iran attacked Israel."}
			}
		}()
		var got []string
		err := x.Stream(context.Background(), workers, in, func(a graph.Article, _ []graph.Edge) error {
			got = append(got, a.Doc)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 200 {
			t.Fatalf("workers=%d: %d articles emitted, want 200", workers, len(got))
		}
		for i, d := range got {
			if d != fmt.Sprintf("%03d.txt", i) {
				t.Fatalf("workers=%d: article %d is %s: order lost", workers, i, d)
			}
		}
	}
}

func TestStreamStopsOnEmitError(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	in := make(chan graph.Article)
	go func() {
		defer close(in)
		for i := range 100 {
			in <- graph.Article{Doc: fmt.Sprint(i), Text: "x"}
		}
	}()
	boom := errors.New("disk full")
	n := 0
	err = x.Stream(context.Background(), 2, in, func(graph.Article, []graph.Edge) error {
		n++
		if n == 3 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || n != 3 {
		t.Fatalf("err=%v after %d emits, want the emit error after 3", err, n)
	}
}

// TestStreamPartsLongArticles streams long and short articles through a
// small window and checks that each article's parts come in order, end with
// exactly one last part, and add up to what Extract returns.
func TestStreamPartsLongArticles(t *testing.T) {
	x, err := New(WithWindow(512))
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Iran attacked Israel. Qatar urged both sides to stop.\n\n", 60)
	arts := []graph.Article{
		{Doc: "long1", Text: long},
		{Doc: "short", Text: "Egypt accused Ethiopia of delaying the talks."},
		{Doc: "long2", Text: long + long},
	}
	for _, workers := range []int{1, 3} {
		in := make(chan graph.Article)
		go func() {
			defer close(in)
			for _, a := range arts {
				in <- a
			}
		}()
		got := map[string][]graph.Edge{}
		var docs []string
		parts := map[string]int{}
		open := ""
		err := x.StreamParts(context.Background(), workers, in, func(a graph.Article, es []graph.Edge, last bool) error {
			if open != "" && open != a.Doc {
				t.Errorf("workers=%d: %s began before %s ended", workers, a.Doc, open)
			}
			open = a.Doc
			parts[a.Doc]++
			got[a.Doc] = append(got[a.Doc], es...)
			if last {
				docs = append(docs, a.Doc)
				open = ""
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(docs, ",") != "long1,short,long2" {
			t.Fatalf("workers=%d: articles ended in order %v", workers, docs)
		}
		if parts["long2"] < 10 || parts["short"] != 1 {
			t.Errorf("workers=%d: parts %v: a long article should come in many parts, a short one in one", workers, parts)
		}
		for _, a := range arts {
			want := x.Extract(a)
			if len(want) == 0 {
				t.Fatalf("%s: no edges", a.Doc)
			}
			if d := edgeDiff(want, got[a.Doc]); d != "" || len(want) != len(got[a.Doc]) {
				t.Errorf("workers=%d, %s: streamed parts differ from Extract:\n%s", workers, a.Doc, d)
			}
		}
	}
}
