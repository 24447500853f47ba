package neo4j

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

// Spool is a folder holding the edges not yet committed to Neo4j, so that
// nothing is lost when the database is down or a load is cut off:
//
//	pending.jsonl   the edges to send (an edge stream)
//	committed.ids   ids of pending edges already committed, one per line,
//	                appended and synced after each committed batch
//
// A load first Adds its edges (pending ones go first), sends them, calls
// Done after each batch and Clear at the end. A crash at any point leaves
// the edges still to send on disk; sending an edge twice is harmless since
// loads are idempotent.
type Spool struct {
	dir  string
	lock *os.File
}

const (
	rejectedFile  = "rejected.jsonl"
	pendingFile   = "pending.jsonl"
	committedFile = "committed.ids"
)

// OpenSpool opens (creating it if needed) the spool folder dir and locks it
// against other processes (on Unix), so two loads never interleave their
// bookkeeping. Close releases it.
func OpenSpool(dir string) (*Spool, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	f, err := lock(dir)
	if err != nil {
		return nil, err
	}
	return &Spool{dir: dir, lock: f}, nil
}

// Close releases the spool's lock; the pending edges stay on disk.
func (s *Spool) Close() error {
	if s.lock == nil {
		return nil
	}
	err := s.lock.Close()
	s.lock = nil
	return err
}

// SpoolDir is the spool folder for the server of cfg under stateDir: one
// folder per address and database, so edges pending for one server are
// never sent to another.
func SpoolDir(stateDir string, cfg Config) string {
	name := cfg.Address() + "/" + cfg.Database
	name = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '.':
			return r
		}
		return '_'
	}, name)
	return filepath.Join(stateDir, "neo4j-pending", name)
}

// PendingElsewhere lists the spool folders under stateDir, other than
// cfg's own, that hold edges pending for another server (a non-empty
// pending file), sorted. It reads one directory; a missing one is none.
func PendingElsewhere(stateDir string, cfg Config) []string {
	own := SpoolDir(stateDir, cfg)
	root := filepath.Join(stateDir, "neo4j-pending")
	entries, _ := os.ReadDir(root) // (sorted by name; none when it is missing)
	var out []string
	for _, e := range entries {
		d := filepath.Join(root, e.Name())
		if !e.IsDir() || d == own {
			continue
		}
		if st, err := os.Stat(filepath.Join(d, pendingFile)); err == nil && st.Size() > 0 {
			out = append(out, d)
		}
	}
	return out
}

// HasPending reports whether edges wait in cfg's spool folder under
// stateDir (a non-empty pending file). It reads no edge.
func HasPending(stateDir string, cfg Config) bool {
	st, err := os.Stat(filepath.Join(SpoolDir(stateDir, cfg), pendingFile))
	return err == nil && st.Size() > 0
}

// Dir is the spool folder.
func (s *Spool) Dir() string { return s.dir }

// PendingPath is the file holding the pending edges.
func (s *Spool) PendingPath() string { return filepath.Join(s.dir, pendingFile) }

// Pending returns the edges waiting to be committed, in the order they were
// added. Unreadable lines (a torn write) are skipped.
func (s *Spool) Pending(ctx context.Context) ([]graph.Edge, error) {
	edges, _, err := graph.ReadEdgesFileLenient(ctx, s.PendingPath())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	done, err := s.committed()
	if err != nil {
		return nil, err
	}
	out := edges[:0]
	for _, e := range edges {
		if !done[e.ID] {
			out = append(out, e)
		}
	}
	return out, nil
}

func (s *Spool) committed() (map[string]bool, error) {
	f, err := os.Open(filepath.Join(s.dir, committedFile))
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]bool{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	defer f.Close()
	done := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if id := strings.TrimSpace(sc.Text()); id != "" {
			done[id] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("spool: read %s: %w", committedFile, err)
	}
	return done, nil
}

// Add makes the spool hold the pending edges followed by those of edges not
// already pending, and returns that list: what the load must send. The file
// is replaced atomically and synced before Add returns.
func (s *Spool) Add(ctx context.Context, edges []graph.Edge) ([]graph.Edge, error) {
	all, err := s.Pending(ctx)
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool, len(all)+len(edges))
	for _, e := range all {
		seen[e.ID] = true
	}
	for _, e := range edges {
		if e.ID == "" {
			e = e.WithID()
		}
		if !seen[e.ID] {
			seen[e.ID] = true
			all = append(all, e)
		}
	}
	if err := s.write(all); err != nil {
		return nil, err
	}
	return all, nil
}

func (s *Spool) write(edges []graph.Edge) error {
	err := atomicfile.Write(s.PendingPath(), func(f io.Writer) error {
		w := graph.NewEdgeWriter(f)
		for _, e := range edges {
			if err := w.Write(e); err != nil {
				return err
			}
		}
		return w.Flush()
	})
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	// The new pending file holds only uncommitted edges: start a fresh log.
	if err := os.Remove(filepath.Join(s.dir, committedFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("spool: %w", err)
	}
	return nil
}

// Done records that the edges with ids are committed.
func (s *Spool) Done(ids []string) error {
	f, err := os.OpenFile(filepath.Join(s.dir, committedFile), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	var b strings.Builder
	for _, id := range ids {
		b.WriteString(id)
		b.WriteByte('\n')
	}
	if _, err := f.WriteString(b.String()); err != nil {
		f.Close()
		return fmt.Errorf("spool: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("spool: %w", err)
	}
	return f.Close()
}

// RejectedPath is the file that keeps the edges the server refused.
func (s *Spool) RejectedPath() string { return filepath.Join(s.dir, rejectedFile) }

// Reject keeps an edge the server refused, with the reason, in
// rejected.jsonl (an edge stream a user can inspect, fix and load again),
// synced before it returns so the edge can then be counted as done.
func (s *Spool) Reject(e graph.Edge, reason error) error {
	f, err := os.OpenFile(s.RejectedPath(), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	w := graph.NewEdgeWriter(f)
	werr := w.Write(e)
	if werr == nil {
		werr = w.Flush()
	}
	if werr == nil {
		werr = f.Sync()
	}
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return fmt.Errorf("spool: keep rejected edge %s: %w", e.ID, werr)
	}
	return nil
}

// Clear empties the spool: every pending edge is committed.
func (s *Spool) Clear() error {
	for _, n := range []string{pendingFile, committedFile} {
		if err := os.Remove(filepath.Join(s.dir, n)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("spool: %w", err)
		}
	}
	return nil
}
