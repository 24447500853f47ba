// Command parsed extracts articles with parsed frames on (extract.NewParsed:
// extract.WithParser with the embedded parser, which actorgraph leaves off)
// and writes the edge stream to standard output, so that
// ../shared/tools/score-edges can score the opt-in pass against the rules
// alone (docs/extractor.md, "Thirteenth round"):
//
//	go run ./eval/devloop/parsed ../shared/news/dev/docs > /tmp/parsed.jsonl
//	../shared/tools/score-edges --optional-disputable --gold ../shared/news/dev /tmp/parsed.jsonl
//
// It reads the *.txt files of each folder given, in name order, as
// `actorgraph extract` reads plain-text articles. Cost: the extraction's,
// plus a parse of more than half of the sentences (about eight times
// slower than actorgraph).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: parsed DIR...  (extracts DIR/*.txt with parsed frames on; edges to stdout)")
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "parsed:", err)
		os.Exit(1)
	}
}

func run(dirs []string) error {
	x, err := extract.NewParsed()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(os.Stdout)
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(files) == 0 {
			return fmt.Errorf("%s: no *.txt articles", dir)
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			out, err := graph.EncodeEdges(x.Extract(graph.Article{Doc: filepath.Base(f), Text: string(b)}))
			if err != nil {
				return fmt.Errorf("%s: %w", f, err)
			}
			if _, err := w.Write(out); err != nil {
				return err
			}
		}
	}
	return w.Flush()
}
