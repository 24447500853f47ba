package neo4j_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/neo4j"
)

func ids(edges []graph.Edge) []string {
	out := make([]string, len(edges))
	for i, e := range edges {
		out[i] = e.ID
	}
	return out
}

func TestSpool(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	sp, err := neo4j.OpenSpool(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	edges := seeds(t)
	all, err := sp.Add(ctx, edges[:10])
	if err != nil || len(all) != 10 {
		t.Fatalf("Add = %d edges, %v", len(all), err)
	}
	if err := sp.Done(ids(all[:4])); err != nil {
		t.Fatal(err)
	}
	// A torn write: half an id at the end of the log, half a line of JSON.
	f, _ := os.OpenFile(filepath.Join(dir, "committed.ids"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(all[4].ID[:5])
	f.Close()
	f, _ = os.OpenFile(sp.PendingPath(), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"id":"x","doc":`)
	f.Close()
	pending, err := sp.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(ids(pending), ","), strings.Join(ids(all[4:]), ","); got != want {
		t.Fatalf("pending = %s\nwant      %s", got, want)
	}
	// Adding again: pending first, then the new edges, no duplicates;
	// edges[0] was committed, so it is sent again (harmless, idempotent).
	all, err = sp.Add(ctx, append(edges[10:12], edges[0], edges[5]))
	if err != nil {
		t.Fatal(err)
	}
	want := append(append(ids(pending), edges[10].ID, edges[11].ID), edges[0].ID)
	if strings.Join(ids(all), ",") != strings.Join(want, ",") {
		t.Errorf("second Add = %v\nwant %v", ids(all), want)
	}
	if err := sp.Clear(); err != nil {
		t.Fatal(err)
	}
	if p, _ := sp.Pending(ctx); len(p) != 0 {
		t.Errorf("%d pending after Clear", len(p))
	}
}

func TestSpoolLocked(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no flock")
	}
	dir := t.TempDir()
	sp, err := neo4j.OpenSpool(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := neo4j.OpenSpool(dir); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("second OpenSpool = %v, want in use", err)
	}
	sp.Close()
	sp2, err := neo4j.OpenSpool(dir)
	if err != nil {
		t.Fatalf("OpenSpool after Close: %v", err)
	}
	sp2.Close()
}

func TestSpoolDir(t *testing.T) {
	a := neo4j.SpoolDir("/s", neo4j.Config{URI: "bolt://u:pw@h:7687", Database: "neo4j"})
	b := neo4j.SpoolDir("/s", neo4j.Config{URI: "bolt://h:7687", Database: "other"})
	if a == b || strings.Contains(a, "pw") || !strings.HasPrefix(a, "/s/neo4j-pending/") {
		t.Errorf("SpoolDir: %s, %s", a, b)
	}
}

// TestPendingElsewhere: the spool folders of other servers that hold
// pending edges, never the server's own, in a state folder whose name
// holds a pattern character.
func TestPendingElsewhere(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state [1]*")
	own := neo4j.Config{URI: "bolt://a:7687", Database: "neo4j"}
	other := neo4j.Config{URI: "bolt://b:7687", Database: "neo4j"}
	empty := neo4j.Config{URI: "bolt://c:7687", Database: "neo4j"}
	if got := neo4j.PendingElsewhere(state, own); len(got) != 0 || neo4j.HasPending(state, own) {
		t.Fatalf("no state folder: %v", got)
	}
	for cfg, body := range map[neo4j.Config]string{own: "{}\n", other: "{}\n", empty: ""} {
		d := neo4j.SpoolDir(state, cfg)
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "pending.jsonl"), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	got := neo4j.PendingElsewhere(state, own)
	if len(got) != 1 || got[0] != neo4j.SpoolDir(state, other) {
		t.Errorf("PendingElsewhere = %v, want only %s", got, neo4j.SpoolDir(state, other))
	}
	if !neo4j.HasPending(state, own) || neo4j.HasPending(state, empty) {
		t.Errorf("HasPending: own %v, empty %v", neo4j.HasPending(state, own), neo4j.HasPending(state, empty))
	}
}
