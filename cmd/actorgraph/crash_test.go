package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/actorgraph/actorgraph/batch/corpus"
	"github.com/actorgraph/actorgraph/batch/state"
	"github.com/actorgraph/actorgraph/neo4j/bolttest"
)

// graphModel is what a Neo4j would hold after the statements a Bolt test
// server committed, replayed in commit order: the test server stores
// nothing, so this reads actorgraph's own MERGE, DELETE and SET statements
// (their parameters) back into edges, articles, actors and metrics.
type graphModel struct {
	Edges    map[string]string // id -> "TYPE doc source->target"
	Articles map[string]bool
	Actors   map[string]string         // key -> "kind country"
	Metrics  map[string]map[string]any // key -> metric -> value, analysed_at left out
	Tiers    map[string]string         // key -> High or Mid
}

var (
	mergedType  = regexp.MustCompile(`MERGE \(s\)-\[r:([A-Z_]+) \{id: row\.id\}\]`)
	droppedType = regexp.MustCompile(`MATCH \(\)-\[r:([A-Z_]+)\]->\(\) WHERE r\.doc = d\.doc AND NOT r\.id IN d\.ids`)
)

func modelOf(t *testing.T, s *bolttest.Server) graphModel {
	t.Helper()
	m := graphModel{Edges: map[string]string{}, Articles: map[string]bool{}, Actors: map[string]string{},
		Metrics: map[string]map[string]any{}, Tiers: map[string]string{}}
	rows := func(q bolttest.Query, key string) []map[string]any {
		var out []map[string]any
		list, _ := q.Params[key].([]any)
		for _, r := range list {
			if row, ok := r.(map[string]any); ok {
				out = append(out, row)
			}
		}
		return out
	}
	for _, tx := range s.Committed() {
		for _, q := range tx {
			switch {
			case mergedType.MatchString(q.Cypher):
				typ := mergedType.FindStringSubmatch(q.Cypher)[1]
				for _, r := range rows(q, "edges") {
					id := r["id"].(string)
					if _, ok := m.Edges[id]; !ok { // properties are set ON CREATE
						m.Edges[id] = fmt.Sprintf("%s %v %v->%v", typ, r["doc"], r["source"], r["target"])
					}
				}
			case strings.HasPrefix(q.Cypher, "UNWIND $articles"):
				for _, r := range rows(q, "articles") {
					m.Articles[r["doc"].(string)] = true
				}
			case strings.HasPrefix(q.Cypher, "UNWIND $actors AS row\nMERGE"):
				for _, r := range rows(q, "actors") {
					m.Actors[r["key"].(string)] = fmt.Sprintf("%v %v", r["kind"], r["country"])
				}
			case droppedType.MatchString(q.Cypher):
				typ := droppedType.FindStringSubmatch(q.Cypher)[1]
				for _, r := range rows(q, "docs") {
					keep := map[any]bool{}
					for _, id := range r["ids"].([]any) {
						keep[id] = true
					}
					for id, e := range m.Edges {
						f := strings.Fields(e)
						if f[0] == typ && f[1] == r["doc"] && !keep[id] {
							delete(m.Edges, id)
						}
					}
				}
			case strings.Contains(q.Cypher, "MATCH (a:Article {doc: d.doc})"):
				for _, d := range q.Params["docs"].([]any) {
					delete(m.Articles, d.(map[string]any)["doc"].(string))
				}
			case strings.HasPrefix(q.Cypher, "UNWIND $rows"):
				for _, r := range rows(q, "rows") {
					k := r["key"].(string)
					if m.Metrics[k] == nil {
						m.Metrics[k] = map[string]any{}
					}
					for p, v := range r["props"].(map[string]any) {
						m.Metrics[k][p] = v
					}
				}
			case strings.HasPrefix(q.Cypher, "MATCH (a:Actor) WHERE a:HighBetweenness"):
				m.Tiers = map[string]string{}
			case strings.Contains(q.Cypher, "SET a:HighBetweenness"), strings.Contains(q.Cypher, "SET a:MidBetweenness"):
				tier := "High"
				if strings.Contains(q.Cypher, "MidBetweenness") {
					tier = "Mid"
				}
				for _, k := range q.Params["keys"].([]any) {
					m.Tiers[k.(string)] = tier
				}
			}
		}
	}
	return m
}

// diff says how two models differ (metrics compared to a relative 1e-6:
// the analysis is not bit-for-bit reproducible), or "" when they do not.
func (m graphModel) diff(o graphModel) string {
	var d []string
	for id, e := range m.Edges {
		if o.Edges[id] != e {
			d = append(d, fmt.Sprintf("edge %s %s: %q", id, e, o.Edges[id]))
		}
	}
	for id, e := range o.Edges {
		if _, ok := m.Edges[id]; !ok {
			d = append(d, fmt.Sprintf("edge %s: missing, the other has %s", id, e))
		}
	}
	for a := range m.Articles {
		if !o.Articles[a] {
			d = append(d, "article "+a+": only in the first")
		}
	}
	for a := range o.Articles {
		if !m.Articles[a] {
			d = append(d, "article "+a+": only in the second")
		}
	}
	if fmt.Sprint(m.Actors) != fmt.Sprint(o.Actors) {
		d = append(d, "actors differ")
	}
	if len(m.Metrics) != len(o.Metrics) || len(m.Metrics) == 0 {
		d = append(d, fmt.Sprintf("metrics on %d vs %d actors", len(m.Metrics), len(o.Metrics)))
	}
	for k, ps := range m.Metrics {
		for p, v := range ps {
			a, b := num(v), num(o.Metrics[k][p])
			if math.IsNaN(b) || math.Abs(a-b) > 1e-6*math.Max(math.Abs(a), 1e-9) {
				d = append(d, fmt.Sprintf("metric %s.%s: %v vs %v", k, p, v, o.Metrics[k][p]))
			}
		}
	}
	sort.Strings(d)
	return strings.Join(d, "\n")
}

