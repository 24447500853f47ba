package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/report"
)

func (a *app) reportCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "report EDGES.jsonl --out DIR",
		Short: "Write report.html and report.md for an edge stream",
		Long: `Analyses an edge stream and writes DIR/report.html (one self-contained page,
no network requests) and DIR/report.md (a brief for a terminal or a Git host).`,
		Example: `  actorgraph report edges.jsonl --out reports/`,
		Args:    argsExactly(1, "one EDGES.jsonl file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usageErr("report needs --out DIR")
			}
			edges, err := a.readEdges(cmd, args[0])
			if err != nil {
				return err
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return fmt.Errorf("report: %w", err)
			}
			docs := map[string]bool{}
			for _, e := range edges {
				docs[e.Doc] = true
			}
			in := report.Input{Summary: report.Summarise(len(docs), edges), Edges: edges, Analysis: analyze.Run(edges, analyze.Options{})}
			if err := report.WriteFiles(out, in); err != nil {
				return err
			}
			a.log.Info("report written", "dir", out)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "folder to write report.html and report.md into (required)")
	return cmd
}
