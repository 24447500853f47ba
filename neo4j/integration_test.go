package neo4j_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/neo4j"
	"github.com/actorgraph/actorgraph/neo4j/neo4jtest"
	"github.com/actorgraph/actorgraph/queries"
)

// The integration suite runs against a real Neo4j 5: the server named by
// NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD or NEO4J_PASSWORD_FILE,
// NEO4J_DATABASE) when set, else one that neo4jtest builds from
// neo4j/testserver and starts when java and mvn are on PATH. Without either
// it skips, saying why. The Bolt test server (neo4j/bolttest) stays for what
// a real server cannot do on demand: refused batches, protocol faults, a
// COMMIT that fails.
//
//	go test -v -run Integration ./neo4j/
//	NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... NEO4J_TEST_WIPE=1 go test -run Integration -v ./neo4j/
//
// Every test deletes everything in the database first, so on an outside
// server holding data it refuses unless NEO4J_TEST_WIPE=1.
var realNeo4j = neo4jtest.NewLazy("testserver")

func TestMain(m *testing.M) {
	code := realNeo4j.Main(m)
	if cliBuild.path != "" {
		os.RemoveAll(filepath.Dir(cliBuild.path))
	}
	os.Exit(code)
}

// real is a connection to the test Neo4j: a Store and a plain driver for
// the assertions.
type real struct {
	t   testing.TB
	cfg neo4j.Config
	st  *neo4j.Store
	drv driver.DriverWithContext
}

// connect opens the test Neo4j with the given batch size and wipes it.
func connect(t testing.TB, batch int) *real {
	t.Helper()
	return connectTo(t, realNeo4j.Config(t), batch)
}

// connectTo opens the Neo4j of cfg with the given batch size and wipes it.
func connectTo(t testing.TB, cfg neo4j.Config, batch int) *real {
	t.Helper()
	cfg.BatchSize = batch
	cfg.Timeout, cfg.RetryTime = 20*time.Second, 20*time.Second
	ctx := context.Background()
	st, err := neo4j.Open(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	ncfg, err := cfg.Normalize()
	if err != nil {
		t.Fatal(err)
	}
	r := &real{t: t, cfg: ncfg, st: st, drv: openDriver(t, ncfg)}
	r.wipe()
	return r
}

// openDriver opens a plain driver for the assertions.
func openDriver(t testing.TB, cfg neo4j.Config) driver.DriverWithContext {
	t.Helper()
	drv, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.Username, cfg.Password.Reveal(), ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { drv.Close(context.Background()) })
	return drv
}

// rows runs q and returns its records' values.
func (r *real) rows(q string, params map[string]any) [][]any {
	r.t.Helper()
	res, err := driver.ExecuteQuery(context.Background(), r.drv, q, params, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(r.cfg.Database))
	if err != nil {
		r.t.Fatalf("%s: %v", q, err)
	}
	out := make([][]any, len(res.Records))
	for i, rec := range res.Records {
		out[i] = rec.Values
	}
	return out
}

// count runs a query returning one integer.
func (r *real) count(q string) int64 {
	r.t.Helper()
	rows := r.rows(q, nil)
	if len(rows) != 1 {
		r.t.Fatalf("%s: %d rows", q, len(rows))
	}
	return rows[0][0].(int64)
}

// wipe deletes every node, refusing on an outside server holding data
// unless NEO4J_TEST_WIPE=1.
func (r *real) wipe() {
	r.t.Helper()
	n := r.count("MATCH (n) RETURN count(n)")
	if n == 0 {
		return
	}
	if !realNeo4j.Own() && os.Getenv("NEO4J_TEST_WIPE") != "1" {
		r.t.Fatalf("the database at %s holds %d nodes: set NEO4J_TEST_WIPE=1 to let this suite delete them", r.cfg.Address(), n)
	}
	// CALL IN TRANSACTIONS needs an auto-commit transaction: session.Run.
	ctx := context.Background()
	sess := r.drv.NewSession(ctx, driver.SessionConfig{DatabaseName: r.cfg.Database})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		r.t.Fatal(err)
	}
}

// graphCounts is what a load of edges must leave in Neo4j.
type graphCounts struct {
	Actors, Articles, MemberOf, MentionedIn int64
	ByRelation                              map[graph.Relation]int64
}

