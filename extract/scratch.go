package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/parse"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Pooled buffers: an article's tokens, sentences, lexicon masks, mentions,
// groups and running maps come from a scratch the Extractor pools.
// newArticle takes one and carves the sentences' arrays from it (newMents,
// newInts, newGroups, keep, and the arena groupMentions copies into), and
// release clears it and gives it back once the article's edges are out.

// newMents returns a new empty mention array of capacity n: from the
// article's arena, or made.
func (s *sent) newMents(n int) []mention {
	if s.arena != nil {
		return s.arena.take(n)
	}
	return make([]mention, 0, n)
}

// mentArena hands out mention arrays that live as long as the article,
// from chunks reused article after article.
type mentArena struct {
	chunks   [][]mention
	dirty    []int // chunk -> how much of it was carved since the last reset
	ci, used int   // the chunk being carved, and how much of it is
}

// take returns an empty mention slice of capacity n (capped: appends past
// n move to a new array, as from make).
func (a *mentArena) take(n int) []mention {
	for a.ci < len(a.chunks) {
		if c := a.chunks[a.ci]; a.used+n <= len(c) {
			m := c[a.used : a.used : a.used+n]
			a.used += n
			a.dirty[a.ci] = a.used
			return m
		}
		a.ci, a.used = a.ci+1, 0
	}
	c := make([]mention, max(256, n))
	a.chunks = append(a.chunks, c)
	a.dirty = append(a.dirty, n)
	a.ci, a.used = len(a.chunks)-1, n
	return c[0:0:n]
}

// reset empties the arena for the next article: it clears what was carved
// (only there can a slice taken have written), not whole chunks.
func (a *mentArena) reset() {
	for i := 0; i <= a.ci && i < len(a.chunks); i++ {
		clear(a.chunks[i][:a.dirty[i]])
		a.dirty[i] = 0
	}
	a.ci, a.used = 0, 0
}

// scratch holds the buffers of an article being read that the next article
// can reuse: its tokens, its sentences, their lexicon masks. Extractor.scratch
// pools them; newArticle takes one and release gives it back once the
// article's edges are out (edges hold only strings, never these buffers).
type scratch struct {
	text  text.Buffers
	sents []sent
	ptrs  []*sent
	masks []uint64
	wf    []*wordForms
	trigs []trigMemo
	infos []*wordInfo
	ments []mention // the sentences' first mention arrays, carved in order (newMents)
	used  int       // how much of ments is carved
	ints  []int     // the sentences' token indexes (at, gAt) and groups' first members, carved in order (newInts)
	nints int       // how much of ints is carved
	// the sentences' group arrays, carved in order (newGroups)
	groups  []group
	ngroups int
	// copies of mentions kept by the article (keep)
	kept  []mention
	nkept int
	arena mentArena    // groupMentions' copies
	out   []graph.Edge // the edges found, copied out before release
	words []string     // a sentence's words for the parser (parsed.go)
	tree  parse.Tree   // its parse
	// the article's running state, emptied for the next one
	recent     []graph.Actor
	local      map[string]graph.Actor
	seen       map[edgeKey]int
	stateCount map[string]int
	speakers   map[int32]speakerRef
	quotePara  map[int32]int
	leads      map[string]graph.Actor
	persons    []person // (each keeps its sents array, emptied, for the next person in its place)
	titled     []titledKnown
	events     []event
	named2     []pairSeen
	art        article // the article itself (newArticle sets every field)
}

// newMents returns an empty mention slice of capacity n for a sentence:
// carved from the article's pooled buffer (capped at n, so that appends
// past n move to a new array as they would from make), or made.
func (ar *article) newMents(n int) []mention {
	if ar.sc == nil {
		return make([]mention, 0, n)
	}
	return carve(ar.sc.ments, &ar.sc.used, n)
}

// newGroups returns an empty group slice of capacity n for a sentence,
// carved from the article's pooled buffer or made.
func (ar *article) newGroups(n int) []group {
	if ar.sc == nil {
		return make([]group, 0, n)
	}
	return carve(ar.sc.groups, &ar.sc.ngroups, n)
}

