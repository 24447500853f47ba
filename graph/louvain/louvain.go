// Package louvain partitions an undirected weighted graph into communities
// by the Louvain method (Blondel, Guillaume, Lambiotte and Lefebvre 2008,
// "Fast unfolding of communities in large networks", J. Stat. Mech.
// P10008): nodes greedily move to the neighbouring community that most
// increases modularity, then each community becomes one node, until nothing
// moves.
//
// It is the same method as gonum's graph/community.Modularize written over
// slices instead of maps, with a last pass that lets single nodes move
// between the final communities: 10 to 350 times faster than gonum on 2,500
// to 10,000 arcs, with higher modularity (BenchmarkCommunities,
// TestModularityNotBelowGonum), so actorgraph uses it at every size.
package louvain

import (
	"maps"
	"math/rand/v2"
	"slices"

	"github.com/actorgraph/actorgraph/graph/centrality"
)

// Graph is an undirected weighted graph in compressed sparse row form: the
// neighbours of v are Adj[Off[v]:Off[v+1]] with weights W. Every edge {u, v}
// appears twice (u in v's list and v in u's) with the same weight; a
// self-loop appears once, with twice the edge's weight, so that the
// weighted degree of v is the sum of its row.
type Graph struct {
	Off []int
	Adj []int32
	W   []float64
}

// N returns the number of nodes.
func (g *Graph) N() int { return len(g.Off) - 1 }

// Edge is an undirected edge {U, V} with a positive weight.
type Edge struct {
	U, V int32
	W    float64
}

// FromEdges builds the Graph on n nodes with the given edges; parallel
// edges add their weights. Cost: O(n + e log e).
func FromEdges(n int, edges []Edge) *Graph {
	type arc struct {
		u, v int32
		w    float64
	}
	arcs := make([]arc, 0, 2*len(edges))
	for _, e := range edges {
		if e.U == e.V {
			arcs = append(arcs, arc{e.U, e.V, 2 * e.W})
			continue
		}
		arcs = append(arcs, arc{e.U, e.V, e.W}, arc{e.V, e.U, e.W})
	}
	slices.SortFunc(arcs, func(a, b arc) int {
		if a.u != b.u {
			return int(a.u) - int(b.u)
		}
		return int(a.v) - int(b.v)
	})
	g := &Graph{Off: make([]int, n+1)}
	for i := 0; i < len(arcs); {
		a := arcs[i]
		w := 0.0
		for ; i < len(arcs) && arcs[i].u == a.u && arcs[i].v == a.v; i++ {
			w += arcs[i].w
		}
		g.Adj = append(g.Adj, a.v)
		g.W = append(g.W, w)
		g.Off[a.u+1]++
	}
	for v := range n {
		g.Off[v+1] += g.Off[v]
	}
	return g
}

// FromDigraph returns the undirected graph of d: an edge {u, v} wherever an
// arc u→v or v→u exists, weighing the sum of the two arcs' weights. It is
// FromEdges over d's arcs without the sort, since d's rows are already
// sorted. Cost: O(n + a).
func FromDigraph(d *centrality.Digraph) *Graph {
	n := d.N()
	in := d.Transpose()
	g := &Graph{Off: make([]int, n+1), Adj: make([]int32, 0, 2*d.Arcs()), W: make([]float64, 0, 2*d.Arcs())}
	for v := range n {
		i, iEnd := d.Off[v], d.Off[v+1]
		j, jEnd := in.Off[v], in.Off[v+1]
		for i < iEnd || j < jEnd {
			switch {
			case j == jEnd || (i < iEnd && d.Head[i] < in.Head[j]):
				g.Adj, g.W = append(g.Adj, d.Head[i]), append(g.W, d.Weight[i])
				i++
			case i == iEnd || in.Head[j] < d.Head[i]:
				g.Adj, g.W = append(g.Adj, in.Head[j]), append(g.W, in.Weight[j])
				j++
			default:
				g.Adj, g.W = append(g.Adj, d.Head[i]), append(g.W, d.Weight[i]+in.Weight[j])
				i++
				j++
			}
		}
		g.Off[v+1] = len(g.Adj)
	}
	return g
}

// Communities returns a community number for every node of g (0 is the
// largest community; ties by lowest node) and the modularity Q of that
// partition at resolution 1. Nodes are visited in a random order drawn from
// seed, so the same seed gives the same partition.
//
// Cost: about O(e) per pass over the nodes, a handful of passes per level,
// O(log n) levels in practice; O(n + e) memory.
func Communities(g *Graph, seed uint64) ([]int, float64) {
	n := g.N()
	member := make([]int32, n) // original node -> node of the current level
	for i := range member {
		member[i] = int32(i)
	}
	r := rand.New(rand.NewPCG(seed, 0x10))
	cur := g
	for {
		comm, moved := onePass(cur, r, nil)
		if !moved {
			break
		}
		next, relabel := aggregate(cur, comm)
		for i := range member {
			member[i] = relabel[comm[member[i]]]
		}
		cur = next
		if cur.N() <= 1 {
			break
		}
	}
	// Refine: let single nodes of the original graph move between the
	// final communities, which the coarse levels could not do.
	if g != cur {
		member, _ = onePass(g, r, member)
	}
	return Number(member), Modularity(g, member)
}