func num(v any) float64 {
	switch x := v.(type) {
	case int64:
		return float64(x)
	case float64:
		return x
	}
	return math.NaN()
}

// stateOf is a store's articles (doc and content hash) and edges, as JSON.
func stateOf(t *testing.T, out string) string {
	t.Helper()
	st, err := state.Open(filepath.Join(out, stateDirName))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	edges, err := st.Edges()
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(edges, func(i, j int) bool { return edges[i].ID < edges[j].ID })
	b, _ := json.Marshal(struct {
		Hashes map[string]string
		Edges  any
	}{st.Hashes(), edges})
	return string(b)
}

// TestRunKilledAtEachStageOnBoltTestServer kills 'run' with SIGKILL at each
// stage boundary — after reading, after extracting, after saving its
// state, during the Neo4j load (after its first batch), during the
// reconcile (after its first statement) — on the run that follows a change
// (one article edited, one removed, one added), then runs again. The
// outputs, the state and the Neo4j contents must equal those of runs never
// interrupted. Neo4j is the Bolt test server (a real one cannot be told to
// stand still while a process is killed mid-load, and this runs without
// one); its contents are the committed statements replayed (graphModel).
// The stage is chosen with ACTORGRAPH_TEST_CRASH_AT, a test-only variable.
func TestRunKilledAtEachStageOnBoltTestServer(t *testing.T) {
	t.Setenv("ACTORGRAPH_STATE_DIR", "") // the spool lives in OUT/.actorgraph
	t.Setenv("NEO4J_PASSWORD", testPassword)
	t.Setenv("NEO4J_PASSWORD_FILE", "")
	t.Setenv("NEO4J_USERNAME", "neo4j")
	t.Setenv("NEO4J_URI", "")
	version := func(in string, v int) {
		t.Helper()
		if v == 1 {
			if _, err := corpus.Write(in, 7, 20, 4); err != nil {
				t.Fatal(err)
			}
			return
		}
		dir := filepath.Join(in, "000")
		must := func(err error) {
			if err != nil {
				t.Fatal(err)
			}
		}
		must(os.WriteFile(filepath.Join(dir, "article-000003.txt"), []byte(corpus.Article(8, 3, 4)), 0o644))
		must(os.Remove(filepath.Join(dir, "article-000005.txt")))
		must(os.WriteFile(filepath.Join(dir, "article-000020.txt"), []byte(corpus.Article(7, 20, 4)), 0o644))
	}
	run := func(s *bolttest.Server, in, out string) {
		t.Helper()
		if code, stdout, stderr := cli(t, "run", in, "--out", out, "--neo4j-uri", s.URI(), "--batch-size", "5"); code != exitOK {
			t.Fatalf("run: exit %d\n%s\n%s", code, stdout, stderr)
		}
	}
	// The uninterrupted runs.
	clean := boltServer(t, nil)
	cleanIn, cleanOut := t.TempDir(), t.TempDir()
	version(cleanIn, 1)
	run(clean, cleanIn, cleanOut)
	version(cleanIn, 2)
	run(clean, cleanIn, cleanOut)
	want := modelOf(t, clean)
	if len(want.Edges) < 20 {
		t.Fatalf("only %d edges in the clean graph; the test proves little", len(want.Edges))
	}

	for _, stage := range []string{"read", "extracted", "saved", "neo4j-load", "neo4j-reconcile"} {
		t.Run(stage, func(t *testing.T) {
			s := boltServer(t, nil)
			in, out := t.TempDir(), t.TempDir()
			version(in, 1)
			run(s, in, out)
			version(in, 2)
			cmd := command("run", in, "--out", out, "--neo4j-uri", s.URI(), "--batch-size", "5", "-q")
			cmd.Env = append(cmd.Env, "ACTORGRAPH_TEST_CRASH_AT="+stage)
			var stderr syncBuffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || !ee.ProcessState.Sys().(syscall.WaitStatus).Signaled() {
				t.Fatalf("the run was not killed at %s: %v\n%s", stage, err, stderr.String())
			}
			run(s, in, out)
			equalOutputs(t, "killed at "+stage, outputs(t, out), outputs(t, cleanOut))
			if got, want := stateOf(t, out), stateOf(t, cleanOut); got != want {
				t.Errorf("state after a kill at %s differs from the uninterrupted run's", stage)
			}
			d := modelOf(t, s).diff(want)
			if d != "" {
				t.Errorf("Neo4j after a kill at %s differs from the uninterrupted runs':\n%s", stage, d)
			}
		})
	}
}
