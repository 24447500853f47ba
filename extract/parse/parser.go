package parse

// The parser is a greedy arc-hybrid transition system (Kuhlmann et al.
// 2011) with an artificial root token at the end of the buffer (index n).
// The transition (SHIFT, LEFT, RIGHT) is chosen by one averaged perceptron
// and, for LEFT and RIGHT, the relation of the new arc by a second one.
// Training uses the dynamic oracle of Goldberg & Nivre (2013).

const (
	mShift = iota // push b0 onto the stack
	mLeft         // s0 <- b0: s0 gets head b0 and is popped
	mRight        // s1 -> s0: s0 gets head s1 and is popped
	nMoves
)

const labNone = 255 // no label (unattached or absent position)

// state is a parser configuration over n words plus the root (index n).
type state struct {
	n      int
	stack  []int
	i      int     // front of the buffer; n is the root
	heads  []int   // -1 while unattached; n for the sentence root
	labels []uint8 // labNone while unattached
	// nearest two children on each side (-1 if none) and their counts
	lc1, lc2, rc1, rc2 []int
	nl, nr             []int
}

func growInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.i = 0
	s.heads = growInts(s.heads, n+1)
	s.lc1, s.lc2 = growInts(s.lc1, n+1), growInts(s.lc2, n+1)
	s.rc1, s.rc2 = growInts(s.rc1, n+1), growInts(s.rc2, n+1)
	s.nl, s.nr = growInts(s.nl, n+1), growInts(s.nr, n+1)
	if cap(s.labels) < n+1 {
		s.labels = make([]uint8, n+1)
	}
	s.labels = s.labels[:n+1]
	for j := 0; j <= n; j++ {
		s.heads[j], s.lc1[j], s.lc2[j], s.rc1[j], s.rc2[j] = -1, -1, -1, -1, -1
		s.nl[j], s.nr[j] = 0, 0
		s.labels[j] = labNone
	}
}

func (s *state) terminal() bool { return len(s.stack) == 0 && s.i == s.n }

// s0, s1, s2 are the top three stack items (-1 if absent).
func (s *state) st(k int) int {
	if k < len(s.stack) {
		return s.stack[len(s.stack)-1-k]
	}
	return -1
}

// buf returns the k-th buffer item (-1 past the root).
func (s *state) buf(k int) int {
	if s.i+k <= s.n {
		return s.i + k
	}
	return -1
}

func (s *state) valid(m int) bool {
	switch m {
	case mShift:
		return s.i < s.n
	case mLeft:
		// Only the last word on the stack may attach to the root, so
		// that a tree has exactly one root.
		return len(s.stack) > 0 && (s.i < s.n || len(s.stack) == 1)
	case mRight:
		return len(s.stack) > 1
	}
	return false
}

// arc returns the head and dependent of a LEFT or RIGHT move.
func (s *state) arc(m int) (h, d int) {
	if m == mLeft {
		return s.i, s.st(0)
	}
	return s.st(1), s.st(0)
}

// apply performs move m; label is that of the new arc, if any.
func (s *state) apply(m int, label uint8) {
	if m == mShift {
		s.stack = append(s.stack, s.i)
		s.i++
		return
	}
	h, d := s.arc(m)
	s.stack = s.stack[:len(s.stack)-1]
	s.heads[d] = h
	s.labels[d] = label
	if d < h {
		// Left children arrive right to left: d is the new leftmost.
		s.lc2[h], s.lc1[h] = s.lc1[h], d
		s.nl[h]++
	} else {
		// Right children arrive left to right: d is the new rightmost.
		s.rc2[h], s.rc1[h] = s.rc1[h], d
		s.nr[h]++
	}
}

// cost is the number of gold arcs that move m makes unreachable
// (Goldberg & Nivre 2013, arc-hybrid). gold[j] is word j's gold head, n
// for the root. Arcs already lost are not counted.
func (s *state) cost(m int, gold []int) int {
	c := 0
	switch m {
	case mShift:
		b := s.i
		s0 := s.st(0)
		for _, k := range s.stack {
			if gold[k] == b {
				c++ // b's dependents on the stack can no longer attach
			}
			if gold[b] == k && k != s0 {
				c++ // b can now only attach to s0 or the buffer
			}
		}
	case mLeft, mRight:
		d := s.st(0)
		g := gold[d]
		if m == mLeft {
			if g == s.st(1) || g > s.i {
				c++
			}
		} else if g >= s.i {
			c++
		}
		for k := s.i; k < s.n; k++ {
			if gold[k] == d {
				c++ // d's dependents still in the buffer
			}
		}
	}
	return c
}

