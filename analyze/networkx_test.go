package analyze

import (
	"encoding/json"
	"math"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/internal/pyprobe"
)

// nxLevelScript builds the interaction graph from an edge stream itself
// (arc A→B for any edge A→B, SPOKE_WITH both ways; country level maps each
// actor to its country or keeps it) and prints NetworkX's measures by name.
const nxLevelScript = `
import sys, json, networkx as nx
level = sys.argv[2]
G = nx.DiGraph()
for line in open(sys.argv[1]):
    e = json.loads(line)
    def node(a):
        return a["country"] if level == "country" and a["country"] else a["name"]
    s, t = node(e["source"]), node(e["target"])
    if s == t:
        continue
    G.add_edge(s, t)
    if e["relation"] == "SPOKE_WITH":
        G.add_edge(t, s)
n = G.number_of_nodes()
hc = nx.harmonic_centrality(G)
print(json.dumps({
  "betweenness": nx.betweenness_centrality(G),
  "pagerank": nx.pagerank(G, alpha=0.85, tol=1e-13, max_iter=100000),
  "harmonic": {v: hc[v] / (n - 1) for v in G},
}))
`

// TestLevelsAgainstNetworkX checks the whole analysis (graph construction
// included) against NetworkX on the fixture, at both levels.
func TestLevelsAgainstNetworkX(t *testing.T) {
	py := pyprobe.Require(t, "networkx", "numpy", "scipy")
	path := filepath.Join("testdata", "israel-iran.jsonl")
	res := Run(readFixture(t, "israel-iran.jsonl"), Options{})
	for _, lv := range []struct {
		name string
		l    Level
	}{{"actor", res.Actor}, {"country", res.Country}} {
		out, err := exec.Command(py, "-c", nxLevelScript, path, lv.name).Output()
		if err != nil {
			t.Fatalf("%s level: networkx: %v", lv.name, err)
		}
		var want map[string]map[string]float64
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatal(err)
		}
		if len(want["betweenness"]) != len(lv.l.Actors) {
			t.Errorf("%s level: %d actors, NetworkX %d", lv.name, len(lv.l.Actors), len(want["betweenness"]))
		}
		for _, m := range lv.l.Actors {
			for measure, got := range map[string]float64{"betweenness": m.Betweenness, "pagerank": m.PageRank, "harmonic": m.Harmonic} {
				w, ok := want[measure][m.Name]
				if !ok || math.Abs(got-w) > 1e-9 {
					t.Errorf("%s level: %s %s = %v, NetworkX %v", lv.name, m.Name, measure, got, w)
				}
			}
		}
	}
}
