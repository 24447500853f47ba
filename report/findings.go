package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

// Caps on what a report lists. They bound report.md and, with the network
// caps in network.go, report.html (MaxHTMLBytes).
const (
	maxDyadGroups     = 8   // conflict dyads in "top mediators per dyad"
	maxMediatorsDyad  = 3   // mediators shown per dyad
	maxEvidence       = 2   // quoted sentences per mediator or dyad
	maxDyads          = 15  // rows of the conflict dyad table
	maxCentral        = 15  // rows of the most central actors table
	maxActive         = 3   // actors per relation and side
	maxBrokers        = 15  // rows of the brokerage table
	maxChangedNames   = 15  // new or dropped actors named
	maxRankRows       = 12  // mediator rank changes listed
	maxSentenceRunes  = 300 // longer sentences are cut with an ellipsis
	maxTimelineBars   = 200 // days are grouped into weeks or months beyond
	maxMarkdownPeriod = 40  // timeline rows in report.md
	maxWindows        = 52  // time windows listed, the latest
)

// findings are what both report.md and report.html show, computed once.
type findings struct {
	Title     string
	Generated string
	Summary   Summary
	Actors    int // actors at actor level
	Countries int // nodes at country level
	Relations []relInfo
	Undated   int // edges with no published date
	Changes   *changes
	// Mediators per conflict dyad at country and at actor level.
	MedCountry, MedActor []dyadMediators
	// Go-betweens per conflict on the diplomatic layer, by share of the
	// shortest diplomatic paths, at country and at actor level.
	PathCountry, PathActor []pathGroup
	// ShowPath adds the mediation measure to the central actors table.
	ShowPath   bool
	Dyads      []dyadRow
	DyadsTotal int
	Central    []analyze.ActorMetrics
	Method     string // how the actor-level betweenness was computed
	// ShowWeighted, ShowHarmonic and ShowCommunity add the optional
	// measures to the central actors table when the analysis has them.
	ShowWeighted, ShowHarmonic, ShowCommunity bool
	Active                                    []activeRow
	Brokers                                   []brokerRow
	Windows                                   []windowRow
	WindowsMore                               int
	Timeline                                  timeline
	Drawn                                     int        // actors drawn in the actor view
	Nets                                      []*network // set by layoutNetworks
	ev                                        *evidenceTable
	in                                        Input
	maxNodes                                  int
}

// relInfo is a relation with its count and how it is drawn.
type relInfo struct {
	Rel   graph.Relation
	N     int
	Color string
	Dash  string // SVG stroke-dasharray, "" for solid
	Label string // lower-case words: "spoke with"
}

// relStyle gives each relation an Okabe–Ito colour (safe for the common
// colour-vision deficiencies) and a dash pattern, so colour is never the
// only cue.
var relStyle = map[graph.Relation]struct{ color, dash string }{
	graph.Urged:     {"#0072B2", "7 3"},
	graph.Warned:    {"#E69F00", "2 3"},
	graph.SpokeWith: {"#56B4E9", ""},
	graph.Attacked:  {"#D55E00", ""},
	graph.Supported: {"#009E73", "12 3 2 3"},
	graph.Accused:   {"#CC79A7", "5 2 1 2"},
}

func relLabel(r graph.Relation) string {
	return strings.ToLower(strings.ReplaceAll(string(r), "_", " "))
}

// dyadMediators is one conflict dyad and its best mediators.
type dyadMediators struct {
	A, B      string
	Mediators []mediatorRow
	More      int // mediators not listed
}

type mediatorRow struct {
	Name     string
	Score    float64
	Share    float64 // share of the shortest diplomatic paths between the sides
	Talks    int     // sentences of talks with the sides: orders equal scores
	Note     string  // ties to each side and stance, when the analysis has them
	Evidence []analyze.Evidence
}

type dyadRow struct {
	A, B     string
	Counts   []int // per conflict relation, in conflictRelations order
	Total    int
	Evidence []analyze.Evidence
}