// carve returns an empty slice of capacity n cut from buf at *used (capped
// at n, so that appends past n move to a new array as they would from
// make), and moves *used on; when buf has no room left, a new slice.
func carve[T any](buf []T, used *int, n int) []T {
	if *used+n > len(buf) {
		return make([]T, 0, n)
	}
	m := buf[*used : *used : *used+n]
	*used += n
	return m
}

// keep returns a copy of m that lives as long as the article: a slot of
// pooled storage, or a new one.
func (ar *article) keep(m *mention) *mention {
	sc := ar.sc
	if sc == nil || sc.nkept == len(sc.kept) {
		c := *m
		return &c
	}
	c := &sc.kept[sc.nkept]
	sc.nkept++
	*c = *m
	return c
}

// newInts returns n zero ints for a sentence's token index (sent.at,
// sent.gAt): carved from the article's pooled buffer, or made.
func (ar *article) newInts(n int) []int {
	sc := ar.sc
	if sc == nil || sc.nints+n > len(sc.ints) {
		return make([]int, n)
	}
	v := sc.ints[sc.nints : sc.nints+n : sc.nints+n]
	sc.nints += n
	return v
}

func (x *Extractor) newArticle(a graph.Article) *article {
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{local: map[string]graph.Actor{}, seen: map[edgeKey]int{}, stateCount: map[string]int{},
			speakers: map[int32]speakerRef{}, quotePara: map[int32]int{}, leads: map[string]graph.Actor{}}
	}
	if n := wireSlug(x.lex, a.Text); n > 0 {
		a.Text = strings.Repeat(" ", n) + a.Text[n:] // (offsets kept)
	}
	doc := sc.text.Segment(a.Text)
	ar := &sc.art
	*ar = article{x: x, a: a, local: sc.local, speakers: sc.speakers,
		quotePara: sc.quotePara, leads: sc.leads, seen: sc.seen, stateCount: sc.stateCount, lastPairSent: -2,
		sc: sc, infos: sc.infos, recent: sc.recent[:0], out: sc.out[:0], persons: sc.persons[:0], titledKnown: sc.titled[:0], events: sc.events[:0], named2: sc.named2[:0]}
	ar.published = a.Published
	if ar.published == "" {
		ar.published = text.Published(doc.Toks)
	}
	// one allocation for the sentences and one for their lexicon masks
	// (findMentions fills them), not two a sentence
	ntoks := 0
	for _, s := range doc.Sentences {
		ntoks += len(s.Toks)
	}
	ns := len(doc.Sentences)
	if cap(sc.sents) < ns {
		sc.sents, sc.ptrs = make([]sent, ns), make([]*sent, ns)
	}
	if cap(sc.masks) < 3*ntoks {
		sc.masks = make([]uint64, 3*ntoks)
	}
	if cap(sc.wf) < ntoks {
		sc.wf = make([]*wordForms, ntoks)
	}
	if cap(sc.trigs) < ntoks {
		sc.trigs = make([]trigMemo, ntoks)
	}
	nm := 0 // the mentions findMentions makes room for
	for _, s := range doc.Sentences {
		nm += len(s.Toks)/6 + 2
	}
	if len(sc.ments) < nm {
		sc.ments = make([]mention, nm)
	}
	sc.used = 0
	if len(sc.ints) < 2*ntoks+nm {
		sc.ints = make([]int, 2*ntoks+nm)
	}
	sc.nints = 0
	if len(sc.groups) < nm {
		sc.groups = make([]group, nm)
	}
	sc.ngroups = 0
	if len(sc.kept) < 4*ns { // resolve keeps up to four a sentence
		sc.kept = make([]mention, 4*ns)
	}
	sc.nkept = 0
	slab := sc.sents[:ns]
	masks := sc.masks[:3*ntoks]
	clear(masks)
	wf := sc.wf[:ntoks] // (findMentions sets each)
	trigs := sc.trigs[:ntoks]
	clear(trigs)
	ar.sents = sc.ptrs[:ns:ns]
	for i, s := range doc.Sentences {
		st := &slab[i]
		*st = sent{Sentence: s, toks: s.Toks, hedge: -1, arena: &sc.arena}
		n := len(s.Toks)
		st.single, st.multi, st.keys = masks[:n:n], masks[n:2*n:2*n], masks[2*n:3*n:3*n]
		masks = masks[3*n:]
		st.wf, wf = wf[:n:n], wf[n:]
		st.trigs, trigs = trigs[:n:n], trigs[n:]
		ar.sents[i] = st
	}
	return ar
}

