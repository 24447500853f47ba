package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseHTML(t *testing.T) {
	a, err := ParseHTML("article.html", readFixture(t, "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Article{
		Doc:       "article.html",
		Title:     "Iran warns Israel over strikes",
		Published: "2024-10-27", // the meta tag wins over <time>, in its own zone
		Text: "Iran warns Israel over strikes\n26 October\n" +
			"Iran's foreign minister warned Israel on Sunday against further strikes.\n" +
			"Qatar urged both sides to exercise restraint.\nReporting by A. Writer",
	}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("got  %#v\nwant %#v", a, want)
	}
	for _, chrome := range []string{"Subscribe", "cookies", "Share on X", "Read more", "Search", "China accused", "tracking", "color", "World News Daily", "Russia warned"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("text keeps page chrome %q", chrome)
		}
	}
}

func TestParseHTMLCases(t *testing.T) {
	for _, tc := range []struct {
		name, in          string
		title, date, text string
		wantErr           string
	}{
		{name: "no article element: body", in: `<html><head><title>T</title></head><body><nav>menu</nav><p>One.</p><p>Two.</p></body></html>`, title: "T", text: "One.\nTwo."},
		{name: "main element", in: `<body><div>outside</div><main><h1>Head</h1><p>Inside.</p></main></body>`, title: "Head", text: "Head\nInside."},
		{name: "longest article wins", in: `<body><article><p>short</p></article><article><p>the longer one</p></article></body>`, text: "the longer one"},
		{name: "time element date", in: `<body><article><time datetime="2024-02-03T10:00">x</time><p>Body.</p></article></body>`, date: "2024-02-03", text: "x\nBody."},
		{name: "hidden and aria-hidden dropped", in: `<body><p hidden>secret</p><p aria-hidden="true">icon</p><p>Shown.</p></body>`, text: "Shown."},
		{name: "br splits lines", in: `<body><p>One<br>Two</p></body>`, text: "One\nTwo"},
		{name: "entities decoded", in: `<body><p>AT&amp;T &eacute;t&eacute;</p></body>`, text: "AT&T été"},
		{name: "empty page", in: `<html><body><nav>only chrome</nav></body></html>`, wantErr: "no article text"},
		{name: "blank", in: "  \n", wantErr: "empty file"},
		{name: "binary", in: "<html>\x00\x01\x02", wantErr: "binary"},
		{name: "invalid utf-8 undeclared", in: "<p>caf\xe9</p>", wantErr: "not valid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseHTML("d", []byte(tc.in))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tc.text || a.Title != tc.title || a.Published != tc.date {
				t.Errorf("got text %q title %q date %q; want %q %q %q", a.Text, a.Title, a.Published, tc.text, tc.title, tc.date)
			}
		})
	}
}

