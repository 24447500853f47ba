// Package examples holds the ten example articles written for actorgraph
// (examples/articles, with their gold edges in examples/gold), built into
// the binary so that 'actorgraph run --out DIR' with no input runs the whole
// job on them, anywhere.
package examples

import (
	"embed"
	"io/fs"
	"path"
	"sort"

	"github.com/actorgraph/actorgraph/ingest"
)

//go:embed articles/*.txt
var articles embed.FS

// Sources returns the embedded example articles as sources of ingest, in
// name order, each named as a run over the examples/articles folder names
// it (so the edges are the same). Cost: the articles are in the binary;
// nothing is read from disk.
func Sources() ([]ingest.Source, error) {
	names, err := fs.Glob(articles, "articles/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]ingest.Source, 0, len(names))
	for _, n := range names {
		b, err := articles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, ingest.Source{Path: "examples/" + n, Doc: path.Base(n), Format: ingest.FormatOf(n), Body: b})
	}
	return out, nil
}
