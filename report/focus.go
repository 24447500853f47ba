package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

// Caps on the conflict views; with the other caps they bound the page.
const (
	maxFocus     = 12 // conflicts offered in the per-conflict view
	maxFocusMeds = 4  // mediators per conflict drawn and listed there
	markedMeds   = 3  // mediators per conflict marked with a ring
	foldAbove    = 40 // a view with more drawn nodes folds those outside the conflicts
)

// conflict is one conflict dyad of a level with its mediators, ranked by
// share of the shortest diplomatic paths (graph/diplomacy), then by
// mediation score.
type conflict struct {
	D       analyze.Dyad
	Hostile int
	Meds    []medCand
}

type medCand struct {
	Name              string
	Share, Score      float64
	Rank              int // the analysis's rank among the dyad's go-betweens; 0 when none
	Supports, Hostile []string
	Via               []string
	Ev                []analyze.Evidence
}

// conflicts returns the dyads of lv, most hostile first (ties by name),
// each with its mediators: the go-betweens of lv.PathMediators, with the
// score and evidence of lv.Mediators when the actor also has direct ties to
// both sides (direct mediators always lie on a shortest indirect path).
func conflicts(lv analyze.Level) []conflict {
	type key [2]string
	direct := map[key][]analyze.Mediation{}
	for _, m := range lv.Mediators {
		k := key{m.Dyad[0], m.Dyad[1]}
		direct[k] = append(direct[k], m)
	}
	paths := map[key][]analyze.PathMediation{}
	for _, m := range lv.PathMediators {
		k := key{m.Dyad[0], m.Dyad[1]}
		paths[k] = append(paths[k], m)
	}
	var out []conflict
	for _, d := range lv.Dyads {
		c := conflict{D: d}
		for _, n := range d.Relations {
			c.Hostile += n
		}
		k := key{d.A, d.B}
		at := map[string]int{}
		for _, p := range paths[k] {
			at[p.Mediator] = len(c.Meds)
			c.Meds = append(c.Meds, medCand{Name: p.Mediator, Share: p.Share, Rank: p.Rank, Supports: p.Supports, Hostile: p.HostileTo, Via: p.Via, Ev: p.Evidence})
		}
		for _, m := range direct[k] {
			i, ok := at[m.Mediator]
			if !ok {
				i = len(c.Meds)
				c.Meds = append(c.Meds, medCand{Name: m.Mediator, Share: m.PathShare, Supports: m.Supports, Hostile: m.HostileTo})
			}
			c.Meds[i].Score = m.Score
			if len(m.Evidence) > 0 { // direct ties to both sides: the better evidence
				c.Meds[i].Ev = m.Evidence
			}
		}
		// by share, then as the analysis ranked equal shares (its tie-breaks
		// include talks with the sides, which the report does not hold)
		slices.SortStableFunc(c.Meds, func(x, y medCand) int {
			return cmp.Or(cmp.Compare(y.Share, x.Share), cmp.Compare(rankOrLast(x.Rank), rankOrLast(y.Rank)),
				cmp.Compare(y.Score, x.Score), cmp.Compare(x.Name, y.Name))
		})
		out = append(out, c)
	}
	slices.SortStableFunc(out, func(x, y conflict) int {
		return cmp.Or(cmp.Compare(y.Hostile, x.Hostile), cmp.Compare(x.D.A, y.D.A), cmp.Compare(x.D.B, y.D.B))
	})
	return out
}

