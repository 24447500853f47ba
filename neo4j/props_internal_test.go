package neo4j

import (
	"testing"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph/brokerage"
)

// TestNumericPropsFlattenGroups: a group of counts in the actor metrics
// (brokerage roles) is written as one integer property per count, floats
// stay floats even when whole, and names carry the level's prefix.
func TestNumericPropsFlattenGroups(t *testing.T) {
	m := analyze.ActorMetrics{Name: "Qatar", Betweenness: 2, Brokerage: brokerage.Roles{Liaison: 3, Gatekeeper: 1}}
	props, err := numericProps(m, "country_")
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{
		"country_brokerage_liaison":            int64(3),
		"country_brokerage_gatekeeper":         int64(1),
		"country_brokerage_coordinator":        int64(0),
		"country_diplomatic_brokerage_liaison": int64(0),
		"country_betweenness":                  float64(2),
	} {
		if got, ok := props[k]; !ok || got != want {
			t.Errorf("%s = %#v (present %v), want %#v", k, got, ok, want)
		}
	}
	if _, ok := props["country_brokerage"]; ok {
		t.Error("the group itself was written as a property")
	}
}
