package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

func (a *app) exportCmd() *cobra.Command {
	var formats, out, level string
	cmd := &cobra.Command{
		Use:   "export EDGES.jsonl --format graphml|gexf|csv --out DIR_OR_FILE [--level actor|country]",
		Short: "Write the graph with its metrics as GraphML, GEXF or CSV for Gephi, R, igraph, NetworkX",
		Long: `Reads an edge stream (- for standard input), analyses it as 'actorgraph
analyze' does, and writes the graph for other network tools:

  graphml  actorgraph.graphml: NetworkX, igraph, R, yEd, Cytoscape
  gexf     actorgraph.gexf: Gephi (GEXF 1.3, edges dated for the timeline)
  csv      nodes.csv and edges.csv: spreadsheets, R, UCINET, Gephi's import

Nodes carry name, kind, country and the metrics (betweenness, weighted
betweenness, PageRank, harmonic, in/out degree, community, mediation score,
brokerage); edges carry relation, date, confidence, sentence, doc, sentence
index, trigger and the actors as named. --level country replaces each actor
by its country (files named *-country.*).

--format takes a comma-separated list. --out is a folder (created if
missing; the files get the names above), or, for one graphml or gexf
format, a file, or - for standard output. The layout of each format is in
docs/export.md.`,
		Example: `  actorgraph export out/edges.jsonl --format graphml,gexf,csv --out out/
  actorgraph export out/edges.jsonl --format gexf --out conflicts.gexf
  actorgraph export out/edges.jsonl --format csv --level country --out export/
  actorgraph extract articles/ | actorgraph export - --format graphml --out - > graph.graphml`,
		Args: argsExactly(1, "one EDGES.jsonl file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			fs, err := export.ParseFormats(formats)
			if err != nil {
				return usageErr("--format: %v", err)
			}
			lvl, err := export.ParseLevel(level)
			if err != nil {
				return usageErr("--level: %v", err)
			}
			if out == "" {
				return usageErr("--out: say where to write (a folder, a file, or - for standard output)")
			}
			toFile := out == "-" || !isDirTarget(out, fs)
			if toFile && (len(fs) != 1 || fs[0] == export.CSV) {
				return usageErr("--out %s: csv, and several formats, need a folder", out)
			}
			edges, err := a.readEdges(cmd, args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			res, err := a.analyse(ctx, edges, analyze.Options{}.Compact())
			if err != nil {
				return fmt.Errorf("export %s: analyze: %w", args[0], err)
			}
			g, err := export.Build(edges, export.LevelOf(res, lvl), lvl)
			if err != nil {
				return fmt.Errorf("export %s: %w", args[0], err)
			}
			var paths []string
			switch {
			case out == "-":
				return export.WriteFile(ctx, a.stdout, g, fs[0])
			case toFile:
				err = atomicfile.Write(out, func(w io.Writer) error { return export.WriteFile(ctx, w, g, fs[0]) })
				paths = []string{out}
			default:
				if err = os.MkdirAll(out, 0o755); err == nil {
					paths, err = export.WriteDir(ctx, out, g, fs)
				}
			}
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			fmt.Fprintf(a.stdout, "Wrote %s (%d nodes, %d edges, %s level)\n", strings.Join(paths, ", "), len(g.Nodes), len(g.Edges), lvl)
			return nil
		},
	}
	cmd.Flags().StringVar(&formats, "format", "graphml", "graphml, gexf, csv, or a comma-separated list")
	cmd.Flags().StringVarP(&out, "out", "o", "", "output folder, file (one graphml or gexf format), or - for standard output")
	cmd.Flags().StringVar(&level, "level", "actor", "actor (as named) or country (each actor replaced by its country)")
	return cmd
}

// isDirTarget reports whether --out names a folder: it exists as one, ends
// in a path separator, has no .graphml/.gexf extension, or the formats need
// several files.
func isDirTarget(out string, fs []export.Format) bool {
	if st, err := os.Stat(out); err == nil && st.IsDir() {
		return true
	}
	if strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		return true
	}
	if len(fs) > 1 || fs[0] == export.CSV {
		return true
	}
	ext := strings.ToLower(filepath.Ext(out))
	return ext != ".graphml" && ext != ".gexf" && ext != ".xml"
}
