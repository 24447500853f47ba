package bolttest_test

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/neo4j/bolttest"
)

// A test server that fails the first query with a transient error: the
// driver's managed transaction retries it, and the server records both
// attempts.
func Example() {
	first := true
	s, _ := bolttest.Start(bolttest.Options{Handler: func(q bolttest.Query) bolttest.Result {
		if first {
			first = false
			return bolttest.Result{Failure: &bolttest.Failure{Code: bolttest.CodeDeadlock, Message: "try again"}}
		}
		return bolttest.Result{Keys: []string{"n"}, Records: [][]any{{q.Params["n"]}}}
	}})
	defer s.Close()

	ctx := context.Background()
	d, _ := neo4j.NewDriverWithContext(s.URI(), neo4j.NoAuth())
	defer d.Close(ctx)
	sess := d.NewSession(ctx, neo4j.SessionConfig{})
	defer sess.Close(ctx)
	n, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(ctx, "RETURN $n AS n", map[string]any{"n": 42})
		if err != nil {
			return nil, err
		}
		rec, err := r.Single(ctx)
		if err != nil {
			return nil, err
		}
		return rec.Values[0], nil
	})
	fmt.Println(n, err, len(s.Queries()), "queries,", len(s.Committed()), "committed")
	// Output: 42 <nil> 2 queries, 1 committed
}
