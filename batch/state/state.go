// Package state is the crash-safe memory of incremental runs: for each
// article read before, its content hash, the file it came from and the edges
// extracted from it, kept in a folder (DIR/.actorgraph by default).
//
// # Layout and crash safety
//
// The folder holds a snapshot, state.jsonl (a header line, then one entry per
// line: its doc, hash and file as JSON, a tab, its edges as a JSON array —
// the edges are decoded only when asked for), and a journal, journal.log, of the changes made since the snapshot
// (one record per line, each prefixed by its CRC-32C). Put and Delete append
// to the journal; Sync flushes and fsyncs it; Commit writes a new snapshot to
// a temporary file, fsyncs it, renames it over the old one, fsyncs the
// folder, and only then empties the journal. Open loads the snapshot and
// replays the journal, stopping at the first torn or corrupt record (the tail
// a crash mid-write leaves) and cutting it off. Replaying a record twice
// gives the same state, so a crash between the rename and the emptying is
// harmless. A kill -9 at any moment thus loses at most the changes made
// after the last Sync, which the next run simply redoes.
//
// meta.json, written atomically, keeps what the outputs were last written
// for (OutputDigest).
//
// # Pending deletions
//
// An article found gone from its input is forgotten with Remove, which also
// marks it "gone": its edges must still be deleted from stores fed by the
// run (Neo4j). The marks are journalled with the removal and kept in
// gone.json by Commit (written before the snapshot, so a crash between the
// two only marks a document twice), until ClearGone says those stores have
// dropped them. A run killed after saving its state but before telling
// Neo4j thus leaves the marks for the next run.
//
// # Side files
//
// SetSide and Side keep small JSON documents beside the state (the HTTP
// validators of the feeds read, say), each written atomically.
//
// # Concurrency
//
// A Store is not safe for concurrent use; one process owns the folder at a
// time (see package lock).
package state

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

// Version is the layout version written in the snapshot header; a store of
// another version is refused.
const Version = 1

// The file names inside the state folder.
const (
	SnapshotFile = "state.jsonl"
	JournalFile  = "journal.log"
	MetaFile     = "meta.json"
	GoneFile     = "gone.json"
)

// Entry is what the store keeps of one article.
type Entry struct {
	Doc   string       `json:"doc"`
	Hash  string       `json:"hash"`            // content hash, see batch.ContentHash
	File  string       `json:"file"`            // absolute path of the file it was read from, "-" for standard input, or the URL fetched
	Edges []graph.Edge `json:"edges,omitempty"` // in extraction order
	// Keys are the article's identities (ingest.Keys): an article read
	// later with one of them is the same article reached again.
	Keys []string `json:"keys,omitempty"`
}

// entry is an Entry as held in memory: the edges of an entry loaded from
// the snapshot stay undecoded (raw) until asked for, so that a run in which
// little changed never decodes them.
type entry struct {
	head
	edges []graph.Edge
	raw   []byte // the edges as JSON; nil once decoded or for a new entry
}

// head is an entry without its edges: a snapshot line's first part.
type head struct {
	Doc  string   `json:"doc"`
	Hash string   `json:"hash"`
	File string   `json:"file"`
	N    int      `json:"n"` // distinct edge IDs
	Keys []string `json:"keys,omitempty"`
}

func newEntry(e Entry) *entry {
	return &entry{head: head{Doc: e.Doc, Hash: e.Hash, File: e.File, N: distinct(e.Edges), Keys: e.Keys}, edges: e.Edges}
}

// decode returns the entry with its edges.
func (e *entry) decode() (Entry, error) {
	if e.raw != nil {
		var edges []graph.Edge
		if err := json.Unmarshal(e.raw, &edges); err != nil {
			return Entry{}, fmt.Errorf("state: edges of %q: %w", e.Doc, err)
		}
		e.edges, e.raw = edges, nil
	}
	return Entry{Doc: e.Doc, Hash: e.Hash, File: e.File, Edges: e.edges, Keys: e.Keys}, nil
}

func distinct(edges []graph.Edge) int {
	ids := make(map[string]bool, len(edges))
	for _, e := range edges {
		ids[e.ID] = true
	}
	return len(ids)
}

