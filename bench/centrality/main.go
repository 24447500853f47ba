// Command centrality benchmarks actorgraph's betweenness and PageRank
// against python3-igraph and python3-networkx (Debian packages) on the same
// Barabási–Albert digraphs, prints the time ratios, checks that the values
// agree, measures the error of sampled betweenness against exact, and
// times a whole analysis of a large synthetic edge stream.
//
//	go run ./bench/centrality                      # everything below
//	go run ./bench/centrality -only kernels        # 1k and 10k nodes, 50k sampled
//	go run ./bench/centrality -only whole          # whole analyze vs igraph, 3 pairs
//	go run ./bench/centrality -only error          # sampled vs exact betweenness
//	go run ./bench/centrality -sizes 1000 -sampled 0 -error 0
//	go run ./bench/centrality -scale               # 100,000 actors, 1,000,000 edges
//
// Kernel times are of the algorithm only (graph already built), medians of
// -repeat runs. The whole-analysis comparison runs `actorgraph analyze` and
// a Python script doing igraph's betweenness, PageRank and multilevel
// communities on the same interaction graph as child processes, -pairs
// times back to back, and reports each one's wall time and peak RSS. NetworkX's exact betweenness above -nx-max nodes would take hours:
// it is then estimated from a run over -nx-pivots sources (its cost is
// linear in the number of sources) and marked "est.". The same holds for
// igraph above -igraph-max nodes.
package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/actorgraph/actorgraph/graph/centrality"
	"github.com/actorgraph/actorgraph/graph/synth"
)

//go:embed bench.py
var benchPy []byte

type config struct {
	sizes      []int
	sampled    int
	pivots     int
	errorN     int
	python     string
	nxMax      int
	nxPivots   int
	igraphMax  int
	repeat     int
	linksPer   int
	scale      bool
	scaleNodes int
	scaleEdges int
	cpuProfile string
	scaleOut   string
	whole      int
	wholeNX    int
	pairs      int
	bin        string
	only       string
}

func main() {
	var c config
	var sizes string
	flag.StringVar(&sizes, "sizes", "1000,10000", "comma-separated node counts for the exact comparisons")
	flag.IntVar(&c.sampled, "sampled", 50000, "node count for the sampled-betweenness comparison (0: skip)")
	flag.IntVar(&c.pivots, "pivots", 500, "pivots (sources) for sampled betweenness")
	flag.IntVar(&c.errorN, "error", 10000, "node count on which sampled betweenness is compared with exact (0: skip)")
	flag.StringVar(&c.python, "python", "/usr/bin/python3", "Python with python3-igraph and python3-networkx")
	flag.IntVar(&c.nxMax, "nx-max", 2000, "largest graph on which NetworkX runs exact betweenness in full")
	flag.IntVar(&c.nxPivots, "nx-pivots", 100, "sources NetworkX searches to estimate exact time above -nx-max")
	flag.IntVar(&c.igraphMax, "igraph-max", 20000, "largest graph on which igraph runs exact betweenness")
	flag.IntVar(&c.repeat, "repeat", 1, "runs per measure (the median is reported)")
	flag.IntVar(&c.linksPer, "m", 5, "links per arriving node in the Barabási–Albert graphs")
	flag.BoolVar(&c.scale, "scale", false, "instead: analyse a synthetic edge stream of -scale-nodes actors and -scale-edges edges")
	flag.IntVar(&c.scaleNodes, "scale-nodes", 100000, "actors in the -scale run")
	flag.IntVar(&c.scaleEdges, "scale-edges", 1000000, "edges in the -scale run")
	flag.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to FILE")
	flag.StringVar(&c.scaleOut, "scale-out", "", "with -scale: also write the synthetic edge stream to FILE (JSONL), for timing `actorgraph analyze FILE`")
	flag.IntVar(&c.whole, "whole", 10000, "actors in the whole-analysis comparison with igraph (0: skip)")
	flag.IntVar(&c.wholeNX, "whole-nx", 1000, "actors in the whole-analysis comparison with NetworkX (0: skip)")
	flag.IntVar(&c.pairs, "pairs", 3, "back-to-back actorgraph/igraph pairs in the whole-analysis comparison")
	flag.StringVar(&c.bin, "bin", "", "actorgraph binary for the whole analysis (default: go build ./cmd/actorgraph)")
	flag.StringVar(&c.only, "only", "", "run only one part: kernels, whole or error")
	flag.Parse()
	for _, s := range strings.Split(sizes, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 10 {
			fmt.Fprintf(os.Stderr, "centrality: -sizes %q: want node counts of at least 10\n", sizes)
			os.Exit(2)
		}
		c.sizes = append(c.sizes, n)
	}
	ctx := context.Background()
	if c.cpuProfile != "" {
		f, err := os.Create(c.cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "centrality: -cpuprofile:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	var err error
	if c.scale {
		err = scale(ctx, c)
	} else {
		err = compare(ctx, c)
	}
	if err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "centrality:", err)
		os.Exit(1)
	}
}

