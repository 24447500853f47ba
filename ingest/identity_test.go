package ingest

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestCanonicalURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://www.Example.org/world/story-1/?utm_source=rss&utm_medium=feed#top", "https://example.org/world/story-1"},
		{"http://example.org:80/a?b=2&a=1&fbclid=x", "https://example.org/a?a=1&b=2"},
		{"https://example.org:8443/a", "https://example.org:8443/a"},
		{"https://example.org/?p=101", "https://example.org?p=101"},
		{"urn:uuid:entry-1", ""},
		{"tag:example.org,2024:1", ""},
		{"not a url", ""},
		{"", ""},
	} {
		if got := CanonicalURL(tc.in); got != tc.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestKeys(t *testing.T) {
	long := strings.Repeat("Iran warned Israel on Sunday that any strike would be answered. ", 5)
	a := graph.Article{Doc: "https://wire.test/a?utm_source=x", URL: "https://www.wire.test/a", Text: long}
	b := graph.Article{Doc: "guid-7", URL: "https://other.test/syndicated/a", Text: "  " + strings.ToUpper(long) + "\n"}
	ka, kb := Keys(a), Keys(b)
	if len(ka) != 3 || ka[0] != "url:https://wire.test/a" || ka[1] != "id:https://wire.test/a?utm_source=x" || !strings.HasPrefix(ka[2], "text:") {
		t.Errorf("keys of a: %v", ka)
	}
	if kb[len(kb)-1] != ka[2] {
		t.Errorf("the same text in another case and spacing has another hash: %v vs %v", kb, ka)
	}
	if h := TextHash("Iran warned Israel."); h != "" {
		t.Errorf("a short text has a hash %q; teasers would merge", h)
	}
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{"https://www.example.org/a/?utm_x=1#f", "http://h:80/?b=1&a=2", "%zz", "https://[::1]:443/x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := CanonicalURL(s)
		if c == "" {
			return
		}
		if !strings.HasPrefix(c, "https://") {
			t.Fatalf("CanonicalURL(%q) = %q: not https", s, c)
		}
		if again := CanonicalURL(c); again != c {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, c, again)
		}
	})
}