// drawnActors chooses the actors a view draws, at most maxNodes. First the
// conflict neighbourhoods, up to foldAbove actors: the sides of the most
// hostile conflicts with their mediators, conflict by conflict, then the
// sides' most frequent partners (near, side -> partners by edge count, most
// first), taking one from each side in turn. These are the default view
// (their count is returned as core). Then the sides and mediators of the
// other conflicts, then the rest by mediation, betweenness and degree.
func drawnActors(lv analyze.Level, cs []conflict, near map[string][]string, maxNodes int) ([]analyze.ActorMetrics, int) {
	byName := make(map[string]analyze.ActorMetrics, len(lv.Actors))
	for _, a := range lv.Actors {
		byName[a.Name] = a
	}
	// Partners and the rest are drawn from the actors a compact
	// analysis.json always keeps (analyze.Compact: the most central, the
	// top go-betweens), so a report made from that file draws what one
	// made from the whole analysis draws.
	eligible := map[string]bool{}
	for _, a := range central(lv.Actors, analyze.DefaultCentral) {
		eligible[a.Name] = true
	}
	byPath := slices.Clone(lv.Actors)
	slices.SortStableFunc(byPath, func(x, y analyze.ActorMetrics) int {
		return cmp.Or(cmp.Compare(y.PathMediation, x.PathMediation), cmp.Compare(x.Name, y.Name))
	})
	for _, a := range byPath[:min(len(byPath), analyze.DefaultTop)] {
		eligible[a.Name] = true
	}
	seen := map[string]bool{}
	var out []analyze.ActorMetrics
	addAny := func(name string) {
		if a, ok := byName[name]; ok && !seen[name] && len(out) < maxNodes {
			seen[name] = true
			out = append(out, a)
		}
	}
	add := func(name string) {
		if eligible[name] {
			addAny(name)
		}
	}
	group := func(c conflict) []string {
		g := []string{c.D.A, c.D.B}
		for j, m := range c.Meds {
			if j == maxFocusMeds {
				break
			}
			g = append(g, m.Name)
		}
		return g
	}
	limit := min(foldAbove, maxNodes)
	next := 0 // first conflict not yet in the neighbourhoods
	var sides []string
	for ; next < len(cs) && next < maxFocus; next++ {
		fresh := 0
		for _, name := range group(cs[next]) {
			if !seen[name] {
				fresh++
			}
		}
		if len(out) > 0 && len(out)+fresh > limit {
			break
		}
		for _, name := range group(cs[next]) {
			addAny(name)
		}
		sides = append(sides, cs[next].D.A, cs[next].D.B)
	}
	for depth := 0; len(out) < limit; depth++ {
		more := false
		for _, s := range sides {
			if depth < len(near[s]) {
				more = true
				if len(out) < limit {
					add(near[s][depth])
				}
			}
		}
		if !more {
			break
		}
	}
	core := len(out)
	for ; next < len(cs) && next < maxFocus; next++ {
		for _, name := range group(cs[next]) {
			addAny(name)
		}
	}
	rest := slices.Clone(lv.Actors)
	slices.SortStableFunc(rest, bySize)
	for _, a := range rest {
		add(a.Name)
	}
	return out, core
}

// partners returns, for each actor named in sides, the actors it shares
// edges with at this level, most edges first (ties by name).
func partners(edges []graph.Edge, level func(graph.Actor) graph.Actor, sides map[string]bool) map[string][]string {
	count := map[string]map[string]int{}
	for _, e := range edges {
		s, t := level(e.Source).Name, level(e.Target).Name
		if s == t {
			continue
		}
		for _, p := range [][2]string{{s, t}, {t, s}} {
			if sides[p[0]] {
				if count[p[0]] == nil {
					count[p[0]] = map[string]int{}
				}
				count[p[0]][p[1]]++
			}
		}
	}
	out := map[string][]string{}
	for side, c := range count {
		names := make([]string, 0, len(c))
		for n := range c {
			names = append(names, n)
		}
		slices.SortFunc(names, func(x, y string) int { return cmp.Or(cmp.Compare(c[y], c[x]), cmp.Compare(x, y)) })
		out[side] = names
	}
	return out
}

// bySize orders actors by the default node size (mediation), then
// betweenness, degree and name.
func bySize(x, y analyze.ActorMetrics) int {
	return cmp.Or(cmp.Compare(y.PathMediation, x.PathMediation), byCentrality(x, y))
}

// focus fills nw.Focus from the conflicts whose two sides are drawn and
// marks their top mediators on the nodes.
func (nw *network) focus(cs []conflict, idx map[string]int, ev *evidenceTable) {
	for _, c := range cs {
		if len(nw.Focus) == maxFocus {
			break
		}
		a, okA := idx[c.D.A]
		b, okB := idx[c.D.B]
		if !okA || !okB {
			continue
		}
		fd := focusDyad{A: a, B: b, Hostile: c.Hostile, Ev: []int{}, Meds: []focusMed{}}
		for _, e := range pickEvidence(c.D.Evidence, maxEvidence+1) {
			fd.Ev = append(fd.Ev, ev.addEvidence(e))
		}
		for _, m := range c.Meds {
			if len(fd.Meds) == maxFocusMeds {
				break
			}
			i, ok := idx[m.Name]
			if !ok {
				continue
			}
			fm := focusMed{Node: i, Share: m.Share, Score: m.Score, Supports: m.Supports, Hostile: m.Hostile, Via: m.Via, Ev: []int{}}
			for _, e := range pickEvidence(m.Ev, maxEvidence) {
				fm.Ev = append(fm.Ev, ev.addEvidence(e))
			}
			if len(fd.Meds) < markedMeds && m.Share > 0 {
				n := &nw.Nodes[i]
				n.Mediator = true
				n.Partisan = n.Partisan || len(m.Supports) > 0
			}
			fd.Meds = append(fd.Meds, fm)
		}
		nw.Focus = append(nw.Focus, fd)
	}
}

