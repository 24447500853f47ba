// Package export writes the actor graph, with the analysis metrics on its
// nodes and the provenance of every edge, in the formats other network tools
// read: GraphML (NetworkX, igraph, R, yEd, Cytoscape), GEXF 1.3 with dates
// (Gephi, whose timeline plays the edges by publication day) and CSV (a
// nodes file and an edges file, for spreadsheets, R, UCINET and Gephi's
// spreadsheet import). The layout of each format is in docs/export.md.
//
// Build turns an edge stream and its analysis into a Graph; the writers
// stream that Graph to an io.Writer in a fixed order (nodes by name, edges by
// document, sentence and id), so the same input always gives the same bytes.
// Text is cleaned of the characters XML 1.0 cannot hold (most C0 controls,
// U+FFFE, U+FFFF) in every format, so that all formats carry the same
// strings.
//
// Concurrency: a Graph is read-only once built; several writers may read it
// at once.
package export

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

// Format is a file format an export writes.
type Format string

// The formats.
const (
	GraphML Format = "graphml"
	GEXF    Format = "gexf"
	CSV     Format = "csv"
)

// Formats lists the formats in the order WriteDir writes them.
func Formats() []Format { return []Format{GraphML, GEXF, CSV} }

// ParseFormats reads a comma-separated list of formats ("graphml,gexf,csv"),
// case-insensitive, duplicates dropped, in the order given.
func ParseFormats(s string) ([]Format, error) {
	var fs []Format
	for _, part := range strings.Split(s, ",") {
		f := Format(strings.ToLower(strings.TrimSpace(part)))
		if !slices.Contains(Formats(), f) {
			return nil, fmt.Errorf("unknown export format %q (want graphml, gexf or csv, or a comma-separated list of them)", strings.TrimSpace(part))
		}
		if !slices.Contains(fs, f) {
			fs = append(fs, f)
		}
	}
	return fs, nil
}

// Level is the granularity of the exported graph.
type Level string

// The levels, as in analysis.json.
const (
	// ActorLevel keeps the actors as named (Joe Biden, the IDF, Iran).
	ActorLevel Level = "actor"
	// CountryLevel replaces each actor by its country; an actor without one
	// (the UN and its officials) stays itself. Edges that fall inside one
	// country are dropped, as the analysis drops them.
	CountryLevel Level = "country"
)

// ParseLevel reads "actor" or "country".
func ParseLevel(s string) (Level, error) {
	switch l := Level(strings.ToLower(strings.TrimSpace(s))); l {
	case ActorLevel, CountryLevel:
		return l, nil
	}
	return "", fmt.Errorf("unknown level %q (want actor or country)", s)
}

// Graph is what an export writes.
type Graph struct {
	Level Level
	Nodes []Node // by name
	Edges []Edge // by doc, sentence index, id; one per edge id
}

// Node is one actor (or country) with its metrics. Start and End are the
// first and last publication dates of its edges, both empty when any of its
// edges is undated (it then exists at all times in a dynamic GEXF).
type Node struct {
	Actor      graph.Actor // names cleaned of characters XML cannot hold
	Metrics    analyze.ActorMetrics
	Start, End string
}

// Edge is one edge at the export's level. Edge.Source and Edge.Target are
// the nodes; SourceActor and TargetActor are the actors as the sentence
// names them (the same at actor level).
type Edge struct {
	graph.Edge
	SourceActor, TargetActor string
}

