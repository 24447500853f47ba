package report

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

//go:embed assets/page.html assets/style.css assets/script.js
var assets embed.FS

func mustAsset(name string) string {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time: cannot fail
	}
	return string(b)
}

var (
	style  = mustAsset("assets/style.css")
	script = mustAsset("assets/script.js")
	// csp allows only the page's own inline style and script, by hash, and
	// nothing from any address: the page cannot make a network request.
	csp = fmt.Sprintf("default-src 'none'; style-src %s; script-src %s; base-uri 'none'; form-action 'none'", hash(style), hash(script))
)

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}

var pageTemplate = template.Must(template.New("page.html").Funcs(template.FuncMap{
	"add":      func(a, b int) int { return a + b },
	"sub":      func(a, b int) int { return a - b },
	"join":     func(s []string) string { return strings.Join(s, ", ") },
	"rank":     rankText,
	"plural":   plural,
	"tie":      tie,
	"score":    score,
	"percent":  percent,
	"wb":       weightedBetweenness,
	"harm":     harmonic,
	"relColor": func(r graph.Relation) string { return relStyle[r].color },
	"relDash":  func(r graph.Relation) string { return relStyle[r].dash },
	"pair": func(level, key string, g []dyadMediators) map[string]any {
		return map[string]any{"Level": level, "Key": key, "Groups": g}
	},
	"pathPair": func(level, key string, g []pathGroup) map[string]any {
		return map[string]any{"Level": level, "Key": key, "Groups": g}
	},
	"label": func(n netNode, what string) string {
		l := n.Label
		if !l.Shown { // spare labels show on selection, right of the node
			l.Anchor, l.X, l.Y = "start", n.X+n.R+3, n.Y+4
		}
		switch what {
		case "x":
			return fmt.Sprintf("%.1f", l.X)
		case "y":
			return fmt.Sprintf("%.1f", l.Y)
		}
		return l.Anchor
	},
}).ParseFS(assets, "assets/page.html"))

// pageData is what the template sees.
type pageData struct {
	F           *findings
	CSP         template.HTMLAttr
	Style       template.CSS
	Script      template.JS
	Data        jsonData
	Names       []string // drawn actor names, for the search box
	Countries   []string // countries of drawn actors, for the country box
	Timeline    *timelineView
	BrokerRoles []string
	MaxArcs     int
	// HasCommunities offers colouring by community.
	HasCommunities bool
	MediationNote  string
	PathNote       string
	// Sizes are the node size measures offered, the default first.
	Sizes []struct{ Key, Label string }
	// Fold is true when a view folds the drawn actors outside the
	// conflicts by default.
	Fold bool
}

// jsonData is the data the script reads: the drawn networks and the
// evidence rows their arcs point to.
type jsonData struct {
	Nets []jsonNet `json:"nets"`
	Ev   []evRow   `json:"ev"`
	// Bars are the first days of the timeline's bars: the date filter maps
	// a date to a bar and shows the arcs with an edge in the chosen bars.
	Bars []string `json:"bars"`
}

type jsonNet struct {
	Key   string     `json:"key"`
	Nodes []jsonNode `json:"nodes"`
	Arcs  []jsonArc  `json:"arcs"`
	// Focus is the per-conflict view; Fold says the default view shows
	// only the conflict neighbourhoods (nodes with core set); W and H are
	// the drawing's size.
	Focus []jsonFocus `json:"focus"`
	Fold  bool        `json:"fold"`
	W     float64     `json:"w"`
	H     float64     `json:"h"`
}

type jsonNode struct {
	Name      string    `json:"n"`
	Kind      string    `json:"k"`
	Country   string    `json:"c,omitempty"`
	B         float64   `json:"b"`
	PR        float64   `json:"pr"`
	In        int       `json:"i"`
	Out       int       `json:"o"`
	Community int       `json:"m"`
	PM        float64   `json:"pm"` // mediation measure
	DB        float64   `json:"db"` // diplomatic betweenness
	X         float64   `json:"x"`
	Y         float64   `json:"y"`
	R         []float64 `json:"r"`              // radius by size measure
	Core      bool      `json:"core,omitempty"` // in a conflict neighbourhood
	Med       int       `json:"med,omitempty"`  // 1: mediator, 2: partisan mediator
	Role      string    `json:"role,omitempty"`
}

type jsonFocus struct {
	A    int        `json:"a"`
	B    int        `json:"b"`
	N    int        `json:"n"` // hostile edges
	Ev   []int      `json:"e"`
	Meds []jsonFMed `json:"m"`
}

type jsonFMed struct {
	Node     int      `json:"i"`
	Share    float64  `json:"p"`
	Score    float64  `json:"s"`
	Supports []string `json:"sup,omitempty"`
	Hostile  []string `json:"hos,omitempty"`
	Via      []string `json:"via,omitempty"`
	Ev       []int    `json:"e"`
}

type jsonArc struct {
	S   int    `json:"s"`
	T   int    `json:"t"`
	Rel string `json:"r"`
	N   int    `json:"n"`
	Ev  []int  `json:"e"`
}