var conflictRelations = []graph.Relation{graph.Attacked, graph.Warned, graph.Accused}

type nameCount struct {
	Name string
	N    int
}

type activeRow struct {
	Rel     relInfo
	Sources []nameCount
	Targets []nameCount
}

type changes struct {
	PrevActors, CurActors int
	New, Dropped          []string
	NewMore, DroppedMore  int
	Ranks                 []rankChange
}

type rankChange struct {
	Mediator, A, B string
	Prev, Cur      int // 1-based rank, 0 when absent
}

// Move describes the change in words: "new", "gone", "up 2", "down 1", "=".
func (r rankChange) Move() string {
	switch {
	case r.Prev == 0:
		return "new"
	case r.Cur == 0:
		return "gone"
	case r.Cur < r.Prev:
		return "up " + itoa(r.Prev-r.Cur)
	case r.Cur > r.Prev:
		return "down " + itoa(r.Cur-r.Prev)
	}
	return "="
}

func newFindings(in Input) *findings {
	f := &findings{Title: in.Title, Summary: in.Summary, ev: &evidenceTable{index: map[int]int{}}}
	if f.Title == "" {
		f.Title = "actorgraph report"
	}
	if !in.Generated.IsZero() {
		f.Generated = in.Generated.UTC().Format(time.RFC3339)
	}
	a := in.Analysis
	// A compact analysis.json leaves rows out and counts them.
	f.Actors = len(a.Actor.Actors) + a.Actor.ActorsOmitted
	f.Countries = len(a.Country.Actors) + a.Country.ActorsOmitted
	counts := map[graph.Relation]int{}
	for _, e := range in.Edges {
		counts[e.Relation]++
		if e.Published == "" {
			f.Undated++
		}
	}
	for _, r := range graph.Relations() {
		f.Relations = append(f.Relations, relInfo{Rel: r, N: counts[r], Color: relStyle[r].color, Dash: relStyle[r].dash, Label: relLabel(r)})
	}
	if in.Previous != nil {
		f.Changes = diff(*in.Previous, a)
	}
	f.MedCountry = groupMediators(a.Country.Mediators)
	f.MedActor = groupMediators(a.Actor.Mediators)
	f.PathCountry = pathGroups(a.Country)
	f.PathActor = pathGroups(a.Actor)
	f.Dyads, f.DyadsTotal = dyadRows(a.Country.Dyads)
	f.DyadsTotal += a.Country.DyadsOmitted
	f.Central = central(a.Actor.Actors, maxCentral)
	f.Method = a.Actor.Betweenness
	for _, c := range f.Central {
		f.ShowWeighted = f.ShowWeighted || weightedBetweenness(c) != 0
		f.ShowHarmonic = f.ShowHarmonic || harmonic(c) != 0
		f.ShowCommunity = f.ShowCommunity || c.Community >= 0
	}
	for _, c := range a.Actor.Actors {
		f.ShowPath = f.ShowPath || c.PathMediation != 0 || c.DiplomaticBetweenness != 0
	}
	f.Active = active(a.Actor.Actors, f.Relations)
	f.Brokers = brokerage(a.Actor.Actors)
	f.Windows, f.WindowsMore = windowRows(a.Windows)
	f.Timeline = buildTimeline(in.Edges)
	f.maxNodes = in.MaxNodes
	if f.maxNodes <= 0 {
		f.maxNodes = DefaultMaxNodes
	}
	f.maxNodes = min(f.maxNodes, 300)
	f.Drawn = min(f.maxNodes, f.Actors)
	f.in = in
	return f
}

// layoutNetworks builds and lays out the actor and country views (the
// costly part, only the page needs it).
func (f *findings) layoutNetworks() {
	if f.Nets != nil {
		return
	}
	a := f.in.Analysis
	actorNet := buildNetwork("actor", a.Actor, f.in.Edges, func(x graph.Actor) graph.Actor { return x }, f.maxNodes, nil, f.ev, f.Timeline.bucket)
	countryNet := buildNetwork("country", a.Country, f.in.Edges, countryLevel, f.maxNodes, actorNet.colors, f.ev, f.Timeline.bucket)
	f.Nets = []*network{actorNet, countryNet}
}

