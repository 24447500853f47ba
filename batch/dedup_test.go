package batch_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/batch"
	"github.com/actorgraph/actorgraph/batch/state"
	"github.com/actorgraph/actorgraph/graph"
)

const story = "Israel accused Iran of attacking its territory. The statement came after a night of alarms across the north, " +
	"where residents spent hours in shelters. Officials said the damage was limited and the army was assessing its response."

// TestUpdateReadsOnce: the same article reached twice — one story in a
// feed file and in a JSON file under another URL, an item in two feed
// files, a link with tracking parameters — is read once, in one run and
// across runs.
func TestUpdateReadsOnce(t *testing.T) {
	in := t.TempDir()
	rss := func(items ...string) string {
		return `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>` + strings.Join(items, "") + `</channel></rss>`
	}
	item := func(guid, link, text string) string {
		return "<item><guid>" + guid + "</guid><link>" + link + "</link><description>" + text + "</description></item>"
	}
	write(t, filepath.Join(in, "a.rss"), rss(item("https://w.test/1", "https://w.test/1", story), item("https://w.test/2", "https://w.test/2", "Iran warned Israel.")))
	write(t, filepath.Join(in, "b.rss"), rss(item("https://w.test/2", "https://www.w.test/2?utm_source=b", "Iran warned Israel.")))
	write(t, filepath.Join(in, "c.jsonl"), `{"id":"m-9","url":"https://mirror.test/9","text":"`+story+`"}`+"\n")
	st, err := state.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x := newExtractor(t)
	var dups []string
	opt := batch.Options{Paths: []string{in}, Duplicate: func(a graph.Article, of string) { dups = append(dups, a.Doc+"="+of) }}
	s := update(t, st, x, opt)
	if s.New != 2 || s.Duplicates != 2 || s.Failed != 0 {
		t.Fatalf("first update: %+v (dups %v), want 2 new and 2 read twice", s, dups)
	}
	docs := docsOf(edgesOf(t, st))
	if docs["https://w.test/1"] == 0 || docs["m-9"] != 0 {
		t.Errorf("edges by doc %v: the story must be one article", docs)
	}
	// A later run that sees the copy only: still the same article.
	write(t, filepath.Join(in, "a.rss"), rss(item("https://w.test/2", "https://w.test/2", "Iran warned Israel.")))
	s = update(t, st, x, opt)
	if s.New != 0 || s.Duplicates != 2 {
		t.Errorf("second update: %+v, want nothing new and the copies read twice", s)
	}
}

// TestUpdateMirrorsFoldersOnly: a file deleted from a folder loses its
// articles; items gone from a feed file keep theirs, unless PruneMissing.
func TestUpdateMirrorsFoldersOnly(t *testing.T) {
	for _, prune := range []bool{false, true} {
		in := t.TempDir()
		feed := func(items string) string {
			return `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>` + items + `</channel></rss>`
		}
		write(t, filepath.Join(in, "a.txt"), "Iran warned Israel.")
		write(t, filepath.Join(in, "f.rss"), feed(`<item><guid>g1</guid><description>Israel attacked Iran.</description></item>`))
		st, err := state.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		x := newExtractor(t)
		opt := batch.Options{Paths: []string{in}, PruneMissing: prune}
		update(t, st, x, opt)
		removeFile(t, filepath.Join(in, "a.txt"))
		write(t, filepath.Join(in, "f.rss"), feed(`<item><guid>g2</guid><description>The United Nations urged Iran to stop.</description></item>`))
		s := update(t, st, x, opt)
		want := 1
		if prune {
			want = 2
		}
		if s.Removed != want || len(st.Gone()) != want {
			t.Errorf("prune=%v: removed %d (gone %v), want %d", prune, s.Removed, st.Gone(), want)
		}
		st.Close()
	}
}

// TestUpdateMovedLineIsNoDuplicate: a JSON line without id that moves in
// its file gets a new name (here L1 -> L2, L1 now another text); it is
// read as a new article, not passed over as a copy of its old self.
func TestUpdateMovedLineIsNoDuplicate(t *testing.T) {
	in := t.TempDir()
	line := `{"text":"` + story + `"}` + "\n"
	write(t, filepath.Join(in, "n.jsonl"), line)
	st, err := state.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x := newExtractor(t)
	opt := batch.Options{Paths: []string{in}}
	update(t, st, x, opt)
	write(t, filepath.Join(in, "n.jsonl"), `{"text":"Iran warned Israel."}`+"\n"+line)
	s := update(t, st, x, opt)
	if s.New != 1 || s.Changed != 1 || s.Duplicates != 0 {
		t.Errorf("moved line: %+v, want line 1 changed, line 2 new, no duplicate", s)
	}
	if docs := docsOf(edgesOf(t, st)); docs["n.jsonl#L2"] == 0 {
		t.Errorf("edges by doc %v: the moved line lost its edges", docs)
	}
}
