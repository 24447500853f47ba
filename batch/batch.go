// Package batch brings a state store up to date with a corpus: it reads the
// articles under some paths, extracts only those that are new or changed
// since the store last saw them, forgets those that are gone, and says what
// it did. It is the heart of 'actorgraph run'; its sibling packages each hold
// one idea of it: state (the crash-safe store), lock (one run per folder),
// shard (splitting a corpus between workers), schedule (running again and
// again) and merge (combining shard outputs).
//
// # What an update does
//
// Every article found is hashed (ContentHash: its text and metadata, and the
// extractor's fingerprint). An article whose document name is not in the
// store is new; one whose hash differs is changed; both are extracted and
// their entries — hash, file, edges — replace any old one, so a changed
// article's edges replace its old edges. Unchanged articles cost one read
// and one hash. An article in the store that was not found this time is
// removed, with its edges, when the file it came from lies under one of the
// paths read and that file had no problem this time (so an unreadable file
// or a malformed line never loses what was extracted before, and a run over
// other paths leaves the store's other articles alone). With a shard, the
// articles of other shards are skipped, and removed from this store.
//
// Progress is journalled as it goes (see package state): a run killed at
// any point leaves a consistent store, and the next run redoes only what
// was not saved.
package batch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/batch/shard"
	"github.com/actorgraph/actorgraph/batch/state"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/pipeline/pump"
)

// Extractor extracts articles in parallel and hands them back in input order;
// *extract.Extractor is one.
type Extractor = pump.Extractor

// Progress is a progress display over the sources of a run.
type Progress = pump.Progress

// Options configure an Update.
type Options struct {
	Paths []string // files, folders, "-" for standard input
	// Sources are further inputs already in memory (fetched feeds and
	// pages): read after Paths, never mirrored.
	Sources []ingest.Source
	Shard   shard.Shard // the zero Shard is the whole corpus
	// Fingerprint names the extractor (its version and dictionary): when it
	// changes, every article counts as changed and is extracted again.
	Fingerprint string
	// Full extracts every article again, changed or not.
	Full bool
	// PruneMissing mirrors every file read, not only those found in a
	// folder: an article gone from a file named directly, or from a feed
	// file, is removed too. (URLs and standard input are never mirrored.)
	PruneMissing bool
	// Skip lists paths never read as articles (the output folder, when it
	// lies inside an input folder).
	Skip    []string
	Workers int // extraction goroutines; runtime.NumCPU() when < 1
	// SyncEvery is how many extracted articles go between two fsyncs of the
	// journal (64 when < 1): at most that many are redone after a crash.
	SyncEvery int
	// Bad is told of each bad input (file, line); may be nil.
	Bad func(ingest.Problem)
	// Duplicate, when not nil, is told of each article passed over because
	// the same article (by canonical URL, GUID or text hash) was read before.
	Duplicate func(a graph.Article, of string)
	// Extracted, when not nil, is told of each new or changed article once
	// its edges are in the store: its doc, its file, whether it was in the
	// store before, and its edges' count.
	Extracted func(doc, file string, changed bool, edges int)
	// Prepare, when not nil, reworks each new or changed article before it
	// is extracted (package pump); the content hash is that of the article
	// as read, so an unchanged one is never prepared again.
	Prepare func(ctx context.Context, a graph.Article) graph.Article
	// Progress, when not nil, returns a display for a run over total files.
	Progress func(total int) Progress
	// Stage, when not nil, is called with "read" once every article is
	// read and hashed, and "extracted" once every new or changed one is
	// extracted (before removals are found and the state committed): the
	// boundaries at which a test kills the process.
	Stage func(name string)
}