func TestParseHTMLDeclaredCharset(t *testing.T) {
	a, err := ParseHTML("latin1.html", readFixture(t, "latin1.html"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "Macron met Merz at the café in Paris." || a.Title != "Café" {
		t.Errorf("got %q / %q", a.Text, a.Title)
	}
}

type collected struct {
	arts     []graph.Article
	problems []Problem
}

func collect() (*collected, func(graph.Article) error, func(Problem)) {
	c := &collected{}
	return c, func(a graph.Article) error { c.arts = append(c.arts, a); return nil }, func(p Problem) { c.problems = append(c.problems, p) }
}

func TestParseJSONL(t *testing.T) {
	c, fn, bad := collect()
	f, err := os.Open("testdata/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := ParseJSONL(context.Background(), "articles.jsonl", "testdata/articles.jsonl", f, fn, bad); err != nil {
		t.Fatal(err)
	}
	want := []graph.Article{
		{Doc: "a1", Title: "First", Text: "The United States urged Iran to stop.", Published: "2024-10-27", URL: "https://example.org/a1", Source: "Example Wire"},
		{Doc: "3", Title: "Third", Text: "Russia attacked Ukraine.", Published: "2024-10-28"},
		{Doc: "articles.jsonl#L6", Title: "No id", Text: "China warned Taiwan.", Published: "2024-10-29"},
	}
	if !reflect.DeepEqual(c.arts, want) {
		t.Errorf("articles:\n got %#v\nwant %#v", c.arts, want)
	}
	var lines []int
	for _, p := range c.problems {
		if p.Path != "testdata/articles.jsonl" {
			t.Errorf("problem names %q", p.Path)
		}
		lines = append(lines, p.Line)
	}
	if want := []int{2, 5, 7}; !reflect.DeepEqual(lines, want) {
		t.Errorf("bad lines = %v, want %v (%v)", lines, want, c.problems)
	}
}

func TestParseJSONLLongLineAndInvalidUTF8(t *testing.T) {
	long := `{"id":"x","text":"` + strings.Repeat("a", MaxLine) + `"}`
	in := `{"id":"ok1","text":"Iran warned Israel."}` + "\n" + long + "\n" + "{\"id\":\"u\",\"text\":\"caf\xe9\"}\n" + `{"id":"ok2","text":"Qatar urged calm."}`
	c, fn, bad := collect()
	if err := ParseJSONL(context.Background(), "f", "f.jsonl", strings.NewReader(in), fn, bad); err != nil {
		t.Fatal(err)
	}
	if len(c.arts) != 2 || c.arts[0].Doc != "ok1" || c.arts[1].Doc != "ok2" {
		t.Errorf("articles = %v", c.arts)
	}
	if len(c.problems) != 2 || c.problems[0].Line != 2 || !strings.Contains(c.problems[0].Error(), "longer than") ||
		c.problems[1].Line != 3 || !strings.Contains(c.problems[1].Error(), "UTF-8") {
		t.Errorf("problems = %v", c.problems)
	}
}

func TestJSONDates(t *testing.T) {
	for in, want := range map[string]string{
		`"2024-10-27T10:00:00Z"`: "2024-10-27",
		`1730023200`:             "2024-10-27",
		`1730023200000`:          "2024-10-27",
		`null`:                   "",
		`"someday"`:              "",
		`-5`:                     "",
		`true`:                   "",
	} {
		a, err := decodeArticle([]byte(`{"id":"x","text":"t","published":`+in+`}`), "f")
		if err != nil || a.Published != want {
			t.Errorf("published %s: got %q, %v; want %q", in, a.Published, err, want)
		}
	}
}

func TestParseJSON(t *testing.T) {
	c, fn, bad := collect()
	if err := ParseJSON(context.Background(), "articles.json", "p", readFixture(t, "articles.json"), fn, bad); err != nil {
		t.Fatal(err)
	}
	if len(c.arts) != 2 || c.arts[0].Doc != "j1" || c.arts[1].Doc != "articles.json#3" || c.arts[1].Published != "2024-11-02" {
		t.Errorf("articles = %#v", c.arts)
	}
	if len(c.problems) != 1 || c.problems[0].Line != 3 {
		t.Errorf("problems = %v", c.problems)
	}
	// A pretty-printed single object is read too.
	c, fn, bad = collect()
	_ = ParseJSON(context.Background(), "one.json", "p", []byte("{\n  \"id\": \"p1\",\n  \"text\": \"UN urged calm.\"\n}\n"), fn, bad)
	if len(c.arts) != 1 || c.arts[0].Doc != "p1" || len(c.problems) != 0 {
		t.Errorf("pretty object: %v %v", c.arts, c.problems)
	}
}

func TestParseFeed(t *testing.T) {
	for _, tc := range []struct {
		file string
		want []graph.Article
	}{
		{"feed.rss", []graph.Article{
			{Doc: "https://example.org/?p=101", Title: "Qatar urges calm", Text: "Qatar urged Israel and Iran to show restraint.\nEgypt supported the call.", Published: "2024-10-29", URL: "https://example.org/qatar-calm", Source: "Example Wire"},
			{Doc: "https://example.org/no-guid", Title: "No guid item", Text: "Turkey warned Syria.", Published: "2024-10-30", URL: "https://example.org/no-guid", Source: "Example Wire"},
			// an item of a title only (a feed of headlines): its title is its text
			{Doc: "feed.rss#25f60db6b638", Title: "Empty item", Text: "Empty item", Source: "Example Wire"},
		}},
		{"feed.atom", []graph.Article{
			{Doc: "urn:uuid:entry-1", Title: "Talks in Doha", Text: "Blinken spoke with Netanyahu in Doha.", Published: "2024-11-02", URL: "https://atom.example/doha", Source: "Atom Desk"},
		}},
	} {
		got, err := ParseFeed(tc.file, readFixture(t, tc.file))
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %#v\nwant %#v", tc.file, got, tc.want)
		}
	}
	if _, err := ParseFeed("x", []byte("<html><body>not a feed</body></html>")); err == nil {
		t.Error("HTML page read as a feed")
	}
}

func TestNormaliseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-10-27":                      "2024-10-27",
		"2024-10-27T23:30:00-05:00":       "2024-10-27",
		"2024-10-27T10:00:00.123Z":        "2024-10-27",
		"Mon, 28 Oct 2024 09:00:00 +0000": "2024-10-28",
		"Tue, 29 Oct 2024 06:30:00 GMT":   "2024-10-29",
		"October 29, 2024":                "2024-10-29",
		"29 October 2024":                 "2024-10-29",
		"2024/11/02":                      "2024-11-02",
		"yesterday":                       "",
		"":                                "",
		"0001-01-01":                      "",
		"2024-13-40":                      "",
		// forms met in the wild (QA)
		"05 Dec 2026 09:30:00 GMT":     "2026-12-05",
		"Sat Dec  5 09:30:00 UTC 2026": "2026-12-05",
		"Sat Dec 5 09:30:00 UTC 2026":  "2026-12-05",
		"Dec 5 2026":                   "2026-12-05",
		"December 5th, 2026":           "2026-12-05",
		"December 1st, 2026":           "2026-12-01",
		"5.12.2026":                    "2026-12-05",
		"1796463000":                   "2026-12-05",
		"2026-02-30":                   "",
	} {
		if got := NormaliseDate(in); got != want {
			t.Errorf("NormaliseDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSniff(t *testing.T) {
	for in, want := range map[string]Format{
		"\ufeff  <?xml version=\"1.0\"?><rss>": Feed,
		"<feed xmlns=":                         Feed,
		"<!DOCTYPE html><html>":                HTML,
		"[{\"text\":\"x\"}]":                   JSON,
		"{\"text\":\"x\"}\n":                   JSONLines,
		"Plain words.":                         Text,
		"":                                     Text,
		// text that opens with a bracket (QA)
		"[WASHINGTON] The United States urged Russia.": Text,
		"{Updated} Iran warned Israel.":                Text,
		"[ \n {\"text\":\"x\"}]":                       JSON,
		"[\"a\"]":                                      JSON,
		"{ \"text\": \"x\" }":                          JSONLines,
	} {
		if got := Sniff([]byte(in)); got != want {
			t.Errorf("Sniff(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestFindAndArticles reads a folder with every kind of good and bad input
// and checks that each bad one is named and the rest is read.
func TestFindAndArticles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", []byte("Iran warned Israel."))
	write("sub/b.md", []byte("Qatar urged calm."))
	write("sub/page.html", readFixture(t, "article.html"))
	write("sub/feed.rss", readFixture(t, "feed.rss"))
	write("lines.jsonl", readFixture(t, "articles.jsonl"))
	write("empty.txt", nil)
	write("binary.txt", []byte("MZ\x00\x01\x02\x03"))
	write("latin.txt", []byte("caf\xe9"))
	write("huge.txt", bytes.Repeat([]byte("a"), MaxFileSize+1)) // one line, too large
	write("notes.pdf", []byte("%PDF"))                          // unknown format: passed over
	write(".hidden/c.txt", []byte("hidden"))
	write("locked.txt", []byte("secret"))
	if err := os.Chmod(filepath.Join(dir, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	// sub/loop -> .. (a folder loop) and self -> self (a link chain loop).
	if err := os.Symlink("..", filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("self", filepath.Join(dir, "self")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("sub", filepath.Join(dir, "alias")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("nowhere.txt", filepath.Join(dir, "broken.txt")); err != nil {
		t.Fatal(err)
	}

	var problems []string
	bad := func(p Problem) { problems = append(problems, strings.TrimPrefix(p.Error(), dir+"/")) }
	srcs := Find(context.Background(), []string{dir, filepath.Join(dir, "missing")}, bad)
	var docs []string
	var arts []graph.Article
	for _, s := range srcs {
		docs = append(docs, s.Doc)
		if err := Articles(context.Background(), s, func(a graph.Article) error { arts = append(arts, a); return nil }, bad); err != nil {
			t.Fatal(err)
		}
	}
	// alias/ is sub/ reached by a link: read once, under the first name seen.
	wantDocs := []string{"a.txt", "alias/b.md", "alias/feed.rss", "alias/page.html", "binary.txt", "empty.txt", "huge.txt", "latin.txt", "lines.jsonl", "locked.txt"}
	if !reflect.DeepEqual(docs, wantDocs) {
		t.Errorf("docs = %v\nwant %v", docs, wantDocs)
	}
	wantArts := 1 + 1 + 3 + 1 + 3 // the feed: two items and one of a title only
	if os.Getuid() == 0 {
		wantArts++ // root reads a mode-0 file
	}
	if len(arts) != wantArts {
		t.Errorf("read %d articles, want %d", len(arts), wantArts)
	}
	wantProblems := []string{
		"broken.txt: no such file or folder (or a broken symbolic link)",
		"self: symlink loop",
		"loop: symlink loop: leads back to",
		"missing: no such file",
		"binary.txt: binary file",
		"empty.txt: empty file",
		"huge.txt: larger than 64 MiB",
		"latin.txt: not valid UTF-8",
		"lines.jsonl:2:",
		"lines.jsonl:5:",
		"lines.jsonl:7:",
	}
	if os.Getuid() != 0 { // root reads a mode-0 file
		wantProblems = append(wantProblems, "locked.txt: permission denied")
	}
	for _, w := range wantProblems {
		found := false
		for _, p := range problems {
			found = found || strings.Contains(p, w) || strings.Contains(filepath.Base(dir)+"/"+p, w)
		}
		if !found {
			t.Errorf("no problem %q among %q", w, problems)
		}
	}
	if len(problems) != len(wantProblems) {
		t.Errorf("%d problems, want %d: %q", len(problems), len(wantProblems), problems)
	}
}

// TestArticlesReadError reads a source that opens but cannot be read (a
// folder where a file was expected): a problem naming it, nothing else.
func TestArticlesReadError(t *testing.T) {
	dir := t.TempDir()
	var problems []Problem
	err := Articles(context.Background(), Source{Path: dir, Doc: "d", Format: Text},
		func(graph.Article) error { t.Error("an article from a folder"); return nil },
		func(p Problem) { problems = append(problems, p) })
	if err != nil || len(problems) != 1 || problems[0].Path != dir || !strings.Contains(problems[0].Error(), "is a directory") {
		t.Errorf("err %v, problems %v", err, problems)
	}
}

func TestParseSniffsStdin(t *testing.T) {
	for _, tc := range []struct {
		in   string
		docs []string
	}{
		{string(readFixture(t, "feed.atom")), []string{"urn:uuid:entry-1"}},
		{`{"id":"s1","text":"UN urged calm."}` + "\n", []string{"s1"}},
		{"Plain text from a pipe.", []string{stdinDoc("Plain text from a pipe.")}},
		{"<html><body><p>A page.</p></body></html>", []string{stdinDoc("<html><body><p>A page.</p></body></html>")}},
	} {
		var docs []string
		err := Parse(context.Background(), "stdin", "-", Sniffed, strings.NewReader(tc.in),
			func(a graph.Article) error { docs = append(docs, a.Doc); return nil },
			func(p Problem) { t.Errorf("problem: %v", p) })
		if err != nil || !reflect.DeepEqual(docs, tc.docs) {
			t.Errorf("Parse(%.20q) = %v, %v; want %v", tc.in, docs, err, tc.docs)
		}
	}
}

// TestHugeSingleLine reads 100 MB files of one line each: the text file is
// refused whole, the JSON-lines file loses only that line, and memory stays
// bounded by MaxLine either way.
func TestHugeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes two 100 MB files")
	}
	dir := t.TempDir()
	line := bytes.Repeat([]byte("x"), 100<<20)
	os.WriteFile(filepath.Join(dir, "huge.txt"), line, 0o644)
	f, _ := os.Create(filepath.Join(dir, "huge.jsonl"))
	f.WriteString(`{"id":"big","text":"`)
	f.Write(line)
	f.WriteString("\"}\n" + `{"id":"small","text":"Iran warned Israel."}` + "\n")
	f.Close()
	var problems []Problem
	var docs []string
	for _, s := range Find(context.Background(), []string{dir}, func(p Problem) { problems = append(problems, p) }) {
		Articles(context.Background(), s, func(a graph.Article) error { docs = append(docs, a.Doc); return nil },
			func(p Problem) { problems = append(problems, p) })
	}
	if !reflect.DeepEqual(docs, []string{"small"}) {
		t.Errorf("docs = %v, want [small]", docs)
	}
	if len(problems) != 2 || problems[0].Line != 1 || !strings.Contains(problems[0].Error(), "huge.jsonl:1: line longer than") ||
		!strings.Contains(problems[1].Error(), "huge.txt: larger than") {
		t.Errorf("problems = %v", problems)
	}
}

// stdinDoc is the name text piped in gets: its content hash.
func stdinDoc(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "stdin-" + hex.EncodeToString(sum[:4])
}

func TestPipedTextNamedByContent(t *testing.T) {
	names := map[string]bool{}
	for _, text := range []string{"Iran attacked Israel.", "Israel struck Iran.", "Iran attacked Israel."} {
		err := Parse(context.Background(), "stdin", "-", Sniffed, strings.NewReader(text),
			func(a graph.Article) error { names[a.Doc] = true; return nil },
			func(p Problem) { t.Errorf("problem: %v", p) })
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(names) != 2 {
		t.Fatalf("names %v: want one per distinct text, the same for the same text", names)
	}
}

// TestDocNamesAreValidUTF8: file names that are not UTF-8 (Latin-1 names
// from a Windows archive) give distinct article names that are, and the
// same ones at every walk (QA: both became "caf\ufffd.txt" in JSON, and the
// state then lost one of them at each run).
func TestDocNamesAreValidUTF8(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"caf\xe9.txt", "caf\xe8.txt", "café.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("Iran warned Israel.\n"), 0o644); err != nil {
			t.Skipf("this file system takes no such name: %v", err)
		}
	}
	var docs []string
	for _, s := range Find(context.Background(), []string{dir}, func(p Problem) { t.Errorf("problem: %v", p) }) {
		docs = append(docs, s.Doc)
	}
	want := []string{"caf%E8.txt", "caf%E9.txt", "café.txt"}
	if !slices.Equal(docs, want) {
		t.Fatalf("docs %q, want %q", docs, want)
	}
	if s := Find(context.Background(), []string{filepath.Join(dir, "caf\xe9.txt")}, func(Problem) {}); len(s) != 1 || s[0].Doc != "caf%E9.txt" {
		t.Fatalf("a file named directly: %+v", s)
	}
}

// TestHTMLChromeByClass: a class token with a chrome word marks chrome
// unless it names a property of its element or the story itself (QA: the
// whole story was dropped for "article-body has-comments"); hidden styles
// and captions are chrome.
func TestHTMLChromeByClass(t *testing.T) {
	page := func(attr string) []byte {
		return []byte(`<html><body><article><h1>Talks</h1><div ` + attr + `><p>Iran warned Israel on Monday.</p></div><p>Qatar urged calm.</p></article></body></html>`)
	}
	for _, c := range []struct {
		attr string
		kept bool
	}{
		{`class="article-body has-comments"`, true},
		{`class="entry-content share-enabled"`, true},
		{`class="story ad-free"`, true},
		{`class="content-with-sidebar"`, true},
		{`class="body-text"`, true},
		{`class="article-share"`, false},
		{`class="story-related"`, false},
		{`class="most-read"`, false},
		{`id="taboola-below"`, false},
		{`class="author-bio"`, false},
		{`class="ad"`, false},
		{`style="display: none"`, false},
		{`style="color:red"`, true},
		// QA: taxonomy terms are no chrome; chrome whose last word is
		// "content" or "body" still is
		{`id="post-9" class="post-9 post type-post category-trending"`, true},
		{`class="post tag-popular-mobilization-forces tag-social-media"`, true},
		{`class="related-content"`, false},
		{`class="sidebar-content"`, false},
		{`class="comment-body"`, false},
		{`class="newsletter-signup-modal__content"`, false},
	} {
		a, err := ParseHTML("p.html", page(c.attr))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(a.Text, "Iran warned Israel"); got != c.kept || !strings.Contains(a.Text, "Qatar urged calm.") {
			t.Errorf("%s: text %q; want the story's first paragraph kept=%v", c.attr, a.Text, c.kept)
		}
	}
	// a wrapper of the story is never chrome, whatever its class
	for _, wrap := range []string{`<div class="content-sidebar-wrap"><main class="content">`, `<div class="container layout--sidebar-right"><article>`} {
		closing := "</main></div>"
		if strings.Contains(wrap, "<article>") {
			closing = "</article></div>"
		}
		long := strings.Repeat("Iran warned Israel on Monday, and the talks went on for hours. ", 10)
		a, err := ParseHTML("w.html", []byte(`<html><body>`+wrap+`<p>`+long+`</p>`+closing+`<div class="sidebar"><p>China urged Taiwan.</p></div></body></html>`))
		if err != nil || !strings.Contains(a.Text, "Iran warned Israel") || strings.Contains(a.Text, "China") {
			t.Errorf("%s: text %q (%v)", wrap, a.Text, err)
		}
	}
	// a "related stories" block of teaser cards stays chrome (QA)
	a, err := ParseHTML("r.html", []byte(`<html><body><div class="RichTextStoryBody"><p>Iran urged Saudi Arabia to resume talks.</p><p>Iran warned Israel on Monday.</p></div><div class="related-stories"><article class="PagePromo"><p>China warned Taiwan against independence moves.</p></article></div></body></html>`))
	if err != nil || !strings.Contains(a.Text, "Iran warned Israel") || strings.Contains(a.Text, "China") {
		t.Errorf("related teasers: text %q (%v)", a.Text, err)
	}
	a, err = ParseHTML("p.html", []byte(`<article><p>Iran warned Israel.</p><figure><img src=x><figcaption>Pezeshkian meets al-Sudani in Baghdad. REUTERS/Stringer</figcaption></figure></article>`))
	if err != nil || strings.Contains(a.Text, "Pezeshkian") {
		t.Errorf("caption kept: %q (%v)", a.Text, err)
	}
}

// TestFileReachedTwiceIsReadOnce: a file named twice, or a folder and a
// file in it, is one source (QA: extract wrote its edges twice).
func TestFileReachedTwiceIsReadOnce(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "story.txt")
	os.WriteFile(f, []byte("Iran warned Israel.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "other.txt"), []byte("Egypt warned Ethiopia.\n"), 0o644)
	for _, paths := range [][]string{{f, f}, {dir, f}, {f, dir}, {dir, dir}} {
		srcs := Find(context.Background(), paths, func(p Problem) { t.Errorf("%v", p) })
		n := 0
		for _, s := range srcs {
			if filepath.Base(s.Path) == "story.txt" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%v: story.txt read %d times", paths, n)
		}
	}
}

// TestJSONLinesStream: an article piped as one JSON line is handed on
// before the next line is written (QA: the reader waited for 8,000 bytes,
// so a live stream showed nothing for a long time), and a byte-order mark
// before the first line is read.
func TestJSONLinesStream(t *testing.T) {
	pr, pw := io.Pipe()
	got := make(chan graph.Article, 4)
	go ParseJSONL(context.Background(), "stdin", "-", pr, func(a graph.Article) error { got <- a; return nil }, func(p Problem) { t.Errorf("%v", p) })
	fmt.Fprintln(pw, "\ufeff"+`{"id":"one","text":"Iran warned Israel."}`)
	select {
	case a := <-got:
		if a.Doc != "one" {
			t.Fatalf("first article %q", a.Doc)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the first line was not handed on before the second was written")
	}
	fmt.Fprintln(pw, `{"id":"two","text":"Egypt warned Ethiopia."}`)
	pw.Close()
	if a := <-got; a.Doc != "two" {
		t.Fatalf("second article %q", a.Doc)
	}
}

// TestStdinJSONLinesNamedByContent: JSON lines with no id piped on
// standard input are named by their content, so that two pipes' first
// lines are two articles (QA: both were "stdin#L1", and the second run
// replaced the first one's edges).
func TestStdinJSONLinesNamedByContent(t *testing.T) {
	var docs []string
	for _, line := range []string{`{"text":"Iran warned Israel."}`, `{"text":"Egypt warned Ethiopia."}`, `{"text":"Iran warned Israel."}`} {
		err := ParseJSONL(context.Background(), "stdin", "-", strings.NewReader(line+"\n"), func(a graph.Article) error { docs = append(docs, a.Doc); return nil }, func(p Problem) { t.Errorf("%v", p) })
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(docs) != 3 || docs[0] == docs[1] || docs[0] != docs[2] || !strings.HasPrefix(docs[0], "stdin-") {
		t.Fatalf("docs %q: want two names by content, the same for the same line", docs)
	}
}

// TestUTF16AndDeclaredFeedEncodings: text, HTML and feeds saved as UTF-16
// with a byte-order mark, and a feed whose XML declaration names
// windows-1252, are read (QA: "binary file", "not valid UTF-8").
func TestUTF16AndDeclaredFeedEncodings(t *testing.T) {
	utf16le := func(s string) []byte {
		b := []byte{0xFF, 0xFE}
		for _, r := range s {
			b = append(b, byte(r), byte(r>>8))
		}
		return b
	}
	dir := t.TempDir()
	files := map[string][]byte{
		"u.txt":  utf16le("Iran warned Israel on Monday.\n"),
		"u.html": utf16le("<html><body><p>Iran warned Israel on Monday.</p></body></html>"),
		"w.rss": []byte(`<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>T</title>` +
			"<item><title>A</title><description>Iran warned Israel on Monday, \x93officials\x94 said.</description></item></channel></rss>"),
	}
	for name, b := range files {
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	var texts []string
	for _, s := range Find(context.Background(), []string{dir}, func(p Problem) { t.Errorf("%v", p) }) {
		Articles(context.Background(), s, func(a graph.Article) error { texts = append(texts, a.Text); return nil }, func(p Problem) { t.Errorf("%s: %v", s.Doc, p) })
	}
	if len(texts) != 3 {
		t.Fatalf("read %d articles, want 3: %q", len(texts), texts)
	}
	for _, x := range texts {
		if !strings.Contains(x, "Iran warned Israel on Monday") {
			t.Errorf("text %q", x)
		}
	}
	if !slices.ContainsFunc(texts, func(x string) bool { return strings.Contains(x, "\u201cofficials\u201d") }) {
		t.Errorf("windows-1252 quotes not decoded: %q", texts)
	}
}

// TestJSONArticleShapes: HTML in a JSON article's text is read as a page's,
// and a source given as an object with a name (news APIs) is read (QA: the
// markup hid the act, and the object made the article a bad input).
func TestJSONArticleShapes(t *testing.T) {
	for _, c := range []struct{ line, text, source string }{
		{`{"id":"h","text":"<p>Iran warned <b>Israel</b> on Monday.</p><script>x()</script>"}`, "Iran warned Israel on Monday.", ""},
		{`{"id":"s","text":"Iran warned Israel.","source":{"id":"reuters","name":"Reuters"}}`, "Iran warned Israel.", "Reuters"},
		{`{"id":"p","text":"Iran warned Israel, 3 < 4.","source":"AP"}`, "Iran warned Israel, 3 < 4.", "AP"},
	} {
		a, err := decodeArticle([]byte(c.line), "x")
		if err != nil || strings.TrimSpace(a.Text) != c.text || a.Source != c.source {
			t.Errorf("%s: text %q source %q (%v); want %q, %q", c.line, a.Text, a.Source, err, c.text, c.source)
		}
	}
}

// TestFeedInUTF8DeclaringAnother: a feed that is UTF-8 although its
// declaration names another encoding (converted without it) is decoded
// once, not twice (QA: "café" became "cafÃ©").
func TestFeedInUTF8DeclaringAnother(t *testing.T) {
	b := []byte(`<?xml version="1.0" encoding="ISO-8859-15"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>Erdoğan warned the café owners.</description></item></channel></rss>`)
	arts, err := ParseFeed("f.rss", b)
	if err != nil || len(arts) != 1 || !strings.Contains(arts[0].Text, "Erdoğan warned the café owners.") {
		t.Fatalf("%+v %v", arts, err)
	}
}

// TestUTF16JSONLinesAndTeasers: JSON lines saved as UTF-16 are read, and a
// feed item whose description is only a "Continue reading" link is read as
// its title (QA).
func TestUTF16JSONLinesAndTeasers(t *testing.T) {
	b := []byte{0xFF, 0xFE}
	for _, r := range `{"id":"a","text":"Iran warned Israel on Monday."}` + "\n" {
		b = append(b, byte(r), byte(r>>8))
	}
	var got []graph.Article
	if err := Parse(context.Background(), "u.jsonl", "u.jsonl", JSONLines, bytes.NewReader(b), func(a graph.Article) error { got = append(got, a); return nil }, func(p Problem) { t.Errorf("%v", p) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Text != "Iran warned Israel on Monday." {
		t.Fatalf("%+v", got)
	}
	arts, err := ParseFeed("f.rss", []byte(`<rss version="2.0"><channel><title>T</title><item><title>Iran warns Israel against strikes on Lebanon</title><description><![CDATA[<a href="https://x.org/a">Continue reading...</a>]]></description></item></channel></rss>`))
	if err != nil || len(arts) != 1 || arts[0].Text != "Iran warns Israel against strikes on Lebanon" {
		t.Fatalf("%+v %v", arts, err)
	}
}
