// Package ingest finds articles under the paths a user gives and reads them
// into graph.Article values, one at a time, so that memory stays flat however
// large the corpus.
//
// A path is a file, a folder (read recursively, in lexical order, following
// symbolic links but never round a loop) or "-" for standard input. The
// format of a file is chosen by its name (see FormatOf); standard input is
// sniffed (see Sniff):
//
//   - .txt, .text: one article, the whole file; .md, .markdown: the same, its markup taken out (ParseMarkdown).
//   - .html, .htm: one article, its text without the page chrome (ParseHTML).
//   - .json, .jsonl, .ndjson: articles as {id, title, text, published, url,
//     source} objects, one per line, or a JSON array (ParseJSONL, ParseJSON).
//   - .rss, .atom, .rdf, .xml: one article per feed item (ParseFeed).
//
// An article's Doc is its path relative to the folder it was found under, or
// its base name when the file was named directly. Articles of a multi-article
// file are named by their own id when they carry one (the JSON id, the feed
// item's GUID or link), else by FILE#L<line> (JSON lines) or FILE#<hash>
// (feed items without GUID or link).
//
// Bad input never stops a read: each problem (a binary or empty file,
// invalid UTF-8, a file too large, a malformed JSON line, a symlink loop) is
// passed to the caller's bad function with its file and, when known, line,
// and the rest is read.
package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// MaxFileSize is the largest file read whole (text, HTML, JSON array, feed);
// larger files are reported as problems and skipped. JSON-lines files are
// streamed and have no size limit, only MaxLine.
const MaxFileSize = 64 << 20

// MaxLine is the longest JSON line read; a longer line is reported as a
// problem (with its line number) and skipped.
const MaxLine = 16 << 20

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
	Path   string // the path to open ("-" for standard input), or the URL it was fetched from
	Doc    string // the document name articles from it get
	Format Format // how it is read; Sniffed for standard input
	// Body, when not nil, is the source's content already in memory (a
	// fetched feed or page): it is read instead of opening Path.
	Body []byte
	// Dir is set for a file found by walking a folder named by the user:
	// such files are mirrored (see package batch).
	Dir bool
}

// Readable reports whether a file of this name is read as articles.
func Readable(name string) bool { return FormatOf(name) != Unknown }

// Find lists the article files under paths, in a stable order: paths in the
// order given, each folder walked recursively and its files sorted by Doc.
// Hidden files and folders (a name starting with ".") are passed over, and so
// are files of no known format. Symbolic links are followed; a link that
// leads back into a folder being walked, a link chain that loops, a broken
// link, or a path that does not exist or cannot be listed is reported to bad
// and skipped. Its cost is one directory listing per folder and one stat per
// symbolic link.
func Find(ctx context.Context, paths []string, bad func(Problem)) []Source {
	var out []Source
	for _, p := range paths {
		if ctx.Err() != nil {
			break
		}
		if p == "-" {
			out = append(out, Source{Path: "-", Doc: "stdin", Format: Sniffed})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			bad(Problem{Path: p, Err: statErr(err)})
			continue
		}
		if !info.IsDir() && !info.Mode().IsRegular() {
			// A FIFO, socket or device would block the run (and its lock)
			// forever waiting for a writer; standard input is "-".
			bad(Problem{Path: p, Err: fmt.Errorf("not a regular file (%s); use - to read standard input", kindOf(info.Mode()))})
			continue
		}
		if !info.IsDir() {
			f := FormatOf(p)
			if f == Unknown {
				f = Sniffed // a file named directly is read whatever its name
			}
			out = append(out, Source{Path: p, Doc: docName(filepath.Base(p)), Format: f})
			continue
		}
		w := walker{ctx: ctx, root: p, bad: bad, seen: map[string]bool{}}
		real, err := filepath.EvalSymlinks(p)
		if err != nil {
			bad(Problem{Path: p, Err: statErr(err)})
			continue
		}
		w.walk(p, "", map[string]bool{real: true})
		sort.Slice(w.found, func(i, j int) bool { return w.found[i].Doc < w.found[j].Doc })
		out = append(out, w.found...)
	}
	if len(paths) > 1 {
		out = readOnce(out)
	}
	return out
}

