package bolttest

import (
	"strconv"
	"time"

	"github.com/actorgraph/actorgraph/neo4j/internal/packstream"
)

// Struct is a PackStream structure: how graph and temporal values travel in
// records. Build them with Node, Relationship, Path and Date.
type Struct = packstream.Struct

// Node is a Bolt 5 node with the given id, labels and properties; its
// element id is the id in decimal.
func Node(id int64, labels []string, props map[string]any) Struct {
	ls := make([]any, len(labels))
	for i, l := range labels {
		ls[i] = l
	}
	if props == nil {
		props = map[string]any{}
	}
	return Struct{Tag: 'N', Fields: []any{id, ls, props, strconv.FormatInt(id, 10)}}
}

// Relationship is a Bolt 5 relationship of type typ from the node with id
// start to the node with id end.
func Relationship(id, start, end int64, typ string, props map[string]any) Struct {
	if props == nil {
		props = map[string]any{}
	}
	return Struct{Tag: 'R', Fields: []any{id, start, end, typ, props,
		strconv.FormatInt(id, 10), strconv.FormatInt(start, 10), strconv.FormatInt(end, 10)}}
}

// Path is the path through nodes, rels[i] joining nodes[i] and nodes[i+1]
// in either direction (both built with Node and Relationship).
func Path(nodes, rels []Struct) Struct {
	ns := make([]any, len(nodes))
	for i, n := range nodes {
		ns[i] = n
	}
	unbound := make([]any, len(rels))
	var idx []any
	for i, r := range rels {
		id, typ, props := r.Fields[0], r.Fields[3], r.Fields[4]
		unbound[i] = Struct{Tag: 'r', Fields: []any{id, typ, props, r.Fields[5]}}
		ri := int64(i + 1)
		if r.Fields[1] != nodes[i].Fields[0] { // points back at nodes[i]
			ri = -ri
		}
		idx = append(idx, ri, int64(i+1))
	}
	if idx == nil {
		idx = []any{}
	}
	return Struct{Tag: 'P', Fields: []any{ns, unbound, idx}}
}

// Date is a Neo4j DATE.
func Date(t time.Time) Struct {
	days := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Unix() / 86400
	return Struct{Tag: 'D', Fields: []any{days}}
}
