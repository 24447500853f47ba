package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

func (a *app) analyzeCmd() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "analyze EDGES.jsonl [--format json|table]",
		Short: "Compute per-actor metrics and the mediators of each conflict",
		Long: `Reads an edge stream (- for standard input) and writes per-actor metrics
(betweenness, PageRank, degrees, community, mediation score) and the
mediators of each conflict dyad, at actor and at country level. The JSON
layout is documented in docs/analysis.md.`,
		Example: `  actorgraph analyze edges.jsonl --format table
  actorgraph analyze edges.jsonl > analysis.json`,
		Args: argsExactly(1, "one EDGES.jsonl file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "table" {
				return usageErr("--format %q: want json or table", format)
			}
			edges, err := a.readEdges(cmd, args[0])
			if err != nil {
				return err
			}
			res := analyze.Run(edges, analyze.Options{})
			w := a.stdout
			if out != "" {
				f, err := os.Create(out)
				if err != nil {
					return fmt.Errorf("analyze: %w", err)
				}
				defer f.Close()
				w = f
			}
			if format == "table" {
				return writeTable(w, res)
			}
			return writeJSON(w, res)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json or table")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to FILE instead of standard output")
	return cmd
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

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func writeTable(w io.Writer, res analyze.Result) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, lv := range []struct {
		name string
		l    analyze.Level
	}{{"actor", res.Actor}, {"country", res.Country}} {
		fmt.Fprintf(tw, "== %s level (betweenness: %s)\n", lv.name, lv.l.Betweenness)
		fmt.Fprintln(tw, "actor\tkind\tbetweenness\tpagerank\tin\tout\tcommunity\tmediation")
		for _, m := range lv.l.Actors {
			fmt.Fprintf(tw, "%s\t%s\t%.4f\t%.4f\t%d\t%d\t%d\t%.1f\n", m.Name, m.Kind, m.Betweenness, m.PageRank, m.InDegree, m.OutDegree, m.Community, m.Mediation)
		}
		fmt.Fprintln(tw)
		if len(lv.l.Mediators) > 0 {
			fmt.Fprintln(tw, "conflict\tmediator\tscore")
			for _, md := range lv.l.Mediators {
				fmt.Fprintf(tw, "%s – %s\t%s\t%.1f\n", md.Dyad[0], md.Dyad[1], md.Mediator, md.Score)
			}
			fmt.Fprintln(tw)
		}
	}
	return tw.Flush()
}