// readOnce keeps the first source of each file that several PATHs reach
// (a file named twice, or a folder and a file in it), so that it is read
// once and its edges written once. Cost: one path resolution per file.
func readOnce(srcs []Source) []Source {
	seen := map[string]bool{}
	out := srcs[:0]
	for _, s := range srcs {
		if s.Path != "-" {
			real, err := filepath.EvalSymlinks(s.Path)
			if err == nil {
				real, err = filepath.Abs(real)
			}
			if err == nil && seen[real] {
				continue
			}
			seen[real] = true
		}
		out = append(out, s)
	}
	return out
}

// docName is a file name as an article's name: itself when it is valid
// UTF-8, else with each byte that is not (a Latin-1 name from a Windows
// archive: "caf\xe9.txt") written %XX ("caf%E9.txt"), so that two such
// names stay two, and the same one names the same article at every run.
func docName(name string) string {
	if utf8.ValidString(name) {
		return name
	}
	var b strings.Builder
	for i := 0; i < len(name); {
		r, n := utf8.DecodeRuneInString(name[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, "%%%02X", name[i])
		} else {
			b.WriteString(name[i : i+n])
		}
		i += n
	}
	return b.String()
}

// walker walks one folder given on the command line.
type walker struct {
	ctx   context.Context
	root  string
	bad   func(Problem)
	seen  map[string]bool // real paths of folders already walked
	found []Source
}

// walk lists dir (whose path relative to the root is rel); ancestors holds
// the real paths of the folders above it, so a link back to one is a loop.
func (w *walker) walk(dir, rel string, ancestors map[string]bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.bad(Problem{Path: dir, Err: cleanErr(err)})
	}
	for _, d := range entries {
		if w.ctx.Err() != nil {
			return
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		relPath := filepath.ToSlash(filepath.Join(rel, name))
		typ := d.Type()
		if typ&fs.ModeSymlink != 0 {
			info, err := os.Stat(path)
			if err != nil {
				w.bad(Problem{Path: path, Err: statErr(err)})
				continue
			}
			typ = info.Mode().Type()
		}
		switch {
		case typ.IsDir():
			real, err := filepath.EvalSymlinks(path)
			if err != nil {
				w.bad(Problem{Path: path, Err: statErr(err)})
				continue
			}
			if ancestors[real] {
				w.bad(Problem{Path: path, Err: fmt.Errorf("symlink loop: leads back to %s", real)})
				continue
			}
			if w.seen[real] {
				continue // the same folder reached twice by links: read it once
			}
			w.seen[real] = true
			ancestors[real] = true
			w.walk(path, relPath, ancestors)
			delete(ancestors, real)
		case typ.IsRegular():
			if f := FormatOf(name); f != Unknown {
				w.found = append(w.found, Source{Path: path, Doc: docName(relPath), Format: f, Dir: true})
			}
		default:
			// A FIFO, socket or device in a folder is never opened (a FIFO
			// would block the run waiting for a writer) but is named, as
			// any other input that is skipped.
			w.bad(Problem{Path: path, Err: fmt.Errorf("skipped: not a regular file (%s)", kindOf(typ))})
		}
	}
}

// Articles reads the articles of one source and passes each to fn, in file
// order. Every problem with the input — the whole file or one line of it — is
// passed to bad and the rest is read. Articles returns only an error from fn
// or the context's error.
func Articles(ctx context.Context, s Source, fn func(graph.Article) error, bad func(Problem)) error {
	var r io.Reader
	if s.Body != nil {
		return Parse(ctx, s.Doc, s.Path, s.Format, bytes.NewReader(s.Body), fn, bad)
	}
	size := int64(-1)
	if s.Path == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(s.Path)
		if err != nil {
			bad(Problem{Path: s.Path, Err: cleanErr(err)})
			return nil
		}
		defer f.Close()
		r = f
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	return parse(ctx, s.Doc, s.Path, s.Format, r, size, fn, bad)
}

