package export

import (
	"bufio"
	"context"
	"io"
)

// gexfType maps a GraphML attribute type to GEXF's.
func gexfType(graphml string) string {
	switch graphml {
	case "int":
		return "integer"
	case "long", "double", "string":
		return graphml
	}
	return "string"
}

// WriteGEXF writes g as GEXF 1.3 (https://gexf.net), the format Gephi
// reads, as a dynamic graph with dates: each edge lives on its publication
// day (start = end = the date) and each node from its first to its last
// dated edge, so Gephi's timeline shows the edges of the days its window
// covers; undated edges, and the nodes of any undated edge, exist at all
// times. Node ids and labels are the names; node attributes kind, country
// and the metrics; edge ids are the edge-stream ids, labels and kinds the
// relation (Gephi keeps parallel edges of different kinds apart), and edge
// attributes those of edgeAttrs. Cost: O(n + e), streaming through a 64 KiB
// buffer.
func WriteGEXF(ctx context.Context, w io.Writer, g Graph) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	x := xmlWriter{bw}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n",
		`<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`, "\n",
		"  <meta>\n    <creator>actorgraph</creator>\n    <description>")
	x.text("who did what to whom among political actors, " + string(g.Level) + " level; edges dated by publication day")
	x.raw("</description>\n  </meta>\n",
		`  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">`, "\n")
	attribute := func(id, typ string) {
		x.raw("      <attribute")
		x.attr("id", id)
		x.attr("title", id)
		x.attr("type", gexfType(typ))
		x.raw("/>\n")
	}
	x.raw(`    <attributes class="node" mode="static">`, "\n")
	attribute("kind", "string")
	attribute("country", "string")
	for _, m := range metrics() {
		attribute(m.name, m.typ)
	}
	x.raw("    </attributes>\n", `    <attributes class="edge" mode="static">`, "\n")
	for _, a := range edgeAttrs() {
		attribute(a.name, a.typ)
	}
	x.raw("    </attributes>\n")
	value := func(id, v string) {
		x.raw(`          <attvalue for="`, id, `" value="`)
		x.text(v)
		x.raw("\"/>\n")
	}
	x.raw("    <nodes>\n")
	for i, n := range g.Nodes {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		x.raw("      <node")
		x.attr("id", n.Actor.Name)
		x.attr("label", n.Actor.Name)
		if n.Start != "" {
			x.attr("start", n.Start)
			x.attr("end", n.End)
		}
		x.raw(">\n        <attvalues>\n")
		value("kind", string(n.Actor.Kind))
		if n.Actor.Country != "" {
			value("country", n.Actor.Country)
		}
		for _, m := range metrics() {
			value(m.name, m.value(n.Metrics))
		}
		x.raw("        </attvalues>\n      </node>\n")
	}
	x.raw("    </nodes>\n    <edges>\n")
	for i, e := range g.Edges {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		x.raw("      <edge")
		x.attr("id", e.ID)
		x.attr("source", e.Source.Name)
		x.attr("target", e.Target.Name)
		x.attr("label", string(e.Relation))
		x.attr("kind", string(e.Relation))
		if e.Published != "" {
			x.attr("start", e.Published)
			x.attr("end", e.Published)
		}
		x.raw(">\n        <attvalues>\n")
		for _, a := range edgeAttrs() {
			if v := a.value(e); v != "" || !a.optional {
				value(a.name, v)
			}
		}
		x.raw("        </attvalues>\n      </edge>\n")
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}
