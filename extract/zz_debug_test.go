package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestZZDebug(t *testing.T) {
	txt := os.Getenv("ZZ")
	if txt == "" {
		t.Skip()
	}
	x, _ := New()
	ar := x.newArticle(graph.Article{Doc: "d", Text: txt})
	ar.extract()
	for _, s := range ar.sents {
		for _, m := range s.ments {
			fmt.Printf("s%d [%d,%d) %q ok=%v via=%v actor=%s/%s title=%q\n", s.Index, m.start, m.end, tokText(s, m.start, m.end), m.ok, m.via, m.actor.Name, m.actor.Country, m.title)
		}
		if s.speaker != nil {
			fmt.Printf("  speaker %s quotes %v\n", s.speaker.actor.Name, s.quoteIDs)
		} else {
			fmt.Printf("  nospeaker quotes %v\n", s.quoteIDs)
		}
		for _, g := range s.groups {
			fmt.Printf("  group [%d,%d) %v\n", g.start, g.end, g.ms)
		}
	}
}

func tokText(s *sent, a, b int) string {
	r := ""
	for i := a; i < b; i++ {
		r += s.toks[i].Text + " "
	}
	return r
}
