package neo4j_test

import (
	"context"
	"math"
	"os"
	"sort"
	"strings"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/neo4j"
	"github.com/actorgraph/actorgraph/neo4j/neo4jtest"
	"github.com/actorgraph/actorgraph/queries"
)

// gdsNeo4j returns a Neo4j with Graph Data Science: NEO4J_URI when it has
// the gds procedures, else a second test server started with GDS (stopped
// when the test ends). It skips when there is none to be had.
func gdsNeo4j(t *testing.T) neo4j.Config {
	t.Helper()
	if os.Getenv("NEO4J_URI") != "" {
		cfg := realNeo4j.Config(t)
		r := connectTo(t, cfg, 1000)
		if r.count("SHOW PROCEDURES YIELD name WHERE name = 'gds.graph.project' RETURN count(*)") == 0 {
			t.Skip("the Neo4j at NEO4J_URI has no Graph Data Science (gds.graph.project)")
		}
		return cfg
	}
	if os.Getenv("NEO4J_TEST_SERVER") == "off" {
		t.Skip("no Neo4j: NEO4J_URI is unset and NEO4J_TEST_SERVER=off")
	}
	if err := neo4jtest.Toolchain(); err != nil {
		t.Skip(err)
	}
	srv, err := neo4jtest.Start(context.Background(), neo4jtest.Options{Dir: "testserver", GDS: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := srv.Stop(); err != nil {
			t.Error(err)
		}
	})
	t.Logf("started Neo4j with GDS at %s in %.1fs", srv.URI, srv.Started.Seconds())
	return neo4j.Config{URI: srv.URI, Username: srv.Username, Password: neo4j.Secret(srv.Password)}
}

// The actor graph as the analysis sees it: one arc per ordered pair of
// actors with any of the six relations between them (SPOKE_WITH both ways),
// no MEMBER_OF, parallel edges merged.
const gdsProject = `MATCH (s:Actor)-[r:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED]->(t:Actor)
UNWIND CASE type(r) WHEN 'SPOKE_WITH' THEN [[s, t], [t, s]] ELSE [[s, t]] END AS p
WITH DISTINCT p[0] AS a, p[1] AS b
WITH gds.graph.project('actorgraph-test', a, b) AS g
RETURN g.nodeCount, g.relationshipCount`

