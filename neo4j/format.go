package neo4j

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Format renders a value returned by the driver as one line of text for a
// table cell: an Actor or Article node as its name or doc, a relationship as
// its type, a path as "A -URGED-> B", dates as YYYY-MM-DD, floats with up to
// 4 significant digits, lists comma-separated, nil as "".
func Format(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return strings.ReplaceAll(x, "\n", " ")
	case float64:
		return strconv.FormatFloat(x, 'g', 4, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		return strconv.FormatBool(x)
	case dbtype.Date:
		return x.Time().Format(time.DateOnly)
	case time.Time:
		return x.UTC().Format(time.RFC3339)
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05")
	case dbtype.Node:
		return nodeName(x)
	case dbtype.Relationship:
		return x.Type
	case dbtype.Path:
		return formatPath(x)
	case []any:
		parts := make([]string, len(x))
		for i, y := range x {
			parts[i] = Format(y)
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + ": " + Format(x[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}

func nodeName(n dbtype.Node) string {
	for _, k := range []string{"name", "doc", "key"} {
		if s, ok := n.Props[k].(string); ok {
			return s
		}
	}
	return "(" + strings.Join(n.Labels, ":") + ")"
}

func formatPath(p dbtype.Path) string {
	if len(p.Nodes) == 0 {
		return ""
	}
	byID := map[string]dbtype.Node{}
	for _, n := range p.Nodes {
		byID[n.ElementId] = n
	}
	var b strings.Builder
	b.WriteString(nodeName(p.Nodes[0]))
	for i, r := range p.Relationships {
		if i+1 >= len(p.Nodes) {
			break
		}
		next := p.Nodes[i+1]
		if r.StartElementId == next.ElementId {
			fmt.Fprintf(&b, " <-%s- %s", r.Type, nodeName(next))
		} else {
			fmt.Fprintf(&b, " -%s-> %s", r.Type, nodeName(next))
		}
	}
	return b.String()
}
