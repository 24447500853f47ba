// Package eval scores an edge stream against a gold folder with the semantics
// of docs/relations.md: an extracted edge matches a gold edge of the
// same document and relation when both ends name the same actor (any alias,
// case-insensitive; SPOKE_WITH either way round). Precision, recall and F1 are
// counted over distinct (doc, source, relation, target) keys, at actor level
// and at country level.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// GoldEdge is one line of a gold.jsonl file. Source and target are names.
type GoldEdge struct {
	Doc      string `json:"doc"`
	Sentence string `json:"sentence"`
	Source   string `json:"source"`
	Relation string `json:"relation"`
	Target   string `json:"target"`
	Note     string `json:"note,omitempty"`
}

// GoldActor is one line of an actors.jsonl file.
type GoldActor struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Country *string  `json:"country"`
	Aliases []string `json:"aliases"`
}

// Gold is a loaded gold folder: gold.jsonl and actors.jsonl.
type Gold struct {
	Edges  []GoldEdge
	Actors []GoldActor
}

// LoadGold reads dir/gold.jsonl and dir/actors.jsonl. Errors name the file
// and line.
func LoadGold(dir string) (*Gold, error) {
	g := &Gold{}
	if err := readJSONL(filepath.Join(dir, "gold.jsonl"), func() any { return &GoldEdge{} }, func(v any) { g.Edges = append(g.Edges, *v.(*GoldEdge)) }); err != nil {
		return nil, err
	}
	if err := readJSONL(filepath.Join(dir, "actors.jsonl"), func() any { return &GoldActor{} }, func(v any) { g.Actors = append(g.Actors, *v.(*GoldActor)) }); err != nil {
		return nil, err
	}
	return g, nil
}

func readJSONL(p string, mk func() any, add func(any)) error {
	f, err := os.Open(p)
	if err != nil {
		return fmt.Errorf("gold: %w", err)
	}
	defer f.Close()
	return decodeJSONL(f, p, mk, add)
}

func decodeJSONL(r io.Reader, name string, mk func() any, add func(any)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		v := mk()
		if err := json.Unmarshal([]byte(line), v); err != nil {
			return fmt.Errorf("%s:%d: not JSON: %v", name, n, err)
		}
		add(v)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return nil
}

// stateAliases are common spellings of states, as in score-edges, so an
// extractor's own country names line up with the gold's canonical ones.
var stateAliases = map[string][]string{
	"United States":  {"us", "usa", "u.s.", "u.s.a.", "united states of america", "america", "washington"},
	"United Kingdom": {"uk", "u.k.", "britain", "great britain", "london"},
	"Iran":           {"islamic republic of iran", "tehran"},
	"Israel":         {"state of israel", "jerusalem"},
	"Russia":         {"russian federation", "moscow"},
	"China":          {"people's republic of china", "prc", "beijing"},
	"Saudi Arabia":   {"kingdom of saudi arabia", "riyadh"},
	"Turkey":         {"turkiye", "türkiye", "ankara"},
	"France":         {"paris"},
	"Germany":        {"berlin"},
}

var spaceRE = regexp.MustCompile(`\s+`)

// normName folds a name for matching: accents dropped, case folded,
// typographic apostrophes made plain, white space collapsed, a leading
// "the " dropped.
func normName(s string) string {
	d := norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	out := strings.ToLower(b.String())
	out = strings.ReplaceAll(out, "’", "'")
	out = strings.TrimSpace(spaceRE.ReplaceAllString(out, " "))
	return strings.TrimPrefix(out, "the ")
}

type resolver struct {
	canon   map[string]string
	country map[string]string
}

