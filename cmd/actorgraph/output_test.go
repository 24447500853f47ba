package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteOutputKeepsThePreviousFile: an output file named by --out / -o
// is replaced only by a whole new one; a failed or interrupted command
// leaves the previous file as it was (QA: an interrupted extract --out left
// a truncated edge file that analyze then read as whole).
func TestWriteOutputKeepsThePreviousFile(t *testing.T) {
	errBoom := errors.New("boom")
	tests := []struct {
		name    string
		cancel  bool
		write   func(w io.Writer) error
		want    string // the file's content afterwards
		wantErr string // "" for none
	}{
		{"written", false, func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }, "new\n", ""},
		{"failed half way", false, func(w io.Writer) error { io.WriteString(w, "ne"); return errBoom }, "old\n", "boom"},
		{"interrupted half way", true, func(w io.Writer) error { io.WriteString(w, "ne"); return context.Canceled }, "old\n", "was not written; a previous"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "edges.jsonl")
			if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.cancel {
				cancel()
			}
			err := writeOutput(ctx, path, io.Discard, tc.write)
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("error %v, want one holding %q", err, tc.wantErr)
			}
			if b, _ := os.ReadFile(path); string(b) != tc.want {
				t.Fatalf("file holds %q, want %q", b, tc.want)
			}
			if tc.wantErr == "boom" && !errors.Is(err, errBoom) {
				t.Fatalf("the command's own error %v is not passed on as it is", err)
			}
			left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".edges.jsonl.tmp*"))
			if len(left) > 0 {
				t.Fatalf("temporary files left: %v", left)
			}
		})
	}
	// no path, or "-": standard output
	var buf bytes.Buffer
	for _, p := range []string{"", "-"} {
		buf.Reset()
		if err := writeOutput(context.Background(), p, &buf, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }); err != nil || buf.String() != "x" {
			t.Fatalf("path %q: %v, stdout %q", p, err, buf.String())
		}
	}
}

// TestFailedExtractKeepsTheFile: extract with nothing read exits 1 and
// leaves a file named by --out as it was (QA: a typo in the input path
// replaced the previous edges with an empty file).
func TestFailedExtractKeepsTheFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "e.jsonl")
	os.WriteFile(out, []byte("old\n"), 0o644)
	code, _, stderr := run(t, "extract", filepath.Join(t.TempDir(), "nonexist.txt"), "--out", out)
	if code != exitFailed || !strings.Contains(stderr, "nothing read") {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if b, _ := os.ReadFile(out); string(b) != "old\n" {
		t.Fatalf("the previous file now holds %q", b)
	}
}
