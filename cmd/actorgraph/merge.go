package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/pipeline"
)

func (a *app) mergeCmd() *cobra.Command {
	var out, window string
	cmd := &cobra.Command{
		Use:   "merge DIR... --out DIR",
		Short: "Combine the output folders of shard runs into one",
		Long: `Reads DIR/edges.jsonl of each shard output folder (written by
'actorgraph run --shard i/n'), keeps each edge once (by id), orders them as
an unsharded run does (documents in lexical order) and writes
OUT/edges.jsonl, OUT/analysis.json, OUT/report.html and OUT/report.md: the
outputs an unsharded run over the whole corpus would have written. Folders
that overlap count each edge and each article once. A
previous OUT/analysis.json is shown in the report as "what changed".

Use it when the shards do not share a Neo4j database; with Neo4j, every
shard loads its own edges and there is nothing to merge.

Exit codes: 0 done; 1 failed (a shard folder without edges.jsonl, a bad
edge line — named with its file and line); 2 usage error.`,
		Example: `  actorgraph merge out/shard-0 out/shard-1 out/shard-2 --out out/all
  actorgraph merge /data/out/shard-* --out /data/out/merged`,
		Args: argsAtLeast(1, "DIR: a shard output folder"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usageErr("merge needs --out DIR")
			}
			var opt analyze.Options
			if window != "" {
				days, err := parseWindow(window)
				if err != nil {
					return usageErr("--window %q: %v", window, err)
				}
				opt.WindowDays = days
			}
			for _, dir := range args {
				if pipeline.SameFolder(dir, out) {
					return usageErr("--out %s is one of the shard folders: merge into a folder of its own", out)
				}
			}
			sum, err := pipeline.Merge(cmd.Context(), a.log, args, out, opt)
			if err != nil {
				return &exitError{code: exitFailed, err: err}
			}
			fmt.Fprintf(a.stdout, "Merged %d folders: %d edges from %d articles\n", sum.Folders, sum.Edges, sum.Articles)
			pipeline.PrintMediators(a.stdout, sum.Mediators)
			fmt.Fprintf(a.stdout, "Wrote %s/{edges.jsonl,analysis.json,report.html,report.md}\n", out)
			a.log.Info("merge done", "folders", sum.Folders, "edges", sum.Edges, "articles", sum.Articles, "out", out)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "folder to write the merged outputs into (required)")
	cmd.Flags().StringVar(&window, "window", "", "also analyse time windows of N days by published date: 1d, 7d, 30d (any Nd)")
	return cmd
}
