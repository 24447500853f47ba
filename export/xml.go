package export

import (
	"bufio"
	"strings"
	"unicode/utf8"
)

// xmlChar reports whether XML 1.0 can hold r: tab, newline, carriage
// return, and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= utf8.MaxRune
}

// Clean returns s without the characters XML 1.0 cannot hold (NUL and the
// other C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF);
// invalid UTF-8 becomes U+FFFD. Every text an export writes goes through it.
// Cost: O(len(s)), no allocation when s is clean.
func Clean(s string) string {
	clean := true
	for _, r := range s {
		if !xmlChar(r) || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		if xmlChar(r) {
			b.WriteRune(r) // invalid UTF-8 is written as U+FFFD
		}
	}
	return b.String()
}

// writeEscaped writes s, cleaned, escaped for use both as element text and
// as a double- or single-quoted attribute value: & < > " ' as entities, and
// tab, newline and carriage return as character references so that
// attribute-value normalisation keeps them.
func writeEscaped(w *bufio.Writer, s string) {
	s = Clean(s)
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&quot;"
		case '\'':
			esc = "&apos;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		last = i + 1
	}
	w.WriteString(s[last:])
}

// xmlWriter writes XML through a buffer, keeping the first error.
type xmlWriter struct {
	w *bufio.Writer
}

// raw writes markup as it is.
func (x xmlWriter) raw(parts ...string) {
	for _, p := range parts {
		x.w.WriteString(p)
	}
}

// attr writes ` name="value"` with value escaped.
func (x xmlWriter) attr(name, value string) {
	x.w.WriteByte(' ')
	x.w.WriteString(name)
	x.w.WriteString(`="`)
	writeEscaped(x.w, value)
	x.w.WriteByte('"')
}

// text writes escaped character data.
func (x xmlWriter) text(s string) { writeEscaped(x.w, s) }
