package ingest

import (
	"bytes"
	"errors"
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
		return errors.New("not valid UTF-8 text")
	}
	return nil
}

func isBinary(b []byte) bool {
	return bytes.IndexByte(b[:min(len(b), 8000)], 0) >= 0
}
