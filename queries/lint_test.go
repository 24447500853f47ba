package queries_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/cypherlint"
	"github.com/actorgraph/actorgraph/queries"
)

// TestCypherLint checks every .cypher file of queries/ and queries/gds/ with
// Neo4j's Cypher grammar (internal/cypherlint) as Cypher 5 and Cypher 25,
// each with only the parameters its header declares. It skips, saying so,
// without Node.js or the npm package.
func TestCypherLint(t *testing.T) {
	l := cypherlint.Require(t)
	root, err := queries.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	gds, err := queries.GDS()
	if err != nil {
		t.Fatal(err)
	}
	var inputs []cypherlint.Input
	for _, set := range []struct {
		dir string
		qs  []queries.Query
	}{{"queries/", root}, {"queries/gds/", gds}} {
		for _, q := range set.qs {
			in := cypherlint.Input{Name: set.dir + q.Name + ".cypher", Cypher: q.Cypher}
			for _, p := range q.Params {
				in.Params = append(in.Params, p.Name)
			}
			inputs = append(inputs, in)
		}
	}
	res := cypherlint.Check(t, l, inputs)
	clean := 0
	for _, r := range res {
		if len(r.Errors()) == 0 {
			clean++
		}
	}
	t.Logf("%d files, %d of %d checks (Cypher 5 and 25) without error", len(inputs), clean, len(res))
}
