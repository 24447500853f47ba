// Package ingest finds articles under the paths a user gives and reads them
// into graph.Article values, one at a time, so that memory stays flat however
// large the corpus.
//
// A path is a file, a folder (read recursively, in lexical order) or "-" for
// standard input. An article's Doc is its path relative to the folder it was
// found under, or its base name when the file was named directly.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// MaxFileSize is the largest article file read; larger files are reported
// as problems and skipped.
const MaxFileSize = 64 << 20

// Problem is an input that could not be read: the file, the line when it is
// known, and why.
type Problem struct {
	Path string
	Line int
	Err  error
}

func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", p.Path, p.Line, p.Err)
	}
	return fmt.Sprintf("%s: %v", p.Path, p.Err)
}

func (p Problem) Unwrap() error { return p.Err }

// Source is one article file found under a path, not yet read.
type Source struct {
	Path string // the path to open ("-" for standard input)
	Doc  string // the document name articles from it get
}

// Extensions are the file name endings read as articles; other files in a
// folder are passed over silently.
var textExtensions = map[string]bool{".txt": true, ".md": true, ".text": true, ".markdown": true}

// Readable reports whether a file of this name is read as articles.
func Readable(name string) bool {
	return textExtensions[strings.ToLower(filepath.Ext(name))]
}

// Find lists the article files under paths, in a stable order: paths in the
// order given, each folder walked in lexical order. A path that does not
// exist or cannot be walked is reported to bad and skipped.
func Find(ctx context.Context, paths []string, bad func(Problem)) []Source {
	var out []Source
	for _, p := range paths {
		if p == "-" {
			out = append(out, Source{Path: "-", Doc: "stdin"})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			bad(Problem{Path: p, Err: cleanErr(err)})
			continue
		}
		if !info.IsDir() {
			out = append(out, Source{Path: p, Doc: filepath.Base(p)})
			continue
		}
		var found []Source
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				bad(Problem{Path: path, Err: cleanErr(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			if !Readable(d.Name()) {
				return nil
			}
			rel, rerr := filepath.Rel(p, path)
			if rerr != nil {
				rel = d.Name()
			}
			found = append(found, Source{Path: path, Doc: filepath.ToSlash(rel)})
			return nil
		})
		if err != nil && !errors.Is(err, context.Canceled) {
			bad(Problem{Path: p, Err: cleanErr(err)})
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Doc < found[j].Doc })
		out = append(out, found...)
	}
	return out
}

// Read reads the articles of one source. Text files hold one article each.
func Read(ctx context.Context, s Source) ([]graph.Article, error) {
	var r io.Reader
	if s.Path == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(s.Path)
		if err != nil {
			return nil, cleanErr(err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, cleanErr(err)
	}
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("larger than %d MiB", MaxFileSize>>20)
	}
	return ParseText(s.Doc, b)
}

// ParseText makes one article of a text file's bytes. Empty files, binary
// files and invalid UTF-8 are errors.
func ParseText(doc string, b []byte) ([]graph.Article, error) {
	if len(strings.TrimSpace(string(b))) == 0 {
		return nil, errors.New("empty file")
	}
	if isBinary(b) {
		return nil, errors.New("binary file, not text")
	}
	if !utf8.Valid(b) {
		return nil, errors.New("not valid UTF-8 text")
	}
	text := strings.TrimPrefix(string(b), "\ufeff")
	return []graph.Article{{Doc: doc, Text: text}}, nil
}

func isBinary(b []byte) bool {
	n := min(len(b), 8000)
	for _, c := range b[:n] {
		if c == 0 {
			return true
		}
	}
	return false
}

// cleanErr drops the *PathError wrapper, whose path the Problem already names.
func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
