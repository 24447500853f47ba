package graph

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// appendEdgeJSON appends e as one line of the edge stream, byte for byte
// what a json.Encoder with SetEscapeHTML(false) writes for it (the trailing
// newline included): the fields in struct order, published omitted when
// empty, the actors through Actor.MarshalJSON (whose json.Marshal escapes
// <, > and &, kept as they are by the encoder), the confidence formatted as
// encoding/json formats a float64. It reports false, appending nothing,
// for what it does not write the same way (a confidence that is NaN or
// infinite, which encoding/json refuses); the caller then uses
// encoding/json. TestAppendEdgeJSON compares the two.
func appendEdgeJSON(b []byte, e *Edge) ([]byte, bool) {
	return appendEdgeJSONMemo(b, e, &quoted{})
}

// quoted remembers where in the output a string was last written quoted:
// the edges of one sentence share its text, which is then escaped once and
// copied for the others.
type quoted struct {
	s        string
	from, to int // its quoted form is b[from:to]
}

// appendEdgeJSONMemo is appendEdgeJSON into a b that holds, at m, the
// quoted sentence of an edge written before (or m zero); it updates m.
func appendEdgeJSONMemo(b []byte, e *Edge, m *quoted) ([]byte, bool) {
	if math.IsInf(e.Confidence, 0) || math.IsNaN(e.Confidence) {
		return b, false
	}
	b = append(b, `{"id":`...)
	b = appendJSONString(b, e.ID, false)
	b = append(b, `,"doc":`...)
	b = appendJSONString(b, e.Doc, false)
	b = append(b, `,"sentence_index":`...)
	b = strconv.AppendInt(b, int64(e.SentenceIndex), 10)
	b = append(b, `,"sentence":`...)
	if m.to > m.from && e.Sentence == m.s {
		b = append(b, b[m.from:m.to]...)
	} else {
		from := len(b)
		b = appendJSONString(b, e.Sentence, false)
		*m = quoted{e.Sentence, from, len(b)}
	}
	b = append(b, `,"source":`...)
	b = appendActorJSON(b, &e.Source)
	b = append(b, `,"relation":`...)
	b = appendJSONString(b, string(e.Relation), false)
	b = append(b, `,"target":`...)
	b = appendActorJSON(b, &e.Target)
	b = append(b, `,"trigger":`...)
	b = appendJSONString(b, e.Trigger, false)
	if e.Published != "" {
		b = append(b, `,"published":`...)
		b = appendJSONString(b, e.Published, false)
	}
	b = append(b, `,"confidence":`...)
	b = appendJSONFloat(b, e.Confidence)
	b = append(b, '}', '\n')
	return b, true
}

// appendActorJSON appends what Actor.MarshalJSON writes (json.Marshal,
// HTML escaping on).
func appendActorJSON(b []byte, a *Actor) []byte {
	b = append(b, `{"name":`...)
	b = appendJSONString(b, a.Name, true)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, string(a.Kind), true)
	b = append(b, `,"country":`...)
	if a.Country == "" {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, a.Country, true)
	}
	return append(b, '}')
}

// appendJSONFloat formats f as encoding/json does a float64 (f finite).
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const jsonHex = "0123456789abcdef"

// jsonSafe marks the ASCII bytes written as they are: jsonSafe[0] without
// HTML escaping, jsonSafe[1] with it.
var jsonSafe = func() (t [2][utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[0][c] = c != '"' && c != '\\'
		t[1][c] = t[0][c] && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendJSONString appends s quoted as encoding/json quotes a string:
// control characters, quote and backslash escaped (\b \f \n \r \t short),
// invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped, and with html also
// <, > and &.
func appendJSONString(b []byte, s string, html bool) []byte {
	b = append(b, '"')
	safe := &jsonSafe[0]
	if html {
		safe = &jsonSafe[1]
	}
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if safe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', jsonHex[c>>4], jsonHex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', jsonHex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
