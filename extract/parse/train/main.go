// Command train trains the parse package's tagger and parser on Universal
// Dependencies English-EWT and writes the model file:
//
//	go run ./extract/parse/train --train ewt/train.conllu \
//	    --dev ewt/dev.conllu --test ewt/test.conllu \
//	    --out extract/parse/model.bin.gz
//
// Training is deterministic for a given --seed. It prints XPOS accuracy
// and UAS/LAS (punctuation included and excluded) on dev and test, with
// predicted tags.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/actorgraph/actorgraph/extract/parse"
)

func main() {
	var (
		trainPath = flag.String("train", "", "CoNLL-U training file (required)")
		devPath   = flag.String("dev", "", "CoNLL-U development file")
		testPath  = flag.String("test", "", "CoNLL-U test file")
		out       = flag.String("out", "", "model file to write (gzip)")
		o         parse.TrainOptions
	)
	flag.Uint64Var(&o.Seed, "seed", 1, "random seed")
	flag.IntVar(&o.TagEpochs, "tag-epochs", 5, "tagger epochs")
	flag.IntVar(&o.ParseEpochs, "parse-epochs", 12, "parser epochs")
	flag.IntVar(&o.Folds, "folds", 10, "jackknife folds")
	flag.IntVar(&o.MinCount, "min-count", 3, "minimum feature count")
	var prune float64
	flag.Float64Var(&prune, "prune", 1, "drop averaged weights of smaller magnitude")
	flag.Parse()
	o.Prune = float32(prune)
	if *trainPath == "" {
		log.Fatal("train: --train is required")
	}
	log.SetFlags(0)
	o.Logf = func(f string, a ...any) { log.Printf(f, a...) }

	start := time.Now()
	train := read(*trainPath)
	m, err := parse.Train(train, o)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("trained on %d sentences in %s", len(train), time.Since(start).Round(time.Second))

	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		log.Fatal(err)
	}
	// Score the model as it is read back, pruning and all.
	m, err = parse.Load(bytes.NewReader(buf.Bytes()), "new model")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("model: %d bytes compressed", buf.Len())
	if *out != "" {
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s", *out)
	}
	for _, set := range []struct{ name, path string }{{"dev", *devPath}, {"test", *testPath}} {
		if set.path == "" {
			continue
		}
		fmt.Printf("%-5s %v\n", set.name, parse.Evaluate(m, read(set.path)))
	}
}

func read(path string) []parse.Sentence {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	s, err := parse.ReadCoNLLU(f, path)
	if err != nil {
		log.Fatal(err)
	}
	return s
}
