package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/neo4j/bolttest"
	"github.com/actorgraph/actorgraph/queries"
)

const testPassword = "Very-Secret-42"

// neo4jEnv points the CLI at uri with testPassword and a fresh state folder.
func neo4jEnv(t *testing.T, uri string) string {
	t.Helper()
	state := t.TempDir()
	t.Setenv("NEO4J_URI", uri)
	t.Setenv("NEO4J_USERNAME", "neo4j")
	t.Setenv("NEO4J_PASSWORD", testPassword)
	t.Setenv("NEO4J_PASSWORD_FILE", "")
	t.Setenv("NEO4J_DATABASE", "")
	t.Setenv("ACTORGRAPH_STATE_DIR", state)
	return state
}

func boltServer(t *testing.T, h bolttest.Handler) *bolttest.Server {
	t.Helper()
	s, err := bolttest.Start(bolttest.Options{Username: "neo4j", Password: testPassword, Handler: h})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func cli(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	code = runMain(ctx, append([]string{"--log-level", "debug"}, args...), &out, &errb)
	if strings.Contains(out.String()+errb.String(), testPassword) {
		t.Errorf("actorgraph %v printed the password:\n%s%s", args, out.String(), errb.String())
	}
	return code, out.String(), errb.String()
}

const seedEdges = "../../neo4j/testdata/seeds.edges.jsonl"

func edgeRows(s *bolttest.Server) int {
	n := 0
	for _, tx := range s.Committed() {
		for _, q := range tx {
			rows, _ := q.Params["edges"].([]any)
			n += len(rows)
		}
	}
	return n
}

func TestLoadCommand(t *testing.T) {
	s := boltServer(t, nil)
	neo4jEnv(t, s.URI())
	code, _, stderr := cli(t, "load", seedEdges, "--batch-size", "10")
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if n := edgeRows(s); n != 27 || len(s.Committed()) < 3 {
		t.Errorf("%d edges in %d transactions committed, want 27 (the distinct edges) in batches of 10", n, len(s.Committed()))
	}
	if !strings.Contains(stderr, "loaded into Neo4j") || !strings.Contains(stderr, s.URI()) {
		t.Errorf("stderr does not report the load:\n%s", stderr)
	}
}

func TestLoadNeedsNeo4j(t *testing.T) {
	neo4jEnv(t, "")
	if code, _, stderr := cli(t, "load", seedEdges); code != exitUsage || !strings.Contains(stderr, "NEO4J_URI") {
		t.Errorf("exit %d, stderr %q: want a usage error naming NEO4J_URI", code, stderr)
	}
}

// TestLoadAuthFailureThenRetry: a wrong password fails with exit 1, naming
// the address and not the password; the edges stay pending and the next
// load, with no file, sends them.
func TestLoadAuthFailureThenRetry(t *testing.T) {
	s := boltServer(t, nil)
	state := neo4jEnv(t, s.URI())
	t.Setenv("NEO4J_PASSWORD", "")
	pwFile := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pwFile, []byte("wrong-"+testPassword+"\n"), 0o600)
	code, _, stderr := cli(t, "load", seedEdges, "--neo4j-password-file", pwFile)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d:\n%s", code, exitFailed, stderr)
	}
	for _, want := range []string{s.URI(), "authentication failed", "kept pending"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "wrong-") {
		t.Errorf("stderr holds the password:\n%s", stderr)
	}
	if edgeRows(s) != 0 {
		t.Fatal("edges committed with a wrong password")
	}
	os.WriteFile(pwFile, []byte(testPassword+"\n"), 0o600)
	code, _, stderr = cli(t, "load", "--neo4j-password-file", pwFile)
	if code != exitOK || edgeRows(s) != 27 {
		t.Fatalf("exit %d, %d edges: want the 27 pending edges sent:\n%s", code, edgeRows(s), stderr)
	}
	pending, _ := filepath.Glob(filepath.Join(state, "neo4j-pending", "*", "pending.jsonl"))
	if len(pending) != 0 {
		t.Errorf("pending files left after a full load: %v", pending)
	}
}

