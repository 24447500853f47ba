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

// Channels returns the number of parallel channels of the tie u–v, zero
// when there is none. Cost: O(log deg(u)).
func (g *Graph) Channels(u, v int32) float64 {
	if i, ok := slices.BinarySearch(g.Neighbours(u), v); ok {
		return g.channels(u)[i]
	}
	return 0
}

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
	// shares holds every share while the scores are summed.
	shares []nodeShare
}

// nodeShare is a node's share without its Via.
type nodeShare struct {
	node  int32
	share float64
}

// Result is the mediation measure of every node and the paths of every dyad.
type Result struct {
	// Score is score(M) for every node, in [0, 1].
	Score []float64
	// Dyads holds the paths of each dyad, in the order given.
	Dyads []Paths
}

// Measure computes the path shares of every dyad and the weighted
// mediation score of every node; it is MeasureTop with every go-between
// kept.
func Measure(ctx context.Context, g *Graph, dyads []Dyad) (Result, error) {
	return MeasureTop(ctx, g, dyads, 0)
}

// MeasureTop computes the path shares of every dyad and the weighted
// mediation score of every node, listing in each dyad's Through only the
// nodes whose share is among the k highest (all those tied with the k-th
// included); k <= 0 lists every node with a share. The scores always sum
// every share. Dyads whose ends coincide or fall outside the graph, and
// non-positive weights, are errors.
//
// Cost: per dyad, a bidirectional breadth-first search that grows the
// side with the lighter frontier one level at a time until the two meet,
// then one backward pass over each side's ball: O(D·(n + e)) at worst for
// D dyads, n nodes and e edges, and in practice the two balls of radius
// about half the distance, far less than a search from one side on graphs
// with hubs. Spread over GOMAXPROCS goroutines; memory O(n) per goroutine
// besides the output.
func MeasureTop(ctx context.Context, g *Graph, dyads []Dyad, k int) (Result, error) {
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
	// The searches are independent: run them on every core, a block of
	// dyads at a time, each worker with its own workspace; each block's
	// shares are summed here, in dyad order, so the scores do not depend
	// on the schedule, and only one block's shares are held at once.
	const block = 512
	workers := min(runtime.GOMAXPROCS(0), max(len(dyads), 1))
	spaces := make([]*workspace, workers)
	for w := range spaces {
		spaces[w] = newWorkspace(n)
	}
	for lo := 0; lo < len(dyads); lo += block {
		hi := min(lo+block, len(dyads))
		var next atomic.Int64
		next.Store(int64(lo))
		var wg sync.WaitGroup
		for _, ws := range spaces {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := int(next.Add(1)) - 1
					if i >= hi || ctx.Err() != nil {
						return
					}
					res.Dyads[i] = ws.pair(g, dyads[i].A, dyads[i].B, k)
				}
			}()
		}
		wg.Wait()
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
		for i := lo; i < hi; i++ {
			for _, s := range res.Dyads[i].shares {
				res.Score[s.node] += dyads[i].Weight * s.share / total
			}
			res.Dyads[i].shares = nil
		}
	}
	return res, nil
}

// ball is one side's breadth-first search: the nodes reached, by level,
// with their distance and number of shortest paths from the side, and
// after the meeting the paths on to the other side.
type ball struct {
	dist  []int32   // -1 when not reached
	sigma []float64 // shortest paths from the side's node
	back  []float64 // shortest paths from the node on to the other side
	order []int32   // nodes in the order reached
	level int       // order[level:] is the frontier
	depth int32     // the frontier's distance
	work  int       // the frontier's summed degree: the cost of growing it
}

