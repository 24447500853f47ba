package cypherlint_test

import (
	"context"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/cypherlint"
)

// TestLintCatchesErrors proves the lint can fail: each broken statement
// gives an error at the right place, and its fixed twin gives none.
func TestLintCatchesErrors(t *testing.T) {
	l := cypherlint.Require(t)
	cases := []struct {
		name, broken, fixed string
		params              []string
		line, column        int
		message             string
	}{
		{"missing parenthesis", "MATCH (a:Actor\nRETURN a", "MATCH (a:Actor)\nRETURN a", nil, 2, 1, "Invalid input 'RETURN'"},
		{"misspelt keyword", "MATCH (a) RETRUN a", "MATCH (a) RETURN a", nil, 1, 11, "Invalid input 'RETRUN'"},
		{"undefined variable", "MATCH (a:Actor) RETURN b", "MATCH (b:Actor) RETURN b", nil, 1, 24, "Variable `b` not defined"},
		{"undeclared parameter", "MATCH (a:Actor {key: $actor}) RETURN a", "MATCH (a:Actor {key: $actor}) RETURN a", []string{"actor"}, 1, 22, "Parameter $actor is not defined"},
		{"unclosed string", "UNWIND $rows AS row MERGE (a:Actor {key: 'x}) RETURN a", "UNWIND $rows AS row MERGE (a:Actor {key: 'x'}) RETURN a", []string{"rows"}, 1, 0, ""},
	}
	var inputs []cypherlint.Input
	for _, c := range cases {
		var declared []string
		if c.name != "undeclared parameter" {
			declared = c.params
		}
		inputs = append(inputs,
			cypherlint.Input{Name: c.name + " (broken)", Cypher: c.broken, Params: declared},
			cypherlint.Input{Name: c.name + " (fixed)", Cypher: c.fixed, Params: c.params})
	}
	res, err := l.Lint(context.Background(), inputs)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		for v := 0; v < 2; v++ {
			broken, fixed := res[4*i+v], res[4*i+2+v]
			errs := broken.Errors()
			if len(errs) == 0 {
				t.Errorf("%s (%s): no error for %q", c.name, broken.Version, c.broken)
				continue
			}
			if c.message != "" && !strings.Contains(errs[0].Message, c.message) {
				t.Errorf("%s (%s): first error %q, want it to say %q", c.name, broken.Version, errs[0].Message, c.message)
			}
			if c.column > 0 && (errs[0].Line != c.line || errs[0].Column != c.column) {
				t.Errorf("%s (%s): error at %d:%d, want %d:%d", c.name, broken.Version, errs[0].Line, errs[0].Column, c.line, c.column)
			}
			if e := fixed.Errors(); len(e) > 0 {
				t.Errorf("%s (%s): the fixed statement %q still has errors: %v", c.name, fixed.Version, c.fixed, e)
			}
		}
	}
}

// TestFindSaysWhatIsMissing: without the npm package the error names it and
// the command that installs it (what a skipped test prints).
func TestFindSaysWhatIsMissing(t *testing.T) {
	t.Setenv("CYPHERLINT_DIR", t.TempDir())
	_, err := cypherlint.Find()
	if err == nil {
		t.Fatal("Find succeeded in an empty folder")
	}
	if msg := err.Error(); !strings.Contains(msg, "npm install") || !strings.Contains(msg, cypherlint.Package+"@"+cypherlint.Version) && !strings.Contains(msg, "no node") {
		t.Errorf("error %q should say how to install %s@%s", msg, cypherlint.Package, cypherlint.Version)
	}
}
