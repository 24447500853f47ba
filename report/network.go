package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/report/layout"
)

// Caps on a drawn network; with MaxNodes they bound the page size.
const (
	maxArcs         = 400 // arcs drawn per view, the heaviest first
	maxArcEvidence  = 3   // evidence sentences kept per arc
	maxViewEvidence = 600 // evidence sentences kept per view: one per arc first, then more for the heaviest
	maxLegend       = 8   // colours before "other"
)

// nodePalette is Paul Tol's "light" scheme, for node fills under dark
// labels: distinguishable with the common colour-vision deficiencies and
// lighter than the Okabe–Ito arc colours, so nodes and arcs never share a
// hue. The last entry is for "other" and "no country".
var nodePalette = []string{"#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"}

const otherColor = "#DDDDDD"

// network is one drawn view (actors or countries).
type network struct {
	Key         string // "actor" or "country"
	W, H        float64
	Nodes       []netNode
	Arcs        []netArc
	Total       int               // nodes at this level
	HiddenNodes int               // not drawn
	HiddenEdges int               // edges with an end not drawn
	CappedEdges int               // edges between drawn nodes in arcs beyond maxArcs
	Legend      []legendItem      // node colours by country
	LegendComm  []legendItem      // node colours by community, when there are communities
	colors      map[string]string // country -> colour, shared with the country view
	// Focus lists the conflict dyads drawn (both sides drawn), most hostile
	// first, with their mediators: the per-conflict views.
	Focus []focusDyad
	// Core counts the drawn nodes in a conflict neighbourhood (a side of a
	// Focus dyad or one of its mediators); Fold is true when the default
	// view shows only those and folds the other drawn nodes into a count.
	Core int
	Fold bool
	// Grey names the countries drawn in grey (no colour of their own).
	Grey []string
}

// focusDyad is one conflict in the per-conflict view: its sides (node
// indices), hostile edge count, evidence rows and mediators.
type focusDyad struct {
	A, B    int
	Hostile int
	Ev      []int
	Meds    []focusMed
}

// focusMed is a mediator of a focusDyad: its share of the shortest
// diplomatic paths, its mediation score, whether it SUPPORTED a side, and
// the evidence behind it.
type focusMed struct {
	Node     int
	Share    float64
	Score    float64
	Supports []string
	Hostile  []string
	Via      []string
	Ev       []int
}

// Size measures a reader can size nodes by, the first being the default.
var sizeMeasures = []struct{ Key, Label string }{
	{"mediation", "mediation (share of the conflicts' diplomatic paths)"},
	{"diplomatic", "betweenness on the diplomatic layer"},
	{"betweenness", "betweenness (all relations)"},
	{"degree", "edges"},
}

func sizeValue(m analyze.ActorMetrics, measure int) float64 {
	switch measure {
	case 0:
		return m.PathMediation
	case 1:
		return m.DiplomaticBetweenness
	case 2:
		return m.Betweenness
	}
	return float64(m.InDegree + m.OutDegree)
}

type legendItem struct{ Label, Color string }

type netNode struct {
	Name, Kind, Country string
	Color               string // by country
	ColorComm           string // by community, "" when there are none
	X, Y, R             float64
	Radii               []float64 // radius by each of sizeMeasures; R is Radii[0]
	Label               layout.Label
	M                   analyze.ActorMetrics
	// Mediator marks a node among the top mediators of a drawn conflict
	// (by path share or by score); Partisan one that also SUPPORTED a side
	// of a conflict it mediates. Core is a node in a conflict neighbourhood.
	Mediator, Partisan, Core bool
	// Role says it in words for the hover text: "mediator of Iran – Israel
	// (73% of the diplomatic paths); supported Israel".
	Role string
}

// RingR is the radius of the circle marking a mediator, drawn around the
// node (the script redraws it when the node size measure changes).
func (n netNode) RingR() string { return fmt.Sprintf("%.1f", n.R*1.15+4) }

