package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/neo4j/bolttest"
)

// refuseEdges is a Bolt handler whose server refuses every batch of edges,
// as a read-only replica does: a load to it fails with its edges pending.
func refuseEdges(q bolttest.Query) bolttest.Result {
	if q.Params["edges"] != nil {
		return bolttest.Result{Failure: &bolttest.Failure{Code: "Neo.ClientError.Security.Forbidden", Message: "read-only replica"}}
	}
	return bolttest.Result{}
}

// TestRunToANewAddressSendsEverything: whatever happened to the load to a
// first address A (it failed, or it succeeded), a run with nothing changed
// pointed at a second address B sends B every edge; when B refuses them,
// the message counts them pending (never "every edge is loaded"), and the
// next run to B sends them. Server state is kept per address.
func TestRunToANewAddressSendsEverything(t *testing.T) {
	for _, tc := range []struct {
		name  string
		aUp   bool // the load to A succeeds
		bDown bool // B refuses the first load
	}{
		{"A failed, B up", false, false},
		{"A loaded, B up", true, false},
		{"A failed, B refuses then accepts", false, true},
		{"A loaded, B refuses then accepts", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := t.TempDir()
			a, b := boltServer(t, nil), boltServer(t, nil)
			if !tc.aUp {
				a.SetHandler(refuseEdges)
			}
			neo4jEnv(t, a.URI())
			t.Setenv("ACTORGRAPH_STATE_DIR", "") // the spool beside the state, as by default
			code, _, stderr := cli(t, "run", "testdata/articles", "--out", out, "--neo4j-retry-time", "1s")
			if want := map[bool]int{true: exitOK, false: exitFailed}[tc.aUp]; code != want {
				t.Fatalf("run to A: exit %d, want %d\n%s", code, want, stderr)
			}
			edges := strings.Count(outputs(t, out)["edges.jsonl"], "\n")
			if edges == 0 {
				t.Fatal("no edges written")
			}

			if tc.bDown {
				b.SetHandler(refuseEdges)
			}
			code, stdout, stderr := cli(t, "run", "testdata/articles", "--out", out, "--neo4j-uri", b.URI(), "--neo4j-retry-time", "1s")
			if !strings.Contains(stdout, "0 new, 0 changed") {
				t.Fatalf("run to B changed something:\n%s", stdout)
			}
			if strings.Contains(stderr, "every edge is loaded") {
				t.Errorf("run to B says every edge is loaded:\n%s", stderr)
			}
			if tc.bDown {
				want := fmt.Sprintf("%d edges kept pending in %s", edges, filepath.Join(out, stateDirName, "neo4j-pending"))
				if code != exitFailed || !strings.Contains(stderr, want) || edgeRows(b) != 0 {
					t.Fatalf("run to B refused: exit %d, %d edges committed; want exit 1 and %q\n%s", code, edgeRows(b), want, stderr)
				}
				b.SetHandler(nil)
				code, stdout, stderr = cli(t, "run", "testdata/articles", "--out", out, "--neo4j-uri", b.URI())
			}
			if code != exitOK || edgeRows(b) != edges {
				t.Fatalf("run to B: exit %d, %d of %d edges committed to B\n%s\n%s", code, edgeRows(b), edges, stdout, stderr)
			}
			if !tc.bDown && !strings.Contains(stdout, fmt.Sprintf("Neo4j: loaded %d edges", edges)) {
				t.Errorf("summary does not say B was loaded:\n%s", stdout)
			}
			// Handed now: the next run to B sends nothing new.
			b.Reset()
			if code, stdout, _ := cli(t, "run", "testdata/articles", "--out", out, "--neo4j-uri", b.URI()); code != exitOK || edgeRows(b) != 0 || !strings.Contains(stdout, "Neo4j: up to date") {
				t.Errorf("second run to B: exit %d, %d edges sent again\n%s", code, edgeRows(b), stdout)
			}
		})
	}
}

