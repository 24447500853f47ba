package report

import (
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

// TestPathGroupsKeepTheAnalysisRank: go-betweens with equal shares are
// listed as the analysis ranked them (its tie-breaks include talks with
// the sides), not by name.
func TestPathGroupsKeepTheAnalysisRank(t *testing.T) {
	lv := analyze.Level{
		Dyads: []analyze.Dyad{{A: "Armenia", B: "Azerbaijan", Relations: map[graph.Relation]int{graph.Accused: 2}}},
		PathMediators: []analyze.PathMediation{
			{Dyad: [2]string{"Armenia", "Azerbaijan"}, Mediator: "Zeta", Share: 0.5, Rank: 1},
			{Dyad: [2]string{"Armenia", "Azerbaijan"}, Mediator: "Alpha", Share: 0.5, Rank: 2},
			{Dyad: [2]string{"Armenia", "Azerbaijan"}, Mediator: "Beta", Share: 0.25, Rank: 3},
		},
	}
	gs := pathGroups(lv)
	if len(gs) != 1 {
		t.Fatalf("%d groups, want 1", len(gs))
	}
	var got []string
	for _, r := range gs[0].Rows {
		got = append(got, r.Name)
	}
	if want := "Zeta Alpha Beta"; fmt.Sprint(got) != "["+want+"]" {
		t.Errorf("go-betweens %v, want %s", got, want)
	}
}
