package analyze

import (
	"cmp"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/actorgraph/actorgraph/graph/centrality"
)

// communities partitions the nodes of g with gonum's Louvain modularity
// optimisation (resolution 1) on the undirected graph whose edge weight is
// the sum of the arc weights both ways. It returns each node's community
// (0 the largest; ties by lowest node), the number of communities and the
// modularity Q. Above the arc limit it returns -1 for every node and Q = -1.
func communities(g *centrality.Digraph, opt Options) (comm []int, count int, q float64) {
	n := g.N()
	comm = make([]int, n)
	limit := opt.CommunityLimit
	if limit == 0 {
		limit = DefaultCommunityLimit
	}
	if n == 0 || (limit > 0 && g.Arcs() > limit) {
		for i := range comm {
			comm[i] = -1
		}
		return comm, 0, -1
	}
	u := simple.NewWeightedUndirectedGraph(0, 0)
	for v := range n {
		u.AddNode(simple.Node(v))
	}
	for v := range n {
		for i := g.Off[v]; i < g.Off[v+1]; i++ {
			w := int64(g.Head[i])
			f, t := simple.Node(v), simple.Node(w)
			if e := u.WeightedEdge(int64(v), w); e != nil {
				u.SetWeightedEdge(simple.WeightedEdge{F: f, T: t, W: e.Weight() + g.Weight[i]})
			} else {
				u.SetWeightedEdge(simple.WeightedEdge{F: f, T: t, W: g.Weight[i]})
			}
		}
	}
	reduced := community.Modularize(u, 1, rand.NewPCG(opt.Seed, 0xc0))
	parts := reduced.Communities()
	var groups [][]int
	for _, p := range parts {
		var members []int
		for _, nd := range p {
			members = append(members, int(nd.ID()))
		}
		if len(members) > 0 {
			slices.Sort(members)
			groups = append(groups, members)
		}
	}
	slices.SortFunc(groups, func(a, b []int) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0]))
	})
	for c, members := range groups {
		for _, v := range members {
			comm[v] = c
		}
	}
	return comm, len(groups), community.Q(u, parts, 1)
}