func (f *findings) html(w io.Writer) error {
	f.layoutNetworks()
	d := pageData{F: f, CSP: template.HTMLAttr(`content="` + csp + `"`), Style: template.CSS(style), Script: template.JS(script), BrokerRoles: brokerRoles, MaxArcs: maxArcs, MediationNote: mediationNote, PathNote: pathMediationNote, Sizes: sizeMeasures}
	names, countries := map[string]bool{}, map[string]bool{}
	for _, nw := range f.Nets {
		jn := jsonNet{Key: nw.Key, Nodes: []jsonNode{}, Arcs: []jsonArc{}, Focus: []jsonFocus{}, Fold: nw.Fold, W: nw.W, H: nw.H}
		for _, fd := range nw.Focus {
			jf := jsonFocus{A: fd.A, B: fd.B, N: fd.Hostile, Ev: fd.Ev, Meds: []jsonFMed{}}
			for _, m := range fd.Meds {
				jf.Meds = append(jf.Meds, jsonFMed{Node: m.Node, Share: round(m.Share), Score: round(m.Score), Supports: m.Supports, Hostile: m.Hostile, Via: m.Via, Ev: m.Ev})
			}
			jn.Focus = append(jn.Focus, jf)
		}
		for _, n := range nw.Nodes {
			med := 0
			if n.Mediator {
				med = 1
				if n.Partisan {
					med = 2
				}
			}
			jn.Nodes = append(jn.Nodes, jsonNode{Name: n.Name, Kind: n.Kind, Country: n.Country,
				B: round(n.M.Betweenness), PR: round(n.M.PageRank), In: n.M.InDegree, Out: n.M.OutDegree, Community: n.M.Community,
				PM: round(n.M.PathMediation), DB: round(n.M.DiplomaticBetweenness), X: r1(n.X), Y: r1(n.Y), R: n.Radii,
				Core: n.Core, Med: med, Role: n.Role})
			if nw.Key == "actor" {
				names[n.Name] = true
				if n.Country != "" {
					countries[n.Country] = true
				}
			}
		}
		for _, a := range nw.Arcs {
			jn.Arcs = append(jn.Arcs, jsonArc{S: a.S, T: a.T, Rel: string(a.Rel), N: a.N, Ev: a.Ev})
		}
		d.Data.Nets = append(d.Data.Nets, jn)
	}
	d.Data.Bars = []string{}
	for _, b := range f.Timeline.Bars {
		d.Data.Bars = append(d.Data.Bars, b.Start)
	}
	d.Data.Ev = f.ev.Rows
	if d.Data.Ev == nil {
		d.Data.Ev = []evRow{}
	}
	d.Names = sortedKeys(names)
	d.Countries = sortedKeys(countries)
	d.Timeline = newTimelineView(f.Timeline, f.Relations)
	for _, nw := range f.Nets {
		d.HasCommunities = d.HasCommunities || len(nw.LegendComm) > 0
		d.Fold = d.Fold || nw.Fold
	}
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, d); err != nil {
		return fmt.Errorf("report.html: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func round(x float64) float64 {
	const p = 1e6
	if x < 0 {
		return -float64(int64(-x*p+0.5)) / p
	}
	return float64(int64(x*p+0.5)) / p
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// timelineView is the timeline with its geometry.
type timelineView struct {
	Period           string
	W, H, X0, X1, Y0 float64
	TickY            float64
	Max              int
	From, To         string
	Bars             []barView
	Ticks            []tick
}

type barView struct {
	From, To string // the period, inclusive
	X, W     float64
	Title    string
	Total    int
	Counts   []int
	Rects    []rectView
}

type rectView struct {
	X, Y, W, H float64
	Color      string
}

type tick struct {
	X     float64
	Label string
}

func newTimelineView(t timeline, rels []relInfo) *timelineView {
	if len(t.Bars) == 0 || t.Max == 0 {
		return nil
	}
	v := &timelineView{Period: t.Period, W: 1000, H: 190, X0: 40, X1: 990, Y0: 160, TickY: 180, Max: t.Max}
	slot := (v.X1 - v.X0) / float64(len(t.Bars))
	bw := max(min(slot*0.8, 40), min(slot, 3))
	scale := (v.Y0 - 20) / float64(t.Max)
	for i, b := range t.Bars {
		x := v.X0 + float64(i)*slot + (slot-bw)/2
		start, _ := time.Parse(time.DateOnly, b.Start)
		end := start
		switch t.Period {
		case "week":
			end = start.AddDate(0, 0, 6)
		case "month":
			end = start.AddDate(0, 1, -1)
		}
		bv := barView{From: b.Start, To: end.Format(time.DateOnly), X: r1(v.X0 + float64(i)*slot), W: r1(slot), Total: b.Total, Counts: b.Counts}
		var parts []string
		y := v.Y0
		for j, c := range b.Counts {
			if c == 0 {
				continue
			}
			h := float64(c) * scale
			y -= h
			bv.Rects = append(bv.Rects, rectView{X: r1(x), Y: r1(y), W: r1(bw), H: r1(h), Color: rels[j].Color})
			parts = append(parts, fmt.Sprintf("%s %d", rels[j].Rel, c))
		}
		label := b.Start
		if bv.To != b.Start {
			label = b.Start + " to " + bv.To
		}
		bv.Title = fmt.Sprintf("%s: %d edges", label, b.Total)
		if len(parts) > 0 {
			bv.Title += " (" + strings.Join(parts, ", ") + ")"
		}
		v.Bars = append(v.Bars, bv)
	}
	v.From, v.To = t.Bars[0].Start, v.Bars[len(v.Bars)-1].To
	// About eight date labels, never closer than 110 units.
	step := max(1, int(110/slot)+1, len(t.Bars)/8)
	for i := 0; i < len(t.Bars); i += step {
		x := v.X0 + (float64(i)+0.5)*slot
		if x+40 > v.W || x-40 < 0 { // a label must not be clipped
			continue
		}
		v.Ticks = append(v.Ticks, tick{X: r1(x), Label: t.Bars[i].Start})
	}
	return v
}

// r1 rounds to one decimal: SVG coordinates need no more.
func r1(x float64) float64 { return math.Round(x*10) / 10 }
