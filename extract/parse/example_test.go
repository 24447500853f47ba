package parse_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/actorgraph/actorgraph/extract/parse"
)

func ExampleModel_Parse() {
	m, err := parse.Default()
	if err != nil {
		log.Fatal(err)
	}
	var t parse.Tree // reuse t across sentences
	m.Parse(strings.Fields("Russia attacked Ukraine on Monday ."), &t)
	for i, w := range t.Words {
		head := "ROOT"
		if t.Heads[i] >= 0 {
			head = t.Words[t.Heads[i]]
		}
		fmt.Printf("%-8s %-4s %-6s %s\n", w, t.Tags[i], t.Rels[i], head)
	}
	// Output:
	// Russia   NNP  nsubj  attacked
	// attacked VBD  root   ROOT
	// Ukraine  NNP  obj    attacked
	// on       IN   case   Monday
	// Monday   NNP  obl    attacked
	// .        .    punct  attacked
}
