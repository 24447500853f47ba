package neo4j_test

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/neo4j"
	"github.com/actorgraph/actorgraph/neo4j/bolttest"
)

// slack is what a fault may take beyond its configured bound.
const slack = 5 * time.Second

func isBatch(q bolttest.Query) bool { return q.Params["actors"] != nil }

// TestFaultsOnBoltTestServer_RealNeo4jCannotFailOnDemand drives the store,
// through the real driver, into each fault mode of the Bolt test server: a
// real Neo4j cannot be made to hang after the handshake, hang or drop in the
// middle of a result, slow down or refuse a batch on demand, so these
// faults are tested here and not in the integration suite. Each must end in
// an error within its bound (the timeout for a silent server, the retry time
// for a lost connection or a transient refusal) plus 5s, naming the address
// and what happened, with the edges not committed still pending.
func TestFaultsOnBoltTestServer_RealNeo4jCannotFailOnDemand(t *testing.T) {
	const timeout, retry = 2 * time.Second, 1500 * time.Millisecond
	for _, c := range []struct {
		name  string
		fault bolttest.Fault
		open  bool          // the fault shows from the first connection
		bound time.Duration // the configured bound it must end within (plus slack)
		want  []string      // in the error
		min   time.Duration // it must not give up before this
		ok    bool          // the load succeeds despite the fault
	}{
		{name: "hang after handshake", open: true, bound: timeout,
			fault: bolttest.Fault{Mode: bolttest.HangAfterHandshake},
			want:  []string{"connected, but the server did not answer within 2s"}},
		{name: "hang mid-result", bound: timeout, min: timeout,
			fault: bolttest.Fault{Mode: bolttest.HangMidResult, Match: isBatch},
			want:  []string{"load batch 1 (edges 1-10 of 27)", "the server did not answer within 2s"}},
		{name: "drop mid-result", bound: max(retry, timeout), min: retry / 3,
			fault: bolttest.Fault{Mode: bolttest.DropMidResult, Match: isBatch},
			want:  []string{"lost the connection to the server", "attempts over", "a next one would start after the retry time of 1.5s"}},
		{name: "slow responses within the timeout", ok: true, bound: timeout,
			fault: bolttest.Fault{Mode: bolttest.Slow, Delay: 20 * time.Millisecond}},
		{name: "slow responses beyond the timeout", bound: timeout, min: timeout,
			fault: bolttest.Fault{Mode: bolttest.Slow, Delay: 3 * time.Second},
			want:  []string{"server did not answer within 2s"}},
		{name: "refuse a batch (read-only)", bound: 0,
			fault: bolttest.Fault{Mode: bolttest.Refuse, Match: isBatch, Failure: bolttest.Failure{Code: "Neo.ClientError.Statement.AccessMode", Message: "read-only database"}},
			want:  []string{"AccessMode", "read-only database"}},
		{name: "refuse a batch (transient)", bound: max(retry, timeout), min: retry / 3,
			fault: bolttest.Fault{Mode: bolttest.Refuse, Match: isBatch, Failure: bolttest.Failure{Code: "Neo.TransientError.General.DatabaseUnavailable", Message: "database unavailable"}},
			want:  []string{"the server answered with a transient error", "attempts over", "DatabaseUnavailable"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			opt := bolttest.Options{}
			if c.open {
				opt.Fault = c.fault
			}
			s := server(t, opt)
			spool := t.TempDir()
			cfg := neo4j.Config{URI: s.URI(), Password: password, BatchSize: 10, Timeout: timeout, RetryTime: retry}
			if !c.open {
				// The first connection is healthy (schema created), then the fault shows.
				st, err := neo4j.Open(ctx, cfg, nil)
				if err != nil {
					t.Fatal(err)
				}
				st.Close(ctx)
				s.SetFault(c.fault)
			}
			edges := seeds(t)
			start := time.Now()
			sent, err := neo4j.Send(ctx, cfg, spool, neo4j.Job{Edges: edges}, nil)
			took := time.Since(start)
			t.Logf("%s: ended after %s: %v", c.name, took.Round(10*time.Millisecond), err)
			// A load that succeeds has no fault to end within: its time is
			// the machine's, not a bound (it flaked at 7.15 s under load).
			if !c.ok && took > c.bound+slack {
				t.Errorf("took %s, want at most %s + %s", took, c.bound, slack)
			}
			if took < c.min {
				t.Errorf("gave up after %s, before its bound %s", took, c.min)
			}
			if s.Faulted() == 0 {
				t.Fatal("the fault never showed; the test proves nothing")
			}
			if c.ok {
				if err != nil || sent.Stats.Edges != len(edges) {
					t.Fatalf("slow but in time: %v, %d edges", err, sent.Stats.Edges)
				}
				return
			}
			var pe *neo4j.PendingError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a PendingError", err)
			}
			for _, w := range append([]string{s.URI(), "edges kept pending in " + pe.Path}, c.want...) {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
			if pe.Pending != len(edges) {
				t.Errorf("%d edges pending, want all %d", pe.Pending, len(edges))
			}
			// The server recovers: the next Send catches up, each edge once.
			s.SetFault(bolttest.Fault{})
			s.Reset()
			sent, err = neo4j.Send(ctx, cfg, spool, neo4j.Job{}, nil)
			if err != nil || sent.Earlier != len(edges) || edgeIDs(s) != len(edges) {
				t.Fatalf("catch-up: %v; %d earlier, %d committed, want %d", err, sent.Earlier, edgeIDs(s), len(edges))
			}
		})
	}
}

