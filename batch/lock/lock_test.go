package lock

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestAcquireRelease(t *testing.T) {
	p := filepath.Join(t.TempDir(), "lock")
	l, err := Acquire(p)
	if err != nil {
		t.Fatal(err)
	}
	// flock locks belong to the open file, so a second open in the same
	// process is refused just as another process would be.
	_, err = Acquire(p)
	var held *HeldError
	if !errors.As(err, &held) || !strings.Contains(held.Error(), "pid ") {
		t.Fatalf("second Acquire: %v, want a HeldError naming the holder", err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	l2, err := Acquire(p)
	if err != nil {
		t.Fatalf("Acquire after Release: %v", err)
	}
	l2.Release()
}
