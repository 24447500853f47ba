package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	edges := filepath.Join("..", "..", "report", "testdata", "gold-edges.jsonl")
	prev := filepath.Join("..", "..", "report", "testdata", "gold-previous.json")
	own := filepath.Join("..", "..", "report", "testdata", "gold-analysis.json")
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		stderr   string // a substring of stderr
		inReport string // a substring of report.md
	}{
		{"plain", []string{"report", edges, "--out", "{dir}"}, exitOK, "", "Generated 2023-11-14T22:13:20Z."},
		{"previous and title", []string{"report", edges, "--out", "{dir}", "--previous", prev, "--title", "Gulf, week 12"}, exitOK, "", "## What changed since the previous run"},
		{"own analysis", []string{"report", edges, "--out", "{dir}", "--analysis", own}, exitOK, "", "25 actors"},
		{"analysis of other edges", []string{"report", edges, "--out", "{dir}", "--analysis", prev}, exitFailed, "is not the analysis of", ""},
		{"windows", []string{"report", edges, "--out", "{dir}", "--window", "30d"}, exitOK, "", "## Over time"},
		{"bad window", []string{"report", edges, "--out", "{dir}", "--window", "weekly"}, exitUsage, "--window", ""},
		{"window and analysis", []string{"report", edges, "--out", "{dir}", "--window", "7d", "--analysis", prev}, exitUsage, "exclude each other", ""},
		{"no out", []string{"report", edges}, exitUsage, "report needs --out DIR", ""},
		{"bad max nodes", []string{"report", edges, "--out", "{dir}", "--max-nodes", "5000"}, exitUsage, "--max-nodes 5000", ""},
		{"missing previous", []string{"report", edges, "--out", "{dir}", "--previous", "nope.json"}, exitFailed, "nope.json", ""},
		{"bad analysis", []string{"report", edges, "--out", "{dir}", "--analysis", edges}, exitFailed, "not an analysis.json", ""},
		{"missing edges", []string{"report", "nope.jsonl", "--out", "{dir}"}, exitFailed, "nope.jsonl", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = strings.ReplaceAll(a, "{dir}", dir)
			}
			var stdout, stderr bytes.Buffer
			code := runMain(context.Background(), args, &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", code, tc.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, stderr.String())
			}
			if tc.inReport == "" {
				return
			}
			md, err := os.ReadFile(filepath.Join(dir, "report.md"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(md), tc.inReport) {
				t.Errorf("report.md lacks %q", tc.inReport)
			}
			if _, err := os.Stat(filepath.Join(dir, "report.html")); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestReportSameFromEdgesAndAnalysis: a report made from the edges holds
// what one made from their compact analysis.json holds (the analysis keeps
// no more than that file: analyze.Options.Compact), byte for byte in both
// files; the HTML's conflict tooltips used to quote three sentences from
// the edges and two from the file.
func TestReportSameFromEdgesAndAnalysis(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	dir := t.TempDir()
	edges := filepath.Join(dir, "edges.jsonl")
	code, _, stderr := run(t, "extract", filepath.Join("..", "..", "examples", "articles"), "--out", edges)
	if code != exitOK {
		t.Fatalf("extract: exit %d\n%s", code, stderr)
	}
	analysis := filepath.Join(dir, "analysis.json")
	if code, _, stderr := run(t, "analyze", edges, "-o", analysis); code != exitOK {
		t.Fatalf("analyze: exit %d\n%s", code, stderr)
	}
	fromEdges, fromFile := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if code, _, stderr := run(t, "report", edges, "--out", fromEdges); code != exitOK {
		t.Fatalf("report: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := run(t, "report", edges, "--analysis", analysis, "--out", fromFile); code != exitOK {
		t.Fatalf("report --analysis: exit %d\n%s", code, stderr)
	}
	for _, name := range []string{"report.md", "report.html"} {
		a, errA := os.ReadFile(filepath.Join(fromEdges, name))
		b, errB := os.ReadFile(filepath.Join(fromFile, name))
		if errA != nil || errB != nil || !bytes.Equal(a, b) {
			t.Errorf("%s from the edges and from analysis.json differ (%v, %v; %d and %d bytes)", name, errA, errB, len(a), len(b))
		}
	}
}

// TestReportRefusesAnalysisOfOtherEdges: an analysis.json of other edges
// among the same actors is refused too (QA: only the actor count was
// compared, so a report mixed one file's sentences with another's scores).
func TestReportRefusesAnalysisOfOtherEdges(t *testing.T) {
	src := filepath.Join("..", "..", "report", "testdata", "gold-edges.jsonl")
	own := filepath.Join("..", "..", "report", "testdata", "gold-analysis.json")
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(string(b)), "\n")
	// drop one edge whose two actors both stand in another edge: the same
	// actors, one edge fewer
	count := map[string]int{}
	for _, l := range lines {
		var e struct{ Source, Target struct{ Name string } }
		json.Unmarshal([]byte(l), &e)
		count[e.Source.Name]++
		count[e.Target.Name]++
	}
	for i, l := range lines {
		var e struct{ Source, Target struct{ Name string } }
		json.Unmarshal([]byte(l), &e)
		if count[e.Source.Name] > 1 && count[e.Target.Name] > 1 && e.Source.Name != e.Target.Name {
			lines = append(lines[:i:i], lines[i+1:]...)
			break
		}
	}
	edges := filepath.Join(t.TempDir(), "fewer.jsonl")
	os.WriteFile(edges, []byte(strings.Join(lines, "")+"\n"), 0o644)
	code, _, stderr := run(t, "report", edges, "--analysis", own, "--out", t.TempDir())
	if code != exitFailed || !strings.Contains(stderr, "is not the analysis of") || !strings.Contains(stderr, "edges") {
		t.Fatalf("exit %d, stderr %q; want a refusal counting edges", code, stderr)
	}
}

// TestReportRefusesAnalysisOfFlippedEdges: an analysis of as many edges
// among the same actors but other relations is refused by the digest of
// the edges analysis.json records (QA).
func TestReportRefusesAnalysisOfFlippedEdges(t *testing.T) {
	dir := t.TempDir()
	edges, analysis := filepath.Join(dir, "e.jsonl"), filepath.Join(dir, "a.json")
	if code, _, stderr := run(t, "extract", filepath.Join("..", "..", "examples", "articles"), "--out", edges); code != exitOK {
		t.Fatalf("extract: %d\n%s", code, stderr)
	}
	if code, _, stderr := run(t, "analyze", edges, "-o", analysis); code != exitOK {
		t.Fatalf("analyze: %d\n%s", code, stderr)
	}
	b, _ := os.ReadFile(edges)
	flipped := filepath.Join(dir, "flip.jsonl")
	os.WriteFile(flipped, []byte(strings.ReplaceAll(string(b), `"relation":"ATTACKED"`, `"relation":"SUPPORTED"`)), 0o644)
	code, _, stderr := run(t, "report", flipped, "--analysis", analysis, "--out", t.TempDir())
	if code != exitFailed || !strings.Contains(stderr, "made from other edges") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := run(t, "report", edges, "--analysis", analysis, "--out", t.TempDir()); code != exitOK {
		t.Fatalf("its own analysis refused: %d\n%s", code, stderr)
	}
}
