package centrality

import (
	"context"
	"math/rand/v2"
	"runtime"
	"sync"
)

// Brandes configures a betweenness computation (Brandes 2001, "A faster
// algorithm for betweenness centrality", J. Math. Sociol. 25(2)): one
// single-source shortest-path search per source node, then a backward pass
// that accumulates pair dependencies. The zero value computes exact,
// unweighted betweenness on all cores.
type Brandes struct {
	// Pivots, when positive and less than the number of nodes, is the number
	// of source nodes sampled uniformly at random (Brandes and Pich 2007,
	// "Centrality estimation in large networks"); the sums are scaled by
	// n/Pivots so they estimate the exact values. Zero means exact.
	Pivots int
	// Seed seeds the pivot sample; the same seed gives the same pivots.
	Seed uint64
	// Weighted makes the searches Dijkstra over the arc lengths 1/Weight
	// (a heavier arc is a shorter, stronger tie) instead of breadth-first
	// over hops. When every weight is the same the shortest paths are those
	// of the hop count, and the run is breadth-first (see UniformWeights).
	// When every weight is an integer (as sentence counts are) the lengths
	// are scaled to integers by the weights' least common multiple, so
	// equal-length paths tie exactly, and the queue is a radix heap; other
	// weights use a binary heap of floats.
	Weighted bool
	// Workers is the number of goroutines; zero means runtime.GOMAXPROCS(0).
	Workers int
}

// Scores are the results of one Brandes run.
type Scores struct {
	// Betweenness is each node's betweenness normalised as NetworkX's
	// betweenness_centrality(G) for a directed graph: the sum over ordered
	// pairs s≠v≠t of σ_st(v)/σ_st, divided by (n-1)(n-2) when n > 2 (and
	// multiplied by n/k when k pivots were sampled).
	Betweenness []float64
	// Harmonic is each node's harmonic centrality normalised to [0, 1]: the
	// sum over the other nodes u of 1/d(u, v) (distance towards v), divided
	// by n-1. Sampled runs estimate it from the pivots, scaled by n/k.
	Harmonic []float64
	// Sources is the number of source nodes searched (n when exact).
	Sources int
	// Exact reports whether every node was a source.
	Exact bool
}

// Run computes betweenness and harmonic centrality of every node of g. It
// returns ctx's error if ctx is cancelled before the end.
//
// Sources with no out-arc are skipped (they lie on no path from
// themselves), and still count among the k.
//
// Cost: O(k·a) time for k sources and a arcs unweighted or with uniform
// weights, O(k·(a + n log C)) with integer weights (C the largest distance),
// O(k·(a + n log n)) otherwise; O(n + a) memory per worker (the
// shortest-path DAG of one search) plus the graph.
func (b Brandes) Run(ctx context.Context, g *Digraph) (Scores, error) {
	n := g.N()
	sources := b.sources(n)
	workers := b.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(sources)))
	weighted := b.Weighted && !g.UniformWeights()
	var length []float64 // arc lengths 1/Weight, for the float searches
	var ilength []uint64 // or scale/Weight, for the integer searches
	var iscale uint64
	if weighted {
		var ok bool
		if ilength, iscale, ok = intLengths(g); !ok {
			length = make([]float64, len(g.Weight))
			for i, w := range g.Weight {
				length[i] = 1 / w
			}
		}
	}
	var (
		wg    sync.WaitGroup
		parts = make([]*brandesState, workers)
	)
	for i := range parts {
		parts[i] = newBrandesState(n)
		wg.Add(1)
		go func(st *brandesState) {
			defer wg.Done()
			// Worker i takes chunks i, i+workers, ...: a fixed share, so
			// each worker's partial sums, and so the totals, are the same
			// bits on every run with the same number of workers.
			const chunk = 16
			for lo := i * chunk; ; lo += workers * chunk {
				if ctx.Err() != nil {
					return
				}
				if lo >= len(sources) {
					return
				}
				for _, s := range sources[lo:min(lo+chunk, len(sources))] {
					switch {
					case g.Off[s] == g.Off[s+1]:
						// No out-arc: nothing is reached, nothing to add.
					case ilength != nil:
						st.dijkstraInt(g, ilength, iscale, s)
						st.accumulateInt(g, ilength, s)
					case weighted:
						st.dijkstra(g, length, s)
						st.accumulateWeighted(g, length, s)
					default:
						st.bfs(g, s)
						st.accumulate(s)
					}
				}
			}
		}(parts[i])
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Scores{}, err
	}
	bc, hc := parts[0].bc, parts[0].harm
	for _, p := range parts[1:] {
		for v := range bc {
			bc[v] += p.bc[v]
			hc[v] += p.harm[v]
		}
	}
	sample := float64(n) / float64(max(1, len(sources)))
	scale := sample
	if n > 2 {
		scale /= float64(n-1) * float64(n-2)
	} else {
		scale = 1
	}
	hscale := sample
	if n > 1 {
		hscale /= float64(n - 1)
	}
	if b.Weighted && !weighted && len(g.Weight) > 0 {
		hscale *= g.Weight[0] // hop distance h is length h/w
	}
	for v := range bc {
		bc[v] *= scale
		hc[v] *= hscale
	}
	if bc == nil {
		bc, hc = []float64{}, []float64{}
	}
	return Scores{Betweenness: bc, Harmonic: hc, Sources: len(sources), Exact: len(sources) == n}, nil
}

