// Package text cuts news text into tokens, paragraphs and sentences, and
// marks which tokens stand inside quotation marks. It knows the habits of
// news copy: abbreviations that end in a period (U.S., Lt. Gen., Maj.),
// Unicode quotes and dashes, possessive 's, datelines, bylines, photo
// captions and page debris ("Back to top", "Short link:").
//
// Offsets are in runes from the start of the article, so that
// []rune(article)[tok.Start:tok.End] == tok.Text holds for every token
// (TestTokenOffsets checks it).
//
// # Concurrency
//
// The package has no state; every function is safe for concurrent use.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the class of a token.
type Kind uint8

// The token kinds.
const (
	Word   Kind = iota // letters, digits, inner hyphens and apostrophes: "Amir-Abdollahian", "don't", "U.S."
	Number             // digits with inner separators: "1,000", "3.5", "99%"
	Punct              // one punctuation mark or a run of dots
	Quote              // a quotation mark: " “ ” « »
	Poss               // the possessive marker 's (or ’s, or a lone ’ after a plural)
)

// Token is one word, number, mark or possessive of a text.
type Token struct {
	Text       string // as written
	Lower      string // lower case, typographic apostrophes made plain
	Start, End int    // rune offsets in the article
	Kind       Kind
	Cap        bool // starts with an upper-case letter
	Upper      bool // two or more letters, all upper case ("US", "U.N.")
	NL         int  // newlines between the previous token and this one
	QuoteID    int  // the quotation this token stands in (its marks included), 0 outside quotes
	Space      bool // white space before this token
}

// IsWord reports whether t is a word.
func (t Token) IsWord() bool { return t.Kind == Word }

// abbreviations end with a period that does not end a sentence (the period
// is kept in the token).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "lt": true, "gen": true, "maj": true,
	"col": true, "capt": true, "cpt": true, "sgt": true, "adm": true, "gov": true, "sen": true,
	"rep": true, "reps": true, "st": true, "jr": true, "sr": true, "prof": true, "rev": true,
	"vs": true, "etc": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"cmdr": true, "brig": true, "pres": true, "dept": true, "approx": true,
	"gens": true, "lieut": true, "supt": true, "hon": true, "messrs": true, "fig": true,
	"pvt": true, "cpl": true, "mlle": true, "mme": true, "esq": true, "amb": true,
}

// IsAbbrev reports whether the lower-case word w (with or without its final
// period) is an abbreviation whose period does not end a sentence.
func IsAbbrev(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if abbreviations[w] {
		return true
	}
	return isInitialism(w + ".")
}

// isInitialism reports whether w looks like "u.s." or "u.n." or "a.".
func isInitialism(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	parts := strings.Split(w[:len(w)-1], ".")
	for _, p := range parts {
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

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‟':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Tokenize cuts s into tokens. Offsets are runes from the start of s.
// Cost: one pass over s, one string per token.
func Tokenize(s string) []Token {
	rs := []rune(s)
	toks := make([]Token, 0, len(rs)/5+4)
	nl := 0
	space := false
	i := 0
	n := len(rs)
	for i < n {
		r := rs[i]
		if r == '\n' {
			nl++
			space = true
			i++
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff' || r == '\u200b' {
			space = true
			i++
			continue
		}
		start := i
		kind := Punct
		switch {
		case isWordRune(r):
			kind = Word
			digits := unicode.IsDigit(r)
			i++
			for i < n {
				c := rs[i]
				if isWordRune(c) {
					if !unicode.IsDigit(c) {
						digits = false
					}
					i++
					continue
				}
				// inner joiners: hyphen, apostrophe (not the possessive 's), period
				// between letters (U.S.), comma or period between digits (1,000).
				if i+1 < n && isWordRune(rs[i+1]) {
					if c == '-' || c == '‑' {
						i++
						continue
					}
					if isApos(c) {
						// possessive 's stays a token of its own
						if (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 >= n || !isWordRune(rs[i+2])) {
							break
						}
						i++
						continue
					}
					if digits && (c == ',' || c == '.') && unicode.IsDigit(rs[i+1]) {
						i++
						continue
					}
					if c == '.' && i-start == 1 && unicode.IsLetter(rs[i-1]) {
						// U.S / U.N: single letter, period, letter
						i++
						continue
					}
					if c == '.' && i >= 2 && rs[i-2] == '.' {
						i++
						continue
					}
				}
				break
			}
			if digits {
				kind = Number
				if i < n && rs[i] == '%' {
					i++
				}
			}
			// keep the final period of an abbreviation or initialism
			if kind == Word && i < n && rs[i] == '.' {
				w := strings.ToLower(string(rs[start:i]))
				if IsAbbrev(w) || strings.Contains(w, ".") {
					i++
				}
			}
		case isQuote(r):
			kind = Quote
			i++
		case isApos(r) && i+1 < n && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 >= n || !isWordRune(rs[i+2])) && start > 0 && isWordRune(rs[start-1]):
			kind = Poss
			i += 2
		case isApos(r) && start > 0 && (rs[start-1] == 's') && (i+1 >= n || !isWordRune(rs[i+1])) && len(toks) > 0 && !space:
			// plural possessive: "allies’ support"; also a closing single quote,
			// which the reader treats alike.
			kind = Poss
			i++
		case r == '.':
			i++
			for i < n && rs[i] == '.' {
				i++
			}
		default:
			i++
		}
		text := string(rs[start:i])
		t := Token{Text: text, Start: start, End: i, Kind: kind, NL: nl, Space: space}
		t.Lower = lower(text)
		if kind == Word {
			t.Cap = unicode.IsUpper(rs[start])
			t.Upper = isUpperWord(rs[start:i])
		}
		if kind == Poss {
			t.Lower = "'s"
		}
		toks = append(toks, t)
		nl = 0
		space = false
	}
	return toks
}

func isUpperWord(rs []rune) bool {
	letters := 0
	for _, r := range rs {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// lower folds case and makes typographic apostrophes and hyphens plain.
func lower(s string) string {
	ascii := true
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s
		}
		return strings.ToLower(s)
	}
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "’ʼ‑") {
		s = strings.NewReplacer("’", "'", "ʼ", "'", "‑", "-").Replace(s)
	}
	return s
}

// Lower is the folding Tokenize applies to Token.Lower, for callers that
// build keys to compare with it.
func Lower(s string) string { return lower(s) }
