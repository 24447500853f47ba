// Package diplomacy measures mediation along the channels of talk.
//
// The diplomatic layer is the undirected graph whose edges are the URGED and
// SPOKE_WITH ties between actors (Channel): who talks to whom, whichever way
// the words went. SUPPORTED is not a channel: it is partisanship, and
// hostile relations (ATTACKED, WARNED, ACCUSED) define the conflicts, not
// the ways to settle them.
//
// For a conflict dyad d = {A, B} the path share of a third node M is
//
//	share_d(M) = σ_AB(M) / σ_AB
//
// where σ_AB counts the shortest A–B paths of the diplomatic layer with the
// direct A–B tie left out, and σ_AB(M) those that pass through M. Paths are
// shortest by hops; a tie shown by k sentences counts as k parallel
// channels, so a path counts the product of its ties' sentences (the number
// of ways to pick one sentence per step). With every tie shown once this is
// the plain count of shortest paths. This is
// Brandes's pair dependency δ_AB(M) restricted to the dyad's endpoints; the
// layer is undirected, so it is the same from A to B as from B to A. The
// direct tie is left out because two sides who also talk to each other
// still have go-betweens: the question is who carries the indirect
// channels. When A and B have no indirect path, every share is zero.
//
// The mediation measure of M sums the shares over the dyads, weighted by
// how hostile each dyad is:
//
//	score(M) = Σ_d w_d · share_d(M) / Σ_d w_d
//
// with w_d the dyad's number of hostile edges, so the score lies in [0, 1]:
// 1 means M lies on every shortest indirect channel of every conflict.
package diplomacy

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/actorgraph/actorgraph/graph"
)

// Channel reports whether r is a tie of the diplomatic layer: URGED or
// SPOKE_WITH.
func Channel(r graph.Relation) bool { return r == graph.Urged || r == graph.SpokeWith }

// Tie is an undirected tie U–V shown by N parallel channels (in actorgraph,
// its number of distinct sentences).
type Tie struct {
	U, V int32
	N    float64
}

// Graph is an undirected graph on the nodes 0..N()-1 in compressed sparse
// row form, each edge with its number of parallel channels. It is read-only
// once built and safe to share.
type Graph struct {
	off  []int
	adj  []int32
	mult []float64
}

// New builds the undirected graph on n nodes with the given ties; repeated
// ties are one edge whose channels are the sum of theirs, and self-loops are
// dropped. It returns an error when a tie names a node outside 0..n-1 or has
// N not positive. Cost: O(n + t log t) for t ties.
func New(n int, ties []Tie) (*Graph, error) {
	if n < 0 {
		return nil, fmt.Errorf("diplomacy: %d nodes", n)
	}
	arcs := make([]Tie, 0, 2*len(ties))
	for _, t := range ties {
		u, v := t.U, t.V
		if u < 0 || int(u) >= n || v < 0 || int(v) >= n {
			return nil, fmt.Errorf("diplomacy: tie %d–%d outside the %d nodes", u, v, n)
		}
		if !(t.N > 0) || math.IsInf(t.N, 1) {
			return nil, fmt.Errorf("diplomacy: tie %d–%d has %v channels, want a positive number", u, v, t.N)
		}
		if u != v {
			arcs = append(arcs, Tie{u, v, t.N}, Tie{v, u, t.N})
		}
	}
	slices.SortFunc(arcs, func(x, y Tie) int { return cmp.Or(cmp.Compare(x.U, y.U), cmp.Compare(x.V, y.V)) })
	g := &Graph{off: make([]int, n+1)}
	for i := 0; i < len(arcs); {
		a := arcs[i]
		m := 0.0
		for ; i < len(arcs) && arcs[i].U == a.U && arcs[i].V == a.V; i++ {
			m += arcs[i].N
		}
		g.adj = append(g.adj, a.V)
		g.mult = append(g.mult, m)
		g.off[a.U+1]++
	}
	for v := 0; v < n; v++ {
		g.off[v+1] += g.off[v]
	}
	return g, nil
}

// N returns the number of nodes.
func (g *Graph) N() int { return len(g.off) - 1 }

// Edges returns the number of edges.
func (g *Graph) Edges() int { return len(g.adj) / 2 }

// Neighbours returns the neighbours of v in increasing order. The slice is
// the graph's own: do not modify it.
func (g *Graph) Neighbours(v int32) []int32 { return g.adj[g.off[v]:g.off[v+1]] }

// channels returns the channel counts matching Neighbours(v).
func (g *Graph) channels(v int32) []float64 { return g.mult[g.off[v]:g.off[v+1]] }

// Dyad is a conflict between nodes A and B with its hostility weight (its
// number of hostile edges; any positive number).
type Dyad struct {
	A, B   int32
	Weight float64
}

// Share is one node's share of the shortest indirect paths of a dyad.
type Share struct {
	Node  int32
	Share float64
	// Via lists M's neighbours on those paths (the sides themselves
	// included), in increasing order: the ties that make M a go-between.
	Via []int32
}

// Paths is what Measure found for one dyad.
type Paths struct {
	// Hops is the length of the shortest indirect A–B path; 0 when there
	// is none.
	Hops int
	// Count is σ_AB, the number of shortest indirect paths (each counted
	// as the product of its ties' channels).
	Count float64
	// Through lists the nodes with a positive share, highest share first
	// (ties by node).
	Through []Share
}

