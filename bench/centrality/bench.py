# bench.py: time one measure of python3-igraph or python3-networkx on an
# edge list written by `go run ./bench/centrality`. Usage:
#   /usr/bin/python3 bench.py LIB MEASURE EDGELIST [PIVOTS]
# LIB is igraph or networkx; MEASURE is betweenness, sampled, pagerank or
# weighted (arc lengths 1/weight from an optional third column). Prints one
# JSON object: {"seconds": s, "values": [...]}, values
# normalised as NetworkX does (betweenness over (n-1)(n-2)).
import json, sys, time

lib, measure, path = sys.argv[1], sys.argv[2], sys.argv[3]
pivots = int(sys.argv[4]) if len(sys.argv) > 4 else 0
with open(path) as f:
    n = int(f.readline())
    rows = [line.split() for line in f if line.strip()]
edges = [(int(r[0]), int(r[1])) for r in rows]
# A third column, when present, is the arc's weight; its length is 1/weight.
dist = [1 / float(r[2]) if len(r) > 2 else 1.0 for r in rows]

if lib == "igraph":
    import igraph as ig
    g = ig.Graph(n=n, edges=[(u, v) for u, v in edges], directed=True)
    t = time.perf_counter()
    if measure == "betweenness":
        vals = g.betweenness(directed=True)
        vals = [x / ((n - 1) * (n - 2)) for x in vals]
    elif measure == "weighted":
        g.es["dist"] = dist
        vals = g.betweenness(directed=True, weights="dist")
        vals = [x / ((n - 1) * (n - 2)) for x in vals]
    elif measure == "pagerank":
        vals = g.pagerank(damping=0.85, directed=True)
    else:
        sys.exit("igraph has no sampled betweenness")
    secs = time.perf_counter() - t
else:
    import networkx as nx
    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    for (u, v), d in zip(edges, dist):
        G.add_edge(u, v, dist=d)
    t = time.perf_counter()
    if measure == "betweenness":
        bc = nx.betweenness_centrality(G)
    elif measure == "weighted":
        bc = nx.betweenness_centrality(G, weight="dist")
    elif measure == "sampled":
        bc = nx.betweenness_centrality(G, k=pivots, seed=1)
    elif measure == "pagerank":
        bc = nx.pagerank(G, alpha=0.85)
    secs = time.perf_counter() - t
    vals = [bc[v] for v in range(n)]
print(json.dumps({"seconds": secs, "values": vals}))