// Shape is the SVG outline of the node: its kind is told by shape, so
// colour is not the only cue (state: circle, organisation: square,
// person: diamond).
func (n netNode) Shape() string {
	x, y, r := n.X, n.Y, n.R
	switch graph.Kind(n.Kind) {
	case graph.Org:
		s := r * 0.9
		return fmt.Sprintf("M%.1f %.1fh%.1fv%.1fh%.1fz", x-s, y-s, 2*s, 2*s, -2*s)
	case graph.Person:
		s := r * 1.15
		return fmt.Sprintf("M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fz", x, y-s, x+s, y, x, y+s, x-s, y)
	}
	return fmt.Sprintf("M%.1f %.1fa%.1f %.1f 0 1 0 %.1f 0a%.1f %.1f 0 1 0 %.1f 0z", x-r, y, r, r, 2*r, r, r, -2*r)
}

// Title is the node's hover text.
func (n netNode) Title() string {
	var b strings.Builder
	b.WriteString(n.Name)
	b.WriteString(" (")
	b.WriteString(n.Kind)
	if n.Country != "" && n.Country != n.Name {
		b.WriteString(", " + n.Country)
	}
	fmt.Fprintf(&b, "): mediation %.3f, diplomatic betweenness %.3f, betweenness %.3f, %d edges out, %d in.", n.M.PathMediation, n.M.DiplomaticBetweenness, n.M.Betweenness, n.M.OutDegree, n.M.InDegree)
	if n.Role != "" {
		b.WriteString(" " + n.Role + ".")
	}
	b.WriteString(" Click for evidence.")
	return b.String()
}

type netArc struct {
	S, T    int
	Rel     graph.Relation
	N       int
	Buckets []int // timeline bars the arc's edges fall in, sorted
	Ev      []int // indices into the evidence table
	cand    []int // edges that may give evidence
	D       string
	Width   float64
	Title   string
}

