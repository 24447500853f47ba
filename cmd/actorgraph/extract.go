package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// gcPercent is the garbage collector's target while extracting (Go's
// default is 100); memory stays flat at a few tens of MB.
const gcPercent = 400

// memoryLimit is the soft heap limit while extracting (Go's GOMEMLIMIT):
// past it the collector runs as often as it must, whatever gcPercent says.
const memoryLimit = 192 << 20

type extractFlags struct {
	out     string
	dicts   []string
	lexicon []string
}

func (a *app) extractCmd() *cobra.Command {
	var f extractFlags
	cmd := &cobra.Command{
		Use:   "extract PATH... [--out FILE]",
		Short: "Extract edges from articles and write them as JSONL",
		Long: `Reads articles (files, folders read recursively, or - for standard input) and
writes one JSON edge per line (the edge stream, docs/edges-format.md) to
standard output or --out FILE. Bad inputs are named on stderr and skipped;
the exit code is then 3.

Articles are read over all cores; the output is in input order, so the same
input always gives the same bytes. Each edge carries the sentence, the
trigger words and a confidence (docs/extractor.md says how it is computed).

--dict adds actor dictionary files (docs/dictionary.md); --lexicon adds a
folder holding any of triggers.tsv, cues.tsv, roles.tsv in the format of
extract/lexicon (new trigger words and frames, negation and modality cues,
titles), read after the embedded lexicon.`,
		Example: `  actorgraph extract examples/articles > edges.jsonl
  actorgraph extract news/ --out edges.jsonl --dict my-actors.jsonl
  actorgraph extract news/ --lexicon my-lexicon/ > edges.jsonl`,
		Args: argsAtLeast(1, "PATH: a file or folder of articles"),
		RunE: func(cmd *cobra.Command, args []string) error {
			// Extraction makes many short-lived objects over a small live
			// heap: collecting less often trades a few tens of MB for speed.
			defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
			// ...but not past a soft limit, so that a long article (read in
			// windows, extract.WithWindow) keeps memory flat; GOMEMLIMIT
			// set by the user wins.
			if os.Getenv("GOMEMLIMIT") == "" {
				defer debug.SetMemoryLimit(debug.SetMemoryLimit(memoryLimit))
			}
			x, err := newExtractorWith(f.dicts, f.lexicon)
			if err != nil {
				return err
			}
			var w io.Writer = a.stdout
			if f.out != "" && f.out != "-" {
				file, err := os.Create(f.out)
				if err != nil {
					return fmt.Errorf("extract: %w", err)
				}
				defer file.Close()
				w = file
			}
			ew := graph.NewEdgeWriter(w)
			st, err := a.extractPaths(cmd.Context(), x, args, ew)
			if ferr := ew.Flush(); err == nil && ferr != nil {
				err = fmt.Errorf("extract: write: %w", ferr)
			}
			if err != nil {
				return err
			}
			a.log.Info("extract done", "articles", st.articles, "edges", ew.Count(), "bad_inputs", st.bad)
			if st.bad > 0 {
				return errBadInput
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&f.out, "out", "o", "", "write the edges to FILE instead of standard output")
	cmd.Flags().StringSliceVar(&f.dicts, "dict", nil, "extra actor dictionary file(s) (JSONL, extract/dict format) overriding the embedded one")
	cmd.Flags().StringSliceVar(&f.lexicon, "lexicon", nil, "extra lexicon folder(s) holding triggers.tsv, cues.tsv or roles.tsv (extract/lexicon format)")
	return cmd
}

func newExtractor(dicts []string) (*extract.Extractor, error) { return newExtractorWith(dicts, nil) }

// newExtractorWith builds an extractor over the embedded dictionary and
// lexicon plus the user's files; a bad file is a usage error naming it.
func newExtractorWith(dicts, lexDirs []string) (*extract.Extractor, error) {
	d, err := dict.LoadWithDefault(dicts...)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	l, err := lexicon.LoadWithDefault(lexDirs...)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	return extract.New(extract.WithDictionary(d), extract.WithLexicon(l))
}

type extractStats struct {
	articles, bad int
}

// extractPaths reads every article under paths (any format ingest reads),
// extracts them over all cores and passes their edges to emit in a
// deterministic order (input order). Bad inputs are logged with their file
// and line, counted and skipped. A progress bar over the files is drawn on a
// terminal stderr.
func (a *app) extractPaths(ctx context.Context, x *extract.Extractor, paths []string, w *graph.EdgeWriter) (extractStats, error) {
	var st extractStats
	var mu sync.Mutex // guards st.bad, counted on the reading goroutine
	bad := func(p ingest.Problem) {
		mu.Lock()
		st.bad++
		mu.Unlock()
		a.logProblem(p)
	}
	in := make(chan graph.Article)
	readErr := make(chan error, 1)
	go func() {
		defer close(in)
		srcs := ingest.Find(ctx, paths, bad)
		bar := a.progress(len(srcs), "extracting")
		defer bar.Finish()
		for _, src := range srcs {
			if ctx.Err() != nil {
				break
			}
			err := ingest.Articles(ctx, src, func(art graph.Article) error {
				select {
				case in <- art:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			}, bad)
			bar.Add(1)
			if err != nil {
				readErr <- err
				return
			}
		}
		readErr <- ctx.Err()
	}()
	// Edges are encoded on the workers; this goroutine only copies the
	// lines out in input order (one encoder here capped the speed at about
	// 9 cores).
	type encoded struct {
		lines []byte
		n     int
	}
	err := extract.StreamWork(ctx, x, 0, in, func(_ graph.Article, edges []graph.Edge) (encoded, error) {
		b, err := graph.EncodeEdges(edges)
		return encoded{b, len(edges)}, err
	}, func(_ graph.Article, p encoded, last bool) error {
		if last {
			st.articles++
		}
		return w.WriteLines(p.lines, p.n)
	})
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	mu.Lock()
	defer mu.Unlock()
	return st, err
}

// logProblem logs one bad input with its file and, when known, line.
func (a *app) logProblem(p ingest.Problem) {
	if p.Line > 0 {
		a.log.Warn("skipped bad input", "file", p.Path, "line", p.Line, "problem", p.Err.Error())
		return
	}
	a.log.Warn("skipped bad input", "file", p.Path, "problem", p.Err.Error())
}
