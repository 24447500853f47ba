package neo4j

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// An origin names one run that loads into a database, by its state folder
// (where its spool is kept). Every relationship a run loads lists the
// run's origin in r.origins. Reconcile removes only its own origin from the
// relationships of a document and deletes those left with none, so two
// folders that hold articles of the same name (doc), or the same article,
// and load into one database keep each other's edges. A plain load (Send
// with no OriginSeed: `actorgraph load`) writes no origin and claims
// nothing: the edges it creates have none, as do those loaded before
// origins existed, and an edge with none is anyone's, which any run that
// holds its document may delete (the behaviour before origins). A run
// that loads such an edge again writes its origin onto it.

// originFile holds a state folder's origin id.
const originFile = "origin"

// OriginOf returns the origin id of the state folder dir: 16 hex digits
// kept in dir/origin, made the first time from seed (the first 8 bytes of
// its SHA-256) and kept after, also when the folder moves or is renamed.
// Cost: one small file read, or a write and a sync the first time.
func OriginOf(dir, seed string) (string, error) {
	path := filepath.Join(dir, originFile)
	b, err := os.ReadFile(path)
	if err == nil {
		if id := strings.TrimSpace(string(b)); validOrigin(id) {
			return id, nil
		}
		return "", fmt.Errorf("%s: not an origin id (16 hex digits); remove the file and the next run makes it again", path)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("read the origin id: %w", err)
	}
	sum := sha256.Sum256([]byte(seed))
	id := hex.EncodeToString(sum[:8])
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("make the state folder: %w", err)
	}
	f, err := os.CreateTemp(dir, originFile+"-*.tmp")
	if err != nil {
		return "", fmt.Errorf("write the origin id: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	_, err = f.WriteString(id + "\n")
	if err == nil {
		err = f.Sync() // (a power cut must not leave an empty id)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("write the origin id: %w", err)
	}
	// a link, not a rename: of two processes that start at once, both keep
	// the first id written (on a file system without links, a rename: the
	// last; with a seed, the ids are the same anyway)
	if err := os.Link(tmp, path); err != nil && !errors.Is(err, fs.ErrExist) {
		if err := os.Rename(tmp, path); err != nil {
			return "", fmt.Errorf("write the origin id: %w", err)
		}
	}
	return OriginOf(dir, seed)
}

// OriginSeed is the seed of a run's origin (OriginOf): its inputs, each
// file or folder made absolute (a URL as given), and its feeds file, made
// absolute, sorted. Runs over the same inputs, such as the shards of one
// corpus, get the same seed, and runs over other folders another. A run
// that reads standard input ("-") gets a random one: its articles are its
// own. Cost: linear in the inputs.
func OriginSeed(inputs []string, feeds string) string {
	seed := make([]string, 0, len(inputs)+1)
	for _, in := range inputs {
		if in == "-" {
			var raw [16]byte
			rand.Read(raw[:]) // (never fails: crypto/rand)
			in = "stdin " + hex.EncodeToString(raw[:])
		} else if !strings.Contains(in, "://") {
			if abs, err := filepath.Abs(in); err == nil {
				in = abs
			}
		}
		seed = append(seed, in)
	}
	if feeds != "" {
		if abs, err := filepath.Abs(feeds); err == nil {
			feeds = abs
		}
		seed = append(seed, "feeds "+feeds)
	}
	slices.Sort(seed)
	return "actorgraph run\n" + strings.Join(slices.Compact(seed), "\n")
}

func validOrigin(id string) bool {
	if len(id) != 16 {
		return false
	}
	_, err := hex.DecodeString(id)
	return err == nil
}
