package mediation_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/mediation"
)

func ExampleFind() {
	state := func(name string) graph.Actor { return graph.Actor{Name: name, Kind: graph.State, Country: name} }
	edge := func(sentence string, src string, rel graph.Relation, dst string) graph.Edge {
		return graph.Edge{Doc: "a.txt", Sentence: sentence, Source: state(src), Relation: rel, Target: state(dst)}
	}
	restraint := "The US and France urged Israel and Iran to show restraint."
	edges := []graph.Edge{
		edge("Iran fired missiles at Israel.", "Iran", graph.Attacked, "Israel"),
		edge(restraint, "United States", graph.Urged, "Israel"),
		edge(restraint, "United States", graph.Urged, "Iran"),
		edge(restraint, "France", graph.Urged, "Israel"),
		edge(restraint, "France", graph.Urged, "Iran"),
		edge("Biden spoke with Netanyahu.", "United States", graph.SpokeWith, "Israel"),
	}
	_, mediators := mediation.Find(edges, mediation.Options{})
	for _, m := range mediators {
		fmt.Printf("%d. %s mediates %s–%s: score %.2f (ties %d/%d, joint %d)\n", m.Rank, m.Mediator, m.Dyad[0], m.Dyad[1], m.Score, m.TiesA, m.TiesB, m.Joint)
	}
	// Output:
	// 1. United States mediates Iran–Israel: score 2.33 (ties 1/2, joint 1)
	// 2. France mediates Iran–Israel: score 2.00 (ties 1/1, joint 1)
}
