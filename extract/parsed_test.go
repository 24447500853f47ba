package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/parse"
	"github.com/actorgraph/actorgraph/graph"
)

// parsedExtractor is an extractor with the embedded parser (WithParser).
func parsedExtractor(t *testing.T) *Extractor {
	t.Helper()
	p, err := parse.Default()
	if err != nil {
		t.Fatal(err)
	}
	var fault error
	x, err := New(WithParser(p), WithFaults(func(_ string, err error) { fault = err }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if fault != nil {
			t.Errorf("fault: %v", fault)
		}
	})
	return x
}

// edgeKeys names edges "source RELATION target", the ends of a symmetric
// relation in name order, sorted and without repeats.
func edgeKeys(es []graph.Edge) []string {
	var out []string
	for _, e := range es {
		out = append(out, symKey(e.Source.Name+" "+string(e.Relation)+" "+e.Target.Name))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// symKey puts the ends of a SPOKE_WITH key in name order.
func symKey(k string) string {
	a, b, ok := strings.Cut(k, " SPOKE_WITH ")
	if ok && b < a {
		return b + " SPOKE_WITH " + a
	}
	return k
}

// TestParsedFrames: what the parse tree reads where the rules read
// nothing, and what it leaves unasserted.
func TestParsedFrames(t *testing.T) {
	plain, err := New()
	if err != nil {
		t.Fatal(err)
	}
	px := parsedExtractor(t)
	for _, c := range []struct {
		name, text string
		rules      []string // the rules alone
		parsed     []string // with the parser
	}{
		{"subject past a participle clause and an adverb",
			"Iran's foreign minister Abbas Araghchi, speaking after the session, sharply criticised Israel over the strikes.",
			[]string{"Abbas Araghchi ACCUSED Israel"}, []string{"Abbas Araghchi ACCUSED Israel"}},
		{"negated in the tree",
			"Iran's foreign minister Abbas Araghchi, speaking after the session, did not criticise Israel over the strikes.",
			nil, nil},
		{"a condition",
			"If Iran's foreign minister Abbas Araghchi, speaking after the session, criticised Israel, talks would end.",
			nil, nil},
		{"a question",
			"Did Iran's foreign minister Abbas Araghchi, speaking after the session, criticise Israel over the strikes?",
			nil, nil},
		{"the rules' edges stay",
			"Romanian Foreign Minister Bogdan Aurescu firmly asked the Russian side to halt the attacks on Ukrainian ports.",
			[]string{"Bogdan Aurescu URGED Russia"}, []string{"Bogdan Aurescu URGED Russia"}},
	} {
		a := graph.Article{Doc: "parsed.txt", Text: c.text}
		if got := edgeKeys(plain.Extract(a)); !slices.Equal(got, c.rules) {
			t.Errorf("%s: rules alone gave %q, want %q", c.name, got, c.rules)
		}
		if got := edgeKeys(px.Extract(a)); !slices.Equal(got, c.parsed) {
			t.Errorf("%s: with the parser gave %q, want %q", c.name, got, c.parsed)
		}
	}
}

// TestParsedFramesKeepRuleCases: the pass only adds edges: every edge a
// rule case wants still comes with the parser on, and no case faults.
func TestParsedFramesKeepRuleCases(t *testing.T) {
	px := parsedExtractor(t)
	added, n := 0, 0
	for _, table := range allRuleCases() {
		for _, c := range table {
			got := edgeKeys(px.Extract(graph.Article{Doc: "case.txt", Text: c.text}))
			for _, w := range c.want {
				if !slices.Contains(got, symKey(w)) {
					t.Errorf("%s: %q: with the parser %q is lost (got %q)", c.rule, c.text, w, got)
				}
			}
			want := make([]string, len(c.want))
			for i, w := range c.want {
				want[i] = symKey(w)
			}
			for _, g := range got {
				if !slices.Contains(want, g) {
					added++
				}
			}
			n++
		}
	}
	t.Logf("%d rule cases; the parser adds %d edges they do not want", n, added)
}

// TestTreePaths: no parser, no paths; with one, the pairs of a sentence
// whose trigger no rule read, on the path through it.
func TestTreePaths(t *testing.T) {
	plain, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := graph.Article{Doc: "paths.txt", Text: "Iran's foreign minister Abbas Araghchi, visibly angry after the session, sharply criticised Israel over the strikes."}
	if ps := plain.TreePaths(a); ps != nil {
		t.Errorf("without a parser: %v, want none", ps)
	}
	ps := parsedExtractor(t).TreePaths(a)
	found := false
	for _, p := range ps {
		if p.Source.Name == "Abbas Araghchi" && p.Target.Name == "Israel" && p.Relation == graph.Accused {
			found = true
			if !strings.Contains(p.Path, "T>obj>") || !p.Asserted || p.Trigger != "criticised" || !strings.HasPrefix(p.Text, "Iran's") {
				t.Errorf("path %+v, want one through the trigger to its object, asserted, from 'criticised'", p)
			}
		}
	}
	if !found {
		t.Errorf("no path Araghchi -> Israel in %+v", ps)
	}
}

// FuzzParsedFrames: any text, with the parser on, gives no fault and only
// valid edges (as FuzzExtract asks), and every path TreePaths reads runs
// through its trigger.
func FuzzParsedFrames(f *testing.F) {
	for _, table := range allRuleCases() {
		for _, c := range table {
			f.Add([]byte(c.text))
		}
	}
	p, err := parse.Default()
	if err != nil {
		f.Fatal(err)
	}
	var fault error
	x, err := New(WithParser(p), WithFaults(func(_ string, err error) { fault = err }))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !utf8.Valid(b) {
			return
		}
		fuzzEdges(t, x, &fault, b)
		for _, tp := range x.TreePaths(graph.Article{Doc: "fuzz.txt", Text: string(b)}) {
			if tp.Path == "" || !strings.Contains(tp.Path, "T") {
				t.Fatalf("path %+v has no trigger", tp)
			}
		}
	})
}
