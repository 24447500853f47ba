package shard_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/batch/shard"
)

func Example() {
	s, err := shard.Parse("1/3")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, doc := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
		fmt.Println(doc, shard.Of(doc, 3), s.Owns(doc))
	}
	// Output:
	// a.txt 2 false
	// b.txt 0 false
	// c.txt 1 true
	// d.txt 2 false
}
