package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

//go:embed whole.py
var wholePy []byte

// child is one measured child process: its wall time and peak RSS.
type child struct {
	wall   time.Duration
	rssMiB float64
	out    []byte
}

// runChild runs name with args, timing it, and reads its peak resident set
// size from GNU time (/usr/bin/time -f %M), which forks and execs it from a
// small process. The rusage Go gets from wait4 is not used: Go starts
// children with vfork semantics, and Linux folds the high-water RSS of the
// address space replaced at exec, the parent's, into the child's ru_maxrss,
// so a child would report at least this benchmark's own size.
func runChild(ctx context.Context, name string, args ...string) (child, error) {
	timeBin, err := exec.LookPath("/usr/bin/time")
	if err != nil {
		return child{}, fmt.Errorf("peak memory needs GNU time (apt-get install -y time): %w", err)
	}
	f, err := os.CreateTemp("", "actorgraph-rss")
	if err != nil {
		return child{}, err
	}
	f.Close()
	defer os.Remove(f.Name())
	cmd := exec.CommandContext(ctx, timeBin, append([]string{"-f", "%M", "-o", f.Name(), name}, args...)...)
	cmd.Stderr = os.Stderr
	t := time.Now()
	out, err := cmd.Output()
	c := child{wall: time.Since(t), out: out}
	if err != nil {
		return c, fmt.Errorf("%s %s: %w", name, strings.Join(args, " "), err)
	}
	b, err := os.ReadFile(f.Name())
	if err != nil {
		return c, err
	}
	kb, err := strconv.ParseFloat(strings.TrimSpace(string(b)), 64)
	if err != nil {
		return c, fmt.Errorf("GNU time output %q: %w", b, err)
	}
	c.rssMiB = kb / 1024
	return c, nil
}

// buildActorgraph builds ./cmd/actorgraph into dir, unless bin is given.
func buildActorgraph(ctx context.Context, dir, bin string) (string, error) {
	if bin != "" {
		return bin, nil
	}
	out := filepath.Join(dir, "actorgraph")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, "./cmd/actorgraph")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build ./cmd/actorgraph (run from the repository root, or pass -bin): %w", err)
	}
	return out, nil
}

