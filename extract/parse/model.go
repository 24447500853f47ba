package parse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sync"
)

// Model is a trained tagger and parser; immutable after loading, safe for
// concurrent use.
type Model struct {
	tags    []string // XPOS tags, by index
	labels  []string // relations, by index
	root    uint8    // index of "root" in labels
	tagdict map[string]uint8
	tagger  *table // features -> tags
	trans   *table // features -> moves
	label   *table // features -> labels
	pool    sync.Pool
}

// Tree is one parsed sentence. Heads[i] is the index (0-based, into Words)
// of word i's head, or -1 for the root. Rels[i] is its UD relation with
// subtype ("nsubj", "nsubj:pass", "obj", "obl", "obl:agent", ...). Tags[i]
// is the Penn (XPOS) tag.
type Tree struct {
	Words []string
	Tags  []string
	Heads []int
	Rels  []string
}

// scratch is per-call working memory, pooled so that Parse does not
// allocate in the steady state.
type scratch struct {
	ws     []wordInfo
	buf    []byte
	tags   []uint8
	feats  []uint64
	scores []float32
	v      view
	st     state
}

func (m *Model) getScratch() *scratch {
	if sc, ok := m.pool.Get().(*scratch); ok {
		return sc
	}
	n := max(len(m.tags), len(m.labels), nMoves)
	return &scratch{scores: make([]float32, n), feats: make([]uint64, 0, 128)}
}

// prepare analyses words into sc: word hashes, tags, and the parser view.
func (m *Model) prepare(words []string, sc *scratch) {
	n := len(words)
	if cap(sc.ws) < n {
		sc.ws = make([]wordInfo, n)
		sc.tags = make([]uint8, n)
		sc.v.wh = make([]uint64, n+1)
		sc.v.tg = make([]uint64, n+1)
	}
	sc.ws, sc.tags = sc.ws[:n], sc.tags[:n]
	sc.v.wh, sc.v.tg = sc.v.wh[:n+1], sc.v.tg[:n+1]
	for i, w := range words {
		sc.buf = analyse(w, &sc.ws[i], sc.buf)
		sc.v.wh[i] = sc.ws[i].lower
	}
	sc.v.wh[n] = hashRoot
	sc.v.tg[n] = tagRoot
}

// Parse tags and parses one sentence of already-tokenized words into t,
// reusing t's slices (no allocation in the steady state beyond what growth
// needs). Safe for concurrent use with distinct t.
func (m *Model) Parse(words []string, t *Tree) {
	n := len(words)
	t.Words = append(t.Words[:0], words...)
	t.Tags = growStrings(t.Tags, n)
	t.Rels = growStrings(t.Rels, n)
	t.Heads = growInts(t.Heads, n)
	if n == 0 {
		return
	}
	sc := m.getScratch()
	defer m.pool.Put(sc)
	m.prepare(words, sc)
	m.tag(words, sc.ws, sc.tags, sc)
	for i, tg := range sc.tags {
		sc.v.tg[i] = uint64(tg)
		t.Tags[i] = m.tags[tg]
	}
	st := &sc.st
	st.reset(n)
	for !st.terminal() {
		mv := m.bestMove(st, sc)
		lab := uint8(labNone)
		if mv != mShift {
			h, d := st.arc(mv)
			lab = m.bestLabel(st, sc, h, d)
		}
		st.apply(mv, lab)
	}
	for i := range n {
		h := st.heads[i]
		if h == n {
			h = -1
		}
		t.Heads[i] = h
		t.Rels[i] = m.labels[st.labels[i]]
	}
}

func (m *Model) bestMove(st *state, sc *scratch) int {
	sc.feats = transFeatures(sc.feats[:0], st, &sc.v)
	m.trans.score(sc.feats, sc.scores)
	best := -1
	for mv := range nMoves {
		if st.valid(mv) && (best < 0 || sc.scores[mv] > sc.scores[best]) {
			best = mv
		}
	}
	return best
}

func (m *Model) bestLabel(st *state, sc *scratch, h, d int) uint8 {
	if h == st.n {
		return m.root
	}
	sc.feats = labelFeatures(sc.feats[:0], st, &sc.v, h, d)
	m.label.score(sc.feats, sc.scores)
	best := -1
	for c, v := range sc.scores[:len(m.labels)] {
		if c != int(m.root) && (best < 0 || v > sc.scores[best]) {
			best = c
		}
	}
	return uint8(best)
}

func growStrings(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}

// File format (all gzip-compressed, little-endian):
//
//	magic "AGPARSE\x00", version uint32
//	tags:   uint16 count, then strings (uint16 length, bytes)
//	labels: the same
//	tagdict: uint32 count, then (string, uint8 tag)
//	three tables (tagger, transitions, labels), each:
//	    uint32 classes, uint32 rows, then per row:
//	    uint64 key, uint8 nonzero count, (uint8 class, float32 weight)...
//	end marker "END\x00"
const (
	magic   = "AGPARSE\x00"
	version = 1
)

