package graph

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/internal/lines"
)

// MaxLine is the longest edge-stream line ReadEdges accepts.
const MaxLine = 16 << 20

// LineError is a bad line of an edge stream: the file, the 1-based line and
// what is wrong with it.
type LineError struct {
	File string
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// ReadEdges reads a JSONL edge stream from r, calling fn for each valid edge
// in order. A bad line is passed to bad (with its file name and line number)
// and skipped; when bad is nil, the first bad line stops the read with a
// *LineError. An error returned by fn or bad stops the read and is returned.
func ReadEdges(ctx context.Context, r io.Reader, name string, fn func(Edge) error, bad func(*LineError) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	line := 0
	for {
		if line%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		raw, tooLong, err := lines.Next(br, MaxLine)
		if len(raw) > 0 || tooLong || err == nil {
			line++
		}
		if tooLong || len(raw) > 0 {
			if perr := parseEdgeLine(raw, tooLong, line, name, fn, bad); perr != nil {
				return perr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
}

// errLineTooLong marks a line longer than MaxLine.
var errLineTooLong = fmt.Errorf("line longer than %d bytes", MaxLine)

func parseEdgeLine(raw []byte, tooLong bool, line int, name string, fn func(Edge) error, bad func(*LineError) error) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 && !tooLong {
		return nil
	}
	report := func(err error) error {
		le := &LineError{File: name, Line: line, Err: err}
		if bad == nil {
			return le
		}
		return bad(le)
	}
	if tooLong {
		return report(errLineTooLong)
	}
	var e Edge
	if err := json.Unmarshal(raw, &e); err != nil {
		return report(fmt.Errorf("not a JSON edge: %v", err))
	}
	if err := e.Validate(); err != nil {
		return report(err)
	}
	if e.ID == "" {
		e = e.WithID()
	}
	return fn(e)
}

// ReadEdgesFile reads every edge of the JSONL file at path ("-" for standard
// input). It stops at the first bad line with an error that names the file
// and the line.
func ReadEdgesFile(ctx context.Context, path string) ([]Edge, error) {
	var edges []Edge
	err := readEdgesPath(ctx, path, func(e Edge) error { edges = append(edges, e); return nil }, nil)
	return edges, err
}

// ReadEdgesFileLenient is ReadEdgesFile that skips bad lines, returning them
// as a list beside the good edges.
func ReadEdgesFileLenient(ctx context.Context, path string) ([]Edge, []*LineError, error) {
	var edges []Edge
	var bads []*LineError
	err := readEdgesPath(ctx, path,
		func(e Edge) error { edges = append(edges, e); return nil },
		func(le *LineError) error { bads = append(bads, le); return nil })
	return edges, bads, err
}

func readEdgesPath(ctx context.Context, path string, fn func(Edge) error, bad func(*LineError) error) error {
	if path == "-" {
		return ReadEdges(ctx, os.Stdin, "<stdin>", fn, bad)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return fmt.Errorf("%s is a folder, not an edge file (JSONL)", path)
	}
	return ReadEdges(ctx, f, path, fn, bad)
}

// EdgeWriter writes edges as JSONL, one object per line.
type EdgeWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
	n   int
}

// NewEdgeWriter returns a writer of the edge stream to w. Call Flush at the end.
func NewEdgeWriter(w io.Writer) *EdgeWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &EdgeWriter{w: bw, enc: enc}
}

// Write writes one edge, setting its ID first when it has none.
func (w *EdgeWriter) Write(e Edge) error {
	if e.ID == "" {
		e = e.WithID()
	}
	w.n++
	return w.enc.Encode(e)
}

// Count is the number of edges written so far.
func (w *EdgeWriter) Count() int { return w.n }

// Flush writes any buffered data to the underlying writer.
func (w *EdgeWriter) Flush() error { return w.w.Flush() }

// EncodeEdges returns edges as lines of the edge stream, byte for byte what
// Write would write for them (ids set first where missing), so that
// encoding can run on many goroutines and one EdgeWriter only copies the
// lines out with WriteLines. Cost: one pass over each edge's strings
// (appendEdgeJSON), no reflection.
func EncodeEdges(edges []Edge) ([]byte, error) {
	n := 0
	for i := range edges {
		e := &edges[i]
		n += len(e.Sentence) + len(e.Doc) + len(e.Source.Name) + len(e.Source.Country) + len(e.Target.Name) +
			len(e.Target.Country) + len(e.Trigger) + len(e.Published) + 256
	}
	b := make([]byte, 0, n)
	var m quoted
	for i := range edges {
		e := &edges[i]
		if e.ID == "" {
			c := e.WithID()
			e = &c
		}
		var ok bool
		if b, ok = appendEdgeJSONMemo(b, e, &m); !ok {
			return encodeEdgesJSON(edges)
		}
	}
	return b, nil
}

// encodeEdgesJSON is EncodeEdges through encoding/json, for the edges
// appendEdgeJSON does not write.
func encodeEdgesJSON(edges []Edge) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, e := range edges {
		if e.ID == "" {
			e = e.WithID()
		}
		if err := enc.Encode(e); err != nil {
			return nil, fmt.Errorf("encode edge %s: %w", e.ID, err)
		}
	}
	return b.Bytes(), nil
}

// WriteLines writes n edges already encoded by EncodeEdges.
func (w *EdgeWriter) WriteLines(lines []byte, n int) error {
	w.n += n
	_, err := w.w.Write(lines)
	return err
}
