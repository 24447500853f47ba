package parse

import (
	"math"
	"slices"
)

// table maps feature keys to dense float32 weight rows (one column per
// class). It is an open-addressing hash table, read-only after loading.
type table struct {
	nclass int
	shift  uint   // 64 - log2(len(slots))
	slots  []slot // key and row together: one cache miss per lookup
	w      []float32
}

type slot struct {
	key uint64 // 0 marks an empty slot
	row int32
}

func slotOf(key uint64, shift uint) uint64 {
	return (key * 0x9E3779B97F4A7C15) >> shift
}

// newTable builds a table of nclass columns from keys and their rows
// (len(w) == len(keys)*nclass).
func newTable(nclass int, keys []uint64, w []float32) *table {
	size, bits := 16, uint(4)
	for size < len(keys)*4/3+1 {
		size *= 2
		bits++
	}
	t := &table{nclass: nclass, shift: 64 - bits, slots: make([]slot, size), w: w}
	mask := uint64(size - 1)
	for i, k := range keys {
		p := slotOf(k, t.shift)
		for t.slots[p].key != 0 {
			p = (p + 1) & mask
		}
		t.slots[p] = slot{k, int32(i)}
	}
	return t
}

func (t *table) lookup(key uint64) []float32 {
	mask := uint64(len(t.slots) - 1)
	p := slotOf(key, t.shift)
	for {
		sl := &t.slots[p&mask]
		k := sl.key
		if k == key {
			r := int(sl.row) * t.nclass
			return t.w[r : r+t.nclass : r+t.nclass]
		}
		if k == 0 {
			return nil
		}
		p = (p + 1) & mask
	}
}

// score sets scores[c] to the sum of the weights of feats for class c.
func (t *table) score(feats []uint64, scores []float32) {
	scores = scores[:t.nclass]
	clear(scores)
	for _, f := range feats {
		row := t.lookup(f)
		if row == nil {
			continue
		}
		for c, v := range row {
			scores[c] += v
		}
	}
}

func (t *table) len() int { return len(t.w) / max(t.nclass, 1) }

// trainTable is an averaged perceptron under training. Weights are integer
// (updates are ±1); the average uses Daumé's trick: acc holds the sum of
// step*delta, and the averaged weight is w - acc/step.
type trainTable struct {
	nclass int
	index  map[uint64]int32
	w      []int32
	acc    []int64
	step   int64
	// allowed, when not nil, holds the features that may get a row
	// (those seen often enough in a counting pass).
	allowed map[uint64]struct{}
}

func newTrainTable(nclass int, allowed map[uint64]struct{}) *trainTable {
	return &trainTable{nclass: nclass, index: make(map[uint64]int32), step: 1, allowed: allowed}
}

func (t *trainTable) score(feats []uint64, scores []int32) {
	scores = scores[:t.nclass]
	clear(scores)
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		row := t.w[int(r)*t.nclass : int(r+1)*t.nclass]
		for c, v := range row {
			scores[c] += v
		}
	}
}

// update adds delta to class c of every feature.
func (t *trainTable) update(feats []uint64, c int, delta int32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			if t.allowed != nil {
				if _, ok := t.allowed[f]; !ok {
					continue
				}
			}
			r = int32(len(t.w) / t.nclass)
			t.index[f] = r
			t.w = append(t.w, make([]int32, t.nclass)...)
			t.acc = append(t.acc, make([]int64, t.nclass)...)
		}
		i := int(r)*t.nclass + c
		t.w[i] += delta
		t.acc[i] += t.step * int64(delta)
	}
}

// tick ends one training instance.
func (t *trainTable) tick() { t.step++ }

// average returns the averaged weights as a runtime table, dropping
// weights whose magnitude is below eps and rows left empty.
func (t *trainTable) average(eps float32) *table {
	var keys []uint64
	var w []float32
	row := make([]float32, t.nclass)
	order := make([]uint64, 0, len(t.index))
	for k := range t.index {
		order = append(order, k)
	}
	slices.Sort(order) // deterministic output
	for _, k := range order {
		r := t.index[k]
		any := false
		for c := range row {
			i := int(r)*t.nclass + c
			v := float32(float64(t.w[i]) - float64(t.acc[i])/float64(t.step))
			if float32(math.Abs(float64(v))) < eps {
				v = 0
			} else {
				any = true
			}
			row[c] = v
		}
		if any {
			keys = append(keys, k)
			w = append(w, row...)
		}
	}
	return newTable(t.nclass, keys, w)
}
