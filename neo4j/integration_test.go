package neo4j_test

import (
	"context"
	"os"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/neo4j"
	"github.com/actorgraph/actorgraph/queries"
)

// TestIntegration runs against a real Neo4j when NEO4J_URI is set (with
// NEO4J_USERNAME, NEO4J_PASSWORD or NEO4J_PASSWORD_FILE, NEO4J_DATABASE):
//
//	docker compose up -d neo4j
//	NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... NEO4J_TEST_WIPE=1 go test -run Integration -v ./neo4j/
//
// It loads the seed edges twice and checks node and relationship counts (the
// second load must change nothing), writes metrics back, and runs every
// query of queries/. It deletes everything in the database first, so it
// refuses to run on a non-empty database unless NEO4J_TEST_WIPE=1.
func TestIntegration(t *testing.T) {
	cfg, err := neo4j.ConfigFromEnv(neo4j.OSEnv())
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Configured() {
		t.Skip("NEO4J_URI not set: skipping the integration suite against a real Neo4j (see docs/neo4j.md)")
	}
	ctx := context.Background()
	cfg.BatchSize = 7 // several batches even for the seeds
	st, err := neo4j.Open(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)

	cfg, _ = cfg.Normalize()
	drv, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.Username, cfg.Password.Reveal(), ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	count := func(q string) int64 {
		t.Helper()
		res, err := driver.ExecuteQuery(ctx, drv, q, nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(cfg.Database))
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return res.Records[0].Values[0].(int64)
	}
	if n := count("MATCH (n) RETURN count(n)"); n > 0 {
		if os.Getenv("NEO4J_TEST_WIPE") != "1" {
			t.Fatalf("the database at %s holds %d nodes: set NEO4J_TEST_WIPE=1 to let this suite delete them", cfg.Address(), n)
		}
		// CALL IN TRANSACTIONS needs an auto-commit transaction: session.Run.
		sess := drv.NewSession(ctx, driver.SessionConfig{DatabaseName: cfg.Database})
		r, err := sess.Run(ctx, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS", nil)
		if err == nil {
			_, err = r.Consume(ctx)
		}
		sess.Close(ctx)
		if err != nil {
			t.Fatal(err)
		}
	}

	edges := seeds(t)
	actors, members, docs := map[string]bool{}, map[[2]string]bool{}, map[string]bool{}
	byRel := map[graph.Relation]int64{}
	for _, e := range edges {
		for _, a := range []graph.Actor{e.Source, e.Target} {
			actors[a.Name] = true
			if a.Country != "" && a.Country != a.Name {
				members[[2]string{a.Name, a.Country}] = true
			}
		}
		docs[e.Doc] = true
		byRel[e.Relation]++
	}
	for m := range members {
		actors[m[1]] = true
	}

	for i := range 2 {
		if err := st.EnsureSchema(ctx); err != nil {
			t.Fatalf("schema, round %d: %v", i+1, err)
		}
		stats, err := st.Load(ctx, edges, nil)
		if err != nil {
			t.Fatalf("load %d: %v", i+1, err)
		}
		if i == 1 && stats.Changed() {
			t.Errorf("the second load changed the graph: %+v", stats)
		}
		if got := count("MATCH (a:Actor) RETURN count(a)"); got != int64(len(actors)) {
			t.Errorf("load %d: %d actors, want %d", i+1, got, len(actors))
		}
		if got := count("MATCH (a:Article) RETURN count(a)"); got != int64(len(docs)) {
			t.Errorf("load %d: %d articles, want %d", i+1, got, len(docs))
		}
		if got := count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)"); got != int64(len(members)) {
			t.Errorf("load %d: %d MEMBER_OF, want %d", i+1, got, len(members))
		}
		for _, r := range graph.Relations() {
			if got := count("MATCH ()-[r:" + string(r) + "]->() RETURN count(r)"); got != byRel[r] {
				t.Errorf("load %d: %d %s, want %d", i+1, got, r, byRel[r])
			}
		}
	}

	res := analyze.Run(edges, analyze.Options{})
	n, err := st.WriteMetrics(ctx, res, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if got := count("MATCH (a:Actor) WHERE a.betweenness IS NOT NULL AND a.analysed_at IS NOT NULL RETURN count(a)"); got != int64(len(res.Actor.Actors)) || n == 0 {
		t.Errorf("%d actors with metrics, want %d", got, len(res.Actor.Actors))
	}
	if got := count("MATCH (a:HighBetweenness) RETURN count(a)"); got == 0 {
		t.Error("no actor labelled HighBetweenness")
	}

	qs, err := queries.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		params, _ := q.Bind(nil)
		tab, err := st.Query(ctx, q.Cypher, params)
		if err != nil {
			t.Errorf("query %s: %v", q.Name, err)
			continue
		}
		t.Logf("query %s: %d rows", q.Name, len(tab.Rows))
		switch q.Name {
		case "conflict-dyads", "ego-network", "actor-timeline", "edge-articles":
			if len(tab.Rows) == 0 {
				t.Errorf("query %s with its example parameters returned nothing on the seeds", q.Name)
			}
		}
	}
}
