package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/batch"
	"github.com/actorgraph/actorgraph/batch/lock"
	"github.com/actorgraph/actorgraph/batch/merge"
	"github.com/actorgraph/actorgraph/batch/schedule"
	"github.com/actorgraph/actorgraph/batch/shard"
	"github.com/actorgraph/actorgraph/batch/state"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/report"
)

// stateDirName is the folder inside the output folder where runs keep their
// state and lock.
const stateDirName = ".actorgraph"

// outputFiles are the files a run writes in its output folder.
var outputFiles = []string{"edges.jsonl", "analysis.json", "report.html", "report.md"}

type runFlags struct {
	out      string
	dicts    []string
	lexicon  []string
	every    time.Duration
	schedule string
	shard    string
	full     bool
	workers  int
	window   string
}

func (a *app) runCmd() *cobra.Command {
	var f runFlags
	cmd := &cobra.Command{
		Use:   "run PATH... --out DIR [--every 1h | --schedule CRON] [--shard i/n]",
		Short: "Do the whole job, incrementally: extract, analyse, report",
		Long: `Extracts edges from the articles under PATH (files, folders read recursively,
or - for standard input; .txt, .md, .html, .json, .jsonl, .ndjson, RSS and
Atom), analyses them and writes exactly DIR/edges.jsonl, DIR/analysis.json,
DIR/report.html and DIR/report.md, then prints a summary.

Runs are incremental. DIR/.actorgraph keeps each article's content hash and
edges: a run extracts only new and changed articles (a changed article's
edges replace its old ones), drops the edges of articles no longer found
under PATH, and only reads and hashes the rest. When nothing changed the
outputs are left as they are. A run killed at any point (even kill -9)
leaves the state consistent; the next run goes on where it stopped. When a
previous analysis.json exists, the report shows what changed since.

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

Exit codes: 0 done; 1 failed or interrupted (state saved); 2 usage error;
3 done, but some inputs were bad and skipped (each named on stderr with its
file and line).`,
		Example: `  actorgraph run examples/articles --out out/
  actorgraph run news/ feeds/world.rss --out out/ --every 1h
  actorgraph run news/ --out out/ --schedule "*/30 * * * *" --log-format json
  actorgraph run /data/news --out /data/out/shard-2 --shard 2/4
  curl -s https://example.org/feed.xml | actorgraph run - --out out/`,
		Args: argsAtLeast(1, "PATH: a file or folder of articles"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.out == "" {
				return usageErr("run needs --out DIR")
			}
			return a.run(cmd.Context(), cmd.Flags(), args, f)
		},
	}
	cmd.Flags().StringVarP(&f.out, "out", "o", "", "output folder (required)")
	cmd.Flags().StringSliceVar(&f.dicts, "dict", nil, "extra actor dictionary file(s) overriding the embedded one")
	cmd.Flags().StringVar(&f.window, "window", "", "also analyse time windows of N days by published date: 1d, 7d, 30d (any Nd)")
	cmd.Flags().StringSliceVar(&f.lexicon, "lexicon", nil, "extra lexicon folder(s) holding triggers.tsv, cues.tsv or roles.tsv (extract/lexicon format)")
	cmd.Flags().DurationVar(&f.every, "every", 0, "keep running: run now and then every `INTERVAL` (e.g. 1h, 15m)")
	cmd.Flags().StringVar(&f.schedule, "schedule", "", "keep running: run at the times of a `CRON` expression (e.g. \"0 * * * *\")")
	cmd.Flags().StringVar(&f.shard, "shard", "", "read only shard `i/n` of the articles (0 <= i < n)")
	cmd.Flags().BoolVar(&f.full, "full", false, "extract every article again, changed or not")
	cmd.Flags().IntVar(&f.workers, "workers", 0, "extraction goroutines (0: one per core)")
	return cmd
}

// runner is what every run of one 'actorgraph run' invocation shares.
type runner struct {
	paths       []string
	flags       runFlags
	shard       shard.Shard
	x           *extract.Extractor
	fingerprint string
	neo4jFlags  *pflag.FlagSet // the command's flags, for neo4jConfig
	analyzeOpts analyze.Options
}

