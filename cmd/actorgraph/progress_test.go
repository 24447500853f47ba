package main

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestProgressSilentOffTerminal: no bar is drawn when stderr is a buffer, a
// regular file (a log), or when logs are JSON; a short loop logs nothing
// there, and --quiet has no progress at all.
func TestProgressSilentOffTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	log := slog.New(slog.NewTextHandler(f, nil))
	for _, a := range []*app{
		{stderr: new(bytes.Buffer), log: log},
		{stderr: f, log: log},
		{stderr: os.Stderr, logFormat: "json", log: log},
		{stderr: os.Stderr, quiet: true, log: log},
	} {
		bar := a.progress(100, "reading")
		switch bar.(type) {
		case noBar:
			if !a.quiet {
				t.Errorf("no progress at all on %T (format %q)", a.stderr, a.logFormat)
			}
		case *logBar:
			if a.quiet {
				t.Errorf("progress logged though quiet")
			}
		default:
			t.Errorf("a bar is drawn on %T (format %q, quiet %v)", a.stderr, a.logFormat, a.quiet)
		}
		bar.Add(50)
		bar.Finish()
	}
	if fi, _ := f.Stat(); fi.Size() != 0 {
		t.Errorf("%d bytes of progress written to a log file by a short loop", fi.Size())
	}
}

// TestProgressLogsALongLoop: off a terminal, a loop longer than the
// interval logs a record with what is done of the total, and none at the
// end (the command's own summary says that).
func TestProgressLogsALongLoop(t *testing.T) {
	var buf bytes.Buffer
	b := &logBar{log: slog.New(slog.NewTextHandler(&buf, nil)), what: "extracting", total: 10, start: time.Now().Add(-time.Minute), every: time.Second}
	b.Add(3)
	b.Add(1) // within the interval of the last record: no record
	b.Add(6) // the end: no record
	out := buf.String()
	if strings.Count(out, "msg=progress") != 1 || !strings.Contains(out, "what=extracting done=3 total=10") {
		t.Errorf("log:\n%s", out)
	}
}
