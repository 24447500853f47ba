package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/neo4j"
)

// Reconcile tells Send, after the load, which documents a run holds (with
// their edge ids) and which are gone, so that Neo4j drops the edges the
// input no longer has (neo4j.Store.Reconcile). Documents it does not name
// are left alone.
type Reconcile = neo4j.Reconcile

// NewReconcile is the Reconcile of a run holding edges, with removed gone.
func NewReconcile(edges []graph.Edge, removed []string) *Reconcile {
	return neo4j.NewReconcile(edges, removed)
}

// byDoc lists the ids of edges by document, for every document held (docs):
// one that gives no edge now has an empty list, so that the reconcile
// deletes the edges it gave before.
func byDoc(edges []graph.Edge, docs []string) map[string][]string {
	m := NewReconcile(edges, nil).Current
	for _, d := range docs {
		if _, ok := m[d]; !ok {
			m[d] = []string{}
		}
	}
	return m
}

// Send spools edges in stateDir, then sends every pending edge to Neo4j
// (those an earlier failed load left first), reconciles when sync is given,
// and, when res is given, writes its metrics back with analysed_at = at
// (neo4j.Send: every transaction under --neo4j-timeout, the whole load
// under --neo4j-load-timeout, owed deletions and metrics kept until done).
// When the load fails the edges stay pending and the error says where.
// stage, when not nil, is told "neo4j-load" and "neo4j-reconcile" once the
// first statement of each is committed (a test kills the process there).
func Send(ctx context.Context, log *slog.Logger, cfg neo4j.Config, stateDir string, edges []graph.Edge, res *analyze.Result, at time.Time, sync *Reconcile, stage func(string)) error {
	_, err := send(ctx, log, cfg, stateDir, neo4j.Job{Edges: edges, Analysis: res, AnalysedAt: at, Reconcile: sync}, stage)
	return err
}

func send(ctx context.Context, log *slog.Logger, cfg neo4j.Config, stateDir string, job neo4j.Job, stage func(string)) (sent neo4j.Sent, err error) {
	if stage != nil {
		job.Stage = func(name string) { stage("neo4j-" + name) }
	}
	sent, err = neo4j.Send(ctx, cfg, stateDir, job, log)
	var pe *neo4j.PendingError
	if errors.As(err, &pe) && pe.Pending > 0 {
		flags := "--neo4j-uri " + cfg.Address()
		if cfg.Database != "" {
			flags += " --neo4j-database " + cfg.Database
		}
		return sent, fmt.Errorf("%w (they wait in the state folder %s: 'actorgraph load --state-dir %s %s' with no file sends only them)", err, stateDir, stateDir, flags)
	}
	if err != nil {
		return sent, err
	}
	stats := sent.Stats
	log.Info("loaded into Neo4j", "address", cfg.Address(), "edges", stats.Edges, "batches", stats.Batches,
		"nodes_created", stats.NodesCreated, "relationships_created", stats.RelationshipsCreated,
		"properties_set", stats.PropertiesSet)
	if sent.Metrics > 0 {
		log.Info("wrote metrics onto actors", "address", cfg.Address(), "actors", sent.Metrics, "analysed_at", job.AnalysedAt.UTC().Format(time.RFC3339))
	}
	return sent, nil
}

// Neo4j is the output that loads a run into Neo4j. When the edges changed
// it sends them with the analysis and reconciles every document the run
// holds and every one gone; when they did not, it sends only what an
// earlier load left pending and drops the edges of documents still marked
// gone (a run killed before it told Neo4j). It writes in package neo4j's
// spool first, so nothing is lost when Neo4j is down.
type Neo4j struct {
	Config   neo4j.Config
	StateDir string // the spool's folder
	// OriginSeed seeds the state folder's origin in Neo4j the first time
	// (neo4j.OriginSeed of the run's inputs): runs over the same inputs,
	// the shards of a corpus, share one.
	OriginSeed string
	Log        *slog.Logger
	// Stage, when not nil, is told "neo4j-load" and "neo4j-reconcile" (for
	// tests that kill the process at a stage boundary).
	Stage func(string)
}

// Name is "neo4j".
func (n *Neo4j) Name() string { return "neo4j" }

