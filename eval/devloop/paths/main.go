// Command paths asks whether argument structure would find the edges the
// extractor's rules miss. For every sentence of the given gold folders
// with a trigger no rule read and two actors, it parses the sentence
// (extract/parse) and files each ordered pair of actors under the tree
// path that joins them through the trigger ("<nsubj<T>obj>": subject of
// the trigger, its object). Against the gold it then counts, for each
// path and relation, the pairs that are a gold edge the rules missed and
// the pairs in all. If missed edges gathered on a few paths, those paths
// would be rules worth writing; spread over many, they are not.
//
// Counts only: no sentence, name or row is printed, so it may be run on
// a set that must stay unread.
//
//	go run ./eval/devloop/paths ../shared/news/dev
//	go run ./eval/devloop/paths --top 30 --skip '^[A-D](05|10)_' ../shared/news/dev probe/...
//
// Cost: an extraction and, for more than half of the sentences of news,
// a parse (0.15-0.27 ms each).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"

	"github.com/actorgraph/actorgraph/eval"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// tally is what one path holds.
type tally struct {
	gold, all  int
	docs, sets map[string]bool
	path, rel  string
	unasserted bool
}

func main() {
	top := flag.Int("top", 20, "print the paths holding the most missed gold edges, this many")
	skip := flag.String("skip", "", "leave out documents whose file name matches this regular expression")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: paths [--top N] [--skip RE] GOLDDIR...  (each with docs/*.txt and gold.jsonl)")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	var re *regexp.Regexp
	if *skip != "" {
		var err error
		if re, err = regexp.Compile(*skip); err != nil {
			fmt.Fprintf(os.Stderr, "paths: --skip: %v\n", err)
			os.Exit(2)
		}
	}
	if err := run(flag.Args(), re, *top); err != nil {
		fmt.Fprintln(os.Stderr, "paths:", err)
		os.Exit(1)
	}
}

func run(dirs []string, skip *regexp.Regexp, top int) error {
	x, err := extract.NewParsed()
	if err != nil {
		return err
	}
	tallies := map[string]*tally{}
	missed, found, pairs := 0, 0, 0
	for _, dir := range dirs {
		g, err := eval.LoadGold(dir)
		if err != nil {
			return err
		}
		lab := eval.NewLabeller(g)
		files, err := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
		if err != nil || len(files) == 0 {
			return fmt.Errorf("%s: no docs/*.txt", dir)
		}
		sort.Strings(files)
		for _, f := range files {
			name := filepath.Base(f)
			if skip != nil && skip.MatchString(name) {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			a := graph.Article{Doc: name, Text: string(b)}
			got := map[eval.Key]bool{}
			for _, e := range x.Extract(a) {
				if k, _, _ := lab.Label(e); k.Doc != "" {
					got[k] = true
				}
			}
			firm := lab.Firm(map[string]bool{name: true})
			for k := range firm {
				if !got[k] {
					missed++
				}
			}
			hit := map[eval.Key]bool{}
			for _, tp := range x.TreePaths(a) {
				pairs++
				k, isFirm, _ := lab.Label(graph.Edge{Doc: name, Source: tp.Source, Relation: tp.Relation, Target: tp.Target})
				id := string(tp.Relation) + " " + tp.Path + fmt.Sprint(!tp.Asserted)
				t := tallies[id]
				if t == nil {
					t = &tally{docs: map[string]bool{}, sets: map[string]bool{}, path: tp.Path, rel: string(tp.Relation), unasserted: !tp.Asserted}
					tallies[id] = t
				}
				t.all++
				if isFirm && !got[k] {
					t.gold++
					t.docs[dir+"/"+name] = true
					t.sets[dir] = true
					if !hit[k] {
						hit[k] = true
						found++
					}
				}
			}
		}
	}
	var ts []*tally
	holding := 0
	for _, t := range tallies {
		ts = append(ts, t)
		if t.gold > 0 {
			holding++
		}
	}
	sort.Slice(ts, func(i, j int) bool {
		if ts[i].gold != ts[j].gold {
			return ts[i].gold > ts[j].gold
		}
		return ts[i].path+ts[i].rel < ts[j].path+ts[j].rel
	})
	fmt.Printf("gold edges the rules miss: %d; of them on some tree path through an unread trigger: %d\n", missed, found)
	fmt.Printf("actor pairs on such paths: %d, under %d distinct paths; %d paths hold a missed gold edge\n", pairs, len(ts), holding)
	fmt.Printf("%5s %6s %5s %5s  %-10s %s\n", "gold", "pairs", "docs", "sets", "relation", "path")
	for i, t := range ts {
		if i == top || t.gold == 0 {
			break
		}
		mark := ""
		if t.unasserted {
			mark = "  (negated, modal, conditional or asked)"
		}
		fmt.Printf("%5d %6d %5d %5d  %-10s %s%s\n", t.gold, t.all, len(t.docs), len(t.sets), t.rel, t.path, mark)
	}
	return nil
}