// roles writes each marked mediator's role in words, for its hover text.
func (nw *network) roles() {
	parts := make([][]string, len(nw.Nodes))
	for _, fd := range nw.Focus {
		for r, m := range fd.Meds {
			if r >= markedMeds || m.Share == 0 {
				continue
			}
			s := fmt.Sprintf("mediator of %s – %s (%s of the shortest diplomatic paths", nw.Nodes[fd.A].Name, nw.Nodes[fd.B].Name, percent(m.Share))
			if m.Score > 0 {
				s += ", score " + score(m.Score)
			}
			s += ")"
			if len(m.Supports) > 0 {
				s += ", partisan: supported " + strings.Join(m.Supports, " and ")
			}
			parts[m.Node] = append(parts[m.Node], s)
		}
	}
	for i, p := range parts {
		if len(p) > 2 {
			p = append(p[:2], fmt.Sprintf("and of %d more conflicts", len(p)-2))
		}
		nw.Nodes[i].Role = strings.Join(p, "; ")
	}
}

// percent prints a share as a whole percentage ("73%"), "<1%" for a small
// positive one.
func percent(x float64) string {
	p := math.Round(x * 100)
	if p == 0 && x > 0 {
		return "<1%"
	}
	return fmt.Sprintf("%.0f%%", p)
}

// pathGroup is one conflict and its go-betweens on the diplomatic layer,
// for the tables.
type pathGroup struct {
	A, B    string
	Hostile int
	Hops    int // length of the shortest indirect diplomatic path
	Rows    []pathRow
	More    int // go-betweens not listed
}

type pathRow struct {
	Name     string
	Share    float64
	Score    float64 // mediation score, 0 when not a direct mediator
	Note     string  // "via X and Y; partisan: supported Israel"
	Evidence []analyze.Evidence
}

// pathGroups lists the most hostile conflicts of lv that have go-betweens
// (at most maxDyadGroups), each with its best maxMediatorsDyad.
func pathGroups(lv analyze.Level) []pathGroup {
	var out []pathGroup
	for _, c := range conflicts(lv) {
		if len(out) == maxDyadGroups {
			break
		}
		var meds []medCand
		for _, m := range c.Meds {
			if m.Share > 0 {
				meds = append(meds, m)
			}
		}
		if len(meds) == 0 {
			continue
		}
		g := pathGroup{A: c.D.A, B: c.D.B, Hostile: c.Hostile, Hops: c.D.ChannelHops}
		for i, m := range meds {
			if i == maxMediatorsDyad {
				g.More = len(meds) - i
				break
			}
			g.Rows = append(g.Rows, pathRow{Name: m.Name, Share: m.Share, Score: m.Score, Note: pathNote(c.D, m), Evidence: pickEvidence(m.Ev, 1)})
		}
		out = append(out, g)
	}
	return out
}

// pathNote says through whom a go-between reaches the sides and where it
// stands.
func pathNote(d analyze.Dyad, m medCand) string {
	var parts []string
	if len(m.Via) > 0 && !(len(m.Via) == 2 && slices.Contains(m.Via, d.A) && slices.Contains(m.Via, d.B)) {
		parts = append(parts, "via "+strings.Join(m.Via, ", "))
	}
	if len(m.Supports) > 0 {
		parts = append(parts, "partisan: supported "+strings.Join(m.Supports, " and "))
	}
	if len(m.Hostile) > 0 {
		parts = append(parts, "also hostile to "+strings.Join(m.Hostile, " and "))
	}
	return strings.Join(parts, "; ")
}

// rankOrLast orders a go-between with no rank after every ranked one.
func rankOrLast(r int) int {
	if r == 0 {
		return math.MaxInt
	}
	return r
}
