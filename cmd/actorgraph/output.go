package main

import (
	"context"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

// writeOutput hands write standard output, or, for a path other than "" and
// "-", a temporary file that replaces path only when write returned nil
// (atomicfile.Replace: the old file's permissions kept, a symbolic link's
// target replaced, a named pipe or device written in place): an interrupted
// or failed command leaves the previous file as it was, never a truncated
// one that a later command would read as whole. write's own error comes back as it is; a failure to write
// the file names it; an interruption says that path was not written.
func writeOutput(ctx context.Context, path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(stdout)
	}
	var inner error
	err := atomicfile.Replace(path, func(w io.Writer) error {
		inner = write(w)
		return inner
	})
	if ctx.Err() != nil && err != nil {
		return fmt.Errorf("interrupted (%w): %s was not written; a previous %s is left as it was", context.Cause(ctx), path, path)
	}
	if inner != nil {
		return inner
	}
	return err
}
