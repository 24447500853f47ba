package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/eval"
)

func (a *app) evalCmd() *cobra.Command {
	var gold string
	var verbose bool
	var minF1 float64
	var level string
	var optional bool
	cmd := &cobra.Command{
		Use:   "eval --gold DIR EDGES.jsonl",
		Short: "Score an edge stream against hand-made gold edges",
		Long: `Prints precision, recall and F1 per relation and overall, at actor level
and at country level, for an edge stream against DIR/gold.jsonl and
DIR/actors.jsonl (the format of docs/gold-format.md). Only documents named in
the gold are scored. The numbers are those of the scoring rules in
docs/relations.md; with --optional-disputable, rows whose note starts with
"disputable" are optional (neither missed when absent nor extra when found),
as ../shared/tools/score-edges --optional-disputable scores them.`,
		Example: `  actorgraph eval --gold examples/gold out/edges.jsonl --verbose
  actorgraph eval --gold ../shared/news/dev --optional-disputable dev-edges.jsonl`,
		Args: argsExactly(1, "one EDGES.jsonl file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return usageErr("eval needs --gold DIR")
			}
			if level != "actor" && level != "country" {
				return usageErr("--level %q: want actor or country", level)
			}
			g, err := eval.LoadGold(gold)
			if err != nil {
				return err
			}
			edges, err := a.readEdges(cmd, args[0])
			if err != nil {
				return err
			}
			actor, country := eval.ScoreWith(g, edges, eval.Options{OptionalDisputable: optional})
			actor.Write(a.stdout, verbose)
			country.Write(a.stdout, verbose)
			f1 := actor.All.F1
			if level == "country" {
				f1 = country.All.F1
			}
			fmt.Fprintf(a.stdout, "F1 %s level: %.3f\n", level, f1)
			if cmd.Flags().Changed("min-f1") && f1 < minF1 {
				return &exitError{code: exitFailed, err: fmt.Errorf("F1 %.3f at %s level is below --min-f1 %.3f", f1, level, minF1)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "folder with gold.jsonl and actors.jsonl (required)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list the missed and the extra edges")
	cmd.Flags().Float64Var(&minF1, "min-f1", 0, "exit 1 when the overall F1 at --level is below this")
	cmd.Flags().BoolVar(&optional, "optional-disputable", false, "make gold rows noted \"disputable\" optional: neither missed nor extra")
	cmd.Flags().StringVar(&level, "level", "actor", "level of the last line and of --min-f1: actor or country")
	return cmd
}
