package queries_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/actorgraph/actorgraph/queries"
)

var paramUse = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)

// TestEmbedded checks every shipped query: the nine the analysts asked for
// are there, each says what it answers, and the parameters its Cypher uses
// are exactly those it declares.
func TestEmbedded(t *testing.T) {
	qs, err := queries.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, q := range qs {
		names = append(names, q.Name)
		checkHeader(t, q)
	}
	want := []string{"actor-articles", "actor-timeline", "conflict-dyads", "dyad-mediators", "edge-articles", "ego-network", "shortest-paths", "top-mediators", "urged-between"}
	sort.Strings(names)
	if !slices.Equal(names, want) {
		t.Errorf("queries = %v, want %v", names, want)
	}
}

// TestGDS checks the Graph Data Science steps: all six, in order, each
// headed and declaring exactly the parameters it uses.
func TestGDS(t *testing.T) {
	qs, err := queries.GDS()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, q := range qs {
		names = append(names, q.Name)
		checkHeader(t, q)
	}
	want := []string{"1-project", "2-betweenness", "3-pagerank", "4-louvain", "5-compare", "6-drop"}
	if !slices.Equal(names, want) {
		t.Errorf("gds steps = %v, want %v", names, want)
	}
	for _, step := range []struct{ name, call string }{
		{"1-project", "gds.graph.project("}, {"2-betweenness", "gds.betweenness.write("}, {"3-pagerank", "gds.pageRank.write("},
		{"4-louvain", "gds.louvain.write("}, {"6-drop", "gds.graph.drop("},
	} {
		q, _ := queries.Find(qs, step.name)
		if !strings.Contains(q.Cypher, step.call) {
			t.Errorf("%s does not call %s", step.name, step.call)
		}
	}
	q, _ := queries.Find(qs, "1-project")
	if body := cypherBody(q); !strings.Contains(body, "URGED|SPOKE_WITH") || strings.Contains(body, "ATTACKED") {
		t.Error("1-project should project the diplomatic layer, URGED and SPOKE_WITH only")
	}
}

// TestParamNamesDistinct: Neo4j Browser shares :params across a session, so
// a name must mean one thing everywhere. Each root query's names are its
// own; the gds/ steps share names only among themselves, with the same
// example value.
func TestParamNamesDistinct(t *testing.T) {
	root, err := queries.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	gds, err := queries.GDS()
	if err != nil {
		t.Fatal(err)
	}
	type decl struct {
		file string
		def  any
		gds  bool
	}
	seen := map[string]decl{}
	for _, set := range []struct {
		qs  []queries.Query
		gds bool
	}{{root, false}, {gds, true}} {
		for _, q := range set.qs {
			for _, p := range q.Params {
				d, dup := seen[p.Name]
				switch {
				case !dup:
					seen[p.Name] = decl{q.Name, p.Default, set.gds}
				case !d.gds || !set.gds:
					t.Errorf("$%s is declared by both %s and %s: give each its own name", p.Name, d.file, q.Name)
				case d.def != p.Default:
					t.Errorf("gds/ steps %s and %s give $%s different examples (%v, %v)", d.file, q.Name, p.Name, d.def, p.Default)
				}
				if len(p.Name) < 5 {
					t.Errorf("%s: $%s is too short to say what it is", q.Name, p.Name)
				}
			}
		}
	}
}

