// Package pump is the one road from ingest to extraction: it reads the
// articles of a list of sources on one goroutine, lets the caller pass over
// some (Keep) and rework others (Prepare), and streams the rest to an
// extractor working over many cores, handing back each article's edges in
// input order. 'actorgraph run' (through package batch), 'actorgraph
// extract' and bench/extract all read through it.
package pump

import (
	"context"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// Extractor extracts articles in parallel and hands them back in input order;
// *extract.Extractor is one.
type Extractor interface {
	Stream(ctx context.Context, workers int, in <-chan graph.Article, emit func(graph.Article, []graph.Edge) error) error
}

// Progress is a progress display over the sources of a pump.
type Progress interface {
	Add(n int) error
	Finish() error
}

// Options configure Run. Every field may be left zero.
type Options struct {
	Workers int // extraction goroutines; runtime.NumCPU() when < 1
	// Bad is told of each bad input (file, line). It is called on the
	// reading goroutine, concurrently with emit.
	Bad func(ingest.Problem)
	// Keep, when not nil, is asked about each article read, on the reading
	// goroutine and in input order; only those it keeps are extracted. Its
	// error ends the run.
	Keep func(src ingest.Source, a graph.Article) (bool, error)
	// Prepare, when not nil, reworks each kept article before extraction
	// (fetching its page, say), on the reading goroutine.
	Prepare func(ctx context.Context, a graph.Article) graph.Article
	// Progress, when not nil, returns a display for a run over total sources.
	Progress func(total int) Progress
	// Buffer is how many articles may wait between reading and extraction.
	Buffer int
	// Read, when not nil, is called on the reading goroutine once every
	// source has been read without error (extraction may still be going on).
	Read func()
}

// Run reads srcs in order, and passes each kept article with its edges to
// emit, in input order, on the calling goroutine. It returns emit's error,
// Keep's, or the context's; bad inputs go to opt.Bad and do not stop it.
// Memory is bounded by the articles in flight (a few per worker).
func Run(ctx context.Context, x Extractor, srcs []ingest.Source, opt Options, emit func(graph.Article, []graph.Edge) error) error {
	return Read(ctx, srcs, opt, func(ctx context.Context, in <-chan graph.Article) error {
		return x.Stream(ctx, opt.Workers, in, emit)
	})
}

// Read is Run for callers that extract in a way of their own (in parts, or
// with work on the extraction goroutines: extract.StreamWork): it reads
// srcs in order on one goroutine and hands the kept articles to stream on
// in, which stream must drain. It returns stream's error, Keep's, or the
// context's; bad inputs go to opt.Bad and do not stop it.
func Read(ctx context.Context, srcs []ingest.Source, opt Options, stream func(ctx context.Context, in <-chan graph.Article) error) error {
	var badMu sync.Mutex
	bad := func(p ingest.Problem) {
		if opt.Bad != nil {
			badMu.Lock()
			opt.Bad(p)
			badMu.Unlock()
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	in := make(chan graph.Article, max(opt.Buffer, 0))
	readErr := make(chan error, 1)
	go func() {
		defer close(in)
		var bar Progress
		if opt.Progress != nil {
			bar = opt.Progress(len(srcs))
			defer bar.Finish()
		}
		for _, src := range srcs {
			if ctx.Err() != nil {
				break
			}
			err := ingest.Articles(ctx, src, func(a graph.Article) error {
				if opt.Keep != nil {
					keep, err := opt.Keep(src, a)
					if err != nil || !keep {
						return err
					}
				}
				if opt.Prepare != nil {
					a = opt.Prepare(ctx, a)
				}
				select {
				case in <- a:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			}, bad)
			if bar != nil {
				bar.Add(1)
			}
			if err != nil {
				readErr <- err
				return
			}
		}
		if opt.Read != nil && ctx.Err() == nil {
			opt.Read()
		}
		readErr <- ctx.Err()
	}()
	err := stream(ctx, in)
	if err != nil {
		cancel() // stop the reader, which may be blocked sending
	}
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	return err
}