// Meta is the store's small side file.
type Meta struct {
	// OutputDigest is the Digest the output files were last written for.
	OutputDigest string `json:"output_digest,omitempty"`
	// Articles is the number of articles the outputs were written for.
	Articles int `json:"articles"`
	// Outputs are the size and modification time of each output file as
	// written, by file name: a file changed since (truncated, edited) is
	// written again though nothing else changed. Absent in a state
	// written by an older version.
	Outputs map[string]Stamp `json:"outputs,omitempty"`
	// What was handed to Neo4j is kept per server, in its spool folder
	// (neo4j.HandedDigest), not here: the neo4j_digest an older version
	// wrote, one value for every address, is ignored and dropped on the
	// next write, so every server is sent the whole snapshot once.
}

// Stamp is what a file's metadata says of its content: its size and
// modification time.
type Stamp struct {
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mtime"`
}

// StampOf returns the stamp of the file at path.
func StampOf(path string) (Stamp, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return Stamp{}, err
	}
	return Stamp{Size: fi.Size(), ModTime: fi.ModTime()}, nil
}

// Store is an open state folder.
type Store struct {
	dir     string
	entries map[string]*entry
	owner   map[string]string // key -> doc holding it
	gone    map[string]bool   // docs removed whose edges stores may still hold
	goneMod bool              // gone changed since gone.json was written
	journal *os.File
	jw      *bufio.Writer
	pending int // records appended since the last Commit
	meta    Meta
	// Recovered is the number of journal records replayed at Open: work a
	// run that did not finish had saved. Dropped is the number of bytes of a
	// torn or corrupt journal tail cut off at Open.
	Recovered, Dropped int
}

type header struct {
	Version int `json:"version"`
	Entries int `json:"entries"`
}

