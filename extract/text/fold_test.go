package text

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Tokenize's lower-case forms are lower(Text) ("'s" for a possessive),
// however they are built.
func TestTokenLower(t *testing.T) {
	in := "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken told Iran’s FM, Gen. ABBAS Araghchi, " +
		"that the U.N. and NATO’s chiefs (Dr. X) won't wait. ÉTATS-UNIS, Ürümqi, Kyiv‑based, I’M, JAMES’ car, IT'S."
	r := rand.New(rand.NewSource(2))
	words := strings.Fields(in)
	var b strings.Builder
	for i := 0; i < 4000; i++ {
		b.WriteString(words[r.Intn(len(words))])
		b.WriteString([]string{" ", " ", "\n", ". ", "'s ", "’S "}[r.Intn(6)])
	}
	for _, s := range []string{in, b.String()} {
		for _, tok := range Tokenize(s) {
			want := lower(tok.Text)
			if tok.Kind == Poss {
				want = "'s"
			}
			if tok.Lower != want {
				t.Fatalf("%q: Lower %q, want %q", tok.Text, tok.Lower, want)
			}
		}
	}
}

// isAbbrevOld is IsAbbrev as first written.
func isAbbrevOld(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if abbreviations[w] {
		return true
	}
	w += "."
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	for _, p := range strings.Split(w[:len(w)-1], ".") {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func TestIsAbbrevSame(t *testing.T) {
	cases := []string{"", ".", "..", "u.s.", "u.s", "U.S", "us", "a", "a.", "a..b", ".a", "é.ü", "1.2", "gen", "Gen", "gen.", "mr.", "ʼ", "ʼ.a"}
	r := rand.New(rand.NewSource(3))
	alpha := []string{"a", "B", ".", "é", "1", "ʼ", "’", "x"}
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for j := r.Intn(6); j > 0; j-- {
			b.WriteString(alpha[r.Intn(len(alpha))])
		}
		cases = append(cases, b.String())
	}
	for _, w := range cases {
		if got, want := IsAbbrev(w), isAbbrevOld(w); got != want {
			t.Fatalf("IsAbbrev(%q) = %v, want %v", w, got, want)
		}
		if got, want := isAbbrevFold(w), isAbbrevOld(lower(w)); got != want {
			t.Fatalf("isAbbrevFold(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestIsUpperWordSame checks the ASCII fast path against the Unicode
// reading (isUpperWordWide, the function as first written).
func TestIsUpperWordSame(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	alpha := []string{"a", "B", "C", ".", "É", "é", "1", "-", "ß", "\xff", "Σ"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := r.Intn(7); j > 0; j-- {
			b.WriteString(alpha[r.Intn(len(alpha))])
		}
		if w := b.String(); isUpperWord(w) != isUpperWordWide(w) {
			t.Fatalf("isUpperWord(%q) = %v", w, isUpperWord(w))
		}
	}
}

func TestFoldLatin(t *testing.T) {
	for in, want := range map[string]string{
		"Çavuşoğlu": "Cavusoglu", "Łukaszenka": "Lukaszenka", "Strauß": "Strauss",
		"Støre": "Store", "Đukanović": "Dukanovic", "Wang Yi": "Wang Yi", "Путин": "Путин", "Iran’s": "Iran's",
	} {
		if got := FoldLatin(in); got != want {
			t.Errorf("FoldLatin(%q) = %q, want %q", in, got, want)
		}
	}
}