// onePass moves nodes between communities until no move increases
// modularity, starting from the partition init (each node alone when nil;
// community ids below n), and returns each node's community and whether
// any node moved.
func onePass(g *Graph, r *rand.Rand, init []int32) ([]int32, bool) {
	n := g.N()
	comm := make([]int32, n)
	k := make([]float64, n)   // weighted degree
	tot := make([]float64, n) // total degree of each community
	m2 := 0.0
	for v := range n {
		comm[v] = int32(v)
		if init != nil {
			comm[v] = init[v]
		}
		for i := g.Off[v]; i < g.Off[v+1]; i++ {
			k[v] += g.W[i]
		}
		tot[comm[v]] += k[v]
		m2 += k[v]
	}
	if m2 == 0 {
		return comm, false
	}
	order := r.Perm(n)
	neighW := make([]float64, n) // weight from the node to each community
	var touched []int32
	moved := false
	for {
		moves := 0
		for _, v := range order {
			cv := comm[v]
			touched = touched[:0]
			for i := g.Off[v]; i < g.Off[v+1]; i++ {
				u := g.Adj[i]
				if int(u) == v {
					continue
				}
				c := comm[u]
				if neighW[c] == 0 {
					touched = append(touched, c)
				}
				neighW[c] += g.W[i]
			}
			tot[cv] -= k[v]
			best, bestGain := cv, neighW[cv]-tot[cv]*k[v]/m2
			for _, c := range touched {
				gain := neighW[c] - tot[c]*k[v]/m2
				if gain > bestGain+1e-12 {
					best, bestGain = c, gain
				}
			}
			tot[best] += k[v]
			if best != cv {
				comm[v] = best
				moves++
			}
			for _, c := range touched {
				neighW[c] = 0
			}
			neighW[cv] = 0
		}
		if moves == 0 {
			break
		}
		moved = true
	}
	return comm, moved
}

// aggregate returns the graph whose nodes are the communities of g (numbered
// densely) and the map from community id to new node.
func aggregate(g *Graph, comm []int32) (*Graph, []int32) {
	relabel := make([]int32, g.N())
	for i := range relabel {
		relabel[i] = -1
	}
	count := int32(0)
	for _, c := range comm {
		if relabel[c] < 0 {
			relabel[c] = count
			count++
		}
	}
	var edges []Edge
	for v := 0; v < g.N(); v++ {
		cv := relabel[comm[v]]
		for i := g.Off[v]; i < g.Off[v+1]; i++ {
			cu := relabel[comm[g.Adj[i]]]
			// Each arc of g counts once; FromEdges doubles off-diagonal
			// edges, so halve them here. A self-loop row entry already
			// holds twice its edge weight.
			switch {
			case cu == cv:
				edges = append(edges, Edge{cv, cv, g.W[i] / 2})
			case cv < cu:
				edges = append(edges, Edge{cv, cu, g.W[i] / 2})
			default:
				edges = append(edges, Edge{cu, cv, g.W[i] / 2})
			}
		}
	}
	return FromEdges(int(count), edges), relabel
}

// Number renumbers a partition (member[v] is v's community id) so that
// community 0 is the largest, ties by lowest member.
func Number(member []int32) []int {
	size := map[int32]int{}
	first := map[int32]int{}
	for v, c := range member {
		if _, ok := first[c]; !ok {
			first[c] = v
		}
		size[c]++
	}
	ids := make([]int32, 0, len(size))
	for c := range size {
		ids = append(ids, c)
	}
	slices.SortFunc(ids, func(a, b int32) int {
		if size[a] != size[b] {
			return size[b] - size[a]
		}
		return first[a] - first[b]
	})
	rank := make(map[int32]int, len(ids))
	for i, c := range ids {
		rank[c] = i
	}
	out := make([]int, len(member))
	for v, c := range member {
		out[v] = rank[c]
	}
	return out
}

// Modularity returns Q = Σ_c [ in_c/2m − (tot_c/2m)² ] of the partition
// comm of g at resolution 1, where in_c sums the weights of the row entries
// inside c and tot_c the weighted degrees in c. Cost: O(n + e).
func Modularity[C int | int32](g *Graph, comm []C) float64 {
	in := map[C]float64{}
	tot := map[C]float64{}
	m2 := 0.0
	for v := 0; v < g.N(); v++ {
		for i := g.Off[v]; i < g.Off[v+1]; i++ {
			w := g.W[i]
			m2 += w
			tot[comm[v]] += w
			if comm[g.Adj[i]] == comm[v] {
				in[comm[v]] += w
			}
		}
	}
	if m2 == 0 {
		return 0
	}
	// Summed in community order: the same bits on every run.
	q := 0.0
	for _, c := range slices.Sorted(maps.Keys(tot)) {
		t := tot[c]
		q += in[c]/m2 - (t/m2)*(t/m2)
	}
	return q
}
