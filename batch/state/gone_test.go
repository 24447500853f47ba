package state_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/batch/state"
)

// TestGoneSurvivesCrashAndClears: Remove marks a document gone in the
// journal; the mark survives a crash (the journal replayed, no Commit) and
// a Commit, is undone by a Put of the same document, and ClearGone drops it
// for good.
func TestGoneSurvivesCrashAndClears(t *testing.T) {
	dir := t.TempDir()
	st, err := state.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"a", "b", "c"} {
		st.Put(state.Entry{Doc: d, Hash: "h" + d, File: "/f/" + d, Keys: []string{"id:" + d, "url:https://x/" + d}})
	}
	st.Commit()
	st.Remove("a")
	st.Delete("b") // another shard's: not gone
	st.Sync()
	// crash: no Commit, no Close
	st2, err := state.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := st2.Gone(); !reflect.DeepEqual(got, []string{"a"}) {
		t.Fatalf("gone after a crash: %v, want [a]", got)
	}
	if d, ok := st2.Owner("url:https://x/c"); !ok || d != "c" {
		t.Errorf("key owner of c: %q %v", d, ok)
	}
	if _, ok := st2.Owner("url:https://x/a"); ok {
		t.Error("a removed document still owns its key")
	}
	if err := st2.Commit(); err != nil {
		t.Fatal(err)
	}
	st2.Remove("c")
	st2.Put(state.Entry{Doc: "c", Hash: "hc2", File: "/f/c"}) // back again
	if err := st2.Close(); err != nil {
		t.Fatal(err)
	}
	st3, err := state.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := st3.Gone(); !reflect.DeepEqual(got, []string{"a"}) {
		t.Fatalf("gone after commit and a returning document: %v, want [a]", got)
	}
	if err := st3.ClearGone([]string{"a"}); err != nil {
		t.Fatal(err)
	}
	st3.Close()
	st4, err := state.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st4.Close()
	if got := st4.Gone(); len(got) != 0 {
		t.Errorf("gone after ClearGone: %v", got)
	}
	if _, err := os.Stat(filepath.Join(dir, state.GoneFile)); err != nil {
		t.Error(err)
	}
}

func TestSide(t *testing.T) {
	st, err := state.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var m map[string]string
	if err := st.Side("x.json", &m); err != nil || m != nil {
		t.Fatalf("missing side file: %v %v", m, err)
	}
	if err := st.SetSide("x.json", map[string]string{"k": "v"}); err != nil {
		t.Fatal(err)
	}
	if err := st.Side("x.json", &m); err != nil || m["k"] != "v" {
		t.Fatalf("side file: %v %v", m, err)
	}
}
