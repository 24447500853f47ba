//go:build !unix

package lock

import (
	"errors"
	"os"
)

var errHeld = errors.New("lock held")

// flock is a no-op where flock(2) does not exist: runs are not kept apart.
// TODO(batch): LockFileEx on Windows.
func flock(*os.File) error   { return nil }
func funlock(*os.File) error { return nil }