// expected derives the counts from the edges themselves: each actor named,
// each state named only as a country, each (actor, country) membership,
// each document, and each distinct edge id per relation.
func expected(edges []graph.Edge) graphCounts {
	actors, members, docs, ids := map[string]bool{}, map[[2]string]bool{}, map[string]bool{}, map[string]bool{}
	mentions := map[[2]string]bool{} // (actor, doc): one MENTIONED_IN each
	c := graphCounts{ByRelation: map[graph.Relation]int64{}}
	for _, e := range edges {
		for _, a := range []graph.Actor{e.Source, e.Target} {
			actors[a.Name] = true
			mentions[[2]string{a.Name, e.Doc}] = true
			if a.Country != "" && a.Country != a.Name {
				members[[2]string{a.Name, a.Country}] = true
				actors[a.Country] = true
			}
		}
		docs[e.Doc] = true
		if !ids[e.ID] {
			ids[e.ID] = true
			c.ByRelation[e.Relation]++
		}
	}
	c.Actors, c.Articles, c.MemberOf = int64(len(actors)), int64(len(docs)), int64(len(members))
	c.MentionedIn = int64(len(mentions))
	return c
}

// counts reads the same counts from Neo4j.
func (r *real) counts() graphCounts {
	r.t.Helper()
	c := graphCounts{
		Actors:      r.count("MATCH (a:Actor) RETURN count(a)"),
		Articles:    r.count("MATCH (a:Article) RETURN count(a)"),
		MemberOf:    r.count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)"),
		MentionedIn: r.count("MATCH ()-[r:MENTIONED_IN]->() RETURN count(r)"),
		ByRelation:  map[graph.Relation]int64{},
	}
	for _, rel := range graph.Relations() {
		if n := r.count("MATCH ()-[r:" + string(rel) + "]->() RETURN count(r)"); n > 0 {
			c.ByRelation[rel] = n
		}
	}
	return c
}

func (c graphCounts) String() string {
	var rels []string
	for _, rel := range graph.Relations() {
		rels = append(rels, fmt.Sprintf("%s %d", rel, c.ByRelation[rel]))
	}
	return fmt.Sprintf("%d actors, %d articles, %d MEMBER_OF, %d MENTIONED_IN, %s", c.Actors, c.Articles, c.MemberOf, c.MentionedIn, strings.Join(rels, ", "))
}

func (c graphCounts) edges() int64 {
	var n int64
	for _, v := range c.ByRelation {
		n += v
	}
	return n
}

// The actorgraph binary, built once for the CLI tests.
var cliBuild struct {
	once sync.Once
	path string
	err  error
}

// actorgraphBin builds cmd/actorgraph into a temporary folder (once).
func actorgraphBin(t testing.TB) string {
	t.Helper()
	cliBuild.once.Do(func() {
		dir, err := os.MkdirTemp("", "actorgraph-bin-")
		if err != nil {
			cliBuild.err = err
			return
		}
		gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(gobin); err != nil {
			gobin = "go"
		}
		cliBuild.path = filepath.Join(dir, "actorgraph")
		out, err := exec.Command(gobin, "build", "-o", cliBuild.path, "../cmd/actorgraph").CombinedOutput()
		if err != nil {
			cliBuild.err = fmt.Errorf("go build ./cmd/actorgraph: %v\n%s", err, out)
		}
	})
	if cliBuild.err != nil {
		t.Fatal(cliBuild.err)
	}
	return cliBuild.path
}

// cliResult is one run of the actorgraph binary.
type cliResult struct {
	code           int
	stdout, stderr string
	took           time.Duration
}

// runCLI runs actorgraph against the test Neo4j with state in stateDir,
// killed after limit.
func (r *real) runCLI(stateDir string, limit time.Duration, args ...string) cliResult {
	r.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, actorgraphBin(r.t), args...)
	cmd.Env = append(os.Environ(), "NEO4J_URI="+r.cfg.URI, "NEO4J_USERNAME="+r.cfg.Username,
		"NEO4J_PASSWORD="+r.cfg.Password.Reveal(), "NEO4J_PASSWORD_FILE=", "NEO4J_DATABASE="+r.cfg.Database,
		"ACTORGRAPH_STATE_DIR="+stateDir)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	t0 := time.Now()
	err := cmd.Run()
	res := cliResult{stdout: out.String(), stderr: errb.String(), took: time.Since(t0)}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case ctx.Err() != nil:
		res.code = -1
	case errors.As(err, &ee):
		res.code = ee.ExitCode()
	default:
		r.t.Fatal(err)
	}
	if strings.Contains(res.stdout+res.stderr, r.cfg.Password.Reveal()) {
		r.t.Errorf("actorgraph %v printed the password", args)
	}
	return res
}

