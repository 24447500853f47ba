package parse

import "cmp"

// The tagger is a greedy left-to-right averaged perceptron over the usual
// Collins / Honnibal features. Frequent unambiguous words are tagged from a
// dictionary without scoring.

// Special tag values used in features.
const (
	tagNone  = 255 // no such position
	tagRoot  = 254 // the parser's root token
	tagStart = 253 // before the sentence
)

// Tagger feature templates.
const (
	tBias = iota + 1
	tForm
	tLower
	tSuf1
	tSuf2
	tSuf3
	tPre1
	tShape
	tPrev
	tPrev2
	tPrevPrev2
	tPrevLower
	tLowerM1
	tSuf3M1
	tLowerM2
	tLowerP1
	tSuf3P1
	tLowerP2
	tShapeP1
	tLastPart
	tUpperFirst
	tPrevSuf3
)

// tagFeatures appends the features of word i given the two previous tags.
func tagFeatures(feats []uint64, ws []wordInfo, i int, prev, prev2 uint64) []uint64 {
	w := &ws[i]
	at := func(j int) *wordInfo {
		if j < 0 || j >= len(ws) {
			return nil
		}
		return &ws[j]
	}
	lowerAt := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.lower
		}
		if j < 0 {
			return hashStart
		}
		return hashEnd
	}
	suf3At := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.suf3
		}
		return lowerAt(j)
	}
	shapeAt := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.shape
		}
		return lowerAt(j)
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	up := uint64(0)
	if w.upper {
		up = 1
	}
	feats = append(feats,
		fin(fkey(tBias)),
		fin(mix(fkey(tForm), w.form)),
		fin(mix(fkey(tLower), w.lower)),
		fin(mix(fkey(tSuf1), w.suf1)),
		fin(mix(fkey(tSuf2), w.suf2)),
		fin(mix(fkey(tSuf3), w.suf3)),
		fin(mix(fkey(tPre1), w.pre1)),
		fin(mix(fkey(tShape), w.shape)),
		fin(mix(fkey(tPrev), prev)),
		fin(mix(fkey(tPrev2), prev2)),
		fin(mix(mix(fkey(tPrevPrev2), prev), prev2)),
		fin(mix(mix(fkey(tPrevLower), prev), w.lower)),
		fin(mix(fkey(tLowerM1), lowerAt(i-1))),
		fin(mix(fkey(tSuf3M1), suf3At(i-1))),
		fin(mix(fkey(tLowerM2), lowerAt(i-2))),
		fin(mix(fkey(tLowerP1), lowerAt(i+1))),
		fin(mix(fkey(tSuf3P1), suf3At(i+1))),
		fin(mix(fkey(tLowerP2), lowerAt(i+2))),
		fin(mix(fkey(tShapeP1), shapeAt(i+1))),
		fin(mix(mix(fkey(tUpperFirst), up), first)),
		fin(mix(mix(fkey(tPrevSuf3), prev), w.suf3)),
	)
	if w.hyphen {
		feats = append(feats, fin(mix(fkey(tLastPart), w.lastPart)))
	}
	return feats
}

// tag tags the analysed words into tags, using scratch space sc.
func (m *Model) tag(words []string, ws []wordInfo, tags []uint8, sc *scratch) {
	prev, prev2 := uint64(tagStart), uint64(tagStart)
	for i := range ws {
		t, ok := m.tagdict[words[i]]
		if !ok {
			sc.feats = tagFeatures(sc.feats[:0], ws, i, prev, prev2)
			m.tagger.score(sc.feats, sc.scores)
			t = uint8(argmax(sc.scores[:m.tagger.nclass]))
		}
		tags[i] = t
		prev2, prev = prev, uint64(t)
	}
}

// argmax is the index of the largest of s (the first of equals); 0 for
// an empty s.
func argmax[T cmp.Ordered](s []T) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}
