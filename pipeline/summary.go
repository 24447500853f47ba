package pipeline

import (
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

// LogSummary logs what a run did as one record.
func LogSummary(log *slog.Logger, s Summary, msg string) {
	log.Info(msg,
		"shard", s.Shard,
		"seen", s.Seen, "new", s.New, "changed", s.Changed, "unchanged", s.Unchanged,
		"removed", s.Removed, "duplicates", s.Duplicates, "other_shards", s.OtherShard, "failed", s.Failed,
		"feeds", s.Feeds.URLs, "feeds_fetched", s.Feeds.Fetched, "feeds_not_modified", s.Feeds.NotModified, "feeds_failed", s.Feeds.Failed,
		"edges_added", s.EdgesAdded, "edges_removed", s.EdgesRemoved,
		"articles", s.Articles, "edges", s.Edges,
		"outputs", s.Outputs, "neo4j", s.Neo4j, "resumed", s.Resumed,
		"seconds", s.Took.Round(time.Millisecond).Seconds())
}

// PrintSummary prints what a run did, for a person reading a terminal.
func PrintSummary(w io.Writer, s Summary, out string) {
	if s.Feeds.URLs > 0 {
		fmt.Fprintf(w, "Fetched %d of %d %s: %d not modified (304), %d failed\n",
			s.Feeds.Fetched, s.Feeds.URLs, plural(s.Feeds.URLs, "URL", "URLs"), s.Feeds.NotModified, s.Feeds.Failed)
	}
	fmt.Fprintf(w, "Read %d %s: %d new, %d changed, %d unchanged, %d removed, %d failed",
		s.Seen, plural(s.Seen, "article", "articles"), s.New, s.Changed, s.Unchanged, s.Removed, s.Failed)
	if s.Duplicates > 0 {
		fmt.Fprintf(w, ", %d read twice (kept once)", s.Duplicates)
	}
	if s.Shard != "all" {
		fmt.Fprintf(w, ", %d in other shards (this is shard %s)", s.OtherShard, s.Shard)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Edges: %d added, %d removed; %d edges from %d articles in all\n", s.EdgesAdded, s.EdgesRemoved, s.Edges, s.Articles)
	if s.ByRel != nil {
		fmt.Fprint(w, "By relation:")
		for _, r := range graph.Relations() {
			fmt.Fprintf(w, " %s %d", r, s.ByRel[r])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Neo4j: %s\n", s.Neo4j)
	names := make([]string, 0, len(s.Exports))
	for n := range s.Exports {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		// "Export: wrote actorgraph.graphml, edges.csv" (the output's name, capitalised)
		fmt.Fprintf(w, "%s: %s\n", strings.ToUpper(n[:1])+n[1:], s.Exports[n])
	}
	if s.Outputs == "written" {
		PrintMediators(w, s.Mediator)
		fmt.Fprintf(w, "Wrote %s/{edges.jsonl,analysis.json,report.html,report.md}\n", out)
	} else {
		fmt.Fprintf(w, "Nothing changed; %s/{edges.jsonl,analysis.json,report.html,report.md} are up to date\n", out)
	}
	fmt.Fprintf(w, "Took %s\n", s.Took.Round(time.Millisecond))
}

// PrintMediators prints the top five country-level mediators, best first.
func PrintMediators(w io.Writer, ms []analyze.Mediation) {
	if len(ms) == 0 {
		fmt.Fprintln(w, "No mediators found.")
		return
	}
	ms = append([]analyze.Mediation(nil), ms...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Score > ms[j].Score })
	fmt.Fprintln(w, "Top mediators (country level):")
	seen := map[string]bool{}
	n := 0
	for _, m := range ms {
		k := m.Mediator + "\x00" + m.Dyad[0] + "\x00" + m.Dyad[1]
		if seen[k] || n == 5 {
			continue
		}
		seen[k] = true
		n++
		fmt.Fprintf(w, "  %-20s between %s and %s (score %.1f)\n", m.Mediator, m.Dyad[0], m.Dyad[1], m.Score)
	}
}

// plural picks the word for n things.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
