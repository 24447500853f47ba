package pipeline

import (
	"context"
	"log/slog"
	"runtime"
	"sync/atomic"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/fetch"
	"github.com/actorgraph/actorgraph/pipeline/pump"
)

// ReadAhead is how many articles a worker may have read ahead of
// extraction, waiting between the reader and the extractor: enough that
// the reading goroutine runs in batches rather than parks at each article
// (bench/extract measures it), few enough that memory stays a constant.
const ReadAhead = 16

// ExtractOptions configure Extract.
type ExtractOptions struct {
	Workers  int
	Fetch    fetch.Options // for the URLs among the inputs
	Bad      func(ingest.Problem)
	Progress func(total int) pump.Progress
	// Log, when not nil, is told at debug level of each article extracted
	// (its doc and edges' count).
	Log *slog.Logger
	// FlushEach flushes w after each article, so that a reader of a
	// stream (standard input) sees each article's edges as it is read,
	// not 64 KiB at a time.
	FlushEach bool
	// SameName, when not nil, is told of each article whose doc name an
	// article read before it already had (two files of one name under two
	// PATHs): their edges share the name, and a store keyed by it merges
	// them.
	SameName func(doc string)
}

// ExtractStats is what Extract did.
type ExtractStats struct {
	Articles int // articles extracted
	Bad      int // bad inputs skipped
}

// Extract reads every article of inputs (files, folders, "-", http(s)
// URLs, fetched once without validators) through the pump, extracts them
// with x over opt.Workers cores and passes their edges to emit in input
// order, so the same input always gives the same output. Bad inputs go to
// opt.Bad, are counted and skipped. Edges are encoded on the extraction
// goroutines (extract.StreamWork) and a long article's come window by
// window, so w only copies lines out and memory stays flat.
func Extract(ctx context.Context, x *extract.Extractor, inputs []string, opt ExtractOptions, w *graph.EdgeWriter) (ExtractStats, error) {
	var st ExtractStats
	var nbad atomic.Int64
	bad := func(p ingest.Problem) {
		nbad.Add(1)
		if opt.Bad != nil {
			opt.Bad(p)
		}
	}
	paths, urls := SplitInputs(inputs)
	srcs := ingest.Find(ctx, paths, bad)
	if len(urls) > 0 {
		fetched, _, _ := fetchAll(ctx, fetch.New(opt.Fetch), urls, nil, nil, bad)
		srcs = append(srcs, fetched...)
	}
	type encoded struct {
		lines []byte
		n     int
	}
	n := 0 // edges of the article being written
	var seen map[string]struct{}
	if opt.SameName != nil && !opt.FlushEach { // (a live stream's articles are named by content)
		seen = map[string]struct{}{}
	}
	workers := opt.Workers
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	// articles read ahead: the reader runs in batches rather than park at
	// each article (bench/extract, 2 workers: about 2% of wall time)
	err := pump.Read(ctx, srcs, pump.Options{Bad: bad, Progress: opt.Progress, Buffer: ReadAhead * workers}, func(ctx context.Context, in <-chan graph.Article) error {
		return extract.StreamWork(ctx, x, opt.Workers, in, func(_ graph.Article, edges []graph.Edge) (encoded, error) {
			b, err := graph.EncodeEdges(edges)
			return encoded{b, len(edges)}, err
		}, func(a graph.Article, p encoded, last bool) error {
			n += p.n // (a long article's edges come window by window)
			if last {
				st.Articles++
				if seen != nil {
					if _, ok := seen[a.Doc]; ok {
						opt.SameName(a.Doc)
					}
					seen[a.Doc] = struct{}{}
				}
				if opt.Log != nil {
					opt.Log.Debug("article extracted", "doc", a.Doc, "edges", n)
				}
				n = 0
			}
			if err := w.WriteLines(p.lines, p.n); err != nil || !last || !opt.FlushEach {
				return err
			}
			return w.Flush()
		})
	})
	st.Bad = int(nbad.Load())
	return st, err
}
