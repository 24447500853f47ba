//go:build !unix

package neo4j

import "os"

// lock is a no-op where flock is not available: one writer per spool folder
// is then the user's to ensure.
func lock(string) (*os.File, error) { return nil, nil }
