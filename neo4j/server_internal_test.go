package neo4j

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestPendingErrorSaysWhatIsTrue: the message counts the edges pending,
// and never claims every edge is loaded; with none pending and work owed
// it names the owed file.
func TestPendingErrorSaysWhatIsTrue(t *testing.T) {
	cause := errors.New("Neo4j at bolt://x:1: connection refused")
	for _, tc := range []struct {
		name      string
		e         PendingError
		want, not []string
	}{
		{"edges pending", PendingError{Err: cause, Pending: 142, Path: "s/pending.jsonl", Owed: true},
			[]string{"connection refused", "142 edges kept pending in s/pending.jsonl"}, []string{"every edge is loaded"}},
		{"only work owed", PendingError{Err: cause, Path: "s/pending.jsonl", Owed: true},
			[]string{"no edge waits to be sent to this server", "deletions and metrics owed", filepath.Join("s", "owed.json")}, []string{"every edge is loaded", "kept pending"}},
		{"nothing owed", PendingError{Err: cause, Path: "s/pending.jsonl"},
			[]string{"connection refused"}, []string{"every edge", "pending", "owed"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := tc.e.Error()
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("%q lacks %q", msg, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(msg, n) {
					t.Errorf("%q holds %q", msg, n)
				}
			}
		})
	}
}

// TestHandedDigestPerServer: the digest handed is kept per address and
// database; a load without a digest keeps the one handed; Owings names each
// spool's server with what it holds.
func TestHandedDigestPerServer(t *testing.T) {
	state := t.TempDir()
	a := Config{URI: "bolt://user:pw@a:7687"}
	aOther := Config{URI: "bolt://a:7687", Database: "other"}
	b := Config{URI: "bolt://b:7687"}
	note := func(cfg Config, digest string, edges ...graph.Edge) {
		t.Helper()
		c, _ := cfg.Normalize()
		sp, err := OpenSpool(SpoolDir(state, c))
		if err != nil {
			t.Fatal(err)
		}
		defer sp.Close()
		if _, err := sp.Add(context.Background(), edges); err != nil {
			t.Fatal(err)
		}
		if err := sp.noteServer(c, digest); err != nil {
			t.Fatal(err)
		}
	}
	edge := graph.Edge{Source: graph.Actor{Name: "Iran", Kind: graph.State}, Target: graph.Actor{Name: "Israel", Kind: graph.State}, Relation: graph.Warned, Doc: "d", Sentence: "Iran warned Israel."}
	note(a, "d1", edge)
	note(a, "") // a load with no digest keeps it
	note(aOther, "d2")
	for _, tc := range []struct {
		cfg  Config
		want string
	}{{a, "d1"}, {Config{URI: "bolt://a:7687"}, "d1"}, {aOther, "d2"}, {b, ""}} {
		if got := HandedDigest(state, tc.cfg); got != tc.want {
			t.Errorf("HandedDigest(%s %q) = %q, want %q", tc.cfg.Address(), tc.cfg.Database, got, tc.want)
		}
	}
	owings, err := Owings(context.Background(), state)
	if err != nil || len(owings) != 2 {
		t.Fatalf("Owings = %+v, %v; want 2", owings, err)
	}
	for _, o := range owings {
		if o.Address != "bolt://a:7687" || strings.Contains(o.Dir, "pw") {
			t.Errorf("owing %+v: want address bolt://a:7687 without credentials", o)
		}
		if want := map[string]int{"": 1, "other": 0}[o.Database]; o.Pending != want {
			t.Errorf("%s %q: %d pending, want %d", o.Address, o.Database, o.Pending, want)
		}
	}
	if o, err := Owings(context.Background(), t.TempDir()); err != nil || o != nil {
		t.Errorf("no spool folder: %v, %v", o, err)
	}
}
