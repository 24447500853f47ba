package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/pipeline"
)

func (a *app) analyzeCmd() *cobra.Command {
	var format, out, window string
	var opt analyze.Options
	var exact, full bool
	cmd := &cobra.Command{
		Use:   "analyze EDGES.jsonl [--format json|table] [--window 1d|7d|30d]",
		Short: "Compute per-actor metrics and the mediators of each conflict",
		Long: `Reads an edge stream (- for standard input) and writes, at actor level and
at country level (each actor replaced by its country):

  - per actor: in/out degree per relation, betweenness (unweighted, normalised
    as NetworkX's betweenness_centrality), weighted betweenness (arc length
    1/number of supporting sentences), PageRank (damping 0.85), harmonic
    centrality, community (Louvain), Gould–Fernandez brokerage roles with
    countries as groups, and the total mediation score;
  - every conflict dyad (a pair with ATTACKED, WARNED or ACCUSED between them)
    and its mediators (actors with URGED or SPOKE_WITH ties to both sides),
    scored and ranked, with the sentences that show it.

Betweenness is exact while nodes × (nodes + arcs) ≤ 10⁹ (up to about half a
minute for both variants on two cores) and sampled from random pivots
(Brandes–Pich) above that; the output says which in "betweenness_method". --pivots N forces N pivots,
--exact forces exact.

--window 1d|7d|30d (any Nd) also slices the edges by published date into
windows of N days from the earliest date and analyses each one.

The JSON holds what the report and readers use: per level the actors that
matter (the top 100 by each measure, the 300 most central, the top 10 per
relation and direction, every mediator), every mediation, and the dyads with
a mediator plus the 1,000 others with the most hostile edges;
"actors_omitted" and "dyads_omitted" count the rest; each dyad and
mediation keeps 2 sentences of evidence (--max-evidence N for more). --full
writes every actor and every dyad, with 10 sentences each by default. The
output is streamed row by row.

The JSON layout and every metric's definition are in docs/analysis.md.`,
		Example: `  actorgraph analyze edges.jsonl --format table
  actorgraph analyze edges.jsonl > analysis.json
  actorgraph analyze edges.jsonl --window 7d -o analysis.json
  actorgraph extract articles/ | actorgraph analyze - --format table`,
		Args: argsExactly(1, "one EDGES.jsonl file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "table" {
				return usageErr("--format %q: want json or table", format)
			}
			if window != "" {
				days, err := parseWindow(window)
				if err != nil {
					return usageErr("--window %q: %v", window, err)
				}
				opt.WindowDays = days
			}
			if exact && opt.Pivots > 0 {
				return usageErr("--exact and --pivots %d: choose one", opt.Pivots)
			}
			if opt.Pivots < 0 {
				return usageErr("--pivots %d: want a positive number of pivots", opt.Pivots)
			}
			if exact {
				opt.Pivots = -1
			}
			if opt.MaxMediators == 0 || opt.MaxMediators < -1 {
				return usageErr("--max-mediators %d: want a positive number, or -1 for all", opt.MaxMediators)
			}
			if opt.MaxEvidence == 0 || opt.MaxEvidence < -1 {
				return usageErr("--max-evidence %d: want a positive number, or -1 for all", opt.MaxEvidence)
			}
			outOpt := analyze.OutputOptions{Full: full}
			if !full {
				// The compact JSON keeps analyze.DefaultEvidence sentences
				// unless --max-evidence says otherwise, and the dyads that
				// matter: analyse with those caps, so no more is held than
				// is written.
				if !cmd.Flags().Changed("max-evidence") {
					opt.MaxEvidence = 0
				}
				opt = opt.Compact()
				outOpt = *opt.Keep
			}
			// stopped before the output is written: say so, and that a file
			// named by -o is left as it was
			interrupted := func() error {
				if out == "" || out == "-" {
					return fmt.Errorf("interrupted (%w) before the analysis was written", context.Cause(cmd.Context()))
				}
				return fmt.Errorf("interrupted (%w): %s was not written; a previous %s is left as it was", context.Cause(cmd.Context()), out, out)
			}
			edges, err := a.readEdges(cmd, args[0])
			if err != nil {
				if cmd.Context().Err() != nil {
					return interrupted()
				}
				return err
			}
			res, err := a.analyse(cmd.Context(), edges, opt)
			if err != nil {
				if cmd.Context().Err() != nil {
					return interrupted()
				}
				return fmt.Errorf("analyze %s: %w", args[0], err)
			}
			return writeOutput(cmd.Context(), out, a.stdout, func(w io.Writer) error {
				var err error
				if format == "table" {
					err = writeTable(w, res)
				} else {
					err = pipeline.WriteAnalysisWith(cmd.Context(), w, res, outOpt)
				}
				if err != nil {
					return fmt.Errorf("analyze: write: %w", err)
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json or table")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to FILE instead of standard output")
	cmd.Flags().StringVar(&window, "window", "", "also analyse time windows of N days by published date: 1d, 7d, 30d (any Nd)")
	cmd.Flags().IntVar(&opt.Pivots, "pivots", 0, "sample betweenness from N random pivots (default: exact when small, sampled when large)")
	cmd.Flags().BoolVar(&full, "full", false, "write every actor row and every dyad to the JSON (default: the ones that matter, see above)")
	cmd.Flags().BoolVar(&exact, "exact", false, "always compute exact betweenness, however large the graph")
	cmd.Flags().IntVar(&opt.MaxMediators, "max-mediators", analyze.DefaultMaxMediators, "mediators kept per conflict dyad, best first (-1: all)")
	cmd.Flags().IntVar(&opt.MaxEvidence, "max-evidence", analyze.DefaultMaxEvidence, "evidence sentences kept per dyad and per mediation (-1: all; 10 with --full)")
	// (cobra would print the variable's default, 10, which only --full keeps)
	cmd.Flags().Lookup("max-evidence").DefValue = strconv.Itoa(analyze.DefaultEvidence)
	cmd.Flags().Uint64Var(&opt.Seed, "seed", 0, "seed of the pivot sample and of community detection (run uses 0)")
	return cmd
}

// parseWindow reads a window length "Nd" (N days, 1..3660).
func parseWindow(s string) (int, error) {
	num, ok := strings.CutSuffix(strings.ToLower(strings.TrimSpace(s)), "d")
	if !ok {
		return 0, fmt.Errorf("want a number of days such as 1d, 7d or 30d")
	}
	days, err := strconv.Atoi(num)
	if err != nil || days < 1 || days > 3660 {
		return 0, fmt.Errorf("want a number of days from 1d to 3660d, such as 1d, 7d or 30d")
	}
	return days, nil
}

// analyse runs the analysis of edges under opt, logging when it starts
// (with the edge count: a large graph takes minutes), each stage at debug
// level, and how long it took.
func (a *app) analyse(ctx context.Context, edges []graph.Edge, opt analyze.Options) (analyze.Result, error) {
	start := time.Now()
	a.log.Info("analysing", "edges", len(edges))
	opt.Progress = func(stage string) {
		a.log.Debug("analysis stage", "stage", stage, "seconds", time.Since(start).Round(time.Millisecond).Seconds())
	}
	res, err := analyze.RunContext(ctx, edges, opt)
	if err == nil {
		a.log.Info("analysed", "actors", res.Actor.Nodes, "conflicts", len(res.Country.Dyads)+res.Country.DyadsOmitted, "seconds", time.Since(start).Round(time.Millisecond).Seconds())
	}
	return res, err
}

// readEdges reads an edge stream strictly: a bad line is an error that names
// the file and line.
func (a *app) readEdges(cmd *cobra.Command, path string) ([]graph.Edge, error) {
	edges, err := graph.ReadEdgesFile(cmd.Context(), path)
	if err != nil {
		return nil, fmt.Errorf("read edges: %w", err)
	}
	return edges, nil
}

func writeTable(w io.Writer, res analyze.Result) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	writeLevels(tw, "", res.Actor, res.Country)
	for _, win := range res.Windows {
		writeLevels(tw, fmt.Sprintf("window %s – %s (%d edges), ", win.Start, win.End, win.Edges), win.Actor, win.Country)
	}
	if res.Undated > 0 {
		fmt.Fprintf(tw, "%d edges without a published date are in no window.\n", res.Undated)
	}
	return tw.Flush()
}

// tableRows caps the actors listed per level in the table.
const tableRows = 50

func writeLevels(tw *tabwriter.Writer, prefix string, levels ...analyze.Level) {
	for i, l := range levels {
		name := [...]string{"actor", "country"}[i]
		fmt.Fprintf(tw, "== %s%s level: %d nodes, %d arcs; betweenness %s; %d communities\n", prefix, name, l.Nodes, l.Arcs, l.Betweenness, l.Communities)
		if len(l.Actors) > 0 {
			fmt.Fprintln(tw, "actor\tkind\tbetweenness\tweighted\tpagerank\tharmonic\tin\tout\tcommunity\tbrokerage\tmediation")
		}
		for j, m := range l.Actors {
			if j == tableRows {
				fmt.Fprintf(tw, "... %d more (see --format json)\n", len(l.Actors)-tableRows)
				break
			}
			fmt.Fprintf(tw, "%s\t%s\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%d\t%d\t%d\t%.2f\n", m.Name, m.Kind, m.Betweenness, m.WeightedBetweenness, m.PageRank, m.Harmonic, m.InDegree, m.OutDegree, m.Community, m.Brokerage.Total(), m.Mediation)
		}
		fmt.Fprintln(tw)
		if len(l.Mediators) > 0 {
			fmt.Fprintln(tw, "conflict\trank\tmediator\tscore\tties\tjoint\tnote")
			for j, md := range l.Mediators {
				if j == tableRows {
					fmt.Fprintf(tw, "... %d more (see --format json)\n", len(l.Mediators)-tableRows)
					break
				}
				var note []string
				if len(md.HostileTo) > 0 {
					note = append(note, "hostile to "+strings.Join(md.HostileTo, ", "))
				}
				if len(md.Supports) > 0 {
					note = append(note, "supports "+strings.Join(md.Supports, ", "))
				}
				fmt.Fprintf(tw, "%s – %s\t%d\t%s\t%.2f\t%d/%d\t%d\t%s\n", md.Dyad[0], md.Dyad[1], md.Rank, md.Mediator, md.Score, md.TiesA, md.TiesB, md.Joint, strings.Join(note, "; "))
			}
			fmt.Fprintln(tw)
		}
	}
}