// TestLoadSaysWhatWaitsElsewhere: a load with no file, for a server with
// nothing pending, says that edges wait for another server and where
// (QA: it said nothing).
func TestLoadSaysWhatWaitsElsewhere(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	down := "bolt://" + ln.Addr().String()
	ln.Close()
	state := neo4jEnv(t, down)
	if code, _, stderr := cli(t, "load", seedEdges, "--neo4j-timeout", "2s"); code != exitFailed {
		t.Fatalf("load to a down server: exit %d:\n%s", code, stderr)
	}
	s := boltServer(t, nil)
	code, _, stderr := cli(t, "load", "--neo4j-uri", s.URI())
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "edges wait for another one") || !strings.Contains(stderr, filepath.Join(state, "neo4j-pending")) {
		t.Errorf("stderr does not say where the pending edges wait:\n%s", stderr)
	}
	if edgeRows(s) != 0 {
		t.Errorf("%d edges pending for %s sent to %s", edgeRows(s), down, s.URI())
	}
	// the server they wait for says nothing of the kind
	s2 := boltServer(t, nil)
	code, _, stderr = cli(t, "load", seedEdges, "--neo4j-uri", s2.URI())
	if code != exitOK || strings.Contains(stderr, "edges wait for another one") {
		t.Errorf("a load with a file: exit %d, stderr:\n%s", code, stderr)
	}
}

func TestLoadUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	uri := "bolt://" + ln.Addr().String()
	ln.Close()
	neo4jEnv(t, uri)
	code, _, stderr := cli(t, "load", seedEdges, "--neo4j-timeout", "2s")
	if code != exitFailed || !strings.Contains(stderr, uri) || !strings.Contains(stderr, "connection refused (is Neo4j running") {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 naming %s", code, stderr, uri)
	}
}

// TestRunLoadsWhenConfigured: with NEO4J_URI set, run loads its edges and
// writes the analysis back.
func TestRunLoadsWhenConfigured(t *testing.T) {
	s := boltServer(t, nil)
	neo4jEnv(t, s.URI())
	code, _, stderr := cli(t, "run", "testdata/articles", "--out", t.TempDir())
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	var edges, metrics bool
	for _, q := range s.Queries() {
		edges = edges || q.Params["edges"] != nil
		if rows, ok := q.Params["rows"].([]any); ok && len(rows) > 0 && q.Params["analysed_at"] != nil {
			metrics = true
		}
	}
	if !edges || !metrics {
		t.Errorf("run sent edges %v, metrics %v; want both", edges, metrics)
	}
}

func TestRunWithoutNeo4j(t *testing.T) {
	neo4jEnv(t, "")
	if code, _, stderr := cli(t, "run", "testdata/articles", "--out", t.TempDir()); code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
}

// TestQueryCommand runs every shipped query with its example parameters and
// checks what reached the server and the table printed.
func TestQueryCommand(t *testing.T) {
	s := boltServer(t, func(q bolttest.Query) bolttest.Result {
		return bolttest.Result{Keys: []string{"actor", "mediation"}, Records: [][]any{{"United States", 2.5}, {"France", 1.0}}}
	})
	neo4jEnv(t, s.URI())
	qs, err := queries.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		s.Reset()
		code, stdout, stderr := cli(t, "query", q.Name)
		if code != exitOK {
			t.Errorf("query %s: exit %d\n%s", q.Name, code, stderr)
			continue
		}
		sent := s.Queries()
		if len(sent) != 1 || sent[0].Cypher != q.Cypher || len(sent[0].Params) != len(q.Params) {
			t.Errorf("query %s sent %+v", q.Name, sent)
		}
		if !strings.Contains(stdout, "United States  2.5") || !strings.Contains(stdout, "(2 rows)") {
			t.Errorf("query %s printed:\n%s", q.Name, stdout)
		}
	}
	s.Reset()
	if code, _, stderr := cli(t, "query", "top-mediators", "--param", "mediators_limit=3"); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := s.Queries()[0].Params["mediators_limit"]; got != int64(3) {
		t.Errorf("mediators_limit sent as %#v, want 3", got)
	}
	if code, _, stderr := cli(t, "query", "top-mediators", "--param", "actor=x"); code != exitUsage || !strings.Contains(stderr, "limit") {
		t.Errorf("unknown parameter: exit %d, %s", code, stderr)
	}
}