// Build makes the Graph of edges at level, with the metrics of lvl (the
// analysis of the same edges at the same level: analyze.Result.Actor or
// .Country). Nodes without metrics in lvl get zero metrics and community -1.
// It fails when two distinct names become one once cleaned for XML.
// Cost: O(e log e) for e edges.
func Build(edges []graph.Edge, lvl analyze.Level, level Level) (Graph, error) {
	toLevel := func(a graph.Actor) graph.Actor { return a }
	if level == CountryLevel {
		toLevel = func(a graph.Actor) graph.Actor {
			if a.Country == "" {
				return a
			}
			return graph.Actor{Name: a.Country, Kind: graph.State, Country: a.Country}
		}
	} else if level != ActorLevel {
		return Graph{}, fmt.Errorf("export: unknown level %q", level)
	}
	metrics := make(map[string]analyze.ActorMetrics, len(lvl.Actors))
	for _, m := range lvl.Actors {
		metrics[m.Name] = m
	}
	g := Graph{Level: level}
	nodes := map[string]*Node{}
	undated := map[string]bool{}
	cleanedFrom := map[string]string{}
	seen := map[string]bool{}
	addNode := func(a graph.Actor, date string) error {
		n, ok := nodes[a.Name]
		if !ok {
			c := graph.Actor{Name: Clean(a.Name), Kind: graph.Kind(Clean(string(a.Kind))), Country: Clean(a.Country)}
			if other, dup := cleanedFrom[c.Name]; dup {
				return fmt.Errorf("export: actors %q and %q differ only by characters XML cannot hold", other, a.Name)
			}
			cleanedFrom[c.Name] = a.Name
			m, ok := metrics[a.Name]
			if !ok {
				m = analyze.ActorMetrics{Name: a.Name, Kind: a.Kind, Community: -1}
			}
			n = &Node{Actor: c, Metrics: m}
			nodes[a.Name] = n
		}
		switch {
		case date == "":
			undated[a.Name] = true
		case n.Start == "" || date < n.Start:
			n.Start = date
		}
		if date > n.End {
			n.End = date
		}
		return nil
	}
	for _, e := range edges {
		if seen[e.ID] {
			continue
		}
		s, t := toLevel(e.Source), toLevel(e.Target)
		if s.Name == t.Name {
			continue
		}
		seen[e.ID] = true
		date := e.Published
		if _, err := time.Parse(time.DateOnly, date); err != nil {
			date = "" // absent, or not a date Gephi can place
		}
		if err := addNode(s, date); err != nil {
			return Graph{}, err
		}
		if err := addNode(t, date); err != nil {
			return Graph{}, err
		}
		x := Edge{Edge: e, SourceActor: Clean(e.Source.Name), TargetActor: Clean(e.Target.Name)}
		x.Source, x.Target = nodes[s.Name].Actor, nodes[t.Name].Actor
		x.ID, x.Doc, x.Sentence, x.Trigger = Clean(e.ID), Clean(e.Doc), Clean(e.Sentence), Clean(e.Trigger)
		x.Relation, x.Published = graph.Relation(Clean(string(e.Relation))), date
		g.Edges = append(g.Edges, x)
	}
	for name, n := range nodes {
		if undated[name] {
			n.Start, n.End = "", ""
		}
		g.Nodes = append(g.Nodes, *n)
	}
	slices.SortFunc(g.Nodes, func(a, b Node) int { return cmp.Compare(a.Actor.Name, b.Actor.Name) })
	slices.SortFunc(g.Edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.SentenceIndex, b.SentenceIndex), cmp.Compare(a.ID, b.ID))
	})
	return g, nil
}

// metric is one node column: its name, its GraphML type and its value.
type metric struct {
	name  string
	typ   string // GraphML attr.type: int, long or double
	value func(analyze.ActorMetrics) string
}

// metrics lists the node metrics every format carries, in column order.
// A metric added to analyze.ActorMetrics is exported by adding a line here.
func metrics() []metric {
	f := func(v float64) string { return formatFloat(v) }
	return []metric{
		{"betweenness", "double", func(m analyze.ActorMetrics) string { return f(m.Betweenness) }},
		{"weighted_betweenness", "double", func(m analyze.ActorMetrics) string { return f(m.WeightedBetweenness) }},
		{"pagerank", "double", func(m analyze.ActorMetrics) string { return f(m.PageRank) }},
		{"harmonic", "double", func(m analyze.ActorMetrics) string { return f(m.Harmonic) }},
		{"in_degree", "int", func(m analyze.ActorMetrics) string { return strconv.Itoa(m.InDegree) }},
		{"out_degree", "int", func(m analyze.ActorMetrics) string { return strconv.Itoa(m.OutDegree) }},
		{"community", "int", func(m analyze.ActorMetrics) string { return strconv.Itoa(m.Community) }},
		{"mediation_score", "double", func(m analyze.ActorMetrics) string { return f(m.Mediation) }},
		{"brokerage", "long", func(m analyze.ActorMetrics) string { return strconv.FormatInt(m.Brokerage.Total(), 10) }},
	}
}

