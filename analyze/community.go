package analyze

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/actorgraph/actorgraph/graph/centrality"
	"github.com/actorgraph/actorgraph/graph/louvain"
)

// GonumCommunityArcs is the largest graph (in arcs) whose communities are
// found with gonum's graph/community.Modularize; larger graphs use
// graph/louvain, the same method over slices. Measured gonum times on
// Barabási–Albert graphs: 0.2 s at 5,000 arcs, 1.6 s at 10,000, 131 s at
// 200,000 (graph/louvain: 0.4 s at 200,000).
const GonumCommunityArcs = 5_000

// communities partitions the nodes of g by Louvain modularity optimisation
// (resolution 1) on the undirected graph whose edge weight is the sum of the
// arc weights both ways. It returns each node's community (0 the largest;
// ties by lowest node), the number of communities, the modularity Q and the
// method used. Above opt.CommunityLimit arcs it returns -1 for every node,
// Q = -1 and method "skipped".
func communities(g *centrality.Digraph, opt Options) (comm []int, count int, q float64, method string) {
	n := g.N()
	if n == 0 || (opt.CommunityLimit > 0 && g.Arcs() > opt.CommunityLimit) {
		comm = make([]int, n)
		for i := range comm {
			comm[i] = -1
		}
		return comm, 0, -1, "skipped"
	}
	edges := make([]louvain.Edge, 0, g.Arcs())
	for v := range n {
		for i := g.Off[v]; i < g.Off[v+1]; i++ {
			edges = append(edges, louvain.Edge{U: int32(v), V: g.Head[i], W: g.Weight[i]})
		}
	}
	lg := louvain.FromEdges(n, edges)
	if g.Arcs() > GonumCommunityArcs {
		comm, q = louvain.Communities(lg, opt.Seed)
		method = "louvain (graph/louvain)"
	} else {
		comm, q = gonumLouvain(lg, opt.Seed), 0
		q = louvain.Modularity(lg, comm)
		method = "louvain (gonum graph/community)"
	}
	for _, c := range comm {
		count = max(count, c+1)
	}
	return comm, count, q, method
}

// gonumLouvain runs gonum's Modularize on lg and numbers the communities as
// louvain.Communities does.
func gonumLouvain(lg *louvain.Graph, seed uint64) []int {
	n := lg.N()
	u := simple.NewWeightedUndirectedGraph(0, 0)
	for v := range n {
		u.AddNode(simple.Node(v))
	}
	for v := range n {
		for i := lg.Off[v]; i < lg.Off[v+1]; i++ {
			if w := int(lg.Adj[i]); w > v {
				u.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(v), T: simple.Node(w), W: lg.W[i]})
			}
		}
	}
	reduced := community.Modularize(u, 1, rand.NewPCG(seed, 0xc0))
	member := make([]int32, n)
	for c, part := range reduced.Communities() {
		for _, nd := range part {
			member[nd.ID()] = int32(c)
		}
	}
	return louvain.Number(member)
}