func (a *app) run(ctx context.Context, fs *pflag.FlagSet, paths []string, f runFlags) error {
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
	if _, _, err := neo4jConfig(fs); err != nil { // a bad Neo4j setting is a usage error now, not after the run
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
	if sched != nil {
		for _, p := range paths {
			if p == "-" {
				return usageErr("standard input (-) can be read once, not on a schedule")
			}
		}
	}
	x, err := newExtractorWith(f.dicts, f.lexicon)
	if err != nil {
		return err
	}
	fp, err := fingerprint(f.dicts, f.lexicon)
	if err != nil {
		return err
	}
	r := &runner{paths: paths, flags: f, shard: sh, x: x, fingerprint: fp, neo4jFlags: fs, analyzeOpts: opt}
	if sched == nil {
		_, err := a.runOnce(ctx, r)
		return err
	}
	a.log.Info("scheduler started", "out", f.out, "every", f.every.String(), "schedule", f.schedule, "shard", sh.String())
	schedule.Loop(ctx, sched, nil, f.every != 0, func(ctx context.Context) error {
		_, err := a.runOnce(ctx, r)
		var held *lock.HeldError
		switch {
		case errors.As(err, &held):
			a.log.Warn("run skipped: another run holds the lock", "lock", held.Path, "holder", held.Holder)
			return nil
		case errors.Is(err, errBadInput):
			return nil // the problems were logged one by one
		}
		return err
	}, func(next time.Time) {
		a.log.Info("waiting for the next run", "at", next.Format(time.RFC3339))
	}, func(err error) {
		a.log.Error("run failed", "err", err.Error())
	})
	a.log.Info("scheduler stopped", "reason", context.Cause(ctx))
	return nil
}

// runSummary is what one run did, printed at its end.
type runSummary struct {
	batch.Stats
	Shard    string
	Took     time.Duration
	Outputs  string // "written", "unchanged" or "not written" (interrupted)
	Neo4j    string // "not configured", "loaded N edges", "up to date" or "pending: ..." (see loadToNeo4j)
	Resumed  int    // journal records of an unfinished run recovered
	Mediator []analyze.Mediation
	ByRel    map[graph.Relation]int // edges by relation, when the outputs were written
}

// runOnce does one incremental run under the output folder's lock.
func (a *app) runOnce(ctx context.Context, r *runner) (runSummary, error) {
	start := time.Now()
	sum := runSummary{Shard: r.shard.String(), Neo4j: "not configured", Outputs: "unchanged"}
	out := r.flags.out
	stateDir := filepath.Join(out, stateDirName)
	if err := os.MkdirAll(stateDir, 0o755); err != nil {
		return sum, fmt.Errorf("run: %w", err)
	}
	lk, err := lock.Acquire(filepath.Join(stateDir, "lock"))
	if err != nil {
		var held *lock.HeldError
		if errors.As(err, &held) {
			return sum, &exitError{code: exitFailed, err: fmt.Errorf("%w; wait for it to finish, or stop it", held)}
		}
		return sum, err
	}
	defer lk.Release()
	atomicfile.RemoveTemps(out, outputFiles...) // left by a run killed while writing
	st, err := state.Open(stateDir)
	if err != nil {
		return sum, err
	}
	defer st.Close()
	if st.Recovered > 0 {
		sum.Resumed = st.Recovered
		a.log.Info("resuming an unfinished run", "saved_changes", st.Recovered)
	}
	if st.Dropped > 0 {
		a.log.Warn("cut off a torn journal tail left by a crash", "bytes", st.Dropped)
	}

	stats, err := batch.Update(ctx, st, r.x, batch.Options{
		Paths:       r.paths,
		Shard:       r.shard,
		Fingerprint: r.fingerprint,
		Full:        r.flags.full,
		Skip:        []string{out},
		Workers:     r.flags.workers,
		Bad:         a.logProblem,
		Progress:    func(total int) batch.Progress { return a.progress(total, "reading") },
	})
	sum.Stats = stats
	a.log.Debug("state updated", "seconds", time.Since(start).Seconds())
	if err != nil {
		sum.Took = time.Since(start)
		if stats.Interrupted {
			sum.Outputs = "not written"
			a.logSummary(sum, "run interrupted")
			return sum, &exitError{code: exitFailed, err: fmt.Errorf("run interrupted (%v): %d articles extracted and saved; the next run goes on from there", context.Cause(ctx), stats.New+stats.Changed)}
		}
		return sum, err
	}

	digest := st.Digest() + "|window=" + r.flags.window
	var loadErr error
	if r.flags.full || digest != st.Meta().OutputDigest || !outputsExist(out) {
		t0 := time.Now()
		all, err := st.Edges()
		if err != nil {
			return sum, err
		}
		edges := merge.Edges(all) // each edge id once, as merge writes it
		res, err := a.writeOutputs(ctx, out, stats.Articles, edges, r.analyzeOpts)
		if err != nil {
			if ctx.Err() != nil {
				return sum, &exitError{code: exitFailed, err: fmt.Errorf("run interrupted (%v) while writing the outputs: the state is saved, the next run writes them", context.Cause(ctx))}
			}
			return sum, err
		}
		sum.Outputs, sum.Mediator = "written", res.Country.Mediators
		sum.ByRel = map[graph.Relation]int{}
		for _, e := range edges {
			sum.ByRel[e.Relation]++
		}
		if err := st.SetMeta(state.Meta{OutputDigest: digest, Articles: stats.Articles}); err != nil {
			return sum, err
		}
		a.log.Debug("outputs written", "seconds", time.Since(t0).Seconds())
		sum.Neo4j, loadErr = a.loadToNeo4j(ctx, r, edges, &res, newReconcileSpec(edges, stats.RemovedDocs))
	} else {
		sum.Neo4j, loadErr = a.loadToNeo4j(ctx, r, nil, nil, nil) // only what an earlier load left pending
	}
	sum.Took = time.Since(start)
	a.printRunSummary(a.stdout, sum, out)
	a.logSummary(sum, "run done")
	if loadErr != nil {
		return sum, fmt.Errorf("neo4j: %w", loadErr)
	}
	if stats.Failed > 0 {
		return sum, errBadInput
	}
	return sum, nil
}

// loadToNeo4j sends a run's edges and analysis to Neo4j when it is
// configured (NEO4J_URI or --neo4j-uri), through the spool of load.go, so
// edges a failed load leaves behind are sent first by the next run. With nil
// edges (nothing changed) it sends only those. Unless --state-dir or
// ACTORGRAPH_STATE_DIR says otherwise, the spool lives in DIR/.actorgraph,
// beside the run's own state. It returns what the summary shows.
func (a *app) loadToNeo4j(ctx context.Context, r *runner, edges []graph.Edge, res *analyze.Result, sync *reconcileSpec) (string, error) {
	cfg, stateDir, err := neo4jConfig(r.neo4jFlags)
	if err != nil {
		return "not configured", err
	}
	if !cfg.Configured() {
		return "not configured", nil
	}
	if !r.neo4jFlags.Changed("state-dir") && os.Getenv("ACTORGRAPH_STATE_DIR") == "" {
		stateDir = filepath.Join(r.flags.out, stateDirName)
	}
	if err := a.sendToNeo4j(ctx, cfg, stateDir, edges, res, time.Now(), sync); err != nil {
		return "pending: the load failed; the next run sends the edges first", err
	}
	if edges == nil {
		return "up to date", nil
	}
	return fmt.Sprintf("loaded %d edges", len(edges)), nil
}

func outputsExist(dir string) bool {
	for _, name := range outputFiles {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			return false
		}
	}
	return true
}

