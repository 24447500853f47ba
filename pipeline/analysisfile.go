package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/actorgraph/actorgraph/analyze"
)

// WriteAnalysis writes res as analysis.json is written: compact (the rows
// the report and users read, analyze.Compact), streamed, no HTML escaping.
// Every command that writes an analysis (analyze, run, merge) writes it
// through here or WriteAnalysisWith.
func WriteAnalysis(w io.Writer, res analyze.Result) error {
	return WriteAnalysisWith(context.Background(), w, res, analyze.OutputOptions{})
}

// WriteAnalysisWith is WriteAnalysis with the options of analyze.WriteJSON
// (Full writes every actor and dyad); ctx stops a long write.
func WriteAnalysisWith(ctx context.Context, w io.Writer, res analyze.Result, opt analyze.OutputOptions) error {
	return analyze.WriteJSON(ctx, w, res, opt)
}

// WriteJSON writes v as indented JSON without HTML escaping.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// ReadAnalysis reads an analysis.json written by analyze, run or merge, and
// its modification time (the analysed_at Neo4j is given). Its error names
// the file and says what is wrong with it.
func ReadAnalysis(path string) (analyze.Result, time.Time, error) {
	var res analyze.Result
	f, err := os.Open(path)
	if err != nil {
		return res, time.Time{}, fmt.Errorf("read analysis: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return res, time.Time{}, fmt.Errorf("read analysis: %w", err)
	}
	if err := json.Unmarshal(b, &res); err != nil {
		return res, time.Time{}, fmt.Errorf("read analysis %s: not an analysis.json: %w", path, err)
	}
	fi, err := f.Stat()
	if err != nil {
		return res, time.Time{}, fmt.Errorf("read analysis: %w", err)
	}
	return res, fi.ModTime(), nil
}

// ReadPrevious reads the analysis.json an earlier run left at path, for the
// report's "what changed"; a missing file is nil and no error.
func ReadPrevious(path string) (*analyze.Result, error) {
	res, _, err := ReadAnalysis(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &res, nil
}