// sources returns the source nodes: all of them, or a uniform sample of
// b.Pivots distinct nodes (partial Fisher–Yates).
func (b Brandes) sources(n int) []int32 {
	all := make([]int32, n)
	for i := range all {
		all[i] = int32(i)
	}
	if b.Pivots <= 0 || b.Pivots >= n {
		return all
	}
	r := rand.New(rand.NewPCG(b.Seed, 0x9e3779b97f4a7c15))
	for i := 0; i < b.Pivots; i++ {
		j := i + r.IntN(n-i)
		all[i], all[j] = all[j], all[i]
	}
	return all[:b.Pivots]
}

// brandesState is one worker's scratch space and accumulators; every slice
// is indexed by node.
type brandesState struct {
	bc, harm []float64
	sigma    []float64 // number of shortest paths from the source
	delta    []float64 // dependency of the source on the node
	nodes    []hopNode // BFS state
	dag      []int32   // BFS: heads of the shortest-path DAG's arcs
	start    []int32   // BFS: where each node's DAG arcs start in dag
	dist     []float64 // Dijkstra distance
	idist    []uint64  // integer Dijkstra distance, MaxUint64 when unreached
	order    []int32   // nodes in non-decreasing distance
	heap     distHeap
	rheap    radixHeap
	done     []bool
}

func newBrandesState(n int) *brandesState {
	st := &brandesState{
		bc: make([]float64, n), harm: make([]float64, n),
		sigma: make([]float64, n), delta: make([]float64, n),
		nodes: make([]hopNode, n), order: make([]int32, 0, n),
	}
	for i := range st.nodes {
		st.nodes[i].hops = -1
	}
	return st
}

// hopNode is the scratch state of one node in a breadth-first search, kept
// together so that visiting an arc touches one 16-byte slot: the hop
// distance (-1 when unreached) and val, the number of shortest paths σ from
// the source during the forward phase, then the coefficient (1+δ)/σ once
// the backward phase has finished the node.
type hopNode struct {
	hops int32
	val  float64
}

