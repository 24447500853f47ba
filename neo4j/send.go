package neo4j

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

// Job is what one Send delivers to Neo4j.
type Job struct {
	// Edges are the edges to load, after every edge left pending by an
	// earlier Send to the same server; nil sends only those.
	Edges []graph.Edge
	// Analysis, when set, is written onto the actors (WriteMetrics) with
	// analysed_at = AnalysedAt.
	Analysis   *analyze.Result
	AnalysedAt time.Time
	// Reconcile, when set, makes the graph hold no edge the input no
	// longer has (Store.Reconcile).
	Reconcile *Reconcile
	// Stage, when set, is called with "load" once the first batch is
	// committed and "reconcile" once the first reconcile statement is, so a
	// test can kill the process at those points.
	Stage func(name string)
	// OriginSeed, when set, makes the Send load and reconcile as the
	// origin of its state folder (OriginOf, made from this seed the first
	// time; run sets it, OriginSeed). Without it the edges are loaded with
	// no origin, claiming nothing (a plain load, origin.go).
	OriginSeed string
	// Digest, when set, names the run snapshot Edges hold in full: once
	// they are spooled it is recorded as handed to this server
	// (HandedDigest).
	Digest string
}

// Reconcile is what Store.Reconcile needs: the edge ids of each document a
// run holds, and the documents it found removed.
type Reconcile struct {
	Current map[string][]string `json:"current"`
	Removed []string            `json:"removed"`
}

// NewReconcile lists the ids of edges by document, with removed.
func NewReconcile(edges []graph.Edge, removed []string) *Reconcile {
	r := &Reconcile{Current: map[string][]string{}, Removed: removed}
	for _, e := range edges {
		r.Current[e.Doc] = append(r.Current[e.Doc], e.ID)
	}
	return r
}

// Sent is what a Send did.
type Sent struct {
	Stats   LoadStats
	Earlier int // edges left pending by an earlier Send, sent first
	Metrics int // actor rows written back (0 without analysis)
	// MetricsSkipped says why the analysis was not written back, when the
	// database holds more edges than it covers; "" otherwise.
	MetricsSkipped string
	Spool          string // the spool folder
}

// PendingError is a Send that failed: the edges not committed wait in
// Path, and owed work (reconcile, metrics) is redone by the next Send.
type PendingError struct {
	Err     error
	Pending int    // edges still pending
	Path    string // the pending file
	Owed    bool   // a reconcile or metrics write is owed too
}

func (e *PendingError) Error() string {
	switch {
	case e.Pending > 0:
		return fmt.Sprintf("%v\n%d edges kept pending in %s; the next load or run sends them first", e.Err, e.Pending, e.Path)
	case e.Owed:
		// No edge waits in this server's spool: every edge handed to it was
		// committed. Edges it was never handed are not counted here (a run
		// pointed at a new server hands it the whole snapshot first).
		return fmt.Sprintf("%v\nno edge waits to be sent to this server (each one handed to it is committed); the next load or run redoes the deletions and metrics owed (kept in %s)", e.Err, filepath.Join(filepath.Dir(e.Path), owedFile))
	}
	return e.Err.Error()
}

func (e *PendingError) Unwrap() error { return e.Err }

// owedFile keeps, in the spool folder, the work a Send owes beyond its
// edges: the reconcile and the metrics. It is written before the load and
// removed once both are done, so a process killed after its edges are
// loaded still has its deletions and metrics done by the next Send.
const owedFile = "owed.json"

type owed struct {
	Analysis   *analyze.Result `json:"analysis,omitempty"`
	AnalysedAt time.Time       `json:"analysed_at,omitzero"`
	Reconcile  *Reconcile      `json:"reconcile,omitempty"`
}

