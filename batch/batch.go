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
	"path/filepath"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/batch/shard"
	"github.com/actorgraph/actorgraph/batch/state"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// Extractor extracts articles in parallel and hands them back in input order;
// *extract.Extractor is one.
type Extractor interface {
	Stream(ctx context.Context, workers int, in <-chan graph.Article, emit func(graph.Article, []graph.Edge) error) error
}

// Progress is a progress display over the files of a run.
type Progress interface {
	Add(n int) error
	Finish() error
}

// Options configure an Update.
type Options struct {
	Paths []string    // files, folders, "-" for standard input
	Shard shard.Shard // the zero Shard is the whole corpus
	// Fingerprint names the extractor (its version and dictionary): when it
	// changes, every article counts as changed and is extracted again.
	Fingerprint string
	// Full extracts every article again, changed or not.
	Full bool
	// Skip lists paths never read as articles (the output folder, when it
	// lies inside an input folder).
	Skip    []string
	Workers int // extraction goroutines; runtime.NumCPU() when < 1
	// SyncEvery is how many extracted articles go between two fsyncs of the
	// journal (64 when < 1): at most that many are redone after a crash.
	SyncEvery int
	// Bad is told of each bad input (file, line); may be nil.
	Bad func(ingest.Problem)
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
	Seen         int // articles found, in every shard
	New          int // extracted for the first time
	Changed      int // extracted again because their content or the extractor changed
	Unchanged    int // found with the hash the store had: not read further
	Removed      int // in the store, gone from the input
	OtherShard   int // found but left to another shard
	Failed       int // bad inputs (files, lines) skipped
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

	// The reader finds and hashes every article and sends the new and
	// changed ones to the extractor. It looks hashes up in a copy of the
	// store's, so that it never reads the store while the extractor's side
	// writes it.
	known := st.Hashes()
	seen := map[string]string{} // doc -> file it was read from
	var pend sync.Map           // doc -> pending
	var unchanged []state.Entry // Doc and File only
	var other []string          // docs of other shards that the store has
	nOther := 0
	in := make(chan graph.Article)
	readErr := make(chan error, 1)
	go func() {
		defer close(in)
		srcs := ingest.Find(ctx, opt.Paths, bad)
		var bar Progress
		if opt.Progress != nil {
			bar = opt.Progress(len(srcs))
			defer bar.Finish()
		}
		skip := make([]string, 0, len(opt.Skip))
		for _, p := range opt.Skip {
			skip = append(skip, absPath(p))
		}
		for _, src := range srcs {
			file := absPath(src.Path)
			if file != "-" && under(file, skip) {
				if bar != nil {
					bar.Add(1)
				}
				continue
			}
			err := ingest.Articles(ctx, src, func(a graph.Article) error {
				if prev, dup := seen[a.Doc]; dup {
					bad(ingest.Problem{Path: src.Path, Err: fmt.Errorf("article %q skipped: the same name was already read from %s", a.Doc, prev)})
					return nil
				}
				seen[a.Doc] = file
				oldHash, ok := known[a.Doc]
				if !opt.Shard.Owns(a.Doc) {
					nOther++
					if ok {
						other = append(other, a.Doc)
					}
					return nil
				}
				hash := ContentHash(opt.Fingerprint, a)
				if ok && oldHash == hash && !opt.Full {
					unchanged = append(unchanged, state.Entry{Doc: a.Doc, File: file})
					return nil
				}
				pend.Store(a.Doc, pending{hash: hash, file: file})
				select {
				case in <- a:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			}, bad)
			if bar != nil {
				bar.Add(1)
			}
			if err != nil {
				readErr <- err
				return
			}
		}
		if opt.Stage != nil && ctx.Err() == nil {
			opt.Stage("read")
		}
		readErr <- ctx.Err()
	}()

	done := 0
	err := x.Stream(ctx, opt.Workers, in, func(a graph.Article, edges []graph.Edge) error {
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
		if err := st.Put(state.Entry{Doc: a.Doc, Hash: p.hash, File: p.file, Edges: edges}); err != nil {
			return err
		}
		if p.old == nil {
			stats.New++
		} else {
			stats.Changed++
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
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	if opt.Stage != nil && err == nil {
		opt.Stage("extracted")
	}
	mu.Lock()
	defer mu.Unlock()
	stats.Seen = len(seen)
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

	// Record a new file path for unchanged articles that moved (rare).
	for _, u := range unchanged {
		if f, _ := st.File(u.Doc); f != u.File {
			e, _, err := st.Get(u.Doc)
			if err != nil {
				return stats, err
			}
			e.File = u.File
			if err := st.Put(e); err != nil {
				return stats, err
			}
		}
	}
	// Forget what is gone, and what belongs to other shards.
	roots := make([]string, 0, len(opt.Paths))
	for _, p := range opt.Paths {
		roots = append(roots, absPath(p))
	}
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
		if !under(file, roots) || underAny(file, protected) {
			continue
		}
		e, _, err := st.Get(doc)
		if err != nil {
			return stats, err
		}
		stats.Removed++
		stats.RemovedDocs = append(stats.RemovedDocs, e.Doc)
		if err := forget(st, e, &stats); err != nil {
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

func underAny(file string, set map[string]bool) bool {
	for r := range set {
		if under(file, []string{r}) {
			return true
		}
	}
	return false
}
