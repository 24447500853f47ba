package ingest

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// checkArticle fails when a parser returned an article no later stage can use.
func checkArticle(t *testing.T, a graph.Article) {
	t.Helper()
	if a.Doc == "" {
		t.Errorf("article without Doc: %#v", a)
	}
	if strings.TrimSpace(a.Text) == "" {
		t.Errorf("article without text: %#v", a)
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		t.Errorf("article with invalid UTF-8: %#v", a)
	}
	if a.Published != "" && !isoDate.MatchString(a.Published) {
		t.Errorf("published %q is not YYYY-MM-DD", a.Published)
	}
}

func FuzzParseText(f *testing.F) {
	f.Add([]byte("Iran warned Israel."))
	f.Add([]byte("\ufeff\x00"))
	f.Add([]byte("caf\xe9"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if a, err := ParseText("d", b); err == nil {
			checkArticle(t, a)
		}
	})
}

func FuzzParseHTML(f *testing.F) {
	for _, s := range []string{"article.html", "latin1.html"} {
		f.Add(readFixture(f, s))
	}
	f.Add([]byte(`<article><header><h1>x</h1></header><p>y</p></article>`))
	f.Add([]byte(`<meta charset="koi8-r"><p>` + "\xc1\xc2"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if a, err := ParseHTML("d", b); err == nil {
			checkArticle(t, a)
		}
	})
}

func FuzzParseJSONL(f *testing.F) {
	f.Add(readFixture(f, "articles.jsonl"))
	f.Add([]byte(`{"id": 1e999, "text": "x"}`))
	f.Add([]byte("{\"text\":\"\xff\"}\n\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		lines := bytes.Count(b, []byte("\n")) + 1
		err := ParseJSONL(context.Background(), "d", "p", bytes.NewReader(b),
			func(a graph.Article) error { checkArticle(t, a); return nil },
			func(p Problem) {
				if p.Path != "p" || p.Line < 0 || p.Line > lines {
					t.Errorf("problem %v names line %d of %d", p, p.Line, lines)
				}
			})
		if err != nil {
			t.Errorf("ParseJSONL returned %v on bad input", err)
		}
	})
}

func FuzzParseJSON(f *testing.F) {
	f.Add(readFixture(f, "articles.json"))
	f.Add([]byte(`[{"text":"a"},`))
	f.Add([]byte("{\n\"text\": \"a\"}\n{\"text\": \"b\"}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		err := ParseJSON(context.Background(), "d", "p", b,
			func(a graph.Article) error { checkArticle(t, a); return nil },
			func(Problem) {})
		if err != nil {
			t.Errorf("ParseJSON returned %v on bad input", err)
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	f.Add(readFixture(f, "feed.rss"))
	f.Add(readFixture(f, "feed.atom"))
	f.Add([]byte(`<rss><channel><item><description>&lt;p&gt;x</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		arts, err := ParseFeed("d", b)
		if err == nil && len(arts) == 0 {
			t.Error("no error and no articles")
		}
		for _, a := range arts {
			checkArticle(t, a)
		}
	})
}

func FuzzNormaliseDate(f *testing.F) {
	for _, s := range []string{"2024-10-27T23:30:00-05:00", "Mon, 28 Oct 2024 09:00:00 +0000", "October 29, 2024", "9999-99-99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := NormaliseDate(s); d != "" && !isoDate.MatchString(d) {
			t.Errorf("NormaliseDate(%q) = %q", s, d)
		}
	})
}
