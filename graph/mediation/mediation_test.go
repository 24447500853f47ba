package mediation

import (
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// edge is a test edge in sentence s of doc d.
func edge(d string, s int, src string, rel graph.Relation, dst string) graph.Edge {
	return graph.Edge{Doc: d, Sentence: fmt.Sprintf("sentence %d", s),
		Source: graph.Actor{Name: src, Kind: graph.State}, Relation: rel,
		Target: graph.Actor{Name: dst, Kind: graph.State}}
}

func TestFind(t *testing.T) {
	edges := []graph.Edge{
		edge("a", 1, "Israel", graph.Attacked, "Iran"),
		edge("a", 2, "Iran", graph.Attacked, "Israel"),
		edge("a", 3, "Iran", graph.Warned, "Israel"),
		// Qatar: one joint sentence, plus one tie to each side.
		edge("a", 4, "Qatar", graph.Urged, "Israel"),
		edge("a", 4, "Qatar", graph.Urged, "Iran"),
		edge("b", 1, "Qatar", graph.SpokeWith, "Iran"),
		edge("b", 2, "Israel", graph.SpokeWith, "Qatar"), // either way counts
		// Oman: many ties to Iran, one to Israel; also supports Iran.
		edge("b", 3, "Oman", graph.Urged, "Israel"),
		edge("b", 4, "Oman", graph.Urged, "Iran"),
		edge("b", 5, "Oman", graph.Urged, "Iran"),
		edge("b", 6, "Oman", graph.Urged, "Iran"),
		edge("b", 7, "Oman", graph.Supported, "Iran"),
		// Being urged by a side is not a mediating tie.
		edge("c", 1, "Israel", graph.Urged, "Egypt"),
		edge("c", 2, "Iran", graph.Urged, "Egypt"),
		// Ties to one side only.
		edge("c", 3, "Jordan", graph.Urged, "Israel"),
		// The same sentence twice counts once.
		edge("c", 4, "Qatar", graph.Urged, "Israel"),
		edge("c", 4, "Qatar", graph.Urged, "Israel"),
	}
	dyads, ms := Find(edges, Options{})
	if len(dyads) != 1 || dyads[0].A != "Iran" || dyads[0].B != "Israel" {
		t.Fatalf("dyads = %+v, want Iran–Israel only", dyads)
	}
	if d := dyads[0]; d.Relations[graph.Attacked] != 2 || d.Relations[graph.Warned] != 1 || len(d.Evidence) != 3 {
		t.Errorf("dyad relations %v, %d evidence", d.Relations, len(d.Evidence))
	}
	want := []struct {
		name         string
		score        float64
		tiesA, tiesB int
		joint        int
	}{
		// Qatar: Iran {a4, b1} = 2, Israel {a4, b2, c4} = 3, joint 1: 2·2·3/5 + 1.
		{"Qatar", 2*2*3/5.0 + 1, 2, 3, 1},
		// Oman: Iran 3, Israel 1: 2·3·1/4.
		{"Oman", 1.5, 3, 1, 0},
	}
	if len(ms) != len(want) {
		t.Fatalf("got %d mediators %+v, want %d", len(ms), ms, len(want))
	}
	for i, w := range want {
		m := ms[i]
		if m.Mediator != w.name || m.Score != w.score || m.TiesA != w.tiesA || m.TiesB != w.tiesB || m.Joint != w.joint || m.Rank != i+1 {
			t.Errorf("mediator %d = %s score %v ties %d/%d joint %d rank %d; want %+v", i, m.Mediator, m.Score, m.TiesA, m.TiesB, m.Joint, m.Rank, w)
		}
	}
	if q := ms[0]; len(q.Evidence) != 5 || q.Evidence[0].Sentence != "sentence 4" || q.Evidence[1].Sentence != "sentence 4" {
		t.Errorf("Qatar evidence should start with the joint sentence and hold 5 edges: %+v", q.Evidence)
	}
	if o := ms[1]; len(o.Supports) != 1 || o.Supports[0] != "Iran" || len(o.HostileTo) != 0 {
		t.Errorf("Oman supports %v hostile %v, want supports [Iran]", o.Supports, o.HostileTo)
	}
	if dyads[0].Mediators != 2 {
		t.Errorf("dyad counts %d mediators, want 2", dyads[0].Mediators)
	}
	d1, best := Find(edges, Options{MaxMediators: 1})
	if len(best) != 1 || best[0].Mediator != "Qatar" || d1[0].Mediators != 2 {
		t.Errorf("MaxMediators 1: %+v (dyad counts %d)", best, d1[0].Mediators)
	}
	_, capped := Find(edges, Options{MaxEvidence: 2})
	sentences := map[string]bool{}
	for _, e := range capped[0].Evidence {
		sentences[e.Doc+"\x00"+e.Sentence] = true
	}
	if len(sentences) != 2 || capped[0].TiesB != 3 {
		t.Errorf("MaxEvidence 2: %d sentences (%d entries), ties %d", len(sentences), len(capped[0].Evidence), capped[0].TiesB)
	}
	if len(capped[0].Evidence) <= len(sentences) {
		t.Errorf("MaxEvidence 2 dropped a side's entry of the joint sentence: %+v", capped[0].Evidence)
	}
}

func TestFindNoConflict(t *testing.T) {
	d, m := Find([]graph.Edge{edge("a", 1, "A", graph.SpokeWith, "B")}, Options{})
	if d == nil || m == nil || len(d) != 0 || len(m) != 0 {
		t.Errorf("want empty, non-nil results; got %v %v", d, m)
	}
}

// TestTalksBreakTies checks that of two mediators with the same score the
// one that talks with the sides (SPOKE_WITH) ranks before the one that only
// urges them, whatever their names.
func TestTalksBreakTies(t *testing.T) {
	for _, tc := range []struct{ talker, urger string }{{"Alpha", "Zulu"}, {"Zulu", "Alpha"}} {
		edges := []graph.Edge{
			edge("a", 1, "Armenia", graph.Accused, "Azerbaijan"),
			// The urger: one joint sentence.
			edge("a", 2, tc.urger, graph.Urged, "Armenia"),
			edge("a", 2, tc.urger, graph.Urged, "Azerbaijan"),
			// The talker: one joint sentence of talks.
			edge("a", 3, tc.talker, graph.SpokeWith, "Armenia"),
			edge("a", 3, tc.talker, graph.SpokeWith, "Azerbaijan"),
		}
		_, ms := Find(edges, Options{})
		if len(ms) != 2 || ms[0].Score != ms[1].Score {
			t.Fatalf("%+v: want two mediators of equal score", ms)
		}
		if ms[0].Mediator != tc.talker || ms[0].Talks != 1 || ms[1].Talks != 0 || ms[0].Rank != 1 {
			t.Errorf("talker %s, urger %s: ranked %s (talks %d, rank %d) first, want the talker", tc.talker, tc.urger, ms[0].Mediator, ms[0].Talks, ms[0].Rank)
		}
	}
}
