package neo4j_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/actorgraph/actorgraph/internal/cypherlint"
	"github.com/actorgraph/actorgraph/neo4j"
)

var paramRef = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)

// TestStatementsLint checks every statement the loader sends
// (neo4j.Statements) with Neo4j's Cypher grammar, as Cypher 5 and Cypher 25.
// Parameters are those each statement names, which the loader passes. It
// skips, saying so, without Node.js or the npm package.
func TestStatementsLint(t *testing.T) {
	l := cypherlint.Require(t)
	stmts := neo4j.Statements()
	if len(stmts) < 20 {
		t.Fatalf("Statements() lists %d statements; the schema alone has more", len(stmts))
	}
	var inputs []cypherlint.Input
	for i, q := range stmts {
		in := cypherlint.Input{Name: fmt.Sprintf("statement %d", i+1), Cypher: q}
		seen := map[string]bool{}
		for _, m := range paramRef.FindAllStringSubmatch(q, -1) {
			if !seen[m[1]] {
				seen[m[1]] = true
				in.Params = append(in.Params, m[1])
			}
		}
		inputs = append(inputs, in)
	}
	res := cypherlint.Check(t, l, inputs)
	for _, r := range res {
		if len(r.Errors()) > 0 {
			var i int
			fmt.Sscanf(r.Name, "statement %d", &i)
			t.Logf("%s is:\n%s", r.Name, stmts[i-1])
		}
	}
	t.Logf("%d loader statements checked as Cypher 5 and 25", len(stmts))
}
