package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExport(t *testing.T) {
	edges := filepath.Join("..", "..", "export", "testdata", "edges.jsonl")
	dir := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := run(t, "export", edges, "--format", "graphml,gexf,csv", "--out", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, f := range []string{"actorgraph.graphml", "actorgraph.gexf", "nodes.csv", "edges.csv"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	if !strings.Contains(stdout, "10 nodes, 13 edges, actor level") {
		t.Errorf("summary %q", stdout)
	}
	code, _, stderr = run(t, "export", edges, "--format", "csv", "--level", "country", "--out", dir)
	if code != exitOK {
		t.Fatalf("country level: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "nodes-country.csv")); err != nil {
		t.Error(err)
	}
	file := filepath.Join(t.TempDir(), "g.gexf")
	if code, _, stderr := run(t, "export", edges, "--format", "gexf", "--out", file); code != exitOK {
		t.Fatalf("to a file: exit %d: %s", code, stderr)
	}
	if b, err := os.ReadFile(file); err != nil || !strings.Contains(string(b), `xmlns="http://gexf.net/1.3"`) {
		t.Errorf("g.gexf: %v", err)
	}
	code, stdout, _ = run(t, "export", edges, "--format", "graphml", "--out", "-")
	if code != exitOK || !strings.HasPrefix(stdout, "<?xml") || !strings.Contains(stdout, "</graphml>") {
		t.Errorf("to stdout: exit %d, %.80q", code, stdout)
	}
	for _, bad := range [][]string{
		{"--format", "pdf", "--out", dir},
		{"--format", "csv", "--out", "-"},
		{"--format", "graphml,gexf", "--out", "-"},
		{"--level", "region", "--out", dir},
		{"--format", "graphml"},
	} {
		if code, _, stderr := run(t, append([]string{"export", edges}, bad...)...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", bad, code, exitUsage, stderr)
		}
	}
}

// TestRunWritesExports checks that run --export writes the chosen formats
// beside the reports, and that an unknown format is a usage error.
func TestRunWritesExports(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCLI("run", filepath.Join("..", "..", "examples", "articles"), "--out", out, "--export", "graphml,csv")
	if code != 0 {
		t.Fatalf("run --export: exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, name := range []string{"actorgraph.graphml", "nodes.csv", "edges.csv", "report.html"} {
		if fi, err := os.Stat(filepath.Join(out, name)); err != nil || fi.Size() == 0 {
			t.Errorf("run --export graphml,csv: %s missing or empty (%v)", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "actorgraph.gexf")); err == nil {
		t.Errorf("run --export graphml,csv wrote a GEXF file it was not asked for")
	}
	// the summary names the files written
	if !strings.Contains(stdout, "Export: wrote actorgraph.graphml, nodes.csv, edges.csv\n") {
		t.Errorf("run --export graphml,csv: the summary does not name the files it wrote:\n%s", stdout)
	}
	if code, _, stderr := runCLI("run", filepath.Join("..", "..", "examples", "articles"), "--out", t.TempDir(), "--export", "pdf"); code != 2 || !strings.Contains(stderr, "--export") {
		t.Errorf("run --export pdf: exit %d, stderr %q; want a usage error naming --export", code, stderr)
	}
}

// TestRunExportsAddedOrDamaged: --export added to a folder whose outputs
// are up to date writes the export, and an export deleted since is written
// again (QA: "Nothing changed", and no export file).
func TestRunExportsAddedOrDamaged(t *testing.T) {
	in, out := filepath.Join("..", "..", "examples", "articles"), t.TempDir()
	if code, _, stderr := runCLI("run", in, "--out", out); code != 0 {
		t.Fatalf("run: %d\n%s", code, stderr)
	}
	graphml := filepath.Join(out, "actorgraph.graphml")
	for round, prep := range []func(){func() {}, func() { os.Remove(graphml) }} {
		prep()
		code, stdout, stderr := runCLI("run", in, "--out", out, "--export", "graphml")
		if code != 0 || !strings.Contains(stdout, "Export: wrote actorgraph.graphml") {
			t.Fatalf("round %d: exit %d\n%s\n%s", round, code, stdout, stderr)
		}
		if _, err := os.Stat(graphml); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
	}
	if code, stdout, _ := runCLI("run", in, "--out", out, "--export", "graphml"); code != 0 || !strings.Contains(stdout, "Nothing changed") {
		t.Fatalf("third run: exit %d\n%s", code, stdout)
	}
}
