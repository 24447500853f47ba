package ingest

import (
	"bytes"
	"errors"
	"fmt"
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