// Write writes the model in the format Load reads.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	le := binary.LittleEndian
	var b []byte
	put := func() {
		if err == nil {
			_, err = bw.Write(b)
		}
		b = b[:0]
	}
	putStr := func(s string) { b = le.AppendUint16(b, uint16(len(s))); b = append(b, s...) }
	b = append(b, magic...)
	b = le.AppendUint32(b, version)
	for _, list := range [][]string{m.tags, m.labels} {
		b = le.AppendUint16(b, uint16(len(list)))
		for _, s := range list {
			putStr(s)
		}
	}
	put()
	keys := slices.Sorted(maps.Keys(m.tagdict))
	b = le.AppendUint32(b, uint32(len(keys)))
	for _, k := range keys {
		putStr(k)
		b = append(b, m.tagdict[k])
		put()
	}
	for _, t := range []*table{m.tagger, m.trans, m.label} {
		b = le.AppendUint32(b, uint32(t.nclass))
		b = le.AppendUint32(b, uint32(t.len()))
		put()
		byRow := make([]uint64, t.len())
		for _, sl := range t.slots {
			if sl.key != 0 {
				byRow[sl.row] = sl.key
			}
		}
		for r, k := range byRow {
			b = le.AppendUint64(b, k)
			row := t.w[r*t.nclass : (r+1)*t.nclass]
			nz := 0
			for _, v := range row {
				if v != 0 {
					nz++
				}
			}
			b = append(b, uint8(nz))
			for c, v := range row {
				if v != 0 {
					b = append(b, uint8(c))
					b = le.AppendUint32(b, math.Float32bits(v))
				}
			}
			put()
		}
	}
	b = append(b, "END\x00"...)
	put()
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by (*Model).Write; errors name `name` and the
// problem.
func Load(r io.Reader, name string) (*Model, error) {
	m, err := load(r)
	if err != nil {
		return nil, fmt.Errorf("parse: model %s: %w", name, err)
	}
	return m, nil
}

var errFormat = errors.New("bad format")

func load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("not gzip: %w", err)
	}
	br := bufio.NewReader(zr)
	le := binary.LittleEndian
	var tmp [8]byte
	read := func(n int) ([]byte, error) {
		if _, err := io.ReadFull(br, tmp[:n]); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, fmt.Errorf("truncated: %w", err)
		}
		return tmp[:n], nil
	}
	u16 := func() (int, error) { b, err := read(2); return int(le.Uint16(b)), err }
	u32 := func() (int, error) {
		b, err := read(4)
		if err != nil {
			return 0, err
		}
		return int(le.Uint32(b)), nil
	}
	str := func() (string, error) {
		n, err := u16()
		if err != nil {
			return "", err
		}
		s := make([]byte, n)
		if _, err := io.ReadFull(br, s); err != nil {
			return "", fmt.Errorf("truncated string: %w", err)
		}
		return string(s), nil
	}
	hdr := make([]byte, len(magic))
	if _, err := io.ReadFull(br, hdr); err != nil || string(hdr) != magic {
		return nil, fmt.Errorf("%w: no magic header", errFormat)
	}
	v, err := u32()
	if err != nil {
		return nil, err
	}
	if v != version {
		return nil, fmt.Errorf("%w: version %d, want %d", errFormat, v, version)
	}
	m := &Model{}
	for _, list := range []*[]string{&m.tags, &m.labels} {
		n, err := u16()
		if err != nil {
			return nil, err
		}
		if n == 0 || n > 250 {
			return nil, fmt.Errorf("%w: %d tags or labels", errFormat, n)
		}
		for range n {
			s, err := str()
			if err != nil {
				return nil, err
			}
			*list = append(*list, s)
		}
	}
	m.root = labNone
	for i, l := range m.labels {
		if l == "root" {
			m.root = uint8(i)
		}
	}
	if m.root == labNone {
		return nil, fmt.Errorf("%w: no root label", errFormat)
	}
	n, err := u32()
	if err != nil {
		return nil, err
	}
	if n > 1<<22 {
		return nil, fmt.Errorf("%w: tag dictionary of %d words", errFormat, n)
	}
	m.tagdict = make(map[string]uint8, n)
	for range n {
		s, err := str()
		if err != nil {
			return nil, err
		}
		b, err := read(1)
		if err != nil {
			return nil, err
		}
		if int(b[0]) >= len(m.tags) {
			return nil, fmt.Errorf("%w: tag %d out of range", errFormat, b[0])
		}
		m.tagdict[s] = b[0]
	}
	want := []int{len(m.tags), nMoves, len(m.labels)}
	for k, dst := range []**table{&m.tagger, &m.trans, &m.label} {
		nc, err := u32()
		if err != nil {
			return nil, err
		}
		rows, err := u32()
		if err != nil {
			return nil, err
		}
		if nc != want[k] {
			return nil, fmt.Errorf("%w: table %d has %d classes, want %d", errFormat, k, nc, want[k])
		}
		if rows > 1<<24 {
			return nil, fmt.Errorf("%w: table %d has %d rows", errFormat, k, rows)
		}
		keys := make([]uint64, rows)
		w := make([]float32, rows*nc)
		for r := range rows {
			b, err := read(8)
			if err != nil {
				return nil, err
			}
			keys[r] = le.Uint64(b)
			if keys[r] == 0 {
				return nil, fmt.Errorf("%w: zero key", errFormat)
			}
			b, err = read(1)
			if err != nil {
				return nil, err
			}
			nz := int(b[0])
			for range nz {
				b, err := read(5)
				if err != nil {
					return nil, err
				}
				c := int(b[0])
				if c >= nc {
					return nil, fmt.Errorf("%w: class %d out of range", errFormat, c)
				}
				w[r*nc+c] = math.Float32frombits(le.Uint32(b[1:]))
			}
		}
		*dst = newTable(nc, keys, w)
	}
	end := make([]byte, 4)
	if _, err := io.ReadFull(br, end); err != nil || string(end) != "END\x00" {
		return nil, fmt.Errorf("%w: no end marker", errFormat)
	}
	return m, nil
}

//go:embed model.bin.gz
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model (model.bin.gz), trained on UD
// English-EWT. The first call decompresses and indexes it, which takes
// about 0.1 s and leaves about 27 MB on the heap; later calls return the
// same *Model (it is immutable) or the same error.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(bytes.NewReader(embedded), "model.bin.gz (embedded)")
	})
	return defaultModel, defaultErr
}
