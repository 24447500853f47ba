// Command rerun measures incremental runs of 'actorgraph run' over a
// synthetic corpus: the first run (everything extracted and analysed), a
// re-run with nothing changed (every article read and hashed, nothing
// extracted, outputs left alone) and a re-run after 1% of the articles
// changed.
//
//	go run ./bench/rerun -n 10000
//	go run ./bench/rerun -n 10000 -bin ./actorgraph -keep /tmp/bench
//
// Without -bin it builds ./cmd/actorgraph first (run it from the repository
// root). It prints one line per run with the wall-clock seconds.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/actorgraph/actorgraph/batch/corpus"
)

func main() {
	n := flag.Int("n", 10000, "articles in the corpus")
	sentences := flag.Int("sentences", 8, "sentences per article")
	bin := flag.String("bin", "", "actorgraph binary (default: build ./cmd/actorgraph)")
	keep := flag.String("keep", "", "work in this folder and keep it (default: a temporary folder, removed)")
	flag.Parse()
	if err := run(*n, *sentences, *bin, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "rerun:", err)
		os.Exit(1)
	}
}

func run(n, sentences int, bin, keep string) error {
	work := keep
	if work == "" {
		d, err := os.MkdirTemp("", "actorgraph-rerun-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		work = d
	}
	if bin == "" {
		bin = filepath.Join(work, "actorgraph")
		build := exec.Command("go", "build", "-o", bin, "./cmd/actorgraph")
		build.Stderr = os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	}
	in, out := filepath.Join(work, "articles"), filepath.Join(work, "out")
	os.RemoveAll(in)
	os.RemoveAll(out)
	t0 := time.Now()
	paths, err := corpus.Write(in, 1, n, sentences)
	if err != nil {
		return err
	}
	fmt.Printf("corpus: %d articles of %d sentences written in %.2fs\n", n, sentences, time.Since(t0).Seconds())

	timed := func(what string) error {
		cmd := exec.Command(bin, "run", in, "--out", out, "-q")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		start := time.Now()
		err := cmd.Run()
		took := time.Since(start)
		if err != nil {
			return fmt.Errorf("%s: %v\n%s", what, err, stderr.String())
		}
		first, _, _ := bytes.Cut(stdout.Bytes(), []byte("\n"))
		fmt.Printf("%-28s %7.2fs   %s\n", what, took.Seconds(), first)
		return nil
	}
	if err := timed("first run"); err != nil {
		return err
	}
	if err := timed("re-run, nothing changed"); err != nil {
		return err
	}
	for i := 0; i < len(paths); i += 100 {
		f, err := os.OpenFile(paths[i], os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		fmt.Fprintln(f, "Iran warned Israel again.")
		f.Close()
	}
	return timed("re-run, 1% changed")
}
