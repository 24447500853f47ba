package analyze

import (
	"github.com/actorgraph/actorgraph/graph/centrality"
	"github.com/actorgraph/actorgraph/graph/louvain"
)

// communityMethod names the implementation in Level.CommunityMethod. It was
// chosen by measurement against gonum's graph/community.Modularize, which
// this package used on small graphs before: on Barabási–Albert graphs of
// 2,475 / 4,975 / 9,975 arcs graph/louvain took 3 / 5 / 9 ms against
// gonum's 38 / 165 / 3,004 ms, with modularity 0.285 / 0.295 / 0.292
// against 0.276 / 0.289 / 0.290 (go test -bench Communities
// ./graph/louvain; docs/analysis.md).
const communityMethod = "louvain (graph/louvain)"

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
	comm, q = louvain.Communities(louvain.FromDigraph(g), opt.Seed)
	for _, c := range comm {
		count = max(count, c+1)
	}
	return comm, count, q, communityMethod
}