// countryLevel is an actor as the country level of the analysis sees it.
func countryLevel(a graph.Actor) graph.Actor {
	if a.Country == "" {
		return a
	}
	return graph.Actor{Name: a.Country, Kind: graph.State, Country: a.Country}
}

// trimSentence cuts s to maxSentenceRunes runes, on a word boundary.
func trimSentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= maxSentenceRunes {
		return s
	}
	r := []rune(s)[:maxSentenceRunes]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > maxSentenceRunes/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// pickEvidence keeps up to n evidence items with distinct sentences,
// trimmed. When one sentence supports several edges from the same source by
// the same relation ("The US urged Iran and Israel"), their targets are
// joined, so the tie reads "United States urged Iran and Israel".
func pickEvidence(ev []analyze.Evidence, n int) []analyze.Evidence {
	var out []analyze.Evidence
	at := map[string]int{}
	for _, e := range ev {
		k := e.Doc + "\x00" + e.Sentence
		if e.Sentence == "" {
			continue
		}
		if i, ok := at[k]; ok {
			o := &out[i]
			if o.Source == e.Source && o.Relation == e.Relation && e.Target != "" && !slices.Contains(strings.Split(o.Target, " and "), e.Target) {
				o.Target += " and " + e.Target
			}
			continue
		}
		if len(out) == n {
			continue
		}
		at[k] = len(out)
		e.Sentence = trimSentence(e.Sentence)
		out = append(out, e)
	}
	return out
}