func TestQueryOffline(t *testing.T) {
	neo4jEnv(t, "")
	code, stdout, _ := cli(t, "query", "--list")
	if code != exitOK || !strings.Contains(stdout, "dyad-mediators") || !strings.Contains(stdout, "--param dyad_side_a=Iran") {
		t.Errorf("--list: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = cli(t, "query", "--show", "urged-between")
	if code != exitOK || !strings.Contains(stdout, "MATCH (s:Actor)-[r:URGED]->(t:Actor)") {
		t.Errorf("--show: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = cli(t, "query", "--style")
	if code != exitOK || !strings.Contains(stdout, "relationship.ATTACKED") {
		t.Errorf("--style: exit %d", code)
	}
	if code, _, stderr := cli(t, "query", "nope"); code != exitUsage || !strings.Contains(stderr, "top-mediators") {
		t.Errorf("unknown query: exit %d, %s", code, stderr)
	}
}

// TestRunDeletesEdgesTheInputNoLongerHas: a run loads two articles; then
// one changes and the other is removed. The next run tells Neo4j to drop the
// changed article's old edges (keeping its current ids) and every edge and
// the Article node of the removed one, and touches no other document.
func TestRunDeletesEdgesTheInputNoLongerHas(t *testing.T) {
	s := boltServer(t, nil)
	neo4jEnv(t, s.URI())
	in, out := t.TempDir(), t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("keep.txt", "Iran launched missiles at Israel on Saturday.\n")
	write("gone.txt", "The United States urged Israel to show restraint.\n")
	if code, _, stderr := cli(t, "run", in, "--out", out); code != exitOK {
		t.Fatalf("first run: exit %d\n%s", code, stderr)
	}
	write("keep.txt", "Israel accused Iran of attacking its territory.\n")
	if err := os.Remove(filepath.Join(in, "gone.txt")); err != nil {
		t.Fatal(err)
	}
	s.Reset()
	if code, _, stderr := cli(t, "run", in, "--out", out); code != exitOK {
		t.Fatalf("second run: exit %d\n%s", code, stderr)
	}
	docs := map[string][]any{}
	var articlesDropped []any
	for _, q := range s.Queries() {
		switch {
		case strings.Contains(q.Cypher, "NOT r.id IN d.ids"):
			for _, r := range q.Params["docs"].([]any) {
				row := r.(map[string]any)
				docs[row["doc"].(string)] = row["ids"].([]any)
			}
		case strings.Contains(q.Cypher, "MATCH (a:Article {doc: d.doc})"):
			for _, d := range q.Params["docs"].([]any) {
				articlesDropped = append(articlesDropped, d.(map[string]any)["doc"])
			}
		}
	}
	if len(docs) != 2 {
		t.Fatalf("reconciled documents %v, want keep.txt and gone.txt only", docs)
	}
	if ids := docs["gone.txt"]; len(ids) != 0 {
		t.Errorf("removed article keeps ids %v; all its edges must go", ids)
	}
	if len(docs["keep.txt"]) == 0 {
		t.Errorf("changed article reconciled with no ids: its current edges would be deleted")
	}
	if len(articlesDropped) != 1 || articlesDropped[0] != "gone.txt" {
		t.Errorf("Article nodes dropped %v, want [gone.txt]", articlesDropped)
	}
}
