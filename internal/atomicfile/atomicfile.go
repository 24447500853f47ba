// Package atomicfile writes files so that a crash at any moment leaves
// either the old file or the new one, never a mix: through a temporary file
// in the same folder, fsynced, renamed into place, the folder fsynced.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Write writes path through a temporary file in the same folder:
// written by fn, fsynced, renamed into place, and the folder fsynced, so a
// crash leaves either the old file or the new one, never a mix.
func Write(path string, fn func(io.Writer) error) error { return write(path, 0o644, fn) }

// write is Write giving the new file mode.
func write(path string, mode fs.FileMode, fn func(io.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if errors.Is(err, fs.ErrNotExist) {
		if _, serr := os.Stat(dir); errors.Is(serr, fs.ErrNotExist) {
			return fmt.Errorf("write %s: the folder %s does not exist", path, dir)
		}
		return fmt.Errorf("write %s: cannot create a file in %s: %w", path, dir, err)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := fn(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return SyncDir(dir)
}

// RemoveTemps removes the temporary files Write (or a writer that
// names its temporary files the same way, ".NAME.*") left in dir for the
// given names when a crash stopped it before the rename. Call it only while
// holding the folder's lock, so no live writer's file is removed.
func RemoveTemps(dir string, names ...string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		for _, name := range names {
			if strings.HasPrefix(e.Name(), "."+name+".") && !e.IsDir() {
				os.Remove(filepath.Join(dir, e.Name()))
			}
		}
	}
}

// SyncDir fsyncs a folder, making the renames and creations in it durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// Replace writes path as Write does, for a file a user named: the new file
// keeps the old one's permissions, or, for a new file, takes 0666 less the
// process's umask as any file a command creates; a symbolic link is
// followed, so its target is replaced and the link stays. A path that is
// not a regular file (a named pipe, a device such as /dev/null) is written
// in place: it cannot be replaced, and its reader wants the bytes. A folder
// is an error naming it.
func Replace(path string, fn func(io.Writer) error) error {
	if stream(path) {
		// "-o /dev/stdout >> log": the shell's descriptor, appended to
		return inPlace(path, os.O_WRONLY|os.O_APPEND, fn)
	}
	if fi, err := os.Stat(path); err == nil {
		switch {
		case fi.IsDir():
			return fmt.Errorf("write %s: it is a folder (name a file)", path)
		case !fi.Mode().IsRegular():
			return inPlace(path, os.O_WRONLY, fn)
		}
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real // the link's target is replaced; the link stays
	} else if target, err := os.Readlink(path); err == nil {
		// a link to a file not made yet: make it there, as os.Create would
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	mode, err := modeFor(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return write(path, mode, fn)
}

// stream reports whether path names one of the process's own descriptors
// (/dev/stdout, /dev/fd/1, /proc/self/fd/1), which a command writes to,
// never replaces.
func stream(path string) bool {
	p := filepath.Clean(path)
	return p == "/dev/stdout" || p == "/dev/stderr" || strings.HasPrefix(p, "/dev/fd/") || strings.HasPrefix(p, "/proc/self/fd/")
}

// inPlace opens path with flag and hands it to fn.
func inPlace(path string, flag int, fn func(io.Writer) error) error {
	f, err := os.OpenFile(path, flag, 0)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := fn(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// modeFor is the permission a replacement of path gets: the old file's, or
// for a new file what 0666 becomes under the umask (a probe file made and
// removed in the same folder tells it).
func modeFor(path string) (fs.FileMode, error) {
	if fi, err := os.Stat(path); err == nil {
		return fi.Mode().Perm(), nil
	}
	dir := filepath.Dir(path)
	for i := 0; ; i++ {
		probe := filepath.Join(dir, fmt.Sprintf(".%s.mode%d", filepath.Base(path), i))
		f, err := os.OpenFile(probe, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o666)
		if errors.Is(err, fs.ErrExist) && i < 100 {
			continue
		}
		if err != nil {
			return 0o644, nil // the write will say why the folder takes no file
		}
		fi, err := f.Stat()
		f.Close()
		os.Remove(probe)
		if err != nil {
			return 0o644, nil
		}
		return fi.Mode().Perm(), nil
	}
}