// cypherBody is the query without its comment lines.
func cypherBody(q queries.Query) string {
	var b strings.Builder
	for _, line := range strings.Split(q.Cypher, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

func checkHeader(t *testing.T, q queries.Query) {
	t.Helper()
	if q.Title == "" || q.About == "" {
		t.Errorf("%s: header should say what it is and what it answers", q.Name)
	}
	used := map[string]bool{}
	body := q.Cypher
	for _, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		for _, m := range paramUse.FindAllStringSubmatch(line, -1) {
			used[m[1]] = true
		}
	}
	var declared []string
	for _, p := range q.Params {
		declared = append(declared, p.Name)
		if !used[p.Name] {
			t.Errorf("%s: declares $%s but does not use it", q.Name, p.Name)
		}
	}
	for u := range used {
		if !slices.Contains(declared, u) {
			t.Errorf("%s: uses $%s without a ':param %s => ...' line", q.Name, u, u)
		}
	}
}

func TestStyle(t *testing.T) {
	s := string(queries.Style())
	for _, sel := range []string{"node.Actor", "node.HighBetweenness", "node.MidBetweenness", "relationship.URGED", "relationship.WARNED",
		"relationship.SPOKE_WITH", "relationship.ATTACKED", "relationship.SUPPORTED", "relationship.ACCUSED"} {
		if !strings.Contains(s, sel+" {") {
			t.Errorf("style has no rule for %s", sel)
		}
	}
	if strings.Count(s, "{") != strings.Count(s, "}") {
		t.Error("style braces do not balance")
	}
}

func TestParse(t *testing.T) {
	for _, c := range []struct {
		name, text string
		params     map[string]any
		err        bool
	}{
		{"ok", "// T\n// about\n// :param n => 5\n// :param s => 'it\\'s'\n// :param f => 0.5\n// :param b => true\nRETURN $n, $s, $f, $b",
			map[string]any{"n": int64(5), "s": "it's", "f": 0.5, "b": true}, false},
		{"double quotes", "// T\n// :param s => \"Iran\"\nRETURN $s", map[string]any{"s": "Iran"}, false},
		{"no body", "// T\n// :param n => 5\n", nil, true},
		{"bad literal", "// T\n// :param n => Iran\nRETURN $n", nil, true},
		{"bad name", "// T\n// :param 1n => 1\nRETURN 1", nil, true},
		{"twice", "// T\n// :param n => 1\n// :param n => 2\nRETURN $n", nil, true},
	} {
		q, err := queries.Parse(c.name, c.text)
		if (err != nil) != c.err {
			t.Errorf("%s: err = %v, want error %v", c.name, err, c.err)
			continue
		}
		if err != nil {
			continue
		}
		got := map[string]any{}
		for _, p := range q.Params {
			got[p.Name] = p.Default
		}
		if fmt.Sprint(got) != fmt.Sprint(c.params) {
			t.Errorf("%s: params %v, want %v", c.name, got, c.params)
		}
	}
}

func TestBind(t *testing.T) {
	q, err := queries.Parse("q", "// T\n// :param limit => 10\n// :param actor => 'Iran'\nRETURN $limit, $actor")
	if err != nil {
		t.Fatal(err)
	}
	p, err := q.Bind([]string{"limit=3", "actor=United States"})
	if err != nil || p["limit"] != int64(3) || p["actor"] != "United States" {
		t.Errorf("Bind = %v, %v", p, err)
	}
	for _, bad := range [][]string{{"limit=x"}, {"nope=1"}, {"limit"}} {
		if _, err := q.Bind(bad); err == nil {
			t.Errorf("Bind(%v) gave no error", bad)
		}
	}
	if _, err := q.Bind([]string{"limit=x"}); err == nil || !strings.Contains(err.Error(), "--param limit=x: want an integer, like 10") {
		t.Errorf("a bad value should say what is wanted: %v", err)
	}
	if _, err := q.Bind([]string{"nope=1"}); err == nil || !strings.Contains(err.Error(), "limit, actor") {
		t.Errorf("unknown parameter error should list the declared ones: %v", err)
	}
	// values Neo4j would refuse are refused before it is asked (QA)
	d, err := queries.Parse("d", "// T\n// :param limit => 10\n// :param from => '2024-01-01'\nRETURN $limit, $from")
	if err != nil {
		t.Fatal(err)
	}
	for bad, want := range map[string]string{"limit=-1": "want a number of 0 or more", "from=2024-13-01": "want a date YYYY-MM-DD", "from=yesterday": "want a date"} {
		if _, err := d.Bind([]string{bad}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Bind(%s): error %v, want %q", bad, err, want)
		}
	}
	if p, err := d.Bind([]string{"limit=0", "from=2024-02-29"}); err != nil || p["from"] != "2024-02-29" {
		t.Errorf("good values: %v %v", p, err)
	}
}

func TestLoadFolder(t *testing.T) {
	fsys := fstest.MapFS{
		"b.cypher":  {Data: []byte("// B\nRETURN 1")},
		"a.cypher":  {Data: []byte("// A\nRETURN 2")},
		"notes.txt": {Data: []byte("ignored")},
	}
	qs, err := queries.Load(fsys)
	if err != nil || len(qs) != 2 || qs[0].Name != "a" {
		t.Fatalf("Load = %v, %v", qs, err)
	}
	if _, ok := queries.Find(qs, "b"); !ok {
		t.Error("Find(b) failed")
	}
}

func FuzzParse(f *testing.F) {
	f.Add("// T\n// :param n => 5\nRETURN $n")
	f.Add("// :param s => 'a\\\\'\nMATCH (n) RETURN n")
	f.Fuzz(func(t *testing.T, text string) {
		q, err := queries.Parse("f", text)
		if err != nil {
			return
		}
		// Binding the declared examples back must round-trip.
		var set []string
		for _, p := range q.Params {
			if s, ok := p.Default.(string); ok && !strings.Contains(s, "=") {
				set = append(set, p.Name+"="+s)
			}
		}
		b, err := q.Bind(set)
		if err != nil {
			t.Fatalf("binding the examples of %q: %v", text, err)
		}
		for _, p := range q.Params {
			if s, ok := p.Default.(string); ok && b[p.Name] != s {
				t.Fatalf("%s bound to %v, want %q", p.Name, b[p.Name], s)
			}
		}
	})
}

func ExampleQuery_Bind() {
	qs, _ := queries.Embedded()
	q, _ := queries.Find(qs, "dyad-mediators")
	params, _ := q.Bind([]string{"dyad_side_b=United States"})
	fmt.Println(q.Title)
	fmt.Println(params["dyad_side_a"], "/", params["dyad_side_b"])
	// Output:
	// Mediators of a dyad: who has URGED or SPOKE_WITH ties to both sides.
	// Iran / United States
}

// TestUndeclaredParamAndFolders: a $parameter with no :param line, a
// folder that does not exist and one with no query are errors that name
// them (QA: each was accepted, and the query could then not be run).
func TestUndeclaredParamAndFolders(t *testing.T) {
	_, err := queries.Parse("undecl", "// Who\n// :param actor => 'Iran'\nMATCH (a:Actor {name: $actor})\nWHERE a.kind = $kind\nRETURN a\n")
	if err == nil || !strings.Contains(err.Error(), "undecl.cypher:4: $kind has no ':param kind") {
		t.Errorf("undeclared $kind: error %v", err)
	}
	if _, err := queries.Parse("lit", "// Who\nMATCH (a:Actor) WHERE a.name = 'price $total' OR a.name = \"$x\" RETURN a // not $y\n"); err != nil {
		t.Errorf("a $ in a string or a comment is no parameter: %v", err)
	}
	if _, err := queries.Parse("bt", "// Who\n// :param p => 'a'\nMATCH (n:`O'Brien`) WHERE n.x = $q AND n.y = 'z' RETURN n\n"); err == nil || !strings.Contains(err.Error(), "$q has no") {
		t.Errorf("a quote inside a `quoted identifier` opens no string: %v", err)
	}
	if _, err := queries.Parse("ok", "// Who\n// uses $actor in prose, which is no use\n// :param actor => 'Iran'\nMATCH (a:Actor {name: $actor}) RETURN a\n"); err != nil {
		t.Errorf("declared parameter: %v", err)
	}
	missing := filepath.Join(t.TempDir(), "nowhere")
	if _, err := queries.Dir(missing); err == nil || !strings.Contains(err.Error(), missing+": no such folder") {
		t.Errorf("missing folder: error %v", err)
	}
	empty := t.TempDir()
	if _, err := queries.Dir(empty); err == nil || !strings.Contains(err.Error(), "holds no .cypher file") {
		t.Errorf("empty folder: error %v", err)
	}
}