// Handed is the digest of the last snapshot handed to this server (loaded,
// or pending in its spool): neo4j.HandedDigest, kept per address and
// database in the server's spool folder.
func (n *Neo4j) Handed() string { return neo4j.HandedDigest(n.StateDir, n.Config) }

// Write loads s; its status is "loaded N edges", "up to date" or "pending:
// ..." with the error. A changed snapshot is recorded as handed to the
// server once its edges are spooled (Handed).
func (n *Neo4j) Write(ctx context.Context, s *Snapshot) (string, error) {
	var err error
	var sent neo4j.Sent
	if s.Changed {
		sent, err = send(ctx, n.Log, n.Config, n.StateDir, neo4j.Job{Edges: s.Edges, Analysis: &s.Analysis, AnalysedAt: s.Time,
			Reconcile: &Reconcile{Current: s.ByDoc, Removed: s.Gone}, Digest: s.Digest, OriginSeed: n.OriginSeed}, n.Stage)
	} else {
		sent, err = send(ctx, n.Log, n.Config, n.StateDir, neo4j.Job{AnalysedAt: s.Time, Reconcile: &Reconcile{Removed: s.Gone}, OriginSeed: n.OriginSeed}, n.Stage)
	}
	if err != nil {
		return "pending: the load failed; the next run sends the edges first", err
	}
	status := fmt.Sprintf("loaded %d edges", len(s.Edges))
	if !s.Changed {
		status = "up to date"
		if loaded := sent.Stats.Edges; loaded > 0 {
			// nothing changed here, but an earlier load left edges pending
			status = fmt.Sprintf("loaded %d %s left pending by an earlier load", loaded, plural(loaded, "edge", "edges"))
		}
	}
	if sent.MetricsSkipped != "" {
		status += "; metrics not written: " + sent.MetricsSkipped
	}
	return status, nil
}

// owedSummary says, for a run without Neo4j, which servers the spool
// folders under spoolDir still owe work to: edges pending, deletions and
// metrics owed, or the current snapshot (digest, edges edges) never handed
// to them. Each is logged as a warning with the command that sends it;
// the result, "" when nothing is owed, goes into the summary.
func owedSummary(ctx context.Context, log *slog.Logger, spoolDir, digest string, edges int) string {
	owings, err := neo4j.Owings(ctx, spoolDir)
	if err != nil {
		log.Warn("Neo4j spool folders unreadable; edges may still be owed to a server", "state_dir", spoolDir, "err", err.Error())
		return "its spool folders in " + spoolDir + " are unreadable: " + err.Error()
	}
	var lines []string
	for _, o := range owings {
		behind := o.Handed != digest
		if o.Pending == 0 && !o.Owed && !behind {
			continue
		}
		var what []string
		if o.Pending > 0 {
			what = append(what, fmt.Sprintf("%d pending %s", o.Pending, plural(o.Pending, "edge", "edges")))
		}
		if o.Owed {
			what = append(what, "deletions and metrics")
		}
		if behind {
			what = append(what, fmt.Sprintf("the current %d %s, never handed to it", edges, plural(edges, "edge", "edges")))
		}
		server, flags := "the server of "+o.Dir, "--neo4j-uri URI"
		if o.Address != "" {
			server, flags = o.Address, "--neo4j-uri "+o.Address
			if o.Database != "" {
				server += " (database " + o.Database + ")"
				flags += " --neo4j-database " + o.Database
			}
		}
		how := "'actorgraph load --state-dir " + spoolDir + " " + flags + "'"
		if behind {
			// load sends only what the spool holds; a run sends the snapshot.
			how = "this run again with " + flags
		}
		log.Warn("Neo4j is not configured, but a server is still owed work from this folder",
			"address", o.Address, "database", o.Database, "pending_edges", o.Pending, "owed_deletions_metrics", o.Owed,
			"current_edges_not_handed", behind, "spool", o.Dir, "send_with", how)
		lines = append(lines, fmt.Sprintf("%s is still owed %s (spool %s); send with %s", server, strings.Join(what, ", "), o.Dir, how))
	}
	return strings.Join(lines, "; ")
}