func groupMediators(ms []analyze.Mediation) []dyadMediators {
	type key struct{ a, b string }
	groups := map[key]*dyadMediators{}
	best := map[key]float64{}
	var order []key
	for _, m := range ms {
		a, b := m.Dyad[0], m.Dyad[1]
		if b < a {
			a, b = b, a
		}
		k := key{a, b}
		g := groups[k]
		if g == nil {
			g = &dyadMediators{A: a, B: b}
			groups[k] = g
			order = append(order, k)
		}
		g.Mediators = append(g.Mediators, mediatorRow{Name: m.Mediator, Score: m.Score, Share: m.PathShare, Talks: m.Talks, Note: mediatorNote(m), Evidence: m.Evidence})
		best[k] = max(best[k], m.Score)
	}
	slices.SortStableFunc(order, func(x, y key) int {
		if c := cmp.Compare(best[y], best[x]); c != 0 {
			return c
		}
		if c := cmp.Compare(len(groups[y].Mediators), len(groups[x].Mediators)); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	var out []dyadMediators
	for i, k := range order {
		if i == maxDyadGroups {
			break
		}
		g := groups[k]
		slices.SortStableFunc(g.Mediators, func(x, y mediatorRow) int {
			return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(y.Talks, x.Talks), cmp.Compare(x.Name, y.Name))
		})
		if len(g.Mediators) > maxMediatorsDyad {
			g.More = len(g.Mediators) - maxMediatorsDyad
			g.Mediators = g.Mediators[:maxMediatorsDyad]
		}
		for j := range g.Mediators {
			g.Mediators[j].Evidence = pickEvidence(g.Mediators[j].Evidence, maxEvidence)
		}
		out = append(out, *g)
	}
	return out
}

func dyadRows(ds []analyze.Dyad) ([]dyadRow, int) {
	var rows []dyadRow
	for _, d := range ds {
		r := dyadRow{A: d.A, B: d.B, Evidence: pickEvidence(d.Evidence, 1)}
		for _, rel := range conflictRelations {
			r.Counts = append(r.Counts, d.Relations[rel])
			r.Total += d.Relations[rel]
		}
		rows = append(rows, r)
	}
	slices.SortStableFunc(rows, func(x, y dyadRow) int {
		return cmp.Or(cmp.Compare(y.Total, x.Total), cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	n := len(rows)
	if len(rows) > maxDyads {
		rows = rows[:maxDyads]
	}
	return rows, n
}

// central orders actors by betweenness, then degree, then name, and keeps n.
func central(as []analyze.ActorMetrics, n int) []analyze.ActorMetrics {
	out := slices.Clone(as)
	slices.SortStableFunc(out, byCentrality)
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func byCentrality(x, y analyze.ActorMetrics) int {
	return cmp.Or(cmp.Compare(y.Betweenness, x.Betweenness),
		cmp.Compare(y.InDegree+y.OutDegree, x.InDegree+x.OutDegree),
		cmp.Compare(y.PageRank, x.PageRank),
		cmp.Compare(x.Name, y.Name))
}

func active(as []analyze.ActorMetrics, rels []relInfo) []activeRow {
	top := func(get func(analyze.ActorMetrics) int) []nameCount {
		var out []nameCount
		for _, a := range as {
			if n := get(a); n > 0 {
				out = append(out, nameCount{a.Name, n})
			}
		}
		slices.SortStableFunc(out, func(x, y nameCount) int { return cmp.Or(cmp.Compare(y.N, x.N), cmp.Compare(x.Name, y.Name)) })
		if len(out) > maxActive {
			out = out[:maxActive]
		}
		return out
	}
	var rows []activeRow
	for _, r := range rels {
		rel := r.Rel
		row := activeRow{Rel: r,
			Sources: top(func(a analyze.ActorMetrics) int { return a.Out[rel] }),
			Targets: top(func(a analyze.ActorMetrics) int { return a.In[rel] })}
		if len(row.Sources)+len(row.Targets) > 0 {
			rows = append(rows, row)
		}
	}
	return rows
}

func diff(prev, cur analyze.Result) *changes {
	c := &changes{PrevActors: len(prev.Actor.Actors) + prev.Actor.ActorsOmitted, CurActors: len(cur.Actor.Actors) + cur.Actor.ActorsOmitted}
	names := func(as []analyze.ActorMetrics) map[string]bool {
		m := map[string]bool{}
		for _, a := range as {
			m[a.Name] = true
		}
		return m
	}
	pn, cn := names(prev.Actor.Actors), names(cur.Actor.Actors)
	for _, a := range central(cur.Actor.Actors, len(cur.Actor.Actors)) {
		if !pn[a.Name] {
			if len(c.New) < maxChangedNames {
				c.New = append(c.New, a.Name)
			} else {
				c.NewMore++
			}
		}
	}
	for _, a := range central(prev.Actor.Actors, len(prev.Actor.Actors)) {
		if !cn[a.Name] {
			if len(c.Dropped) < maxChangedNames {
				c.Dropped = append(c.Dropped, a.Name)
			} else {
				c.DroppedMore++
			}
		}
	}
	key := func(m analyze.Mediation) string {
		a, b := m.Dyad[0], m.Dyad[1]
		if b < a {
			a, b = b, a
		}
		return m.Mediator + "\x00" + a + "\x00" + b
	}
	rank := func(ms []analyze.Mediation) (map[string]int, []string) {
		ms = slices.Clone(ms)
		slices.SortStableFunc(ms, func(x, y analyze.Mediation) int {
			return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(key(x), key(y)))
		})
		r := map[string]int{}
		var order []string
		for _, m := range ms {
			k := key(m)
			if r[k] == 0 {
				order = append(order, k)
				r[k] = len(order)
			}
		}
		return r, order
	}
	pr, porder := rank(prev.Country.Mediators)
	cr, corder := rank(cur.Country.Mediators)
	seen := map[string]bool{}
	add := func(k string) {
		if seen[k] || len(c.Ranks) == maxRankRows {
			return
		}
		seen[k] = true
		p := strings.Split(k, "\x00")
		c.Ranks = append(c.Ranks, rankChange{Mediator: p[0], A: p[1], B: p[2], Prev: pr[k], Cur: cr[k]})
	}
	for i, k := range corder {
		if i < maxRankRows*2/3 {
			add(k)
		}
	}
	for i, k := range porder {
		if i < maxRankRows/3*2 && cr[k] == 0 {
			add(k)
		}
	}
	return c
}

// brokerRow is one actor's Gould–Fernandez brokerage counts, when the
// analysis computed them.
type brokerRow struct {
	Name   string
	Counts []int // coordinator, itinerant, gatekeeper, representative, liaison
	Total  int
	// Diplomatic is the total on the diplomatic layer alone (URGED and
	// SPOKE_WITH, both ways).
	Diplomatic int
}

// brokerRoles names the Gould–Fernandez roles in table order.
var brokerRoles = []string{"coordinator", "itinerant", "gatekeeper", "representative", "liaison"}

// timeline is the count of edges per period and relation.
type timeline struct {
	Period string // "day", "week" or "month"
	Bars   []bar
	Max    int
	bucket map[string]int // published date -> bar
}

type bar struct {
	Start  string // first day of the period, YYYY-MM-DD
	Counts []int  // per relation, in graph.Relations order
	Total  int
}

func buildTimeline(edges []graph.Edge) timeline {
	var t timeline
	var lo, hi time.Time
	dates := map[string]int{}
	for _, e := range edges {
		d, err := time.Parse(time.DateOnly, e.Published)
		if err != nil {
			continue
		}
		if lo.IsZero() || d.Before(lo) {
			lo = d
		}
		if d.After(hi) {
			hi = d
		}
		dates[e.Published]++
	}
	if lo.IsZero() {
		return t
	}
	days := int(hi.Sub(lo).Hours()/24) + 1
	start := func(d time.Time) time.Time { return d }
	next := func(d time.Time) time.Time { return d.AddDate(0, 0, 1) }
	t.Period = "day"
	switch {
	case days > maxTimelineBars*7:
		t.Period = "month"
		start = func(d time.Time) time.Time { return time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC) }
		next = func(d time.Time) time.Time { return d.AddDate(0, 1, 0) }
	case days > maxTimelineBars:
		t.Period = "week"
		start = func(d time.Time) time.Time { return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) }
		next = func(d time.Time) time.Time { return d.AddDate(0, 0, 7) }
	}
	idx := map[string]int{}
	t.bucket = map[string]int{}
	for d := start(lo); !d.After(hi); d = next(d) {
		idx[d.Format(time.DateOnly)] = len(t.Bars)
		t.Bars = append(t.Bars, bar{Start: d.Format(time.DateOnly), Counts: make([]int, len(graph.Relations()))})
	}
	ri := map[graph.Relation]int{}
	for i, r := range graph.Relations() {
		ri[r] = i
	}
	for _, e := range edges {
		d, err := time.Parse(time.DateOnly, e.Published)
		if err != nil {
			continue
		}
		i, ok := idx[start(d).Format(time.DateOnly)]
		if !ok {
			continue
		}
		t.bucket[e.Published] = i
		b := &t.Bars[i]
		if j, ok := ri[e.Relation]; ok {
			b.Counts[j]++
			b.Total++
		}
		t.Max = max(t.Max, b.Total)
	}
	return t
}

func itoa(n int) string { return strconv.Itoa(n) }

// windowRow sums up one time window of the analysis: its top mediator at
// country level, its top go-between on the diplomatic layer and its most
// central actor.
type windowRow struct {
	Start, End string // the window's first and last day
	Edges      int
	Mediator   *analyze.Mediation // nil when the window has none
	Central    string
	// GoBetween is the country with the highest mediation measure, "" when
	// none has any; GoBetweenScore its measure.
	GoBetween      string
	GoBetweenScore float64
}

// windowRows lists the latest maxWindows windows with edges in time order,
// and how many earlier ones were left out.
func windowRows(all []analyze.Window) ([]windowRow, int) {
	var ws []analyze.Window // windows with no edge say nothing: left out
	for _, w := range all {
		if w.Edges > 0 {
			ws = append(ws, w)
		}
	}
	skip := max(0, len(ws)-maxWindows)
	var rows []windowRow
	for _, w := range ws[skip:] {
		r := windowRow{Start: w.Start, End: w.End, Edges: w.Edges}
		if end, err := time.Parse(time.DateOnly, w.End); err == nil {
			r.End = end.AddDate(0, 0, -1).Format(time.DateOnly) // shown inclusive
		}
		for i, m := range w.Country.Mediators {
			if r.Mediator == nil || m.Score > r.Mediator.Score {
				r.Mediator = &w.Country.Mediators[i]
			}
		}
		if c := central(w.Actor.Actors, 1); len(c) > 0 {
			r.Central = c[0].Name
		}
		for _, a := range w.Country.Actors {
			if a.PathMediation > r.GoBetweenScore || a.PathMediation == r.GoBetweenScore && a.PathMediation > 0 && a.Name < r.GoBetween {
				r.GoBetween, r.GoBetweenScore = a.Name, a.PathMediation
			}
		}
		rows = append(rows, r)
	}
	return rows, skip
}

// score prints a mediation score: whole numbers as such, others to two
// decimals.
func score(x float64) string {
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return strconv.FormatFloat(x, 'f', 0, 64)
	}
	return strconv.FormatFloat(x, 'f', 2, 64)
}

// Headline is the finding a reader should see first: the top mediator of
// the first conflict dyad (country level) and the most central actor, or
// "" when there is neither.
func (f *findings) Headline() string {
	var parts []string
	if len(f.MedCountry) > 0 && len(f.MedCountry[0].Mediators) > 0 {
		g := f.MedCountry[0]
		m := g.Mediators[0]
		if m.Share > 0 {
			parts = append(parts, fmt.Sprintf("Top mediator: %s between %s and %s (score %s, on %s of the shortest diplomatic paths between them)", m.Name, g.A, g.B, score(m.Score), percent(m.Share)))
		} else {
			parts = append(parts, fmt.Sprintf("Top mediator: %s between %s and %s (score %s)", m.Name, g.A, g.B, score(m.Score)))
		}
	}
	if len(f.PathCountry) > 0 && len(f.PathCountry[0].Rows) > 0 {
		g := f.PathCountry[0]
		if m := g.Rows[0]; len(f.MedCountry) == 0 || f.MedCountry[0].Mediators[0].Name != m.Name || f.MedCountry[0].A != g.A || f.MedCountry[0].B != g.B {
			parts = append(parts, fmt.Sprintf("main go-between of the most hostile conflict, %s – %s: %s (%s of the shortest diplomatic paths)", g.A, g.B, m.Name, percent(m.Share)))
		}
	}
	if d := f.topMediation(); d != nil {
		parts = append(parts, fmt.Sprintf("highest mediation measure (country level): %s, on %s of the conflicts' shortest diplomatic paths, weighted by hostility", d.Name, percent(d.PathMediation)))
	} else if len(f.Central) > 0 && f.Central[0].Betweenness > 0 {
		parts = append(parts, fmt.Sprintf("most central actor: %s (betweenness %.3f)", f.Central[0].Name, f.Central[0].Betweenness))
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, "; ") + "."
}

// topMediation is the country-level node with the highest mediation
// measure (ties by name), nil when none has any.
func (f *findings) topMediation() *analyze.ActorMetrics {
	var top *analyze.ActorMetrics
	as := f.in.Analysis.Country.Actors
	for i := range as {
		a := &as[i]
		if a.PathMediation > 0 && (top == nil || a.PathMediation > top.PathMediation ||
			a.PathMediation == top.PathMediation && a.Name < top.Name) {
			top = a
		}
	}
	return top
}
