// Command train fits the ranked-candidate model of the extractor
// (extract/rank) on gold folders and writes it in the format of
// extract/rank/weights.tsv.
//
//	go run ./eval/fallback/train -set ../shared/news/dev -skip '^[A-D](05|10)_' -out extract/rank/weights.tsv
//	go run ./eval/fallback/train -set examples/gold:examples/articles -out my-model.tsv
//
// A -set is a gold folder (gold.jsonl and actors.jsonl, docs/gold-format.md)
// whose articles are in its docs/ folder, or GOLD:ARTICLES when they are
// elsewhere.
//
// It prints the cross-validated actor-level score at each threshold (the
// last line is the rules alone) and the threshold it chose.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/actorgraph/actorgraph/eval/fallback"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/rank"
)

type sets []fallback.Set

func (s *sets) String() string { return fmt.Sprint(*s) }
func (s *sets) Set(v string) error {
	dir, docs, _ := strings.Cut(v, ":")
	if dir == "" {
		return fmt.Errorf("want GOLD or GOLD:ARTICLES, got %q", v)
	}
	for _, o := range *s {
		if o.Dir == dir && o.Docs == docs {
			return fmt.Errorf("%q given twice: its examples would count twice", v)
		}
	}
	*s = append(*s, fallback.Set{Dir: dir, Docs: docs})
	return nil
}

func main() {
	var ss sets
	flag.Var(&ss, "set", "a gold folder (gold.jsonl, actors.jsonl) with its articles in docs/, or GOLD:ARTICLES; repeatable")
	skip := flag.String("skip", "", "leave out documents whose file name matches this regular expression (in every set)")
	out := flag.String("out", "", "write the model here (default: standard output)")
	folds := flag.Int("folds", 5, "cross-validation folds, over documents")
	l2 := flag.Float64("l2", 1e-3, "L2 weight decay a step")
	epochs := flag.Int("epochs", 60, "passes over the examples")
	flag.Parse()
	if len(ss) == 0 {
		fmt.Fprintln(os.Stderr, "train: give at least one -set folder")
		os.Exit(2)
	}
	if *skip != "" {
		re, err := regexp.Compile(*skip)
		if err != nil {
			fmt.Fprintf(os.Stderr, "train: -skip: %v\n", err)
			os.Exit(2)
		}
		for i := range ss {
			ss[i].Skip = re
		}
	}
	x, err := extract.New(extract.WithRanker(nil))
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	docs, err := fallback.Load(context.Background(), x, ss)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, fallback.Summary(docs))
	m, pts := fallback.Fit(docs, *folds, rank.Options{L2: *l2, Epochs: *epochs, Seed: 1})
	for _, p := range pts {
		fmt.Fprintln(os.Stderr, p)
	}
	fmt.Fprintf(os.Stderr, "chosen threshold %.2f\n", m.Threshold)
	var names []string
	for _, s := range ss {
		names = append(names, s.Dir)
	}
	header := fmt.Sprintf("# Ranked-candidate model (extract/rank), written by eval/fallback/train\n# from: %s (skip %q), %d folds, l2 %g, %d epochs\n", strings.Join(names, ", "), *skip, *folds, *l2, *epochs)
	w := os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	fmt.Fprint(w, header)
	if _, err := m.WriteTo(w); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}