// TestRunWithoutNeo4jNamesOwedEdges: a run without Neo4j says which server
// its spool folders still owe edges, and the command that sends them; it
// still exits 0. A server loaded with the current edges is owed nothing; one
// loaded before the edges changed is owed the current ones, by a run.
func TestRunWithoutNeo4jNamesOwedEdges(t *testing.T) {
	for _, tc := range []struct {
		name   string
		loaded bool   // the load to the server succeeded
		edit   bool   // an article changes before the run without Neo4j
		want   string // in the summary after the server's address; "" for nothing owed
		how    string
	}{
		{"failed load", false, false, "pending edges", "'actorgraph load --state-dir "},
		{"loaded", true, false, "", ""},
		{"loaded, then the edges changed", true, true, "never handed to it", "this run again with --neo4j-uri "},
		{"failed load, then the edges changed", false, true, "pending edges", "this run again with --neo4j-uri "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, out := t.TempDir(), t.TempDir()
			os.WriteFile(filepath.Join(in, "a.txt"), []byte("Iran warned Israel. The United Nations urged Iran to stop."), 0o644)
			s := boltServer(t, nil)
			if !tc.loaded {
				s.SetHandler(refuseEdges)
			}
			state := neo4jEnv(t, s.URI())
			if code, _, stderr := cli(t, "run", in, "--out", out, "--neo4j-retry-time", "1s"); (code == exitOK) != tc.loaded {
				t.Fatalf("run with Neo4j: exit %d\n%s", code, stderr)
			}
			if tc.edit {
				os.WriteFile(filepath.Join(in, "b.txt"), []byte("Russia attacked Ukraine. France condemned Russia."), 0o644)
			}
			t.Setenv("NEO4J_URI", "")
			code, stdout, stderr := cli(t, "run", in, "--out", out)
			if code != exitOK {
				t.Fatalf("run without Neo4j: exit %d\n%s", code, stderr)
			}
			if tc.want == "" {
				if !strings.Contains(stdout, "Neo4j: not configured\n") || strings.Contains(stderr, "still owed") {
					t.Errorf("nothing is owed, but:\n%s\n%s", stdout, stderr)
				}
				return
			}
			line := ""
			for _, l := range strings.Split(stdout, "\n") {
				if strings.HasPrefix(l, "Neo4j: ") {
					line = l
				}
			}
			for _, w := range []string{"not configured, but " + s.URI() + " is still owed", tc.want, tc.how, s.URI(), filepath.Join(state, "neo4j-pending")} {
				if !strings.Contains(line, w) {
					t.Errorf("summary line lacks %q:\n%s", w, line)
				}
			}
			if !strings.Contains(stderr, "Neo4j is not configured, but a server is still owed work") {
				t.Errorf("no warning logged:\n%s", stderr)
			}
		})
	}
}

// TestRemovalReachesEveryServer: an article removed while a run told one
// server (or none) is still dropped from every other server this folder
// has loaded, when the next run points at it.
func TestRemovalReachesEveryServer(t *testing.T) {
	for _, tc := range []struct {
		name string
		tell string // the server told of the removal: "A" or "" (a run without Neo4j)
	}{
		{"removal told to A", "A"},
		{"removal told to none", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, out := t.TempDir(), t.TempDir()
			os.WriteFile(filepath.Join(in, "a.txt"), []byte("Iran warned Israel."), 0o644)
			os.WriteFile(filepath.Join(in, "b.txt"), []byte("The United Nations urged Iran to stop."), 0o644)
			a, b := boltServer(t, nil), boltServer(t, nil)
			neo4jEnv(t, a.URI())
			t.Setenv("ACTORGRAPH_STATE_DIR", "")
			for _, s := range []*bolttest.Server{a, b} {
				if code, _, stderr := cli(t, "run", in, "--out", out, "--neo4j-uri", s.URI()); code != exitOK {
					t.Fatalf("first load: exit %d\n%s", code, stderr)
				}
			}
			if m := modelOf(t, b); !m.Articles["b.txt"] {
				t.Fatalf("B never got b.txt: %v", m.Articles)
			}
			os.Remove(filepath.Join(in, "b.txt"))
			args := []string{"run", in, "--out", out}
			if tc.tell == "A" {
				args = append(args, "--neo4j-uri", a.URI())
			} else {
				t.Setenv("NEO4J_URI", "")
			}
			if code, stdout, stderr := cli(t, args...); code != exitOK || !strings.Contains(stdout, "1 removed") {
				t.Fatalf("removal run: exit %d\n%s\n%s", code, stdout, stderr)
			}
			if code, _, stderr := cli(t, "run", in, "--out", out, "--neo4j-uri", b.URI()); code != exitOK {
				t.Fatalf("run to B: exit %d\n%s", code, stderr)
			}
			m := modelOf(t, b)
			if m.Articles["b.txt"] || !m.Articles["a.txt"] {
				t.Errorf("B's articles after the removal: %v, want a.txt only", m.Articles)
			}
			for id, e := range m.Edges {
				if strings.Contains(e, "b.txt") {
					t.Errorf("B keeps edge %s of the removed article: %s", id, e)
				}
			}
		})
	}
}