// row is one line of the comparison table.
type row struct {
	measure string
	nodes   int
	ours    time.Duration
	other   [2]timing // igraph, networkx
	agree   string
}

type timing struct {
	d    time.Duration
	note string // "", "est." or "n/a"
}

func (t timing) String() string {
	if t.note == "n/a" {
		return "–"
	}
	return strings.TrimSpace(fmtDur(t.d) + " " + t.note)
}

func ratio(other timing, ours time.Duration) string {
	if other.note == "n/a" || ours <= 0 {
		return "–"
	}
	return strings.TrimSpace(fmt.Sprintf("%.2fx %s", float64(other.d)/float64(ours), other.note))
}

func fmtDur(d time.Duration) string {
	switch {
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	default:
		return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
	}
}

func baGraph(n, m int) (*centrality.Digraph, []synth.Arc) {
	arcs := synth.BarabasiAlbert(n, m, 1)
	ca := make([]centrality.Arc, len(arcs))
	for i, a := range arcs {
		ca[i] = centrality.Arc{From: a.From, To: a.To, Weight: 1}
	}
	g, err := centrality.NewDigraph(n, ca)
	if err != nil {
		panic(err)
	}
	return g, arcs
}

func median(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}

func timeIt(repeat int, fn func()) time.Duration {
	var ds []time.Duration
	for range max(1, repeat) {
		t := time.Now()
		fn()
		ds = append(ds, time.Since(t))
	}
	return median(ds)
}

type pyResult struct {
	Seconds float64   `json:"seconds"`
	Values  []float64 `json:"values"`
}

