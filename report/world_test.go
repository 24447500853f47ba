package report

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

// world builds an input of about n actors with known conflicts and
// mediators, analysed for real: states in pairs at war (ATTACKED, WARNED,
// ACCUSED), for each war two neutral mediators that urge or talk with both
// sides and one partisan mediator that also SUPPORTS a side, allies that
// support one side, and officials and organisations that talk among
// themselves. It returns the input and the wars, most hostile first, with
// their mediators (the neutral ones first).
func world(n int, seed uint64) (Input, []worldWar) {
	r := rand.New(rand.NewPCG(seed, 11))
	syll := []string{"ka", "lor", "ven", "mi", "sa", "dor", "tel", "ru", "an", "bel", "zo", "tar", "ni", "gro", "vel", "ma", "ost", "ri", "ul", "den"}
	used := map[string]bool{}
	word := func(parts int) string {
		s := ""
		for range parts {
			s += syll[r.IntN(len(syll))]
		}
		return string(s[0]-32) + s[1:]
	}
	// name returns a fresh name made by make (20³ words: never runs dry at
	// the sizes tested).
	fresh := func(make func() string) string {
		for {
			if s := make(); !used[s] {
				used[s] = true
				return s
			}
		}
	}
	name := func(parts int, suffix string) string { return fresh(func() string { return word(parts) + suffix }) }
	person := func() string { return fresh(func() string { return word(1) + " " + word(2) }) }
	var actors []graph.Actor
	nStates := max(6, n/3)
	for range nStates {
		c := name(2, "ia")
		actors = append(actors, graph.Actor{Name: c, Kind: graph.State, Country: c})
	}
	for len(actors) < n {
		c := actors[r.IntN(nStates)].Country
		if r.IntN(5) == 0 {
			actors = append(actors, graph.Actor{Name: name(2, " Council"), Kind: graph.Org}) // no country
		} else {
			actors = append(actors, graph.Actor{Name: person(), Kind: graph.Person, Country: c})
		}
	}
	start := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	var edges []graph.Edge
	doc := 0
	add := func(s, t int, rel graph.Relation) {
		if s == t {
			return
		}
		a, b := actors[s], actors[t]
		edges = append(edges, graph.Edge{Doc: fmt.Sprintf("doc-%03d.txt", doc/4), SentenceIndex: doc % 4,
			Sentence: fmt.Sprintf("%s %s %s, officials said.", a.Name, relLabel(rel), b.Name),
			Source:   a, Relation: rel, Target: b, Published: start.AddDate(0, 0, doc%40).Format(time.DateOnly)}.WithID())
		doc++
	}
	// Wars between states; mediators drawn from the other states and
	// organisations.
	wars := max(2, n/20)
	var out []worldWar
	taken := map[int]bool{}
	pick := func(lo, hi int) int {
		for {
			i := lo + r.IntN(hi-lo)
			if !taken[i] {
				taken[i] = true
				return i
			}
		}
	}
	for w := range wars {
		a, b := pick(0, nStates), pick(0, nStates)
		hostile := 3 + (wars-w)*2
		for h := range hostile {
			rel := []graph.Relation{graph.Attacked, graph.Warned, graph.Accused}[h%3]
			if h%2 == 0 {
				add(a, b, rel)
			} else {
				add(b, a, rel)
			}
		}
		ww := worldWar{A: actors[a].Name, B: actors[b].Name}
		for m := range 3 {
			med := pick(0, len(actors))
			for k := range 2 + r.IntN(3) {
				side := []int{a, b}[k%2]
				if k%3 == 2 {
					add(med, side, graph.SpokeWith)
				} else {
					add(med, side, graph.Urged)
				}
			}
			if m == 2 {
				add(med, a, graph.Supported)
				ww.Partisan = actors[med].Name
			} else {
				ww.Neutral = append(ww.Neutral, actors[med].Name)
			}
		}
		for range 2 {
			add(pick(0, len(actors)), []int{a, b}[r.IntN(2)], graph.Supported)
		}
		out = append(out, ww)
	}
	// Everyone else talks: each actor to one or two earlier ones, hubs
	// preferred; officials talk with their own state.
	for i := 1; i < len(actors); i++ {
		for range 1 + r.IntN(2) {
			j := int(float64(i) * r.Float64() * r.Float64())
			rel := graph.SpokeWith
			if r.IntN(3) == 0 {
				rel = graph.Urged
			}
			add(i, j, rel)
		}
		if actors[i].Kind == graph.Person && r.IntN(2) == 0 {
			for s := range nStates {
				if actors[s].Name == actors[i].Country {
					add(i, s, graph.SpokeWith)
				}
			}
		}
	}
	in := Input{Title: fmt.Sprintf("world of %d actors", n), Edges: edges, Summary: Summarise(doc/4+1, edges),
		Analysis: analyze.Run(edges, analyze.Options{Seed: 1, Workers: 1})}
	return in, out
}

// worldWar is one war of world with its neutral mediators and its partisan
// one.
type worldWar struct {
	A, B     string
	Neutral  []string
	Partisan string
}
