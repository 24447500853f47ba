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

// An origin names one loader of a database: the state folder of a run, a
// merge or a plain load (each keeps its spool there). Every relationship
// lists in r.origins the origins that loaded it. Reconcile removes only its
// own origin from the relationships of a document and deletes those left
// with none, so two folders that hold articles of the same name (doc), or
// the same article, and load into one database keep each other's edges.
// Relationships loaded before origins existed have none and are anyone's:
// Reconcile treats them as its own, as it did, and a later load of the same
// edge writes its origin onto them.

// originFile holds a state folder's origin id.
const originFile = "origin"

// OriginOf returns the origin id of the state folder dir: 16 hex digits
// kept in dir/origin, made the first time (so a folder moved or renamed
// keeps its id). A new id is the SHA-256 of seed when seed is not empty,
// so that the shards of one corpus, each with its own state folder, share
// an origin and an article moved between shards stays one owner's (run
// seeds it with its inputs, OriginSeed); else random. Cost: one small file
// read, or a write the first time.
func OriginOf(dir, seed string) (string, error) {
	path := filepath.Join(dir, originFile)
	b, err := os.ReadFile(path)
	if err == nil {
		if id := strings.TrimSpace(string(b)); validOrigin(id) {
			return id, nil
		}
		return "", fmt.Errorf("%s: not an origin id (16 hex digits): remove the file and the next run makes a new one, but the edges this folder loaded before keep the old id and are then no longer deleted when their articles change", path)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("read the origin id: %w", err)
	}
	var raw [8]byte
	if seed != "" {
		sum := sha256.Sum256([]byte(seed))
		copy(raw[:], sum[:])
	} else if _, err := rand.Read(raw[:]); err != nil {
		return "", fmt.Errorf("make an origin id: %w", err)
	}
	id := hex.EncodeToString(raw[:])
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
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("write the origin id: %w", err)
	}
	// a link, not a rename: of two processes that start at once, both keep
	// the first id written (a file system without links: a rename)
	if err := os.Link(tmp, path); err != nil && !errors.Is(err, fs.ErrExist) {
		if err := os.Rename(tmp, path); err != nil {
			return "", fmt.Errorf("write the origin id: %w", err)
		}
	}
	return OriginOf(dir, seed)
}

// OriginSeed is the seed of a run's origin (OriginOf): its inputs, each
// made absolute (a URL or "-" as given), sorted. Runs over the same
// inputs, such as the shards of one corpus, get the same seed; runs over
// other folders another.
func OriginSeed(inputs []string) string {
	seed := make([]string, 0, len(inputs))
	for _, in := range inputs {
		if in != "-" && !strings.Contains(in, "://") {
			if abs, err := filepath.Abs(in); err == nil {
				in = abs
			}
		}
		seed = append(seed, in)
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