// py runs bench.py for one library and measure and returns its median time
// and its values.
func py(c config, script, lib, measure, edgeFile string, pivots int) (pyResult, error) {
	var best []pyResult
	for range max(1, c.repeat) {
		args := []string{script, lib, measure, edgeFile}
		if pivots > 0 {
			args = append(args, strconv.Itoa(pivots))
		}
		cmd := exec.Command(c.python, args...)
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			return pyResult{}, fmt.Errorf("%s %s %s: %w", c.python, lib, measure, err)
		}
		var r pyResult
		if err := json.Unmarshal(out, &r); err != nil {
			return pyResult{}, fmt.Errorf("%s %s: %w", lib, measure, err)
		}
		best = append(best, r)
	}
	slices.SortFunc(best, func(a, b pyResult) int { return cmpFloat(a.Seconds, b.Seconds) })
	return best[len(best)/2], nil
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func secs(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// maxDiff returns the largest absolute difference between a and b.
func maxDiff(a, b []float64) float64 {
	if len(a) != len(b) {
		return math.Inf(1)
	}
	d := 0.0
	for i := range a {
		d = max(d, math.Abs(a[i]-b[i]))
	}
	return d
}

func compare(ctx context.Context, c config) error {
	if err := exec.Command(c.python, "-c", "import igraph, networkx").Run(); err != nil {
		return fmt.Errorf("%s cannot import igraph and networkx (apt-get install -y python3-igraph python3-networkx): %v", c.python, err)
	}
	dir, err := os.MkdirTemp("", "actorgraph-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "bench.py")
	if err := os.WriteFile(script, benchPy, 0o644); err != nil {
		return err
	}
	if c.only == "" || c.only == "kernels" {
		if err := kernels(ctx, c, dir, script); err != nil {
			return err
		}
	}
	if c.only == "" || c.only == "whole" {
		if err := whole(ctx, c, dir); err != nil {
			return err
		}
	}
	if (c.only == "" || c.only == "error") && c.errorN > 0 {
		return sampleError(ctx, c)
	}
	return nil
}

// kernels times each measure alone against igraph and NetworkX.
func kernels(ctx context.Context, c config, dir, script string) error {
	fmt.Printf("Barabási–Albert digraphs, %d links per arriving node, each oriented at random; %d cores; median of %d run(s).\n\n", c.linksPer, runtimeCores(), c.repeat)
	var rows []row
	for _, n := range c.sizes {
		g, arcs := baGraph(n, c.linksPer)
		file, err := writeEdgeList(dir, n, arcs)
		if err != nil {
			return err
		}
		var exact centrality.Scores
		ours := timeIt(c.repeat, func() { exact, _ = centrality.Brandes{}.Run(ctx, g) })
		r := row{measure: "exact betweenness", nodes: n, ours: ours}
		var agree []string
		if n <= c.igraphMax {
			ig, err := py(c, script, "igraph", "betweenness", file, 0)
			if err != nil {
				return err
			}
			r.other[0] = timing{d: secs(ig.Seconds)}
			agree = append(agree, fmt.Sprintf("igraph Δ %.1e", maxDiff(exact.Betweenness, ig.Values)))
		} else {
			r.other[0] = timing{note: "n/a"}
		}
		if n <= c.nxMax {
			nx, err := py(c, script, "networkx", "betweenness", file, 0)
			if err != nil {
				return err
			}
			r.other[1] = timing{d: secs(nx.Seconds)}
			agree = append(agree, fmt.Sprintf("networkx Δ %.1e", maxDiff(exact.Betweenness, nx.Values)))
		} else {
			nx, err := py(c, script, "networkx", "sampled", file, c.nxPivots)
			if err != nil {
				return err
			}
			r.other[1] = timing{d: secs(nx.Seconds * float64(n) / float64(c.nxPivots)), note: "est."}
		}
		r.agree = strings.Join(agree, ", ")
		rows = append(rows, r)

		var pr []float64
		ours = timeIt(c.repeat, func() { pr = centrality.PageRank(g, 0.85, 0, false) })
		r = row{measure: "PageRank", nodes: n, ours: ours}
		ig, err := py(c, script, "igraph", "pagerank", file, 0)
		if err != nil {
			return err
		}
		nx, err := py(c, script, "networkx", "pagerank", file, 0)
		if err != nil {
			return err
		}
		r.other = [2]timing{{d: secs(ig.Seconds)}, {d: secs(nx.Seconds)}}
		r.agree = fmt.Sprintf("igraph Δ %.1e, networkx Δ %.1e", maxDiff(pr, ig.Values), maxDiff(pr, nx.Values))
		rows = append(rows, r)

		if n <= c.nxMax {
			// Weights 1, 2 or 4 (lengths exact in binary, so every side
			// sees the same ties): the radix-heap search, not the
			// breadth-first one uniform weights would take.
			wg := *g
			wg.Weight = make([]float64, len(g.Weight))
			for i := range wg.Weight {
				wg.Weight[i] = arcWeight(i)
			}
			wfile, err := writeWeightedList(dir, &wg)
			if err != nil {
				return err
			}
			var wt centrality.Scores
			ours = timeIt(c.repeat, func() { wt, _ = centrality.Brandes{Weighted: true}.Run(ctx, &wg) })
			r = row{measure: "weighted betweenness (w 1, 2, 4)", nodes: n, ours: ours}
			ig, err := py(c, script, "igraph", "weighted", wfile, 0)
			if err != nil {
				return err
			}
			nx, err := py(c, script, "networkx", "weighted", wfile, 0)
			if err != nil {
				return err
			}
			r.other = [2]timing{{d: secs(ig.Seconds)}, {d: secs(nx.Seconds)}}
			r.agree = fmt.Sprintf("igraph Δ %.1e, networkx Δ %.1e", maxDiff(wt.Betweenness, ig.Values), maxDiff(wt.Betweenness, nx.Values))
			rows = append(rows, r)
		}
	}
	if c.sampled > 0 {
		n := c.sampled
		g, arcs := baGraph(n, c.linksPer)
		file, err := writeEdgeList(dir, n, arcs)
		if err != nil {
			return err
		}
		ours := timeIt(c.repeat, func() { _, _ = centrality.Brandes{Pivots: c.pivots, Seed: 1}.Run(ctx, g) })
		r := row{measure: fmt.Sprintf("betweenness, %d pivots", c.pivots), nodes: n, ours: ours}
		nx, err := py(c, script, "networkx", "sampled", file, c.pivots)
		if err != nil {
			return err
		}
		r.other = [2]timing{{note: "n/a"}, {d: secs(nx.Seconds)}}
		r.agree = "igraph has no sampling"
		rows = append(rows, r)
		ours = timeIt(c.repeat, func() { centrality.PageRank(g, 0.85, 0, false) })
		r = row{measure: "PageRank", nodes: n, ours: ours}
		ig, err := py(c, script, "igraph", "pagerank", file, 0)
		if err != nil {
			return err
		}
		nx, err = py(c, script, "networkx", "pagerank", file, 0)
		if err != nil {
			return err
		}
		r.other = [2]timing{{d: secs(ig.Seconds)}, {d: secs(nx.Seconds)}}
		rows = append(rows, r)
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "measure\tnodes\tarcs/node\tactorgraph\tigraph\tnetworkx\tigraph/actorgraph\tnetworkx/actorgraph\tvalues")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", r.measure, r.nodes, c.linksPer, fmtDur(r.ours), r.other[0], r.other[1],
			ratio(r.other[0], r.ours), ratio(r.other[1], r.ours), r.agree)
	}
	tw.Flush()
	fmt.Println("\nA ratio above 1 means actorgraph is faster. Δ is the largest absolute difference of the normalised values.")
	return nil
}

// arcWeight is the weight of the i-th arc in the weighted comparison.
func arcWeight(i int) float64 { return float64(int(1) << (i * 7919 % 3)) }

// writeWeightedList writes g as "u v weight" lines after the node count.
func writeWeightedList(dir string, g *centrality.Digraph) (string, error) {
	var b strings.Builder
	fmt.Fprintln(&b, g.N())
	for u := range g.N() {
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			fmt.Fprintf(&b, "%d %d %g\n", u, g.Head[i], g.Weight[i])
		}
	}
	p := filepath.Join(dir, fmt.Sprintf("ba-%d-weighted.txt", g.N()))
	return p, os.WriteFile(p, []byte(b.String()), 0o644)
}

func writeEdgeList(dir string, n int, arcs []synth.Arc) (string, error) {
	var b strings.Builder
	fmt.Fprintln(&b, n)
	for _, a := range arcs {
		fmt.Fprintf(&b, "%d %d\n", a.From, a.To)
	}
	p := filepath.Join(dir, fmt.Sprintf("ba-%d.txt", n))
	return p, os.WriteFile(p, []byte(b.String()), 0o644)
}
