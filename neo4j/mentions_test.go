package neo4j_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/neo4j/bolttest"
)

// TestLoadLinksActorsToArticles: every edge statement also merges
// (:Actor)-[:MENTIONED_IN]->(:Article) for both ends, after the articles of
// the same transaction, and with MERGE only.
func TestLoadLinksActorsToArticles(t *testing.T) {
	s := server(t, bolttest.Options{})
	st := open(t, s, 1000)
	if _, err := st.Load(context.Background(), seeds(t), nil); err != nil {
		t.Fatal(err)
	}
	for _, tx := range s.Committed() {
		articles := -1
		for i, q := range tx {
			if strings.HasPrefix(q.Cypher, "UNWIND $articles") {
				articles = i
			}
			if !strings.HasPrefix(q.Cypher, "UNWIND $edges") {
				continue
			}
			if !strings.Contains(q.Cypher, "MERGE (s)-[:MENTIONED_IN]->(art)") || !strings.Contains(q.Cypher, "MERGE (t)-[:MENTIONED_IN]->(art)") {
				t.Errorf("edge statement does not link both ends to the article:\n%s", q.Cypher)
			}
			if articles < 0 || articles > i {
				t.Errorf("edges sent before their articles in one transaction")
			}
		}
	}
}

// TestReconcileUnlinksStaleMentions: when Reconcile deletes edges of a
// document it also drops the MENTIONED_IN links that no edge backs any
// more; when it deletes nothing it does not send that (costlier) statement.
// Removed articles are detached, links and all.
func TestReconcileUnlinksStaleMentions(t *testing.T) {
	// The documents' stale links are looked for once edges were deleted
	// (both documents); a removed document's always, before its Article is
	// deleted (an earlier reconcile cut off may have deleted its edges).
	for _, c := range []struct {
		name    string
		deleted int64
		want    []int // documents of each stale-mention statement, in order
	}{{"edges deleted", 2, []int{2, 1}}, {"nothing deleted", 0, []int{1}}} {
		s := server(t, bolttest.Options{Handler: func(q bolttest.Query) bolttest.Result {
			if strings.Contains(q.Cypher, "[r:URGED]") && strings.Contains(q.Cypher, "DELETE r") {
				return bolttest.Result{Stats: map[string]any{"relationships-deleted": c.deleted}}
			}
			return bolttest.Result{}
		}})
		st := open(t, s, 1000)
		if err := st.Reconcile(context.Background(), map[string][]string{"a1": {"id1"}}, []string{"gone"}); err != nil {
			t.Fatal(err)
		}
		var sent []int
		detached := false
		for _, q := range s.Queries() {
			if strings.Contains(q.Cypher, "DELETE m") && strings.Contains(q.Cypher, "MENTIONED_IN") {
				docs, _ := q.Params["docs"].([]any)
				sent = append(sent, len(docs))
			}
			if strings.Contains(q.Cypher, "DETACH DELETE a") {
				detached = true
			}
		}
		if !slices.Equal(sent, c.want) {
			t.Errorf("%s: stale-mention statements for %v documents, want %v", c.name, sent, c.want)
		}
		if !detached {
			t.Errorf("%s: the removed article was not detach-deleted", c.name)
		}
	}
}
