package pipeline

import (
	"cmp"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/batch/state"
	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/report"
)

// Snapshot is what a run hands its outputs: the whole edge set of the
// store and its analysis.
type Snapshot struct {
	Dir      string              // the output folder
	Articles int                 // articles in the store
	Edges    []graph.Edge        // every edge, each id once, in edges.jsonl order
	Analysis analyze.Result      // the analysis of Edges
	Previous *analyze.Result     // the analysis.json the last run left, if any
	Gone     []string            // documents removed whose edges stores may still hold
	Changed  bool                // false: the edges are those of the last run (Edges and Analysis are empty then)
	Time     time.Time           // the run's time stamp (see ReportTime)
	ByDoc    map[string][]string // edge ids of each document in Edges
	Digest   string              // names the edge set (and window) the store holds
}

// Output is one thing a run writes from its snapshot: a file in the output
// folder, a database, an export. Write returns a short status for the
// summary ("written", "loaded 12 edges"). Outputs that only depend on the
// edges do nothing when s.Changed is false.
type Output interface {
	Name() string
	Write(ctx context.Context, s *Snapshot) (string, error)
}

// Files are the outputs every run writes into its folder, in the order
// they must be written: the reports first (they compare with the
// analysis.json still in place), then edges.jsonl, then analysis.json, so
// an interrupted write never loses the previous analysis.
func Files() []Output { return []Output{Reports{}, EdgesFile{}, AnalysisFile{}} }

// FileNames are the files Files write.
var FileNames = []string{"edges.jsonl", "analysis.json", "report.html", "report.md"}

// Reports writes report.html and report.md (package report).
type Reports struct {
	Title    string
	MaxNodes int
}

// Name is "report".
func (Reports) Name() string { return "report" }

// Write writes both reports atomically; it costs one layout of the network.
func (r Reports) Write(_ context.Context, s *Snapshot) (string, error) {
	if !s.Changed {
		return "unchanged", nil
	}
	in := report.Input{Summary: report.Summarise(s.Articles, s.Edges), Edges: s.Edges, Analysis: s.Analysis,
		Previous: s.Previous, Generated: s.Time, Title: r.Title, MaxNodes: r.MaxNodes}
	if err := report.WriteFiles(s.Dir, in); err != nil {
		return "", err
	}
	return "written", nil
}

// EdgesFile writes edges.jsonl (docs/edges-format.md).
type EdgesFile struct{}

// Name is "edges".
func (EdgesFile) Name() string { return "edges" }

// Write writes the edges atomically, in one pass.
func (EdgesFile) Write(_ context.Context, s *Snapshot) (string, error) {
	if !s.Changed {
		return "unchanged", nil
	}
	return "written", WriteEdgesFile(filepath.Join(s.Dir, "edges.jsonl"), s.Edges)
}

// WriteEdgesFile writes edges to path atomically as an edge stream.
func WriteEdgesFile(path string, edges []graph.Edge) error {
	return atomicfile.Write(path, func(w io.Writer) error {
		ew := graph.NewEdgeWriter(w)
		for _, e := range edges {
			if err := ew.Write(e); err != nil {
				return err
			}
		}
		return ew.Flush()
	})
}

// AnalysisFile writes analysis.json (docs/analysis.md) with WriteAnalysis.
type AnalysisFile struct{}

// Name is "analysis".
func (AnalysisFile) Name() string { return "analysis" }

// Write writes the analysis atomically.
func (AnalysisFile) Write(_ context.Context, s *Snapshot) (string, error) {
	if !s.Changed {
		return "unchanged", nil
	}
	err := atomicfile.Write(filepath.Join(s.Dir, "analysis.json"), func(w io.Writer) error { return WriteAnalysis(w, s.Analysis) })
	return "written", err
}

// ReportTime is $SOURCE_DATE_EPOCH (seconds since 1970, the reproducible
// builds convention) when set and valid, else now.
func ReportTime() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now().UTC()
}

// outputsIntact returns "" when every file of names is in dir as it
// was written (the stamps, when known: size and modification time), else
// the first one that is missing or changed.
func outputsIntact(dir string, names []string, written map[string]state.Stamp) string {
	for _, name := range names {
		now, err := state.StampOf(filepath.Join(dir, name))
		if err != nil {
			return name
		}
		if was, ok := written[name]; ok && (was.Size != now.Size || !was.ModTime.Equal(now.ModTime)) {
			return name
		}
	}
	return ""
}

// outputStamps returns the stamps of the files of names in dir.
func outputStamps(dir string, names []string) (map[string]state.Stamp, error) {
	out := map[string]state.Stamp{}
	for _, name := range names {
		s, err := state.StampOf(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		out[name] = s
	}
	return out, nil
}

// Exports writes the graph for other tools (package export: GraphML, GEXF,
// CSV) into the output folder, at one level, from the run's analysis.
type Exports struct {
	Formats []export.Format
	Level   export.Level // export.ActorLevel when empty
}

// Name is "export".
func (Exports) Name() string { return "export" }

// FileNames are the files Write writes, in the order of the formats.
func (x Exports) FileNames() []string {
	level := cmp.Or(x.Level, export.ActorLevel)
	var out []string
	for _, f := range x.Formats {
		out = append(out, export.FileNames(f, level)...)
	}
	return out
}

// Write writes every format atomically and says which files it wrote
// ("wrote actorgraph.graphml, edges.csv, nodes.csv"); it costs one pass
// over the edges per format.
func (x Exports) Write(ctx context.Context, s *Snapshot) (string, error) {
	if !s.Changed || len(x.Formats) == 0 {
		return "unchanged", nil
	}
	paths, err := export.Export(ctx, s.Dir, s.Edges, s.Analysis, cmp.Or(x.Level, export.ActorLevel), x.Formats)
	if err != nil {
		return "", err
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	return "wrote " + strings.Join(names, ", "), nil
}
