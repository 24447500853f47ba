package extract

import (
	"context"
	"errors"
	"fmt"
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
