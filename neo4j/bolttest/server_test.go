package bolttest_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/neo4j/bolttest"
)

func start(t *testing.T, opt bolttest.Options) *bolttest.Server {
	t.Helper()
	s, err := bolttest.Start(opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func driverFor(t *testing.T, uri, user, pass string) neo4j.DriverWithContext {
	t.Helper()
	d, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(user, pass, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return d
}

// TestDriverTalksToServer runs a managed write transaction and a query
// returning records through the real driver, at every Bolt 5 minor version
// and over both bolt:// and routing neo4j:// URIs.
func TestDriverTalksToServer(t *testing.T) {
	for _, c := range []struct {
		name     string
		minor    int
		scheme   string
		manifest bool
	}{
		{"5.0 bolt", 0, "bolt", false}, {"5.4 bolt", 4, "bolt", false}, {"5.8 bolt", 8, "bolt", false},
		{"5.8 neo4j", 8, "neo4j", false}, {"5.6 manifest", 6, "bolt", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			s := start(t, bolttest.Options{Username: "neo4j", Password: "pw", MaxVersion: fmt.Sprintf("5.%d", c.minor), Manifest: c.manifest,
				Handler: func(q bolttest.Query) bolttest.Result {
					if strings.HasPrefix(q.Cypher, "RETURN") {
						return bolttest.Result{Keys: []string{"x", "y"}, Records: [][]any{{1, "a"}, {2, nil}, {3, []any{1.5}}}}
					}
					return bolttest.Result{Stats: map[string]any{"nodes-created": 2}}
				}})
			d := driverFor(t, c.scheme+"://"+s.Addr(), "neo4j", "pw")
			sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j"})
			defer sess.Close(ctx)
			sum, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (neo4j.ResultSummary, error) {
				r, err := tx.Run(ctx, "CREATE (:A {x: $x}), (:A)", map[string]any{"x": "v"})
				if err != nil {
					return nil, err
				}
				return r.Consume(ctx)
			})
			if err != nil {
				t.Fatalf("ExecuteWrite: %v", err)
			}
			if got := sum.Counters().NodesCreated(); got != 2 {
				t.Errorf("NodesCreated = %d, want 2", got)
			}
			recs, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
				r, err := tx.Run(ctx, "RETURN 1", nil)
				if err != nil {
					return nil, err
				}
				return r.Collect(ctx)
			})
			if err != nil {
				t.Fatalf("ExecuteRead: %v", err)
			}
			if len(recs) != 3 || recs[0].Values[0] != int64(1) || recs[0].Values[1] != "a" || recs[1].Values[1] != nil {
				t.Errorf("records = %v", recs)
			}
			if v := s.Versions(); len(v) == 0 || v[0] != fmt.Sprintf("5.%d", c.minor) {
				t.Errorf("negotiated %v, want 5.%d", v, c.minor)
			}
			if got := s.Committed(); len(got) != 2 || got[0][0].Params["x"] != "v" || got[0][0].Meta["db"] != "neo4j" {
				t.Errorf("committed = %+v", got)
			}
		})
	}
}

func TestAuthFailure(t *testing.T) {
	for _, v := range []string{"5.0", "5.8"} {
		s := start(t, bolttest.Options{Username: "neo4j", Password: "right", MaxVersion: v})
		d := driverFor(t, s.URI(), "neo4j", "wrong")
		err := d.VerifyConnectivity(context.Background())
		if err == nil || !strings.Contains(err.Error(), "Unauthorized") {
			t.Errorf("Bolt %s: VerifyConnectivity with a wrong password = %v, want Unauthorized", v, err)
		}
	}
}

// TestFailureThenIgnored checks the Bolt failure state: a failed RUN's PULL
// is IGNORED, the transaction rolls back and RESET makes the connection
// usable again.
func TestFailureThenIgnored(t *testing.T) {
	ctx := context.Background()
	s := start(t, bolttest.Options{Handler: func(q bolttest.Query) bolttest.Result {
		if q.Cypher == "BAD" {
			return bolttest.Result{Failure: &bolttest.Failure{Code: "Neo.ClientError.Statement.SyntaxError", Message: "bad"}}
		}
		return bolttest.Result{}
	}})
	d := driverFor(t, s.URI(), "u", "p")
	sess := d.NewSession(ctx, neo4j.SessionConfig{})
	defer sess.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
		if _, err := tx.Run(ctx, "OK", nil); err != nil {
			return nil, err
		}
		r, err := tx.Run(ctx, "BAD", nil)
		if err != nil {
			return nil, err
		}
		return r.Consume(ctx)
	})
	if err == nil || !strings.Contains(err.Error(), "SyntaxError") {
		t.Fatalf("err = %v, want the SyntaxError", err)
	}
	if len(s.Committed()) != 0 || len(s.RolledBack()) != 1 {
		t.Errorf("committed %d, rolled back %d; want 0, 1", len(s.Committed()), len(s.RolledBack()))
	}
	if _, err := sess.Run(ctx, "OK", nil); err != nil {
		t.Errorf("after the failure: %v", err)
	}
}

