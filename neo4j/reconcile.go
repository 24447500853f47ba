package neo4j

import (
	"context"
	"fmt"
	"sort"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// dropEdgesOf deletes, for one relation type, the relationships of each
// document whose id is not among the ids kept for it (an empty list for a
// document gone from the input). The per-type index on r.doc makes each
// document a seek, not a scan.
//
// With an $origin, it only takes that origin out of each such
// relationship's r.origins and deletes the relationships no origin holds
// any more: another folder's article of the same name, or the same article
// loaded by another folder, keeps its edges (origin.go). A relationship
// with no r.origins (loaded before origins, or with none) is anyone's.
func dropEdgesOf(r graph.Relation) string {
	return fmt.Sprintf(`UNWIND $docs AS d
MATCH ()-[r:%s]->() WHERE r.doc = d.doc AND NOT r.id IN d.ids
  AND ($origin IS NULL OR r.origins IS NULL OR $origin IN r.origins)
SET r.origins = CASE WHEN $origin IS NULL OR r.origins IS NULL THEN [] ELSE [o IN r.origins WHERE o <> $origin] END
WITH r WHERE size(r.origins) = 0
DELETE r`, r)
}

// dropArticles deletes the Article nodes of documents gone from the input
// that no actor is mentioned in any more (dropStaleMentions ran for them
// first): an article of the same name that another origin still holds
// stays. Actors stay: other articles may name them.
const dropArticles = `UNWIND $docs AS d
MATCH (a:Article {doc: d.doc})
WHERE NOT EXISTS { MATCH (:Actor)-[:MENTIONED_IN]->(a) }
DETACH DELETE a`

// dropStaleMentions removes, for each document, the MENTIONED_IN links of
// actors that no longer have an edge from it. It costs a walk over each
// mentioned actor's relationships, so Reconcile sends it for the documents
// it holds only in batches in which edges were deleted, and for removed
// documents always, before dropArticles.
const dropStaleMentions = `UNWIND $docs AS d
MATCH (a:Actor)-[m:MENTIONED_IN]->(:Article {doc: d.doc})
WHERE NOT EXISTS { MATCH (a)-[r:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED]-(:Actor) WHERE r.doc = d.doc }
DELETE m`

// Reconcile makes the graph hold no edge the input no longer has. Loads
// only add and update, so after a load a run calls Reconcile with current,
// the ids of the edges of every document it holds, and removed, the
// documents it found gone: it deletes the relationships of each current
// document whose id is not in current[doc], and every relationship and the
// Article of each removed document. Documents it is not told about are never
// touched, so runs over other folders (or other shards) that load into the
// same database keep their edges; with an origin (SetOrigin) it deletes
// only what its own origin loaded, so they keep them even when they hold an
// article of the same name, and a removed document's Article stays while
// another origin's edges name it. A document that only changed is healed by
// the next run even when this one was cut off. It costs one index seek per
// document and relation, in batches of the configured size, each a
// write transaction, and for the documents of a batch in which edges were
// deleted, and for removed documents, a walk over their mentioned actors'
// relationships (dropStaleMentions).
func (s *Store) Reconcile(ctx context.Context, current map[string][]string, removed []string) error {
	return s.reconcile(ctx, current, removed, nil)
}

// reconcile is Reconcile calling after, when not nil, once its first
// statement is committed.
func (s *Store) reconcile(ctx context.Context, current map[string][]string, removed []string, after func()) error {
	rows := make([]any, 0, len(current)+len(removed))
	names := make([]string, 0, len(current))
	for d := range current {
		names = append(names, d)
	}
	sort.Strings(names)
	for _, d := range names {
		ids := make([]any, len(current[d]))
		for i, id := range current[d] {
			ids[i] = id
		}
		rows = append(rows, map[string]any{"doc": d, "ids": ids})
	}
	gone := make([]any, 0, len(removed))
	for _, d := range removed {
		if _, ok := current[d]; ok {
			continue
		}
		row := map[string]any{"doc": d, "ids": []any{}}
		rows = append(rows, row)
		gone = append(gone, row)
	}
	origin := s.originParam()
	// run returns the number of relationships the statement deleted.
	run := func(what, q string, part []any) (int, error) {
		deleted := 0
		err := s.transact(ctx, driver.AccessModeWrite, func(ctx context.Context, tx txRunner) error {
			res, err := tx.Run(ctx, q, map[string]any{"docs": part, "origin": origin})
			if err != nil {
				return err
			}
			sum, err := res.Consume(ctx)
			if err == nil {
				deleted = sum.Counters().RelationshipsDeleted()
			}
			return err
		})
		if err != nil {
			return 0, s.explain(what, err)
		}
		if after != nil {
			after()
			after = nil
		}
		return deleted, nil
	}
	for start := 0; start < len(rows); start += s.cfg.BatchSize {
		part := rows[start:min(start+s.cfg.BatchSize, len(rows))]
		deleted := 0
		for _, r := range graph.Relations() {
			n, err := run("delete edges the input no longer has", dropEdgesOf(r), part)
			if err != nil {
				return err
			}
			deleted += n
		}
		if deleted > 0 {
			if _, err := run("unlink actors from articles that no longer mention them", dropStaleMentions, part); err != nil {
				return err
			}
		}
	}
	for start := 0; start < len(gone); start += s.cfg.BatchSize {
		part := gone[start:min(start+s.cfg.BatchSize, len(gone))]
		// (again, whether or not edges were deleted just now: an earlier
		// reconcile cut off may have deleted them)
		if _, err := run("unlink actors from removed articles", dropStaleMentions, part); err != nil {
			return err
		}
		if _, err := run("delete removed articles", dropArticles, part); err != nil {
			return err
		}
	}
	return nil
}
