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
	"slices"
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
	Text        string // as written
	Lower       string // lower case, typographic apostrophes made plain
	Start, End  int32  // rune offsets in the article
	Off, OffEnd int32  // byte offsets in the article
	NL          int32  // newlines between the previous token and this one
	QuoteID     int32  // the quotation this token stands in (its marks included), 0 outside quotes
	Kind        Kind
	Cap         bool // starts with an upper-case letter
	Upper       bool // two or more letters, all upper case ("US", "U.N.")
	Space       bool // white space before this token
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
	return w != "" && initialsOnly(w) // isInitialism(w + "."), with no string built
}

// isInitialism reports whether w looks like "u.s." or "u.n." or "a.".
func isInitialism(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	return initialsOnly(w[:len(w)-1])
}

// initialsOnly reports whether every part of w between periods is one
// letter: "u.s", "a" (and not "", "us", "u..s").
func initialsOnly(w string) bool {
	for {
		p, rest, more := strings.Cut(w, ".")
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsLetter(r) {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

// isApos reports whether r stands for an apostrophe; a backtick or an
// acute accent does on some sites ("Manmohan Singh`s warning").
func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == '´' }

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‟':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isWordRuneWide(r) // (out of line, so that the ASCII test inlines)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRuneWide(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Tokenize cuts s into tokens. Offsets are runes from the start of s.
// Cost: one pass over s; token texts are substrings of s, and only words
// with capitals or non-ASCII letters allocate their lower-case form.
func Tokenize(s string) []Token { return tokenize(s, nil) }

// lowered is a token whose lower-case form is arena[from:to] (tokenize).
type lowered struct{ tok, from, to int32 }

// tokenize is Tokenize using b's memory when b is not nil (what b held
// is overwritten).
//
// Cost: one pass over s. A word of ASCII letters (most words) is read one
// byte at a time from asciiClass, which also gathers its case, so that
// its lower-case form and Token.Upper need no second look at it; a plain
// one (plainWord) skips the tests of the joins inside a word.
func tokenize(s string, b *Buffers) []Token {
	var toks []Token
	// the lower-case forms of ASCII tokens with capitals are written into
	// one buffer, made one string at the end and cut up (lowered), rather
	// than allocated one a token
	var arena []byte
	var fixes []lowered
	if b != nil {
		toks, arena, fixes = b.toks[:0], b.arena[:0], b.fixes[:0]
		defer func() { b.arena, b.fixes = arena[:0], fixes[:0] }()
	}
	if cap(toks) < len(s)/5+4 {
		toks = make([]Token, 0, len(s)/5+4)
	}
	nl := 0
	space := false
	n := len(s)
	at := func(j int) (rune, int) { return runeAt(s, j) }
	// the byte offset i, and extra, the bytes of the runes read past their
	// first: the rune offset is i-extra
	i, extra := 0, 0
	prevRune := rune(-1)
	for i < n {
		var r rune
		var sz int
		if c := s[i]; c < utf8.RuneSelf {
			if asciiClass[c]&clSpace != 0 { // unicode.IsSpace, for ASCII
				if c == '\n' {
					nl++
				}
				space = true
				i++
				prevRune = rune(c)
				continue
			}
			r, sz = rune(c), 1
		} else {
			r, sz = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff' || r == '\u200b' {
				space = true
				i, extra = i+sz, extra+sz-1
				prevRune = r
				continue
			}
		}
		start, rstart := i, i-extra
		kind := Punct
		// a word's case, gathered as it is read: the classes of its ASCII
		// bytes, and whether any byte is not ASCII (then the case is read
		// from its text, below)
		var cls uint8
		wide := false
		if end, k := plainWord(s, i); end > 0 {
			// (most words: the cases below would read it the same)
			kind, cls, i = Word, k, end
			goto token
		}
		switch {
		case isWordRune(r):
			kind = Word
			digits := unicode.IsDigit(r)
			letters := 1 // runes in the word so far
			if r < utf8.RuneSelf {
				cls = asciiClass[r]
			} else {
				wide = true
			}
			i, extra = i+sz, extra+sz-1
			for i < n {
				// a run of ASCII letters and digits (most of a word), read
				// without decoding
				j := i
				for j < n {
					k := asciiClass[s[j]]
					if k&clWord == 0 {
						break
					}
					cls |= k
					j++
				}
				if j > i {
					letters += j - i
					i = j
					if cls&(clUpper|clLower) != 0 {
						digits = false
					}
					if i >= n {
						break
					}
				}
				c, cz := at(i)
				if isWordRune(c) { // (not ASCII: those are read above)
					if !unicode.IsDigit(c) {
						digits = false
					}
					wide = true
					letters++
					i, extra = i+cz, extra+cz-1
					continue
				}
				if c != '-' && c != '‑' && c != ',' && c != '.' && !isApos(c) {
					break // (none of the joins below: no look at the next rune)
				}
				nx, _ := at(i + cz)
				if i+cz < n && isWordRune(nx) {
					if c == '-' || c == '‑' {
						if unicode.IsUpper(nx) && officePrefix(s[start:i]) {
							break // "then-President X": the prefix and the title are words of their own
						}
						wide = wide || c >= utf8.RuneSelf
						i, extra = i+cz, extra+cz-1
						letters = 0 // "anti-U.S.": an initialism may follow the hyphen
						continue
					}
					if isApos(c) {
						nn, _ := at(i + cz + 1)
						if (nx == 's' || nx == 'S') && (i+cz+1 >= n || !isWordRune(nn)) {
							break // possessive 's stays a token of its own
						}
						wide = wide || c >= utf8.RuneSelf
						i, extra = i+cz, extra+cz-1
						continue
					}
					if digits && (c == ',' || c == '.') && unicode.IsDigit(nx) {
						i, extra = i+cz, extra+cz-1
						continue
					}
					// (a join is always followed by a word rune, so the rune
					// before i is the last word rune read)
					if prev, _ := utf8.DecodeLastRuneInString(s[start:i]); c == '.' && letters == 1 && unicode.IsLetter(prev) {
						// U.S / U.N: single letter, period, letter
						letters = 0
						i, extra = i+cz, extra+cz-1
						continue
					}
				}
				break
			}
			if digits {
				kind = Number
				if i < n && s[i] == '%' {
					i++
				}
			}
			// keep the final period of an abbreviation or initialism
			if kind == Word && i < n && s[i] == '.' {
				if strings.Contains(s[start:i], ".") || isAbbrevFold(s[start:i]) {
					i++
					// "U.S.-brokered", "U.N.-led": the initialism opens a
					// compound, one word as "US-brokered" is
					// ("U.S.-South Korean" stays two: a name follows)
					for i+1 < n && s[i] == '-' && s[i+1] >= 'a' && s[i+1] <= 'z' {
						i++
						for i < n && asciiClass[s[i]]&clWord != 0 {
							cls |= asciiClass[s[i]]
							i++
						}
					}
				}
			}
		case isQuote(r):
			kind = Quote
			i, extra = stepRune(s, i, extra)
		case isApos(r):
			nx, nz := at(i + sz)
			nn, _ := at(i + sz + nz)
			// ("the U.S.'s outreach": an initialism's possessive too)
			if (nx == 's' || nx == 'S') && (i+sz+nz >= n || !isWordRune(nn)) && start > 0 && (isWordRune(prevRune) || prevRune == '.' && !space && len(toks) > 0 && strings.Count(toks[len(toks)-1].Text, ".") >= 2) {
				kind = Poss
				i, extra = stepRune(s, i, extra)
				i, extra = stepRune(s, i, extra)
			} else if prevRune == 's' && (i+sz >= n || !isWordRune(nx)) && len(toks) > 0 && !space {
				// plural possessive: "allies’ support"; also a closing single
				// quote, which the reader treats alike.
				kind = Poss
				i, extra = stepRune(s, i, extra)
			} else {
				i, extra = stepRune(s, i, extra)
			}
		case r == '.':
			i, extra = stepRune(s, i, extra)
			for i < n && s[i] == '.' {
				i++
			}
		default:
			i, extra = stepRune(s, i, extra)
		}
	token:
		text := s[start:i]
		// the case of the token: asciiCase(text) and, for a word,
		// isUpperWord(text)
		acase := 0
		if kind != Word && kind != Number || wide {
			acase = asciiCase(text)
		} else if cls&clUpper != 0 {
			acase = 1
		}
		var low string
		if kind == Poss {
			low = "'s"
		} else {
			switch acase {
			case 0: // ASCII, no capitals: the text itself
				low = text
			case 1: // ASCII with capitals: into the buffer (set below)
				from := len(arena)
				arena = append(arena, text...)
				for j := from; j < len(arena); j++ {
					if c := arena[j]; c-'A' < 26 {
						arena[j] = c + 'a' - 'A'
					}
				}
				fixes = append(fixes, lowered{int32(len(toks)), int32(from), int32(len(arena))})
			default:
				low = lower(text)
			}
		}
		var capital, upper bool
		if kind == Word {
			if r < utf8.RuneSelf {
				capital = 'A' <= r && r <= 'Z' // unicode.IsUpper, for ASCII
			} else {
				capital = unicode.IsUpper(r)
			}
			if wide || cls&clUpper != 0 && cls&clLower == 0 {
				upper = isUpperWord(text) // (an ASCII word with a small letter is not)
			}
		}
		// the token, written in place (every field: the buffer may hold
		// an earlier article's)
		if len(toks) == cap(toks) {
			toks = slices.Grow(toks, 1)
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.Text, t.Lower = text, low
		t.Start, t.End, t.Off, t.OffEnd, t.NL, t.QuoteID = int32(rstart), int32(i-extra), int32(start), int32(i), int32(nl), 0
		t.Kind, t.Cap, t.Upper, t.Space = kind, capital, upper, space
		if c := text[len(text)-1]; c < utf8.RuneSelf {
			prevRune = rune(c)
		} else {
			prevRune, _ = utf8.DecodeLastRuneInString(text)
		}
		nl = 0
		space = false
	}
	if len(fixes) > 0 {
		low := string(arena)
		for _, f := range fixes {
			toks[f.tok].Lower = low[f.from:f.to]
		}
	}
	return toks
}

// runeAt returns the rune at byte j of s and its size; utf8.RuneError, 0
// past the end.
func runeAt(s string, j int) (rune, int) {
	if j >= len(s) {
		return utf8.RuneError, 0
	}
	c := s[j]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[j:])
}

// stepRune moves the byte offset i and its count extra (tokenize) past
// the rune at i.
func stepRune(s string, i, extra int) (int, int) {
	_, z := runeAt(s, i)
	return i + z, extra + z - 1
}

// officePrefix reports whether w, written before a hyphen and a capital,
// dates the office that follows: "then-President", "ex-Prime Minister"
// ("Then-" opening a sentence too; not "Ex-", as in "Ex-Im Bank").
// The title must stay a word of its own for the roles to read it.
func officePrefix(w string) bool { return w == "then" || w == "Then" || w == "ex" }

// plainWord reads the word at byte i of s when it is plain: an ASCII
// letter, then ASCII letters and digits, ending at the end of s or before
// an ASCII byte that joins nothing to a word (not a hyphen, comma, period,
// apostrophe or backtick). It returns the word's end and the classes of
// its bytes; 0 when the word at i is not plain (tokenize reads it rune by
// rune). Cost: one table read a byte.
func plainWord(s string, i int) (end int, cls uint8) {
	cls = asciiClass[s[i]]
	if cls&(clUpper|clLower) == 0 {
		return 0, 0
	}
	j := i + 1
	for j < len(s) {
		k := asciiClass[s[j]]
		if k&clWord == 0 {
			break
		}
		cls |= k
		j++
	}
	if j < len(s) {
		switch c := s[j]; c {
		case '-', ',', '.', '\'', '`':
			return 0, 0
		default:
			if c >= utf8.RuneSelf {
				return 0, 0
			}
		}
	}
	return j, cls
}

// The classes of a byte (asciiClass).
const (
	clWord  = 1 // an ASCII letter or digit (asciiWord)
	clUpper = 2 // A-Z
	clLower = 4 // a-z
	clSpace = 8 // ASCII white space (unicode.IsSpace)
)

// asciiClass holds the classes of each byte; a byte of a rune that is not
// ASCII has none.
var asciiClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = clWord | clUpper
		case 'a' <= c && c <= 'z':
			t[c] = clWord | clLower
		case '0' <= c && c <= '9':
			t[c] = clWord
		case unicode.IsSpace(rune(c)):
			t[c] = clSpace
		}
	}
	return t
}()

