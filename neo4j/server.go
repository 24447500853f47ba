package neo4j

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

// serverFile, in a spool folder, names the server the folder is for (the
// folder's own name is a lossy form of it) and the digest of the last run
// snapshot handed to that server: spooled in full, so that it is loaded or
// pending there. A run compares its digest with the one of the server it
// is pointed at, so a server never handed the current edges (a new
// address, a new database) is sent all of them even when nothing changed.
const serverFile = "server.json"

// Server is what a spool folder records of its server.
type Server struct {
	Address  string `json:"address"`            // the URI without credentials
	Database string `json:"database,omitempty"` // "" for the server's default
	// Handed is the digest of the last run snapshot spooled in full for
	// this server (Job.Digest); "" when none was (a folder that only
	// 'actorgraph load' used, or one written before server.json existed).
	Handed string `json:"handed,omitempty"`
}

func readServer(dir string) (Server, bool) {
	var s Server
	b, err := os.ReadFile(filepath.Join(dir, serverFile))
	if err != nil || json.Unmarshal(b, &s) != nil {
		return Server{}, false
	}
	return s, true
}

// noteServer records in the spool the server of cfg and, when digest is
// not "", that the snapshot with that digest is now handed to it.
func (s *Spool) noteServer(cfg Config, digest string) error {
	old, _ := readServer(s.dir)
	srv := Server{Address: cfg.Address(), Database: cfg.Database, Handed: old.Handed}
	if digest != "" {
		srv.Handed = digest
	}
	if srv == old {
		return nil
	}
	b, err := json.Marshal(srv)
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	return s.writeFile(serverFile, b)
}

// writeFile replaces the file name in the spool with b, atomically, synced
// (atomicfile.Write).
func (s *Spool) writeFile(name string, b []byte) error {
	err := atomicfile.Write(filepath.Join(s.dir, name), func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	return nil
}

// HandedDigest is the digest of the last run snapshot handed to the server
// of cfg through the spool folders under stateDir (Server.Handed), "" when
// none was. It reads one small file and creates nothing.
func HandedDigest(stateDir string, cfg Config) string {
	if c, err := cfg.Normalize(); err == nil {
		cfg = c
	}
	s, _ := readServer(SpoolDir(stateDir, cfg))
	return s.Handed
}

// Owing is what one spool folder under a state folder still holds.
type Owing struct {
	Server         // zero when server.json is missing (a folder older than it)
	Dir     string // the spool folder
	Pending int    // edges spooled and not committed
	Owed    bool   // deletions or metrics owed (owed.json)
}

// Owings lists the spool folders under stateDir (SpoolDir), each with what
// it still holds, in folder order; none when there are none. It reads
// without taking the spools' locks (a load going on may change them) and
// writes nothing.
func Owings(ctx context.Context, stateDir string) ([]Owing, error) {
	root := filepath.Join(stateDir, "neo4j-pending")
	ents, err := os.ReadDir(root)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
	var out []Owing
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(root, e.Name())
		o := Owing{Dir: dir}
		o.Server, _ = readServer(dir)
		p, err := (&Spool{dir: dir}).Pending(ctx)
		if err != nil {
			return nil, err
		}
		o.Pending = len(p)
		if _, err := os.Stat(filepath.Join(dir, owedFile)); err == nil {
			o.Owed = true
		}
		out = append(out, o)
	}
	return out, nil
}

// OweRemovals records, in every spool folder under stateDir except the one
// named except (the server just told), that the documents docs were removed
// from the input: the next Send to each of those servers deletes their
// edges and Article nodes first. A run that tells one server (or none) of a
// removal thus leaves it owed to the others, and a state folder can forget
// its marks. Each folder is locked while written (OpenSpool).
func OweRemovals(ctx context.Context, stateDir, except string, docs []string) error {
	owings, err := Owings(ctx, stateDir)
	if err != nil {
		return err
	}
	for _, o := range owings {
		if o.Dir == except {
			continue
		}
		sp, err := OpenSpool(o.Dir)
		if err != nil {
			return err
		}
		_, err = sp.owe(Job{Reconcile: &Reconcile{Removed: docs}})
		if cerr := sp.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}
