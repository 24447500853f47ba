package centrality

import (
	"math"
	"math/bits"
)

// maxScale bounds the common multiple of the weights used to turn arc
// lengths 1/w into integers: every distance is below n·scale, which must fit
// in 62 bits.
const maxScale = 1 << 40

// intLengths returns integer arc lengths L/w (L the least common multiple of
// the weights) and L, when every weight is a positive integer and n·L fits
// in 62 bits; ok is false otherwise. Integer lengths give exact distance
// ties, and they let the searches use a radix heap instead of a binary heap
// of floats. Cost: O(a) plus one gcd per distinct weight.
func intLengths(g *Digraph) (length []uint64, scale uint64, ok bool) {
	n := uint64(max(1, g.N()))
	scale = 1
	seen := map[uint64]bool{}
	for _, w := range g.Weight {
		if w != math.Trunc(w) || w < 1 || w > maxScale {
			return nil, 0, false
		}
		k := uint64(w)
		if seen[k] {
			continue
		}
		seen[k] = true
		l := scale / gcd(scale, k) * k
		hi, lo := bits.Mul64(l, n)
		if l > maxScale || hi != 0 || lo >= 1<<62 {
			return nil, 0, false
		}
		scale = l
	}
	length = make([]uint64, len(g.Weight))
	for i, w := range g.Weight {
		length[i] = scale / uint64(w)
	}
	return length, scale, true
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// radixHeap is a monotone priority queue of (distance, node) for integer
// distances (Ahuja, Mehlhorn, Orlin and Tarjan 1990): an item sits in the
// bucket numbered by the highest bit in which its distance differs from the
// last distance popped, so a push is O(1) and each item moves down at most
// 64 times. Keys pushed must not be below the last key popped, which holds
// for Dijkstra's algorithm. Decrease-key is a new push (lazy deletion).
type radixHeap struct {
	last    uint64
	size    int
	buckets [65][]radixItem
}

type radixItem struct {
	d uint64
	v int32
}

func (h *radixHeap) reset() {
	h.last, h.size = 0, 0
	for i := range h.buckets {
		h.buckets[i] = h.buckets[i][:0]
	}
}

func (h *radixHeap) push(d uint64, v int32) {
	b := bits.Len64(d ^ h.last)
	h.buckets[b] = append(h.buckets[b], radixItem{d, v})
	h.size++
}

// pop removes and returns an item of least distance; the heap must not be
// empty.
func (h *radixHeap) pop() (uint64, int32) {
	if len(h.buckets[0]) == 0 {
		i := 1
		for len(h.buckets[i]) == 0 {
			i++
		}
		items := h.buckets[i]
		m := items[0].d
		for _, it := range items[1:] {
			m = min(m, it.d)
		}
		h.last = m
		for _, it := range items {
			b := bits.Len64(it.d ^ m)
			h.buckets[b] = append(h.buckets[b], it)
		}
		h.buckets[i] = items[:0]
	}
	b0 := h.buckets[0]
	it := b0[len(b0)-1]
	h.buckets[0] = b0[:len(b0)-1]
	h.size--
	return it.d, it.v
}

// dijkstraInt runs the forward phase from s over integer arc lengths (see
// intLengths); harmonic sums add scale/dist, the distance in units of 1/w.
func (st *brandesState) dijkstraInt(g *Digraph, length []uint64, scale uint64, s int32) {
	n := g.N()
	if st.idist == nil {
		st.idist = make([]uint64, n)
		st.done = make([]bool, n)
		for i := range st.idist {
			st.idist[i] = math.MaxUint64
		}
	}
	dist, sigma, done := st.idist, st.sigma, st.done
	st.order = st.order[:0]
	st.rheap.reset()
	dist[s], sigma[s] = 0, 1
	st.rheap.push(0, s)
	for st.rheap.size > 0 {
		d, v := st.rheap.pop()
		if done[v] || d > dist[v] {
			continue
		}
		done[v] = true
		st.order = append(st.order, v)
		sv := sigma[v]
		lo, hi := g.Off[v], g.Off[v+1]
		heads, lens := g.Head[lo:hi], length[lo:hi]
		for i, w := range heads {
			dw := d + lens[i]
			switch dv := dist[w]; {
			case dw < dv:
				dist[w], sigma[w] = dw, sv
				st.rheap.push(dw, w)
			case dw == dv:
				sigma[w] += sv
			}
		}
	}
	fs := float64(scale)
	for _, v := range st.order[1:] {
		st.harm[v] += fs / float64(dist[v])
	}
}

// accumulateInt is accumulate for an integer-length Dijkstra search.
func (st *brandesState) accumulateInt(g *Digraph, length []uint64, s int32) {
	sigma, delta, dist := st.sigma, st.delta, st.idist
	for i := len(st.order) - 1; i >= 0; i-- {
		v := st.order[i]
		dv := dist[v]
		sum := 0.0
		lo, hi := g.Off[v], g.Off[v+1]
		heads, lens := g.Head[lo:hi], length[lo:hi]
		for j, w := range heads {
			if dv+lens[j] == dist[w] {
				sum += (1 + delta[w]) / sigma[w]
			}
		}
		delta[v] = sigma[v] * sum
		if v != s {
			st.bc[v] += delta[v]
		}
	}
	for _, v := range st.order {
		sigma[v], delta[v] = 0, 0
		dist[v], st.done[v] = math.MaxUint64, false
	}
}
