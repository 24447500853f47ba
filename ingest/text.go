package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// ParseText makes one article of a text file's bytes, dropping a leading
// byte-order mark. Empty files, binary files and invalid UTF-8 are errors.
func ParseText(doc string, b []byte) (graph.Article, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if err := checkText(b); err != nil {
		return graph.Article{}, err
	}
	text := string(b)
	return graph.Article{Doc: doc, Text: text}, nil
}

// checkText reports why b cannot be read as text: empty (or only white
// space), binary (a NUL byte in its first 8000 bytes) or not UTF-8.
func checkText(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return errors.New("empty file")
	}
	if isBinary(b) {
		return errors.New("binary file, not text")
	}
	if !utf8.Valid(b) {
		return invalidUTF8(b)
	}
	return nil
}

func isBinary(b []byte) bool {
	return bytes.IndexByte(b[:min(len(b), 8000)], 0) >= 0
}

// invalidUTF8 says where the first byte that is not UTF-8 stands, so a user
// can find it (often a Latin-1 file: convert it with iconv).
func invalidUTF8(b []byte) error {
	line, col := 1, 1
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Errorf("not valid UTF-8 text: byte 0x%02x at line %d, column %d (convert the file to UTF-8, e.g. with iconv)", b[i], line, col)
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return errors.New("not valid UTF-8 text")
}

// fromUTF16 returns b as UTF-8 when it opens with a UTF-16 byte-order mark
// (as Windows tools write "Unicode" text), else b as it is.
func fromUTF16(b []byte) []byte {
	if len(b) < 2 || !(b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		return b
	}
	d, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
	if err != nil {
		return b
	}
	return bytes.TrimPrefix(d, []byte("\ufeff"))
}

// xmlEncoding matches the encoding an XML declaration names.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']`)

// fromDeclared returns an XML document (a feed) in UTF-8: b as it is when it
// is UTF-8 already, else decoded from the encoding its declaration names
// ("windows-1252", "ISO-8859-1"); false when it is neither.
func fromDeclared(b []byte) ([]byte, bool) {
	m := xmlEncoding.FindSubmatch(b[:min(len(b), 200)])
	if utf8.Valid(b) {
		if m != nil && !strings.EqualFold(string(m[1]), "utf-8") {
			// UTF-8 already (a file converted without its declaration): say
			// so, or the XML parser decodes it a second time
			return xmlEncoding.ReplaceAllFunc(b, func(decl []byte) []byte {
				return bytes.Replace(decl, m[1], []byte("UTF-8"), 1)
			}), true
		}
		return b, true
	}
	if m == nil {
		return b, false
	}
	enc, _ := charset.Lookup(string(m[1]))
	if enc == nil {
		return b, false
	}
	d, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return b, false
	}
	// the declaration would make the XML parser decode it again
	return xmlEncoding.ReplaceAllFunc(d, func(decl []byte) []byte {
		return bytes.Replace(decl, m[1], []byte("UTF-8"), 1)
	}), true
}

// utf16Reader returns r as UTF-8 when it opens with a UTF-16 byte-order
// mark, else r as it is (a stream: JSON lines are read line by line).
func utf16Reader(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	if len(head) < 2 || !(head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) {
		return br
	}
	return transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder())
}
