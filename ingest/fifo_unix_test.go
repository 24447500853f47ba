//go:build unix

package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFindRefusesANamedPipe: a FIFO named directly would block the run
// forever waiting for a writer; it must be reported, not opened.
func TestFindRefusesANamedPipe(t *testing.T) {
	p := filepath.Join(t.TempDir(), "feed.txt")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	done := make(chan struct{})
	var probs []Problem
	var srcs []Source
	go func() {
		defer close(done)
		srcs = Find(context.Background(), []string{p}, func(pr Problem) { probs = append(probs, pr) })
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Find blocked on a named pipe")
	}
	if len(srcs) != 0 || len(probs) != 1 || !strings.Contains(probs[0].Error(), "not a regular file") || !strings.Contains(probs[0].Error(), p) {
		t.Fatalf("sources %v, problems %v: want the pipe reported as not a regular file", srcs, probs)
	}
}
