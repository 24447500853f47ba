package diplomacy

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"testing"
)

type handmade struct {
	Name   string                          `json:"name"`
	Nodes  []string                        `json:"nodes"`
	Ties   [][]any                         `json:"ties"` // [u, v] or [u, v, channels]
	Dyads  [][3]any                        `json:"dyads"`
	Shares []map[string]map[string]float64 `json:"shares"`
	Hops   []int                           `json:"hops"`
	Score  map[string]float64              `json:"score"`
}

func (h handmade) build(t *testing.T) (*Graph, []Dyad, map[string]int32) {
	t.Helper()
	id := map[string]int32{}
	for i, n := range h.Nodes {
		id[n] = int32(i)
	}
	var ties []Tie
	for _, e := range h.Ties {
		n := 1.0
		if len(e) > 2 {
			n = e[2].(float64)
		}
		ties = append(ties, Tie{id[e[0].(string)], id[e[1].(string)], n})
	}
	g, err := New(len(h.Nodes), ties)
	if err != nil {
		t.Fatal(err)
	}
	var ds []Dyad
	for _, d := range h.Dyads {
		ds = append(ds, Dyad{A: id[d[0].(string)], B: id[d[1].(string)], Weight: d[2].(float64)})
	}
	return g, ds, id
}

// TestHandmade checks Measure on small graphs whose answers are worked out
// by hand in testdata/handmade.json.
func TestHandmade(t *testing.T) {
	raw, err := os.ReadFile("testdata/handmade.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []handmade
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			g, ds, id := tc.build(t)
			res, err := Measure(context.Background(), g, ds)
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range res.Dyads {
				if p.Hops != tc.Hops[i] {
					t.Errorf("dyad %d: %d hops, want %d", i, p.Hops, tc.Hops[i])
				}
				want := map[string]float64{}
				for _, m := range tc.Shares[i] {
					want = m
				}
				if len(p.Through) != len(want) {
					t.Errorf("dyad %d: %d nodes with a share, want %d (%v)", i, len(p.Through), len(want), p.Through)
				}
				for _, s := range p.Through {
					if w := want[tc.Nodes[s.Node]]; math.Abs(s.Share-w) > 1e-12 {
						t.Errorf("dyad %d: share of %s = %v, want %v", i, tc.Nodes[s.Node], s.Share, w)
					}
				}
			}
			for name, v := range id {
				if got, want := res.Score[v], tc.Score[name]; math.Abs(got-want) > 1e-12 {
					t.Errorf("score of %s = %v, want %v", name, got, want)
				}
			}
		})
	}
}

// TestVia checks that a go-between's Via names its neighbours on the
// shortest paths and no others.
func TestVia(t *testing.T) {
	// A–M–B, M–Z (Z is off every path), A–N–X–B (longer).
	g, err := New(6, []Tie{{0, 2, 1}, {2, 1, 1}, {2, 5, 1}, {0, 3, 1}, {3, 4, 1}, {4, 1, 1}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Measure(context.Background(), g, []Dyad{{A: 0, B: 1, Weight: 1}})
	if err != nil {
		t.Fatal(err)
	}
	th := res.Dyads[0].Through
	if len(th) != 1 || th[0].Node != 2 || len(th[0].Via) != 2 || th[0].Via[0] != 0 || th[0].Via[1] != 1 {
		t.Errorf("through = %+v, want node 2 via 0 and 1", th)
	}
}

func TestBadInput(t *testing.T) {
	if _, err := New(2, []Tie{{0, 2, 1}}); err == nil {
		t.Error("New accepted a tie outside the nodes")
	}
	for _, n := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		if _, err := New(2, []Tie{{0, 1, n}}); err == nil {
			t.Errorf("New accepted a tie with %v channels", n)
		}
	}
	g, err := New(3, []Tie{{0, 1, 1}, {1, 1, 1}, {1, 0, 2}})
	if err != nil {
		t.Fatal(err)
	}
	if g.Edges() != 1 {
		t.Errorf("%d edges, want 1 (self-loop dropped)", g.Edges())
	}
	if ch := g.channels(0); len(ch) != 1 || ch[0] != 3 {
		t.Errorf("channels of 0–1 = %v, want [3] (repeats summed)", ch)
	}
	for _, d := range []Dyad{{A: 0, B: 0, Weight: 1}, {A: 0, B: 3, Weight: 1}, {A: 0, B: 1, Weight: 0}, {A: 0, B: 1, Weight: math.NaN()}, {A: -1, B: 1, Weight: 1}} {
		if _, err := Measure(context.Background(), g, []Dyad{d}); err == nil {
			t.Errorf("Measure accepted dyad %+v", d)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Measure(ctx, g, []Dyad{{A: 0, B: 2, Weight: 1}}); err == nil {
		t.Error("Measure ignored a cancelled context")
	}
}
