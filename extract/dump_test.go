package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestDump prints what the extractor reads in the file named by AGX_DUMP
// (mentions, groups, speakers), for debugging rules. It is skipped unless
// AGX_DUMP is set.
func TestDump(t *testing.T) {
	p := os.Getenv("AGX_DUMP")
	if p == "" {
		t.Skip("set AGX_DUMP=file to dump")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ar := x.newArticle(graph.Article{Doc: p, Text: string(b)})
	edges := ar.extract()
	for _, s := range ar.sents {
		var ms []string
		for _, m := range s.ments {
			ms = append(ms, fmt.Sprintf("[%s=%s/%v ok=%v q=%d]", triggerText(s.toks[m.start:m.end]), m.actor.Name, m.via, m.ok, s.toks[m.start].QuoteID))
		}
		sp := ""
		if s.speaker != nil {
			sp = " speaker=" + s.speaker.actor.Name
		}
		fmt.Printf("%d: %s\n   %s%s\n", s.Index, s.Text, strings.Join(ms, " "), sp)
		for _, e := range edges {
			if e.SentenceIndex == s.Index {
				fmt.Printf("   => %s %s %s (%s %.2f)\n", e.Source.Name, e.Relation, e.Target.Name, e.Trigger, e.Confidence)
			}
		}
	}
	for q, r := range ar.speakers {
		fmt.Printf("quote %d: %s\n", q, r.m.actor.Name)
	}
}
