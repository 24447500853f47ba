package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/actorgraph/actorgraph/internal/lines"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// jsonArticle is the JSON form of an article: {id, title, text, published,
// url, source}. id may be a string or a number; published a date string or a
// Unix time; source a name or an object with one ({"name": "Reuters"}, as
// news APIs write it); text is required, and HTML in it is read as a page's.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Published json.RawMessage `json:"published"`
	URL       string          `json:"url"`
	Source    json.RawMessage `json:"source"`
}

// htmlInText matches markup in a JSON article's text: an opening, closing
// or empty tag of the elements news text is written in.
var htmlInText = regexp.MustCompile(`(?i)</?(p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|blockquote|figure|img|script|style)(\s[^>]*)?/?>`)

// jsonSource reads a source that is a string or an object with a "name".
func jsonSource(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	var s string
	if len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var o struct {
		Name string `json:"name"`
	}
	if len(raw) > 0 && raw[0] == '{' && json.Unmarshal(raw, &o) == nil {
		return strings.TrimSpace(o.Name)
	}
	return ""
}

// decodeArticle makes an article of one JSON object; fallback names it when
// it has no id.
func decodeArticle(raw []byte, fallback string) (graph.Article, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		return graph.Article{}, errors.New("not a JSON object")
	}
	var j jsonArticle
	if err := json.Unmarshal(raw, &j); err != nil {
		return graph.Article{}, fmt.Errorf("not a JSON article: %v", err)
	}
	if strings.TrimSpace(j.Text) == "" {
		return graph.Article{}, errors.New(`article has no "text"`)
	}
	doc, err := jsonID(j.ID)
	if err != nil {
		return graph.Article{}, err
	}
	if doc == "" {
		doc = fallback
	}
	text := j.Text
	if htmlInText.MatchString(text) {
		text = HTMLText(text) // "<p>Iran warned <b>Israel</b></p>": the page's text
	}
	a := graph.Article{Doc: doc, Title: strings.TrimSpace(j.Title), Text: text, URL: j.URL, Source: jsonSource(j.Source)}
	a.Published = jsonDate(j.Published)
	return a, nil
}

// jsonDate reads a published date that is a string (any form NormaliseDate
// knows) or a Unix time in seconds or milliseconds (read in UTC); anything
// else is no date.
func jsonDate(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	if raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return ""
		}
		return NormaliseDate(s)
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil || f <= 0 || f > 1e16 {
		return ""
	}
	if f > 1e11 { // milliseconds
		f /= 1000
	}
	t := time.Unix(int64(f), 0).UTC()
	if y := t.Year(); y < 1800 || y > 2200 {
		return ""
	}
	return t.Format("2006-01-02")
}

// jsonID reads an id that is a string, a number or absent.
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf(`bad "id": %v`, err)
		}
		return strings.TrimSpace(s), nil
	}
	if _, err := strconv.ParseFloat(string(raw), 64); err == nil {
		return string(raw), nil
	}
	return "", errors.New(`"id" must be a string or a number`)
}

// ParseJSONL reads JSON-lines articles from r, one object per line, passing
// each to fn. A malformed line (not JSON, no text, invalid UTF-8, longer than
// MaxLine) is passed to bad with path and its 1-based line number and
// skipped; blank lines are ignored. An article without an id is named
// doc#L<line>. A binary input is one problem and nothing is read. Memory is
// bounded by the longest line; it returns only fn's error or ctx's.
func ParseJSONL(ctx context.Context, doc, path string, r io.Reader, fn func(graph.Article) error, bad func(Problem)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	// look at what the first read brought, not 8000 bytes: a live stream
	// (JSON lines piped one at a time) must not wait for more
	br.Peek(1)
	if head, _ := br.Peek(min(br.Buffered(), 8000)); isBinary(head) {
		bad(Problem{Path: path, Err: errors.New("binary file, not JSON lines")})
		return nil
	}
	n, articles, badLines := 0, 0, 0
	for {
		if n%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		raw, tooLong, err := lines.Next(br, MaxLine)
		if len(raw) > 0 || tooLong || err == nil {
			n++
		}
		if tooLong || len(bytes.TrimSpace(raw)) > 0 {
			var a graph.Article
			var perr error
			switch {
			case tooLong:
				perr = fmt.Errorf("line longer than %d MiB", MaxLine>>20)
			case !utf8.Valid(raw):
				perr = errors.New("not valid UTF-8")
			default:
				if n == 1 {
					raw = bytes.TrimPrefix(raw, []byte("\ufeff")) // a byte-order mark
				}
				name := fmt.Sprintf("%s#L%d", doc, n)
				if path == "-" {
					// standard input is append-only: a line with no id is
					// named by its content, not by its place in this pipe
					name = stdinName(raw)
				}
				a, perr = decodeArticle(raw, name)
			}
			if perr != nil {
				badLines++
				bad(Problem{Path: path, Line: n, Err: perr})
			} else {
				articles++
				if ferr := fn(a); ferr != nil {
					return ferr
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			bad(Problem{Path: path, Line: n, Err: cleanErr(err)})
			return nil
		}
	}
	if articles == 0 && badLines == 0 {
		bad(Problem{Path: path, Err: errors.New("empty file")})
	}
	return nil
}

// ParseJSON reads the articles of a .json file: a JSON array of article
// objects, or objects one after another (one per line is JSON lines, read by
// ParseJSONL so a bad line spoils only itself). A bad element is passed to
// bad with its line and skipped; a syntax error ends the read there.
func ParseJSON(ctx context.Context, doc, path string, b []byte, fn func(graph.Article) error, bad func(Problem)) error {
	if err := checkText(b); err != nil {
		bad(Problem{Path: path, Err: err})
		return nil
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	trimmed := bytes.TrimLeft(b, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		first, _, _ := bytes.Cut(trimmed, []byte("\n"))
		if json.Valid(first) {
			return ParseJSONL(ctx, doc, path, bytes.NewReader(b), fn, bad)
		}
	}
	lineOf := func(off int64) int { return 1 + bytes.Count(b[:min(int(off), len(b))], []byte("\n")) }
	dec := json.NewDecoder(bytes.NewReader(b))
	inArray := false
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if _, err := dec.Token(); err != nil {
			bad(Problem{Path: path, Line: 1, Err: err})
			return nil
		}
		inArray = true
	}
	for i := 0; ; i++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if inArray && !dec.More() {
			break
		}
		start := dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			if err == io.EOF && !inArray {
				break
			}
			bad(Problem{Path: path, Line: lineOf(dec.InputOffset()), Err: fmt.Errorf("not JSON: %v", err)})
			return nil
		}
		// The decoder's offset is before any white space that precedes the
		// value; the line is that of the value's first byte.
		line := lineOf(start + int64(len(b[start:])-len(bytes.TrimLeft(b[start:], " \t\r\n,"))))
		a, err := decodeArticle(raw, fmt.Sprintf("%s#%d", doc, i+1))
		if err != nil {
			bad(Problem{Path: path, Line: line, Err: err})
			continue
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}
