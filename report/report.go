// Package report writes what analysts read after a run: report.md, a brief
// for a terminal or a Git host, and report.html, one self-contained page
// (inline CSS, JavaScript and SVG; it makes no network request) with the
// actor network, a timeline and the tables behind them.
//
// Both files are built from the same findings (top mediators per conflict
// dyad with their evidence, the conflict dyads, the most central and most
// active actors, brokerage roles, the timeline and what changed since the
// previous run), so they never disagree. The output depends only on Input:
// the same input gives byte-identical files.
//
// Size: report.html draws at most MaxNodes actors per view and keeps at most
// a fixed number of arcs, evidence sentences and table rows, so it stays
// under MaxHTMLBytes whatever the size of the graph (docs/report.md).
package report

import (
	"io"
	"path/filepath"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

// MaxHTMLBytes is the bound on the size of report.html: every list in the
// page is capped so that no input, however large, makes it bigger.
const MaxHTMLBytes = 2 << 20

// DefaultMaxNodes is how many actors a network view draws when
// Input.MaxNodes is zero: the most central ones.
const DefaultMaxNodes = 80

// Summary describes the run the report is about.
type Summary struct {
	Articles int    `json:"articles"`
	Edges    int    `json:"edges"`
	From     string `json:"from,omitempty"` // earliest published date, YYYY-MM-DD
	To       string `json:"to,omitempty"`
}

// Input is everything a report shows.
type Input struct {
	Title    string
	Summary  Summary
	Edges    []graph.Edge
	Analysis analyze.Result
	// Previous is the analysis of the run before, when there was one; the
	// report then says what changed (new and dropped actors, mediator ranks).
	Previous *analyze.Result
	// Generated is the time the report is stamped with; zero leaves the
	// stamp out (golden tests keep it zero).
	Generated time.Time
	// MaxNodes caps the actors drawn in each network view (default
	// DefaultMaxNodes, at most 300); the rest are summarised in a line and
	// remain in the tables.
	MaxNodes int
}

// Summarise counts the edges and finds their date range.
func Summarise(articles int, edges []graph.Edge) Summary {
	s := Summary{Articles: articles, Edges: len(edges)}
	for _, e := range edges {
		if e.Published == "" {
			continue
		}
		if s.From == "" || e.Published < s.From {
			s.From = e.Published
		}
		if e.Published > s.To {
			s.To = e.Published
		}
	}
	return s
}

// WriteFiles writes dir/report.md and dir/report.html, each through a
// temporary file fsynced and renamed into place (internal/atomicfile), so a
// reader never sees half a report.
// It costs one analysis of the findings plus one layout (see HTML).
func WriteFiles(dir string, in Input) error {
	f := newFindings(in)
	if err := atomicfile.Write(filepath.Join(dir, "report.md"), func(w io.Writer) error { return f.markdown(w) }); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, "report.html"), func(w io.Writer) error { return f.html(w) })
}

// Markdown writes the brief: summary, what changed, top mediators per
// conflict dyad with quoted evidence, dyads, central and active actors,
// brokerage roles and edges per day, as GitHub-flavoured Markdown.
func Markdown(w io.Writer, in Input) error { return newFindings(in).markdown(w) }

// HTML writes the self-contained page. Laying out the network costs
// O(300·n²) for the n ≤ MaxNodes drawn actors; the rest is linear in the
// number of edges.
func HTML(w io.Writer, in Input) error { return newFindings(in).html(w) }
