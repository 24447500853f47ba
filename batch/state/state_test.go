package state

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func edge(doc string, i int) graph.Edge {
	return graph.Edge{Doc: doc, SentenceIndex: i, Source: graph.Actor{Name: "Iran", Kind: graph.State}, Relation: graph.Warned, Target: graph.Actor{Name: "Israel", Kind: graph.State}}.WithID()
}

func mustOpen(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestPutDeleteCommitReopen(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	for _, e := range []Entry{
		{Doc: "b.txt", Hash: "h1", File: "/in/b.txt", Edges: []graph.Edge{edge("b.txt", 0), edge("b.txt", 2)}},
		{Doc: "a.txt", Hash: "h2", File: "/in/a.txt", Edges: []graph.Edge{edge("a.txt", 1)}},
		{Doc: "c.txt", Hash: "h3", File: "/in/c.txt"},
	} {
		if err := s.Put(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Delete("c.txt"); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	// Changes after the commit, synced but not committed: in the journal.
	s.Put(Entry{Doc: "b.txt", Hash: "h1b", File: "/in/b.txt", Edges: []graph.Edge{edge("b.txt", 5)}})
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	want := []graph.Edge{edge("a.txt", 1), edge("b.txt", 5)}
	if got, _ := s.Edges(); !reflect.DeepEqual(got, want) {
		t.Fatalf("edges = %v, want %v", got, want)
	}
	digest := s.Digest()
	s.journal.Close() // as a crash would: no Commit

	r := mustOpen(t, dir)
	if r.Recovered != 1 || r.Dropped != 0 {
		t.Errorf("recovered %d dropped %d, want 1 and 0", r.Recovered, r.Dropped)
	}
	if got, _ := r.Edges(); !reflect.DeepEqual(got, want) {
		t.Errorf("reopened edges = %v, want %v", got, want)
	}
	if r.Digest() != digest || !reflect.DeepEqual(r.Docs(), []string{"a.txt", "b.txt"}) {
		t.Errorf("reopened store differs: %v", r.Docs())
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(filepath.Join(dir, JournalFile)); err != nil || fi.Size() != 0 {
		t.Errorf("journal not emptied by Close: %v %v", fi, err)
	}
}

// TestTornJournal cuts the journal at every byte, as a crash mid-write
// would, and checks that Open keeps exactly the whole records before the cut.
func TestTornJournal(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	var ends []int64
	for i, doc := range []string{"a", "b", "c"} {
		s.Put(Entry{Doc: doc, Hash: "h", Edges: []graph.Edge{edge(doc, i)}})
		s.Sync()
		fi, _ := os.Stat(filepath.Join(dir, JournalFile))
		ends = append(ends, fi.Size())
	}
	s.journal.Close()
	full, err := os.ReadFile(filepath.Join(dir, JournalFile))
	if err != nil {
		t.Fatal(err)
	}
	// Cut at, just before and just after every record's end, and in the
	// middle of every record.
	cuts := []int{0, len(full)}
	prev := int64(0)
	for _, e := range ends {
		cuts = append(cuts, int(e)-1, int(e), int(e)+1, int((prev+e)/2))
		prev = e
	}
	for _, cut := range cuts {
		if cut > len(full) {
			continue
		}
		d := t.TempDir()
		if err := os.WriteFile(filepath.Join(d, JournalFile), full[:cut], 0o644); err != nil {
			t.Fatal(err)
		}
		r := mustOpen(t, d)
		want := 0
		for _, e := range ends {
			if int64(cut) >= e {
				want++
			}
		}
		if r.Len() != want || r.Recovered != want {
			t.Fatalf("cut at %d: %d entries, %d recovered, want %d", cut, r.Len(), r.Recovered, want)
		}
		// The torn tail is gone: appending and reopening works.
		r.Put(Entry{Doc: "z", Hash: "h"})
		r.Sync()
		r.journal.Close()
		if r2 := mustOpen(t, d); r2.Len() != want+1 || r2.Dropped != 0 {
			t.Fatalf("cut at %d: after append, %d entries (dropped %d), want %d", cut, r2.Len(), r2.Dropped, want+1)
		}
	}
}

func TestCorruptRecordStopsReplay(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	s.Put(Entry{Doc: "a", Hash: "1"})
	s.Put(Entry{Doc: "b", Hash: "2"})
	s.Sync()
	s.journal.Close()
	p := filepath.Join(dir, JournalFile)
	b, _ := os.ReadFile(p)
	b[len(b)-5] ^= 0xff // flip a byte inside the second record
	os.WriteFile(p, b, 0o644)
	r := mustOpen(t, dir)
	if r.Len() != 1 || r.Dropped == 0 {
		t.Errorf("len %d dropped %d: want the first record only", r.Len(), r.Dropped)
	}
}

func TestDamagedSnapshotIsAnError(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	s.Put(Entry{Doc: "a", Hash: "1"})
	s.Put(Entry{Doc: "b", Hash: "2"})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, SnapshotFile)
	b, _ := os.ReadFile(p)
	os.WriteFile(p, b[:len(b)-10], 0o644)
	if _, err := Open(dir); err == nil {
		t.Error("a truncated snapshot opened without error")
	}
}

// TestUndecodedEdgesSurviveCommit reopens a store, changes one entry and
// commits: the entries whose edges were never decoded are written back as
// they were.
func TestUndecodedEdgesSurviveCommit(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	s.Put(Entry{Doc: "a", Hash: "1", Edges: []graph.Edge{edge("a", 0), edge("a", 1)}})
	s.Put(Entry{Doc: "b", Hash: "2", Edges: []graph.Edge{edge("b", 0)}})
	s.Close()
	r := mustOpen(t, dir)
	if r.EdgeCount() != 3 {
		t.Errorf("EdgeCount = %d, want 3", r.EdgeCount())
	}
	r.Put(Entry{Doc: "b", Hash: "3", Edges: []graph.Edge{edge("b", 7)}})
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := mustOpen(t, dir).Edges()
	if err != nil {
		t.Fatal(err)
	}
	if want := []graph.Edge{edge("a", 0), edge("a", 1), edge("b", 7)}; !reflect.DeepEqual(got, want) {
		t.Errorf("edges = %v, want %v", got, want)
	}
}

func TestOpenRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "."+SnapshotFile+".tmp123")
	other := filepath.Join(dir, ".keep-me")
	os.WriteFile(stale, []byte("half a snapshot"), 0o644)
	os.WriteFile(other, nil, 0o644)
	mustOpen(t, dir)
	if _, err := os.Stat(stale); err == nil {
		t.Error("stale temporary snapshot not removed")
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("an unrelated file was removed")
	}
}

func TestMeta(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	if err := s.SetMeta(Meta{OutputDigest: "abc"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got := mustOpen(t, dir).Meta().OutputDigest; got != "abc" {
		t.Errorf("digest = %q", got)
	}
}

// TestReadDocs reads the documents of a folder a run still owns (snapshot,
// journal and a torn tail) without writing anything to it.
func TestReadDocs(t *testing.T) {
	dir := t.TempDir()
	if docs, err := ReadDocs(dir); err != nil || len(docs) != 0 {
		t.Fatalf("empty folder: %v %v", docs, err)
	}
	s := mustOpen(t, dir)
	for _, d := range []string{"b.txt", "a.txt", "c.txt"} {
		s.Put(Entry{Doc: d, Hash: "h", File: "/in/" + d})
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	s.Delete("c.txt") // journalled, not committed
	s.Put(Entry{Doc: "d.txt", Hash: "h", File: "/in/d.txt"})
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	// a torn record, as a crash mid-write leaves
	f, err := os.OpenFile(filepath.Join(dir, JournalFile), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`0123abcd {"op":"put","entry":{"doc":"e.t`)
	f.Close()
	before := listing(t, dir)

	docs, err := ReadDocs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a.txt", "b.txt", "d.txt"}; !reflect.DeepEqual(docs, want) {
		t.Errorf("docs = %v, want %v", docs, want)
	}
	if after := listing(t, dir); !reflect.DeepEqual(after, before) {
		t.Errorf("ReadDocs changed the folder:\nbefore %v\nafter  %v", before, after)
	}
	s.journal.Close()

	os.WriteFile(filepath.Join(dir, SnapshotFile), []byte("not a header\n"), 0o644)
	if _, err := ReadDocs(dir); err == nil || !strings.Contains(err.Error(), SnapshotFile) {
		t.Errorf("damaged snapshot: err = %v, want one naming %s", err, SnapshotFile)
	}
}

// listing is each file of dir with its size and modification time.
func listing(t *testing.T, dir string) map[string]string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, e := range es {
		fi, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = fmt.Sprint(fi.Size(), fi.ModTime().UnixNano())
	}
	return m
}
