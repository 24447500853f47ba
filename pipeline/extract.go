package pipeline

import (
	"context"
	"sync/atomic"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/fetch"
	"github.com/actorgraph/actorgraph/pipeline/pump"
)

// ExtractOptions configure Extract.
type ExtractOptions struct {
	Workers  int
	Fetch    fetch.Options // for the URLs among the inputs
	Bad      func(ingest.Problem)
	Progress func(total int) pump.Progress
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
// opt.Bad, are counted and skipped.
func Extract(ctx context.Context, x pump.Extractor, inputs []string, opt ExtractOptions, emit func(graph.Edge) error) (ExtractStats, error) {
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
		fetched, _, _ := fetchAll(ctx, fetch.New(opt.Fetch), urls, nil, bad)
		srcs = append(srcs, fetched...)
	}
	err := pump.Run(ctx, x, srcs, pump.Options{Workers: opt.Workers, Bad: bad, Progress: opt.Progress},
		func(_ graph.Article, edges []graph.Edge) error {
			st.Articles++
			for _, e := range edges {
				if err := emit(e); err != nil {
					return err
				}
			}
			return nil
		})
	st.Bad = int(nbad.Load())
	return st, err
}
