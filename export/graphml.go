package export

import (
	"bufio"
	"context"
	"io"
	"strconv"
)

// edgeAttr is one edge column: its name, its GraphML type, its value, and
// whether it is omitted when empty.
type edgeAttr struct {
	name, typ string
	value     func(Edge) string
	optional  bool
}

// edgeAttrs lists the edge attributes every format carries, in column order.
func edgeAttrs() []edgeAttr {
	return []edgeAttr{
		{"edge_id", "string", func(e Edge) string { return e.ID }, false},
		{"relation", "string", func(e Edge) string { return string(e.Relation) }, false},
		{"date", "string", func(e Edge) string { return e.Published }, true},
		{"confidence", "double", func(e Edge) string { return formatFloat(e.Confidence) }, false},
		{"sentence", "string", func(e Edge) string { return e.Sentence }, false},
		{"doc", "string", func(e Edge) string { return e.Doc }, false},
		{"sentence_index", "int", func(e Edge) string { return strconv.Itoa(e.SentenceIndex) }, false},
		{"trigger", "string", func(e Edge) string { return e.Trigger }, true},
		{"source_actor", "string", func(e Edge) string { return e.SourceActor }, false},
		{"target_actor", "string", func(e Edge) string { return e.TargetActor }, false},
	}
}

// checkEvery is how many nodes or edges a writer writes between looks at
// its context.
const checkEvery = 1024

// WriteGraphML writes g as GraphML (http://graphml.graphdrawing.org): a
// directed multigraph whose nodes have ids n0, n1, ... in name order (GraphML
// ids are XML name tokens, which names with spaces are not) and the data
// name, kind, country (omitted when none) and the metrics; its edges have ids
// e0, e1, ... and the data of edgeAttrs (date and trigger omitted when
// empty). SPOKE_WITH, which has no direction, is written once, as the
// sentence names its ends. Cost: O(n + e), streaming through a 64 KiB buffer.
func WriteGraphML(ctx context.Context, w io.Writer, g Graph) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	x := xmlWriter{bw}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n",
		`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`, "\n")
	key := func(id, on, name, typ string) {
		x.raw("  <key")
		x.attr("id", id)
		x.attr("for", on)
		x.attr("attr.name", name)
		x.attr("attr.type", typ)
		x.raw("/>\n")
	}
	for _, k := range []string{"name", "kind", "country"} {
		key("n_"+k, "node", k, "string")
	}
	for _, m := range metrics() {
		key("n_"+m.name, "node", m.name, m.typ)
	}
	for _, a := range edgeAttrs() {
		key("e_"+a.name, "edge", a.name, a.typ)
	}
	x.raw(`  <graph id="actorgraph-`, string(g.Level), `" edgedefault="directed">`, "\n")
	data := func(key, value string) {
		x.raw(`      <data key="`, key, `">`)
		x.text(value)
		x.raw("</data>\n")
	}
	index := make(map[string]int, len(g.Nodes))
	for i, n := range g.Nodes {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		index[n.Actor.Name] = i
		x.raw(`    <node id="n`, strconv.Itoa(i), "\">\n")
		data("n_name", n.Actor.Name)
		data("n_kind", string(n.Actor.Kind))
		if n.Actor.Country != "" {
			data("n_country", n.Actor.Country)
		}
		for _, m := range metrics() {
			data("n_"+m.name, m.value(n.Metrics))
		}
		x.raw("    </node>\n")
	}
	for i, e := range g.Edges {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		x.raw(`    <edge id="e`, strconv.Itoa(i), `" source="n`, strconv.Itoa(index[e.Source.Name]), `" target="n`, strconv.Itoa(index[e.Target.Name]), "\">\n")
		for _, a := range edgeAttrs() {
			if v := a.value(e); v != "" || !a.optional {
				data("e_"+a.name, v)
			}
		}
		x.raw("    </edge>\n")
	}
	x.raw("  </graph>\n</graphml>\n")
	return bw.Flush()
}
