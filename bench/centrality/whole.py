# whole.py: igraph's or NetworkX's counterpart of `actorgraph analyze`, run
# by `go run ./bench/centrality` on the interaction graph analyze builds
# (one arc per line "u v", first line the node count). Usage:
#   /usr/bin/python3 whole.py LIB ARCLIST
# It reads the graph and computes betweenness (exact, directed), PageRank
# (0.85) and Louvain communities (igraph's multilevel, NetworkX's
# louvain_communities) on the undirected graph, then prints one JSON
# object: {"seconds": compute seconds, "modularity": Q, "communities": k}.
import json, sys, time

lib, path = sys.argv[1], sys.argv[2]
with open(path) as f:
    n = int(f.readline())
    arcs = [tuple(map(int, line.split())) for line in f if line.strip()]

t = time.perf_counter()
if lib == "igraph":
    import igraph as ig
    g = ig.Graph(n=n, edges=arcs, directed=True)
    bc = g.betweenness(directed=True)
    pr = g.pagerank(damping=0.85, directed=True)
    u = g.as_undirected(mode="collapse")
    parts = u.community_multilevel()
    q, k = parts.modularity, len(parts)
else:
    import networkx as nx
    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    G.add_edges_from(arcs)
    bc = nx.betweenness_centrality(G)
    pr = nx.pagerank(G, alpha=0.85)
    U = G.to_undirected()
    parts = nx.community.louvain_communities(U, seed=1)
    q, k = nx.community.modularity(U, parts), len(parts)
print(json.dumps({"seconds": time.perf_counter() - t, "modularity": q, "communities": k}))
