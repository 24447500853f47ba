package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/batch/merge"
	"github.com/actorgraph/actorgraph/batch/state"
	"github.com/actorgraph/actorgraph/graph"
)

// MergeSummary is what Merge did.
type MergeSummary struct {
	Folders, Edges, Articles int
	Mediators                []analyze.Mediation
}

// Merge combines the output folders of shard runs (dirs) into out, under
// out's lock: each edge once (by id), in the order an unsharded run writes
// them, analysed with opt and written through Files, with a previous
// out/analysis.json shown as what changed. Its cost is one read of every
// shard's edges and one analysis.
func Merge(ctx context.Context, log *slog.Logger, dirs []string, out string, opt analyze.Options) (MergeSummary, error) {
	var sum MergeSummary
	lk, err := lockFolder(out)
	if err != nil {
		return sum, err
	}
	defer lk.Release()
	var lists [][]graph.Edge
	docs := map[string]bool{} // every article of every shard, once
	var seen []string
	for _, dir := range dirs {
		if slices.ContainsFunc(seen, func(d string) bool { return SameFolder(d, dir) }) {
			log.Warn("shard folder given twice; read once", "dir", dir)
			continue
		}
		seen = append(seen, dir)
		edges, err := graph.ReadEdgesFile(ctx, filepath.Join(dir, "edges.jsonl"))
		if err != nil {
			return sum, fmt.Errorf("merge %s: %w", dir, err)
		}
		lists = append(lists, edges)
		// The articles are counted by name, so that an article two shard
		// folders hold counts once, as its edges do.
		names, err := shardDocs(dir, edges)
		if err != nil {
			log.Warn("shard folder has no readable state; counting its articles from its edges (articles with no edge are not counted)", "dir", dir, "err", err.Error())
		}
		for _, d := range names {
			docs[d] = true
		}
		log.Debug("shard read", "dir", dir, "edges", len(edges), "articles", len(names))
	}
	articles := len(docs)
	snap := &Snapshot{Dir: out, Articles: articles, Edges: merge.Edges(lists...), Changed: true, Time: ReportTime()}
	if snap.Previous, err = ReadPrevious(filepath.Join(out, "analysis.json")); err != nil {
		log.Warn("previous analysis unreadable; the report will not show changes", "err", err.Error())
	}
	if snap.Analysis, err = analyze.RunContext(ctx, snap.Edges, opt.Compact()); err != nil {
		return sum, err
	}
	for _, o := range Files() {
		if _, err := o.Write(ctx, snap); err != nil {
			return sum, fmt.Errorf("%s: %w", o.Name(), err)
		}
	}
	return MergeSummary{Folders: len(seen), Edges: len(snap.Edges), Articles: articles, Mediators: snap.Analysis.Country.Mediators}, nil
}

// shardDocs lists the articles a shard folder holds, from its state (which
// also knows the articles that gave no edge); with no readable state, the
// documents its edges come from, and the reason.
func shardDocs(dir string, edges []graph.Edge) ([]string, error) {
	stateDir := filepath.Join(dir, StateDirName)
	if _, err := os.Stat(stateDir); err != nil {
		return edgeDocs(edges), fmt.Errorf("no state folder %s", stateDir)
	}
	names, err := state.ReadDocs(stateDir)
	if err != nil {
		return edgeDocs(edges), err
	}
	if len(names) == 0 && len(edges) > 0 {
		return edgeDocs(edges), fmt.Errorf("state folder %s lists no article", stateDir)
	}
	return names, nil
}

// edgeDocs lists the documents edges come from, each once.
func edgeDocs(edges []graph.Edge) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range edges {
		if !seen[e.Doc] {
			seen[e.Doc] = true
			out = append(out, e.Doc)
		}
	}
	return out
}

// SameFolder reports whether a and b name the same folder: the same file
// when both exist, else the same cleaned path.
func SameFolder(a, b string) bool {
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	if err1 == nil && err2 == nil {
		return os.SameFile(ia, ib)
	}
	return filepath.Clean(a) == filepath.Clean(b)
}

// CountDocs is the number of documents edges come from.
func CountDocs(edges []graph.Edge) int { return len(edgeDocs(edges)) }
