// Package pipeline is the run workflow of 'actorgraph run': under the output
// folder's lock it fetches the feeds and URLs given (only what changed),
// brings the crash-safe state up to date with every input through the one
// ingest→extract pump (package batch, package pump), and, when anything
// changed, analyses the whole edge set and hands it to its outputs — the
// edges file, the analysis, the reports, Neo4j and any export — each behind
// the small Output interface. The command line only parses flags and wires
// a Config.
//
// # History
//
// Feed items, URLs and standard input are append-only: an item that scrolls
// out of a feed keeps its edges. Only files found under a folder the user
// names are mirrored (an edited file replaces its edges, a deleted one
// removes them), and Config.PruneMissing extends that to every file named.
// The same article reached twice (two feeds, a feed and a file, one wire
// story under two URLs) is read once: by canonical URL, GUID, then a hash of
// its text (ingest.Keys).
//
// # Removals and crashes
//
// Removed articles are marked gone in the state, in the same journal record
// that forgets them; the marks are cleared only once Neo4j has dropped their
// edges. A run killed after saving its state but before reconciling Neo4j
// leaves the marks, and the next run drops those edges even when nothing
// else changed.
package pipeline

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/batch"
	"github.com/actorgraph/actorgraph/batch/lock"
	"github.com/actorgraph/actorgraph/batch/merge"
	"github.com/actorgraph/actorgraph/batch/shard"
	"github.com/actorgraph/actorgraph/batch/state"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/fetch"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/neo4j"
	"github.com/actorgraph/actorgraph/pipeline/pump"
)

// StateDirName is the folder inside the output folder where runs keep their
// state and lock.
const StateDirName = ".actorgraph"

// Config is one 'actorgraph run': what it reads, how, and where it writes.
type Config struct {
	Out    string   // output folder
	Inputs []string // files, folders, "-" for standard input, http(s) URLs
	// Sources are read after Inputs (sources already in memory: the
	// embedded examples).
	Sources []ingest.Source
	// FeedsFile names a file of feed URLs, one a line (ReadFeedList); it is
	// read again by every run, so a scheduled run sees its edits.
	FeedsFile     string
	FetchArticles bool          // fetch each new item's page and take its main text
	Fetch         fetch.Options // how feeds and pages are fetched
	PruneMissing  bool          // mirror every file named, not only folders (batch.Options)
	Shard         shard.Shard
	Full          bool // extract every article again
	Workers       int
	Window        string // the window given, part of what the outputs were written for
	Analyze       analyze.Options
	Extractor     pump.Extractor
	Fingerprint   string // see Fingerprint
	// Outputs are written, in order, when the edges changed; nil is Files().
	// Extra outputs (exports) go after them.
	Outputs []Output
	// Neo4j, when not nil, is written after the outputs on every run. When
	// it has a Handed method (as *Neo4j has), a run whose outputs are up to
	// date still sends it the whole snapshot when Handed is not the
	// snapshot's digest: a server never handed the current edges.
	Neo4j Output
	// SpoolDir is the state folder holding the Neo4j spool folders
	// (neo4j.SpoolDir), looked into when Neo4j is nil so that the summary
	// names the edges still owed to a server; "" is Out/.actorgraph.
	SpoolDir string
	Log      *slog.Logger
	Stdout   io.Writer // where the summary is printed; nil prints none
	Progress func(total int, what string) pump.Progress
	// AfterSave, when not nil, is called once the state and the files are
	// saved, before Neo4j is told (a test kills the process there).
	AfterSave func()
	// Stage, when not nil, is told "read" and "extracted" at those stage
	// boundaries (batch.Options.Stage; a test kills the process there).
	Stage func(name string)
}

// Errors a run returns besides its own.
var (
	// ErrSomeBad: the run finished, but some inputs were bad and skipped
	// (each one logged).
	ErrSomeBad = errors.New("some inputs were bad and skipped")
	// ErrNothingRead: every input was missing or unreadable; nothing was
	// read and nothing written.
	ErrNothingRead = errors.New("nothing read: every input was missing or unreadable (each is named above)")
)

