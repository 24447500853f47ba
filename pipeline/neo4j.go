package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/neo4j"
)

// Reconcile tells Send, after the load, which documents a run holds (with
// their edge ids) and which are gone, so that Neo4j drops the edges the
// input no longer has (neo4j.Store.Reconcile). Documents it does not name
// are left alone.
type Reconcile struct {
	Current map[string][]string
	Removed []string
}

// NewReconcile is the Reconcile of a run holding edges, with removed gone.
func NewReconcile(edges []graph.Edge, removed []string) *Reconcile {
	return &Reconcile{Current: byDoc(edges), Removed: removed}
}

func byDoc(edges []graph.Edge) map[string][]string {
	m := map[string][]string{}
	for _, e := range edges {
		m[e.Doc] = append(m[e.Doc], e.ID)
	}
	return m
}

// Send spools edges in stateDir, then sends every pending edge to Neo4j
// (those an earlier failed load left first), reconciles when sync is given,
// and, when res is given, writes its metrics back with analysed_at = at.
// When the load fails the edges stay pending and the error says where. Its
// cost is one write of edges to the spool and one transaction per batch.
func Send(ctx context.Context, log *slog.Logger, cfg neo4j.Config, stateDir string, edges []graph.Edge, res *analyze.Result, at time.Time, sync *Reconcile) error {
	sp, err := neo4j.OpenSpool(neo4j.SpoolDir(stateDir, cfg))
	if err != nil {
		return err
	}
	defer sp.Close()
	all, err := sp.Add(ctx, edges)
	if err != nil {
		return err
	}
	kept := func(err error) error {
		n := len(all)
		if p, perr := sp.Pending(ctx); perr == nil {
			n = len(p)
		}
		if n == 0 {
			return err
		}
		return fmt.Errorf("%w\n%d edges kept pending in %s; the next load or run that uses the state folder %s sends them first ('actorgraph load --state-dir %s' with no file sends only them)", err, n, sp.PendingPath(), stateDir, stateDir)
	}
	if len(all) > len(edges) {
		log.Info("sending edges left pending by an earlier load first", "pending", len(all)-len(edges), "spool", sp.Dir())
	}
	st, err := neo4j.Open(ctx, cfg, log)
	if err != nil {
		return kept(err)
	}
	defer st.Close(context.WithoutCancel(ctx))
	if err := st.EnsureSchema(ctx); err != nil {
		return kept(err)
	}
	stats, err := st.LoadRejecting(ctx, all, sp.Done, func(e graph.Edge, reason error) error {
		log.Warn("Neo4j refused an edge; kept aside", "id", e.ID, "doc", e.Doc, "reason", reason.Error(), "file", sp.RejectedPath())
		return sp.Reject(e, reason)
	})
	if err != nil {
		return kept(err)
	}
	if stats.Rejected > 0 {
		log.Warn("some edges were refused by Neo4j and kept aside; fix and load them again with 'actorgraph load FILE'",
			"rejected", stats.Rejected, "file", sp.RejectedPath())
	}
	if err := sp.Clear(); err != nil {
		return err
	}
	if sync != nil && (len(sync.Current) > 0 || len(sync.Removed) > 0) {
		if err := st.Reconcile(ctx, sync.Current, sync.Removed); err != nil {
			return err
		}
		log.Debug("neo4j reconciled with the input", "documents", len(sync.Current), "removed", len(sync.Removed))
	}
	log.Info("loaded into Neo4j", "address", st.Address(), "edges", stats.Edges, "batches", stats.Batches,
		"nodes_created", stats.NodesCreated, "relationships_created", stats.RelationshipsCreated,
		"properties_set", stats.PropertiesSet)
	if res != nil {
		n, err := st.WriteMetrics(ctx, *res, at)
		if err != nil {
			return err
		}
		log.Info("wrote metrics onto actors", "address", st.Address(), "actors", n, "analysed_at", at.UTC().Format(time.RFC3339))
	}
	return nil
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
	Log      *slog.Logger
}

// Name is "neo4j".
func (n *Neo4j) Name() string { return "neo4j" }

// Write loads s; its status is "loaded N edges", "up to date" or "pending:
// ..." with the error.
func (n *Neo4j) Write(ctx context.Context, s *Snapshot) (string, error) {
	var err error
	if s.Changed {
		err = Send(ctx, n.Log, n.Config, n.StateDir, s.Edges, &s.Analysis, s.Time, &Reconcile{Current: s.ByDoc, Removed: s.Gone})
	} else {
		err = Send(ctx, n.Log, n.Config, n.StateDir, nil, nil, s.Time, &Reconcile{Removed: s.Gone})
	}
	if err != nil {
		return "pending: the load failed; the next run sends the edges first", err
	}
	if !s.Changed {
		return "up to date", nil
	}
	return fmt.Sprintf("loaded %d edges", len(s.Edges)), nil
}