func newBall(n int) ball {
	b := ball{dist: make([]int32, n), sigma: make([]float64, n), back: make([]float64, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	return b
}

func (b *ball) start(g *Graph, v int32) {
	b.dist[v], b.sigma[v] = 0, 1
	b.order = append(b.order, v)
	b.level, b.depth, b.work = 0, 0, len(g.Neighbours(v))
}

func (b *ball) reset() {
	for _, v := range b.order {
		b.dist[v], b.sigma[v], b.back[v] = -1, 0, 0
	}
	b.order = b.order[:0]
}

// grow adds the next level, leaving out the direct tie s–t, and reports
// whether it reached the other ball.
func (b *ball) grow(g *Graph, other *ball, s, t int32) bool {
	frontier := b.order[b.level:]
	b.level = len(b.order)
	b.depth++
	b.work = 0
	met := false
	for _, v := range frontier {
		ch := g.channels(v)
		for j, w := range g.Neighbours(v) {
			if (v == s && w == t) || (v == t && w == s) {
				continue // the direct tie is not a channel through anyone
			}
			if b.dist[w] < 0 {
				b.dist[w] = b.depth
				b.order = append(b.order, w)
				b.work += len(g.Neighbours(w))
				met = met || other.dist[w] >= 0
			}
			if b.dist[w] == b.depth {
				b.sigma[w] += b.sigma[v] * ch[j]
			}
		}
	}
	return met
}

// backward fills back for the ball's nodes: on its last level, the other
// side's path count (zero off the other ball); below it, the sum over the
// next level. s–t is the direct tie, left out.
func (b *ball) backward(g *Graph, other *ball, s, t int32) {
	for _, v := range b.order[b.level:] {
		if other.dist[v] >= 0 {
			b.back[v] = other.sigma[v]
		}
	}
	for i := b.level - 1; i >= 0; i-- {
		v := b.order[i]
		ch := g.channels(v)
		sum := 0.0
		for j, w := range g.Neighbours(v) {
			if (v == s && w == t) || (v == t && w == s) {
				continue
			}
			if b.dist[w] == b.dist[v]+1 {
				sum += b.back[w] * ch[j]
			}
		}
		b.back[v] = sum
	}
}

// workspace holds the two balls of a search, reset after each search.
type workspace struct {
	a, b ball
}

func newWorkspace(n int) *workspace {
	return &workspace{a: newBall(n), b: newBall(n)}
}

// pair finds the shortest s–t paths that avoid the direct s–t tie and the
// share of each node between them, listing the top k (all when k <= 0).
//
// The two balls grow until a level of one reaches the other. Because
// neither frontier had met before, the nodes where they meet lie at
// exactly the two balls' depths, d = depth_a + depth_b is the distance,
// and every node of both balls lies at those depths. A node on a shortest
// path is on s's side when it is in s's ball (at most depth_a from s), on
// t's side otherwise, and its share is its paths from its side's node
// times its paths on to the other, over the number of paths.
func (ws *workspace) pair(g *Graph, s, t int32, k int) Paths {
	a, b := &ws.a, &ws.b
	defer a.reset()
	defer b.reset()
	a.start(g, s)
	b.start(g, t)
	for {
		x, y := a, b
		if b.work < a.work {
			x, y = b, a
		}
		if x.level == len(x.order) { // the frontier is empty: no path
			return Paths{}
		}
		if x.grow(g, y, s, t) {
			break
		}
		if x.level == len(x.order) {
			return Paths{}
		}
	}
	a.backward(g, b, s, t)
	b.backward(g, a, s, t)
	d := a.depth + b.depth
	p := Paths{Hops: int(d), Count: a.back[s]}
	// pos is v's place on the shortest paths (its distance from s), or
	// -1 when it is on none.
	pos := func(v int32) int32 {
		switch {
		case a.dist[v] >= 0 && a.back[v] > 0:
			return a.dist[v]
		case b.dist[v] >= 0 && b.dist[v] < b.depth && b.back[v] > 0:
			return d - b.dist[v]
		}
		return -1
	}
	for _, v := range a.order {
		if v != s && v != t && a.back[v] > 0 {
			p.shares = append(p.shares, nodeShare{v, a.sigma[v] * a.back[v] / p.Count})
		}
	}
	for _, v := range b.order[:b.level] {
		if v != s && v != t && b.back[v] > 0 {
			p.shares = append(p.shares, nodeShare{v, b.sigma[v] * b.back[v] / p.Count})
		}
	}
	slices.SortFunc(p.shares, func(x, y nodeShare) int { return cmp.Or(cmp.Compare(y.share, x.share), cmp.Compare(x.node, y.node)) })
	kept := len(p.shares)
	if k > 0 && k < kept {
		kept = k
		for kept < len(p.shares) && p.shares[kept].share == p.shares[k-1].share {
			kept++
		}
	}
	p.Through = make([]Share, kept)
	for i, ns := range p.shares[:kept] {
		sh := Share{Node: ns.node, Share: ns.share}
		at := pos(sh.Node)
		for _, w := range g.Neighbours(sh.Node) {
			if pw := pos(w); pw >= 0 && (pw == at+1 || pw == at-1) {
				sh.Via = append(sh.Via, w)
			}
		}
		p.Through[i] = sh
	}
	return p
}
