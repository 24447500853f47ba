// Package corpus writes synthetic news corpora for tests and benchmarks of
// batch runs: plain-text articles made of sentences between well-known
// actors, deterministic for a given seed.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var (
	// The first four are in the embedded dictionary from the start.
	actors = []string{"Iran", "Israel", "the United States", "the United Nations", "Iran", "Israel", "the United States", "Qatar", "Egypt", "Russia", "Ukraine", "China", "France", "Turkey"}
	verbs  = []string{"urged", "warned", "spoke with", "attacked", "supported", "accused", "called on", "met", "condemned", "backed"}
	filler = []string{
		"Officials gave no further details.",
		"The talks are expected to continue next week.",
		"Markets reacted calmly to the news.",
		"Analysts said the move had been expected for some time.",
	}
)

// Article returns the text of article i of the corpus of seed: about
// sentences sentences, each naming two actors and a relation, with filler.
func Article(seed uint64, i, sentences int) string {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	var b strings.Builder
	fmt.Fprintf(&b, "Report %d.\n", i)
	for range sentences {
		a := actors[r.IntN(len(actors))]
		t := actors[r.IntN(len(actors))]
		for t == a {
			t = actors[r.IntN(len(actors))]
		}
		fmt.Fprintf(&b, "%s %s %s on day %d. ", capital(a), verbs[r.IntN(len(verbs))], t, r.IntN(365))
		b.WriteString(filler[r.IntN(len(filler))])
		b.WriteByte('\n')
	}
	return b.String()
}

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// Write writes n articles of seed under dir, spread over sub-folders of 100,
// as dir/NNN/article-NNNNNN.txt, and returns their paths.
func Write(dir string, seed uint64, n, sentences int) ([]string, error) {
	paths := make([]string, 0, n)
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("%03d", i/100), fmt.Sprintf("article-%06d.txt", i))
		if i%100 == 0 {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return nil, err
			}
		}
		if err := os.WriteFile(p, []byte(Article(seed, i, sentences)), 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}