// writeOutputs analyses edges and writes the four output files, each
// atomically: the reports first (they compare with the analysis.json still
// in place), then edges.jsonl, then analysis.json, so an interrupted write
// never loses the previous analysis the next reports compare with.
func (a *app) writeOutputs(ctx context.Context, dir string, articles int, edges []graph.Edge, opt analyze.Options) (analyze.Result, error) {
	prev, err := readPreviousAnalysis(filepath.Join(dir, "analysis.json"))
	if err != nil {
		a.log.Warn("previous analysis unreadable; the report will not show changes", "err", err.Error())
	}
	t0 := time.Now()
	res, err := analyze.RunContext(ctx, edges, opt)
	if err != nil {
		return res, err
	}
	a.log.Debug("analysed", "edges", len(edges), "seconds", time.Since(t0).Seconds())
	if err := ctx.Err(); err != nil {
		return res, err
	}
	in := report.Input{Summary: report.Summarise(articles, edges), Edges: edges, Analysis: res, Previous: prev, Generated: reportTime()}
	t0 = time.Now()
	if err := report.WriteFiles(dir, in); err != nil {
		return res, err
	}
	a.log.Debug("reports written", "seconds", time.Since(t0).Seconds())
	if err := atomicfile.Write(filepath.Join(dir, "edges.jsonl"), func(w io.Writer) error {
		ew := graph.NewEdgeWriter(w)
		for _, e := range edges {
			if err := ew.Write(e); err != nil {
				return err
			}
		}
		return ew.Flush()
	}); err != nil {
		return res, err
	}
	if err := atomicfile.Write(filepath.Join(dir, "analysis.json"), func(w io.Writer) error {
		return analyze.WriteJSON(ctx, w, res, analyze.OutputOptions{})
	}); err != nil {
		return res, err
	}
	return res, nil
}

