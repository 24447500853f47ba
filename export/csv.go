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
	head := []string{"id", "name", "kind", "country"}
	for _, m := range metrics() {
		head = append(head, m.name)
	}
	return writeCSV(ctx, w, head, len(g.Nodes), func(i int, row []string) []string {
		n := &g.Nodes[i]
		row = append(row, n.Actor.Name, n.Actor.Name, string(n.Actor.Kind), n.Actor.Country)
		for _, m := range metrics() {
			row = append(row, m.value(n.Metrics))
		}
		return row
	})
}

// WriteEdgesCSV writes the edges of g as CSV with a header row: source and
// target (node ids of nodes.csv), then the attributes of edgeAttrs (date and
// trigger empty when unknown). Cost: O(e).
func WriteEdgesCSV(ctx context.Context, w io.Writer, g Graph) error {
	head := []string{"source", "target"}
	for _, a := range edgeAttrs() {
		head = append(head, a.name)
	}
	return writeCSV(ctx, w, head, len(g.Edges), func(i int, row []string) []string {
		e := &g.Edges[i]
		row = append(row, e.Source.Name, e.Target.Name)
		for _, a := range edgeAttrs() {
			row = append(row, a.value(*e))
		}
		return row
	})
}

// writeCSV writes the header row head and then n rows to w, row i the
// fields row(i, buf) appends to buf (empty, reused), looking at ctx every
// checkEvery rows. Cost: O(n) and the rows.
func writeCSV(ctx context.Context, w io.Writer, head []string, n int, row func(i int, buf []string) []string) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(bw)
	if err := cw.Write(head); err != nil {
		return err
	}
	buf := make([]string, len(head))
	for i := 0; i < n; i++ {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		buf = row(i, buf[:0])
		if err := cw.Write(buf); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