// Stats is what an Update did.
type Stats struct {
	Seen       int // articles found, in every shard
	New        int // extracted for the first time
	Changed    int // extracted again because their content or the extractor changed
	Unchanged  int // found with the hash the store had: not read further
	Removed    int // in the store, gone from the input
	OtherShard int // found but left to another shard
	Failed     int // bad inputs (files, lines) skipped
	Duplicates int // articles read twice (two feeds, two addresses of one story): read once
	// Inputs is how many sources gave at least one article; with Failed > 0
	// and Inputs == 0 (and no feed answered "not modified") nothing at all
	// was read.
	Inputs       int
	EdgesAdded   int // edge IDs now in the store that were not before
	EdgesRemoved int // edge IDs no longer in the store
	// RemovedDocs are the articles found gone from the input in this run
	// (not those handed to other shards), so a store fed by the run can
	// delete their edges.
	RemovedDocs []string
	Articles    int // articles in the store after the update
	Edges       int // edges in the store after the update
	// Interrupted is set when the context ended before the update finished;
	// what was done is saved and the next update goes on from there.
	Interrupted bool
}

// ContentHash is the hash that decides whether an article changed: sha256 of
// the extractor fingerprint and every field of the article, hex-encoded.
func ContentHash(fingerprint string, a graph.Article) string {
	h := sha256.New()
	for _, s := range []string{fingerprint, a.Doc, a.Title, a.Text, a.Published, a.URL, a.Source} {
		fmt.Fprintf(h, "%d:", len(s))
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// pending is an article sent for extraction.
type pending struct {
	hash, file string
	keys       []string
	old        *state.Entry
}

// Update brings st up to date with the articles under opt.Paths, extracting
// new and changed ones with x, and commits st. Bad inputs are passed to
// opt.Bad and counted; they do not stop the update. When ctx ends midway,
// the work done so far is committed and Update returns ctx's error with
// Stats.Interrupted set. Its cost is one read and hash of every article, one
// extraction of each new or changed one, and one rewrite of the store when
// anything changed.
func Update(ctx context.Context, st *state.Store, x Extractor, opt Options) (Stats, error) {
	var stats Stats
	var mu sync.Mutex // guards stats.Failed and protected, written by the reader
	protected := map[string]bool{}
	bad := func(p ingest.Problem) {
		mu.Lock()
		stats.Failed++
		if p.Path != "" {
			protected[absPath(p.Path)] = true
		}
		mu.Unlock()
		if opt.Bad != nil {
			opt.Bad(p)
		}
	}
	syncEvery := opt.SyncEvery
	if syncEvery < 1 {
		syncEvery = 64
	}

	// The reader (pump.Options.Keep, on the reading goroutine) finds and
	// hashes every article and keeps the new and changed ones for the
	// extractor. It looks hashes up in a copy of the store's, and owners of
	// keys in a copy taken before extraction starts, so that it never reads
	// the store while the extractor's side writes it.
	known := st.Hashes()
	owners := st.Owners()
	files := st.Files()
	seen := map[string]string{}     // doc -> file it was read from
	seenKeys := map[string]string{} // key -> doc read with it in this run
	var pend sync.Map               // doc -> pending
	var unchanged []state.Entry     // Doc, File and Keys only
	var other []string              // docs of other shards that the store has
	nOther := 0
	mirrored := mirrorRule(opt.Paths, opt.PruneMissing)
	skip := make([]string, 0, len(opt.Skip))
	for _, p := range opt.Skip {
		skip = append(skip, absPath(p))
	}
	var srcs []ingest.Source
	for _, src := range ingest.Find(ctx, opt.Paths, bad) {
		file := absPath(src.Path)
		if file != "-" && under(file, skip) {
			continue
		}
		srcs = append(srcs, src)
	}
	srcs = append(srcs, opt.Sources...)
	gave := map[string]bool{}
	keep := func(src ingest.Source, a graph.Article) (bool, error) {
		file := absPath(src.Path)
		if src.Body != nil {
			file = src.Path // a URL
		}
		gave[file] = true
		_, again := seen[a.Doc]
		oldHash, known := known[a.Doc]
		owned := opt.Shard.Owns(a.Doc)
		var hash string
		if owned {
			hash = ContentHash(opt.Fingerprint, a)
			// The common case of a re-run: an article stored with its keys,
			// unchanged. Its keys are in the store's index already.
			if !again && known && oldHash == hash && !opt.Full && owners["id:"+a.Doc] == a.Doc {
				seen[a.Doc] = file
				unchanged = append(unchanged, state.Entry{Doc: a.Doc, File: file})
				return false, nil
			}
		}
		keys := ingest.Keys(a)
		if again {
			// (standard input names an article with no name of its own by
			// its content, "stdin-<hash>": that name again is the same
			// article again; one with an id of its own is checked as any)
			if src.Format != ingest.Feed && src.Body == nil && !(src.Path == "-" && strings.HasPrefix(a.Doc, "stdin-")) && !sharesKey(keys, seenKeys, a.Doc) {
				bad(ingest.Problem{Path: src.Path, Err: fmt.Errorf("article %q skipped: the same name was already read from %s", a.Doc, seen[a.Doc])})
				return false, nil
			}
			return false, duplicate(&stats, opt, a, a.Doc)
		}
		// The same article under another name, read in this run or stored.
		for _, k := range keys {
			if d, ok := seenKeys[k]; ok && d != a.Doc {
				return false, duplicate(&stats, opt, a, d)
			}
		}
		// A stored article of another file: the same story reached again. (In
		// its own file an article that changed name — a JSON line moved — is
		// a new one, and the old name is removed.)
		if !ownsAny(keys, owners, a.Doc) {
			for _, k := range keys {
				if d, ok := owners[k]; ok && d != a.Doc && files[d] != file {
					return false, duplicate(&stats, opt, a, d)
				}
			}
		}
		seen[a.Doc] = file
		for _, k := range keys {
			if _, ok := seenKeys[k]; !ok {
				seenKeys[k] = a.Doc
			}
		}
		if !owned {
			nOther++
			if known {
				other = append(other, a.Doc)
			}
			return false, nil
		}
		if known && oldHash == hash && !opt.Full {
			unchanged = append(unchanged, state.Entry{Doc: a.Doc, File: file, Keys: keys})
			return false, nil
		}
		pend.Store(a.Doc, pending{hash: hash, file: file, keys: keys})
		return true, nil
	}

	stage := func(name string) func() {
		if opt.Stage == nil {
			return nil
		}
		return func() { opt.Stage(name) }
	}
	done := 0
	err := pump.Run(ctx, x, srcs, pump.Options{
		Workers: opt.Workers, Bad: bad, Keep: keep, Prepare: opt.Prepare,
		Progress: opt.Progress, Read: stage("read"),
	}, func(a graph.Article, edges []graph.Edge) error {
		v, _ := pend.LoadAndDelete(a.Doc)
		p := v.(pending)
		old, ok, err := st.Get(a.Doc)
		if err != nil {
			return err
		}
		if ok {
			p.old = &old
		}
		for i := range edges {
			if edges[i].ID == "" {
				edges[i] = edges[i].WithID()
			}
		}
		if err := st.Put(state.Entry{Doc: a.Doc, Hash: p.hash, File: p.file, Edges: edges, Keys: p.keys}); err != nil {
			return err
		}
		if p.old == nil {
			stats.New++
		} else {
			stats.Changed++
		}
		if opt.Extracted != nil {
			opt.Extracted(a.Doc, p.file, p.old != nil, len(edges))
		}
		added, removed := diffEdges(p.old, edges)
		stats.EdgesAdded += added
		stats.EdgesRemoved += removed
		done++
		if done%syncEvery == 0 {
			return st.Sync()
		}
		return nil
	})
	if opt.Stage != nil && err == nil {
		opt.Stage("extracted")
	}
	mu.Lock()
	defer mu.Unlock()
	stats.Seen = len(seen)
	stats.Inputs = len(gave)
	stats.Unchanged = len(unchanged)
	stats.OtherShard = nOther
	if err != nil {
		// Save what was extracted; leave removals to a run that sees the
		// whole corpus.
		stats.Interrupted = ctx.Err() != nil
		if cerr := st.Commit(); cerr != nil {
			return stats, fmt.Errorf("%w (and saving the state: %v)", err, cerr)
		}
		stats.Articles, stats.Edges = st.Len(), st.EdgeCount()
		return stats, err
	}

	// Record a new file path for unchanged articles that moved (rare), and
	// the keys of entries written before keys were kept.
	for _, u := range unchanged {
		if f, _ := st.File(u.Doc); f != u.File || (u.Keys != nil && !st.HasKeys(u.Doc)) {
			e, _, err := st.Get(u.Doc)
			if err != nil {
				return stats, err
			}
			e.File = u.File
			if u.Keys != nil {
				e.Keys = u.Keys
			}
			if err := st.Put(e); err != nil {
				return stats, err
			}
		}
	}
	// Forget what is gone, and what belongs to other shards.
	stats.OtherShard = nOther
	for _, doc := range other {
		e, _, err := st.Get(doc)
		if err != nil {
			return stats, err
		}
		if err := forget(st, e, &stats); err != nil {
			return stats, err
		}
	}
	for _, doc := range st.Docs() {
		if _, ok := seen[doc]; ok {
			continue
		}
		file, _ := st.File(doc)
		if !mirrored(file) || underAny(file, protected) {
			continue
		}
		e, _, err := st.Get(doc)
		if err != nil {
			return stats, err
		}
		stats.Removed++
		stats.RemovedDocs = append(stats.RemovedDocs, e.Doc)
		stats.EdgesRemoved += len(uniqueIDs(e.Edges))
		if err := st.Remove(e.Doc); err != nil {
			return stats, err
		}
	}
	if err := st.Commit(); err != nil {
		return stats, err
	}
	stats.Articles, stats.Edges = st.Len(), st.EdgeCount()
	return stats, nil
}

func forget(st *state.Store, e state.Entry, stats *Stats) error {
	stats.EdgesRemoved += len(uniqueIDs(e.Edges))
	return st.Delete(e.Doc)
}

// diffEdges counts the edge IDs of edges not in old, and of old not in edges.
func diffEdges(old *state.Entry, edges []graph.Edge) (added, removed int) {
	now := uniqueIDs(edges)
	var before map[string]bool
	if old != nil {
		before = uniqueIDs(old.Edges)
	}
	for id := range now {
		if !before[id] {
			added++
		}
	}
	for id := range before {
		if !now[id] {
			removed++
		}
	}
	return added, removed
}

func uniqueIDs(edges []graph.Edge) map[string]bool {
	m := make(map[string]bool, len(edges))
	for _, e := range edges {
		m[e.ID] = true
	}
	return m
}

// absPath is p made absolute and clean; "-" stays "-".
func absPath(p string) string {
	if p == "-" {
		return p
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

// under reports whether file is one of roots or inside one of them.
func under(file string, roots []string) bool {
	for _, r := range roots {
		if file == r || strings.HasPrefix(file, strings.TrimSuffix(r, string(filepath.Separator))+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// mirrorRule says which stored articles a run over paths may remove when
// it does not find them: those read from a file under a folder of paths
// (feed files excepted: their items scroll out), and with prune those of
// every file of paths too. Articles from URLs and standard input are never
// removed: what leaves a feed is history, not a deletion.
func mirrorRule(paths []string, prune bool) func(file string) bool {
	var dirs, files []string
	for _, p := range paths {
		if p == "-" || strings.Contains(p, "://") {
			continue
		}
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			dirs = append(dirs, absPath(p))
		} else {
			files = append(files, absPath(p))
		}
	}
	return func(file string) bool {
		if file == "-" || strings.Contains(file, "://") {
			return false
		}
		if under(file, dirs) && (prune || ingest.FormatOf(file) != ingest.Feed) {
			return true
		}
		return prune && under(file, files)
	}
}

func underAny(file string, set map[string]bool) bool {
	for r := range set {
		if under(file, []string{r}) {
			return true
		}
	}
	return false
}

// duplicate counts a, passed over as the same article as doc.
func duplicate(stats *Stats, opt Options, a graph.Article, doc string) error {
	stats.Duplicates++
	if opt.Duplicate != nil {
		opt.Duplicate(a, doc)
	}
	return nil
}

// sharesKey reports whether one of keys other than the id key was read
// with doc.
func sharesKey(keys []string, seen map[string]string, doc string) bool {
	for _, k := range keys {
		if !strings.HasPrefix(k, "id:") && seen[k] == doc {
			return true
		}
	}
	return false
}

// ownsAny reports whether doc itself holds one of keys in the store.
func ownsAny(keys []string, owners map[string]string, doc string) bool {
	for _, k := range keys {
		if owners[k] == doc {
			return true
		}
	}
	return false
}
