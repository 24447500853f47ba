// Package analyze turns an edge stream into per-actor metrics and the
// mediators of each conflict, at actor level and at country level. Its Result
// is what analysis.json holds and what report draws.
//
// The graph algorithms themselves live under graph/; this package composes
// them and fixes the output layout (docs/analysis.md).
package analyze

import (
	"sort"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/actorgraph/actorgraph/graph"
)

// Result is the whole analysis: one Level for actors as named and one for
// countries, plus per-window levels when a time window was asked for.
type Result struct {
	Actor   Level    `json:"actor"`
	Country Level    `json:"country"`
	Windows []Window `json:"windows,omitempty"`
}

// Level is the analysis of one graph (actor or country level).
type Level struct {
	Actors      []ActorMetrics `json:"actors"`
	Mediators   []Mediation    `json:"mediators"`
	Dyads       []Dyad         `json:"dyads"`
	Betweenness string         `json:"betweenness_method"` // "exact" or "sampled (k pivots)"
}

// ActorMetrics are the measures of one node of the interaction graph.
type ActorMetrics struct {
	Name        string                 `json:"name"`
	Kind        graph.Kind             `json:"kind"`
	Country     *string                `json:"country"`
	Betweenness float64                `json:"betweenness"`
	PageRank    float64                `json:"pagerank"`
	InDegree    int                    `json:"in_degree"`
	OutDegree   int                    `json:"out_degree"`
	In          map[graph.Relation]int `json:"in_by_relation,omitempty"`
	Out         map[graph.Relation]int `json:"out_by_relation,omitempty"`
	Community   int                    `json:"community"`
	Mediation   float64                `json:"mediation_score"`
}

// Evidence is one sentence that supports a finding.
type Evidence struct {
	Doc      string         `json:"doc"`
	Sentence string         `json:"sentence"`
	Source   string         `json:"source,omitempty"`
	Relation graph.Relation `json:"relation,omitempty"`
	Target   string         `json:"target,omitempty"`
}

// Dyad is a pair of actors with a hostile edge (ATTACKED, WARNED, ACCUSED)
// between them, either way. A and B are in name order.
type Dyad struct {
	A         string                 `json:"a"`
	B         string                 `json:"b"`
	Relations map[graph.Relation]int `json:"relations"` // hostile edges between them by relation
	Evidence  []Evidence             `json:"evidence"`
}

// Mediation is one actor mediating one conflict dyad: it has URGED or
// SPOKE_WITH ties to both sides.
type Mediation struct {
	Dyad     [2]string  `json:"dyad"`
	Mediator string     `json:"mediator"`
	Score    float64    `json:"score"`
	Evidence []Evidence `json:"evidence"`
}

// Window is the analysis of the edges published in [Start, End).
type Window struct {
	Start   string `json:"start"`
	End     string `json:"end"`
	Edges   int    `json:"edges"`
	Actor   Level  `json:"actor"`
	Country Level  `json:"country"`
}

// Options tune an analysis.
type Options struct {
	// Window, when non-zero, is the length in days of the time slices.
	WindowDays int
}

// Run analyses edges at both levels.
func Run(edges []graph.Edge, opt Options) Result {
	return Result{
		Actor:   analyse(edges, func(a graph.Actor) graph.Actor { return a }),
		Country: analyse(edges, countryActor),
	}
}

func countryActor(a graph.Actor) graph.Actor {
	if a.Country == "" {
		return a
	}
	return graph.Actor{Name: a.Country, Kind: graph.State, Country: a.Country}
}