// BucketList is the timeline bars of the arc as runs ("0-5 9 12-30"), for
// the date filter.
func (a netArc) BucketList() string {
	var b strings.Builder
	for i := 0; i < len(a.Buckets); {
		j := i
		for j+1 < len(a.Buckets) && a.Buckets[j+1] == a.Buckets[j]+1 {
			j++
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(itoa(a.Buckets[i]))
		if j > i {
			b.WriteByte('-')
			b.WriteString(itoa(a.Buckets[j]))
		}
		i = j + 1
	}
	return b.String()
}

// evidenceTable holds each edge's evidence once for all views.
type evidenceTable struct {
	index map[int]int    // edge index -> row
	byKey map[string]int // finding evidence -> row
	Rows  []evRow
}

type evRow struct {
	Doc      string `json:"d"`
	Sentence string `json:"s"`
	Date     string `json:"p,omitempty"`
	Source   string `json:"a"`
	Rel      string `json:"r"`
	Target   string `json:"b"`
}

// addEvidence adds a finding's evidence (an edge known by its sentence, not
// its index) once.
func (t *evidenceTable) addEvidence(e analyze.Evidence) int {
	k := e.Doc + "\x00" + e.Sentence + "\x00" + e.Source + "\x00" + string(e.Relation) + "\x00" + e.Target
	if r, ok := t.byKey[k]; ok {
		return r
	}
	if t.byKey == nil {
		t.byKey = map[string]int{}
	}
	t.byKey[k] = len(t.Rows)
	t.Rows = append(t.Rows, evRow{Doc: e.Doc, Sentence: trimSentence(e.Sentence), Source: e.Source, Rel: string(e.Relation), Target: e.Target})
	return len(t.Rows) - 1
}

func (t *evidenceTable) add(i int, e graph.Edge) int {
	if r, ok := t.index[i]; ok {
		return r
	}
	t.index[i] = len(t.Rows)
	t.Rows = append(t.Rows, evRow{Doc: e.Doc, Sentence: trimSentence(e.Sentence), Date: e.Published, Source: e.Source.Name, Rel: string(e.Relation), Target: e.Target.Name})
	return len(t.Rows) - 1
}

// buildNetwork draws the most central maxNodes actors of lv and the arcs
// among them. colors, when given, fixes the colour of each country.
func buildNetwork(key string, lv analyze.Level, edges []graph.Edge, level func(graph.Actor) graph.Actor, maxNodes int, colors map[string]string, ev *evidenceTable, bucket map[string]int) *network {
	nw := &network{Key: key, W: 1000, H: 680, Total: len(lv.Actors) + lv.ActorsOmitted}
	cs := conflicts(lv)
	sides := map[string]bool{}
	for i, c := range cs {
		if i == maxFocus {
			break
		}
		sides[c.D.A], sides[c.D.B] = true, true
	}
	ranked, core := drawnActors(lv, cs, partners(edges, level, sides), maxNodes)
	nw.HiddenNodes = nw.Total - len(ranked)
	idx := map[string]int{}
	for i, m := range ranked {
		c := ""
		if m.Country != nil {
			c = *m.Country
		}
		idx[m.Name] = len(nw.Nodes)
		nw.Nodes = append(nw.Nodes, netNode{Name: m.Name, Kind: string(m.Kind), Country: c, M: m, Core: i < core})
	}
	nw.Core = core
	nw.Fold = len(nw.Nodes) > foldAbove && core > 0 && core < len(nw.Nodes)
	nw.focus(cs, idx, ev)
	type akey struct {
		s, t int
		rel  graph.Relation
	}
	arcs := map[akey]*netArc{}
	var order []akey
	for i, e := range edges {
		s, t := level(e.Source), level(e.Target)
		if s.Name == t.Name {
			continue
		}
		si, ok1 := idx[s.Name]
		ti, ok2 := idx[t.Name]
		if !ok1 || !ok2 {
			nw.HiddenEdges++
			continue
		}
		if e.Relation.Symmetric() && ti < si {
			si, ti = ti, si
		}
		k := akey{si, ti, e.Relation}
		a := arcs[k]
		if a == nil {
			a = &netArc{S: si, T: ti, Rel: e.Relation}
			arcs[k] = a
			order = append(order, k)
		}
		a.N++
		if b, ok := bucket[e.Published]; ok && !slices.Contains(a.Buckets, b) {
			a.Buckets = append(a.Buckets, b)
		}
		if len(a.cand) < maxArcEvidence {
			dup := false
			for _, j := range a.cand {
				dup = dup || edges[j].Sentence == e.Sentence && edges[j].Doc == e.Doc
			}
			if !dup {
				a.cand = append(a.cand, i)
			}
		}
	}
	ri := map[graph.Relation]int{}
	for i, r := range graph.Relations() {
		ri[r] = i
	}
	slices.SortStableFunc(order, func(x, y akey) int {
		return cmp.Or(cmp.Compare(arcs[y].N, arcs[x].N), cmp.Compare(x.s, y.s), cmp.Compare(x.t, y.t), cmp.Compare(ri[x.rel], ri[y.rel]))
	})
	if len(order) > maxArcs {
		// Every drawn node first keeps its heaviest arc, most central node
		// first, so none is left floating; then the heaviest of the rest.
		keep := map[akey]bool{}
		has := make([]bool, len(nw.Nodes))
		for i := range nw.Nodes {
			if has[i] || len(keep) == maxArcs {
				continue
			}
			for _, k := range order {
				if k.s == i || k.t == i {
					keep[k], has[k.s], has[k.t] = true, true, true
					break
				}
			}
		}
		for _, k := range order {
			if len(keep) == maxArcs {
				break
			}
			keep[k] = true
		}
		kept := order[:0:0]
		for _, k := range order {
			if keep[k] {
				kept = append(kept, k)
			} else {
				nw.CappedEdges += arcs[k].N
			}
		}
		order = kept
	}
	for _, k := range order {
		a := arcs[k]
		slices.Sort(a.Buckets)
		nw.Arcs = append(nw.Arcs, *a)
	}
	// Evidence: one sentence per arc, heaviest arcs first, then a second and
	// a third while the view's budget lasts.
	budget := maxViewEvidence
	for round := 0; round < maxArcEvidence; round++ {
		for i := range nw.Arcs {
			a := &nw.Arcs[i]
			if round < len(a.cand) && budget > 0 {
				a.Ev = append(a.Ev, ev.add(a.cand[round], edges[a.cand[round]]))
				budget--
			}
		}
	}
	nw.colour(colors)
	nw.place()
	nw.roles()
	for i := range nw.Arcs {
		a := &nw.Arcs[i]
		if len(a.Ev) > 0 {
			e := ev.Rows[a.Ev[0]]
			a.Title = strings.TrimSuffix(a.Title, " Click for evidence.") + fmt.Sprintf(" “%s” (%s). Click for all the evidence.", e.Sentence, e.Doc)
		}
	}
	return nw
}

// colour picks node colours by country (the most frequent countries
// first, the rest grey; fixed, when given, carries the actor view's colours
// over to the country view) and, when the analysis found more than one
// community among the drawn nodes, by community too: the reader switches
// between the two. A community is named after its most central drawn member.
func (nw *network) colour(fixed map[string]string) {
	if fixed == nil {
		// The countries of the conflict neighbourhoods first, in the order
		// of their first node, then the most frequent.
		count, first := map[string]int{}, map[string]int{}
		for i, n := range nw.Nodes {
			if n.Country != "" {
				count[n.Country]++
				if _, ok := first[n.Country]; !ok {
					first[n.Country] = len(nw.Nodes)
					if n.Core {
						first[n.Country] = i
					}
				}
			}
		}
		names := make([]string, 0, len(count))
		for c := range count {
			names = append(names, c)
		}
		slices.SortFunc(names, func(x, y string) int {
			return cmp.Or(cmp.Compare(first[x], first[y]), cmp.Compare(count[y], count[x]), cmp.Compare(x, y))
		})
		fixed = map[string]string{}
		for i, c := range names {
			if i < maxLegend {
				fixed[c] = nodePalette[i]
			}
		}
	}
	nw.colors = fixed
	used := map[string]bool{}
	other, bodies := false, false
	grey := map[string]bool{}
	for i, n := range nw.Nodes {
		c, ok := fixed[n.Country]
		if !ok {
			c, other = otherColor, true
			if n.Country == "" {
				bodies = true
			} else {
				grey[n.Country] = true
			}
		}
		nw.Nodes[i].Color = c
		used[n.Country] = ok
	}
	nw.Grey = sortedKeys(grey)
	names := make([]string, 0, len(fixed))
	for c := range fixed {
		if used[c] {
			names = append(names, c)
		}
	}
	slices.SortFunc(names, func(x, y string) int {
		return cmp.Compare(slices.Index(nodePalette, fixed[x]), slices.Index(nodePalette, fixed[y]))
	})
	for _, c := range names {
		nw.Legend = append(nw.Legend, legendItem{c, fixed[c]})
	}
	if other {
		var what []string
		if len(nw.Grey) > 0 {
			what = append(what, plural(len(nw.Grey), "other country"))
			what[0] = strings.Replace(what[0], "countrys", "countries", 1)
		}
		if bodies {
			what = append(what, "actors with no country (international bodies)")
		}
		nw.Legend = append(nw.Legend, legendItem{"grey: " + strings.Join(what, " and "), otherColor})
	}

	comms := map[int]int{}
	head := map[int]string{} // most central drawn member (nodes are in centrality order)
	for _, n := range nw.Nodes {
		if c := n.M.Community; c >= 0 {
			if comms[c] == 0 {
				head[c] = n.Name
			}
			comms[c]++
		}
	}
	if len(comms) < 2 {
		return
	}
	ids := make([]int, 0, len(comms))
	for c := range comms {
		ids = append(ids, c)
	}
	slices.SortFunc(ids, func(x, y int) int { return cmp.Or(cmp.Compare(comms[y], comms[x]), cmp.Compare(x, y)) })
	col := map[int]string{}
	for i, c := range ids {
		if i < maxLegend {
			col[c] = nodePalette[i]
			nw.LegendComm = append(nw.LegendComm, legendItem{fmt.Sprintf("cluster around %s (%d)", head[c], comms[c]), nodePalette[i]})
		}
	}
	if len(ids) > maxLegend {
		nw.LegendComm = append(nw.LegendComm, legendItem{"other communities", otherColor})
	}
	for i := range nw.Nodes {
		nw.Nodes[i].ColorComm = cmp.Or(col[nw.Nodes[i].M.Community], otherColor)
	}
}

// minRadius is the radius of a node that scores nothing on the size measure.
const minRadius = 6.0

// place lays the nodes out, sizes them by each size measure (the mediation
// measure by default), places labels and draws the arcs.
func (nw *network) place() {
	n := len(nw.Nodes)
	if n == 0 {
		return
	}
	switch {
	case n <= 12:
		nw.H = 480
	case n <= 40:
		nw.H = 600
	default:
		nw.H = 680 + math.Min(float64(n-40)*4, 320)
	}
	var links []layout.Link
	neighbours := make([]map[int]bool, n)
	for _, a := range nw.Arcs {
		for _, e := range [][2]int{{a.S, a.T}, {a.T, a.S}} {
			if neighbours[e[0]] == nil {
				neighbours[e[0]] = map[int]bool{}
			}
			neighbours[e[0]][e[1]] = true
		}
	}
	for _, a := range nw.Arcs {
		// Many edges pull harder, but only logarithmically, and hostile
		// arcs between two well-connected nodes pull weakly: two sides
		// that fight often would otherwise sit on top of each other, with
		// their mediators off to one side rather than between them. (A
		// node tied by nothing else keeps its full pull, or it would drift
		// to the edge of the page.)
		w := 1 + math.Log2(float64(a.N))
		if a.Rel.Conflict() && len(neighbours[a.S]) > 1 && len(neighbours[a.T]) > 1 {
			w *= 0.2
		}
		links = append(links, layout.Link{U: a.S, V: a.T, W: w})
	}
	pos := layout.Force(n, links, layout.Options{Aspect: (nw.W - 240) / (nw.H - 72)})
	rmax := 22.0
	if n > 40 {
		rmax = 16
	}
	// Node area follows each size measure (sqrt of its share of the
	// largest); a measure that is zero everywhere leaves every node small.
	for k := range sizeMeasures {
		top := 0.0
		for _, nd := range nw.Nodes {
			top = math.Max(top, sizeValue(nd.M, k))
		}
		for i := range nw.Nodes {
			f := 0.0
			if top > 0 {
				f = math.Sqrt(sizeValue(nw.Nodes[i].M, k) / top)
			}
			nw.Nodes[i].Radii = append(nw.Nodes[i].Radii, r1(minRadius+(rmax-minRadius)*f))
		}
	}
	radii := make([]float64, n)
	for i, nd := range nw.Nodes {
		radii[i] = nd.Radii[0]
	}
	// Leave room for labels: 120 units left and right, 30 top and bottom.
	// A few nodes do not need the whole page: about 220 units per node
	// across, centred.
	mx, my := 120.0, 36.0
	w, h := nw.W-2*mx, nw.H-2*my
	if s := math.Min(1, 220*math.Sqrt(float64(n))/w); s < 1 {
		mx += w * (1 - s) / 2
		my += h * (1 - s) / 2
		w, h = w*s, h*s
	}
	pts := make([]layout.Point, n)
	for i, p := range pos {
		pts[i] = layout.Point{X: mx + p.X*w, Y: my + p.Y*h}
	}
	layout.Separate(pts, radii, sepGap(n), 50)
	for i := range pts {
		pts[i].X = math.Max(radii[i]+2, math.Min(nw.W-radii[i]-2, pts[i].X))
		pts[i].Y = math.Max(radii[i]+2, math.Min(nw.H-radii[i]-2, pts[i].Y))
	}
	var obstacles []layout.Rect
	for i := range nw.Nodes {
		nd := &nw.Nodes[i]
		nd.X, nd.Y, nd.R = pts[i].X, pts[i].Y, radii[i]
		obstacles = append(obstacles, layout.Rect{X0: nd.X - nd.R, Y0: nd.Y - nd.R, X1: nd.X + nd.R, Y1: nd.Y + nd.R})
	}
	// Labels in order of importance: the mediators (their ring is
	// counted), then the conflict neighbourhoods, then the rest.
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	rank := func(nd netNode) int {
		switch {
		case nd.Mediator:
			return 0
		case nd.Core:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(rank(nw.Nodes[x]), rank(nw.Nodes[y])) })
	labels := make([]layout.Label, n)
	for j, i := range order {
		nd := nw.Nodes[i]
		r, w := nd.R*1.15, textWidth(nd.Name, 12)
		if nd.Mediator { // outside the ring, in bold
			r, w = nd.R*1.15+5, w*1.12
		}
		labels[j] = layout.Label{At: pts[i], R: r, W: w, H: 14}
	}
	layout.Place(labels, obstacles, layout.Rect{X0: 0, Y0: 0, X1: nw.W, Y1: nw.H})
	for j, i := range order {
		nw.Nodes[i].Label = labels[j]
	}
	nw.drawArcs()
}

// textWidth estimates the width of s in a sans-serif font of size px.
func textWidth(s string, px float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case strings.ContainsRune("il.,'|!:;", r):
			w += 0.3
		case r == ' ' || strings.ContainsRune("frtj()-", r):
			w += 0.4
		case r >= 'A' && r <= 'Z' || strings.ContainsRune("mw", r):
			w += 0.72
		default:
			w += 0.58
		}
	}
	return w * px
}

