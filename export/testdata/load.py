# Loads the files of one export (a folder, and the level's file suffix) with
# NetworkX and python-igraph and prints, per loader, the node and edge
# counts and the attributes of every node and edge, keyed by actor name and
# edge id, as JSON. Used by export's tests.
import csv, json, sys

import igraph
import networkx as nx
from networkx.readwrite import gexf as nxgexf

folder, suffix = sys.argv[1], sys.argv[2]
path = lambda name, ext: f"{folder}/{name}{suffix}.{ext}"

# NetworkX 2.8 and 3.x know the GEXF 1.1 and 1.2 namespaces only. GEXF 1.3
# keeps 1.2's elements and attributes for what we write (it adds kind and
# timerepresentation, which the reader ignores), so register its namespace.
nxgexf.GEXF.versions["1.3"] = dict(nxgexf.GEXF.versions["1.2draft"],
    NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz",
    SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", VERSION="1.3")

def nx_summary(G, name_of):
    nodes = {name_of(n, d): {k: v for k, v in d.items() if k not in ("label",)} for n, d in G.nodes(data=True)}
    edges = {}
    for u, v, d in G.edges(data=True):
        d = dict(d)
        d["source"], d["target"] = name_of(u, G.nodes[u]), name_of(v, G.nodes[v])
        edges[d["edge_id"]] = d
    return {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "directed": G.is_directed(),
            "node": nodes, "edge": edges}

def ig_summary(g, name_attr):
    nodes = {v[name_attr]: v.attributes() for v in g.vs}
    edges = {}
    for e in g.es:
        d = dict(e.attributes())
        d["source"], d["target"] = g.vs[e.source][name_attr], g.vs[e.target][name_attr]
        edges[d["edge_id"]] = d
    return {"nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(), "node": nodes, "edge": edges}

def clean(x):
    # igraph gives NaN for an absent numeric attribute and "" for a string.
    if isinstance(x, float) and x != x:
        return None
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    return x

out = {}
G = nx.read_graphml(path("actorgraph", "graphml"))
out["networkx-graphml"] = nx_summary(G, lambda n, d: d["name"])
out["igraph-graphml"] = ig_summary(igraph.Graph.Read_GraphML(path("actorgraph", "graphml")), "name")
G = nx.read_gexf(path("actorgraph", "gexf"), version="1.3")
out["networkx-gexf"] = nx_summary(G, lambda n, d: n)
out["networkx-gexf"]["mode"] = G.graph.get("mode")

with open(path("nodes", "csv"), newline="", encoding="utf-8") as f:
    nodes = list(csv.DictReader(f))
with open(path("edges", "csv"), newline="", encoding="utf-8") as f:
    edges = list(csv.DictReader(f))
G = nx.MultiDiGraph()
for n in nodes:
    G.add_node(n["id"], **n)
for e in edges:
    if e["source"] not in G or e["target"] not in G:
        raise SystemExit(f"edge {e['edge_id']} names a node nodes.csv lacks")
    G.add_edge(e["source"], e["target"], **{k: v for k, v in e.items() if k not in ("source", "target")})
out["networkx-csv"] = nx_summary(G, lambda n, d: n)
g = igraph.Graph.DictList(nodes, edges, directed=True, vertex_name_attr="id", edge_foreign_keys=("source", "target"))
out["igraph-csv"] = ig_summary(g, "id")
for k in out:
    out[k]["node"] = {n: clean(d) for n, d in out[k]["node"].items()}
    out[k]["edge"] = {n: clean(d) for n, d in out[k]["edge"].items()}
json.dump(out, sys.stdout, ensure_ascii=False, default=str)
