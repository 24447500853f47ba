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
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	if strings.ContainsAny(s, invisible) {
		s = strings.Map(func(r rune) rune {
			if strings.ContainsRune(invisible, r) {
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