// Send delivers a job to the Neo4j server of cfg through the spool folder
// under stateDir (SpoolDir): it adds the job's edges to those pending,
// opens the server, creates the schema, loads every pending edge (edges the
// server refuses are kept aside in rejected.jsonl, see LoadRejecting),
// reconciles and writes the metrics back. With job.OriginSeed it loads
// and reconciles as the origin of stateDir (OriginOf): what another run
// loaded into the same database is never deleted by this one. The whole
// Send runs under a
// deadline of cfg.LoadTimeout, each transaction under cfg.Timeout; when ctx
// ends (a signal) it stops at once. On failure it returns a *PendingError
// saying where the edges wait. Work a killed or failed Send owed (the
// reconcile, the metrics) is done by the next one, merged with its own:
// the newer analysis wins, removed documents accumulate. It costs the
// rewrite of the pending file, one transaction per batch (Load), one per
// batch of documents and relation (Reconcile) and one for the metrics.
func Send(ctx context.Context, cfg Config, stateDir string, job Job, log *slog.Logger) (Sent, error) {
	cfg, err := cfg.Normalize()
	if err != nil {
		return Sent{}, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ctx, cancel := context.WithTimeoutCause(ctx, cfg.LoadTimeout,
		fmt.Errorf("the whole Neo4j load took longer than its limit of %s", cfg.LoadTimeout))
	defer cancel()
	stage := job.Stage
	if stage == nil {
		stage = func(string) {}
	}
	sp, err := OpenSpool(SpoolDir(stateDir, cfg))
	if err != nil {
		return Sent{}, err
	}
	defer sp.Close()
	sent := Sent{Spool: sp.Dir()}
	ow, err := sp.owe(job)
	if err != nil {
		return sent, err
	}
	all, err := sp.Add(ctx, job.Edges)
	if err != nil {
		return sent, err
	}
	if err := sp.noteServer(cfg, job.Digest); err != nil {
		return sent, err
	}
	sent.Earlier = len(all) - len(job.Edges)
	if sent.Earlier > 0 {
		log.Info("sending edges left pending by an earlier load first", "pending", sent.Earlier, "spool", sp.Dir())
	}
	fail := func(err error) (Sent, error) {
		n := len(all)
		if p, perr := sp.Pending(context.WithoutCancel(ctx)); perr == nil {
			n = len(p)
		}
		return sent, &PendingError{Err: err, Pending: n, Path: sp.PendingPath(), Owed: ow.Analysis != nil || ow.Reconcile != nil}
	}
	origin := ""
	if job.OriginSeed != "" {
		if origin, err = OriginOf(stateDir, job.OriginSeed); err != nil {
			return fail(err)
		}
	}
	st, err := Open(ctx, cfg, log)
	if err != nil {
		return fail(err)
	}
	defer st.Close(ctx)
	st.SetOrigin(origin)
	if err := st.EnsureSchema(ctx); err != nil {
		return fail(err)
	}
	first := true
	sent.Stats, err = st.LoadRejecting(ctx, all, func(ids []string) error {
		if err := sp.Done(ids); err != nil {
			return err
		}
		if first {
			first = false
			stage("load")
		}
		return nil
	}, func(e graph.Edge, reason error) error {
		log.Warn("Neo4j refused an edge; kept aside", "id", e.ID, "doc", e.Doc, "reason", reason.Error(), "file", sp.RejectedPath())
		return sp.Reject(e, reason)
	})
	if err != nil {
		return fail(err)
	}
	if sent.Stats.Rejected > 0 {
		log.Warn("some edges were refused by Neo4j and kept aside; fix and load them again with 'actorgraph load FILE'",
			"rejected", sent.Stats.Rejected, "file", sp.RejectedPath())
	}
	if err := sp.Clear(); err != nil {
		return sent, err
	}
	all = nil
	if r := ow.Reconcile; r != nil {
		if err := st.reconcile(ctx, r.Current, r.Removed, func() { stage("reconcile") }); err != nil {
			return fail(err)
		}
		log.Debug("neo4j reconciled with the input", "documents", len(r.Current), "removed", len(r.Removed))
	}
	if ow.Analysis != nil {
		// The analysis is of this run's edges; when the database holds more
		// (other folders or shards load into it), its metrics would be a
		// part's, written over the whole graph's: leave them.
		n, err := st.EdgeCount(ctx)
		if err != nil {
			return fail(err)
		}
		if covered := ow.Analysis.Actor.Edges; covered > 0 && n > covered { // (0: an analysis that does not say)
			sent.MetricsSkipped = fmt.Sprintf("the database holds %d edges, the analysis covers %d (other folders or shards load into it)", n, covered)
			log.Warn("metrics not written onto the actors: the analysis covers part of the database's graph; write the whole graph's with 'actorgraph load EDGES --analysis ANALYSIS' (from 'actorgraph merge' of every folder)",
				"address", cfg.Address(), "database_edges", n, "analysed_edges", covered)
		} else if sent.Metrics, err = st.WriteMetrics(ctx, *ow.Analysis, ow.AnalysedAt); err != nil {
			return fail(err)
		}
	}
	if err := sp.paid(); err != nil {
		return sent, err
	}
	return sent, nil
}

// owe merges the work job owes with what an earlier Send left owed, writes
// it to the spool (synced, atomically) and returns it.
func (s *Spool) owe(job Job) (owed, error) {
	var ow owed
	path := filepath.Join(s.dir, owedFile)
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return ow, fmt.Errorf("spool: %w", err)
	default:
		if err := json.Unmarshal(b, &ow); err != nil {
			// A torn file: what it owed is lost, the next run's reconcile
			// and metrics cover the current documents.
			ow = owed{}
		}
	}
	if job.Analysis != nil {
		ow.Analysis, ow.AnalysedAt = job.Analysis, job.AnalysedAt
	}
	if r := job.Reconcile; r != nil {
		removed := map[string]bool{}
		if ow.Reconcile != nil {
			for _, d := range ow.Reconcile.Removed {
				removed[d] = true
			}
		}
		for _, d := range r.Removed {
			removed[d] = true
		}
		merged := &Reconcile{Current: r.Current}
		if r.Current == nil && ow.Reconcile != nil {
			// A job that names no current documents (a run whose edges did
			// not change) keeps those an earlier Send still owes.
			merged.Current = ow.Reconcile.Current
		}
		for d := range removed {
			if _, back := r.Current[d]; !back {
				merged.Removed = append(merged.Removed, d)
			}
		}
		sort.Strings(merged.Removed)
		ow.Reconcile = merged
	}
	if ow.Analysis == nil && ow.Reconcile == nil {
		return ow, nil
	}
	b, err = json.Marshal(ow)
	if err != nil {
		return ow, fmt.Errorf("spool: %w", err)
	}
	if err := s.writeFile(owedFile, b); err != nil {
		return ow, err
	}
	return ow, nil
}

// paid removes the owed work: it is done.
func (s *Spool) paid() error {
	if err := os.Remove(filepath.Join(s.dir, owedFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("spool: %w", err)
	}
	return nil
}
