// Package lock keeps two actorgraph processes from working on the same
// output folder at once, with an advisory flock(2) on a lock file.
//
// The kernel drops the lock when its holder exits, however it exits (kill -9
// included), so a crash never leaves a stale lock behind. The file's content
// (pid, host, start time) only serves the message a second process shows.
package lock

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
)

// Lock is a held lock on a file.
type Lock struct {
	f *os.File
}

// HeldError is returned by Acquire when another process holds the lock.
type HeldError struct {
	Path   string
	Holder string // what the holder wrote: "pid 123 on host since 2026-01-02T03:04:05Z"
}

func (e *HeldError) Error() string {
	if e.Holder == "" {
		return fmt.Sprintf("%s is locked by another actorgraph run", e.Path)
	}
	return fmt.Sprintf("%s is locked by another actorgraph run (%s)", e.Path, e.Holder)
}

// Acquire takes the lock on path without waiting, creating the file when
// missing. It returns a *HeldError when another process (or another Lock in
// this process) holds it.
func Acquire(path string) (*Lock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := flock(f); err != nil {
		b, _ := os.ReadFile(path)
		f.Close()
		if errors.Is(err, errHeld) {
			return nil, &HeldError{Path: path, Holder: strings.TrimSpace(string(b))}
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	host, _ := os.Hostname()
	if err := f.Truncate(0); err == nil {
		fmt.Fprintf(f, "pid %d on %s since %s\n", os.Getpid(), host, time.Now().UTC().Format(time.RFC3339))
	}
	return &Lock{f: f}, nil
}

// Release drops the lock. The file stays, for the next Acquire.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	l.f.Truncate(0)
	err := funlock(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}