// edgeIDs counts the distinct edge ids committed, failing on none.
func edgeIDs(s *bolttest.Server) int {
	seen := map[any]bool{}
	for _, tx := range s.Committed() {
		for _, q := range tx {
			rows, _ := q.Params["edges"].([]any)
			for _, r := range rows {
				seen[r.(map[string]any)["id"]] = true
			}
		}
	}
	return len(seen)
}

// TestCancelStopsAHungLoad: a load hung on a silent server, with a long
// timeout, stops as soon as its context is cancelled (what SIGTERM does),
// through the Bolt test server (a real Neo4j cannot hang on demand).
func TestCancelStopsAHungLoadOnBoltTestServer(t *testing.T) {
	s := server(t, bolttest.Options{})
	cfg := neo4j.Config{URI: s.URI(), Password: password, BatchSize: 10, Timeout: time.Minute, RetryTime: time.Minute}
	s.SetFault(bolttest.Fault{Mode: bolttest.HangMidResult, Match: isBatch})
	ctx, cancel := context.WithCancelCause(context.Background())
	time.AfterFunc(500*time.Millisecond, func() { cancel(errors.New("terminated")) })
	start := time.Now()
	_, err := neo4j.Send(ctx, cfg, t.TempDir(), neo4j.Job{Edges: seeds(t)}, nil)
	took := time.Since(start)
	if err == nil || !strings.Contains(err.Error(), "interrupted (terminated)") || !strings.Contains(err.Error(), "kept pending") {
		t.Fatalf("err = %v, want an interruption with the edges pending", err)
	}
	if took > 3*time.Second {
		t.Errorf("cancelled after 0.5s, returned after %s", took)
	}
}

// TestLoadTimeoutBoundsTheWholeLoad: slow answers that each come in time
// still end at the deadline of the whole load (Bolt test server: Neo4j
// cannot be slowed on demand).
func TestLoadTimeoutBoundsTheWholeLoadOnBoltTestServer(t *testing.T) {
	s := server(t, bolttest.Options{})
	cfg := neo4j.Config{URI: s.URI(), Password: password, BatchSize: 1, Timeout: 5 * time.Second, LoadTimeout: 2 * time.Second}
	s.SetFault(bolttest.Fault{Mode: bolttest.Slow, Delay: 100 * time.Millisecond})
	start := time.Now()
	_, err := neo4j.Send(context.Background(), cfg, t.TempDir(), neo4j.Job{Edges: seeds(t)}, nil)
	if err == nil || !strings.Contains(err.Error(), "the whole Neo4j load took longer than its limit of 2s") {
		t.Fatalf("err = %v, want the load deadline", err)
	}
	if took := time.Since(start); took > 2*time.Second+slack {
		t.Errorf("took %s", took)
	}
}

// TestShortPasswordDoesNotMangleMessages: with a one- or two-character
// password, errors read as written (no "connection ***").
func TestShortPasswordDoesNotMangleMessages(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	for _, pw := range []string{"e", "on", "ce"} {
		_, err := neo4j.Open(context.Background(), neo4j.Config{URI: "bolt://neo4j:" + pw + "@" + addr, Timeout: time.Second}, nil)
		if err == nil {
			t.Fatal("Open of a closed port succeeded")
		}
		msg := err.Error()
		if strings.Contains(msg, "***") || !strings.Contains(msg, "connection refused (is Neo4j running") || strings.Contains(msg, ":"+pw+"@") {
			t.Errorf("password %q: %s", pw, msg)
		}
	}
}
