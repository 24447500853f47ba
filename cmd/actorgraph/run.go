package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/report"
)

type runFlags struct {
	out   string
	dicts []string
}

func (a *app) runCmd() *cobra.Command {
	var f runFlags
	cmd := &cobra.Command{
		Use:   "run PATH... --out DIR",
		Short: "Do the whole job: extract, analyse, report",
		Long: `Extracts edges from the articles under PATH, analyses them and writes
exactly DIR/edges.jsonl, DIR/analysis.json, DIR/report.html and
DIR/report.md, then prints a short summary (articles read, edges by
relation, the top mediators).`,
		Example: `  actorgraph run examples/articles --out out/`,
		Args:    argsAtLeast(1, "PATH: a file or folder of articles"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.out == "" {
				return usageErr("run needs --out DIR")
			}
			return a.run(cmd, args, f)
		},
	}
	cmd.Flags().StringVarP(&f.out, "out", "o", "", "output folder (required)")
	cmd.Flags().StringSliceVar(&f.dicts, "dict", nil, "extra actor dictionary file(s) overriding the embedded one")
	return cmd
}

func (a *app) run(cmd *cobra.Command, paths []string, f runFlags) error {
	ctx := cmd.Context()
	if err := os.MkdirAll(f.out, 0o755); err != nil {
		return fmt.Errorf("run: %w", err)
	}
	x, err := newExtractor(f.dicts)
	if err != nil {
		return err
	}
	var edges []graph.Edge
	st, err := a.extractPaths(ctx, x, paths, func(e graph.Edge) error { edges = append(edges, e); return nil })
	if err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(f.out, "edges.jsonl"), func(w io.Writer) error {
		ew := graph.NewEdgeWriter(w)
		for _, e := range edges {
			if err := ew.Write(e); err != nil {
				return err
			}
		}
		return ew.Flush()
	}); err != nil {
		return err
	}
	res := analyze.Run(edges, analyze.Options{})
	if err := writeFileAtomic(filepath.Join(f.out, "analysis.json"), func(w io.Writer) error { return writeJSON(w, res) }); err != nil {
		return err
	}
	in := report.Input{Summary: report.Summarise(st.articles, edges), Edges: edges, Analysis: res}
	if err := report.WriteFiles(f.out, in); err != nil {
		return err
	}
	printSummary(a.stdout, st.articles, edges, res, f.out)
	if err := a.loadIfConfigured(cmd, edges, res); err != nil {
		return err
	}
	if st.bad > 0 {
		return errBadInput
	}
	return nil
}

func printSummary(w io.Writer, articles int, edges []graph.Edge, res analyze.Result, out string) {
	by := map[graph.Relation]int{}
	for _, e := range edges {
		by[e.Relation]++
	}
	fmt.Fprintf(w, "Read %d articles; %d edges:", articles, len(edges))
	for _, r := range graph.Relations() {
		fmt.Fprintf(w, " %s %d", r, by[r])
	}
	fmt.Fprintln(w)
	ms := res.Country.Mediators
	if len(ms) == 0 {
		fmt.Fprintln(w, "No mediators found.")
	} else {
		fmt.Fprintln(w, "Top mediators (country level):")
		seen := map[string]bool{}
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Score > ms[j].Score })
		n := 0
		for _, m := range ms {
			k := m.Mediator + m.Dyad[0] + m.Dyad[1]
			if seen[k] || n == 5 {
				continue
			}
			seen[k] = true
			n++
			fmt.Fprintf(w, "  %-20s between %s and %s (score %.1f)\n", m.Mediator, m.Dyad[0], m.Dyad[1], m.Score)
		}
	}
	fmt.Fprintf(w, "Wrote %s/{edges.jsonl,analysis.json,report.html,report.md}\n", out)
}

// writeFileAtomic writes path through a temporary file in the same folder,
// synced and renamed into place, so a crash never leaves a half-written file.
func writeFileAtomic(path string, fn func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := fn(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