// TestIntegrationGDS loads the seeds and examples into a Neo4j with Graph
// Data Science (GDS 2.13.9 from Maven Central, with the test server's own
// extension, see docs/neo4j.md), projects the actor graph, and compares
// GDS with actorgraph's analysis on the same graph: exact betweenness equal
// actor by actor (after actorgraph's normalisation), PageRank in the same order (Spearman's rho), Louvain
// finding communities. Then every queries/gds/*.cypher file present runs
// with its :param examples, as a subtest named after it: those projecting
// a graph first, those dropping one last, the others in name order between.
func TestIntegrationGDS(t *testing.T) {
	r := connectTo(t, gdsNeo4j(t), 1000)
	_, res := loadAnalysed(t, r)
	t.Cleanup(func() {
		r.rows("CALL gds.graph.list() YIELD graphName CALL gds.graph.drop(graphName) YIELD nodeCount RETURN count(*)", nil)
	})
	proj := r.rows(gdsProject, nil)
	nodes, arcs := proj[0][0].(int64), proj[0][1].(int64)
	if nodes != int64(res.Actor.Nodes) || arcs != int64(res.Actor.Arcs) {
		t.Fatalf("GDS projection: %d nodes, %d relationships; the analysis has %d nodes, %d arcs", nodes, arcs, res.Actor.Nodes, res.Actor.Arcs)
	}
	byName := map[string]int{}
	for i, m := range res.Actor.Actors {
		byName[m.Name] = i
	}
	stream := func(q string) map[string]float64 {
		out := map[string]float64{}
		for _, row := range r.rows(q, nil) {
			out[row[0].(string)] = toFloat(row[1])
		}
		if len(out) != len(res.Actor.Actors) {
			t.Fatalf("%s: %d actors, the analysis %d", q, len(out), len(res.Actor.Actors))
		}
		return out
	}

	if res.Actor.Betweenness != "exact" {
		t.Logf("the analysis's betweenness is %q", res.Actor.Betweenness)
	}
	bc := stream("CALL gds.betweenness.stream('actorgraph-test') YIELD nodeId, score RETURN gds.util.asNode(nodeId).key, score")
	// GDS gives raw pair counts; actorgraph divides by (n-1)(n-2), the
	// number of ordered pairs of other nodes in a directed graph.
	norm := float64((nodes - 1) * (nodes - 2))
	diff := 0
	for name, v := range bc {
		v /= norm
		if want := res.Actor.Actors[byName[name]].Betweenness; math.Abs(v-want) > 1e-6*math.Max(1, want) {
			if diff < 5 {
				t.Errorf("betweenness of %s: GDS %g, actorgraph %g", name, v, want)
			}
			diff++
		}
	}
	t.Logf("betweenness: %d of %d actors differ", diff, len(bc))

	pr := stream("CALL gds.pageRank.stream('actorgraph-test', {dampingFactor: 0.85, maxIterations: 100, tolerance: 1e-9}) YIELD nodeId, score RETURN gds.util.asNode(nodeId).key, score")
	ours := map[string]float64{}
	for _, m := range res.Actor.Actors {
		ours[m.Name] = m.PageRank
	}
	rho := spearman(pr, ours)
	t.Logf("PageRank: Spearman's rho between GDS and actorgraph = %.4f", rho)
	if rho < 0.95 {
		t.Errorf("PageRank orders differ: Spearman's rho %.4f, want at least 0.95", rho)
	}

	lv := r.rows("CALL gds.louvain.stats('actorgraph-test') YIELD communityCount, modularity RETURN communityCount, modularity", nil)
	t.Logf("Louvain: GDS %v communities, modularity %.3f; actorgraph %d communities, modularity %.3f", lv[0][0], toFloat(lv[0][1]), res.Actor.Communities, res.Actor.Modularity)
	if lv[0][0].(int64) < 2 {
		t.Errorf("GDS Louvain found %v communities", lv[0][0])
	}

	// Projections first and drops last, whatever the files are called.
	gq := queryFiles(t, "../queries/gds")
	phase := func(q queries.Query) int {
		switch {
		case strings.Contains(q.Cypher, "gds.graph.project"):
			return 0
		case strings.Contains(q.Cypher, "gds.graph.drop"):
			return 2
		}
		return 1
	}
	sort.SliceStable(gq, func(i, j int) bool { return phase(gq[i]) < phase(gq[j]) })
	for _, q := range gq {
		t.Run(q.Name, func(t *testing.T) {
			params, err := q.Bind(nil)
			if err != nil {
				t.Fatal(err)
			}
			rows, err := runAutoCommit(r, q.Cypher, params)
			if err != nil {
				t.Fatalf("queries/gds/%s.cypher with %v: %v", q.Name, params, err)
			}
			t.Logf("%d rows", len(rows))
		})
	}
}

// runAutoCommit runs cypher in an auto-commit transaction (GDS procedures
// and CALL IN TRANSACTIONS need one) and returns its rows.
func runAutoCommit(r *real, cypher string, params map[string]any) ([][]any, error) {
	ctx := context.Background()
	sess := r.drv.NewSession(ctx, driverSession(r.cfg.Database))
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	out := make([][]any, len(recs))
	for i, rec := range recs {
		out[i] = rec.Values
	}
	return out, nil
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	}
	return math.NaN()
}

// spearman is Spearman's rank correlation of the values of a and b over
// their common keys (average ranks for ties).
func spearman(a, b map[string]float64) float64 {
	var keys []string
	for k := range a {
		if _, ok := b[k]; ok {
			keys = append(keys, k)
		}
	}
	ra, rb := ranks(keys, a), ranks(keys, b)
	var ma, mb float64
	for i := range keys {
		ma += ra[i]
		mb += rb[i]
	}
	ma /= float64(len(keys))
	mb /= float64(len(keys))
	var sab, saa, sbb float64
	for i := range keys {
		sab += (ra[i] - ma) * (rb[i] - mb)
		saa += (ra[i] - ma) * (ra[i] - ma)
		sbb += (rb[i] - mb) * (rb[i] - mb)
	}
	return sab / math.Sqrt(saa*sbb)
}

func ranks(keys []string, v map[string]float64) []float64 {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(x, y int) bool { return v[keys[idx[x]]] < v[keys[idx[y]]] })
	r := make([]float64, len(keys))
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && v[keys[idx[j]]] == v[keys[idx[i]]] {
			j++
		}
		for k := i; k < j; k++ {
			r[idx[k]] = float64(i+j-1)/2 + 1
		}
		i = j
	}
	return r
}

func driverSession(db string) driver.SessionConfig {
	return driver.SessionConfig{DatabaseName: db, AccessMode: driver.AccessModeWrite}
}
