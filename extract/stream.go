package extract

import (
	"context"
	"runtime"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// Stream extracts the articles received on in over workers goroutines
// (runtime.NumCPU() when workers < 1) and calls emit once per article, in the
// order the articles arrived, with that article's edges. Stream returns when
// in is closed and every article has been emitted, when emit returns an
// error, or when ctx is done; the caller must close in in every case (Stream
// drains what is left). Memory is bounded by a window of about 32×workers
// articles in flight (the order queue of StreamWork, which every job
// enters before the job queue, plus one a worker) and, for each, its edges;
// StreamParts bounds it further for long articles.
func (x *Extractor) Stream(ctx context.Context, workers int, in <-chan graph.Article, emit func(graph.Article, []graph.Edge) error) error {
	var acc []graph.Edge
	return x.StreamParts(ctx, workers, in, func(a graph.Article, part []graph.Edge, last bool) error {
		if !last {
			acc = append(acc, part...)
			return nil
		}
		if acc != nil {
			part = append(acc, part...)
			acc = nil
		}
		return emit(a, part)
	})
}

// StreamParts is Stream for callers that can take an article's edges in
// parts: it calls emit one or more times per article, in order, with last
// set on the article's final part. An article longer than the extractor's
// window (WithWindow) comes in one part per window, and a worker does not
// read its next window until the part before has been emitted, so peak
// memory is a constant times workers × window whatever the articles'
// lengths.
func (x *Extractor) StreamParts(ctx context.Context, workers int, in <-chan graph.Article, emit func(a graph.Article, edges []graph.Edge, last bool) error) error {
	return StreamWork(ctx, x, workers, in,
		func(_ graph.Article, edges []graph.Edge) ([]graph.Edge, error) { return edges, nil }, emit)
}

// StreamWork is StreamParts with a step run on the workers: work turns each
// part's edges into a T (encoded JSON lines, say) on the goroutine that
// extracted them, so per-edge work scales with the cores, and emit, which
// runs on one goroutine in input order, only hands the results on. The
// first error of work or emit stops the stream and is returned.
func StreamWork[T any](ctx context.Context, x *Extractor, workers int, in <-chan graph.Article, work func(graph.Article, []graph.Edge) (T, error), emit func(a graph.Article, part T, last bool) error) error {
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	type result struct {
		v   T
		err error
	}
	type job struct {
		art   graph.Article
		parts chan result // closed after the last part
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// the queues hold a few articles a worker so that the goroutines run
	// in batches rather than park at each article (2 workers on 2 cores:
	// 9.8 to 10.4 MB/s, bench/extract). An article waiting in order holds
	// at most one part of its edges (parts has room for one), so memory is
	// bounded by the 32×workers articles of order (each job is sent to
	// order before jobs, so the two queues hold the same articles), one
	// being extracted a worker, one being emitted, and a part each
	jobs := make(chan *job, 8*workers)
	order := make(chan *job, 32*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() != nil {
					close(j.parts) // (stopped: a queued article is not read)
					continue
				}
				x.extractParts(j.art, func(p []graph.Edge) error {
					v, err := work(j.art, p)
					select {
					case j.parts <- result{v, err}:
						return err
					case <-ctx.Done():
						return ctx.Err()
					}
				})
				close(j.parts)
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
				j := &job{art: art, parts: make(chan result, 1)}
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
	fail := func(e error) {
		err = e
		cancel()
	}
	for j := range order {
		var held T
		have := false
		for p := range j.parts {
			if err != nil {
				continue
			}
			if p.err != nil {
				fail(p.err)
				continue
			}
			if have {
				if e := emit(j.art, held, false); e != nil {
					fail(e)
					continue
				}
			}
			held, have = p.v, true
		}
		if err != nil || !have {
			if err == nil {
				err = ctx.Err() // cancelled before the article was read
			}
			continue
		}
		if e := emit(j.art, held, true); e != nil {
			fail(e)
		}
	}
	wg.Wait()
	if err == nil {
		err = ctx.Err()
	}
	return err
}
