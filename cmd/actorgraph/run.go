package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/batch/schedule"
	"github.com/actorgraph/actorgraph/batch/shard"
	"github.com/actorgraph/actorgraph/examples"
	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/fetch"
	"github.com/actorgraph/actorgraph/neo4j"
	"github.com/actorgraph/actorgraph/pipeline"
	"github.com/actorgraph/actorgraph/pipeline/pump"
)

// stateDirName is the folder inside the output folder where runs keep their
// state and lock.
const stateDirName = pipeline.StateDirName

// outputFiles are the files a run writes in its output folder.
var outputFiles = pipeline.FileNames

type runFlags struct {
	out           string
	dicts         []string
	lexicon       []string
	every         time.Duration
	schedule      string
	shard         string
	full          bool
	workers       int
	window        string
	feeds         string
	fetchArticles bool
	pruneMissing  bool
	export        string
	fetch         fetch.Options
}

func (a *app) runCmd() *cobra.Command {
	var f runFlags
	cmd := &cobra.Command{
		Use:   "run [PATH|URL]... [--feeds FILE] --out DIR [--every 1h | --schedule CRON] [--shard i/n]",
		Short: "Do the whole job, incrementally: fetch, extract, analyse, report",
		Long: `Extracts edges from the articles under PATH (files, folders read recursively,
or - for standard input; .txt, .md, .html, .json, .jsonl, .ndjson, RSS and
Atom) and at each URL (a feed or a page, fetched over HTTP; --feeds FILE
lists more, one a line), analyses them and writes DIR/edges.jsonl, DIR/analysis.json, DIR/report.html
and DIR/report.md (and, with --export, the graph files for other tools),
then prints a summary.
With no PATH, URL or --feeds it reads the ten example articles built into
actorgraph (examples/articles), so 'actorgraph run --out out' shows the
whole job anywhere.

Feeds are fetched politely: a conditional GET (ETag, Last-Modified kept in
DIR/.actorgraph), so an unchanged feed costs a 304; retries with backoff on
network errors and 5xx; requests to one host spaced by --host-interval. A
feed that fails is named on stderr and never stops the others.
--fetch-articles fetches the page of each new item and takes its main text
(readability), keeping the item's description when the page fails.

Runs are incremental and keep history. DIR/.actorgraph keeps each article's
content hash and edges: a run extracts only new and changed articles (a
changed article's edges replace its old ones) and only reads and hashes the
rest. Feed items, URLs and standard input are append-only: an item that
leaves a feed keeps its edges. Files found under a FOLDER named as PATH are
mirrored: a deleted file, or a record gone from a file, loses its edges;
--prune-missing mirrors files named directly and feed files too. The same
article reached twice (two feeds, a feed and a file, one story under two
URLs) is read once: by canonical URL, GUID, then a hash of its text. When
nothing changed the outputs are left as they are (one deleted, truncated or
edited since it was written is written again). A run killed at any point
(even kill -9) leaves the state consistent; the next run goes on where it
stopped. When a previous analysis.json exists, the report shows what
changed since.

Only one run works on DIR at a time (a lock in DIR/.actorgraph): a second
run, manual or scheduled, stops with a message naming the holder.

--every and --schedule keep the command running: --every runs at once and
then every interval; --schedule runs at the times of a cron expression
(minute hour day-of-month month day-of-week, or @hourly, @daily...). A tick
that finds DIR locked is skipped. SIGINT or SIGTERM stops cleanly: the run
in progress saves what it extracted and the command exits 0.

With Neo4j configured (NEO4J_URI or --neo4j-uri, docs/neo4j.md), a run that
changed something loads the edges and writes the analysis back; a failed
load keeps the edges pending (in DIR/.actorgraph, unless --state-dir or
$ACTORGRAPH_STATE_DIR names another folder) and the next run sends them
first.

--shard i/n reads only the articles whose name hashes to shard i of n, so
that n workers (a Kubernetes Indexed Job, see docs/batch.md) cover a corpus
exactly once; 'actorgraph merge' combines their output folders.

Exit codes: 0 done; 1 failed or interrupted (state saved), or nothing read
because every input was missing or unreadable; 2 usage error; 3 done, but
some inputs were bad and skipped (each named on stderr with its file or URL
and line), or the extractor failed on an article (named on stderr; it is
not recorded, so the next run reads it again).`,
		Example: `  actorgraph run --out out/                      # the built-in example articles
  actorgraph run examples/articles --out out/
  actorgraph run https://example.org/feed.xml --out out/ --every 15m
  actorgraph run --feeds feeds.txt --fetch-articles --out out/ --every 1h
  actorgraph run news/ feeds/world.rss --out out/ --every 1h
  actorgraph run news/ --out out/ --schedule "*/30 * * * *" --log-format json
  actorgraph run /data/news --out /data/out/shard-2 --shard 2/4
  curl -s https://example.org/feed.xml | actorgraph run - --out out/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.out == "" {
				return usageErr("run needs --out DIR")
			}
			if err := checkRunFlags(f); err != nil {
				return err
			}
			return a.run(cmd.Context(), cmd.Flags(), args, f)
		},
	}
	cmd.Flags().StringVarP(&f.out, "out", "o", "", "output folder (required)")
	cmd.Flags().StringSliceVar(&f.dicts, "dict", nil, "extra actor dictionary file(s) overriding the embedded one")
	cmd.Flags().StringVar(&f.window, "window", "", "also analyse time windows of N days by published date: 1d, 7d, 30d (any Nd)")
	cmd.Flags().StringSliceVar(&f.lexicon, "lexicon", nil, "extra lexicon folder(s) holding triggers.tsv, cues.tsv, roles.tsv or spellings.tsv (extract/lexicon format)")
	cmd.Flags().DurationVar(&f.every, "every", 0, "keep running: run now and then every `INTERVAL` (e.g. 1h, 15m)")
	cmd.Flags().StringVar(&f.schedule, "schedule", "", "keep running: run at the times of a `CRON` expression (e.g. \"0 * * * *\")")
	cmd.Flags().StringVar(&f.shard, "shard", "", "read only shard `i/n` of the articles (0 <= i < n)")
	cmd.Flags().BoolVar(&f.full, "full", false, "extract every article again, changed or not")
	cmd.Flags().IntVar(&f.workers, "workers", 0, "extraction goroutines (0: one per core)")
	cmd.Flags().StringVar(&f.feeds, "feeds", "", "read the feed URLs listed in `FILE` (one a line, # comments), again at every run")
	cmd.Flags().BoolVar(&f.fetchArticles, "fetch-articles", false, "fetch the page of each new feed item and take its main text (else the item's description)")
	cmd.Flags().StringVar(&f.export, "export", "", "also write the graph for other tools: `FORMATS`, a comma list of graphml, gexf, csv (docs/export.md)")
	cmd.Flags().BoolVar(&f.pruneMissing, "prune-missing", false, "also remove the articles gone from files named directly and from feed files (folders are always mirrored)")
	cmd.Flags().DurationVar(&f.fetch.Timeout, "fetch-timeout", fetch.DefaultTimeout, "give up a request for a feed or page after this long")
	cmd.Flags().IntVar(&f.fetch.Retries, "fetch-retries", fetch.DefaultRetries, "retries of a feed or page after a network error or 5xx (-1: none)")
	cmd.Flags().DurationVar(&f.fetch.HostGap, "host-interval", fetch.DefaultHostGap, "least time between two requests to one host (negative, e.g. -1ns: none)")
	cmd.Flags().DurationVar(&f.fetch.Backoff, "fetch-backoff", fetch.DefaultBackoff, "wait before the first retry, doubled for each next one")
	cmd.Flags().MarkHidden("fetch-backoff")
	return cmd
}

func (a *app) run(ctx context.Context, fs *pflag.FlagSet, inputs []string, f runFlags) error {
	sh, err := shard.Parse(f.shard)
	if err != nil {
		return usageErr("--shard: %v", err)
	}
	var opt analyze.Options
	if f.window != "" {
		if opt.WindowDays, err = parseWindow(f.window); err != nil {
			return usageErr("--window %q: %v", f.window, err)
		}
	}
	neo, spoolDir, err := a.runNeo4j(fs, f.out, inputs, f.feeds)
	if err != nil { // a bad Neo4j setting is a usage error now, not after the run
		return err
	}
	var sched schedule.Schedule
	switch {
	case f.every != 0 && f.schedule != "":
		return usageErr("give --every or --schedule, not both")
	case fs.Changed("every") && f.every <= 0:
		return usageErr("--every %s: want a positive interval such as 15m or 1h", f.every)
	case f.every != 0:
		if sched, err = schedule.Every(f.every); err != nil {
			return usageErr("--every: %v", err)
		}
	case f.schedule != "":
		if sched, err = schedule.Cron(f.schedule, nil); err != nil {
			return usageErr("--schedule: %v", err)
		}
	}
	if sched != nil && slices.Contains(inputs, "-") {
		return usageErr("standard input (-) can be read once, not on a schedule")
	}
	if f.feeds != "" {
		if _, err := pipeline.ReadFeedList(f.feeds); err != nil {
			return usageErr("--feeds: %v", err)
		}
	}
	var outputs []pipeline.Output
	if f.export != "" {
		formats, err := export.ParseFormats(f.export)
		if err != nil {
			return usageErr("--export: %v", err)
		}
		outputs = append(pipeline.Files(), pipeline.Exports{Formats: formats})
	}
	var faults atomic.Int64 // articles the extractor failed on: not recorded, read again next run
	x, err := a.newExtractorWith(f.dicts, f.lexicon, a.faultsTo(&faults))
	if err != nil {
		return err
	}
	fp, err := pipeline.Fingerprint(f.dicts, f.lexicon)
	if err != nil {
		return err
	}
	var builtIn []ingest.Source
	if len(inputs) == 0 && f.feeds == "" {
		if sched != nil {
			return usageErr("missing PATH or URL: a scheduled run needs articles to watch (a folder, a feed, --feeds FILE)")
		}
		if builtIn, err = examples.Sources(); err != nil {
			return err
		}
		a.log.Info("no PATH, URL or --feeds given: reading the example articles built into actorgraph", "articles", len(builtIn), "from", "examples/articles")
	}
	cfg := pipeline.Config{
		Sources: builtIn,
		Out:     f.out, Inputs: inputs, FeedsFile: f.feeds, FetchArticles: f.fetchArticles, Fetch: f.fetch,
		PruneMissing: f.pruneMissing, Shard: sh, Full: f.full, Workers: f.workers, Window: f.window,
		Analyze: opt, Extractor: x, Fingerprint: fp, Neo4j: neo, SpoolDir: spoolDir, Outputs: outputs, Log: a.log, Stdout: a.stdout,
		Progress: func(total int, what string) pump.Progress { return a.progress(total, what) },
		AfterSave: func() {
			if a.afterSave != nil {
				a.afterSave()
			}
			crashAt("saved")
		},
		Stage: crashAt,
	}
	if sched == nil {
		_, err := pipeline.Run(ctx, cfg)
		if err == nil && faults.Load() > 0 {
			return errBadInput // (each named in a warning; the next run reads them again)
		}
		return runExit(err)
	}
	when := []any{"every", f.every.String()}
	if f.schedule != "" {
		when = []any{"schedule", f.schedule}
	}
	a.log.Info("scheduler started", append(append([]any{"out", f.out}, when...), "shard", sh.String())...)
	pipeline.Schedule(ctx, sched, f.every != 0, cfg)
	return nil
}

// runNeo4j is the Neo4j output of a run, nil when Neo4j is not configured,
// and the folder of its spool folders (looked into even then, to name
// edges still owed). Unless --state-dir or ACTORGRAPH_STATE_DIR says
// otherwise, the spool lives in DIR/.actorgraph, beside the run's own state.
//
// Its origin in Neo4j (neo4j.OriginOf) is seeded with the inputs and the
// feeds file, so the shards of one corpus share one.
func (a *app) runNeo4j(fs *pflag.FlagSet, out string, inputs []string, feeds string) (pipeline.Output, string, error) {
	cfg, stateDir, err := neo4jConfig(fs)
	if err != nil {
		return nil, "", err
	}
	if !fs.Changed("state-dir") && os.Getenv("ACTORGRAPH_STATE_DIR") == "" {
		stateDir = filepath.Join(out, stateDirName)
	}
	if !cfg.Configured() {
		return nil, stateDir, nil
	}
	return &pipeline.Neo4j{Config: cfg, StateDir: stateDir, OriginSeed: neo4j.OriginSeed(inputs, feeds), Log: a.log, Stage: crashAt}, stateDir, nil
}

// runExit gives a run's error its exit code.
func runExit(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, pipeline.ErrSomeBad):
		return errBadInput
	default:
		return &exitError{code: exitFailed, err: err}
	}
}

// checkRunFlags refuses the numbers no run can use, naming the flag.
func checkRunFlags(f runFlags) error {
	switch {
	case f.workers < 0:
		return usageErr("--workers %d: want 0 (one per core) or more", f.workers)
	case f.fetch.Timeout <= 0:
		return usageErr("--fetch-timeout %v: want a positive duration", f.fetch.Timeout)
	case f.fetch.Backoff < 0:
		return usageErr("--fetch-backoff %v: want 0 or a positive duration", f.fetch.Backoff)
	case f.fetch.Retries < -1:
		return usageErr("--fetch-retries %d: want -1 (none) or more", f.fetch.Retries)
	}
	return nil
}
