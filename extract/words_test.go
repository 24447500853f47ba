package extract

import (
	"strings"
	"testing"
)

// TestWordTable checks that Extractor.words finds every word buildWords
// indexes, with its info, and no other word: words of every length (the
// hash reads 1, 2, 4 and 8 bytes at a time), prefixes and extensions of
// them, and words that differ only past their 8th byte.
func TestWordTable(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	m := buildWords(x.lex, x.names)
	tab := newWordTable(m)
	for w, wi := range m {
		if got := tab.get(w); *got != wi {
			t.Fatalf("get(%q) = %+v, want %+v", w, *got, wi)
		}
	}
	var others []string
	for w := range m {
		others = append(others, w+"x", w+"\x00", "x"+w, strings.ToUpper(w))
		if len(w) > 1 {
			others = append(others, w[:len(w)-1], w[1:])
		}
		if len(w) > 9 {
			others = append(others, w[:9]+"\x01"+w[10:])
		}
	}
	others = append(others, "", "\x00", "\x00\x00", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")
	for _, w := range others {
		want, ok := m[w]
		got := tab.get(w)
		if ok && *got != want || !ok && got != &noWord {
			t.Fatalf("get(%q) = %+v (held %v)", w, *got, ok)
		}
	}
}