// extractEdges runs 'actorgraph extract' on paths and returns the edges,
// keeping the first of each id (as Load does).
func extractEdges(t testing.TB, paths ...string) []graph.Edge {
	t.Helper()
	out := filepath.Join(t.TempDir(), "edges.jsonl")
	args := append([]string{"extract", "--out", out}, paths...)
	cmd := exec.Command(actorgraphBin(t), args...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("actorgraph %v: %v\n%s", args, err, b)
	}
	edges, err := graph.ReadEdgesFile(context.Background(), out)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var uniq []graph.Edge
	for _, e := range edges {
		if !seen[e.ID] {
			seen[e.ID] = true
			uniq = append(uniq, e)
		}
	}
	if len(uniq) == 0 {
		t.Fatalf("no edges extracted from %v", paths)
	}
	return uniq
}

const (
	examplesDir = "../examples/articles"
	seedsDir    = "../../shared/seeds"
)

// corpus returns the edges of the seeds (../shared/seeds, skipping when it
// is absent) and examples/articles.
func corpus(t testing.TB) []graph.Edge {
	t.Helper()
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("the seed articles are not at %s (../shared beside the repository): %v", seedsDir, err)
	}
	return extractEdges(t, seedsDir, examplesDir)
}

// TestIntegrationSchema: EnsureSchema creates the uniqueness constraints on
// Actor.key, Article.doc and the id of each of the six relationship types,
// and the indexes, and running it again changes nothing.
func TestIntegrationSchema(t *testing.T) {
	r := connect(t, 1000)
	ctx := context.Background()
	for range 2 {
		if err := r.st.EnsureSchema(ctx); err != nil {
			t.Fatal(err)
		}
	}
	got := map[string]bool{}
	for _, row := range r.rows("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties RETURN type, labelsOrTypes, properties", nil) {
		got[fmt.Sprintf("%v %v %v", row[0], row[1], row[2])] = true
	}
	want := []string{"UNIQUENESS [Actor] [key]", "UNIQUENESS [Article] [doc]"}
	for _, rel := range graph.Relations() {
		want = append(want, fmt.Sprintf("RELATIONSHIP_UNIQUENESS [%s] [id]", rel))
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("constraint %q missing; have %v", w, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d constraints, want %d: %v", len(got), len(want), got)
	}
	idx := map[string]bool{}
	for _, row := range r.rows("SHOW INDEXES YIELD labelsOrTypes, properties, state RETURN labelsOrTypes, properties, state", nil) {
		idx[fmt.Sprintf("%v %v", row[0], row[1])] = true
		if row[2] != "ONLINE" && row[2] != "POPULATING" {
			t.Errorf("index %v %v is %v", row[0], row[1], row[2])
		}
	}
	for _, w := range []string{"[Actor] [name]", "[Actor] [mediation_score]", "[Actor] [betweenness]", "[Article] [published]"} {
		if !idx[w] {
			t.Errorf("index %s missing; have %v", w, idx)
		}
	}
	for _, rel := range graph.Relations() {
		if w := fmt.Sprintf("[%s] [published]", rel); !idx[w] {
			t.Errorf("index %s missing", w)
		}
	}
}

// TestIntegrationLoadTwice loads the seeds and examples/articles (extracted
// by 'actorgraph extract') twice, in batches of 7 so there are many
// transactions: both times Neo4j holds exactly the actors, articles,
// memberships and relationships the edges name, and the second load reports
// no change.
func TestIntegrationLoadTwice(t *testing.T) {
	edges := corpus(t)
	r := connect(t, 7)
	ctx := context.Background()
	want := expected(edges)
	t.Logf("%d edges; expecting %v", len(edges), want)
	for i := range 2 {
		if err := r.st.EnsureSchema(ctx); err != nil {
			t.Fatalf("schema, round %d: %v", i+1, err)
		}
		stats, err := r.st.Load(ctx, edges, nil)
		if err != nil {
			t.Fatalf("load %d: %v", i+1, err)
		}
		if i == 0 && int64(stats.RelationshipsCreated) != want.edges()+want.MemberOf+want.MentionedIn {
			t.Errorf("load 1 created %d relationships, want %d edges + %d MEMBER_OF + %d MENTIONED_IN", stats.RelationshipsCreated, want.edges(), want.MemberOf, want.MentionedIn)
		}
		if i == 1 && stats.Changed() {
			t.Errorf("the second load changed the graph: %+v", stats)
		}
		if got := r.counts(); got.String() != want.String() {
			t.Errorf("after load %d:\n got %v\nwant %v", i+1, got, want)
		}
	}
	if n := r.count("MATCH (a:Actor) WHERE NOT (a:Person OR a:State OR a:Org) RETURN count(a)"); n != 0 {
		t.Errorf("%d actors without a kind label", n)
	}
	if n := r.count("MATCH ()-[r]->() WHERE NOT type(r) IN ['MEMBER_OF', 'MENTIONED_IN'] AND NOT EXISTS { MATCH (:Article {doc: r.doc}) } RETURN count(r)"); n != 0 {
		t.Errorf("%d relationships whose doc has no Article", n)
	}
}

// TestIntegrationWriteBack writes an analysis onto the actors: every
// analysed actor gets its betweenness, PageRank and mediation score (the
// values of the analysis) and analysed_at; a top tier is labelled.
func TestIntegrationWriteBack(t *testing.T) {
	edges := extractEdges(t, examplesDir)
	r := connect(t, 1000)
	ctx := context.Background()
	if err := r.st.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := r.st.Load(ctx, edges, nil); err != nil {
		t.Fatal(err)
	}
	res := analyze.Run(edges, analyze.Options{})
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	n, err := r.st.WriteMetrics(ctx, res, at)
	if err != nil {
		t.Fatal(err)
	}
	// Actor-level metrics on every actor, country-level ones (country_*) on
	// the states: the union is what gets analysed_at.
	analysed := map[string]bool{}
	for _, m := range append(slices.Clone(res.Actor.Actors), res.Country.Actors...) {
		analysed[m.Name] = true
	}
	if n != len(analysed) {
		t.Errorf("WriteMetrics wrote %d actors, want %d", n, len(analysed))
	}
	if got := r.count("MATCH (a:Actor) WHERE a.analysed_at IS NOT NULL RETURN count(a)"); got != int64(len(analysed)) {
		t.Errorf("%d actors with analysed_at, want %d", got, len(analysed))
	}
	got := map[string][]any{}
	for _, row := range r.rows("MATCH (a:Actor) WHERE a.betweenness IS NOT NULL RETURN a.key, a.betweenness, a.pagerank, a.mediation_score, a.analysed_at", nil) {
		got[row[0].(string)] = row[1:]
	}
	if len(got) != len(res.Actor.Actors) {
		t.Errorf("%d actors with betweenness, want %d", len(got), len(res.Actor.Actors))
	}
	for _, m := range res.Actor.Actors {
		g, ok := got[m.Name]
		if !ok {
			t.Errorf("actor %s: no analysed_at", m.Name)
			continue
		}
		if !sameFloat(g[0], m.Betweenness) || !sameFloat(g[1], m.PageRank) || !sameFloat(g[2], m.Mediation) {
			t.Errorf("actor %s: betweenness, pagerank, mediation = %v, want %v %v %v", m.Name, g[:3], m.Betweenness, m.PageRank, m.Mediation)
		}
		if ts, ok := g[3].(time.Time); !ok || !ts.Equal(at) {
			t.Errorf("actor %s: analysed_at %v, want %v", m.Name, g[3], at)
		}
	}
	if n := r.count("MATCH (a:HighBetweenness) RETURN count(a)"); n == 0 {
		t.Error("no actor labelled HighBetweenness")
	}
	// A float metric is a FLOAT on every actor, also when its value is
	// whole (0, 4): a property whose type changes from node to node breaks
	// GDS projections and type-aware tools.
	for _, p := range []string{"betweenness", "pagerank", "mediation_score"} {
		for _, row := range r.rows("MATCH (a:Actor) WHERE a.betweenness IS NOT NULL RETURN valueType(a."+p+"), count(*)", nil) {
			if row[0] != "FLOAT NOT NULL" {
				t.Errorf("%s is %v on %v actors, want FLOAT", p, row[0], row[1])
			}
		}
	}
}

// sameFloat reports whether v, read from Neo4j, is the float64 want.
func sameFloat(v any, want float64) bool {
	f, ok := v.(float64)
	return ok && f == want
}

// TestIntegrationReconcile runs 'actorgraph run' on a copy of
// examples/articles, then edits one article and deletes another and runs
// again: afterwards the relationships in Neo4j are exactly the edges of the
// second run's edges.jsonl, document by document, and the deleted
// article's Article node is gone.
func TestIntegrationReconcile(t *testing.T) {
	r := connect(t, 1000)
	in, out, state := t.TempDir(), t.TempDir(), t.TempDir()
	names, err := filepath.Glob(filepath.Join(examplesDir, "*.txt"))
	if err != nil || len(names) < 3 {
		t.Fatalf("examples: %v %v", names, err)
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, filepath.Base(n)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(round int) map[string][]string {
		t.Helper()
		res := r.runCLI(state, 3*time.Minute, "run", in, "--out", out)
		if res.code != 0 {
			t.Fatalf("run %d: exit %d\n%s", round, res.code, res.stderr)
		}
		edges, err := graph.ReadEdgesFile(context.Background(), filepath.Join(out, "edges.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		byDoc := map[string][]string{}
		for _, e := range edges {
			if !slices.Contains(byDoc[e.Doc], e.ID) {
				byDoc[e.Doc] = append(byDoc[e.Doc], e.ID)
			}
		}
		return byDoc
	}
	inNeo4j := func() map[string][]string {
		byDoc := map[string][]string{}
		for _, row := range r.rows("MATCH ()-[r]->() WHERE NOT type(r) IN ['MEMBER_OF', 'MENTIONED_IN'] RETURN r.doc, r.id", nil) {
			byDoc[row[0].(string)] = append(byDoc[row[0].(string)], row[1].(string))
		}
		return byDoc
	}
	same := func(round int, want, got map[string][]string) {
		t.Helper()
		if len(want) != len(got) {
			t.Errorf("run %d: Neo4j holds edges of %d documents, edges.jsonl %d", round, len(got), len(want))
		}
		for doc, ids := range want {
			g := slices.Clone(got[doc])
			w := slices.Clone(ids)
			sort.Strings(g)
			sort.Strings(w)
			if !slices.Equal(g, w) {
				t.Errorf("run %d: %s: Neo4j has %d edges, edges.jsonl %d", round, doc, len(g), len(w))
			}
		}
	}
	first := run(1)
	same(1, first, inNeo4j())

	// The article with the most edges changes: its first paragraph goes.
	// Another one is deleted.
	var changed, removed string
	for _, n := range names {
		b := filepath.Base(n)
		if changed == "" || len(first[b]) > len(first[changed]) {
			changed = b
		}
	}
	for _, n := range names {
		if b := filepath.Base(n); b != changed && len(first[b]) > 0 {
			removed = b
			break
		}
	}
	text, err := os.ReadFile(filepath.Join(in, changed))
	if err != nil {
		t.Fatal(err)
	}
	// Paragraphs: title, date line, then the body; the lead goes.
	paras := strings.Split(string(text), "\n\n")
	if len(paras) < 4 {
		t.Fatalf("%s: too few paragraphs to edit", changed)
	}
	edited := strings.Join(slices.Delete(paras, 2, 3), "\n\n")
	if err := os.WriteFile(filepath.Join(in, changed), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(in, removed)); err != nil {
		t.Fatal(err)
	}
	second := run(2)
	if slices.Equal(first[changed], second[changed]) {
		t.Fatalf("editing %s did not change its edges: the test proves nothing", changed)
	}
	if _, ok := second[removed]; ok {
		t.Fatalf("%s removed but still in edges.jsonl", removed)
	}
	got := inNeo4j()
	same(2, second, got)
	if ids := got[removed]; len(ids) > 0 {
		t.Errorf("%s was removed but Neo4j keeps %d of its edges", removed, len(ids))
	}
	if n := r.count("MATCH (a:Article {doc: '" + removed + "'}) RETURN count(a)"); n != 0 {
		t.Errorf("Article %s still in Neo4j", removed)
	}
	t.Logf("run 1: %d documents; run 2: %s edited (%d → %d edges), %s removed (%d edges dropped)",
		len(first), changed, len(first[changed]), len(second[changed]), removed, len(first[removed]))

	// An article edited so that it gives no edge at all: Neo4j must lose its
	// edges too (QA: they stayed, and metrics were never written again).
	var silenced string
	for doc, ids := range second {
		if doc != changed && len(ids) > 0 && (silenced == "" || doc < silenced) {
			silenced = doc
		}
	}
	if err := os.WriteFile(filepath.Join(in, silenced), []byte("Markets were calm\n\nShares rose on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	third := run(3)
	if _, ok := third[silenced]; ok {
		t.Fatalf("%s gives no edge now but edges.jsonl keeps some", silenced)
	}
	got = inNeo4j()
	same(3, third, got)
	if ids := got[silenced]; len(ids) > 0 {
		t.Errorf("%s gives no edge now but Neo4j keeps %d of its edges", silenced, len(ids))
	}
}

// loadAnalysed loads the corpus (the seeds and examples, or examples alone
// when the seeds are absent) and writes its analysis back, as 'actorgraph
// run' does.
func loadAnalysed(t *testing.T, r *real) ([]graph.Edge, analyze.Result) {
	t.Helper()
	var edges []graph.Edge
	if _, err := os.Stat(seedsDir); err == nil {
		edges = extractEdges(t, seedsDir, examplesDir)
	} else {
		t.Logf("no seeds at %s: using examples/articles alone", seedsDir)
		edges = extractEdges(t, examplesDir)
	}
	ctx := context.Background()
	if err := r.st.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := r.st.Load(ctx, edges, nil); err != nil {
		t.Fatal(err)
	}
	res := analyze.Run(edges, analyze.Options{})
	if _, err := r.st.WriteMetrics(ctx, res, time.Now()); err != nil {
		t.Fatal(err)
	}
	return edges, res
}

// queryFiles reads the .cypher files of queries/ and queries/gds/ at run
// time (so the suite covers whatever files exist), each with the
// parameters of its :param header.
func queryFiles(t testing.TB, dir string) []queries.Query {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		return nil
	}
	qs, err := queries.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

// TestIntegrationQueries runs every file of queries/ on the loaded and
// analysed corpus, with the example values of its :param lines, as a
// subtest named after the file; each must return rows.
func TestIntegrationQueries(t *testing.T) {
	r := connect(t, 1000)
	loadAnalysed(t, r)
	qs := queryFiles(t, "../queries")
	if len(qs) == 0 {
		t.Fatal("no .cypher files in queries/")
	}
	for _, q := range qs {
		t.Run(q.Name, func(t *testing.T) {
			params, err := q.Bind(nil)
			if err != nil {
				t.Fatal(err)
			}
			tab, err := r.st.Query(context.Background(), q.Cypher, params)
			if err != nil {
				t.Fatalf("%s.cypher with %v: %v", q.Name, params, err)
			}
			if len(tab.Rows) == 0 {
				t.Fatalf("%s.cypher with %v returned no rows", q.Name, params)
			}
			t.Logf("%d rows; columns %v; first %v", len(tab.Rows), tab.Keys, neo4j.Format(tab.Rows[0]))
		})
	}
}

// TestIntegrationDyadMediators runs queries/dyad-mediators.cypher for its
// example dyad and checks that it returns the analysis's country-level
// mediators of that dyad (what the report's "top mediators per dyad"
// shows) in the same order, with the same score and tie counts.
func TestIntegrationDyadMediators(t *testing.T) {
	r := connect(t, 1000)
	_, res := loadAnalysed(t, r)
	q, ok := queries.Find(queryFiles(t, "../queries"), "dyad-mediators")
	if !ok {
		t.Skip("no queries/dyad-mediators.cypher")
	}
	params, err := q.Bind(nil)
	if err != nil {
		t.Fatal(err)
	}
	var sides []string
	for _, p := range q.Params {
		if s, ok := p.Default.(string); ok {
			sides = append(sides, s)
		}
	}
	if len(sides) != 2 {
		t.Fatalf("dyad-mediators declares %d string parameters, want the two sides", len(sides))
	}
	tab, err := r.st.Query(context.Background(), q.Cypher, params)
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, k := range tab.Keys {
		col[k] = i
	}
	var got []string
	for _, row := range tab.Rows {
		got = append(got, fmt.Sprintf("%v %.4f %v/%v j%v", row[col["mediator"]], row[col["score"]], row[col["ties_a"]], row[col["ties_b"]], row[col["joint"]]))
	}
	var want []string
	total := -1
	for _, d := range res.Country.Dyads {
		if (d.A == sides[0] && d.B == sides[1]) || (d.A == sides[1] && d.B == sides[0]) {
			total = d.Mediators
		}
	}
	for _, m := range res.Country.Mediators {
		ta, tb := m.TiesA, m.TiesB
		switch {
		case m.Dyad == [2]string{sides[0], sides[1]}:
		case m.Dyad == [2]string{sides[1], sides[0]}:
			ta, tb = tb, ta
		default:
			continue
		}
		want = append(want, fmt.Sprintf("%s %.4f %d/%d j%d", m.Mediator, m.Score, ta, tb, m.Joint))
	}
	if total <= 0 {
		t.Fatalf("the analysis has no mediators for %s–%s: the example dyad proves nothing", sides[0], sides[1])
	}
	if len(got) != total {
		t.Errorf("the query finds %d mediators of %s–%s, the analysis %d", len(got), sides[0], sides[1], total)
	}
	n := min(len(got), len(want))
	if !slices.Equal(got[:n], want[:n]) {
		t.Errorf("dyad %s–%s ranking differs:\nquery    %q\nanalysis %q", sides[0], sides[1], got, want)
	}
	t.Logf("%s–%s: %q", sides[0], sides[1], got)
}

// TestIntegrationQueryCLI runs 'actorgraph query NAME' (the binary, as a
// user would) against the loaded and analysed corpus for every file of
// queries/: it exits 0 and prints the first value of the first row the
// same query returns through the Store, and --param changes the answer.
func TestIntegrationQueryCLI(t *testing.T) {
	r := connect(t, 1000)
	loadAnalysed(t, r)
	state := t.TempDir()
	for _, q := range queryFiles(t, "../queries") {
		t.Run(q.Name, func(t *testing.T) {
			params, err := q.Bind(nil)
			if err != nil {
				t.Fatal(err)
			}
			tab, err := r.st.Query(context.Background(), q.Cypher, params)
			if err != nil || len(tab.Rows) == 0 {
				t.Fatalf("%s through the Store: %d rows, %v", q.Name, len(tab.Rows), err)
			}
			res := r.runCLI(state, time.Minute, "query", q.Name, "--queries", "../queries")
			if res.code != 0 {
				t.Fatalf("actorgraph query %s: exit %d\n%s", q.Name, res.code, res.stderr)
			}
			first := neo4j.Format(tab.Rows[0][0])
			if len(first) > 40 {
				first = first[:40]
			}
			if !strings.Contains(res.stdout, first) {
				t.Errorf("actorgraph query %s does not show %q:\n%s", q.Name, first, res.stdout)
			}
		})
	}
	// A parameter given on the command line reaches the server.
	res := r.runCLI(state, time.Minute, "query", "top-mediators", "--queries", "../queries", "--param", "mediators_limit=1")
	if res.code != 0 {
		t.Fatalf("exit %d\n%s", res.code, res.stderr)
	}
	all := r.runCLI(state, time.Minute, "query", "top-mediators", "--queries", "../queries")
	if lines, allLines := strings.Count(res.stdout, "\n"), strings.Count(all.stdout, "\n"); lines >= allLines {
		t.Errorf("--param mediators_limit=1 printed %d lines, the default limit %d", lines, allLines)
	}
}

// TestIntegrationTwoFoldersOneName: two folders, each run with its own
// output and state folder, load into one database and hold an article of
// the same name (x.txt, different texts) and the same article (same.txt).
// A run that drops an edge, or removes an article, deletes only what its
// own folder loaded: the other folder's article of that name keeps its
// edges, and a shared edge or Article stays while the other folder holds
// it (origin.go).
func TestIntegrationTwoFoldersOneName(t *testing.T) {
	r := connect(t, 1000)
	type folder struct{ in, out, state string }
	mk := func(files map[string]string) folder {
		f := folder{t.TempDir(), t.TempDir(), t.TempDir()}
		for name, text := range files {
			if err := os.WriteFile(filepath.Join(f.in, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return f
	}
	const shared = "China warned Japan on Friday over the islands.\n"
	a := mk(map[string]string{"x.txt": "Iran warned Israel on Monday.\n\nTurkey urged Russia to halt the offensive.\n", "same.txt": shared})
	b := mk(map[string]string{"x.txt": "Egypt urged Hamas to accept the truce.\n\nQatar spoke with Israel on Tuesday.\n", "same.txt": shared})
	run := func(name string, f folder) {
		t.Helper()
		res := r.runCLI(f.state, 3*time.Minute, "run", f.in, "--out", f.out)
		if res.code != 0 {
			t.Fatalf("run %s: exit %d\n%s", name, res.code, res.stderr)
		}
	}
	edges := func() map[string]bool {
		got := map[string]bool{}
		for _, row := range r.rows("MATCH (s:Actor)-[r]->(t:Actor) WHERE NOT type(r) IN ['MEMBER_OF', 'MENTIONED_IN'] RETURN r.doc, s.name, type(r), t.name", nil) {
			got[fmt.Sprintf("%s: %s %s %s", row...)] = true
		}
		return got
	}
	expect := func(when string, want map[string]bool) {
		t.Helper()
		got := edges()
		for e, in := range want {
			if got[e] != in {
				t.Errorf("%s: %q in Neo4j = %v, want %v", when, e, got[e], in)
			}
		}
	}
	articles := func(doc string) int64 {
		return r.count("MATCH (a:Article {doc: '" + doc + "'}) RETURN count(a)")
	}
	const (
		aWarned = "x.txt: Iran WARNED Israel"
		aUrged  = "x.txt: Turkey URGED Russia"
		bUrged  = "x.txt: Egypt URGED Hamas"
		same    = "same.txt: China WARNED Japan"
	)
	run("A", a)
	run("B", b)
	expect("both loaded", map[string]bool{aWarned: true, aUrged: true, bUrged: true, same: true})

	// A's x.txt loses a sentence and A's same.txt goes
	if err := os.WriteFile(filepath.Join(a.in, "x.txt"), []byte("Iran warned Israel on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(a.in, "same.txt")); err != nil {
		t.Fatal(err)
	}
	run("A again", a)
	expect("A dropped an edge and an article", map[string]bool{aWarned: true, aUrged: false, bUrged: true, same: true})
	if n := articles("same.txt"); n != 1 {
		t.Errorf("same.txt is still B's, but its Article is gone (%d)", n)
	}

	// now B's same.txt goes too: the shared edge and its Article go
	if err := os.Remove(filepath.Join(b.in, "same.txt")); err != nil {
		t.Fatal(err)
	}
	run("B again", b)
	expect("B removed the shared article", map[string]bool{aWarned: true, bUrged: true, same: false})
	if n := articles("same.txt"); n != 0 {
		t.Errorf("same.txt is no folder's now, but its Article stays")
	}
}

// TestIntegrationLoadClaimsNothing: a plain `actorgraph load` of a run's
// edges (as the merge workflow does, with its own state folder) writes no
// origin, so the run still deletes an edge its article no longer gives.
func TestIntegrationLoadClaimsNothing(t *testing.T) {
	r := connect(t, 1000)
	in, out, state, loadState := t.TempDir(), t.TempDir(), t.TempDir(), t.TempDir()
	article := filepath.Join(in, "c.txt")
	if err := os.WriteFile(article, []byte("Iran warned Israel on Monday.\n\nTurkey urged Russia to halt the offensive.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if res := r.runCLI(state, 3*time.Minute, "run", in, "--out", out); res.code != 0 {
		t.Fatalf("run: exit %d\n%s", res.code, res.stderr)
	}
	if res := r.runCLI(loadState, 3*time.Minute, "load", filepath.Join(out, "edges.jsonl")); res.code != 0 {
		t.Fatalf("load: exit %d\n%s", res.code, res.stderr)
	}
	if n := r.count("MATCH ()-[r:URGED {doc: 'c.txt'}]->() WHERE size(r.origins) = 1 RETURN count(r)"); n != 1 {
		t.Fatalf("after the load, the run's edge has %d relationships with one origin, want 1 (the run's)", n)
	}
	if err := os.WriteFile(article, []byte("Iran warned Israel on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if res := r.runCLI(state, 3*time.Minute, "run", in, "--out", out); res.code != 0 {
		t.Fatalf("second run: exit %d\n%s", res.code, res.stderr)
	}
	if n := r.count("MATCH ()-[r:URGED {doc: 'c.txt'}]->() RETURN count(r)"); n != 0 {
		t.Errorf("the article no longer gives Turkey URGED Russia, but Neo4j keeps it (%d)", n)
	}
	if n := r.count("MATCH ()-[r:WARNED {doc: 'c.txt'}]->() RETURN count(r)"); n != 1 {
		t.Errorf("Iran WARNED Israel: %d relationships, want 1", n)
	}
}
