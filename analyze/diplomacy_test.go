package analyze

import (
	"math"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func pathMediatorsOf(lv Level, a, b string) []PathMediation {
	if b < a {
		a, b = b, a
	}
	var out []PathMediation
	for _, m := range lv.PathMediators {
		if m.Dyad == [2]string{a, b} {
			out = append(out, m)
		}
	}
	return out
}

func metricsOf(lv Level, name string) ActorMetrics {
	for _, a := range lv.Actors {
		if a.Name == name {
			return a
		}
	}
	return ActorMetrics{}
}

// TestPathMediationIsraelIran: on the Israel–Iran fixture the go-betweens
// of the conflict on the diplomatic layer are the United States, France and
// the United Kingdom, the warring sides score nothing, and the US, which
// also SUPPORTED Israel, is told apart as partisan.
func TestPathMediationIsraelIran(t *testing.T) {
	res := Run(readFixture(t, "israel-iran.jsonl"), Options{})
	lv := res.Country
	pm := pathMediatorsOf(lv, "Israel", "Iran")
	var names []string
	for _, m := range pm {
		names = append(names, m.Mediator)
		if len(m.Evidence) == 0 {
			t.Errorf("%s is a go-between without evidence", m.Mediator)
		}
		if !(m.Weight > 0 && m.Weight <= 1) {
			t.Errorf("dyad weight %v outside (0, 1]", m.Weight)
		}
	}
	if want := []string{"United States", "France", "United Kingdom"}; len(names) < 3 || !slices.Equal(names[:3], want) {
		t.Fatalf("go-betweens of Iran–Israel = %v, want %v", names, want)
	}
	if !slices.Contains(pm[0].Supports, "Israel") {
		t.Errorf("the US supports %v, want Israel", pm[0].Supports)
	}
	us := 0.0 // Σ share·weight over the US's dyads
	for _, m := range lv.PathMediators {
		if m.Mediator == "United States" {
			us += m.Share * m.Weight
		}
	}
	for _, side := range []string{"Israel", "Iran"} {
		if a := metricsOf(lv, side); a.PathMediation != 0 {
			t.Errorf("%s, a side, has path mediation %v", side, a.PathMediation)
		}
	}
	if got := metricsOf(lv, "United States").PathMediation; math.Abs(got-us) > 1e-12 || got <= 0 {
		t.Errorf("US path mediation %v, want Σ share·weight = %v", got, us)
	}
	for _, m := range mediatorsOf(lv, "Israel", "Iran") {
		for _, p := range pm {
			if p.Mediator == m.Mediator && p.Share != m.PathShare {
				t.Errorf("%s: path share %v on the mediation row, %v on the path row", m.Mediator, m.PathShare, p.Share)
			}
		}
	}
}

// TestDiplomacyHandmade checks the wiring on edges whose answers are known:
// A and B fight (3 hostile edges), M urges A and talks with B, S supports A
// and talks with both, C and D fight once with N between them.
func TestDiplomacyHandmade(t *testing.T) {
	st := func(n string) graph.Actor { return graph.Actor{Name: n, Kind: graph.State, Country: n} }
	var edges []graph.Edge
	add := func(s string, r graph.Relation, t string, sentence string) {
		edges = append(edges, graph.Edge{Doc: "d", Sentence: sentence, Source: st(s), Relation: r, Target: st(t)})
	}
	add("A", graph.Attacked, "B", "1")
	add("B", graph.Attacked, "A", "2")
	add("A", graph.Warned, "B", "3")
	add("M", graph.Urged, "A", "4")
	add("M", graph.SpokeWith, "B", "5")
	add("S", graph.Supported, "A", "6")
	add("S", graph.SpokeWith, "A", "7")
	add("S", graph.SpokeWith, "B", "7")
	add("C", graph.Accused, "D", "8")
	add("N", graph.Urged, "C", "9")
	add("N", graph.Urged, "D", "9")
	lv := Run(edges, Options{}).Actor

	ab := pathMediatorsOf(lv, "A", "B")
	if len(ab) != 2 || ab[0].Share != 0.5 || ab[1].Share != 0.5 {
		t.Fatalf("go-betweens of A–B = %+v, want M and S with half each", ab)
	}
	// Equal shares: S has the joint sentence, so the higher mediation score.
	if ab[0].Mediator != "S" || !slices.Equal(ab[0].Supports, []string{"A"}) || len(ab[1].Supports) != 0 {
		t.Errorf("A–B ranks %s (supports %v) first, then %s (supports %v); want S, partisan for A, then M", ab[0].Mediator, ab[0].Supports, ab[1].Mediator, ab[1].Supports)
	}
	if !slices.Equal(ab[1].Via, []string{"A", "B"}) || len(ab[1].Evidence) != 2 {
		t.Errorf("M via %v with %d evidence, want via A and B with 2 sentences", ab[1].Via, len(ab[1].Evidence))
	}
	cd := pathMediatorsOf(lv, "C", "D")
	if len(cd) != 1 || cd[0].Mediator != "N" || cd[0].Share != 1 {
		t.Errorf("go-betweens of C–D = %+v, want N alone", cd)
	}
	// Weights: A–B has 3 hostile edges, C–D 1.
	for name, want := range map[string]float64{"M": 0.5 * 3 / 4, "S": 0.5 * 3 / 4, "N": 1.0 / 4, "A": 0, "B": 0} {
		if got := metricsOf(lv, name).PathMediation; math.Abs(got-want) > 1e-12 {
			t.Errorf("path mediation of %s = %v, want %v", name, got, want)
		}
	}
	// On the diplomatic layer (A–M–B, A–S–B, C–N–D) N lies on the only
	// C–D path.
	if b := metricsOf(lv, "N").DiplomaticBetweenness; b <= 0 {
		t.Errorf("diplomatic betweenness of N = %v, want > 0", b)
	}
	for _, d := range lv.Dyads {
		if d.A == "A" && (d.ChannelHops != 2 || d.ChannelPaths != 2) {
			t.Errorf("A–B channel: %d hops, %v paths; want 2 and 2", d.ChannelHops, d.ChannelPaths)
		}
	}
}

// TestPathMediationWindows: each time window carries its own go-betweens.
func TestPathMediationWindows(t *testing.T) {
	res := Run(readFixture(t, "israel-iran.jsonl"), Options{WindowDays: 3650})
	if len(res.Windows) == 0 {
		t.Fatal("no windows")
	}
	if pm := pathMediatorsOf(res.Windows[0].Country, "Israel", "Iran"); len(pm) == 0 || pm[0].Mediator != "United States" {
		t.Errorf("window go-betweens of Iran–Israel = %+v, want the United States first", pm)
	}
}
