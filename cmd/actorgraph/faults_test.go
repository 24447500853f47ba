package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/batch/lock"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/neo4j/bolttest"
)

// faultSlack is what a fault may take beyond its configured bound.
const faultSlack = 5 * time.Second

func isBatch(q bolttest.Query) bool { return q.Params["actors"] != nil }

// child runs the command in a child process and returns its exit code,
// output and how long it ran.
func child(t *testing.T, args ...string) (code int, stdout, stderr string, took time.Duration) {
	t.Helper()
	cmd := command(args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(90 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatalf("actorgraph %v still running after 90s: it hangs\n%s", args, errb.String())
	}
	took = time.Since(start)
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode()
	default:
		t.Fatal(err)
	}
	if strings.Contains(out.String()+errb.String(), testPassword) {
		t.Errorf("actorgraph %v printed the password", args)
	}
	return code, out.String(), errb.String(), took
}

// pendingEdges reads the pending edges of the one spool under stateDir,
// less those already committed.
func pendingEdges(t *testing.T, stateDir string) int {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(stateDir, "neo4j-pending", "*", "pending.jsonl"))
	if len(files) != 1 {
		return 0
	}
	edges, err := graph.ReadEdgesFile(context.Background(), files[0])
	if err != nil {
		t.Fatal(err)
	}
	done, _ := os.ReadFile(filepath.Join(filepath.Dir(files[0]), "committed.ids"))
	return len(edges) - strings.Count(string(done), "\n")
}

// committedOnce counts the distinct edge ids committed and fails the test
// when one was committed twice.
func committedOnce(t *testing.T, s *bolttest.Server) int {
	t.Helper()
	seen := map[any]int{}
	for _, tx := range s.Committed() {
		for _, q := range tx {
			rows, _ := q.Params["edges"].([]any)
			for _, r := range rows {
				seen[r.(map[string]any)["id"]]++
			}
		}
	}
	for id, n := range seen {
		if n > 1 {
			t.Errorf("edge %v committed %d times", id, n)
		}
	}
	return len(seen)
}

// cliFaults are the fault modes of the Bolt test server, what each must
// say and the bound (timeout or retry time) it must end within.
var cliFaults = []struct {
	name  string
	fault bolttest.Fault
	bound time.Duration
	want  string
}{
	{"hang after handshake", bolttest.Fault{Mode: bolttest.HangAfterHandshake}, 2 * time.Second,
		"connected, but the server did not answer within 2s"},
	{"hang mid-result", bolttest.Fault{Mode: bolttest.HangMidResult, Match: isBatch}, 2 * time.Second,
		"the server did not answer within 2s"},
	{"drop mid-result", bolttest.Fault{Mode: bolttest.DropMidResult, Match: isBatch}, time.Second,
		"lost the connection to the server: 3 attempts over"},
	{"slow responses", bolttest.Fault{Mode: bolttest.Slow, Delay: 3 * time.Second}, 2 * time.Second,
		"the server did not answer within 2s"},
	{"refuse a batch", bolttest.Fault{Mode: bolttest.Refuse, Match: isBatch,
		Failure: bolttest.Failure{Code: "Neo.ClientError.Statement.AccessMode", Message: "read-only database"}}, 0,
		"Neo.ClientError.Statement.AccessMode (read-only database)"},
	{"refuse a batch, transient", bolttest.Fault{Mode: bolttest.Refuse, Match: isBatch,
		Failure: bolttest.Failure{Code: "Neo.TransientError.General.DatabaseUnavailable", Message: "database unavailable"}}, time.Second,
		"the server answered with a transient error: 3 attempts over"},
}

