package neo4j_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/neo4j"
	"github.com/actorgraph/actorgraph/neo4j/bolttest"
	"github.com/actorgraph/actorgraph/neo4j/internal/packstream"
)

const password = "s3cret-Pa55word"

func seeds(t testing.TB) []graph.Edge {
	t.Helper()
	edges, err := graph.ReadEdgesFile(context.Background(), "testdata/seeds.edges.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	// The extractor may emit one edge twice (two triggers in a sentence):
	// keep the first of each id, as Load does.
	seen := map[string]bool{}
	var out []graph.Edge
	for _, e := range edges {
		if !seen[e.ID] {
			seen[e.ID] = true
			out = append(out, e)
		}
	}
	return out
}

func server(t testing.TB, opt bolttest.Options) *bolttest.Server {
	t.Helper()
	if opt.Password == "" {
		opt.Username, opt.Password = "neo4j", password
	}
	s, err := bolttest.Start(opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func open(t testing.TB, s *bolttest.Server, batch int) *neo4j.Store {
	t.Helper()
	cfg := neo4j.Config{URI: s.URI(), Password: password, BatchSize: batch, Timeout: 5 * time.Second, RetryTime: 2 * time.Second}
	st, err := neo4j.Open(context.Background(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	return st
}

// relTypes matches the relationship types written in a statement.
var relTypes = regexp.MustCompile(`\[r?:([A-Z_]+)`)

// TestLoadStatements checks what a load sends: per batch one transaction of
// actor, label, membership, article and per-relation edge statements, with
// every value a parameter and only the six relation types.
func TestLoadStatements(t *testing.T) {
	edges := seeds(t)
	s := server(t, bolttest.Options{})
	st := open(t, s, 10)
	var batches [][]string
	stats, err := st.Load(context.Background(), edges, func(ids []string) error {
		batches = append(batches, ids)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := (len(edges) + 9) / 10
	if stats.Edges != len(edges) || stats.Batches != want {
		t.Errorf("stats = %+v, want %d edges in %d batches", stats, len(edges), want)
	}
	txs := s.Committed()
	if len(txs) != want || len(batches) != want {
		t.Fatalf("%d transactions committed, %d reported; want %d", len(txs), len(batches), want)
	}
	allowed := map[string]bool{"MEMBER_OF": true, "MENTIONED_IN": true}
	for _, r := range graph.Relations() {
		allowed[string(r)] = true
	}
	sent := map[string]bool{}
	for i, tx := range txs {
		if !strings.HasPrefix(tx[0].Cypher, "UNWIND $actors") {
			t.Errorf("batch %d starts with %q, want the actors", i, tx[0].Cypher)
		}
		n := 0
		for _, q := range tx {
			for _, m := range relTypes.FindAllStringSubmatch(q.Cypher, -1) {
				if !allowed[m[1]] {
					t.Errorf("relationship type %s in %q", m[1], q.Cypher)
				}
			}
			if strings.Contains(q.Cypher, "CREATE (") || strings.Contains(q.Cypher, "CREATE ()") {
				t.Errorf("a load statement creates without MERGE: %q", q.Cypher)
			}
			rows, _ := q.Params["edges"].([]any)
			for _, r := range rows {
				row := r.(map[string]any)
				id := row["id"].(string)
				sent[id] = true
				n++
				if strings.Contains(q.Cypher, row["sentence"].(string)) || strings.Contains(q.Cypher, row["source"].(string)) {
					t.Errorf("a value is written into the Cypher: %q", q.Cypher)
				}
				if _, ok := row["published"].(packstream.Struct); !ok && row["published"] != nil {
					t.Errorf("published sent as %T, want a DATE", row["published"])
				}
			}
		}
		if n != len(batches[i]) || n > 10 {
			t.Errorf("batch %d sent %d edges, reported %d, batch size 10", i, n, len(batches[i]))
		}
	}
	for _, e := range edges {
		if !sent[e.ID] {
			t.Errorf("edge %s not sent", e.ID)
		}
	}
}

// TestLoadTwiceSendsTheSame checks idempotence from the client side: the
// second load of the same edges sends exactly the same MERGE statements with
// the same parameters, and every SET in them is either ON CREATE or guarded
// by a comparison, so a real Neo4j changes nothing (the integration suite
// checks the counts against one).
func TestLoadTwiceSendsTheSame(t *testing.T) {
	edges := seeds(t)
	s := server(t, bolttest.Options{})
	st := open(t, s, 8)
	ctx := context.Background()
	if _, err := st.Load(ctx, edges, nil); err != nil {
		t.Fatal(err)
	}
	first := s.Queries()
	s.Reset()
	if _, err := st.Load(ctx, edges, nil); err != nil {
		t.Fatal(err)
	}
	second := s.Queries()
	if len(first) != len(second) {
		t.Fatalf("first load %d statements, second %d", len(first), len(second))
	}
	for i := range first {
		a, b := first[i], second[i]
		if a.Cypher != b.Cypher || !equalValues(a.Params, b.Params) {
			t.Errorf("statement %d differs between loads:\n%s\n%v\n---\n%s\n%v", i, a.Cypher, a.Params, b.Cypher, b.Params)
		}
		checkOnlyMerges(t, a.Cypher)
	}
}

func equalValues(a, b any) bool {
	var ea, eb packstream.Encoder
	return ea.Encode(a) == nil && eb.Encode(b) == nil && bytes.Equal(ea.Buf, eb.Buf)
}

// checkOnlyMerges fails when a load statement could change an existing
// graph: a CREATE, a DELETE, or a SET that is neither ON CREATE, nor after a
// WHERE that compares old and new values, nor a label under a NOT-guard.
func checkOnlyMerges(t *testing.T, cypher string) {
	t.Helper()
	guarded := false
	for _, line := range strings.Split(cypher, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "CREATE"), strings.Contains(line, "DELETE") && !guarded:
			t.Errorf("statement changes data unconditionally: %q", line)
		case strings.HasPrefix(line, "WHERE") && strings.Contains(line, "<>"):
			guarded = true
		case strings.HasPrefix(line, "FOREACH") && strings.Contains(line, "AND NOT a:"):
		case strings.HasPrefix(line, "FOREACH") && strings.Contains(line, "CASE WHEN") && strings.Contains(line, "THEN [] ELSE [1]"): // set only when missing
		case strings.HasPrefix(line, "SET") && !guarded:
			t.Errorf("unguarded SET in a load statement: %q", line)
		}
	}
}

func TestOneRecordPerActor(t *testing.T) {
	s := server(t, bolttest.Options{})
	st := open(t, s, 1) // one edge a batch: the two records would land in two batches
	old := graph.Edge{Doc: "d", Source: graph.Actor{Name: "Hamas", Kind: graph.Org}, Relation: graph.Attacked,
		Target: graph.Actor{Name: "Israel", Kind: graph.State, Country: "Israel"}}.WithID()
	upd := graph.Edge{Doc: "e", Source: graph.Actor{Name: "Hamas", Kind: graph.Org, Country: "Palestine"}, Relation: graph.Accused,
		Target: graph.Actor{Name: "Israel", Kind: graph.State, Country: "Israel"}}.WithID()
	if _, err := st.Load(context.Background(), []graph.Edge{old, upd}, nil); err != nil {
		t.Fatal(err)
	}
	for _, q := range s.Queries() {
		rows, _ := q.Params["actors"].([]any)
		for _, r := range rows {
			row := r.(map[string]any)
			if row["key"] == "Hamas" && row["country"] != "Palestine" {
				t.Errorf("batch sent Hamas with country %v, want the one record (Palestine) in every batch", row["country"])
			}
		}
	}
}

func TestSymmetricEdgesOrdered(t *testing.T) {
	s := server(t, bolttest.Options{})
	st := open(t, s, 100)
	e := graph.Edge{Doc: "d", Sentence: "Z spoke with A.", Source: graph.Actor{Name: "Zed", Kind: graph.Person},
		Relation: graph.SpokeWith, Target: graph.Actor{Name: "Abe", Kind: graph.Person}}.WithID()
	rev := e
	rev.Source, rev.Target = e.Target, e.Source
	stats, err := st.Load(context.Background(), []graph.Edge{e, rev.WithID()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Edges != 1 {
		t.Errorf("A-B and B-A SPOKE_WITH sent as %d edges, want 1", stats.Edges)
	}
	for _, q := range s.Queries() {
		rows, ok := q.Params["edges"].([]any)
		if !ok {
			continue
		}
		for _, r := range rows {
			row := r.(map[string]any)
			if row["source"] != "Abe" {
				t.Errorf("SPOKE_WITH sent from %v, want from the name-first end", row["source"])
			}
		}
		return
	}
	t.Error("no edge statement sent")
}

func TestSchemaFirst(t *testing.T) {
	s := server(t, bolttest.Options{})
	st := open(t, s, 10)
	if err := st.EnsureSchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	qs := s.Queries()
	var uniq []string
	for _, q := range qs {
		if !strings.Contains(q.Cypher, "IF NOT EXISTS") {
			t.Errorf("schema statement without IF NOT EXISTS: %q", q.Cypher)
		}
		if strings.Contains(q.Cypher, "IS UNIQUE") {
			uniq = append(uniq, q.Cypher)
		}
	}
	for _, want := range []string{"(a:Actor) REQUIRE a.key", "(a:Article) REQUIRE a.doc", "[r:URGED]-() REQUIRE r.id", "[r:ACCUSED]-() REQUIRE r.id"} {
		if !slices.ContainsFunc(uniq, func(q string) bool { return strings.Contains(q, want) }) {
			t.Errorf("no uniqueness constraint %q", want)
		}
	}
}

func TestAuthFailureNamesAddressNotPassword(t *testing.T) {
	s := server(t, bolttest.Options{Username: "neo4j", Password: "the-right-one"})
	_, err := neo4j.Open(context.Background(), neo4j.Config{URI: s.URI(), Password: password, Timeout: 5 * time.Second}, nil)
	if err == nil {
		t.Fatal("Open with a wrong password succeeded")
	}
	msg := err.Error()
	if !strings.Contains(msg, s.URI()) || !strings.Contains(msg, "authentication failed") {
		t.Errorf("error %q should name %s and say authentication failed", msg, s.URI())
	}
	if strings.Contains(msg, password) {
		t.Errorf("error leaks the password: %q", msg)
	}
}

func TestPasswordInURIIsMovedAndHidden(t *testing.T) {
	s := server(t, bolttest.Options{Username: "neo4j", Password: "the-right-one"})
	uri := "bolt://neo4j:" + password + "@" + s.Addr()
	_, err := neo4j.Open(context.Background(), neo4j.Config{URI: uri, Timeout: 5 * time.Second}, nil)
	if err == nil || strings.Contains(err.Error(), password) || !strings.Contains(err.Error(), s.URI()) {
		t.Errorf("err = %v: want an error naming %s without the password", err, s.URI())
	}
	good := "bolt://neo4j:the-right-one@" + s.Addr()
	st, err := neo4j.Open(context.Background(), neo4j.Config{URI: good, Timeout: 5 * time.Second}, nil)
	if err != nil {
		t.Fatalf("credentials in the URI: %v", err)
	}
	st.Close(context.Background())
}

// TestTransientErrorRetried fails the first edge statement with a transient
// error: the driver retries the managed transaction, which then commits.
func TestTransientErrorRetried(t *testing.T) {
	var failed atomic.Bool
	s := server(t, bolttest.Options{Handler: func(q bolttest.Query) bolttest.Result {
		if q.Params["edges"] != nil && failed.CompareAndSwap(false, true) {
			return bolttest.Result{Failure: &bolttest.Failure{Code: bolttest.CodeDeadlock, Message: "deadlock"}}
		}
		return bolttest.Result{}
	}})
	st := open(t, s, 1000)
	edges := seeds(t)
	stats, err := st.Load(context.Background(), edges, nil)
	if err != nil {
		t.Fatalf("a transient error was not retried: %v", err)
	}
	if stats.Batches != 1 || len(s.Committed()) != 1 || len(s.RolledBack()) != 1 {
		t.Errorf("batches %d, committed %d, rolled back %d; want 1, 1, 1", stats.Batches, len(s.Committed()), len(s.RolledBack()))
	}
}

// TestDroppedConnectionKeepsEdgesPending drops every connection that sends
// the second batch: the load fails, and the spool still holds exactly the
// edges not committed, which the next load sends first.
func TestDroppedConnectionKeepsEdgesPending(t *testing.T) {
	ctx := context.Background()
	edges := seeds(t)
	var down atomic.Bool
	s := server(t, bolttest.Options{Handler: func(q bolttest.Query) bolttest.Result {
		if down.Load() && q.Params["actors"] != nil {
			return bolttest.Result{Drop: true}
		}
		return bolttest.Result{}
	}, OnCommit: func([]bolttest.Query) bolttest.Result {
		down.Store(true) // commit the first batch, then go down
		return bolttest.Result{}
	}})
	cfg := neo4j.Config{URI: s.URI(), Password: password, BatchSize: 10, Timeout: 2 * time.Second, RetryTime: 300 * time.Millisecond}
	st, err := neo4j.Open(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)
	sp, err := neo4j.OpenSpool(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	all, err := sp.Add(ctx, edges)
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Load(ctx, all, sp.Done)
	if err == nil {
		t.Fatal("load through a dropped connection succeeded")
	}
	if !strings.Contains(err.Error(), s.URI()) {
		t.Errorf("error %q does not name %s", err, s.URI())
	}
	if stats.Batches != 1 {
		t.Errorf("%d batches committed, want 1", stats.Batches)
	}
	pending, err := sp.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != len(edges)-10 {
		t.Fatalf("%d edges pending, want %d", len(pending), len(edges)-10)
	}
	for i, e := range pending {
		if e.ID != edges[10+i].ID {
			t.Fatalf("pending[%d] = %s, want %s", i, e.ID, edges[10+i].ID)
		}
	}
	// The server is back: the next load sends the pending edges first.
	down.Store(false)
	s.SetHandler(nil)
	s.Reset()
	extra := graph.Edge{Doc: "new.txt", Sentence: "A urged B.", Source: graph.Actor{Name: "A", Kind: graph.Person},
		Relation: graph.Urged, Target: graph.Actor{Name: "B", Kind: graph.State, Country: "B"}}.WithID()
	all, err = sp.Add(ctx, []graph.Edge{extra})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(pending)+1 || all[0].ID != pending[0].ID || all[len(all)-1].ID != extra.ID {
		t.Fatalf("second load sends %d edges, want the %d pending first, then the new one", len(all), len(pending))
	}
	if _, err := st.Load(ctx, all, sp.Done); err != nil {
		t.Fatal(err)
	}
	if err := sp.Clear(); err != nil {
		t.Fatal(err)
	}
	if p, _ := sp.Pending(ctx); len(p) != 0 {
		t.Errorf("%d edges still pending after a full load", len(p))
	}
}

func TestUnreachableServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = neo4j.Open(ctx, neo4j.Config{URI: "bolt://" + addr, Password: password, Timeout: time.Second}, nil)
	if err == nil {
		t.Fatal("Open of an unreachable server succeeded")
	}
	if ctx.Err() != nil {
		t.Fatal("Open did not give up within its timeout")
	}
	if !strings.Contains(err.Error(), "bolt://"+addr) || !strings.Contains(err.Error(), "connection refused (is Neo4j running") {
		t.Errorf("error %q should name bolt://%s and say the connection was refused", err, addr)
	}
}

// TestUnknownHostSaysSo: a host name that does not resolve is named as
// such at once, not as a server not reached within the timeout.
func TestUnknownHostSaysSo(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := neo4j.Open(ctx, neo4j.Config{URI: "bolt://no-such-host.invalid:7687", Password: password, Timeout: 5 * time.Second}, nil)
	if err == nil {
		t.Fatal("Open of an unknown host succeeded")
	}
	if !strings.Contains(err.Error(), "bolt://no-such-host.invalid:7687") || !strings.Contains(err.Error(), "no such host (check the host name") || strings.Contains(err.Error(), "within 5s") {
		t.Errorf("error %q should name the address and say the host is unknown", err)
	}
}

// TestSilentServerTimesOut: a server that accepts connections but never
// answers the handshake is given up on within the timeout, and the error
// says how long was waited.
func TestSilentServerTimesOut(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // hold it open, say nothing
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = neo4j.Open(ctx, neo4j.Config{URI: "bolt://" + ln.Addr().String(), Password: password, Timeout: time.Second}, nil)
	if err == nil {
		t.Fatal("Open of a silent server succeeded")
	}
	if ctx.Err() != nil {
		t.Fatal("Open did not give up within its timeout")
	}
	if !strings.Contains(err.Error(), ln.Addr().String()) || !strings.Contains(err.Error(), "cannot reach the server within 1s") {
		t.Errorf("error %q should name the address and the time waited", err)
	}
}

func TestWriteMetrics(t *testing.T) {
	s := server(t, bolttest.Options{})
	st := open(t, s, 10)
	res := analyze.Run(seeds(t), analyze.Options{})
	at := time.Date(2026, 11, 22, 1, 0, 0, 0, time.UTC)
	n, err := st.WriteMetrics(context.Background(), res, at)
	if err != nil {
		t.Fatal(err)
	}
	txs := s.Committed()
	if len(txs) != 1 || n == 0 {
		t.Fatalf("%d transactions, %d rows; want 1 and some", len(txs), n)
	}
	q := txs[0][0]
	if q.Params["analysed_at"] == nil {
		t.Error("no analysed_at parameter")
	}
	rows := q.Params["rows"].([]any)
	byKey := map[string]map[string]any{}
	for _, r := range rows {
		row := r.(map[string]any)
		byKey[row["key"].(string)] = row["props"].(map[string]any)
	}
	for _, m := range res.Actor.Actors {
		p := byKey[m.Name]
		if p == nil {
			t.Errorf("no metrics sent for %s", m.Name)
			continue
		}
		for k, want := range map[string]float64{"betweenness": m.Betweenness, "pagerank": m.PageRank, "mediation_score": m.Mediation, "community": float64(m.Community), "in_degree": float64(m.InDegree)} {
			if asFloat(p[k]) != want {
				t.Errorf("%s.%s = %v, want %v", m.Name, k, p[k], want)
			}
		}
	}
	if _, ok := byKey["Iran"]["country_betweenness"]; !ok {
		t.Error("no country-level metrics for Iran")
	}
	high := txs[0][2].Params["keys"].([]any)
	if len(high) == 0 {
		t.Error("no actor labelled HighBetweenness")
	}
}

func TestQueryTable(t *testing.T) {
	s := server(t, bolttest.Options{Handler: func(q bolttest.Query) bolttest.Result {
		return bolttest.Result{Keys: []string{"actor", "score", "since"}, Records: [][]any{
			{"Iran", 0.5, packstream.Struct{Tag: 'D', Fields: []any{int64(19000)}}},
			{"Israel", nil, nil},
		}}
	}})
	st := open(t, s, 10)
	tab, err := st.Query(context.Background(), "MATCH (a:Actor {key: $k}) RETURN a", map[string]any{"k": "Iran"})
	if err != nil {
		t.Fatal(err)
	}
	if got := []string{neo4j.Format(tab.Rows[0][0]), neo4j.Format(tab.Rows[0][1]), neo4j.Format(tab.Rows[0][2])}; !slices.Equal(got, []string{"Iran", "0.5", "2022-01-08"}) {
		t.Errorf("row 0 = %q", got)
	}
	if q := s.Queries()[0]; q.Params["k"] != "Iran" || q.Meta["mode"] != "r" {
		t.Errorf("query sent as %+v, want parameter k and read mode", q)
	}
}

func TestSecretNeverPrinted(t *testing.T) {
	cfg := neo4j.Config{URI: "bolt://h:7687", Password: password}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("config", "cfg", cfg, "pw", cfg.Password)
	for _, s := range []string{buf.String(), cfg.Password.String(), cfg.Password.GoString()} {
		if strings.Contains(s, password) {
			t.Errorf("password printed: %q", s)
		}
	}
}

func asFloat(v any) float64 {
	switch x := v.(type) {
	case int64:
		return float64(x)
	case float64:
		return x
	}
	return -1
}

// TestFormatGraphValues formats what the path and ego-network queries
// return, as decoded by the driver.
func TestFormatGraphValues(t *testing.T) {
	biden := bolttest.Node(1, []string{"Actor", "Person"}, map[string]any{"name": "Joe Biden"})
	iran := bolttest.Node(2, []string{"Actor", "State"}, map[string]any{"name": "Iran"})
	israel := bolttest.Node(3, []string{"Actor", "State"}, map[string]any{"name": "Israel"})
	art := bolttest.Node(4, []string{"Article"}, map[string]any{"doc": "000.txt"})
	urged := bolttest.Relationship(10, 1, 2, "URGED", nil)
	attacked := bolttest.Relationship(11, 3, 2, "ATTACKED", nil)
	path := bolttest.Path([]bolttest.Struct{biden, iran, israel}, []bolttest.Struct{urged, attacked})
	s := server(t, bolttest.Options{Handler: func(bolttest.Query) bolttest.Result {
		return bolttest.Result{Keys: []string{"p", "r", "a", "l", "m"}, Records: [][]any{{path, urged, art, []any{"x", int64(2)}, map[string]any{"b": 1.25, "a": true}}}}
	}})
	st := open(t, s, 10)
	tab, err := st.Query(context.Background(), "RETURN 1", nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range tab.Rows[0] {
		got = append(got, neo4j.Format(v))
	}
	want := []string{"Joe Biden -URGED-> Iran <-ATTACKED- Israel", "URGED", "000.txt", "x; 2", "{a: true, b: 1.25}"}
	if !slices.Equal(got, want) {
		t.Errorf("Format = %q\nwant     %q", got, want)
	}
}

// TestRefusedEdgeIsKeptAsideNotBlocking makes the server refuse every
// statement that carries one poisoned edge (a constraint violation, which no
// retry cures): the batch is sent again edge by edge, the poisoned edge goes
// to the spool's rejected.jsonl, every other edge commits, and nothing stays
// pending to block the next load.
func TestRefusedEdgeIsKeptAsideNotBlocking(t *testing.T) {
	ctx := context.Background()
	edges := seeds(t)
	poison := edges[3].ID
	s := server(t, bolttest.Options{Handler: func(q bolttest.Query) bolttest.Result {
		rows, _ := q.Params["edges"].([]any)
		for _, r := range rows {
			if r.(map[string]any)["id"] == poison {
				return bolttest.Result{Failure: &bolttest.Failure{Code: "Neo.ClientError.Schema.ConstraintValidationFailed", Message: "already exists"}}
			}
		}
		return bolttest.Result{}
	}})
	st := open(t, s, 4)
	sp, err := neo4j.OpenSpool(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	all, err := sp.Add(ctx, edges)
	if err != nil {
		t.Fatal(err)
	}
	var rejected []string
	stats, err := st.LoadRejecting(ctx, all, sp.Done, func(e graph.Edge, reason error) error {
		rejected = append(rejected, e.ID)
		if !strings.Contains(reason.Error(), "ConstraintValidationFailed") {
			t.Errorf("reason %q does not say what the server refused", reason)
		}
		return sp.Reject(e, reason)
	})
	if err != nil {
		t.Fatalf("one refused edge stopped the load: %v", err)
	}
	if len(rejected) != 1 || rejected[0] != poison || stats.Rejected != 1 {
		t.Fatalf("rejected %v (stats %d), want only %s", rejected, stats.Rejected, poison)
	}
	pending, err := sp.Pending(ctx)
	if err != nil || len(pending) != 0 {
		t.Fatalf("%d edges still pending (%v): a refused edge must not block later loads", len(pending), err)
	}
	kept, err := graph.ReadEdgesFile(ctx, sp.RejectedPath())
	if err != nil || len(kept) != 1 || kept[0].ID != poison {
		t.Fatalf("rejected.jsonl holds %v (%v), want the poisoned edge", kept, err)
	}
	committed := map[string]bool{}
	for _, tx := range s.Committed() {
		for _, q := range tx {
			rows, _ := q.Params["edges"].([]any)
			for _, r := range rows {
				committed[r.(map[string]any)["id"].(string)] = true
			}
		}
	}
	if want := len(neo4jDedupe(edges)) - 1; len(committed) != want {
		t.Errorf("%d edges committed, want every edge but the poisoned one (%d)", len(committed), want)
	}
}

func neo4jDedupe(edges []graph.Edge) map[string]bool {
	ids := map[string]bool{}
	for _, e := range edges {
		ids[e.ID] = true
	}
	return ids
}

// TestAuthRateLimitIsNotABadPassword: a server that refuses logins after
// too many wrong ones says so; the message does not send the user to check
// a password that may be right (QA).
func TestAuthRateLimitIsNotABadPassword(t *testing.T) {
	s := server(t, bolttest.Options{Username: "neo4j", Password: "the-right-one", AuthFailure: bolttest.CodeAuthenticationRateLimit})
	_, err := neo4j.Open(context.Background(), neo4j.Config{URI: s.URI(), Password: password, Timeout: 5 * time.Second}, nil)
	if err == nil || !strings.Contains(err.Error(), "too many failed logins") || strings.Contains(err.Error(), "check the user and password") {
		t.Fatalf("error %v, want one saying logins are refused for a while", err)
	}
}

// TestOpenInterrupted: a connect stopped by the caller (a signal) says it
// was interrupted, with the cause, not that the server failed (QA).
func TestOpenInterrupted(t *testing.T) {
	s := server(t, bolttest.Options{Fault: bolttest.Fault{Mode: bolttest.HangAfterHandshake}})
	ctx, cancel := context.WithCancelCause(context.Background())
	time.AfterFunc(200*time.Millisecond, func() { cancel(errors.New("terminated signal received")) })
	_, err := neo4j.Open(ctx, neo4j.Config{URI: s.URI(), Timeout: 30 * time.Second}, nil)
	var ie *neo4j.InterruptedError
	if err == nil || !errors.As(err, &ie) || !strings.Contains(err.Error(), "interrupted (terminated signal received)") || !strings.Contains(err.Error(), s.URI()) {
		t.Fatalf("error %v, want an interruption naming the address and the cause", err)
	}
}
