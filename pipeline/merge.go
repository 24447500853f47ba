package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"

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
	articles := 0
	for _, dir := range dirs {
		edges, err := graph.ReadEdgesFile(ctx, filepath.Join(dir, "edges.jsonl"))
		if err != nil {
			return sum, fmt.Errorf("merge %s: %w", dir, err)
		}
		lists = append(lists, edges)
		m, err := state.ReadMeta(filepath.Join(dir, StateDirName))
		if err != nil {
			log.Warn("shard folder has no readable state; counting its articles from its edges", "dir", dir, "err", err.Error())
		}
		if m.Articles > 0 {
			articles += m.Articles
		} else {
			articles += CountDocs(edges)
		}
		log.Debug("shard read", "dir", dir, "edges", len(edges))
	}
	snap := &Snapshot{Dir: out, Articles: articles, Edges: merge.Edges(lists...), Changed: true, Time: ReportTime()}
	if snap.Previous, err = ReadPrevious(filepath.Join(out, "analysis.json")); err != nil {
		log.Warn("previous analysis unreadable; the report will not show changes", "err", err.Error())
	}
	if snap.Analysis, err = analyze.RunContext(ctx, snap.Edges, opt); err != nil {
		return sum, err
	}
	for _, o := range Files() {
		if _, err := o.Write(ctx, snap); err != nil {
			return sum, fmt.Errorf("%s: %w", o.Name(), err)
		}
	}
	return MergeSummary{Folders: len(dirs), Edges: len(snap.Edges), Articles: articles, Mediators: snap.Analysis.Country.Mediators}, nil
}

// CountDocs is the number of documents edges come from.
func CountDocs(edges []graph.Edge) int {
	docs := map[string]bool{}
	for _, e := range edges {
		docs[e.Doc] = true
	}
	return len(docs)
}