// TestLoadFaultsOnBoltTestServer_RealNeo4jCannotFailOnDemand runs
// 'actorgraph load' in a child process against the Bolt test server in
// each of its fault modes — a real Neo4j cannot be made to hang, drop,
// slow down or refuse on demand. Each must exit 1 within its bound plus 5s
// with a message naming the address, what happened and the pending file,
// with every edge pending and the spool lock free; then a load against the
// healthy server sends each edge once.
func TestLoadFaultsOnBoltTestServer_RealNeo4jCannotFailOnDemand(t *testing.T) {
	for _, c := range cliFaults {
		t.Run(c.name, func(t *testing.T) {
			s := boltServer(t, nil)
			state := neo4jEnv(t, s.URI())
			s.SetFault(c.fault)
			code, _, stderr, took := child(t, "load", seedEdges, "--batch-size", "10", "--neo4j-timeout", "2s", "--neo4j-retry-time", "1s")
			t.Logf("%s: exit %d after %s", c.name, code, took.Round(10*time.Millisecond))
			if code != exitFailed {
				t.Fatalf("exit %d, want 1\n%s", code, stderr)
			}
			if took > c.bound+faultSlack {
				t.Errorf("took %s, want at most %s + %s", took, c.bound, faultSlack)
			}
			for _, w := range []string{s.URI(), c.want, "27 edges kept pending in " + state} {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if n := pendingEdges(t, state); n != 27 {
				t.Errorf("%d edges pending, want 27", n)
			}
			s.SetFault(bolttest.Fault{})
			s.Reset()
			if code, _, stderr, _ := child(t, "load", "--batch-size", "10"); code != exitOK {
				t.Fatalf("catch-up: exit %d\n%s", code, stderr)
			}
			if n := committedOnce(t, s); n != 27 {
				t.Errorf("catch-up committed %d edges, want 27", n)
			}
			if n := pendingEdges(t, state); n != 0 {
				t.Errorf("%d edges still pending after the catch-up", n)
			}
		})
	}
}

// TestRunFaultsOnBoltTestServer_RealNeo4jCannotFailOnDemand is the same for
// 'actorgraph run': exit 1 within the bound plus 5s, the output folder's
// lock released, the edges pending, and the next run (nothing changed in
// the input) loads them once.
func TestRunFaultsOnBoltTestServer_RealNeo4jCannotFailOnDemand(t *testing.T) {
	for _, c := range cliFaults {
		t.Run(c.name, func(t *testing.T) {
			s := boltServer(t, nil)
			state := neo4jEnv(t, s.URI())
			out := t.TempDir()
			s.SetFault(c.fault)
			code, stdout, stderr, took := child(t, "run", "testdata/articles", "--out", out, "--batch-size", "2", "--neo4j-timeout", "2s", "--neo4j-retry-time", "1s")
			t.Logf("%s: exit %d after %s", c.name, code, took.Round(10*time.Millisecond))
			if code != exitFailed {
				t.Fatalf("exit %d, want 1\n%s\n%s", code, stdout, stderr)
			}
			if took > c.bound+faultSlack {
				t.Errorf("took %s, want at most %s + %s", took, c.bound, faultSlack)
			}
			edges := strings.Count(outputs(t, out)["edges.jsonl"], "\n")
			for _, w := range []string{s.URI(), c.want, fmt.Sprintf("%d edges kept pending in %s", edges, state)} {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if !strings.Contains(stdout, "Neo4j: pending") {
				t.Errorf("summary does not say the edges are pending:\n%s", stdout)
			}
			lk, err := lock.Acquire(filepath.Join(out, stateDirName, "lock"))
			if err != nil {
				t.Fatalf("lock not released: %v", err)
			}
			lk.Release()
			if n := pendingEdges(t, state); n != edges || edges == 0 {
				t.Errorf("%d edges pending, want all %d", n, edges)
			}
			s.SetFault(bolttest.Fault{})
			s.Reset()
			code, stdout, stderr, _ = child(t, "run", "testdata/articles", "--out", out)
			if code != exitOK || !strings.Contains(stdout, "left pending by an earlier load") {
				t.Fatalf("catch-up: exit %d\n%s\n%s", code, stdout, stderr)
			}
			if n := committedOnce(t, s); n != edges {
				t.Errorf("catch-up committed %d edges, want %d", n, edges)
			}
			var metrics bool
			for _, tx := range s.Committed() {
				for _, q := range tx {
					metrics = metrics || q.Params["analysed_at"] != nil
				}
			}
			if !metrics {
				t.Error("the metrics the failed run owed were not written by the catch-up")
			}
		})
	}
}

// TestSIGTERMStopsAHungLoad sends SIGTERM to 'load' and 'run' hung on the
// Bolt test server (a real Neo4j cannot hang on demand) with a timeout of
// a minute: each must exit 1 within 5s, saying it was interrupted, with
// the edges pending and the lock released.
func TestSIGTERMStopsAHungLoadOnBoltTestServer(t *testing.T) {
	for _, sub := range []string{"load", "run"} {
		t.Run(sub, func(t *testing.T) {
			s := boltServer(t, nil)
			state := neo4jEnv(t, s.URI())
			s.SetFault(bolttest.Fault{Mode: bolttest.HangMidResult, Match: isBatch})
			out := t.TempDir()
			args := []string{"load", seedEdges}
			if sub == "run" {
				args = []string{"run", "testdata/articles", "--out", out}
			}
			cmd := command(append(args, "--neo4j-timeout", "1m")...)
			var errb syncBuffer
			cmd.Stderr = &errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(30 * time.Second)
			for s.Faulted() == 0 && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			if s.Faulted() == 0 {
				cmd.Process.Kill()
				t.Fatal("the load never reached the hung server")
			}
			start := time.Now()
			cmd.Process.Signal(syscall.SIGTERM)
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			var err error
			select {
			case err = <-done:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 30s after SIGTERM\n%s", errb.String())
			}
			took := time.Since(start)
			t.Logf("%s: exited %v after SIGTERM: %v", sub, took.Round(10*time.Millisecond), err)
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitFailed {
				t.Errorf("exit %v, want 1", err)
			}
			if took > faultSlack {
				t.Errorf("took %s after SIGTERM, want at most %s", took, faultSlack)
			}
			for _, l := range strings.Split(errb.String(), "\n") {
				if strings.HasPrefix(l, "actorgraph:") {
					t.Log(l)
				}
			}
			if !strings.Contains(errb.String(), "interrupted") || !strings.Contains(errb.String(), "kept pending") {
				t.Errorf("stderr:\n%s", errb.String())
			}
			if pendingEdges(t, state) == 0 {
				t.Error("no edges pending after the interrupted load")
			}
			if sub == "run" {
				lk, err := lock.Acquire(filepath.Join(out, stateDirName, "lock"))
				if err != nil {
					t.Fatalf("lock not released: %v", err)
				}
				lk.Release()
			}
		})
	}
}
