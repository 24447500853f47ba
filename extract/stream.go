package extract

import (
	"context"
	"runtime"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// Stream extracts the articles received on in over workers goroutines
// (runtime.NumCPU() when workers < 1) and calls emit once per article, in the
// order the articles arrived, with that article's edges. Memory is bounded by
// a window of 4×workers articles in flight. Stream returns when in is closed
// and every article has been emitted, when emit returns an error, or when ctx
// is done; the caller must close in in every case (Stream drains what is left).
func (x *Extractor) Stream(ctx context.Context, workers int, in <-chan graph.Article, emit func(graph.Article, []graph.Edge) error) error {
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	type job struct {
		art   graph.Article
		edges []graph.Edge
		done  chan struct{}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *job, workers)
	order := make(chan *job, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.edges = x.Extract(j.art)
				close(j.done)
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for {
			select {
			case <-ctx.Done():
				go func() {
					for range in {
					}
				}()
				return
			case art, ok := <-in:
				if !ok {
					return
				}
				j := &job{art: art, done: make(chan struct{})}
				select {
				case order <- j:
				case <-ctx.Done():
					return
				}
				jobs <- j
			}
		}
	}()
	var err error
	for j := range order {
		if err != nil {
			continue
		}
		select {
		case <-j.done:
		case <-ctx.Done():
			err = ctx.Err()
			continue
		}
		if e := emit(j.art, j.edges); e != nil {
			err = e
			cancel()
		}
	}
	wg.Wait()
	if err == nil {
		err = ctx.Err()
	}
	return err
}
