// Package extract reads news articles and finds edges between actors: who
// urged, warned, spoke with, attacked, supported or accused whom, each with
// the sentence it came from.
package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"regexp"
	"strings"

	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/graph"
)

//go:embed triggers.tsv
var defaultTriggers string

// Extractor finds edges in articles. It is safe for concurrent use.
type Extractor struct {
	names    map[string]graph.Actor // lower-case phrase -> actor
	maxWords int
	triggers map[string]graph.Relation
	maxTrig  int
}

// Option configures an Extractor.
type Option func(*config)

type config struct {
	dict *dict.Dictionary
}

// WithDictionary makes the extractor use d instead of the embedded dictionary.
func WithDictionary(d *dict.Dictionary) Option { return func(c *config) { c.dict = d } }

// New returns an extractor over the embedded dictionary and lexicon.
func New(opts ...Option) (*Extractor, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	if c.dict == nil {
		d, err := dict.Default()
		if err != nil {
			return nil, err
		}
		c.dict = d
	}
	x := &Extractor{names: map[string]graph.Actor{}, triggers: map[string]graph.Relation{}}
	for _, e := range c.dict.Entries() {
		if e.Kind == dict.Media {
			continue
		}
		a := graph.Actor{Name: e.Name, Kind: graph.Kind(e.Kind), Country: e.Country}
		for _, s := range append(append(append([]string{e.Name}, e.Aliases...), e.Demonyms...), e.Metonyms...) {
			x.addName(s, a)
		}
	}
	sc := bufio.NewScanner(strings.NewReader(defaultTriggers))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rel, words, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("triggers.tsv: bad line %q", line)
		}
		r, err := graph.ParseRelation(rel)
		if err != nil {
			return nil, fmt.Errorf("triggers.tsv: %w", err)
		}
		for _, w := range strings.Split(words, ",") {
			toks := tokens(w)
			x.triggers[strings.Join(toks, " ")] = r
			x.maxTrig = max(x.maxTrig, len(toks))
		}
	}
	return x, nil
}

func (x *Extractor) addName(s string, a graph.Actor) {
	toks := tokens(s)
	if len(toks) == 0 {
		return
	}
	k := strings.Join(toks, " ")
	if _, ok := x.names[k]; !ok {
		x.names[k] = a
	}
	x.maxWords = max(x.maxWords, len(toks))
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?`)

func tokens(s string) []string {
	ws := wordRE.FindAllString(strings.ToLower(s), -1)
	for i, w := range ws {
		ws[i] = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "."), "'s"), "’s")
	}
	return ws
}

var sentenceRE = regexp.MustCompile(`[^.!?\n]+(?:[.!?]+["”’]?|\n|$)`)

// Extract returns the edges of one article, in sentence order.
func (x *Extractor) Extract(a graph.Article) []graph.Edge {
	var out []graph.Edge
	for i, s := range sentenceRE.FindAllString(a.Text, -1) {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		out = append(out, x.sentence(a, i, s)...)
	}
	return out
}

type hit struct {
	pos   int
	actor graph.Actor
}

func (x *Extractor) sentence(a graph.Article, idx int, s string) []graph.Edge {
	toks := tokens(s)
	var actors []hit
	trigPos, trigLen := -1, 0
	var rel graph.Relation
	for i := 0; i < len(toks); {
		n := x.longest(toks, i, x.maxWords, func(k string) bool { _, ok := x.names[k]; return ok })
		if n > 0 {
			actors = append(actors, hit{i, x.names[strings.Join(toks[i:i+n], " ")]})
			i += n
			continue
		}
		if trigPos < 0 {
			if m := x.longest(toks, i, x.maxTrig, func(k string) bool { _, ok := x.triggers[k]; return ok }); m > 0 {
				trigPos, trigLen, rel = i, m, x.triggers[strings.Join(toks[i:i+m], " ")]
				i += m
				continue
			}
		}
		i++
	}
	if trigPos < 0 || negated(toks, trigPos) {
		return nil
	}
	var src *hit
	for i := range actors {
		if actors[i].pos < trigPos {
			src = &actors[i]
		}
	}
	if src == nil {
		return nil
	}
	var out []graph.Edge
	for _, t := range actors {
		if t.pos > trigPos && t.actor.Name != src.actor.Name {
			out = append(out, graph.Edge{Doc: a.Doc, SentenceIndex: idx, Sentence: s, Source: src.actor, Relation: rel,
				Target: t.actor, Trigger: strings.Join(toks[trigPos:trigPos+trigLen], " "), Published: a.Published, Confidence: 0.3}.WithID())
		}
	}
	return out
}

func (x *Extractor) longest(toks []string, i, maxN int, ok func(string) bool) int {
	for n := min(maxN, len(toks)-i); n > 0; n-- {
		if ok(strings.Join(toks[i:i+n], " ")) {
			return n
		}
	}
	return 0
}

func negated(toks []string, at int) bool {
	for i := max(0, at-3); i < at; i++ {
		switch toks[i] {
		case "not", "never", "will", "would", "if", "n't":
			return true
		}
	}
	return false
}
