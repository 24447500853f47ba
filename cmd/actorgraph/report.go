package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/pipeline"
	"github.com/actorgraph/actorgraph/report"
)

type reportFlags struct {
	out, analysis, previous, title, window string
	maxNodes                               int
}

func (a *app) reportCmd() *cobra.Command {
	var f reportFlags
	cmd := &cobra.Command{
		Use:   "report EDGES.jsonl --out DIR",
		Short: "Write report.html and report.md for an edge stream",
		Long: `Writes DIR/report.html and DIR/report.md for an edge stream.

report.html is one self-contained page (inline CSS, JavaScript and SVG; it
makes no network request, so it opens offline and from a mail attachment):
the actor network laid out deterministically, nodes sized by the mediation
measure (share of the conflicts' shortest diplomatic paths), mediators
ringed (dashed: partisan), zoom and pan, a view of one conflict at a time,
coloured by country or community, arcs coloured and dashed by relation;
clicking a node or an arc shows the sentences and articles behind it;
filters by relation and date; an actor and a country view; a timeline of
edges per day; tables of the top mediators per conflict dyad with their
evidence, the conflict dyads, the most central and most active actors and,
when the analysis has them, brokerage roles. At most --max-nodes actors are
drawn (the conflicts' neighbourhoods first); the page stays under 2 MiB
whatever the input.

report.md holds the same findings as a brief for a terminal or a Git host.

The analysis is computed from the edges (with --window, also per time
window: the "Over time" table) unless --analysis gives the analysis.json of
the same run (one whose actor count is not the edges' is refused). With --previous (the analysis.json of an
earlier run) both reports say what changed: new and dropped actors and
mediator rank changes. The time stamp is the current time, or
$SOURCE_DATE_EPOCH when set (for reproducible output).`,
		Example: `  actorgraph report edges.jsonl --out reports/
  actorgraph report out/edges.jsonl --analysis out/analysis.json --out out/
  actorgraph report edges.jsonl --window 7d --out reports/
  actorgraph report today/edges.jsonl --previous yesterday/analysis.json --out today/ --title "Gulf, week 12"`,
		Args: argsExactly(1, "one EDGES.jsonl file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.out == "" {
				return usageErr("report needs --out DIR")
			}
			if f.window != "" && f.analysis != "" {
				return usageErr("--window and --analysis exclude each other: the windows come from the analysis")
			}
			if f.maxNodes < 0 || f.maxNodes > 300 {
				return usageErr("--max-nodes %d: want 1 to 300 (0 for the default %d)", f.maxNodes, report.DefaultMaxNodes)
			}
			return a.report(cmd, args[0], f)
		},
	}
	cmd.Flags().StringVarP(&f.out, "out", "o", "", "folder to write report.html and report.md into (required; created if missing)")
	cmd.Flags().StringVar(&f.analysis, "analysis", "", "analysis.json of these edges, instead of analysing them again")
	cmd.Flags().StringVar(&f.previous, "previous", "", "analysis.json of an earlier run, to report what changed")
	cmd.Flags().StringVar(&f.window, "window", "", "also analyse time windows of N days (1d, 7d, 30d, any Nd) for the Over time table")
	cmd.Flags().StringVar(&f.title, "title", "", `report title (default "actorgraph report")`)
	cmd.Flags().IntVar(&f.maxNodes, "max-nodes", 0, fmt.Sprintf("actors drawn per network view, the conflicts' neighbourhoods first (default %d, at most 300)", report.DefaultMaxNodes))
	return cmd
}

func (a *app) report(cmd *cobra.Command, edgesPath string, f reportFlags) error {
	edges, err := a.readEdges(cmd, edgesPath)
	if err != nil {
		return err
	}
	var res analyze.Result
	if f.analysis != "" {
		if res, _, err = pipeline.ReadAnalysis(f.analysis); err != nil {
			return err
		}
		if n := actorCount(edges); res.Actor.Nodes > 0 && res.Actor.Nodes != n {
			return fmt.Errorf("--analysis %s is not the analysis of %s: it holds %d actors, the edges %d (leave --analysis out to analyse these edges)", f.analysis, edgesPath, res.Actor.Nodes, n)
		}
		if n := edgeCount(edges); res.Actor.Edges > 0 && res.Actor.Edges != n {
			return fmt.Errorf("--analysis %s is not the analysis of %s: it counts %d edges, the file %d (leave --analysis out to analyse these edges)", f.analysis, edgesPath, res.Actor.Edges, n)
		}
		if res.EdgesDigest != "" && res.EdgesDigest != analyze.EdgesDigest(edges) {
			return fmt.Errorf("--analysis %s is not the analysis of %s: it was made from other edges (another relation or end), though as many (leave --analysis out to analyse these edges)", f.analysis, edgesPath)
		}
	} else {
		var opt analyze.Options
		if f.window != "" {
			if opt.WindowDays, err = parseWindow(f.window); err != nil {
				return usageErr("--window %q: %v", f.window, err)
			}
		}
		if res, err = a.analyse(cmd.Context(), edges, opt.Compact()); err != nil {
			return fmt.Errorf("report: %w", err)
		}
	}
	in := reportInput(pipeline.CountDocs(edges), edges, res)
	in.Title, in.MaxNodes = f.title, f.maxNodes
	if f.previous != "" {
		prev, _, err := pipeline.ReadAnalysis(f.previous)
		if err != nil {
			return err
		}
		in.Previous = &prev
	}
	if err := os.MkdirAll(f.out, 0o755); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	start := time.Now()
	if err := report.WriteFiles(f.out, in); err != nil {
		return err
	}
	a.log.Info("report written", "dir", f.out, "html", filepath.Join(f.out, "report.html"),
		"md", filepath.Join(f.out, "report.md"), "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// reportInput is the report of one run, stamped with the current time or
// $SOURCE_DATE_EPOCH.
func reportInput(articles int, edges []graph.Edge, res analyze.Result) report.Input {
	return report.Input{Summary: report.Summarise(articles, edges), Edges: edges, Analysis: res, Generated: pipeline.ReportTime()}
}

// actorCount is the number of distinct actors edges name: the actor-level
// graph's node count, as analysis.json records it.
// edgeCount counts the edges between two distinct actors, as the analysis
// counts them (analyze.Level.Edges).
func edgeCount(edges []graph.Edge) int {
	n := 0
	for _, e := range edges {
		if e.Source.Name != e.Target.Name {
			n++
		}
	}
	return n
}

func actorCount(edges []graph.Edge) int {
	names := map[string]bool{}
	for _, e := range edges {
		names[e.Source.Name] = true
		names[e.Target.Name] = true
	}
	return len(names)
}
