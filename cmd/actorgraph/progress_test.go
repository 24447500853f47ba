package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestProgressSilentOffTerminal: no bar is drawn when stderr is a buffer, a
// regular file (a log), or when logs are JSON or quiet.
func TestProgressSilentOffTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, a := range []*app{
		{stderr: new(bytes.Buffer)},
		{stderr: f},
		{stderr: os.Stderr, logFormat: "json"},
		{stderr: os.Stderr, quiet: true},
	} {
		bar := a.progress(100, "reading")
		if _, ok := bar.(noBar); !ok {
			t.Errorf("a bar is drawn on %T (format %q, quiet %v)", a.stderr, a.logFormat, a.quiet)
		}
		bar.Add(50)
		bar.Finish()
	}
	if fi, _ := f.Stat(); fi.Size() != 0 {
		t.Errorf("%d bytes of progress written to a log file", fi.Size())
	}
}