// Result is the mediation measure of every node and the paths of every dyad.
type Result struct {
	// Score is score(M) for every node, in [0, 1].
	Score []float64
	// Dyads holds the paths of each dyad, in the order given.
	Dyads []Paths
}

// Measure computes the path shares of every dyad and the weighted
// mediation score of every node. Dyads whose ends coincide or fall outside
// the graph, and non-positive weights, are errors.
//
// Cost: one breadth-first search per dyad from A, cut at B's depth, and one
// backward pass over the nodes it reached: O(D·(n + e)) at worst for D
// dyads, n nodes and e edges, much less when the sides are close, spread
// over GOMAXPROCS goroutines. Memory O(n) per goroutine besides the output.
func Measure(ctx context.Context, g *Graph, dyads []Dyad) (Result, error) {
	n := g.N()
	res := Result{Score: make([]float64, n), Dyads: make([]Paths, len(dyads))}
	total := 0.0
	for _, d := range dyads {
		if d.A < 0 || int(d.A) >= n || d.B < 0 || int(d.B) >= n || d.A == d.B {
			return Result{}, fmt.Errorf("diplomacy: dyad %d–%d is not a pair of the %d nodes", d.A, d.B, n)
		}
		if !(d.Weight > 0) {
			return Result{}, fmt.Errorf("diplomacy: dyad %d–%d has weight %v, want > 0", d.A, d.B, d.Weight)
		}
		total += d.Weight
	}
	// The searches are independent: run them on every core, each worker
	// with its own workspace, then sum in dyad order so the scores do not
	// depend on the schedule.
	workers := min(runtime.GOMAXPROCS(0), max(len(dyads), 1))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ws := newWorkspace(n)
			for {
				i := int(next.Add(1)) - 1
				if i >= len(dyads) || ctx.Err() != nil {
					return
				}
				res.Dyads[i] = ws.pair(g, dyads[i].A, dyads[i].B)
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	for i, d := range dyads {
		for _, s := range res.Dyads[i].Through {
			res.Score[s.Node] += d.Weight * s.Share / total
		}
	}
	return res, nil
}

// workspace holds the per-search arrays, reset after each search.
type workspace struct {
	dist  []int32   // -1 when not reached
	sigma []float64 // shortest paths from the source
	to    []float64 // shortest paths on to the target
	order []int32   // nodes in the order reached
}

func newWorkspace(n int) *workspace {
	ws := &workspace{dist: make([]int32, n), sigma: make([]float64, n), to: make([]float64, n)}
	for i := range ws.dist {
		ws.dist[i] = -1
	}
	return ws
}

// pair finds the shortest s–t paths that avoid the direct s–t tie and the
// share of each node between them.
func (ws *workspace) pair(g *Graph, s, t int32) Paths {
	defer func() {
		for _, v := range ws.order {
			ws.dist[v], ws.sigma[v], ws.to[v] = -1, 0, 0
		}
		ws.order = ws.order[:0]
	}()
	ws.dist[s], ws.sigma[s] = 0, 1
	ws.order = append(ws.order, s)
	for head := 0; head < len(ws.order); head++ {
		v := ws.order[head]
		if dt := ws.dist[t]; dt >= 0 && ws.dist[v] >= dt {
			break // nothing at t's depth or beyond lies on a shortest path
		}
		ch := g.channels(v)
		for j, w := range g.Neighbours(v) {
			if v == s && w == t {
				continue // the direct tie is not a channel through anyone
			}
			if ws.dist[w] < 0 {
				ws.dist[w] = ws.dist[v] + 1
				ws.order = append(ws.order, w)
			}
			if ws.dist[w] == ws.dist[v]+1 {
				ws.sigma[w] += ws.sigma[v] * ch[j]
			}
		}
	}
	dt := ws.dist[t]
	if dt < 0 {
		return Paths{}
	}
	// Backward: to[v] counts the shortest v–t paths in the search's DAG.
	ws.to[t] = 1
	for i := len(ws.order) - 1; i >= 0; i-- {
		v := ws.order[i]
		if ws.dist[v] >= dt {
			continue
		}
		ch := g.channels(v)
		for j, w := range g.Neighbours(v) {
			if v == s && w == t {
				continue
			}
			if ws.dist[w] == ws.dist[v]+1 {
				ws.to[v] += ws.to[w] * ch[j]
			}
		}
	}
	p := Paths{Hops: int(dt), Count: ws.sigma[t]}
	for _, v := range ws.order {
		if v == s || v == t || ws.to[v] == 0 || ws.dist[v] >= dt {
			continue
		}
		sh := Share{Node: v, Share: ws.sigma[v] * ws.to[v] / ws.sigma[t]}
		for _, w := range g.Neighbours(v) {
			if ws.dist[w] >= 0 && ws.dist[w] <= dt && ws.to[w] > 0 && (ws.dist[w] == ws.dist[v]+1 || ws.dist[w] == ws.dist[v]-1) {
				sh.Via = append(sh.Via, w)
			}
		}
		p.Through = append(p.Through, sh)
	}
	slices.SortFunc(p.Through, func(x, y Share) int { return cmp.Or(cmp.Compare(y.Share, x.Share), cmp.Compare(x.Node, y.Node)) })
	return p
}
