package report

import (
	"bytes"
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

// synthetic builds a large input without running the analysis (which has
// its own tests and costs seconds at this size): nActors actors in 60
// countries, nEdges edges between preferentially attached actors over
// days days, sentences of sentenceLen bytes, and an analysis whose
// betweenness follows degree, with dyads and mediators.
func synthetic(nActors, nEdges, days, sentenceLen int) Input {
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []graph.Kind{graph.Person, graph.State, graph.Org}
	actors := make([]graph.Actor, nActors)
	for i := range actors {
		actors[i] = graph.Actor{Name: fmt.Sprintf("Actor %04d of a long name", i), Kind: kinds[i%3], Country: fmt.Sprintf("Country %02d", i%60)}
		if i%97 == 0 {
			actors[i].Country = ""
		}
	}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	pick := func() int { // a few hubs, a long tail
		return int(float64(nActors) * rng.Float64() * rng.Float64() * rng.Float64())
	}
	filler := strings.Repeat("and then a great deal more was said about it ", sentenceLen/45+1)[:sentenceLen]
	var edges []graph.Edge
	for len(edges) < nEdges {
		s, t := pick(), pick()
		if len(edges) < nActors { // every actor has at least one edge
			s = len(edges)
		}
		if s == t {
			continue
		}
		r := graph.Relations()[rng.IntN(6)]
		e := graph.Edge{Doc: fmt.Sprintf("doc-%05d.txt", len(edges)/3), SentenceIndex: len(edges) % 3,
			Sentence: fmt.Sprintf("%s %s %s, %s.", actors[s].Name, relLabel(r), actors[t].Name, filler),
			Source:   actors[s], Relation: r, Target: actors[t],
			Published: start.AddDate(0, 0, rng.IntN(days)).Format(time.DateOnly)}
		edges = append(edges, e.WithID())
	}
	return Input{Title: "synthetic", Edges: edges, Summary: Summarise(nEdges/3, edges), Analysis: syntheticAnalysis(edges)}
}

func syntheticAnalysis(edges []graph.Edge) analyze.Result {
	level := func(key func(graph.Actor) graph.Actor) analyze.Level {
		m := map[string]*analyze.ActorMetrics{}
		get := func(a graph.Actor) *analyze.ActorMetrics {
			a = key(a)
			x := m[a.Name]
			if x == nil {
				x = &analyze.ActorMetrics{Name: a.Name, Kind: a.Kind, In: map[graph.Relation]int{}, Out: map[graph.Relation]int{}, Community: len(m) % 5}
				if a.Country != "" {
					c := a.Country
					x.Country = &c
				}
				m[a.Name] = x
			}
			return x
		}
		var lv analyze.Level
		type pair struct{ a, b string }
		dy := map[pair]*analyze.Dyad{}
		for _, e := range edges {
			s, t := get(e.Source), get(e.Target)
			if s == t {
				continue
			}
			s.Out[e.Relation]++
			s.OutDegree++
			t.In[e.Relation]++
			t.InDegree++
			if e.Relation.Conflict() {
				p := pair{min(s.Name, t.Name), max(s.Name, t.Name)}
				if dy[p] == nil {
					dy[p] = &analyze.Dyad{A: p.a, B: p.b, Relations: map[graph.Relation]int{}}
				}
				dy[p].Relations[e.Relation]++
				dy[p].Evidence = append(dy[p].Evidence, analyze.Evidence{Doc: e.Doc, Sentence: e.Sentence})
			}
		}
		for _, x := range m {
			d := float64(x.InDegree + x.OutDegree)
			x.Betweenness, x.PageRank = d*d/1e6, d/float64(len(edges))
			lv.Actors = append(lv.Actors, *x)
		}
		slices.SortFunc(lv.Actors, byCentrality)
		for _, d := range dy {
			lv.Dyads = append(lv.Dyads, *d)
		}
		slices.SortFunc(lv.Dyads, func(x, y analyze.Dyad) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
		for i, d := range lv.Dyads {
			if i == 300 {
				break
			}
			med := lv.Actors[i%20].Name
			lv.Mediators = append(lv.Mediators, analyze.Mediation{Dyad: [2]string{d.A, d.B}, Mediator: med, Score: float64(i % 7), Evidence: d.Evidence})
		}
		return lv
	}
	return analyze.Result{Actor: level(func(a graph.Actor) graph.Actor { return a }), Country: level(countryLevel)}
}

func TestLargeGraphBounded(t *testing.T) {
	for _, tc := range []struct {
		name                          string
		actors, edges, days, sentence int
	}{
		{"2000 actors", 2000, 8000, 120, 150},
		{"2000 actors, long sentences, 3 years", 2000, 30000, 1100, 2000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if testing.Short() && tc.edges > 10000 {
				t.Skip("-short")
			}
			in := synthetic(tc.actors, tc.edges, tc.days, tc.sentence)
			page := renderHTML(t, in)
			if len(page) > MaxHTMLBytes {
				t.Errorf("report.html is %d bytes, over the bound of %d", len(page), MaxHTMLBytes)
			}
			t.Logf("report.html: %d bytes for %d actors and %d edges", len(page), tc.actors, tc.edges)
			checkSelfContained(t, page)
			f := newFindings(in)
			f.layoutNetworks()
			if got := len(f.Nets[0].Nodes); got != DefaultMaxNodes {
				t.Errorf("actor view draws %d actors, want the top %d", got, DefaultMaxNodes)
			}
			if got := strings.Count(page, `class="node"`); got != len(f.Nets[0].Nodes)+len(f.Nets[1].Nodes) {
				t.Errorf("page has %d nodes, want %d", got, len(f.Nets[0].Nodes)+len(f.Nets[1].Nodes))
			}
			// The drawn actors are the conflict neighbourhoods (sides and
			// mediators of the most hostile conflicts), then the others by
			// size.
			nw := f.Nets[0]
			near := map[string]bool{}
			sides := map[string]bool{}
			for i, c := range conflicts(in.Analysis.Actor) {
				if i == maxFocus {
					break
				}
				near[c.D.A], near[c.D.B] = true, true
				sides[c.D.A], sides[c.D.B] = true, true
				for j, m := range c.Meds {
					if j < maxFocusMeds {
						near[m.Name] = true
					}
				}
			}
			for _, ps := range partners(in.Edges, func(a graph.Actor) graph.Actor { return a }, sides) {
				for _, p := range ps {
					near[p] = true
				}
			}
			if nw.Core > foldAbove {
				t.Errorf("%d actors in the default view, more than %d", nw.Core, foldAbove)
			}
			if nw.Core == 0 {
				t.Error("no conflict neighbourhood drawn")
			}
			for i, n := range nw.Nodes {
				if i < nw.Core && !near[n.Name] {
					t.Errorf("drawn actor %d, %s, is counted in a conflict neighbourhood but is not", i, n.Name)
				}
				if i > nw.Core && !near[n.Name] && !near[nw.Nodes[i-1].Name] && bySize(nw.Nodes[i-1].M, n.M) > 0 {
					t.Errorf("drawn actor %d, %s, is out of size order", i, n.Name)
				}
			}
			// No drawn node is left without an arc when arcs are capped.
			for _, nw := range f.Nets {
				deg := make([]int, len(nw.Nodes))
				for _, a := range nw.Arcs {
					deg[a.S]++
					deg[a.T]++
				}
				if len(nw.Arcs) > maxArcs {
					t.Errorf("%s view draws %d arcs, more than %d", nw.Key, len(nw.Arcs), maxArcs)
				}
				for i, d := range deg {
					if d == 0 && nw.CappedEdges > 0 {
						t.Errorf("%s view: %s is drawn with no arc", nw.Key, nw.Nodes[i].Name)
					}
				}
			}
			if want := fmt.Sprintf("%d of %d actors are drawn: the sides of the most hostile conflicts and their mediators first", DefaultMaxNodes, len(in.Analysis.Actor.Actors)); !strings.Contains(page, want) {
				t.Errorf("page does not summarise the actors left out (%q)", want)
			}
			var md bytes.Buffer
			if err := Markdown(&md, in); err != nil {
				t.Fatal(err)
			}
			if md.Len() > 64<<10 {
				t.Errorf("report.md is %d bytes; its tables are capped and it should stay under 64 KiB", md.Len())
			}
			if len(f.Timeline.Bars) > maxTimelineBars {
				t.Errorf("timeline has %d bars", len(f.Timeline.Bars))
			}
		})
	}
}

// BenchmarkHTML measures report.html for the seeds and a 2,000-actor graph:
//
//	go test ./report -run '^$' -bench HTML -benchmem
func BenchmarkHTML(b *testing.B) {
	for _, bc := range []struct {
		name string
		in   func() Input
	}{
		{"seeds", func() Input { return loadCase(b, "gold") }},
		{"2000actors", func() Input { return synthetic(2000, 8000, 120, 150) }},
	} {
		in := bc.in()
		b.Run(bc.name, func(b *testing.B) {
			var size int
			for b.Loop() {
				var buf bytes.Buffer
				if err := HTML(&buf, in); err != nil {
					b.Fatal(err)
				}
				size = buf.Len()
			}
			b.ReportMetric(float64(size), "bytes/report")
		})
	}
}

// BenchmarkMarkdown measures report.md for a 2,000-actor graph.
func BenchmarkMarkdown(b *testing.B) {
	in := synthetic(2000, 8000, 120, 150)
	for b.Loop() {
		var buf bytes.Buffer
		if err := Markdown(&buf, in); err != nil {
			b.Fatal(err)
		}
	}
}