// interactionArcs writes the actor-level interaction graph of edges as analyze builds it (an
// arc for every edge between distinct actors, SPOKE_WITH both ways, merged)
// as an arc list for whole.py, numbering actors in name order.
func interactionArcs(path string, edges []graph.Edge) (nodes, arcs int, err error) {
	ids := map[string]int32{}
	for _, e := range edges {
		ids[e.Source.Name], ids[e.Target.Name] = 0, 0
	}
	names := make([]string, 0, len(ids))
	for s := range ids {
		names = append(names, s)
	}
	slices.Sort(names)
	for i, s := range names {
		ids[s] = int32(i)
	}
	seen := map[[2]int32]bool{}
	var b strings.Builder
	fmt.Fprintln(&b, len(names))
	add := func(u, v int32) {
		if u != v && !seen[[2]int32{u, v}] {
			seen[[2]int32{u, v}] = true
			fmt.Fprintf(&b, "%d %d\n", u, v)
		}
	}
	for _, e := range edges {
		u, v := ids[e.Source.Name], ids[e.Target.Name]
		add(u, v)
		if e.Relation.Symmetric() {
			add(v, u)
		}
	}
	return len(names), len(seen), os.WriteFile(path, []byte(b.String()), 0o644)
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

type pyWhole struct {
	Seconds     float64 `json:"seconds"`
	Modularity  float64 `json:"modularity"`
	Communities int     `json:"communities"`
}

// whole compares `actorgraph analyze` on a synthetic edge stream of
// c.whole actors with igraph's betweenness + PageRank + multilevel on the
// same interaction graph, in c.pairs back-to-back pairs, each side a child
// process whose wall time and peak RSS are measured; then NetworkX once on
// a graph of c.wholeNX actors.
func whole(ctx context.Context, c config, dir string) error {
	bin, err := buildActorgraph(ctx, dir, c.bin)
	if err != nil {
		return err
	}
	script := filepath.Join(dir, "whole.py")
	if err := os.WriteFile(script, wholePy, 0o644); err != nil {
		return err
	}
	type side struct {
		name string
		runs []child
	}
	for _, spec := range []struct {
		nodes, pairs int
		peer         string
	}{{c.whole, c.pairs, "igraph"}, {c.wholeNX, 1, "networkx"}} {
		if spec.nodes <= 0 || spec.pairs <= 0 {
			continue
		}
		edges := syntheticEdges(spec.nodes, spec.nodes*c.linksPer, 1)
		edgeFile := filepath.Join(dir, fmt.Sprintf("edges-%d.jsonl", spec.nodes))
		if err := writeEdges(ctx, edgeFile, edges); err != nil {
			return err
		}
		arcFile := filepath.Join(dir, fmt.Sprintf("arcs-%d.txt", spec.nodes))
		n, a, err := interactionArcs(arcFile, edges)
		if err != nil {
			return err
		}
		fmt.Printf("\nWhole analysis, %d edges among %d actors (actor-level graph %d nodes, %d arcs); %d back-to-back pair(s):\n",
			len(edges), spec.nodes, n, a, spec.pairs)
		fmt.Printf("  actorgraph: `actorgraph analyze EDGES -o analysis.json` (read, both levels, mediation, write), %d cores\n", runtime.NumCPU())
		fmt.Printf("  %s: read the arc list, exact betweenness, PageRank, Louvain on the actor-level graph only, 1 core\n", spec.peer)
		out := filepath.Join(dir, "analysis.json")
		var ours, theirs []child
		var peer pyWhole
		for p := range spec.pairs {
			la := loadAvg()
			o, err := runChild(ctx, bin, "analyze", edgeFile, "-o", out, "-q")
			if err != nil {
				return err
			}
			st, err := os.Stat(out)
			if err != nil {
				return err
			}
			lb := loadAvg()
			t, err := runChild(ctx, c.python, script, spec.peer, arcFile)
			if err != nil {
				return err
			}
			if err := json.Unmarshal(t.out, &peer); err != nil {
				return fmt.Errorf("%s: %w", spec.peer, err)
			}
			ours, theirs = append(ours, o), append(theirs, t)
			fmt.Printf("  pair %d: actorgraph %s, %.0f MiB peak, analysis.json %.1f MB (load %s) | %s %s (compute %.2f s), %.0f MiB peak (load %s) | time ratio %.2fx, memory ratio %.2fx\n",
				p+1, fmtDur(o.wall), o.rssMiB, float64(st.Size())/1e6, la, spec.peer, fmtDur(t.wall), peer.Seconds, t.rssMiB, lb,
				float64(o.wall)/float64(t.wall), o.rssMiB/t.rssMiB)
		}
		var res analyze.Result
		if b, err := os.ReadFile(out); err == nil && json.Unmarshal(b, &res) == nil {
			fmt.Printf("  actorgraph: betweenness %s, %d communities (Q %.3f); %s: %d communities (Q %.3f)\n",
				res.Actor.Betweenness, res.Actor.Communities, res.Actor.Modularity, spec.peer, peer.Communities, peer.Modularity)
		}
		if len(ours) > 1 {
			wall := func(cs []child) []time.Duration {
				var ds []time.Duration
				for _, x := range cs {
					ds = append(ds, x.wall)
				}
				return ds
			}
			fmt.Printf("  median: actorgraph %s, %s %s: %.2fx of %s's time\n", fmtDur(median(wall(ours))), spec.peer,
				fmtDur(median(wall(theirs))), float64(median(wall(ours)))/float64(median(wall(theirs))), spec.peer)
		}
	}
	return nil
}