type record struct {
	Op    string `json:"op"` // "put", "del" or "gone" (del, and mark as gone)
	Entry *Entry `json:"entry,omitempty"`
	Doc   string `json:"doc,omitempty"`
}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// Open opens the state folder dir, creating it when missing, and loads it:
// the snapshot, then the journal replayed on top. Temporary files a crash
// left behind are removed, so the caller must hold the folder's lock. Its cost is linear in the
// size of the folder.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("state %s: %w", dir, err)
	}
	atomicfile.RemoveTemps(dir, SnapshotFile, MetaFile, GoneFile)
	s := &Store{dir: dir, entries: map[string]*entry{}, owner: map[string]string{}, gone: map[string]bool{}}
	if err := s.loadSnapshot(); err != nil {
		return nil, err
	}
	for _, e := range s.entries {
		s.index(e)
	}
	if err := s.loadGone(); err != nil {
		return nil, err
	}
	if err := s.loadMeta(); err != nil {
		return nil, err
	}
	if err := s.replay(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Store) loadSnapshot() error {
	path := filepath.Join(s.dir, SnapshotFile)
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	corrupt := func(line int, why any) error {
		return fmt.Errorf("state %s:%d: %v (the snapshot is damaged; remove %s to rebuild the state from the articles)", path, line, why, s.dir)
	}
	line, hdr := 0, header{}
	for {
		raw, err := br.ReadBytes('\n')
		if len(raw) > 0 {
			line++
			if line == 1 {
				if jerr := json.Unmarshal(raw, &hdr); jerr != nil {
					return corrupt(line, jerr)
				}
				if hdr.Version != Version {
					return fmt.Errorf("state %s: layout version %d, this actorgraph reads version %d", path, hdr.Version, Version)
				}
			} else {
				// HEAD-JSON TAB EDGES-JSON: JSON never holds a raw tab.
				hb, eb, ok := bytes.Cut(bytes.TrimSuffix(raw, []byte("\n")), []byte("\t"))
				e := new(entry)
				if !ok {
					return corrupt(line, "no tab between entry and edges")
				}
				if jerr := json.Unmarshal(hb, &e.head); jerr != nil {
					return corrupt(line, jerr)
				}
				e.raw = eb
				s.entries[e.Doc] = e
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("state %s: %w", path, err)
		}
	}
	if line == 0 || len(s.entries) != hdr.Entries {
		return corrupt(line, fmt.Sprintf("%d entries, header says %d", len(s.entries), hdr.Entries))
	}
	return nil
}

func (s *Store) loadMeta() error {
	b, err := os.ReadFile(filepath.Join(s.dir, MetaFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err == nil {
		err = json.Unmarshal(b, &s.meta)
	}
	if err != nil {
		// Meta only says what the outputs were written for: losing it means
		// the outputs are written again, nothing worse.
		s.meta = Meta{}
	}
	return nil
}

// replay applies the journal's records and opens it for appending, cutting
// off a torn or corrupt tail.
func (s *Store) replay() error {
	path := filepath.Join(s.dir, JournalFile)
	_, statErr := os.Stat(path)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	if errors.Is(statErr, os.ErrNotExist) {
		// A new journal: make its name durable before records go in.
		if err := atomicfile.SyncDir(s.dir); err != nil {
			f.Close()
			return err
		}
	}
	good, dropped, applied, err := s.applyJournal(f, path)
	if err != nil {
		f.Close()
		return err
	}
	s.Dropped += dropped
	s.Recovered += applied
	if s.Dropped > 0 {
		if err := f.Truncate(good); err != nil {
			f.Close()
			return fmt.Errorf("state %s: cut torn tail: %w", path, err)
		}
		if err := f.Sync(); err != nil {
			f.Close()
			return fmt.Errorf("state %s: %w", path, err)
		}
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		f.Close()
		return fmt.Errorf("state %s: %w", path, err)
	}
	s.journal = f
	s.jw = bufio.NewWriterSize(f, 256<<10)
	s.pending = s.Recovered
	return nil
}

// ReadDocs lists the documents of the state folder dir in lexical order,
// reading its snapshot and journal without opening the store: no lock, and
// nothing in the folder is written, so it may read a folder another process
// owns, or one on read-only media. A torn journal tail is ignored, as Open
// would cut it off. A folder with no snapshot and no journal holds no
// documents. Its cost is one read of the snapshot's heads and the journal.
func ReadDocs(dir string) ([]string, error) {
	s := &Store{dir: dir, entries: map[string]*entry{}, owner: map[string]string{}, gone: map[string]bool{}}
	if err := s.loadSnapshot(); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, JournalFile)
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return s.Docs(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("state: %w", err)
	}
	defer f.Close()
	if _, _, _, err := s.applyJournal(f, path); err != nil {
		return nil, err
	}
	return s.Docs(), nil
}

// applyJournal applies the journal records read from r (the file path),
// in order, up to the first torn or corrupt one (a last line without its
// newline is torn). It returns the bytes of the records applied, the bytes
// of the tail after them and the number applied.
func (s *Store) applyJournal(r io.Reader, path string) (good int64, dropped, applied int, err error) {
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		raw, err := br.ReadBytes('\n')
		if err != nil {
			if err != io.EOF {
				return good, dropped, applied, fmt.Errorf("state %s: %w", path, err)
			}
			return good, len(raw), applied, nil
		}
		rec, ok := decodeRecord(raw)
		if !ok {
			rest, _ := io.Copy(io.Discard, br)
			return good, len(raw) + int(rest), applied, nil
		}
		s.apply(rec)
		applied++
		good += int64(len(raw))
	}
}

// decodeRecord checks a journal line's checksum and decodes it.
func decodeRecord(raw []byte) (record, bool) {
	raw = bytes.TrimSuffix(raw, []byte("\n"))
	sum, body, ok := bytes.Cut(raw, []byte(" "))
	if !ok || len(sum) != 8 {
		return record{}, false
	}
	want, err := strconv.ParseUint(string(sum), 16, 32)
	if err != nil || crc32.Checksum(body, crcTable) != uint32(want) {
		return record{}, false
	}
	var r record
	if err := json.Unmarshal(body, &r); err != nil {
		return record{}, false
	}
	switch {
	case r.Op == "put" && r.Entry != nil && r.Entry.Doc != "":
	case (r.Op == "del" || r.Op == "gone") && r.Doc != "":
	default:
		return record{}, false
	}
	return r, true
}

func (s *Store) apply(r record) {
	if r.Op == "put" {
		s.unindex(r.Entry.Doc)
		e := newEntry(*r.Entry)
		s.entries[r.Entry.Doc] = e
		s.index(e)
		if s.gone[r.Entry.Doc] {
			delete(s.gone, r.Entry.Doc)
			s.goneMod = true
		}
		return
	}
	s.unindex(r.Doc)
	delete(s.entries, r.Doc)
	if r.Op == "gone" {
		s.gone[r.Doc] = true
		s.goneMod = true
	}
}

// index records e's keys as held by e (a key already held by another doc
// stays with it).
func (s *Store) index(e *entry) {
	for _, k := range e.Keys {
		if _, ok := s.owner[k]; !ok {
			s.owner[k] = e.Doc
		}
	}
}

// unindex forgets the keys doc holds.
func (s *Store) unindex(doc string) {
	e, ok := s.entries[doc]
	if !ok {
		return
	}
	for _, k := range e.Keys {
		if s.owner[k] == doc {
			delete(s.owner, k)
		}
	}
}

// Owners is a copy of the key index: each key (ingest.Keys) and the doc
// holding it.
func (s *Store) Owners() map[string]string {
	m := make(map[string]string, len(s.owner))
	for k, d := range s.owner {
		m[k] = d
	}
	return m
}

// Files is a copy of every doc's file.
func (s *Store) Files() map[string]string {
	m := make(map[string]string, len(s.entries))
	for d, e := range s.entries {
		m[d] = e.File
	}
	return m
}

// HasKeys reports whether doc's entry records its keys (entries written
// before keys were kept do not).
func (s *Store) HasKeys(doc string) bool {
	e, ok := s.entries[doc]
	return ok && len(e.Keys) > 0
}

// Owner is the doc that holds key (one of ingest.Keys), if any.
func (s *Store) Owner(key string) (string, bool) {
	d, ok := s.owner[key]
	return d, ok
}

func (s *Store) loadGone() error {
	b, err := os.ReadFile(filepath.Join(s.dir, GoneFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	var docs []string
	if err == nil {
		err = json.Unmarshal(b, &docs)
	}
	if err != nil {
		return fmt.Errorf("state %s: %w (remove it, and the edges of articles removed before are left in Neo4j)", filepath.Join(s.dir, GoneFile), err)
	}
	for _, d := range docs {
		if _, live := s.entries[d]; !live {
			s.gone[d] = true
		}
	}
	return nil
}

func (s *Store) writeGone() error {
	docs := s.Gone()
	err := atomicfile.Write(filepath.Join(s.dir, GoneFile), func(w io.Writer) error {
		return json.NewEncoder(w).Encode(docs)
	})
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	s.goneMod = false
	return nil
}

// Gone lists, in lexical order, the documents removed (with Remove) whose
// deletion stores fed by the runs have not yet confirmed (ClearGone).
func (s *Store) Gone() []string {
	docs := make([]string, 0, len(s.gone))
	for d := range s.gone {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	return docs
}

// ClearGone forgets the marks of docs, once every store fed by the run has
// deleted their edges; it commits the store first, so that no mark still
// in the journal comes back.
func (s *Store) ClearGone(docs []string) error {
	if len(docs) == 0 {
		return nil
	}
	if err := s.Commit(); err != nil {
		return err
	}
	for _, d := range docs {
		delete(s.gone, d)
	}
	return s.writeGone()
}

func (s *Store) append(r record) error {
	body, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	var sum [9]byte
	copy(sum[:], fmt.Sprintf("%08x ", crc32.Checksum(body, crcTable)))
	s.jw.Write(sum[:])
	s.jw.Write(body)
	if err := s.jw.WriteByte('\n'); err != nil {
		return fmt.Errorf("state %s: %w", filepath.Join(s.dir, JournalFile), err)
	}
	s.apply(r)
	s.pending++
	return nil
}

// Get returns the entry of doc, if the store has one. Its error is that of
// decoding the entry's edges from a damaged snapshot.
func (s *Store) Get(doc string) (Entry, bool, error) {
	e, ok := s.entries[doc]
	if !ok {
		return Entry{}, false, nil
	}
	ent, err := e.decode()
	return ent, true, err
}

// File is the file doc was read from, without decoding its edges.
func (s *Store) File(doc string) (string, bool) {
	e, ok := s.entries[doc]
	if !ok {
		return "", false
	}
	return e.File, true
}

// EdgeCount is the number of distinct edge IDs in the store, all entries
// together, without decoding any edges.
func (s *Store) EdgeCount() int {
	n := 0
	for _, e := range s.entries {
		n += e.N
	}
	return n
}

// Put records e, replacing any entry of the same Doc. It is durable after
// the next Sync or Commit.
func (s *Store) Put(e Entry) error {
	if e.Doc == "" {
		return errors.New("state: entry without doc")
	}
	return s.append(record{Op: "put", Entry: &e})
}

// Delete forgets doc and its edges. It is durable after the next Sync or
// Commit.
func (s *Store) Delete(doc string) error {
	if _, ok := s.entries[doc]; !ok {
		return nil
	}
	return s.append(record{Op: "del", Doc: doc})
}

// Remove forgets doc and its edges, as Delete, and marks it gone (see Gone)
// in the same journal record.
func (s *Store) Remove(doc string) error {
	if _, ok := s.entries[doc]; !ok {
		return nil
	}
	return s.append(record{Op: "gone", Doc: doc})
}

// Sync makes every Put and Delete so far durable: it flushes the journal and
// fsyncs it.
func (s *Store) Sync() error {
	if err := s.jw.Flush(); err != nil {
		return fmt.Errorf("state: write journal: %w", err)
	}
	if err := s.journal.Sync(); err != nil {
		return fmt.Errorf("state: sync journal: %w", err)
	}
	return nil
}

// Commit folds the journal into a new snapshot, atomically, and empties the
// journal. It does nothing when nothing changed since the last Commit. Its
// cost is one write of the whole state.
func (s *Store) Commit() error {
	if s.pending == 0 {
		return nil
	}
	if err := s.Sync(); err != nil {
		return err
	}
	if s.goneMod {
		if err := s.writeGone(); err != nil {
			return err
		}
	}
	err := atomicfile.Write(filepath.Join(s.dir, SnapshotFile), func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<20)
		if err := json.NewEncoder(bw).Encode(header{Version: Version, Entries: len(s.entries)}); err != nil {
			return err
		}
		for _, doc := range s.Docs() {
			e := s.entries[doc]
			hb, err := json.Marshal(e.head)
			if err != nil {
				return err
			}
			eb := e.raw
			if eb == nil {
				if eb, err = marshalEdges(e.edges); err != nil {
					return err
				}
			}
			bw.Write(hb)
			bw.WriteByte('\t')
			bw.Write(eb)
			bw.WriteByte('\n')
		}
		return bw.Flush()
	})
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	if err := s.journal.Truncate(0); err != nil {
		return fmt.Errorf("state: empty journal: %w", err)
	}
	if _, err := s.journal.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("state: %w", err)
	}
	if err := s.journal.Sync(); err != nil {
		return fmt.Errorf("state: %w", err)
	}
	s.pending = 0
	return nil
}

// Close commits pending changes and closes the journal.
func (s *Store) Close() error {
	err := s.Commit()
	if cerr := s.journal.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("state: %w", cerr)
	}
	return err
}

