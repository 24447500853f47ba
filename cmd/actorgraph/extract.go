package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"sync/atomic"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/rank"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/pipeline"
	"github.com/actorgraph/actorgraph/pipeline/pump"
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
	ranker  string
}

func (a *app) extractCmd() *cobra.Command {
	var f extractFlags
	cmd := &cobra.Command{
		Use:   "extract PATH|URL... [--out FILE]",
		Short: "Extract edges from articles and write them as JSONL",
		Long: `Reads articles (files, folders read recursively, - for standard input, or
http(s) URLs of feeds and pages, fetched once) and writes one JSON edge per
line (the edge stream, docs/edges-format.md) to standard output or --out
FILE. Bad inputs are named on stderr and skipped, and so is an article the
extractor fails on (a bug to report with the article); the exit code is
then 3. When every input was bad and no article was read, it is 1, as for
'run': there is nothing to hand on.
Two files of one name under two PATHs are both read, and named in a
warning: an edge's doc is the file's name, so their edges share it.

Articles are read over all cores; the output is in input order, so the same
input always gives the same bytes. Each edge carries the sentence, the
trigger words and a confidence (docs/extractor.md says how it is computed).

--dict adds actor dictionary files (docs/dictionary.md); --lexicon adds a
folder holding any of triggers.tsv, cues.tsv, roles.tsv, spellings.tsv in
the format of extract/lexicon (new trigger words and frames, negation and
modality cues, titles, spellings of name parts), read after the embedded
lexicon. --ranker replaces the model that ranks the candidates the rules
leave (extract/rank format, trained by eval/fallback/train on your own
gold; the embedded model keeps none: docs/extractor.md, "Ranked
candidates").`,
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
			var faults atomic.Int64
			x, err := a.newExtractorWith(f.dicts, f.lexicon, append(extraRanker(f.ranker), a.faultsTo(&faults))...)
			if err != nil {
				return err
			}
			var st extractStats
			var edges int
			err = writeOutput(cmd.Context(), f.out, a.stdout, func(w io.Writer) error {
				ew := graph.NewEdgeWriter(w)
				var err error
				st, err = a.extractPaths(cmd.Context(), x, args, ew)
				if ferr := ew.Flush(); err == nil && ferr != nil {
					err = fmt.Errorf("extract: write: %w", ferr)
				}
				edges = ew.Count()
				if err == nil && st.articles == 0 && st.bad > 0 {
					// as run: nothing to hand on is a failure, not a partial
					// result, and a file named by --out is left as it was
					err = &exitError{code: exitFailed, err: pipeline.ErrNothingRead}
				}
				return err
			})
			a.log.Info("extract done", "articles", st.articles, "edges", edges, "bad_inputs", st.bad, "extractor_faults", faults.Load())
			if err != nil {
				return err
			}
			if st.bad > 0 || faults.Load() > 0 {
				return errBadInput
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&f.out, "out", "o", "", "write the edges to FILE instead of standard output")
	cmd.Flags().StringSliceVar(&f.dicts, "dict", nil, "extra actor dictionary file(s) (JSONL, extract/dict format) overriding the embedded one")
	cmd.Flags().StringSliceVar(&f.lexicon, "lexicon", nil, "extra lexicon folder(s) holding triggers.tsv, cues.tsv, roles.tsv or spellings.tsv (extract/lexicon format)")
	cmd.Flags().StringVar(&f.ranker, "ranker", "", "a candidate-ranking model FILE (extract/rank format) in place of the embedded one")
	return cmd
}

// extraRanker reads the model file named by --ranker into an option; a
// file that cannot be read or parsed is reported by newExtractorWith.
func extraRanker(file string) []extractOpt {
	if file == "" {
		return nil
	}
	return []extractOpt{func() (extract.Option, error) {
		fh, err := os.Open(file)
		if err != nil {
			return nil, fmt.Errorf("--ranker: %w", err)
		}
		defer fh.Close()
		m, err := rank.Parse(fh, file)
		if err != nil {
			return nil, fmt.Errorf("--ranker: %w", err)
		}
		return extract.WithRanker(m), nil
	}}
}

// extractOpt builds an extractor option that may fail on a user's file.
type extractOpt func() (extract.Option, error)

// faultsTo is the option that logs each article the extractor fails on
// (extract.WithFaults: a rule's bug, the article skipped, the others read)
// as a warning naming it, and counts it in n, so the command can exit 3
// as for a bad input.
func (a *app) faultsTo(n *atomic.Int64) extractOpt {
	return func() (extract.Option, error) {
		return extract.WithFaults(func(doc string, err error) {
			n.Add(1)
			a.log.Warn("article skipped: the extractor failed on it", "doc", doc, "err", err)
		}), nil
	}
}

// newExtractorWith builds an extractor over the embedded dictionary and
// lexicon plus the user's files; a file that cannot be read or parsed is
// an error naming it (exit 1, as a missing --gold or --analysis file: the
// command line itself was well formed). A
// user's phrase that names another actor too is logged as a warning (the
// user's entry claims it).
func (a *app) newExtractorWith(dicts, lexDirs []string, more ...extractOpt) (*extract.Extractor, error) {
	d, err := dict.LoadWithDefault(dicts...)
	if err != nil {
		return nil, err
	}
	const maxOverlapWarnings = 20 // a file of thousands of aliases must not flood the log
	ov := d.Overlaps()
	for _, o := range ov[:min(len(ov), maxOverlapWarnings)] {
		a.log.Warn("dictionary: " + o.String())
	}
	if len(ov) > maxOverlapWarnings {
		a.log.Warn(fmt.Sprintf("dictionary: %d more phrases of your files are also names of other actors (the first %d are above)", len(ov)-maxOverlapWarnings, maxOverlapWarnings))
	}
	l, err := lexicon.LoadWithDefault(lexDirs...)
	if err != nil {
		return nil, err
	}
	opts := []extract.Option{extract.WithDictionary(d), extract.WithLexicon(l), extract.WithForeign(func(doc string) {
		a.log.Warn("article does not read as English, and actorgraph reads English news only: no edge from it", "doc", doc)
	})}
	for _, mk := range more {
		o, err := mk()
		if err != nil {
			return nil, err
		}
		opts = append(opts, o)
	}
	return extract.New(opts...)
}

type extractStats struct {
	articles, bad int
}

// extractPaths reads every article of inputs (files, folders, -, URLs)
// through the pipeline's pump, extracts them over all cores and passes
// their edges to w in input order. Bad inputs are logged with their file
// and line, counted and skipped. A progress bar over the files is drawn on
// a terminal stderr.
func (a *app) extractPaths(ctx context.Context, x *extract.Extractor, inputs []string, w *graph.EdgeWriter) (extractStats, error) {
	st, err := pipeline.Extract(ctx, x, inputs, pipeline.ExtractOptions{
		Bad:      a.logProblem,
		Progress: func(total int) pump.Progress { return a.progress(total, "extracting") },
		Log:      a.log,
		// standard input may be a live stream: hand on each article's
		// edges as they are made
		FlushEach: slices.Contains(inputs, "-"),
		SameName: func(doc string) {
			a.log.Warn("two articles have the same name: their edges share it, and a store merges them; name the folder that holds both, or rename one", "doc", doc)
		},
	}, w)
	return extractStats{articles: st.Articles, bad: st.Bad}, err
}

// logProblem logs one bad input with its file and, when known, line.
func (a *app) logProblem(p ingest.Problem) { pipeline.LogProblem(a.log, p) }