// Summary is what one run did, printed at its end.
type Summary struct {
	batch.Stats
	Feeds    FeedStats
	Shard    string
	Took     time.Duration
	Outputs  string // "written", "unchanged" or "not written" (interrupted)
	Neo4j    string // "not configured", "loaded N edges", "up to date" or "pending: ..."
	Resumed  int    // journal records of an unfinished run recovered
	Mediator []analyze.Mediation
	ByRel    map[graph.Relation]int // edges by relation, when the outputs were written
	Exports  map[string]string      // status of each extra output
}

// Run does one incremental run under the output folder's lock. Its cost is
// one fetch per URL (a 304 when unchanged), one read and hash of every
// article, one extraction of each new or changed one and, when anything
// changed, one analysis and one write of every output.
func Run(ctx context.Context, cfg Config) (Summary, error) {
	start := time.Now()
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	sum := Summary{Shard: cfg.Shard.String(), Neo4j: "not configured", Outputs: "unchanged"}
	out := cfg.Out
	stateDir := filepath.Join(out, StateDirName)
	lk, err := lockFolder(out)
	if err != nil {
		return sum, err
	}
	defer lk.Release()
	atomicfile.RemoveTemps(out, FileNames...) // left by a run killed while writing
	st, err := state.Open(stateDir)
	if err != nil {
		return sum, err
	}
	defer st.Close()
	if st.Recovered > 0 {
		sum.Resumed = st.Recovered
		log.Info("resuming an unfinished run", "saved_changes", st.Recovered)
	}
	if st.Dropped > 0 {
		log.Warn("cut off a torn journal tail left by a crash", "bytes", st.Dropped)
	}

	bad := func(p ingest.Problem) { LogProblem(log, p) }
	paths, urls := SplitInputs(cfg.Inputs)
	feeds := map[string]bool{} // the URLs of the feeds file: read as feeds
	if cfg.FeedsFile != "" {
		list, err := ReadFeedList(cfg.FeedsFile)
		if err != nil {
			return sum, err
		}
		urls = append(urls, list...)
		for _, u := range list {
			feeds[u] = true
		}
	}
	client := fetch.New(cfg.Fetch)
	var srcs []ingest.Source
	validators := map[string]fetch.Validators{}
	if len(urls) > 0 {
		if err := st.Side(feedsSide, &validators); err != nil {
			log.Warn("feed validators unreadable; fetching every feed in full", "err", err.Error())
			validators = map[string]fetch.Validators{}
		}
		srcs, validators, sum.Feeds = fetchAll(ctx, client, urls, validators, feeds, bad)
		log.Debug("feeds fetched", "urls", sum.Feeds.URLs, "fetched", sum.Feeds.Fetched, "not_modified", sum.Feeds.NotModified, "failed", sum.Feeds.Failed)
	}
	fetched := map[string]bool{} // the URLs fetched in full this run
	for _, src := range srcs {
		fetched[src.Path] = true
	}
	var feedMu sync.Mutex
	srcs = append(srcs, cfg.Sources...)
	opt := batch.Options{
		Paths:        paths,
		Sources:      srcs,
		Shard:        cfg.Shard,
		Fingerprint:  cfg.Fingerprint,
		Full:         cfg.Full,
		PruneMissing: cfg.PruneMissing,
		Skip:         []string{out},
		Workers:      cfg.Workers,
		Bad: func(p ingest.Problem) {
			feedMu.Lock()
			if fetched[p.Path] && p.Line == 0 {
				// fetched, but its body as a whole did not read (a feed that
				// does not parse): a failed URL, counted once
				delete(fetched, p.Path)
				sum.Feeds.Fetched--
				sum.Feeds.Failed++
			}
			feedMu.Unlock()
			bad(p)
		},
		Stage: cfg.Stage,
		Extracted: func(doc, file string, changed bool, edges int) {
			log.Debug("article extracted", "doc", doc, "file", file, "changed", changed, "edges", edges)
		},
		Duplicate: func(a graph.Article, of string) {
			log.Debug("read once: the same article was read before", "doc", a.Doc, "same_as", of)
		},
	}
	if cfg.FetchArticles {
		opt.Prepare = articlePages(client, log)
	}
	if cfg.Progress != nil {
		opt.Progress = func(total int) batch.Progress { return cfg.Progress(total, "reading") }
	}
	stats, err := batch.Update(ctx, st, cfg.Extractor, opt)
	sum.Stats = stats
	sum.Failed += sum.Feeds.Failed
	log.Debug("state updated", "seconds", time.Since(start).Seconds())
	if err != nil {
		sum.Took = time.Since(start)
		if stats.Interrupted {
			sum.Outputs = "not written"
			LogSummary(log, sum, "run interrupted")
			return sum, fmt.Errorf("run interrupted (%v): %d articles extracted and saved; the next run goes on from there", context.Cause(ctx), stats.New+stats.Changed)
		}
		return sum, err
	}
	if len(urls) > 0 {
		if err := st.SetSide(feedsSide, validators); err != nil {
			return sum, err
		}
	}
	if stats.Inputs == 0 && sum.Feeds.NotModified == 0 && sum.Failed > 0 {
		sum.Took = time.Since(start)
		LogSummary(log, sum, "nothing read")
		return sum, ErrNothingRead
	}

	// the outputs this run writes: the four files and any exports, whose
	// formats are part of what the outputs were written for
	names := append([]string{}, FileNames...)
	exports := ""
	for _, o := range cfg.Outputs {
		if x, ok := o.(Exports); ok {
			names = append(names, x.FileNames()...)
			exports = strings.Join(x.FileNames(), ",")
		}
	}
	digest := st.Digest() + "|window=" + cfg.Window
	outDigest := digest // what the outputs were written for: the snapshot and the exports asked
	if exports != "" {
		outDigest += "|export=" + exports
	}
	snap := &Snapshot{Dir: out, Articles: stats.Articles, Gone: st.Gone(), Time: ReportTime(), Digest: digest}
	damaged := outputsIntact(out, names, st.Meta().Outputs)
	if damaged != "" && outDigest == st.Meta().OutputDigest && !cfg.Full {
		log.Info("output missing or changed since it was written: writing the outputs again", "file", filepath.Join(out, damaged))
	}
	if cfg.Full || outDigest != st.Meta().OutputDigest || damaged != "" {
		t0 := time.Now()
		all, err := st.Edges()
		if err != nil {
			return sum, err
		}
		snap.Changed = true
		snap.Edges = merge.Edges(all) // each edge id once, as merge writes it
		snap.ByDoc = byDoc(snap.Edges, st.Docs())
		if snap.Previous, err = ReadPrevious(filepath.Join(out, "analysis.json")); err != nil {
			log.Warn("previous analysis unreadable; the report will not show changes", "err", err.Error())
		}
		if snap.Analysis, err = analyze.RunContext(ctx, snap.Edges, cfg.Analyze.Compact()); err == nil {
			err = ctx.Err()
		}
		log.Debug("analysed", "edges", len(snap.Edges), "seconds", time.Since(t0).Seconds())
		if err == nil {
			err = writeAll(ctx, cfg, snap, &sum)
		}
		if err != nil {
			if ctx.Err() != nil {
				return sum, fmt.Errorf("run interrupted (%v) while writing the outputs: the state is saved, the next run writes them", context.Cause(ctx))
			}
			return sum, err
		}
		sum.Outputs, sum.Mediator = "written", snap.Analysis.Country.Mediators
		sum.ByRel = map[graph.Relation]int{}
		for _, e := range snap.Edges {
			sum.ByRel[e.Relation]++
		}
		stamps, err := outputStamps(out, names)
		if err != nil {
			return sum, err
		}
		if err := st.SetMeta(state.Meta{OutputDigest: outDigest, Articles: stats.Articles, Outputs: stamps}); err != nil {
			return sum, err
		}
		log.Debug("outputs written", "seconds", time.Since(t0).Seconds())
	}
	if cfg.AfterSave != nil {
		cfg.AfterSave()
	}
	var loadErr error
	// the state folder of the Neo4j spool folders, and the one of the
	// server this run tells ("" with no Neo4j)
	spoolRoot, told := cmp.Or(cfg.SpoolDir, stateDir), ""
	if n, ok := cfg.Neo4j.(*Neo4j); ok {
		spoolRoot, told = n.StateDir, neo4j.SpoolDir(n.StateDir, n.Config)
	}
	if cfg.Neo4j != nil {
		handed := ""
		if h, ok := cfg.Neo4j.(interface{ Handed() string }); ok {
			handed = h.Handed()
		}
		if !snap.Changed && handed != digest {
			// The outputs are up to date but this server never got their
			// edges: a run was stopped between the two, Neo4j was
			// configured since, or the run points at another address or
			// database than before.
			if err := reloadSnapshot(ctx, st, out, cfg, snap); err != nil {
				return sum, err
			}
		}
		sum.Neo4j, loadErr = cfg.Neo4j.Write(ctx, snap)
	} else {
		if owed := owedSummary(ctx, log, spoolRoot, digest, stats.Edges); owed != "" {
			sum.Neo4j += ", but " + owed
		}
	}
	if loadErr == nil && len(snap.Gone) > 0 {
		// Neo4j dropped their edges, or there is no Neo4j to tell; any other
		// server this folder has loaded is owed the removals in its spool,
		// so the marks can go.
		if err := neo4j.OweRemovals(ctx, spoolRoot, told, snap.Gone); err != nil {
			log.Warn("could not record removed articles for the other Neo4j servers; the marks stay for the next run", "err", err.Error())
		} else if err := st.ClearGone(snap.Gone); err != nil {
			return sum, err
		}
	}
	sum.Took = time.Since(start)
	if cfg.Stdout != nil {
		PrintSummary(cfg.Stdout, sum, out)
	}
	LogSummary(log, sum, "run done")
	if loadErr != nil {
		return sum, fmt.Errorf("neo4j: %w", loadErr)
	}
	if sum.Failed > 0 {
		return sum, ErrSomeBad
	}
	return sum, nil
}