// Transition feature templates.
const (
	pBias = 100 + iota
	pW    // word unigrams (position id mixed in)
	pT    // tag unigrams
	pWT   // word+tag pairs
	pS0wB0w
	pS0wtB0w
	pS0wtB0t
	pS0wB0wt
	pS0tB0wt
	pS0wtB0wt
	pS0tB0t
	pB0tB1t
	pS1wB0w
	pTri // tag trigrams (trigram id mixed in)
	pValW
	pValT
	pDist
	pLab
	pLabTri
)

// view gives the words' features: lowercased word hashes and tags, with
// the root at index n.
type view struct {
	wh []uint64
	tg []uint64
}

func (v *view) w(x int) uint64 {
	if x < 0 {
		return hashNone
	}
	return v.wh[x]
}

func (v *view) t(x int) uint64 {
	if x < 0 {
		return tagNone
	}
	return v.tg[x]
}

func (s *state) l(x int) uint64 {
	if x < 0 {
		return labNone
	}
	return uint64(s.labels[x])
}

func at(a []int, x int) int {
	if x < 0 {
		return -1
	}
	return a[x]
}

func distBucket(a, b int) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 9:
		return 5
	}
	return 6
}

func capInt(x int) uint64 { return uint64(min(x, 4)) }

// transFeatures appends the features of the configuration.
func transFeatures(f []uint64, s *state, v *view) []uint64 {
	s0, s1, s2 := s.st(0), s.st(1), s.st(2)
	b0, b1, b2 := s.buf(0), s.buf(1), s.buf(2)
	s0l1, s0l2 := at(s.lc1, s0), at(s.lc2, s0)
	s0r1, s0r2 := at(s.rc1, s0), at(s.rc2, s0)
	b0l1, b0l2 := at(s.lc1, b0), at(s.lc2, b0)
	s1r1 := at(s.rc1, s1)

	ws0, ws1, wb0 := v.w(s0), v.w(s1), v.w(b0)
	ts0, ts1, tb0, tb1, tb2 := v.t(s0), v.t(s1), v.t(b0), v.t(b1), v.t(b2)
	ds := distBucket(s0, b0)

	f = append(f, fin(fkey(pBias)))
	for k, x := range [...]int{s0, s1, s2, b0, b1, b2, s0l1, s0r1, b0l1} {
		f = append(f, fin(mix(mix(fkey(pW), uint64(k)), v.w(x))))
	}
	for k, x := range [...]int{s0, s1, s2, b0, b1, b2, s0l1, s0r1, b0l1, s0l2, s0r2, b0l2, s1r1} {
		f = append(f, fin(mix(mix(fkey(pT), uint64(k)), v.t(x))))
	}
	for k, x := range [...]int{s0, s1, b0, b1} {
		f = append(f, fin(mix(mix(mix(fkey(pWT), uint64(k)), v.w(x)), v.t(x))))
	}
	f = append(f,
		fin(mix(mix(fkey(pS0wB0w), ws0), wb0)),
		fin(mix(mix(mix(fkey(pS0wtB0w), ws0), ts0), wb0)),
		fin(mix(mix(mix(fkey(pS0wtB0t), ws0), ts0), tb0)),
		fin(mix(mix(mix(fkey(pS0wB0wt), ws0), wb0), tb0)),
		fin(mix(mix(mix(fkey(pS0tB0wt), ts0), wb0), tb0)),
		fin(mix(mix(mix(mix(fkey(pS0wtB0wt), ws0), ts0), wb0), tb0)),
		fin(mix(mix(fkey(pS0tB0t), ts0), tb0)),
		fin(mix(mix(fkey(pB0tB1t), tb0), tb1)),
		fin(mix(mix(fkey(pS1wB0w), ws1), wb0)),
	)
	tri := [...][3]uint64{
		{tb0, tb1, tb2},
		{ts0, tb0, tb1},
		{ts1, ts0, tb0},
		{ts0, v.t(s0l1), tb0},
		{ts0, v.t(s0r1), tb0},
		{ts0, tb0, v.t(b0l1)},
		{ts0, v.t(s0l1), v.t(s0l2)},
		{ts0, v.t(s0r1), v.t(s0r2)},
		{tb0, v.t(b0l1), v.t(b0l2)},
		{ts1, ts0, v.t(s2)},
		{ts1, v.t(s1r1), ts0},
		{ts1, ts0, wb0},
	}
	for k, t := range tri {
		f = append(f, fin(mix(mix(mix(mix(fkey(pTri), uint64(k)), t[0]), t[1]), t[2])))
	}
	f = append(f,
		fin(mix(mix(mix(fkey(pValW), 0), ws0), capInt(at(s.nl, s0)))),
		fin(mix(mix(mix(fkey(pValW), 1), ws0), capInt(at(s.nr, s0)))),
		fin(mix(mix(mix(fkey(pValW), 2), wb0), capInt(at(s.nl, b0)))),
		fin(mix(mix(mix(fkey(pValT), 0), ts0), capInt(at(s.nl, s0)))),
		fin(mix(mix(mix(fkey(pValT), 1), ts0), capInt(at(s.nr, s0)))),
		fin(mix(mix(mix(fkey(pValT), 2), tb0), capInt(at(s.nl, b0)))),
		fin(mix(mix(mix(fkey(pDist), 0), ws0), ds)),
		fin(mix(mix(mix(fkey(pDist), 1), wb0), ds)),
		fin(mix(mix(mix(fkey(pDist), 2), ts0), ds)),
		fin(mix(mix(mix(fkey(pDist), 3), tb0), ds)),
		fin(mix(mix(mix(mix(fkey(pDist), 4), ts0), tb0), ds)),
		fin(mix(mix(mix(mix(fkey(pDist), 5), ws0), wb0), ds)),
		fin(mix(mix(fkey(pLab), 0), s.l(s0l1))),
		fin(mix(mix(fkey(pLab), 1), s.l(s0r1))),
		fin(mix(mix(fkey(pLab), 2), s.l(b0l1))),
		fin(mix(mix(mix(fkey(pLab), 3), s.l(s1r1)), ts1)),
		fin(mix(mix(mix(mix(fkey(pLabTri), 0), ts0), s.l(s0l1)), s.l(s0l2))),
		fin(mix(mix(mix(mix(fkey(pLabTri), 1), ts0), s.l(s0r1)), s.l(s0r2))),
		fin(mix(mix(mix(mix(fkey(pLabTri), 2), tb0), s.l(b0l1)), s.l(b0l2))),
		fin(mix(mix(mix(mix(fkey(pLabTri), 3), ts0), tb0), s.l(b0l1))),
	)
	return f
}