// Hashes is a copy of every doc's content hash.
func (s *Store) Hashes() map[string]string {
	m := make(map[string]string, len(s.entries))
	for d, e := range s.entries {
		m[d] = e.Hash
	}
	return m
}

// Len is the number of articles in the store.
func (s *Store) Len() int { return len(s.entries) }

// Docs lists the documents in the store in lexical order.
func (s *Store) Docs() []string {
	docs := make([]string, 0, len(s.entries))
	for d := range s.entries {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	return docs
}

// Edges is every edge in the store: documents in lexical order, each
// document's edges in extraction order. This is the order of edges.jsonl.
// It decodes every entry's edges.
func (s *Store) Edges() ([]graph.Edge, error) {
	var out []graph.Edge
	for _, d := range s.Docs() {
		e, err := s.entries[d].decode()
		if err != nil {
			return nil, err
		}
		out = append(out, e.Edges...)
	}
	return out, nil
}

// marshalEdges is the JSON array of edges, without HTML escaping.
func marshalEdges(edges []graph.Edge) ([]byte, error) {
	if edges == nil {
		edges = []graph.Edge{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(edges); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Digest is a hash of every (doc, content hash) pair: two stores with the
// same digest hold the same articles and so give the same outputs.
func (s *Store) Digest() string {
	h := sha256.New()
	for _, d := range s.Docs() {
		h.Write([]byte(d))
		h.Write([]byte{0})
		h.Write([]byte(s.entries[d].Hash))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Side reads the side file name (a JSON document written by SetSide) into
// v; a missing file leaves v as it is. Its error names the file.
func (s *Store) Side(name string, v any) error {
	path := filepath.Join(s.dir, name)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err == nil {
		err = json.Unmarshal(b, v)
	}
	if err != nil {
		return fmt.Errorf("state %s: %w", path, err)
	}
	return nil
}

// SetSide writes v as the JSON side file name, atomically.
func (s *Store) SetSide(name string, v any) error {
	err := atomicfile.Write(filepath.Join(s.dir, name), func(w io.Writer) error {
		return json.NewEncoder(w).Encode(v)
	})
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	return nil
}

// Meta returns the store's side data.
func (s *Store) Meta() Meta { return s.meta }

// SetMeta writes m atomically to meta.json.
func (s *Store) SetMeta(m Meta) error {
	err := atomicfile.Write(filepath.Join(s.dir, MetaFile), func(w io.Writer) error {
		return json.NewEncoder(w).Encode(m)
	})
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	s.meta = m
	return nil
}