// release gives ar's buffers back to the pool; ar is not read again.
func (x *Extractor) release(ar *article) {
	sc := ar.sc
	if sc == nil {
		return
	}
	clear(sc.sents[:len(ar.sents)]) // let the sentences' mentions go
	clear(sc.ptrs[:len(ar.sents)])
	clear(sc.ments[:sc.used])
	clear(sc.ints[:sc.nints])
	clear(sc.groups[:sc.ngroups])
	clear(sc.kept[:sc.nkept])
	sc.arena.reset()
	clear(ar.out)
	sc.out = ar.out[:0]
	clear(sc.words) // (the last parsed sentence's words: they hold the article's text)
	sc.words = sc.words[:0]
	clear(sc.tree.Words)
	clear(ar.recent)
	sc.recent = ar.recent[:0]
	clear(sc.local)
	clear(sc.seen)
	clear(sc.stateCount)
	clear(sc.speakers)
	clear(sc.quotePara)
	if ar.leads != nil { // (setLeader makes one where there was none)
		clear(ar.leads)
		sc.leads = ar.leads
	}
	for i := range ar.persons {
		ar.persons[i] = person{sents: ar.persons[i].sents[:0]}
	}
	sc.persons = ar.persons[:0]
	clear(ar.titledKnown)
	sc.titled = ar.titledKnown[:0]
	clear(ar.events)
	sc.events = ar.events[:0]
	clear(ar.named2)
	sc.named2 = ar.named2[:0]
	sc.infos = ar.infos
	*ar = article{} // (ar is sc.art: let what it held go)
	x.scratch.Put(sc)
}

// wireSlug returns the length of a wire service's slug opening the text t,
// "UPDATE 1-" in "UPDATE 1-Russia pounds Ukraine" or "EXCLUSIVE-" in
// "EXCLUSIVE-Iran warns Israel": a capitalised word of the lexicon's class
// wireslug, maybe a number after a space, and a hyphen joined to the
// headline's first word; 0 when the text opens otherwise. Cost: the
// slug's length.
func wireSlug(lex *lexicon.Lexicon, t string) int {
	i := 0
	for i < len(t) && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t') {
		i++
	}
	w := i
	for i < len(t) && (t[i] >= 'A' && t[i] <= 'Z' || t[i] >= 'a' && t[i] <= 'z') {
		i++
	}
	if i == w || t[w] < 'A' || t[w] > 'Z' {
		return 0
	}
	e := i
	if e+1 < len(t) && t[e] == ' ' && t[e+1] >= '0' && t[e+1] <= '9' {
		for e++; e < len(t) && t[e] >= '0' && t[e] <= '9'; e++ {
		}
	}
	if e+1 >= len(t) || t[e] != '-' || t[e+1] == ' ' || t[e+1] == '-' {
		return 0
	}
	// a slug is set in capitals ("UPDATE 1-", "EXCLUSIVE-") or opens a
	// capitalised headline ("Exclusive-Russia ..."); "Feature-length
	// film" or "Poll-tax riots" are words of the text
	if t[w:i] != strings.ToUpper(t[w:i]) && !(t[e+1] >= 'A' && t[e+1] <= 'Z' || t[e+1] >= '0' && t[e+1] <= '9') {
		return 0
	}
	if !lex.Is(lexicon.WireSlug, strings.ToLower(t[w:i])) {
		return 0 // (the word is looked up last: most texts open with no hyphen)
	}
	return e + 1
}
