package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestOpenerWords checks openerWords: at a word that is not one of them,
// manyAt, ownedSidesAt, headsOfSidesAt, bothAt and definiteAt match
// nothing, over the example articles and phrases that each of them reads.
func TestOpenerWords(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"The three Sahel countries and all four leaders met. Yemen's warring parties and Libya's rival factions talked.",
		"The heads of Libya's warring sides met the leaders of both parties. Both sides, the two countries and each side agreed.",
		"All parties, the warring parties and the sides to the conflict were urged. The group, the armed forces and the league said so.",
	}
	for _, dir := range []string{"../examples/articles", "../examples/heldout/articles"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	if len(texts) < 4 {
		t.Fatal("no example articles")
	}
	opened := 0
	for _, text := range texts {
		ar := x.newArticle(graph.Article{Doc: "t", Text: text})
		for _, s := range ar.sents {
			ar.findMentions(s)
			for i := range s.toks {
				if x.words.get(s.toks[i].Lower).opener {
					if ar.manyAt(s, i)+ownedSidesAt(ar.x.lex, s, i)+headsOfSidesAt(s, i)+bothAt(ar.x.lex, s, i) > 0 {
						opened++
					}
					continue
				}
				n, _ := definiteAt(ar.x.lex, s, i)
				if m := ar.manyAt(s, i) + ownedSidesAt(ar.x.lex, s, i) + headsOfSidesAt(s, i) + bothAt(ar.x.lex, s, i) + n; m > 0 {
					t.Errorf("%q at %d (%q) opens a collective, sides or a definite description but is not in openerWords", s.Text, i, s.toks[i].Text)
				}
			}
		}
		x.release(ar)
	}
	if opened < 8 {
		t.Errorf("only %d matches at opener words: the phrases above should give more", opened)
	}
}
