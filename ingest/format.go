package ingest

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
)

// Format is how a source's bytes are read as articles.
type Format int

// The formats.
const (
	Unknown   Format = iota // not an article file; passed over in folders
	Text                    // one article: the whole file
	HTML                    // one article: the page text without its chrome
	JSON                    // a JSON array of articles, or JSON objects one after another
	JSONLines               // one JSON article per line
	Feed                    // an RSS, Atom or RDF feed: one article per item
	Sniffed                 // chosen from the first bytes (standard input)
)

var formatNames = [...]string{"unknown", "text", "html", "json", "jsonl", "feed", "sniffed"}

func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "unknown"
}

var extFormats = map[string]Format{
	".txt": Text, ".text": Text, ".md": Text, ".markdown": Text,
	".html": HTML, ".htm": HTML, ".xhtml": HTML,
	".json":  JSON,
	".jsonl": JSONLines, ".ndjson": JSONLines,
	".rss": Feed, ".atom": Feed, ".rdf": Feed, ".xml": Feed,
}

// FormatOf is the format of a file by its name's extension (case-insensitive),
// or Unknown.
func FormatOf(name string) Format {
	return extFormats[strings.ToLower(filepath.Ext(name))]
}

// sniffLen is how many leading bytes Sniff looks at.
const sniffLen = 4096

// Sniff chooses a format from the first bytes of an input: markup is a feed
// when it has an <rss>, <feed> or <rdf:RDF> element and HTML otherwise; an
// input starting with "[" is JSON, with "{" JSON lines; anything else is text.
func Sniff(head []byte) Format {
	b := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	if len(b) == 0 {
		return Text
	}
	switch b[0] {
	case '[':
		return JSON
	case '{':
		return JSONLines
	case '<':
		l := bytes.ToLower(b)
		for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if bytes.Contains(l, []byte(tag)) {
				return Feed
			}
		}
		return HTML
	}
	return Text
}

// sniffReader reads the first bytes of r and sniffs them; it returns them so
// the caller can read them again.
func sniffReader(r io.Reader) (Format, []byte, error) {
	head := make([]byte, sniffLen)
	n, err := io.ReadFull(r, head)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	head = head[:n]
	return Sniff(head), head, err
}