// reloadSnapshot fills snap with the store's edges and the analysis the
// outputs hold (analysed again when analysis.json cannot be read), for a
// Neo4j that must be sent what the outputs already show.
func reloadSnapshot(ctx context.Context, st *state.Store, out string, cfg Config, snap *Snapshot) error {
	all, err := st.Edges()
	if err != nil {
		return err
	}
	snap.Changed = true
	snap.Edges = merge.Edges(all)
	snap.ByDoc = byDoc(snap.Edges, st.Docs())
	if res, _, err := ReadAnalysis(filepath.Join(out, "analysis.json")); err == nil {
		snap.Analysis = res
		return nil
	}
	snap.Analysis, err = analyze.RunContext(ctx, snap.Edges, cfg.Analyze.Compact())
	return err
}

// lockFolder takes the lock of the output folder out, creating its state
// folder; its error names a holder.
func lockFolder(out string) (*lock.Lock, error) {
	stateDir := filepath.Join(out, StateDirName)
	if err := os.MkdirAll(stateDir, 0o755); err != nil {
		return nil, fmt.Errorf("%s: %w", out, err)
	}
	lk, err := lock.Acquire(filepath.Join(stateDir, "lock"))
	var held *lock.HeldError
	if errors.As(err, &held) {
		return nil, fmt.Errorf("%w; wait for it to finish, or stop it", held)
	}
	return lk, err
}

// writeAll writes the outputs of cfg, in order.
func writeAll(ctx context.Context, cfg Config, snap *Snapshot, sum *Summary) error {
	outs := cfg.Outputs
	if outs == nil {
		outs = Files()
	}
	for _, o := range outs {
		status, err := o.Write(ctx, snap)
		if err != nil {
			return fmt.Errorf("%s: %w", o.Name(), err)
		}
		switch o.(type) {
		case Reports, EdgesFile, AnalysisFile:
		default: // an export: its status goes in the summary
			if sum.Exports == nil {
				sum.Exports = map[string]string{}
			}
			sum.Exports[o.Name()] = status
		}
	}
	return nil
}

// LogProblem logs one bad input with its file (or URL) and, when known, line.
func LogProblem(log *slog.Logger, p ingest.Problem) {
	if p.Line > 0 {
		log.Warn("skipped bad input", "file", p.Path, "line", p.Line, "problem", p.Err.Error())
		return
	}
	log.Warn("skipped bad input", "file", p.Path, "problem", p.Err.Error())
}
