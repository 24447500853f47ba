package text

import (
	"strings"
	"testing"
	"unicode"
)

func TestClean(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"ascii as it is", "Iran warned Israel.", "Iran warned Israel."},
		{"precomposed as it is", "Erdoğan met Lula in Brasília.", "Erdoğan met Lula in Brasília."},
		{"combining accents composed", "Tu\u0308rkiye and Co\u0302te d\u2019Ivoire", "Türkiye and Côte d\u2019Ivoire"},
		{"zero-width space inside a name", "Isr\u200bael", "Israel"},
		{"soft hyphen, joiners", "Is\u00adrael, Rus\u200dsia, Uk\u200craine, Ira\u2060n", "Israel, Russia, Ukraine, Iran"},
		{"both", "Ina\u0301\u200bcio", "Inácio"},
		{"a byte-order mark inside a word, bidi marks", "Isr\ufeffael and \u200eIran\u200f \u2067Iraq\u2069", "Israel and Iran Iraq"},
	} {
		if got := Clean(c.in); got != c.want {
			t.Errorf("%s: Clean(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

// TestInvisible checks the fast tests of Clean against the list of
// invisible characters: isInvisible over every rune, hasInvisible over
// each of them inside text, and after a lead byte that begins no valid
// character.
func TestInvisible(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isInvisible(r), strings.ContainsRune(invisible, r); got != want {
			t.Fatalf("isInvisible(%U) = %v, want %v", r, got, want)
		}
	}
	for _, r := range invisible {
		for _, s := range []string{"Isr" + string(r) + "ael", "\xe2" + string(r), "\xc2\xef" + string(r) + "é", "’" + string(r)} {
			if !hasInvisible(s) {
				t.Errorf("hasInvisible(%q) = false", s)
			}
		}
	}
	for _, s := range []string{"Erdoğan in Brasília", "“quoted” — it’s", "\xe2\x80", "\xef\xbb", "\xc2", "€ ¥ \u2010 \u2070 \ufefe"} {
		if hasInvisible(s) != strings.ContainsAny(s, invisible) {
			t.Errorf("hasInvisible(%q) = %v", s, hasInvisible(s))
		}
	}
}

// BenchmarkCleanASCII is the cost on most news: one pass over the bytes.
func BenchmarkCleanASCII(b *testing.B) {
	s := ""
	for range 200 {
		s += "The United States urged Russia to withdraw its troops on Monday. "
	}
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Clean(s)
	}
}