func analyse(edges []graph.Edge, level func(graph.Actor) graph.Actor) Level {
	ids := map[string]int64{}
	var actors []graph.Actor
	node := func(a graph.Actor) int64 {
		if id, ok := ids[a.Name]; ok {
			return id
		}
		id := int64(len(actors))
		ids[a.Name] = id
		actors = append(actors, a)
		return id
	}
	g := simple.NewDirectedGraph()
	metrics := map[int64]*ActorMetrics{}
	var kept []graph.Edge
	for _, e := range edges {
		s, t := level(e.Source), level(e.Target)
		if s.Name == t.Name {
			continue
		}
		e.Source, e.Target = s, t
		kept = append(kept, e)
		u, v := node(s), node(t)
		for _, id := range []int64{u, v} {
			if g.Node(id) == nil {
				g.AddNode(simple.Node(id))
				metrics[id] = &ActorMetrics{In: map[graph.Relation]int{}, Out: map[graph.Relation]int{}}
			}
		}
		metrics[u].Out[e.Relation]++
		metrics[v].In[e.Relation]++
		g.SetEdge(simple.Edge{F: simple.Node(u), T: simple.Node(v)})
		if e.Relation.Symmetric() {
			g.SetEdge(simple.Edge{F: simple.Node(v), T: simple.Node(u)})
		}
	}
	var lv Level
	lv.Betweenness = "exact"
	if len(actors) == 0 {
		lv.Actors, lv.Mediators, lv.Dyads = []ActorMetrics{}, []Mediation{}, []Dyad{}
		return lv
	}
	bc := network.Betweenness(g)
	n := float64(len(actors))
	norm := 1.0
	if n > 2 {
		norm = 1 / ((n - 1) * (n - 2))
	}
	pr := network.PageRankSparse(g, 0.85, 1e-8)
	for id, a := range actors {
		m := metrics[int64(id)]
		m.Name, m.Kind = a.Name, a.Kind
		if a.Country != "" {
			c := a.Country
			m.Country = &c
		}
		m.Betweenness = bc[int64(id)] * norm
		m.PageRank = pr[int64(id)]
		for _, c := range m.In {
			m.InDegree += c
		}
		for _, c := range m.Out {
			m.OutDegree += c
		}
		m.Community = -1
	}
	lv.Dyads, lv.Mediators = mediation(kept)
	for _, md := range lv.Mediators {
		metrics[ids[md.Mediator]].Mediation += md.Score
	}
	for id := range actors {
		lv.Actors = append(lv.Actors, *metrics[int64(id)])
	}
	sort.Slice(lv.Actors, func(i, j int) bool {
		a, b := lv.Actors[i], lv.Actors[j]
		if a.Betweenness != b.Betweenness {
			return a.Betweenness > b.Betweenness
		}
		return a.Name < b.Name
	})
	return lv
}

func mediation(edges []graph.Edge) ([]Dyad, []Mediation) {
	type pair struct{ a, b string }
	mk := func(a, b string) pair {
		if b < a {
			a, b = b, a
		}
		return pair{a, b}
	}
	dyads := map[pair]*Dyad{}
	ties := map[pair][]Evidence{} // (mediator, side) -> evidence, directed by mediator first
	for _, e := range edges {
		ev := Evidence{Doc: e.Doc, Sentence: e.Sentence, Source: e.Source.Name, Relation: e.Relation, Target: e.Target.Name}
		if e.Relation.Conflict() {
			p := mk(e.Source.Name, e.Target.Name)
			d := dyads[p]
			if d == nil {
				d = &Dyad{A: p.a, B: p.b, Relations: map[graph.Relation]int{}}
				dyads[p] = d
			}
			d.Relations[e.Relation]++
			d.Evidence = append(d.Evidence, ev)
		}
		if e.Relation == graph.Urged || e.Relation == graph.SpokeWith {
			ties[pair{e.Source.Name, e.Target.Name}] = append(ties[pair{e.Source.Name, e.Target.Name}], ev)
			if e.Relation.Symmetric() {
				ties[pair{e.Target.Name, e.Source.Name}] = append(ties[pair{e.Target.Name, e.Source.Name}], ev)
			}
		}
	}
	mediators := map[string]bool{}
	for p := range ties {
		mediators[p.a] = true
	}
	var outD []Dyad
	var outM []Mediation
	for p, d := range dyads {
		outD = append(outD, *d)
		for m := range mediators {
			if m == p.a || m == p.b {
				continue
			}
			ea, eb := ties[pair{m, p.a}], ties[pair{m, p.b}]
			if len(ea) == 0 || len(eb) == 0 {
				continue
			}
			outM = append(outM, Mediation{Dyad: [2]string{p.a, p.b}, Mediator: m,
				Score: float64(min(len(ea), len(eb))), Evidence: append(append([]Evidence{}, ea...), eb...)})
		}
	}
	sort.Slice(outD, func(i, j int) bool {
		if outD[i].A != outD[j].A {
			return outD[i].A < outD[j].A
		}
		return outD[i].B < outD[j].B
	})
	sort.Slice(outM, func(i, j int) bool {
		a, b := outM[i], outM[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Dyad != b.Dyad {
			return a.Dyad[0]+a.Dyad[1] < b.Dyad[0]+b.Dyad[1]
		}
		return a.Mediator < b.Mediator
	})
	if outD == nil {
		outD = []Dyad{}
	}
	if outM == nil {
		outM = []Mediation{}
	}
	return outD, outM
}