func newResolver(actors []GoldActor) *resolver {
	r := &resolver{canon: map[string]string{}, country: map[string]string{}}
	keys := make([]string, 0, len(stateAliases))
	for k := range stateAliases {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, c := range keys {
		for _, a := range append([]string{c}, stateAliases[c]...) {
			n := normName(a)
			setDefault(r.canon, n, c)
			setDefault(r.canon, strings.ReplaceAll(n, ".", ""), c)
		}
	}
	for _, a := range actors {
		for _, s := range append([]string{a.Name}, a.Aliases...) {
			n := normName(s)
			r.canon[n] = a.Name
			r.canon[strings.ReplaceAll(n, ".", "")] = a.Name
		}
		if a.Kind == "state" {
			r.country[a.Name] = a.Name
		} else if a.Country != nil && *a.Country != "" {
			r.country[a.Name] = *a.Country
		}
	}
	return r
}

func setDefault(m map[string]string, k, v string) {
	if _, ok := m[k]; !ok {
		m[k] = v
	}
}

func (r *resolver) resolve(name string) string {
	n := normName(name)
	if c, ok := r.canon[n]; ok {
		return c
	}
	if c, ok := r.canon[strings.ReplaceAll(n, ".", "")]; ok {
		return c
	}
	return name
}

func (r *resolver) countryOf(name, fallback string) string {
	c := r.resolve(name)
	if ctry, ok := r.country[c]; ok {
		return r.resolve(ctry)
	}
	if fallback != "" {
		return r.resolve(fallback)
	}
	return c
}

// Level is actor or country.
type Level string

// The two levels of scoring.
const (
	ActorLevel   Level = "actor"
	CountryLevel Level = "country"
)

// Key is one distinct (doc, source, relation, target) after resolution.
type Key struct{ Doc, Source, Relation, Target string }

func (k Key) String() string {
	return strings.Join([]string{k.Doc, k.Source, k.Relation, k.Target}, " | ")
}

type end struct{ name, country, kind string }

func (r *resolver) key(doc string, rel string, s, t end, level Level) (Key, bool) {
	if !graph.Relation(rel).Valid() || s.name == "" || t.name == "" {
		return Key{}, false
	}
	var a, b string
	if level == ActorLevel {
		a, b = r.resolve(s.name), r.resolve(t.name)
	} else {
		a = r.countryOf(s.name, fallback(s))
		b = r.countryOf(t.name, fallback(t))
	}
	if a == b {
		return Key{}, false
	}
	if graph.Relation(rel).Symmetric() && a > b {
		a, b = b, a
	}
	return Key{path.Base(filepath.ToSlash(doc)), a, rel, b}, true
}

func fallback(e end) string {
	if e.kind == "state" {
		return e.name
	}
	return e.country
}

// Labeller tells whether an edge is in the gold at actor level, resolving
// names as Score does: firm rows, and rows noted "disputable:" (optional,
// as score-edges --optional-disputable reads them).
type Labeller struct {
	r              *resolver
	firm, optional map[Key]bool
}

// NewLabeller indexes g's rows. Cost: linear in the gold.
func NewLabeller(g *Gold) *Labeller {
	l := &Labeller{r: newResolver(g.Actors), firm: map[Key]bool{}, optional: map[Key]bool{}}
	for _, ge := range g.Edges {
		if k, ok := l.r.key(ge.Doc, ge.Relation, end{name: ge.Source}, end{name: ge.Target}, ActorLevel); ok {
			if disputable(ge) {
				l.optional[k] = true
			} else {
				l.firm[k] = true
			}
		}
	}
	return l
}

// Label returns e's key and whether the gold holds it as a firm row or
// only as a disputable one.
func (l *Labeller) Label(e graph.Edge) (k Key, firm, optional bool) {
	s := end{e.Source.Name, e.Source.Country, string(e.Source.Kind)}
	t := end{e.Target.Name, e.Target.Country, string(e.Target.Kind)}
	k, ok := l.r.key(e.Doc, string(e.Relation), s, t, ActorLevel)
	if !ok {
		return k, false, false
	}
	return k, l.firm[k], !l.firm[k] && l.optional[k]
}

// Firm returns the firm rows' keys of the documents docs (all when nil).
func (l *Labeller) Firm(docs map[string]bool) map[Key]bool {
	out := map[Key]bool{}
	for k := range l.firm {
		if docs == nil || docs[k.Doc] {
			out[k] = true
		}
	}
	return out
}

// Row is the score of one relation (or of all, Relation ""), at one level.
type Row struct {
	Relation  string  `json:"relation"`
	Gold      int     `json:"gold"`
	Found     int     `json:"found"`
	TP        int     `json:"tp"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Table is the score at one level: a row per relation, then the overall row,
// and the keys missed and extra for a verbose listing.
type Table struct {
	Level   Level `json:"level"`
	Rows    []Row `json:"rows"`
	All     Row   `json:"all"`
	Missed  []Key `json:"missed,omitempty"`
	Extra   []Key `json:"extra,omitempty"`
	GoldN   int   `json:"-"`
	FoundN  int   `json:"-"`
	DocsIn  int   `json:"docs"`
	Ignored int   `json:"ignored_edges"` // edges of documents the gold does not cover
	// Optional counts the keys only disputable rows give, under
	// Options.OptionalDisputable: neither missed nor extra.
	Optional int `json:"optional_keys,omitempty"`
}

// Score compares edges with the gold at both levels. Edges of documents that
// the gold does not cover are ignored, as score-edges does. Every gold row
// is firm; ScoreWith can make rows noted "disputable:" optional.
func Score(g *Gold, edges []graph.Edge) (actor, country Table) {
	return ScoreWith(g, edges, Options{})
}

// Options changes how ScoreWith counts.
type Options struct {
	// OptionalDisputable makes gold rows whose note starts with
	// "disputable" optional, as score-edges --optional-disputable does: a
	// key that only such rows give is neither missed when absent nor extra
	// when found (at each level on its own).
	OptionalDisputable bool
}

// ScoreWith is Score under opt. Cost: linear in the gold and the edges.
func ScoreWith(g *Gold, edges []graph.Edge, opt Options) (actor, country Table) {
	r := newResolver(g.Actors)
	docs := map[string]bool{}
	for _, ge := range g.Edges {
		docs[path.Base(filepath.ToSlash(ge.Doc))] = true
	}
	var kept []graph.Edge
	for _, e := range edges {
		if docs[path.Base(filepath.ToSlash(e.Doc))] {
			kept = append(kept, e)
		}
	}
	out := make([]Table, 2)
	for i, level := range []Level{ActorLevel, CountryLevel} {
		gold, optional := map[Key]bool{}, map[Key]bool{}
		for _, ge := range g.Edges {
			if k, ok := r.key(ge.Doc, ge.Relation, end{name: ge.Source}, end{name: ge.Target}, level); ok {
				if opt.OptionalDisputable && disputable(ge) {
					optional[k] = true
				} else {
					gold[k] = true
				}
			}
		}
		for k := range gold {
			delete(optional, k)
		}
		got := map[Key]bool{}
		for _, e := range kept {
			s := end{e.Source.Name, e.Source.Country, string(e.Source.Kind)}
			t := end{e.Target.Name, e.Target.Country, string(e.Target.Kind)}
			if k, ok := r.key(e.Doc, string(e.Relation), s, t, level); ok && !optional[k] {
				got[k] = true
			}
		}
		out[i] = table(level, gold, got)
		out[i].DocsIn = len(docs)
		out[i].Ignored = len(edges) - len(kept)
		out[i].Optional = len(optional)
	}
	return out[0], out[1]
}

// disputable reports whether a gold row's note marks it debatable.
func disputable(ge GoldEdge) bool {
	return strings.HasPrefix(strings.ToLower(ge.Note), "disputable")
}

func table(level Level, gold, got map[Key]bool) Table {
	t := Table{Level: level, GoldN: len(gold), FoundN: len(got)}
	for _, rel := range append(graph.Relations(), "") {
		var row Row
		row.Relation = string(rel)
		for k := range gold {
			if rel == "" || k.Relation == string(rel) {
				row.Gold++
				if got[k] {
					row.TP++
				}
			}
		}
		for k := range got {
			if rel == "" || k.Relation == string(rel) {
				row.Found++
			}
		}
		row.Precision, row.Recall, row.F1 = prf(row.TP, row.Found-row.TP, row.Gold-row.TP)
		if rel == "" {
			row.Relation = "ALL"
			t.All = row
		} else {
			t.Rows = append(t.Rows, row)
		}
	}
	for k := range gold {
		if !got[k] {
			t.Missed = append(t.Missed, k)
		}
	}
	for k := range got {
		if !gold[k] {
			t.Extra = append(t.Extra, k)
		}
	}
	less := func(ks []Key) func(i, j int) bool {
		return func(i, j int) bool { return ks[i].String() < ks[j].String() }
	}
	sort.Slice(t.Missed, less(t.Missed))
	sort.Slice(t.Extra, less(t.Extra))
	return t
}

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Write prints a table in the layout of score-edges.
func (t Table) Write(w io.Writer, verbose bool) {
	if t.Optional > 0 {
		fmt.Fprintf(w, "(%d disputable %s-level keys are optional)\n", t.Optional, t.Level)
	}
	fmt.Fprintf(w, "== %s level\n", t.Level)
	fmt.Fprintf(w, "%-11s %5s %6s %5s %6s %6s %6s\n", "relation", "gold", "found", "tp", "P", "R", "F1")
	for _, r := range append(append([]Row{}, t.Rows...), t.All) {
		fmt.Fprintf(w, "%-11s %5d %6d %5d %6.3f %6.3f %6.3f\n", r.Relation, r.Gold, r.Found, r.TP, r.Precision, r.Recall, r.F1)
	}
	if verbose {
		for _, k := range t.Missed {
			fmt.Fprintln(w, "  missed:", k)
		}
		for _, k := range t.Extra {
			fmt.Fprintln(w, "  extra: ", k)
		}
	}
}