// Label feature templates.
const (
	lBias = 200 + iota
	lDW
	lDT
	lHW
	lHT
	lDTHT
	lDWHT
	lDTHW
	lDWHW
	lDTHTDist
	lDL1W
	lDL1L
	lDR1L
	lDR1W
	lHNear
	lHNearW
	lDNext
	lDPrev
	lHVal
)

// labelFeatures appends the features for labelling the arc h -> d.
func labelFeatures(f []uint64, s *state, v *view, h, d int) []uint64 {
	dir := uint64(1)
	hnear := s.rc1[h]
	if d < h {
		dir = 0
		hnear = s.lc1[h]
	}
	dw, dt, hw, ht := v.w(d), v.t(d), v.w(h), v.t(h)
	dl1, dr1 := s.lc1[d], s.rc1[d]
	next := d + 1
	if next >= s.n {
		next = -1
	}
	return append(f,
		fin(mix(fkey(lBias), dir)),
		fin(mix(mix(fkey(lDW), dir), dw)),
		fin(mix(mix(fkey(lDT), dir), dt)),
		fin(mix(mix(fkey(lHW), dir), hw)),
		fin(mix(mix(fkey(lHT), dir), ht)),
		fin(mix(mix(mix(fkey(lDTHT), dir), dt), ht)),
		fin(mix(mix(mix(fkey(lDWHT), dir), dw), ht)),
		fin(mix(mix(mix(fkey(lDTHW), dir), dt), hw)),
		fin(mix(mix(mix(fkey(lDWHW), dir), dw), hw)),
		fin(mix(mix(mix(mix(fkey(lDTHTDist), dir), dt), ht), distBucket(d, h))),
		fin(mix(mix(mix(fkey(lDL1W), dir), dt), v.w(dl1))),
		fin(mix(mix(mix(fkey(lDL1L), dir), dt), s.l(dl1))),
		fin(mix(mix(mix(fkey(lDR1L), dir), dt), s.l(dr1))),
		fin(mix(mix(mix(fkey(lDR1W), dir), dt), v.w(dr1))),
		fin(mix(mix(mix(mix(fkey(lHNear), dir), dt), ht), s.l(hnear))),
		fin(mix(mix(mix(fkey(lHNearW), dir), dt), v.w(hnear))),
		fin(mix(mix(mix(mix(fkey(lDNext), dir), dt), ht), v.t(next))),
		fin(mix(mix(mix(mix(fkey(lDPrev), dir), dt), ht), v.t(d-1))),
		fin(mix(mix(mix(mix(fkey(lHVal), dir), dt), capInt(s.nl[h])), capInt(s.nr[h]))),
	)
}