// asciiCase is 0 for an ASCII string with no capitals, 1 for an ASCII
// string with capitals, 2 for a string that is not ASCII.
func asciiCase(s string) int {
	c := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= 0x80 {
			return 2
		}
		if 'A' <= b && b <= 'Z' {
			c = 1
		}
	}
	return c
}

// isAbbrevFold is IsAbbrev(lower(w)), with no allocation for an ASCII w
// (a word before a period: "Gen", "U.S").
func isAbbrevFold(w string) bool {
	if asciiCase(w) != 1 || len(w) > 16 {
		return IsAbbrev(lower(w))
	}
	var buf [16]byte
	for j := 0; j < len(w); j++ {
		c := w[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[j] = c
	}
	return IsAbbrev(string(buf[:len(w)]))
}

func isUpperWord(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ { // ASCII first: the same answer, sooner
		c := s[i]
		if c >= utf8.RuneSelf {
			return isUpperWordWide(s)
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

func isUpperWordWide(s string) bool {
	letters := 0
	for _, r := range s {
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
		s = plainMarks.Replace(s)
	}
	return s
}

// plainMarks makes typographic apostrophes and hyphens plain (lower).
var plainMarks = strings.NewReplacer("’", "'", "ʼ", "'", "‑", "-")

// Lower is the folding Tokenize applies to Token.Lower, for callers that
// build keys to compare with it.
func Lower(s string) string { return lower(s) }