// Parse reads articles in format f from r, as Articles does; doc names the
// articles and path names the input in problems. Sniffed reads the first
// bytes to choose the format.
func Parse(ctx context.Context, doc, path string, f Format, r io.Reader, fn func(graph.Article) error, bad func(Problem)) error {
	return parse(ctx, doc, path, f, r, -1, fn, bad)
}

// parse is Parse with the size of r when known (a regular file), or -1, so
// that the bytes are read into one buffer of that size.
func parse(ctx context.Context, doc, path string, f Format, r io.Reader, size int64, fn func(graph.Article) error, bad func(Problem)) error {
	report := func(err error) { bad(Problem{Path: path, Err: cleanErr(err)}) }
	if f == Sniffed {
		var head []byte
		var err error
		f, head, err = sniffReader(r)
		if err != nil {
			report(err)
			return nil
		}
		r = io.MultiReader(strings.NewReader(string(head)), r)
	}
	if f == JSONLines {
		return ParseJSONL(ctx, doc, path, utf16Reader(r), fn, bad)
	}
	b, err := readAll(io.LimitReader(r, MaxFileSize+1), size)
	if err != nil {
		report(err)
		return nil
	}
	b = fromUTF16(b) // "Unicode" text as Windows tools write it
	if len(b) > MaxFileSize {
		if f == JSON {
			report(fmt.Errorf("larger than %d MiB (write it as JSON lines, .jsonl, which has no size limit)", MaxFileSize>>20))
		} else {
			report(fmt.Errorf("larger than %d MiB", MaxFileSize>>20))
		}
		return nil
	}
	switch f {
	case JSON:
		return ParseJSON(ctx, doc, path, b, fn, bad)
	case Feed:
		arts, err := ParseFeed(doc, b)
		if err != nil {
			report(err)
			return nil
		}
		return each(arts, fn)
	case Markdown:
		a, err := ParseMarkdown(doc, b)
		if err != nil {
			report(err)
			return nil
		}
		return fn(a)
	case HTML:
		if path == "-" {
			doc = stdinName(b)
		}
		a, err := ParseHTML(doc, b)
		if err != nil {
			report(err)
			return nil
		}
		return fn(a)
	default:
		if path == "-" {
			doc = stdinName(b)
		}
		a, err := ParseText(doc, b)
		if err != nil {
			report(err)
			return nil
		}
		return fn(a)
	}
}

// readAll is io.ReadAll starting from a buffer of the size expected (a
// file's size, or -1 for unknown) plus a little, so that a file is read in
// one read and one allocation rather than a growing series of them.
func readAll(r io.Reader, size int64) ([]byte, error) {
	if size < 0 || size > MaxFileSize {
		return io.ReadAll(r)
	}
	b := make([]byte, 0, size+512) // room to see the end (or a file that grew)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grow as io.ReadAll does
		}
	}
}

// stdinName names a text or HTML article piped in, which has no name of its
// own, by its content ("stdin-1a2b3c4d"), so that each article piped to
// 'run -' is one of its own instead of replacing the last one.
func stdinName(b []byte) string {
	sum := sha256.Sum256(b)
	return "stdin-" + hex.EncodeToString(sum[:4])
}

func each(arts []graph.Article, fn func(graph.Article) error) error {
	for _, a := range arts {
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

// Read reads every article of one source into memory. Its error is the first
// problem met (a file-level problem, or the first bad line); the articles
// read despite it are returned with it. Prefer Articles for large inputs.
func Read(ctx context.Context, s Source) ([]graph.Article, error) {
	var arts []graph.Article
	var first error
	err := Articles(ctx, s, func(a graph.Article) error { arts = append(arts, a); return nil },
		func(p Problem) {
			if first == nil {
				first = p
			}
		})
	if err != nil {
		return arts, err
	}
	return arts, first
}

// statErr explains a failed stat: a link chain that loops is named as such.
func statErr(err error) error {
	if errors.Is(err, syscall.ELOOP) {
		return errors.New("symlink loop: too many levels of symbolic links")
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New("no such file or folder (or a broken symbolic link)")
	}
	return cleanErr(err)
}

// cleanErr drops the *PathError wrapper, whose path the Problem already names.
func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// kindOf names a file mode's type for a message.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	default:
		return m.Type().String()
	}
}
