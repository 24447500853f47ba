package merge_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/batch/merge"
	"github.com/actorgraph/actorgraph/graph"
)

func e(doc string, i int, src string) graph.Edge {
	return graph.Edge{Doc: doc, SentenceIndex: i, Source: graph.Actor{Name: src, Kind: graph.State}, Relation: graph.Urged, Target: graph.Actor{Name: "Iran", Kind: graph.State}}.WithID()
}

func ExampleEdges() {
	shard0 := []graph.Edge{e("b.txt", 3, "Qatar"), e("b.txt", 1, "Egypt")}
	shard1 := []graph.Edge{e("a.txt", 0, "France"), e("b.txt", 3, "Qatar")} // a duplicate
	for _, x := range merge.Edges(shard0, shard1) {
		fmt.Println(x.Doc, x.SentenceIndex, x.Source.Name)
	}
	// Output:
	// a.txt 0 France
	// b.txt 3 Qatar
	// b.txt 1 Egypt
}