// TestGraphValuesAndPaging returns nodes, relationships, paths and dates to
// the driver, more records than its fetch size (PULL with has_more), and
// checks DISCARD of an unread result.
func TestGraphValuesAndPaging(t *testing.T) {
	ctx := context.Background()
	biden := bolttest.Node(1, []string{"Actor", "Person"}, map[string]any{"name": "Joe Biden"})
	iran := bolttest.Node(2, []string{"Actor", "State"}, map[string]any{"name": "Iran"})
	israel := bolttest.Node(3, []string{"Actor", "State"}, map[string]any{"name": "Israel"})
	urged := bolttest.Relationship(10, 1, 2, "URGED", map[string]any{"sentence": "s"})
	attacked := bolttest.Relationship(11, 3, 2, "ATTACKED", nil)
	path := bolttest.Path([]bolttest.Struct{biden, iran, israel}, []bolttest.Struct{urged, attacked})
	var recs [][]any
	for i := range 5 {
		recs = append(recs, []any{path, urged, bolttest.Date(time.Date(2024, 10, 1+i, 0, 0, 0, 0, time.UTC))})
	}
	s := start(t, bolttest.Options{Handler: func(bolttest.Query) bolttest.Result {
		return bolttest.Result{Keys: []string{"p", "r", "d"}, Records: recs}
	}})
	d := driverFor(t, s.URI(), "u", "p")
	sess := d.NewSession(ctx, neo4j.SessionConfig{FetchSize: 2})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH p RETURN p", nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := res.Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 {
		t.Fatalf("%d records through PULL n=2, want 5", len(got))
	}
	p := got[0].Values[0].(neo4j.Path)
	if len(p.Nodes) != 3 || len(p.Relationships) != 2 || p.Relationships[1].Type != "ATTACKED" ||
		p.Relationships[1].StartElementId != "3" || p.Nodes[0].Props["name"] != "Joe Biden" {
		t.Errorf("path = %+v", p)
	}
	if r := got[0].Values[1].(neo4j.Relationship); r.Type != "URGED" || r.StartElementId != "1" {
		t.Errorf("relationship = %+v", r)
	}
	if d := got[4].Values[2].(neo4j.Date); d.Time().Format(time.DateOnly) != "2024-10-05" {
		t.Errorf("date = %v", d.Time())
	}
	// Consume without reading: the driver DISCARDs the rest.
	res, err = sess.Run(ctx, "MATCH p RETURN p", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := res.Consume(ctx); err != nil {
		t.Fatalf("Consume (DISCARD): %v", err)
	}
}

// TestFaultModes_RealNeo4jCannotFailOnDemand checks each fault mode through the real driver: the
// misbehaviour a real Neo4j cannot be made to show on demand, and that
// SetFault ends it (hanging connections are closed, new ones are healthy).
func TestFaultModes_RealNeo4jCannotFailOnDemand(t *testing.T) {
	records := func(bolttest.Query) bolttest.Result {
		return bolttest.Result{Keys: []string{"x"}, Records: [][]any{{1}, {2}, {3}}}
	}
	for _, c := range []struct {
		name  string
		fault bolttest.Fault
		want  string // in the error of a query with a 300ms deadline
	}{
		{"hang after handshake", bolttest.Fault{Mode: bolttest.HangAfterHandshake}, "context deadline exceeded"},
		{"hang mid-result", bolttest.Fault{Mode: bolttest.HangMidResult, Records: 1}, "context deadline exceeded"},
		{"drop mid-result", bolttest.Fault{Mode: bolttest.DropMidResult, Records: 1}, "EOF"},
		{"slow", bolttest.Fault{Mode: bolttest.Slow, Delay: time.Second}, "context deadline exceeded"},
		{"refuse", bolttest.Fault{Mode: bolttest.Refuse, Failure: bolttest.Failure{Code: "Neo.ClientError.Statement.AccessMode", Message: "read-only"}}, "AccessMode"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := start(t, bolttest.Options{Handler: records, Fault: c.fault})
			d := driverFor(t, s.URI(), "u", "p")
			query := func(timeout time.Duration) ([]*neo4j.Record, error) {
				ctx, cancel := context.WithTimeout(context.Background(), timeout)
				defer cancel()
				sess := d.NewSession(ctx, neo4j.SessionConfig{})
				defer sess.Close(context.Background())
				tx, err := sess.BeginTransaction(ctx)
				if err != nil {
					return nil, err
				}
				defer tx.Close(context.Background())
				r, err := tx.Run(ctx, "RETURN 1", nil)
				if err != nil {
					return nil, err
				}
				return r.Collect(ctx)
			}
			start := time.Now()
			_, err := query(300 * time.Millisecond)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want %q", err, c.want)
			}
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("the faulty query took %s", took)
			}
			if s.Faulted() == 0 {
				t.Error("Faulted() = 0")
			}
			s.SetFault(bolttest.Fault{})
			recs, err := query(5 * time.Second)
			if err != nil || len(recs) != 3 {
				t.Fatalf("after SetFault(none): %d records, %v", len(recs), err)
			}
		})
	}
}
