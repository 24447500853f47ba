package diplomacy

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// oneSided is the textbook computation the bidirectional search must
// match: full searches from both sides with the direct tie removed, and
// share(v) = σ_s(v)·σ_t(v)/σ_s(t) for every v with d_s(v)+d_t(v) = d.
func oneSided(g *Graph, s, t int32) (hops int, count float64, shares map[int32]float64, via map[int32][]int32) {
	search := func(src int32) ([]int32, []float64) {
		dist := make([]int32, g.N())
		sigma := make([]float64, g.N())
		for i := range dist {
			dist[i] = -1
		}
		dist[src], sigma[src] = 0, 1
		queue := []int32{src}
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			for j, w := range g.Neighbours(v) {
				if (v == s && w == t) || (v == t && w == s) {
					continue
				}
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					queue = append(queue, w)
				}
				if dist[w] == dist[v]+1 {
					sigma[w] += sigma[v] * g.channels(v)[j]
				}
			}
		}
		return dist, sigma
	}
	ds, ss := search(s)
	dt, st := search(t)
	if ds[t] < 0 {
		return 0, 0, map[int32]float64{}, map[int32][]int32{}
	}
	d := ds[t]
	on := func(v int32) bool { return ds[v] >= 0 && dt[v] >= 0 && ds[v]+dt[v] == d }
	shares, via = map[int32]float64{}, map[int32][]int32{}
	for v := range int32(g.N()) {
		if v == s || v == t || !on(v) {
			continue
		}
		shares[v] = ss[v] * st[v] / ss[t]
		for _, w := range g.Neighbours(v) {
			if on(w) && (ds[w] == ds[v]+1 || ds[w] == ds[v]-1) {
				via[v] = append(via[v], w)
			}
		}
	}
	return int(d), ss[t], shares, via
}

// TestBidirectionalMatchesOneSided compares Measure with oneSided on
// random graphs of every density, with parallel channels, direct ties
// between the sides and unreachable pairs, and MeasureTop's cut with it.
func TestBidirectionalMatchesOneSided(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for trial := range 60 {
		n := 2 + r.IntN(60)
		m := r.IntN(4 * n)
		var ties []Tie
		for range m {
			ties = append(ties, Tie{int32(r.IntN(n)), int32(r.IntN(n)), float64(1 + r.IntN(3))})
		}
		g, err := New(n, ties)
		if err != nil {
			t.Fatal(err)
		}
		var ds []Dyad
		for range 20 {
			a, b := int32(r.IntN(n)), int32(r.IntN(n))
			if a != b {
				ds = append(ds, Dyad{A: a, B: b, Weight: float64(1 + r.IntN(3))})
			}
		}
		k := 1 + r.IntN(3)
		res, err := Measure(context.Background(), g, ds)
		if err != nil {
			t.Fatal(err)
		}
		top, err := MeasureTop(context.Background(), g, ds, k)
		if err != nil {
			t.Fatal(err)
		}
		for i, dy := range ds {
			name := fmt.Sprintf("trial %d (n=%d, %d ties) dyad %d–%d", trial, n, m, dy.A, dy.B)
			hops, count, shares, via := oneSided(g, dy.A, dy.B)
			p := res.Dyads[i]
			if p.Hops != hops || p.Count != count {
				t.Fatalf("%s: %d hops, %v paths; one-sided %d, %v", name, p.Hops, p.Count, hops, count)
			}
			if len(p.Through) != len(shares) {
				t.Fatalf("%s: %d go-betweens, one-sided %d", name, len(p.Through), len(shares))
			}
			for _, sh := range p.Through {
				if math.Abs(sh.Share-shares[sh.Node]) > 1e-12 || !slices.Equal(sh.Via, via[sh.Node]) {
					t.Fatalf("%s: node %d share %v via %v; one-sided %v via %v", name, sh.Node, sh.Share, sh.Via, shares[sh.Node], via[sh.Node])
				}
			}
			// The cut keeps the first k and everything tied with the k-th.
			want := len(p.Through)
			if k < want {
				want = k
				for want < len(p.Through) && p.Through[want].Share == p.Through[k-1].Share {
					want++
				}
			}
			if got := top.Dyads[i].Through; len(got) != want || !slices.EqualFunc(got, p.Through[:want], func(x, y Share) bool {
				return x.Node == y.Node && x.Share == y.Share && slices.Equal(x.Via, y.Via)
			}) {
				t.Fatalf("%s: top %d kept %v, want the first %d of %v", name, k, got, want, p.Through)
			}
		}
		if !slices.Equal(res.Score, top.Score) {
			t.Fatalf("trial %d: MeasureTop changed the scores", trial)
		}
	}
}