// readPreviousAnalysis reads a previous analysis.json; a missing file is nil.
func readPreviousAnalysis(path string) (*analyze.Result, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var res analyze.Result
	if err := json.Unmarshal(b, &res); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &res, nil
}

// fingerprint names the extractor a run uses: the binary itself (so any new
// build, whatever its version stamp, counts as a new extractor), the build
// info, and the contents of the user's dictionary and lexicon files. Stored
// hashes include it, so a new build, dictionary or lexicon extracts
// everything again. Hashing a 30 MB binary costs about 20 ms.
func fingerprint(dicts, lexDirs []string) (string, error) {
	h := sha256.New()
	if bi, ok := debug.ReadBuildInfo(); ok {
		fmt.Fprintln(h, bi.Main.Path, bi.Main.Version)
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				fmt.Fprintln(h, s.Key, s.Value)
			}
		}
	}
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			_, _ = io.Copy(h, f)
			f.Close()
		}
	}
	d, err := dict.LoadWithDefault(dicts...)
	if err != nil {
		return "", usageErr("%v", err)
	}
	enc := json.NewEncoder(h)
	for _, e := range d.Entries() {
		if err := enc.Encode(e); err != nil {
			return "", err
		}
	}
	for _, dir := range lexDirs {
		for _, name := range []string{"triggers.tsv", "cues.tsv", "roles.tsv"} {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err == nil {
				fmt.Fprintln(h, name)
				h.Write(b)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:8]), nil
}

func (a *app) logSummary(s runSummary, msg string) {
	a.log.Info(msg,
		"shard", s.Shard,
		"seen", s.Seen, "new", s.New, "changed", s.Changed, "unchanged", s.Unchanged,
		"removed", s.Removed, "other_shards", s.OtherShard, "failed", s.Failed,
		"edges_added", s.EdgesAdded, "edges_removed", s.EdgesRemoved,
		"articles", s.Articles, "edges", s.Edges,
		"outputs", s.Outputs, "neo4j", s.Neo4j, "resumed", s.Resumed,
		"seconds", s.Took.Round(time.Millisecond).Seconds())
}

// printRunSummary prints what a run did, for a person reading a terminal.
func (a *app) printRunSummary(w io.Writer, s runSummary, out string) {
	fmt.Fprintf(w, "Read %d %s: %d new, %d changed, %d unchanged, %d removed, %d failed",
		s.Seen, plural(s.Seen, "article", "articles"), s.New, s.Changed, s.Unchanged, s.Removed, s.Failed)
	if s.Shard != "all" {
		fmt.Fprintf(w, ", %d in other shards (this is shard %s)", s.OtherShard, s.Shard)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Edges: %d added, %d removed; %d edges from %d articles in all\n", s.EdgesAdded, s.EdgesRemoved, s.Edges, s.Articles)
	if s.ByRel != nil {
		fmt.Fprint(w, "By relation:")
		for _, r := range graph.Relations() {
			fmt.Fprintf(w, " %s %d", r, s.ByRel[r])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Neo4j: %s\n", s.Neo4j)
	if s.Outputs == "written" {
		printMediators(w, s.Mediator)
		fmt.Fprintf(w, "Wrote %s/{edges.jsonl,analysis.json,report.html,report.md}\n", out)
	} else {
		fmt.Fprintf(w, "Nothing changed; %s/{edges.jsonl,analysis.json,report.html,report.md} are up to date\n", out)
	}
	fmt.Fprintf(w, "Took %s\n", s.Took.Round(time.Millisecond))
}

func printMediators(w io.Writer, ms []analyze.Mediation) {
	if len(ms) == 0 {
		fmt.Fprintln(w, "No mediators found.")
		return
	}
	ms = append([]analyze.Mediation(nil), ms...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Score > ms[j].Score })
	fmt.Fprintln(w, "Top mediators (country level):")
	seen := map[string]bool{}
	n := 0
	for _, m := range ms {
		k := m.Mediator + "\x00" + m.Dyad[0] + "\x00" + m.Dyad[1]
		if seen[k] || n == 5 {
			continue
		}
		seen[k] = true
		n++
		fmt.Fprintf(w, "  %-20s between %s and %s (score %.1f)\n", m.Mediator, m.Dyad[0], m.Dyad[1], m.Score)
	}
}

// plural picks the word for n things.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
