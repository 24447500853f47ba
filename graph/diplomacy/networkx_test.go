package diplomacy

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os/exec"
	"testing"

	"github.com/actorgraph/actorgraph/internal/pyprobe"
)

// nxScript computes the measure by its definition with NetworkX: for each
// dyad, drop the direct tie, enumerate nx.all_shortest_paths and count the
// paths through each node, each path weighted by the product of its ties'
// channels.
const nxScript = `
import sys, json, networkx as nx
d = json.load(sys.stdin)
G = nx.Graph()
G.add_nodes_from(range(d["n"]))
for u, v, k in d["ties"]:
    G.add_edge(u, v, k=G.get_edge_data(u, v, {"k": 0})["k"] + k)
total = sum(w for _, _, w in d["dyads"])
score = [0.0] * d["n"]
shares = []
for a, b, w in d["dyads"]:
    H = G.copy()
    if H.has_edge(a, b):
        H.remove_edge(a, b)
    sh = {}
    if nx.has_path(H, a, b):
        paths = list(nx.all_shortest_paths(H, a, b))
        ways = []
        for p in paths:
            x = 1.0
            for u, v in zip(p, p[1:]):
                x *= H[u][v]["k"]
            ways.append(x)
        for p, x in zip(paths, ways):
            for v in p[1:-1]:
                sh[v] = sh.get(v, 0) + x / sum(ways)
    for v, s in sh.items():
        score[v] += w * s / total
    shares.append({str(v): s for v, s in sh.items()})
print(json.dumps({"score": score, "shares": shares}))
`

func TestAgainstNetworkX(t *testing.T) {
	py := pyprobe.Require(t, "networkx")
	for _, tc := range []struct {
		n, m, dyads int
		seed        uint64
	}{{12, 18, 6, 1}, {40, 70, 15, 2}, {80, 200, 30, 3}, {150, 260, 40, 4}} {
		t.Run(fmt.Sprintf("n=%d", tc.n), func(t *testing.T) {
			r := rand.New(rand.NewPCG(tc.seed, 7))
			var ties []Tie
			for range tc.m {
				ties = append(ties, Tie{int32(r.IntN(tc.n)), int32(r.IntN(tc.n)), float64(1 + r.IntN(3))})
			}
			var ds []Dyad
			var raw [][3]float64
			for len(ds) < tc.dyads {
				a, b := int32(r.IntN(tc.n)), int32(r.IntN(tc.n))
				if a == b {
					continue
				}
				w := float64(1 + r.IntN(5))
				ds = append(ds, Dyad{A: a, B: b, Weight: w})
				raw = append(raw, [3]float64{float64(a), float64(b), w})
			}
			var clean [][3]float64 // NetworkX keeps self-loops; New drops them
			for _, e := range ties {
				if e.U != e.V {
					clean = append(clean, [3]float64{float64(e.U), float64(e.V), e.N})
				}
			}
			in, _ := json.Marshal(map[string]any{"n": tc.n, "ties": clean, "dyads": raw})
			cmd := exec.Command(py, "-c", nxScript)
			cmd.Stdin = bytes.NewReader(in)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("networkx: %v\n%s", err, stderr.String())
			}
			var want struct {
				Score  []float64
				Shares []map[string]float64
			}
			if err := json.Unmarshal(out, &want); err != nil {
				t.Fatal(err)
			}
			g, err := New(tc.n, ties)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Measure(context.Background(), g, ds)
			if err != nil {
				t.Fatal(err)
			}
			for v := range tc.n {
				if math.Abs(got.Score[v]-want.Score[v]) > 1e-9 {
					t.Errorf("score of %d = %v, NetworkX %v", v, got.Score[v], want.Score[v])
				}
			}
			nonzero := 0
			for i, p := range got.Dyads {
				if len(p.Through) != len(want.Shares[i]) {
					t.Errorf("dyad %d: %d go-betweens, NetworkX %d", i, len(p.Through), len(want.Shares[i]))
				}
				for _, s := range p.Through {
					nonzero++
					if w := want.Shares[i][fmt.Sprint(s.Node)]; math.Abs(s.Share-w) > 1e-9 {
						t.Errorf("dyad %d: share of %d = %v, NetworkX %v", i, s.Node, s.Share, w)
					}
				}
			}
			if nonzero == 0 {
				t.Fatal("no dyad has a go-between: the case tests nothing")
			}
		})
	}
}