// formatFloat writes v in the shortest form that reads back exactly, and
// NaN and infinities in XML Schema's spelling (which Python's float reads).
func formatFloat(v float64) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "INF"
	case math.IsInf(v, -1):
		return "-INF"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// FileNames returns the files WriteDir writes for format f at level: for
// the actor level actorgraph.graphml, actorgraph.gexf, or nodes.csv and
// edges.csv; for the country level the same with "-country" before the
// extension.
func FileNames(f Format, level Level) []string {
	suffix := ""
	if level == CountryLevel {
		suffix = "-country"
	}
	switch f {
	case GraphML:
		return []string{"actorgraph" + suffix + ".graphml"}
	case GEXF:
		return []string{"actorgraph" + suffix + ".gexf"}
	case CSV:
		return []string{"nodes" + suffix + ".csv", "edges" + suffix + ".csv"}
	}
	return nil
}

// LevelOf returns the analysis of res at level: res.Actor or res.Country.
func LevelOf(res analyze.Result, level Level) analyze.Level {
	if level == CountryLevel {
		return res.Country
	}
	return res.Actor
}

// Export builds the graph of edges at level with the metrics of res (the
// analysis of the same edges) and writes it into dir in each format (see
// WriteDir). It is the one call a workflow that already holds its edges and
// analysis makes, such as `actorgraph run --export graphml,gexf,csv`:
//
//	paths, err := export.Export(ctx, outDir, edges, res, export.ActorLevel, formats)
//
// Cost: Build plus one pass over the graph per file.
func Export(ctx context.Context, dir string, edges []graph.Edge, res analyze.Result, level Level, formats []Format) ([]string, error) {
	g, err := Build(edges, LevelOf(res, level), level)
	if err != nil {
		return nil, err
	}
	return WriteDir(ctx, dir, g, formats)
}

// WriteDir writes g into dir (which must exist) in each format, under the
// names of FileNames, each file atomically (a crash leaves the old file or
// the new one). It returns the paths written. Cost: one pass over g per
// file.
func WriteDir(ctx context.Context, dir string, g Graph, formats []Format) ([]string, error) {
	var paths []string
	for _, f := range formats {
		names := FileNames(f, g.Level)
		writers := map[Format][]func(context.Context, io.Writer, Graph) error{
			GraphML: {WriteGraphML},
			GEXF:    {WriteGEXF},
			CSV:     {WriteNodesCSV, WriteEdgesCSV},
		}[f]
		if len(writers) == 0 {
			return paths, fmt.Errorf("export: unknown format %q", f)
		}
		for i, write := range writers {
			p := filepath.Join(dir, names[i])
			if err := atomicfile.Write(p, func(w io.Writer) error { return write(ctx, w, g) }); err != nil {
				return paths, fmt.Errorf("export %s: %w", f, err)
			}
			paths = append(paths, p)
		}
	}
	return paths, nil
}

// WriteFile writes g in format f (GraphML or GEXF: one file) to w. It is
// how `actorgraph export --out FILE` and `--out -` write.
func WriteFile(ctx context.Context, w io.Writer, g Graph, f Format) error {
	switch f {
	case GraphML:
		return WriteGraphML(ctx, w, g)
	case GEXF:
		return WriteGEXF(ctx, w, g)
	case CSV:
		return fmt.Errorf("export: csv is two files (nodes.csv and edges.csv): give a folder")
	}
	return fmt.Errorf("export: unknown format %q", f)
}
