package centrality

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"testing"

	"github.com/actorgraph/actorgraph/internal/pyprobe"
)

// networkx runs script under Debian's python3 with NetworkX and the edge
// list of g ("u v weight" lines) on standard input, and decodes the JSON it
// prints into out. It skips the test, naming what is missing, when NetworkX or the numpy and
// scipy it needs for PageRank cannot be imported.
func networkx(t *testing.T, g *Digraph, script string, out any) {
	t.Helper()
	py := pyprobe.Require(t, "networkx", "numpy", "scipy")
	var in bytes.Buffer
	fmt.Fprintln(&in, g.N())
	for u := 0; u < g.N(); u++ {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			fmt.Fprintf(&in, "%d %d %g\n", u, g.Head[i], g.Weight[i])
		}
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("networkx script: %v\n%s", err, stderr.String())
	}
	if err := json.Unmarshal(res, out); err != nil {
		t.Fatalf("networkx output: %v", err)
	}
}

const nxScript = `
import sys, json, networkx as nx
lines = sys.stdin.read().split("\n")
G = nx.DiGraph()
G.add_nodes_from(range(int(lines[0])))
for l in lines[1:]:
    if l:
        u, v, w = l.split()
        G.add_edge(int(u), int(v), weight=float(w), dist=1/float(w))
n = G.number_of_nodes()
bc = nx.betweenness_centrality(G)
wbc = nx.betweenness_centrality(G, weight="dist")
pr = nx.pagerank(G, alpha=0.85, tol=1e-13, max_iter=100000, weight=None)
hc = nx.harmonic_centrality(G)
print(json.dumps({
  "bc": [bc[v] for v in range(n)],
  "wbc": [wbc[v] for v in range(n)],
  "pr": [pr[v] for v in range(n)],
  "hc": [hc[v] / (n - 1) for v in range(n)],
}))
`

func TestAgainstNetworkX(t *testing.T) {
	for _, tc := range []struct {
		n, m int
		seed uint64
	}{{40, 120, 1}, {200, 900, 2}, {500, 1500, 3}} {
		t.Run(fmt.Sprintf("n=%d", tc.n), func(t *testing.T) {
			g := randomDigraph(tc.n, tc.m, tc.seed)
			var want struct{ BC, WBC, PR, HC []float64 }
			networkx(t, g, nxScript, &want)
			ctx := context.Background()
			un, err := Brandes{}.Run(ctx, g)
			if err != nil {
				t.Fatal(err)
			}
			wt, err := Brandes{Weighted: true}.Run(ctx, g)
			if err != nil {
				t.Fatal(err)
			}
			pr := PageRank(g, 0.85, 1e-13, false)
			for _, c := range []struct {
				name      string
				got, want []float64
			}{
				{"betweenness", un.Betweenness, want.BC},
				{"weighted betweenness", wt.Betweenness, want.WBC},
				{"harmonic", un.Harmonic, want.HC},
				{"pagerank", pr, want.PR},
			} {
				if len(c.got) != len(c.want) {
					t.Fatalf("%s: %d values, NetworkX %d", c.name, len(c.got), len(c.want))
				}
				for v := range c.got {
					if !near(c.got[v], c.want[v], 1e-9) {
						t.Errorf("%s[%d] = %.12g, NetworkX %.12g", c.name, v, c.got[v], c.want[v])
						break
					}
				}
			}
		})
	}
}

// nxFractionScript is nxScript's weighted betweenness with exact rational
// lengths (Fraction(1, w)), so ties between paths are exact.
const nxFractionScript = `
import sys, json, networkx as nx
from fractions import Fraction
lines = sys.stdin.read().split("\n")
G = nx.DiGraph()
G.add_nodes_from(range(int(lines[0])))
for l in lines[1:]:
    if l:
        u, v, w = l.split()
        G.add_edge(int(u), int(v), dist=Fraction(1, int(float(w))))
wbc = nx.betweenness_centrality(G, weight="dist")
print(json.dumps({"wbc": [float(wbc[v]) for v in range(G.number_of_nodes())]}))
`

// TestWeightedTiesExact checks weighted betweenness with weights 1, 2, 3
// and 6, whose lengths 1/w are not exact in binary (1/3 + 1/6 is not 1/2 in
// floating point), against NetworkX over exact fractions: the integer
// search finds the ties that float sums miss.
func TestWeightedTiesExact(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 11))
	g := randomDigraph(150, 1200, 11)
	ws := []float64{1, 2, 3, 6}
	for i := range g.Weight {
		g.Weight[i] = ws[r.IntN(len(ws))]
	}
	var want struct{ WBC []float64 }
	networkx(t, g, nxFractionScript, &want)
	got, err := Brandes{Weighted: true}.Run(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	for v := range got.Betweenness {
		if !near(got.Betweenness[v], want.WBC[v], 1e-12) {
			t.Fatalf("weighted betweenness[%d] = %.15g, exact %.15g", v, got.Betweenness[v], want.WBC[v])
		}
	}
}
