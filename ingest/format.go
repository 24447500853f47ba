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
	Markdown                // one article: the whole file, its markup taken out
)

var formatNames = [...]string{"unknown", "text", "html", "json", "jsonl", "feed", "sniffed", "markdown"}

func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "unknown"
}

var extFormats = map[string]Format{
	".txt": Text, ".text": Text, ".md": Markdown, ".markdown": Markdown,
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
// input starting with "[" and then an object, a string or "]" is JSON, with
// "{" and then a key or "}" JSON lines; anything else is text ("[WASHINGTON]
// The United States urged ...", "{Updated} Iran warned ...").
func Sniff(head []byte) Format {
	b := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	if len(b) == 0 {
		return Text
	}
	next := func() byte { // the first byte after b[0] that is no space, or 0
		if r := bytes.TrimLeft(b[1:], " \t\r\n"); len(r) > 0 {
			return r[0]
		}
		return 0
	}
	switch b[0] {
	case '[':
		if c := next(); c == '{' || c == '"' || c == ']' || c == 0 {
			return JSON
		}
		return Text
	case '{':
		if c := next(); c == '"' || c == '}' || c == 0 {
			return JSONLines
		}
		return Text
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
// It reads no more than it needs: up to sniffLen bytes for markup (a
// feed's root element may follow an XML declaration and comments), the
// first line otherwise, so that a live stream on standard input (JSON
// lines written one at a time) is not held back.
func sniffReader(r io.Reader) (Format, []byte, error) {
	head := make([]byte, 0, sniffLen)
	for len(head) < sniffLen {
		n, err := r.Read(head[len(head):sniffLen])
		head = head[:len(head)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return Sniff(head), head, err
		}
		b := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
		if len(b) > 0 && b[0] != '<' && bytes.IndexByte(b, '\n') >= 0 {
			break // one whole line of JSON or text decides
		}
	}
	return Sniff(head), head, nil
}
