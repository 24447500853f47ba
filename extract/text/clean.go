package text

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// invisible are the format characters that web pages leave inside words
// and that no reader sees: the soft hyphen, the zero-width space, non-joiner
// and joiner, the word joiner, the zero-width no-break space (a byte-order
// mark inside a text), and the bidirectional marks and controls
// ("Isr\u200bael" is Israel).
const invisible = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

// Clean returns s as the extractor reads it: the invisible format
// characters removed and the text in Unicode normal form C, so that a name
// written with combining accents ("Türkiye" as "Tu\u0308rkiye") is the
// dictionary's precomposed one. A text of ASCII only (most news) is
// returned as it is after one pass over its bytes. Cost: linear in len(s).
func Clean(s string) string {
	first := -1 // the first byte past ASCII
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			first = i
			break
		}
	}
	if first < 0 {
		return s
	}
	if hasInvisible(s[first:]) {
		s = strings.Map(func(r rune) rune {
			if isInvisible(r) {
				return -1
			}
			return r
		}, s)
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s
}

// hasInvisible reports whether s holds one of the invisible characters,
// as strings.ContainsAny(s, invisible) does. Each of them is written in
// UTF-8 with a lead byte of 0xC2, 0xE2 or 0xEF, bytes that never stand
// inside another character, so only the characters with such a lead are
// decoded. Cost: linear in len(s).
func hasInvisible(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xc2, 0xe2, 0xef:
			if r, _ := utf8.DecodeRuneInString(s[i:]); isInvisible(r) {
				return true
			}
		}
	}
	return false
}

// isInvisible reports whether r is one of the invisible characters:
// strings.ContainsRune(invisible, r) without the scan.
func isInvisible(r rune) bool {
	switch {
	case r == 0x00ad, r >= 0x200b && r <= 0x200f, r == 0x2060, r == 0xfeff,
		r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