// bfs runs the forward phase from s over unit-length arcs. It records the
// arcs of the shortest-path DAG, v's successors being
// dag[start[i]:start[i+1]] for v = order[i], so the backward phase visits
// only those, without testing distances again.
func (st *brandesState) bfs(g *Digraph, s int32) {
	nodes := st.nodes
	n, a := len(nodes), len(g.Head)
	if cap(st.order) < n+1 {
		st.order = make([]int32, 0, n+1)
	}
	if cap(st.dag) < a+1 {
		st.dag = make([]int32, 0, a+1)
	}
	// Branch-free inner loop: every arc writes its head at the end of
	// order and of dag, and the lengths advance only when the head is new,
	// or on the DAG (a mispredicted branch per arc cost more than the
	// writes).
	order, dag, start := st.order[:n+1], st.dag[:a+1], st.start[:0]
	order[0] = s
	no, nd := 1, 0
	nodes[s] = hopNode{0, 1}
	for i := 0; i < no; i++ {
		v := order[i]
		start = append(start, int32(nd))
		dv, sv := nodes[v].hops+1, nodes[v].val
		for _, w := range g.Head[g.Off[v]:g.Off[v+1]] {
			nw := &nodes[w]
			h := nw.hops
			fresh := b2i(h < 0)
			h += (dv - h) * int32(fresh)
			nw.hops = h
			order[no] = w
			no += fresh
			on := b2i(h == dv)
			nw.val += sv * float64(on)
			dag[nd] = w
			nd += on
		}
	}
	start = append(start, int32(nd))
	order = order[:no]
	for _, v := range order[1:] {
		st.harm[v] += 1 / float64(nodes[v].hops)
	}
	st.order, st.dag, st.start = order, dag[:nd], start
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// dijkstra runs the forward phase from s over the arc lengths.
func (st *brandesState) dijkstra(g *Digraph, length []float64, s int32) {
	n := g.N()
	if st.dist == nil {
		st.dist = make([]float64, n)
		st.done = make([]bool, n)
		for i := range st.dist {
			st.dist[i] = -1
		}
	}
	dist, sigma, done := st.dist, st.sigma, st.done
	st.order = st.order[:0]
	st.heap = st.heap[:0]
	dist[s], sigma[s] = 0, 1
	st.heap.push(0, s)
	for len(st.heap) > 0 {
		d, v := st.heap.pop()
		if done[v] || d > dist[v] {
			continue
		}
		done[v] = true
		st.order = append(st.order, v)
		sv := sigma[v]
		for i := g.Off[v]; i < g.Off[v+1]; i++ {
			w := g.Head[i]
			dw := d + length[i]
			switch {
			case dist[w] < 0 || dw < dist[w]:
				dist[w], sigma[w] = dw, sv
				st.heap.push(dw, w)
			case dw == dist[w]:
				sigma[w] += sv
			}
		}
	}
	for _, v := range st.order[1:] {
		st.harm[v] += 1 / dist[v]
	}
}

// accumulate runs the backward phase of a BFS search: δ[v] = σ_v Σ (1 +
// δ[w])/σ_w over the arcs v→w on a shortest path (the DAG bfs recorded),
// taken in reverse distance order so that every w is final before v. Each finished node
// keeps (1+δ)/σ, so an arc costs one load and one addition (the terms are
// the ones the textbook form computes, divided once per node). It then
// resets the scratch space.
func (st *brandesState) accumulate(s int32) {
	nodes, dag, start := st.nodes, st.dag, st.start
	for i := len(st.order) - 1; i >= 0; i-- {
		v := st.order[i]
		nv := &nodes[v]
		sum := 0.0
		for _, w := range dag[start[i]:start[i+1]] {
			sum += nodes[w].val
		}
		delta := nv.val * sum
		if v != s {
			st.bc[v] += delta
		}
		nv.val = (1 + delta) / nv.val
	}
	for _, v := range st.order {
		nodes[v] = hopNode{-1, 0}
	}
}

// accumulateWeighted is accumulate for a Dijkstra search: v→w is on a
// shortest path when dist[v] + length == dist[w], the same floating-point
// sum the forward phase compared.
func (st *brandesState) accumulateWeighted(g *Digraph, length []float64, s int32) {
	sigma, delta, dist := st.sigma, st.delta, st.dist
	for i := len(st.order) - 1; i >= 0; i-- {
		v := st.order[i]
		dv := dist[v]
		sum := 0.0
		for j := g.Off[v]; j < g.Off[v+1]; j++ {
			w := g.Head[j]
			if dv+length[j] == dist[w] {
				sum += (1 + delta[w]) / sigma[w]
			}
		}
		delta[v] = sigma[v] * sum
		if v != s {
			st.bc[v] += delta[v]
		}
	}
	// Every node given a distance was popped (the heap is drained), so order
	// holds every node to reset.
	for _, v := range st.order {
		sigma[v], delta[v] = 0, 0
		dist[v], st.done[v] = -1, false
	}
}

// distHeap is a binary min-heap of (distance, node) with lazy deletion.
type distHeap []heapItem

type heapItem struct {
	d float64
	v int32
}

func (h *distHeap) push(d float64, v int32) {
	*h = append(*h, heapItem{d, v})
	a := *h
	i := len(a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if a[p].d <= a[i].d {
			break
		}
		a[p], a[i] = a[i], a[p]
		i = p
	}
}

func (h *distHeap) pop() (float64, int32) {
	a := *h
	top := a[0]
	last := len(a) - 1
	a[0] = a[last]
	a = a[:last]
	i := 0
	for {
		l := 2*i + 1
		if l >= len(a) {
			break
		}
		m := l
		if r := l + 1; r < len(a) && a[r].d < a[l].d {
			m = r
		}
		if a[i].d <= a[m].d {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*h = a
	return top.d, top.v
}
