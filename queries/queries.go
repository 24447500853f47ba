// Package queries holds the Cypher queries analysts run in Neo4j Browser or
// with `actorgraph query NAME`, and the Browser style file. The .cypher
// files are embedded; a folder of the same kind of files can replace them
// (Dir).
//
// Each file is headed by // comment lines: the first says what the query is,
// the following ones what it answers, and lines of the form
//
//	// :param name => value
//
// declare a parameter with an example value, in Neo4j Browser's own :param
// syntax, so the lines can be pasted into Browser as they are. Values are
// integers, floats, true/false, or 'quoted' / "quoted" strings.
//
// Browser keeps one set of :params per session, shared by every query run
// in it, so each parameter name says what it is and belongs to one query
// (timeline_actor, urged_from_date, ...); only the steps of gds/, which work
// on one projected graph, share names (gds_graph), with the same example.
//
// The gds/ folder (GDS) holds the same analysis run inside Neo4j with Graph
// Data Science, for graphs that outgrow one machine: project the diplomatic
// layer, sampled betweenness, PageRank, Louvain, each written back, then
// compare and drop. Those are write procedures, run from Browser or
// cypher-shell, not by `actorgraph query` (which reads only).
package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed *.cypher actorgraph.grass gds/*.cypher
var files embed.FS

// Style is the Neo4j Browser style file (GraSS): relations coloured, actors
// coloured by kind and sized by betweenness.
func Style() []byte {
	b, _ := files.ReadFile("actorgraph.grass")
	return b
}

// Query is one parsed .cypher file.
type Query struct {
	Name   string // the file name without .cypher
	Title  string // the first header line
	About  string // the other header lines, joined
	Params []Param
	Cypher string // the whole file, header included
}

// Param is a declared parameter and its example value.
type Param struct {
	Name    string
	Default any // int64, float64, bool or string
}

// Embedded returns the queries shipped with actorgraph, sorted by name.
func Embedded() ([]Query, error) { return Load(files) }

// GDS returns the Graph Data Science steps of queries/gds, sorted by name
// (which is their order: 1-project ... 6-drop).
func GDS() ([]Query, error) {
	sub, err := fs.Sub(files, "gds")
	if err != nil {
		return nil, err
	}
	return Load(sub)
}

// Dir returns the queries of the .cypher files in the folder dir.
func Dir(dir string) ([]Query, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("queries folder %s: no such folder", dir)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("queries folder %s: not a folder", dir)
	}
	qs, err := Load(os.DirFS(dir))
	if err == nil && len(qs) == 0 {
		err = fmt.Errorf("queries folder %s: holds no .cypher file", dir)
	}
	return qs, err
}

// Load parses every *.cypher file at the root of fsys, sorted by name.
func Load(fsys fs.FS) ([]Query, error) {
	names, err := fs.Glob(fsys, "*.cypher")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	qs := make([]Query, 0, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		q, err := Parse(strings.TrimSuffix(path.Base(n), ".cypher"), string(b))
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	return qs, nil
}

// Find returns the query called name.
func Find(qs []Query, name string) (Query, bool) {
	for _, q := range qs {
		if q.Name == name {
			return q, true
		}
	}
	return Query{}, false
}

// Parse reads a query file's header. It fails on a file with no Cypher, a
// malformed :param line, a parameter declared twice, or a $parameter the
// Cypher uses that no :param line declares (it could be given no value).
func Parse(name, text string) (Query, error) {
	q := Query{Name: name, Cypher: text}
	var about []string
	body := false
	for i, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		c, ok := strings.CutPrefix(t, "//")
		if !ok {
			body = true
			break
		}
		c = strings.TrimSpace(c)
		if rest, ok := strings.CutPrefix(c, ":param"); ok {
			p, err := parseParam(rest)
			if err != nil {
				return q, fmt.Errorf("%s.cypher:%d: %w", name, i+1, err)
			}
			for _, o := range q.Params {
				if o.Name == p.Name {
					return q, fmt.Errorf("%s.cypher:%d: parameter %s declared twice", name, i+1, p.Name)
				}
			}
			q.Params = append(q.Params, p)
			continue
		}
		if q.Title == "" {
			q.Title = c
		} else {
			about = append(about, c)
		}
	}
	if !body {
		return q, fmt.Errorf("%s.cypher: no Cypher after the header", name)
	}
	for i, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		for _, m := range paramUse.FindAllStringSubmatch(cypherStrings.ReplaceAllString(line, "''"), -1) {
			if !slices.ContainsFunc(q.Params, func(p Param) bool { return p.Name == m[1] }) {
				return q, fmt.Errorf("%s.cypher:%d: $%s has no ':param %s => example' line in the header, so it cannot be given a value", name, i+1, m[1], m[1])
			}
		}
	}
	q.About = strings.Join(about, " ")
	return q, nil
}

// paramUse matches a parameter in Cypher: $name; cypherStrings a string
// literal, whose "$" is text ('price $total'), a `quoted identifier`
// (`O'Brien`, whose quote opens no string), and an inline comment.
var (
	paramUse      = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
	cypherStrings = regexp.MustCompile("`(?:[^`]|``)*`" + `|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|//.*$`)
)

// parseParam reads " name => value".
func parseParam(s string) (Param, error) {
	name, val, ok := strings.Cut(s, "=>")
	name, val = strings.TrimSpace(name), strings.TrimSpace(val)
	if !ok || !validName(name) || val == "" {
		return Param{}, fmt.Errorf("want ':param name => value', got %q", strings.TrimSpace(s))
	}
	v, err := ParseLiteral(val)
	if err != nil {
		return Param{}, fmt.Errorf("parameter %s: %w", name, err)
	}
	return Param{Name: name, Default: v}, nil
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// ParseLiteral reads a Cypher literal: an integer, a float, true, false, or a
// string in single or double quotes (with backslash escapes).
func ParseLiteral(s string) (any, error) {
	switch s {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	if len(s) >= 2 && (s[0] == '\'' || s[0] == '"') && s[len(s)-1] == s[0] {
		var b strings.Builder
		in := s[1 : len(s)-1]
		for i := 0; i < len(in); i++ {
			c := in[i]
			if c == s[0] {
				return nil, fmt.Errorf("unescaped quote in %s", s)
			}
			if c == '\\' {
				if i+1 == len(in) {
					return nil, fmt.Errorf("dangling backslash in %s", s)
				}
				i++
				c = in[i]
			}
			b.WriteByte(c)
		}
		return b.String(), nil
	}
	if i, err := strconv.ParseInt(s, 10, 64); err == nil {
		return i, nil
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f, nil
	}
	return nil, fmt.Errorf("not a literal: %s (quote strings)", s)
}

// Bind returns the query's parameters: the declared examples, overridden
// by set ("name=value" each). A value is read as the type of the example
// (a string example takes the value as it is). Setting an undeclared
// parameter is an error that lists the declared ones.
func (q Query) Bind(set []string) (map[string]any, error) {
	params := map[string]any{}
	for _, p := range q.Params {
		params[p.Name] = p.Default
	}
	for _, kv := range set {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return nil, fmt.Errorf("--param %q: want name=value", kv)
		}
		k = strings.TrimSpace(k)
		def, ok := params[k]
		if !ok {
			return nil, fmt.Errorf("query %s has no parameter %q (it takes: %s)", q.Name, k, q.paramNames())
		}
		var err error
		switch def.(type) {
		case int64:
			var n int64
			n, err = strconv.ParseInt(v, 10, 64)
			if err == nil && n < 0 {
				// counts and limits: Cypher refuses a negative LIMIT
				return nil, fmt.Errorf("--param %s=%s: want a number of 0 or more, like %v", k, v, def)
			}
			params[k] = n
		case float64:
			params[k], err = strconv.ParseFloat(v, 64)
		case bool:
			params[k], err = strconv.ParseBool(v)
		default:
			if d, ok := def.(string); ok && isDate(d) && !isDate(v) {
				// a date parameter ("2024-01-01") takes a date of the calendar
				return nil, fmt.Errorf("--param %s=%s: want a date YYYY-MM-DD, like %s", k, v, d)
			}
			params[k] = v
		}
		if err != nil {
			kind := map[string]string{"int64": "an integer", "float64": "a number", "bool": "true or false"}[fmt.Sprintf("%T", def)]
			return nil, fmt.Errorf("--param %s=%s: want %s, like %v", k, v, kind, def)
		}
	}
	return params, nil
}

// isDate reports whether s is a date of the calendar written YYYY-MM-DD.
func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func (q Query) paramNames() string {
	if len(q.Params) == 0 {
		return "no parameters"
	}
	names := make([]string, len(q.Params))
	for i, p := range q.Params {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}