// drawArcs turns each arc into a path: straight when it is alone between its
// two nodes, curved apart when several relations or both directions join
// the same pair.
func (nw *network) drawArcs() {
	type pair struct{ a, b int }
	groups := map[pair][]int{}
	for i, a := range nw.Arcs {
		p := pair{min(a.S, a.T), max(a.S, a.T)}
		groups[p] = append(groups[p], i)
	}
	ri := map[graph.Relation]int{}
	for i, r := range graph.Relations() {
		ri[r] = i
	}
	for p, g := range groups {
		slices.SortFunc(g, func(x, y int) int {
			ax, ay := nw.Arcs[x], nw.Arcs[y]
			return cmp.Or(cmp.Compare(ax.S, ay.S), cmp.Compare(ri[ax.Rel], ri[ay.Rel]))
		})
		for k, i := range g {
			a := &nw.Arcs[i]
			off := (float64(k) - float64(len(g)-1)/2) * 26
			s, t := nw.Nodes[p.a], nw.Nodes[p.b]
			// Offsets are measured against the pair's canonical direction,
			// so A→B and B→A bend to opposite sides.
			dx, dy := t.X-s.X, t.Y-s.Y
			d := math.Hypot(dx, dy)
			if d < 1 {
				d = 1
			}
			cx, cy := (s.X+t.X)/2-dy/d*off, (s.Y+t.Y)/2+dx/d*off
			from, to := nw.Nodes[a.S], nw.Nodes[a.T]
			sx, sy := towards(from.X, from.Y, cx, cy, from.R*1.1+1)
			gap := to.R*1.1 + 2
			ex, ey := towards(to.X, to.Y, cx, cy, gap)
			if off == 0 {
				a.D = fmt.Sprintf("M%.1f %.1fL%.1f %.1f", sx, sy, ex, ey)
			} else {
				a.D = fmt.Sprintf("M%.1f %.1fQ%.1f %.1f %.1f %.1f", sx, sy, cx, cy, ex, ey)
			}
			a.Width = math.Min(1.4+math.Log2(float64(a.N)), 5)
			verb := relLabel(a.Rel)
			a.Title = fmt.Sprintf("%s %s %s: %s. Click for evidence.", from.Name, verb, to.Name, plural(a.N, "edge"))
		}
	}
}

// towards moves from (x, y) by dist towards (tx, ty).
func towards(x, y, tx, ty, dist float64) (float64, float64) {
	dx, dy := tx-x, ty-y
	d := math.Hypot(dx, dy)
	if d < 1e-9 {
		return x, y
	}
	return x + dx/d*dist, y + dy/d*dist
}

// sepGap is the free space kept between two drawn nodes: room for a label
// line when there are few nodes, less when there are many.
func sepGap(n int) float64 {
	if n <= 40 {
		return 14
	}
	return 6
}
