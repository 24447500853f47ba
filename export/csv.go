package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"io"
)

// WriteNodesCSV writes the nodes of g as CSV (RFC 4180, comma-separated,
// a header row): id (the name, which edges.csv refers to), name, kind,
// country (empty when none) and the metrics. Cost: O(n).
func WriteNodesCSV(ctx context.Context, w io.Writer, g Graph) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(bw)
	head := []string{"id", "name", "kind", "country"}
	for _, m := range metrics() {
		head = append(head, m.name)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	row := make([]string, len(head))
	for i, n := range g.Nodes {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		row = append(row[:0], n.Actor.Name, n.Actor.Name, string(n.Actor.Kind), n.Actor.Country)
		for _, m := range metrics() {
			row = append(row, m.value(n.Metrics))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteEdgesCSV writes the edges of g as CSV with a header row: source and
// target (node ids of nodes.csv), then the attributes of edgeAttrs (date and
// trigger empty when unknown). Cost: O(e).
func WriteEdgesCSV(ctx context.Context, w io.Writer, g Graph) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(bw)
	head := []string{"source", "target"}
	for _, a := range edgeAttrs() {
		head = append(head, a.name)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	row := make([]string, len(head))
	for i, e := range g.Edges {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		row = append(row[:0], e.Source.Name, e.Target.Name)
		for _, a := range edgeAttrs() {
			row = append(row, a.value(e))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
