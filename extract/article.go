package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/parse"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// mention is one place where a sentence names (or points at) an actor.
type mention struct {
	start, end int // tokens [start, end) of the sentence
	actor      graph.Actor
	ok         bool            // actor is set (a pronoun or title may stay unresolved)
	via        via             //
	class      string          // persons: role class; titles: the office named
	pron       string          // pronouns: the word ("he", "we", "its", "his country")
	possPron   bool            // a possessive determiner: its, his, our ...
	media      bool            // an outlet: never an actor
	title      string          // persons and titles: the office as written, lower case
	pair       *[2]graph.Actor // viaBoth: the two sides
	heads      bool            // viaBoth: the leaders of the two sides ("the heads of Libya's warring sides")
	head       string          // viaDefinite: the head noun ("group", "country")
	org        *graph.Actor    // titled persons: the organisation they belong to ("Hezbollah leader X")
	members    []graph.Actor   // viaMany: the actors of the list it names
	bound      bool            // pronouns: an object "it" resolved past its clause's subject ("accusing it of")
	city       bool            // metonyms: a capital city ("Luanda"), not a building ("the Kremlin")
}

// group is a coordination of mentions that acts as one argument:
// "the US, UK and France".
type group struct {
	start, end int   // tokens [start, end)
	ms         []int // indices into sent.ments
}

// sent is a sentence being read.
type sent struct {
	text.Sentence
	toks     []text.Token
	ments    []mention
	at       []int // token -> mention index, -1 for none
	groups   []group
	gAt      []int // token -> group index, -1 for none
	speaker  *mention
	quoteIDs []int32
	hedge    int      // -1 not yet known, 0 no, 1 the writer hedges ("reportedly")
	single   []uint64 // token -> cue classes it is a one-word cue of
	multi    []uint64 // token -> cue classes a longer cue begins with it
	cues     uint64   // the classes of single or multi of any token: no bit c, no cue of class c in the sentence
	lists    uint32   // the resolution lists a phrase of which some token begins (wordInfo.lists)
	keys     []uint64 // token -> the pass keys its word is one of (keys.go)
	anyKeys  uint64   // the keys of any token: no bit c, no word of key c in the sentence
	// griefActs tells grievanceOwners that verb read an ACCUSED verb whose
	// frame is a grievance or a summons (set by verb, reset by relations)
	griefActs bool

	// token -> the trigger forms and cues its word begins (sent.trigger,
	// sent.cue), nil for none, looked up in cueLex
	wf     []*wordForms
	cueLex *lexicon.Lexicon
	// where groupMentions copies to (the article's pooled storage), or nil
	arena *mentArena
}

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

// person is a person named in the article, with the class of their office.
type person struct {
	actor graph.Actor
	class string // role class of their office ("foreign")
	title string // their office as written, lower case ("foreign secretary")
	sents []int  // sentences naming them, in order
	org   string // the body whose office the text gives them ("European Union Special Envoy X"), or ""
}

// pairSeen is two actors named together ("Israel and Iran", "between
// India and Pakistan") in a sentence.
type pairSeen struct {
	a, b    graph.Actor
	sent    int
	hostile bool // one attacked the other in that sentence
}

type speakerRef struct {
	m    mention
	sent int
}

// article is the state of reading one article: its sentences and the
// running list of actors that pronouns, surnames and titles resolve to.
type article struct {
	x         *Extractor
	a         graph.Article
	published string
	sents     []*sent
	local     map[string]graph.Actor // surname or full name (lower case) -> person named with a title
	persons   []person
	speakers  map[int32]speakerRef // quotation id -> its speaker
	quotePara map[int32]int        // quotation id -> paragraph
	focus     *mention             // person last named as subject: "he"
	focusIt   *mention             // state or organisation last named as subject: "it"
	named2    []pairSeen           // two states or groups named together, in order: "both sides"
	recent    []graph.Actor        // actors in the order named, for "the group"
	out       []graph.Edge
	training  bool // Candidates, TreePaths: the rules only, no ranked candidates or parsed frames
	// lastDoc: the issuers of the latest document issued in the article
	// ("A, B and C issued a joint statement"), for "the statement accused"
	lastDoc     []mention
	lastDocSent int
	seen        map[edgeKey]int

	events       []event                // acts reported so far, for "the raid", "the move"
	stateCount   map[string]int         // states named so far (by name, demonym, metonym or a member)
	stateOrder   []string               // the states of stateCount in the order first named
	lastPair     []mention              // the last group of two or more actors, for "them"
	lastPairSent int                    // the sentence of lastPair
	congoState   string                 // what "Congo" means in this article, once asked
	dateline     *string                // the state of the dateline, once asked ("" for none)
	claimed      []mention              // who claimed responsibility for an attack in the article
	lists        []listSeen             // lists of three or more actors, in order: "the three countries"
	signed       *signedStatement       // the last joint statement read out with its signatories
	leads        map[string]graph.Actor // person -> the armed party or movement they lead ("Machar's party, the SPLM-IO")
	titledKnown  []titledKnown          // dictionary persons named with a title of theirs, for era
	eraDone      bool                   // era computed
	eraLo, eraHi string                 // the span an undated article was written in (titles.go)
	orgCount     map[string]int         // organisations by the number of their mentions, once asked (bodies.go)
	orgActor     map[string]graph.Actor // the organisations of orgCount
	infos        []*wordInfo            // findMentions' scratch: token -> what its word is (Extractor.words)
	sc           *scratch               // the buffers to give back (release)
}

type edgeKey struct {
	sent          int
	src, rel, tgt string
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
	ar.sents = sc.ptrs[:ns:ns]
	for i, s := range doc.Sentences {
		st := &slab[i]
		*st = sent{Sentence: s, toks: s.Toks, hedge: -1, arena: &sc.arena}
		n := len(s.Toks)
		st.single, st.multi, st.keys = masks[:n:n], masks[n:2*n:2*n], masks[2*n:3*n:3*n]
		masks = masks[3*n:]
		st.wf, wf = wf[:n:n], wf[n:]
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

func (ar *article) extract() []graph.Edge {
	for _, s := range ar.sents {
		ar.findMentions(s)
	}
	for _, s := range ar.sents {
		ar.mediaHeads(s)
		ar.findLocal(s)
		ar.headsOf(s)
	}
	for _, s := range ar.sents {
		ar.peopleBodies(s)
	}
	for _, s := range ar.sents {
		ar.regionBlocsIn(s)
		ar.noteLeaders(s)
	}
	for _, s := range ar.sents {
		ar.notePairs(s)
	}
	for _, s := range ar.sents {
		ar.resolve(s)
		ar.demonymPersons(s)
	}
	ar.spreadSpeakers()
	for _, s := range ar.sents {
		ar.resolveSpeakerPronouns(s)
		ar.chunkNames(s)
		tripModifiers(s)
		ar.ownedParties(s)
		groupHeads(s)
		ar.ledForces(s)
		ar.officialsIn(s)
		ar.collectives(s)
		ar.ledBy(s)
		spokespersonFor(s, ar.x.lex) // "a spokesperson for Turkish President Erdogan": Turkey
		affiliatedPersons(s, ar.x.lex)
		ar.pluralTitles(s)
		demonymBeforePerson(s, ar.x.lex)
		ar.buildGroups(s)
		ar.theyOfSubjectList(s)
		ar.noteLists(s)
		ar.sameSentenceCollectives(s)
	}
	for _, s := range ar.sents {
		ar.noteClaims(s)
	}
	for _, s := range ar.sents {
		ar.noteDocuments(s)
		ar.relations(s)
		ar.nominalEvents(s)
	}
	if !ar.training {
		ar.ranked()
		ar.parsedFrames()
	}
	return ar.out
}

func (s *sent) index() {
	if len(s.at) != len(s.toks) {
		s.at = make([]int, len(s.toks))
	}
	for i := range s.at {
		s.at[i] = -1
	}
	for k, m := range s.ments {
		for i := m.start; i < m.end; i++ {
			s.at[i] = k
		}
	}
}

// isWord reports whether the word of token k is a cue of class c of one
// word, as ar.x.lex.Is(c, word) does, from what findMentions looked up
// for it: no lookup.
func (s *sent) isWord(k int, c lexicon.Class) bool {
	if uint(k) >= uint(len(s.toks)) {
		return false // (past either end: no word)
	}
	if c < 64 && c != lexicon.Modal {
		return s.single[k]>>c&1 != 0
	}
	if k < len(s.wf) {
		if f := s.wf[k]; f != nil {
			if c < 64 {
				return s.cueLex.Is(c, s.toks[k].Lower)
			}
			return f.cues.Has1(c)
		}
		return c < 64 && s.cueLex.Is(c, s.toks[k].Lower)
	}
	return s.cueLex.Is(c, s.toks[k].Lower)
}

// is reports whether token k is a one-word cue of class c.
func (s *sent) is(k int, c lexicon.Class) bool {
	return uint(k) < uint(len(s.single)) && s.single[k]>>c&1 != 0 // (past either end: no cue)
}

// cue returns the length of the cue of class c at token k, or 0.
func (s *sent) cue(lex *lexicon.Lexicon, k int, c lexicon.Class) int {
	if c < 64 && uint(k) < uint(len(s.single)) && s.multi[k]>>c&1 == 0 {
		return int(s.single[k] >> c & 1) // (the common case, inlined)
	}
	return s.cuePhrase(lex, k, c)
}

// cuePhrase is cue for a class with no mask bit, or at a word that begins
// a longer cue of the class: "in response to" at "in" (class answerto).
// It reads the cues findMentions found the word begins (s.wf), or asks
// the lexicon when the sentence was read with another one. Cost: one
// phrase match over the cues beginning at k, linear in their length; a
// word of one-word cues only is a mask bit, no match.
func (s *sent) cuePhrase(lex *lexicon.Lexicon, k int, c lexicon.Class) int {
	if k < 0 || k >= len(s.toks) {
		return 0
	}
	if s.multi[k]>>c&1 != 0 || c >= 64 {
		// a longer cue, or a class with no mask bit: a phrase match, from
		// the cues findMentions found the word begins
		if lex == s.cueLex && k < len(s.wf) {
			if f := s.wf[k]; f != nil {
				return f.cues.Match(c, s.toks, k)
			}
			return 0
		}
		return lex.CueFrom(c, s.toks, k)
	}
	return int(s.single[k] >> c & 1)
}

// trigger is lex.Trigger(s.toks, i) from the forms findMentions looked up
// for the word at i: no lookup.
func (s *sent) trigger(i int) ([]*lexicon.Trigger, int) {
	return s.triggerWithin(i, len(s.toks))
}

// triggerWithin is lex.TriggerWithin(s.toks, i, max) with no lookup.
func (s *sent) triggerWithin(i, max int) ([]*lexicon.Trigger, int) {
	if i < 0 || i >= len(s.wf) || s.wf[i] == nil {
		return nil, 0
	}
	return s.wf[i].trig.Match(s.toks, i, max)
}

// mayCue reports whether a cue of class c may stand in the sentence: when
// not, s.cue(lex, k, c) is 0 for every k, and a pass that reads only from
// such cues can return at once.
func (s *sent) mayCue(c lexicon.Class) bool { return s.cues>>c&1 != 0 }

// stateNamedBody returns a mention of an organisation whose name opens
// with the state's name at [i, i+n): one to four capitalised words follow
// it, the last a head noun of a political body (cue class
// bodyhead: "Movement", "Alliance", "Front", "Party"). Its name is the
// words as written, its country the state. The zero mention when none.
func (ar *article) stateNamedBody(s *sent, i, n int, st graph.Actor) mention {
	toks := s.toks
	e := i + n
	for e < len(toks) && e < i+n+4 && toks[e].Kind == text.Word && toks[e].Cap && !toks[e].Upper {
		e++
	}
	if e == i+n || !s.isWord(e-1, lexicon.BodyHead) {
		return mention{}
	}
	var b strings.Builder
	for q := i; q < e; q++ {
		if q == i && toks[q].Lower == "the" {
			continue // ("the Somali National Movement": the article is no part of the name)
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[q].Text)
	}
	return mention{start: i, end: e, actor: graph.Actor{Name: b.String(), Kind: graph.Org, Country: st.Name}, ok: true, via: viaName}
}

// countedMembers reports whether the body named in [i, e) is a modifier of
// a plural noun of its members counted by a number before it: "three EU
// member states", "two NATO members", "five eastern EU countries" are
// some members, not the body.
func (ar *article) countedMembers(s *sent, i, e int) bool {
	toks := s.toks
	w := strings.TrimSuffix(toks[e].Lower, "s")
	if w == toks[e].Lower || !ar.x.lex.Is(lexicon.MemberNoun, w) {
		if !(toks[e].Lower == "member" && e+1 < len(toks) && (toks[e+1].Lower == "states" || toks[e+1].Lower == "countries" || toks[e+1].Lower == "nations")) {
			return false
		}
	}
	b := i - 1
	for b > 0 && b >= i-3 && s.is(b, lexicon.Adj) {
		b-- // "five eastern EU countries"
	}
	return toks[b].Kind == text.Number || s.isWord(b, lexicon.NumberWord)
}

// replace puts m in place of every mention overlapping [m.start, m.end).
func (s *sent) replace(m mention) {
	out := s.newMents(len(s.ments) + 1) // a new array, grown once
	placed := false
	for _, o := range s.ments {
		if o.end <= m.start || o.start >= m.end {
			if !placed && o.start >= m.end {
				out = append(out, m)
				placed = true
			}
			out = append(out, o)
		}
	}
	if !placed {
		out = append(out, m)
	}
	s.ments = out
	s.index()
}

// partOfLongerName reports whether a body's name found at i is the tail of
// a longer proper name: "Security Council" in "National Security Council".
// cueFirst says the sentence opens with a cue word right before it
// ("Several", "Some").
func partOfLongerName(lex *lexicon.Lexicon, toks []text.Token, i int, e *nameEntry, cueFirst bool) bool {
	if e.actor.Kind != graph.Org || i == 0 {
		return false
	}
	p := toks[i-1]
	// (a number opening the sentence is no part of a name: "Three
	// Hezbollah fighters were killed")
	// (nor is a cue word opening it: "Several Hezbollah fighters", "Some
	// Hamas militants")
	return p.Kind == text.Word && p.Cap && !lex.Is(lexicon.AffStop, p.Lower) && !p.Upper && !strings.Contains(p.Text, "-") && !(i == 1 && (lex.Is(lexicon.NumberWord, p.Lower) || cueFirst))
}

// bothAt matches "both sides", "both warring parties", "the two
// countries", "the two leaders", "all parties" at i and returns its length.
func bothAt(lex *lexicon.Lexicon, s *sent, i int) int {
	toks := s.toks
	j := i
	switch {
	case toks[i].Lower == "both":
		j = i + 1
	case toks[i].Lower == "the" && i+1 < len(toks) && toks[i+1].Lower == "two":
		j = i + 2
	case toks[i].Lower == "the" && i+2 < len(toks) && (toks[i+1].Lower == "sides" || toks[i+1].Lower == "parties") && toks[i+2].Lower == "to":
		return 2 // "urged the sides to stop": the sides of the conflict
	case toks[i].Lower == "the" && i+1 < len(toks) && toks[i+1].Lower == "pair":
		return 2
	case toks[i].Lower == "the" && i+2 < len(toks) && (toks[i+1].Lower == "sides" || toks[i+1].Lower == "parties") && toks[i+2].Kind == text.Word && !toks[i+2].Cap &&
		(bothVerb(lex, toks, i+2) || i+3 < len(toks) && (strings.HasSuffix(toks[i+2].Lower, "ly") || toks[i+2].Lower == "later" || toks[i+2].Lower == "then" || toks[i+2].Lower == "again") && bothVerb(lex, toks, i+3)):
		return 2 // "the sides met in Lima", "the parties agreed to"
	case toks[i].Lower == "the" && i+2 < len(toks) && s.cue(lex, i+1, lexicon.RivalMod) > 0 && s.cue(lex, i+2, lexicon.RivalNoun) > 0:
		return 3 // "urged the warring parties to", "the rival factions met"
	case toks[i].Lower == "the" && i+2 < len(toks) && s.cue(lex, i+1, lexicon.PairMod) > 0 && toks[i+1].Lower != "neighbouring" && toks[i+1].Lower != "neighboring" && lex.Is(lexicon.BothNoun, toks[i+2].Lower) && strings.HasSuffix(toks[i+2].Lower, "s"):
		return 3 // "fighting between the nuclear-armed neighbours": the pair named before
	case toks[i].Lower == "each" && i+1 < len(toks) && (toks[i+1].Lower == "side" || toks[i+1].Lower == "party"):
		return 2 // "each side blaming the other"
	case toks[i].Lower == "all" && i+1 < len(toks) && (toks[i+1].Lower == "sides" || toks[i+1].Lower == "parties"):
		if i+3 < len(toks) && toks[i+2].Text == "," && toks[i+3].Lower == "including" {
			return 0 // "to all parties, including Iran": named below
		}
		return 2 // "urged all parties to show restraint": the sides of the conflict
	case toks[i].Lower == "all" && i+2 < len(toks) && toks[i+1].Lower == "the" && (toks[i+2].Lower == "sides" || toks[i+2].Lower == "parties"):
		return 3
	default:
		return 0
	}
	if j < len(toks) && s.cue(lex, j, lexicon.PairMod) > 0 {
		j++
	}
	if j < len(toks) && lex.Is(lexicon.BothNoun, toks[j].Lower) {
		return j + 1 - i
	}
	if j == i+2 && toks[i+1].Lower == "two" && j < len(toks) && toks[j].Kind == text.Word && !toks[j].Cap &&
		(strings.HasSuffix(toks[j].Lower, "ed") || lex.Is(lexicon.PairVerb, toks[j].Lower)) {
		return 2 // "The two held separate talks": the pair named before
	}
	return 0
}

// twoOfRegionAt matches "the two Balkan states", "the two Central Asian
// neighbours" at i: one or two capitalised words that begin no dictionary
// name (a region's words) between "the two" and a noun of the pair
// (cue class bothnoun), and returns its length. It costs a name lookup
// for each such word, and runs only after "the two".
func (ar *article) twoOfRegionAt(s *sent, infos []*wordInfo, i int) int {
	toks := s.toks
	if i+3 >= len(toks) || toks[i+1].Lower != "two" {
		return 0
	}
	r := i + 2
	for r < len(toks) && r < i+4 && toks[r].Kind == text.Word && toks[r].Cap {
		if infos[r].name != nil {
			if _, n := ar.x.names.longestFrom(infos[r].name, toks, r); n > 0 {
				return 0 // "the two Hamas leaders": a name of its own
			}
		}
		r++
	}
	if r > i+2 && r < len(toks) && s.isWord(r, lexicon.BothNoun) {
		return r + 1 - i
	}
	return 0
}

// bothVerb reports whether a trigger verb of talks or force opens at k,
// or a past tense: what "the sides" do as the pair named before ("the
// sides met", "the sides clashed", "the parties agreed").
func bothVerb(lex *lexicon.Lexicon, toks []text.Token, k int) bool {
	if strings.HasSuffix(toks[k].Lower, "ed") {
		return true
	}
	trs, _ := lex.Trigger(toks, k)
	for _, t := range trs {
		if t.POS == lexicon.Verb {
			return true
		}
	}
	return false
}

// definiteHead returns the kind of actor the noun at token j of s, in a
// definite description, points back at ("group", "state", "army" or "body": "the
// group" is an armed group or party, "the country" a state), or false
// (the lexicon's definitegroup, definitestate, definitearmy and
// definitebody cues).
func definiteHead(s *sent, j int) (string, bool) {
	switch {
	case s.isWord(j, lexicon.DefiniteGroup):
		return "group", true
	case s.isWord(j, lexicon.DefiniteState):
		return "state", true
	case s.isWord(j, lexicon.DefiniteArmy):
		return "army", true
	case s.isWord(j, lexicon.DefiniteBody):
		return "body", true
	}
	return "", false
}

// definiteAt matches "the group", "the paramilitary force", "the country"
// at i; it returns the length and the kind of antecedent.
func definiteAt(lex *lexicon.Lexicon, s *sent, i int) (int, string) {
	toks := s.toks
	if toks[i].Lower != "the" || i+1 >= len(toks) {
		return 0, ""
	}
	j := i + 1
	if s.cue(lex, j, lexicon.ArmedMod) > 0 && j+1 < len(toks) && s.cue(lex, j+1, lexicon.ArmedHead) > 0 {
		if j+2 < len(toks) && toks[j+2].Lower == "of" {
			return 0, "" // "the armed forces of A and B": A's and B's, named after
		}
		return 3, "group"
	}
	if h, ok := definiteHead(s, j); ok && !toks[j].Cap {
		return 2, h
	}
	// "the league" after "the Arab League", "the Council" after "the UN
	// Security Council": the head word of a body's name
	// "the North" after North Korea: a state's first name word, capitalised
	if toks[j].Cap && lex.Is(lexicon.StateHead, toks[j].Lower) && (j+1 >= len(toks) || toks[j+1].Kind != text.Word || !toks[j+1].Cap) {
		return 2, "first:" + toks[j].Lower
	}
	if lex.Is(lexicon.NameHead, toks[j].Lower) && (j+1 >= len(toks) || toks[j+1].Kind != text.Word || !toks[j+1].Cap) {
		return 2, "named:" + toks[j].Lower
	}
	// "the territory's president": a territory that owns an office
	if toks[j].Lower == "territory" && j+1 < len(toks) && toks[j+1].Kind == text.Poss {
		return 2, "state"
	}
	// "the foreign ministry", "the government": the state in focus
	if n := organAt(lex, toks, j); n > 0 {
		return n + 1, "organ"
	}
	// "the South American country", "the West African nation": a region
	// of two words
	if n := regionStateAt(lex, toks, j); n > 0 {
		return n + 1, "state"
	}
	// "the Gulf state", "the Balkan country", "the Caribbean nation": a
	// region before a state noun
	if toks[j].Cap && j+1 < len(toks) && !toks[j+1].Cap {
		if lex.Is(lexicon.DefiniteState, toks[j+1].Lower) || toks[j+1].Lower == "state" {
			if j+2 >= len(toks) || !lex.Is(lexicon.StateAdjUse, toks[j+2].Lower) {
				return 3, "state"
			}
		}
	}
	return 0, ""
}

// titleClasses are the offices a bare title ("the president") resolves by.
var titleClasses = map[string]bool{
	"head": true, "government": true, "foreign": true, "defence": true, "secgen": true, "secretary": true,
	"military": true, "spokes": true, "counterpart": true, "vice": true, "security": true, "envoy": true, "leader": true, "minister": true,
}

// openerWords are the words at which manyAt ("the three countries"),
// ownedSidesAt ("warring parties" after a possessive), headsOfSidesAt
// ("the heads of ..."), bothAt ("both sides", "each side", "all parties")
// and definiteAt ("the group") can match: each returns 0 at any other word,
// so findMentions calls them only at these (wordInfo.opener).
// TestOpenerWords checks it; a reader given a new first word needs it
// here.
var openerWords = []string{"the", "all", "these", "those", "both", "each", "warring", "rival", "feuding"}

// findMentions finds dictionary names, pronouns, titled persons and bare
// titles.
func (ar *article) findMentions(s *sent) {
	toks := s.toks
	s.ments = ar.newMents(len(toks)/6 + 2)
	if len(s.single) != len(toks) {
		s.single = make([]uint64, len(toks))
		s.multi = make([]uint64, len(toks))
		s.keys = make([]uint64, len(toks))
	}
	if len(s.wf) != len(toks) {
		s.wf = make([]*wordForms, len(toks))
	}
	s.cueLex = ar.x.lex
	// one lookup a token: its lexicon masks and the names it begins
	if cap(ar.infos) < len(toks) {
		ar.infos = make([]*wordInfo, len(toks), max(len(toks), 64))
	}
	infos := ar.infos[:len(toks)]
	s.cues, s.lists, s.anyKeys = 0, 0, 0
	for k := range toks {
		t := &toks[k] // (tokens are 64 bytes: not copied)
		wi := ar.x.words.get(t.Lower)
		s.single[k], s.multi[k], s.keys[k], s.wf[k], infos[k] = wi.single, wi.multi, wi.keys, wi.forms, wi
		if t.Cap && t.Lower == "may" && k+1 < len(toks) && toks[k+1].Kind == text.Number {
			// "May 1, 2024 - Biden accused ...": the month, never the modal
			s.single[k] &^= 1 << lexicon.Modal
			s.multi[k] &^= 1 << lexicon.Modal
		}
		s.cues |= s.single[k] | s.multi[k]
		s.lists |= wi.lists
		s.anyKeys |= wi.keys
	}
	if s.cues>>lexicon.Say&1 != 0 {
		notSaying(s)
	}
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.Kind == text.Word {
			e, n := ar.x.names.longestFrom(infos[i].name, toks, i)
			if n > 0 && t.Lower == "the" && i+1 < len(toks) {
				// "the U.N. Security Council": a longer name after "the" wins
				// over "the U.N."
				if e2, n2 := ar.x.names.longestFrom(infos[i+1].name, toks, i+1); n2 > 0 && 1+n2 > n {
					s.ments = append(s.ments, mention{start: i, end: i + 1 + n2, actor: e2.actor, ok: !e2.media, via: e2.via, media: e2.media})
					if !e2.media && e2.actor.Kind == graph.Person {
						class, title := office(e2.roles, ar.published)
						s.ments[len(s.ments)-1].class, s.ments[len(s.ments)-1].title = class, title
					}
					i += 1 + n2
					continue
				}
			}
			if n > 0 && i+1 < len(toks) {
				// "President Xi Jinping": a name after a title word wins
				// over an alias that holds the title ("President Xi"); the
				// title is left to findTitled
				if _, nr := ar.x.lex.Role(toks, i); nr == 1 {
					if _, n2 := ar.x.names.longestFrom(infos[i+1].name, toks, i+1); n2 > 0 && 1+n2 > n {
						i++
						continue
					}
				}
			}
			if n == 1 && e.actor.Kind != graph.Person && t.Cap {
				// "Wagner" after "Therese Kayikwamba Wagner" is her, not a group
				if a, ok := ar.local[t.Lower]; ok && a.Kind == graph.Person {
					s.ments = append(s.ments, mention{start: i, end: i + 1, actor: a, ok: true, via: viaLocal})
					i++
					continue
				}
			}
			if n == 0 && t.Cap {
				if a, ok := ar.contextCapital(t); ok {
					s.ments = append(s.ments, mention{start: i, end: i + 1, actor: a, ok: true, via: viaMetonym})
					i++
					continue
				}
			}
			if n == 0 && (t.Text == "Congo" || t.Text == "Congolese") && !(i+1 < len(toks) && (toks[i+1].Lower == "river" || toks[i+1].Lower == "basin")) &&
				!(t.Text == "Congolese" && peopleAfter(s, infos, i+1)) {
				v := viaMetonym
				if t.Text == "Congolese" {
					v = viaDemonym
				}
				s.ments = append(s.ments, mention{start: i, end: i + 1, actor: ar.congo(), ok: true, via: v})
				i++
				continue
			}
			if n == 0 && t.Cap && i+3 < len(toks) && toks[i+1].Lower == "and" {
				// "North and South Korea": the first conjunct shares the
				// second's head
				if e1 := ar.x.gappedName(infos, toks, i); e1 != nil {
					s.ments = append(s.ments, mention{start: i, end: i + 1, actor: e1.actor, ok: true, via: e1.via})
					i++
					continue
				}
				// "the Donetsk and Lugansk People's Republics": a plural head
				if e1, e2, end := ar.x.gappedPlural(infos, toks, i); e1 != nil {
					s.ments = append(s.ments, mention{start: i, end: i + 1, actor: e1.actor, ok: true, via: e1.via},
						mention{start: i + 2, end: end, actor: e2.actor, ok: true, via: e2.via})
					i = end
					continue
				}
			}
			if n > 0 && e.actor.Kind == graph.Org && i+n < len(toks) && toks[i+n].Cap && s.isWord(i+n, lexicon.DocName) {
				i += n + 1 // "the United Nations Charter": a document's name
				continue
			}
			if n > 0 && e.via != viaDemonym && i > 0 && toks[i-1].Lower == "the" && i+n < len(toks) && toks[i+n].Cap && s.isWord(i+n, lexicon.DocName) &&
				(i+n+1 >= len(toks) || !toks[i+n+1].Cap) {
				i += n + 1 // "the Rome Declaration", "the Doha Agreement": a document named for the place of its signing
				continue
			}
			if n > 0 && e.via == viaDemonym && e.actor.Kind == graph.State && i > 0 && toks[i-1].Cap && s.isWord(i-1, lexicon.RegionMod) {
				i += n // "South American countries", "Central Asian states": a region
				continue
			}
			if n > 0 && e.via == viaDemonym && e.actor.Kind == graph.State && i+n < len(toks) && s.is(i+n, lexicon.NonState) {
				i += n + 1 // "the Syrian opposition" is not Syria ("Houthi rebels" are the Houthis)
				continue
			}
			if n > 0 && e.via == viaDemonym && peopleAfter(s, infos, i+n) {
				i += n + 1 // "Congolese Tutsis", "Malian Tuaregs": a people of the state, not the state
				continue
			}
			if n > 0 && e.actor.Kind == graph.Org && i > 0 && i+n < len(toks) && s.isWord(i-1, lexicon.Indefinite) && s.isWord(i+n, lexicon.MemberNoun) {
				i += n + 1 // "a NATO member", "an EU country": one member, not the body
				continue
			}
			if n > 0 && e.actor.Kind == graph.Org && i > 0 && i+n < len(toks) && ar.countedMembers(s, i, i+n) {
				i += n + 1 // "three EU member states", "two NATO members": some members, not the body
				continue
			}
			if n > 0 && e.actor.Kind == graph.Org && e.actor.Country == "" && i > 0 && (toks[i-1].Lower == "his" || toks[i-1].Lower == "her") {
				i += n // "Putin summoned his Security Council": his own, not the UN's
				continue
			}
			if n == 1 && e.actor.Kind == graph.Person && i+1 < len(toks) && s.isWord(i+1, lexicon.KinNoun) {
				i += 2 // "the Badawi family", "the Gandhi clan": a family of that name, not the person
				continue
			}
			if n == 1 && e.actor.Kind == graph.Person && i > 1 && (len(s.ments) == 0 || s.ments[len(s.ments)-1].end < i) && ar.unknownNameAfter(toks, i-1) &&
				!strings.HasSuffix(toks[i-1].Lower, ".") && s.single[i-1] == 0 && s.multi[i-1] == 0 && len(toks[i-1].Lower) > 2 && !s.isWord(i-1, lexicon.Particle) {
				i++ // "Samar Badawi" is not Abdullah Ahmad Badawi: the last word of a longer, unknown name
				continue
			}
			if n == 1 && e.actor.Kind == graph.Person && ar.unknownNameAfter(toks, i+1) {
				i++ // "Qassem Soleimani" is not Naim Qassem: one word of a longer, unknown name
				continue
			}
			if n >= 2 && e.actor.Kind == graph.Person && i+n < len(toks) && s.single[i+n] == 0 && s.multi[i+n] == 0 && ar.unknownNameAfter(toks, i+n) {
				// "Abdul Hamid Dbeibeh" is not Bangladesh's Abdul Hamid:
				// a full name the dictionary holds, then a capitalised word
				// that is no word of the lexicon and names no one, is the
				// start of a longer name it does not know (a titled person
				// read by findTitled); "Xi Jinping Warns" keeps Xi
				i += n
				continue
			}
			if n > 0 && e.actor.Kind == graph.State {
				// "the South Sudan Opposition Movements Alliance", "the
				// Somali National Movement": an organisation the
				// dictionary does not know whose name opens with its
				// state's; the state is its country, not the actor
				if m := ar.stateNamedBody(s, i, n, e.actor); m.end > 0 {
					s.ments = append(s.ments, m)
					i = m.end
					continue
				}
			}
			if n > 0 && !partOfLongerName(ar.x.lex, toks, i, e, i == 1 && (s.single[0]|s.multi[0]) != 0) {
				class, title := office(e.roles, ar.published)
				m := mention{start: i, end: i + n, actor: e.actor, ok: !e.media, via: e.via, class: class, media: e.media, title: title, city: e.city}
				// "Lloyd Austin" makes a later "Austin" him, even where the
				// dictionary leaves the bare surname out
				if e.actor.Kind == graph.Person && n >= 2 && toks[i+n-1].Cap {
					if _, ok := ar.local[toks[i+n-1].Lower]; !ok {
						ar.local[toks[i+n-1].Lower] = e.actor
					}
					if ar.x.familyFirst[e.actor.Country] && toks[i].Cap {
						// "Wang Yi" makes a later "Wang" him, unless the
						// article names another Wang ("Wang Wenbin"): then
						// "Wang" is no one
						if prev, ok := ar.local[toks[i].Lower]; !ok {
							ar.local[toks[i].Lower] = e.actor
						} else if prev.Name != e.actor.Name {
							ar.local[toks[i].Lower] = graph.Actor{}
						}
					}
				}
				// "the Biden administration", "Burhan's government" are the state
				if e.actor.Kind == graph.Person && e.actor.Country != "" && i+n < len(toks) {
					if s.isWord(i+n, lexicon.GovNoun) {
						m = mention{start: ar.titleBefore(s, i), end: i + n + 1, actor: stateActor(e.actor.Country), ok: true, via: viaMetonym}
						n++
					} else if toks[i+n].Kind == text.Poss && i+n+1 < len(toks) && s.isWord(i+n+1, lexicon.GovNoun) {
						// (with the title before the name: "President Bashar
						// al-Assad's regime")
						m = mention{start: ar.titleBefore(s, i), end: i + n + 2, actor: stateActor(e.actor.Country), ok: true, via: viaMetonym}
						n += 2
					}
				}
				// "the Arakan Army (AA)": the acronym in brackets is part of
				// the mention, and names the actor for the rest of the article
				if j := i + n; e.actor.Kind != graph.Person && j+2 < len(toks) && toks[j].Text == "(" && toks[j+2].Text == ")" && acronym(toks[j+1]) && m.end == j {
					if _, known := ar.local[toks[j+1].Lower]; !known {
						ar.local[toks[j+1].Lower] = m.actor
					}
					if j+3 >= len(toks) || !toks[j+3].Cap {
						m.end += 3 // (not before a title: "Republic of Korea (ROK) Foreign Minister Park Jin")
						n += 3
					}
				}
				s.ments = append(s.ments, m)
				i += n
				continue
			}
			if infos[i].opener { // (the others match at none of these readers)
				if n := ar.manyAt(s, i); n > 0 {
					s.ments = append(s.ments, mention{start: i, end: i + n, via: viaMany})
					i += n
					continue
				}
				if n := ownedSidesAt(ar.x.lex, s, i); n > 0 {
					s.ments = append(s.ments, mention{start: i, end: i + n, via: viaBoth, head: "owned"})
					i += n
					continue
				}
				if n := headsOfSidesAt(ar.x.lex, toks, i); n > 0 {
					s.ments = append(s.ments, mention{start: i, end: i + n, via: viaBoth, heads: true})
					i += n
					continue
				}
				n := bothAt(ar.x.lex, s, i)
				if n == 0 && toks[i].Lower == "the" {
					n = ar.twoOfRegionAt(s, infos, i) // "the two Balkan states"
				}
				if n > 0 {
					s.ments = append(s.ments, mention{start: i, end: i + n, via: viaBoth})
					i += n
					continue
				}
				if n, head := definiteAt(ar.x.lex, s, i); n > 0 && !(i+n < len(toks) && s.is(i+n, lexicon.Seated)) { // not "the military junta"
					s.ments = append(s.ments, mention{start: i, end: i + n, via: viaDefinite, head: head})
					i += n
					continue
				}
			}
			if infos[i].pron && !(t.Upper && t.Lower == "us") {
				s.ments = append(s.ments, mention{start: i, end: i + 1, via: viaPronoun, pron: t.Lower})
			} else if infos[i].poss {
				n := 1
				p := t.Lower
				if i+1 < len(toks) && (toks[i+1].Lower == "country" || toks[i+1].Lower == "nation") {
					n, p = 2, t.Lower+" country" // "his country", "our nation"
				}
				s.ments = append(s.ments, mention{start: i, end: i + n, via: viaPronoun, pron: p, possPron: n == 1})
				i += n
				continue
			}
		}
		i++
	}
	if len(s.at) != len(toks) {
		s.at = ar.newInts(len(toks)) // (index would make it)
	}
	s.index()
	middleInitials(s)
	ownNameParts(s)
	ownedOrgans(s)
	ar.findTitled(s)
	ar.ofState(s)
	ar.spokesFor(s)
	ar.descriptorNames(s)
	ar.appositiveOfficials(s)
	ar.sayerNames(s)
	ar.titleThenName(s)
	ar.countStates(s)
	for _, m := range s.ments {
		if m.ok && m.actor.Kind == graph.Person {
			ar.addPerson(m.actor, m.class, m.title, s.Index)
		}
	}
}

func (ar *article) addPerson(a graph.Actor, class, title string, sent int) {
	for i := range ar.persons {
		p := &ar.persons[i]
		if p.actor.Name == a.Name {
			if p.class == "" || class != "" && p.class == "counterpart" {
				p.class = class
			}
			if title != "" && !strings.Contains(p.title, title) {
				p.title += "|" + title
			}
			if n := len(p.sents); n == 0 || p.sents[n-1] != sent {
				p.sents = append(p.sents, sent)
			}
			return
		}
	}
	if n := len(ar.persons); n < cap(ar.persons) {
		// a place left by an article before: its sents array, emptied
		ar.persons = ar.persons[:n+1]
		ar.persons[n] = person{actor: a, class: class, title: title, sents: append(ar.persons[n].sents[:0], sent)}
		return
	}
	ar.persons = append(ar.persons, person{actor: a, class: class, title: title, sents: []int{sent}})
}

// notePersonOrg records org as the body of the office the text gives the
// person a ("European Union Special Envoy Miroslav Lajcak"); nil records
// nothing.
func (ar *article) notePersonOrg(a graph.Actor, org *graph.Actor) {
	if org == nil {
		return
	}
	for i := range ar.persons {
		if ar.persons[i].actor.Name == a.Name {
			ar.persons[i].org = org.Name
			return
		}
	}
}

// nameEnd returns the end of the run of name words from e.
func nameEnd(toks []text.Token, e int) int {
	for e < len(toks) && (nameWord(toks[e]) || toks[e].Kind == text.Word && (toks[e].Lower == "bin" || toks[e].Lower == "al" || strings.HasPrefix(toks[e].Lower, "al-"))) {
		e++
	}
	return e
}

// findTitled finds "[affiliation] role [Name]" persons, and bare titles
// "the British prime minister", "his Iranian counterpart(s)".
func (ar *article) findTitled(s *sent) {
	if !s.mayCue(lexicon.RoleStart) {
		return // (no role word: nothing to read)
	}
	toks := s.toks
	lex := ar.x.lex
	for j := 0; j < len(toks); j++ {
		if s.at[j] >= 0 && s.ments[s.at[j]].actor.Kind != graph.Person {
			continue
		}
		if s.at[j] >= 0 || !s.is(j, lexicon.RoleStart) {
			continue
		}
		class, n := lex.Role(toks, j)
		if n == 0 {
			continue
		}
		k := j + n
		for k < len(toks) {
			if _, n2 := lex.Role(toks, k); n2 > 0 && s.at[k] < 0 {
				k += n2
				continue
			}
			if toks[k].Lower == "and" && k+1 < len(toks) && s.at[k+1] < 0 {
				// "State Councilor and Foreign Minister Wang Yi": one person
				// of two offices, the last one named
				if c2, n2 := lex.Role(toks, k+1); n2 > 0 && k+1+n2 < len(toks) && (toks[k+1+n2].Cap || s.at[k+1+n2] >= 0) {
					class = c2
					k += 1 + n2
					continue
				}
			}
			if toks[k].Lower == "mr." || toks[k].Lower == "ms." || toks[k].Lower == "mrs." || toks[k].Lower == "dr." {
				k++
				continue
			}
			break
		}
		// "special envoy for Sudan Tom Perriello", "envoy to Yemen X",
		// "Ambassador of the Russian Federation to the Republic of Azerbaijan
		// Mikhail Yevdokimov": the body or states between role and name
		ofCountry := ""
		for q, steps, of := k, 0, ""; steps < 2 && q+2 < len(toks) && (toks[q].Lower == "for" || toks[q].Lower == "to" || toks[q].Lower == "of" || toks[q].Lower == "from"); steps++ {
			p := q + 1
			if toks[p].Lower == "the" && s.at[p] < 0 {
				p++
			}
			if p >= len(toks) || s.at[p] < 0 || s.ments[s.at[p]].start != p {
				break
			}
			m := s.ments[s.at[p]]
			if !m.ok || m.actor.Kind == graph.Person {
				break
			}
			if (toks[q].Lower == "of" || toks[q].Lower == "from") && m.actor.Kind == graph.State && of == "" {
				of = m.actor.Name
			}
			q = m.end
			if q < len(toks) && (toks[q].Cap && s.at[q] < 0 && toks[q].Kind == text.Word || s.at[q] >= 0 && s.ments[s.at[q]].actor.Kind == graph.Person) {
				k, ofCountry = q, of // a name follows
				break
			}
			if q+1 < len(toks) && toks[q].Text == "," && (toks[q+1].Cap && s.at[q+1] < 0 && toks[q+1].Kind == text.Word || s.at[q+1] >= 0 && s.ments[s.at[q+1]].actor.Kind == graph.Person) {
				k, ofCountry = q, of // "Sudan's ambassador to the UN, NAME": an appositive name
				break
			}
		}
		// "the U.S. ambassador in Havana, Mike Hammer": a post's place
		// between the title and its appositive name
		if class == "envoy" && k+3 < len(toks) && toks[k].Lower == "in" && s.at[k+1] >= 0 {
			if p := s.ments[s.at[k+1]]; p.start == k+1 && p.end+1 < len(toks) && toks[p.end].Text == "," && (s.at[p.end+1] >= 0 || nameWord(toks[p.end+1])) {
				k = p.end
			}
		}
		// an appositive name: "Qatar's emir, Sheikh Tamim bin Hamad Al Thani"
		if k+1 < len(toks) && toks[k].Text == "," && j > 0 && (toks[j-1].Kind == text.Poss || s.at[j-1] >= 0 || portfolioAfterOwner(s, j)) {
			e := k + 1
			for e < len(toks) {
				if _, n2 := lex.Role(toks, e); n2 > 0 && s.at[e] < 0 {
					e += n2
					continue
				}
				break
			}
			// the name closes the apposition: "In a call with his Japanese
			// counterpart, Wang Yi urged" names the subject of the clause
			if e < len(toks) && s.at[e] >= 0 && s.ments[s.at[e]].actor.Kind == graph.Person && closedApposition(s, s.ments[s.at[e]].end) {
				k = e
			} else if e < len(toks) && s.at[e] < 0 && nameWord(toks[e]) && !s.isWord(e, lexicon.NotName) && closedApposition(s, nameEnd(toks, e)) {
				// an unknown name after the comma: "Qatar's prime minister, Sheikh Hamad ..."
				k = e
			}
		}
		affStart, country, hasAff := ar.affiliation(s, j)
		if !hasAff && ofCountry != "" {
			country = ofCountry
		}
		var org *graph.Actor
		if hasAff && s.at[affStart] >= 0 {
			if a := &s.ments[s.at[affStart]].actor; a.Kind == graph.Org {
				c := *a // (a copy made only for an organisation)
				org = &c
			}
		}
		title := triggerText(toks[j:k])
		// the name
		if k < len(toks) && s.at[k] >= 0 && s.ments[s.at[k]].actor.Kind == graph.Person && s.ments[s.at[k]].ok {
			m := s.ments[s.at[k]]
			if m.class == "" || titleClasses[class] && class != "counterpart" {
				// the office the text gives wins over the dictionary's
				// ("acting Prime Minister X", a defence minister there)
				m.class = class
			}
			m.title = title
			m.org = org
			ar.addPerson(m.actor, m.class, title, s.Index)
			ar.notePersonOrg(m.actor, org)
			ar.noteTitledKnown(m.actor, class, title)
			m.start = affStart
			s.replace(m)
			j = m.end - 1
			continue
		}
		nameEnd := k
		for nameEnd < len(toks) && nameEnd-k < 7 {
			t := toks[nameEnd]
			if (t.Kind == text.Word && t.Cap || nameWord(t)) && !ar.x.lex.Is(lexicon.NotName, t.Lower) && s.at[nameEnd] < 0 && !strings.HasSuffix(t.Text, ".") {
				nameEnd++
				continue
			}
			if t.Kind == text.Word && s.is(nameEnd, lexicon.Particle) && nameEnd > k && nameEnd+1 < len(toks) && (toks[nameEnd+1].Cap || s.is(nameEnd+1, lexicon.Particle)) {
				nameEnd++
				continue
			}
			if initial(t) && nameEnd > k && nameEnd+1 < len(toks) && toks[nameEnd+1].Kind == text.Word && toks[nameEnd+1].Cap && s.at[nameEnd+1] < 0 {
				nameEnd++ // a middle initial: "Wendy R. Sherman"
				continue
			}
			break
		}
		if nameEnd > k && class != "official" && titleCase(s) {
			// a headline in Title Case capitalises verbs too: "Bosnian Serb
			// Leader Defies Court Ruling" names no "Defies Court Ruling"
			nameEnd = k // (a name the dictionary knows is a mention already)
		}
		if _, n := ar.x.lex.Role(toks, k); n > 0 && (k+n >= nameEnd || n >= 2) || nameEnd > k && nameEnd < len(toks) && toks[nameEnd].Cap && s.isWord(nameEnd, lexicon.NameHead) {
			nameEnd = k // "spokesperson for Turkish President X", "Chairman of the Defence Council": a title or a body, no name
		}
		if nameEnd > k && class != "official" {
			var nameParts []string
			for _, t := range toks[k:nameEnd] {
				if !initial(t) {
					nameParts = append(nameParts, t.Text) // the name without its initials, as it is most often written
				}
			}
			name := strings.Join(nameParts, " ")
			if !hasAff && nameEnd+1 < len(toks) && toks[nameEnd].Lower == "of" && s.at[nameEnd+1] >= 0 {
				// "Foreign Minister X of Saudi Arabia"
				if m := s.ments[s.at[nameEnd+1]]; m.ok && m.actor.Kind == graph.State {
					country, hasAff = m.actor.Name, true
				}
			}
			if !hasAff && country == "" {
				// "Defence Minister X told lawmakers in Taipei": the context's state
				country = ar.contextCountry(s)
			}
			a := graph.Actor{Name: name, Kind: graph.Person, Country: country}
			if prev, ok := ar.local[text.Lower(name)]; ok && prev.Name != "" {
				a = prev
			} else if nameEnd-k == 1 {
				// "Foreign Minister Park" after "Foreign Minister Park
				// Jin": one word of a person of that office named before
				a = ar.sameOfficeName(a, toks[k].Lower, class, title)
				if a.Name == name {
					// "UN Special Envoy Griffiths": the holder of that office
					// the dictionary knows by this surname
					of := country
					if org != nil {
						of = org.Name
					}
					a = ar.x.offices.bySurname(a, of, class, name)
				}
			}
			if e, ok := ar.x.dict.Lookup(name); ok && e.Kind == "person" {
				a = graph.Actor{Name: e.Name, Kind: graph.Person, Country: e.Country}
			}
			ar.local[text.Lower(name)] = a
			if nameEnd-k >= 2 {
				ar.local[toks[nameEnd-1].Lower] = a
				if ar.x.familyFirst[a.Country] {
					// "spokesperson Wu Qian ... Wu said": the family name first
					if _, taken := ar.local[toks[k].Lower]; !taken {
						ar.local[toks[k].Lower] = a
					}
				}
				// "Minister Patrick Muyaya Katembwe ... Muyaya said": a
				// middle name of three or more may be the one news uses
				for q := k + 1; q < nameEnd-1; q++ {
					if _, taken := ar.local[toks[q].Lower]; !taken && toks[q].Cap && len(toks[q].Lower) > 3 && !strings.Contains(toks[q].Lower, ".") {
						ar.local[toks[q].Lower] = a
					}
				}
			}
			ar.addPerson(a, class, title, s.Index)
			ar.notePersonOrg(a, org)
			s.replace(mention{start: affStart, end: nameEnd, actor: a, ok: true, via: viaTitled, class: class, title: title, org: org})
			j = nameEnd - 1
			continue
		}
		// a bare title; "leader" only of a state ("the Belarusian leader"),
		// never of a group or a party ("the Hezbollah leader")
		if !titleClasses[class] || class == "leader" && org == nil && (title != "leader" || !hasAff) {
			continue
		}
		start := affStart
		if !hasAff {
			start = j
		}
		if hasAff {
			// "the top EU diplomat", "the senior U.S. envoy": a rank before
			// the affiliation belongs to the title
			for start > 0 && s.isWord(start-1, lexicon.RoleMod) && s.at[start-1] < 0 && start > 1 && (toks[start-2].Lower == "the" || s.isWord(start-2, lexicon.RoleMod)) {
				start--
			}
		}
		detOK := start > 0 && (toks[start-1].Lower == "the" || s.isWord(start-1, lexicon.PossPronoun)) ||
			hasAff && (toks[start].Lower == "the" || s.isWord(start, lexicon.PossPronoun) || toks[j-1].Kind == text.Poss) ||
			!hasAff && definiteOwner(s, j) // "the island's president"
		if !detOK && !(hasAff && start > 0 && s.isWord(start-1, lexicon.PossPronoun)) {
			// (a headline drops "the": "Armenian prime minister calls X"; so
			// does an attribution: '"...," Russian chief negotiator said')
			if !(start == 0 && (toks[j].Cap || hasAff)) && !(hasAff && class == "counterpart") && !(hasAff && k < len(toks) && s.cue(ar.x.lex, k, lexicon.Say) > 0) {
				continue
			}
		}
		if start > 0 && (toks[start-1].Lower == "the" || s.isWord(start-1, lexicon.PossPronoun)) {
			start--
		}
		if class == "counterpart" && hasAff {
			// "his Turkish, Chinese, and Saudi counterparts": each demonym is one
			ar.counterparts(s, j, k)
			continue
		}
		s.replace(mention{start: start, end: k, via: viaTitle, class: class, title: title, actor: graph.Actor{Country: country}, org: org})
		j = k - 1
	}
}

// ofState folds "of Russia" into the person before it: "Sergey Lavrov of
// Russia and Ayman Safadi of Jordan" are two persons, not a list of four.
func (ar *article) ofState(s *sent) {
	for k := 0; k+1 < len(s.ments); k++ {
		m, n := s.ments[k], s.ments[k+1]
		if !m.ok || m.actor.Kind != graph.Person || !n.ok || n.actor.Kind == graph.Person || n.media {
			continue
		}
		if m.end+1 != n.start || s.toks[m.end].Lower != "of" {
			continue
		}
		if m.actor.Country == "" && n.actor.Kind == graph.State && m.via == viaTitled {
			m.actor.Country = n.actor.Name
		}
		m.end = n.end
		s.ments = append(s.ments[:k+1:k+1], s.ments[k+2:]...)
		s.ments[k] = m
		s.index()
	}
}

// affiliation looks left of a role at j for the state or organisation it
// belongs to: "US National Security Council spokesman", "Iran's Foreign
// Minister". It returns where the titled phrase starts and the country.
func (ar *article) affiliation(s *sent, j int) (start int, country string, ok bool) {
	toks := s.toks
	k := j - 1
	for k >= 0 && s.isWord(k, lexicon.RoleMod) && s.at[k] < 0 {
		k--
	}
	// a portfolio before the role: "Eritrea's information minister" (never
	// a verb: "The United States condemned President X", "Iran met
	// Foreign Minister Y")
	for steps := 0; steps < 2 && k >= 1 && s.at[k] < 0 && toks[k].Kind == text.Word && !toks[k].Cap && !s.is(k, lexicon.Det) &&
		!s.is(k, lexicon.Prep) && !s.is(k, lexicon.Aux) && !s.is(k, lexicon.Clause) && toks[k].Lower != "and" && toks[k].Lower != "or" && (toks[k-1].Kind == text.Poss || s.at[k-1] >= 0 || s.isWord(k-1, lexicon.RoleMod)) &&
		!verbLike(s, k); steps++ {
		k--
		for k >= 0 && s.isWord(k, lexicon.RoleMod) && s.at[k] < 0 {
			k--
		}
	}
	if k >= 0 && toks[k].Kind == text.Poss {
		k--
	}
	// "Republic of Korea (ROK) Foreign Minister": an acronym in brackets
	if k >= 2 && toks[k].Text == ")" && toks[k-2].Text == "(" {
		k -= 3
	}
	// skip the capitalised words of a body: "National Security Council"
	for steps := 0; k >= 0 && steps < 5 && s.at[k] < 0 && toks[k].Kind == text.Word && toks[k].Cap && !s.isWord(k, lexicon.AffStop); steps++ {
		k--
	}
	if k >= 0 && s.at[k] >= 0 {
		m := s.ments[s.at[k]]
		if m.ok && m.actor.Kind != graph.Person && m.end == k+1 {
			c := m.actor.Country
			if m.actor.Kind == graph.State {
				c = m.actor.Name
			}
			return m.start, c, true
		}
	}
	return j, "", false
}

// titleBefore returns the start of a title of one to three words that
// ends right before the name at i and lies in no mention ("President" in
// "President Bashar al-Assad's regime"), or i when none does.
func (ar *article) titleBefore(s *sent, i int) int {
	if n := len(s.ments); n > 0 && s.ments[n-1].end > i-1 {
		return i
	}
	for back := 1; back <= 3 && back <= i; back++ {
		if _, nr := ar.x.lex.Role(s.toks, i-back); nr == back {
			if n := len(s.ments); n == 0 || s.ments[n-1].end <= i-back {
				return i - back
			}
		}
	}
	return i
}

// verbLike reports whether the word at k reads as a verb, not a noun
// modifier: a speech verb, a copula, a past form ("met", "condemned",
// "said", "is") or a present verb trigger ("warns"); a noun of a
// portfolio ("defence", "security") is none.
func verbLike(s *sent, k int) bool {
	w := s.toks[k].Lower
	if s.is(k, lexicon.TriggerStart) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		if senses, _ := s.trigger(k); hasPOS(senses, lexicon.Verb) {
			return true // "Iran warns President X" (never "the defence minister")
		}
	}
	return s.is(k, lexicon.Say) || s.is(k, lexicon.Past) || s.isWord(k, lexicon.Copula) ||
		len(w) > 4 && strings.HasSuffix(w, "ed")
}

// counterparts makes each demonym before "counterparts" a counterpart
// mention of its state.
func (ar *article) counterparts(s *sent, j, k int) {
	i := j - 1
	var idx []int
	for i >= 0 {
		if s.at[i] >= 0 {
			m := s.ments[s.at[i]]
			if m.ok && m.actor.Kind == graph.State {
				idx = append(idx, s.at[i])
				i = m.start - 1
				for i >= 0 && (s.toks[i].Text == "," || s.toks[i].Lower == "and") {
					i--
				}
				continue
			}
		}
		break
	}
	for _, mi := range idx {
		m := s.ments[mi]
		m.via = viaCounter
		m.class = "counterpart"
		s.ments[mi] = m
	}
	// swallow the role word itself so it is not read again
	_ = k
}

// findLocal marks surnames of persons introduced with a title: "Savet"
// after "spokesman Sean Savet".
func (ar *article) findLocal(s *sent) {
	if len(ar.local) == 0 {
		return
	}
	added := false
	for i, t := range s.toks {
		if s.at[i] >= 0 || t.Kind != text.Word || !t.Cap {
			continue
		}
		if a, ok := ar.local[t.Lower]; ok && a.Name != "" {
			s.ments = append(s.ments, mention{start: i, end: i + 1, actor: a, ok: true, via: viaLocal})
			ar.addPerson(a, "", "", s.Index)
			added = true
		}
	}
	if added {
		sortMentions(s.ments)
		s.index()
	}
}

// titleCase reports whether s is written in Title Case, as headlines
// are: every word of four letters or more capitalised, and a capitalised
// trigger word past the first that is no title ("Leader Defies Court
// Ruling, Meets Putin"; "Deputy Secretary of State Wendy R. Sherman met"
// is no headline). Capitals then say nothing of names.
func titleCase(s *sent) bool {
	verb := false
	for k, t := range s.toks {
		if t.Kind != text.Word {
			continue
		}
		if len([]rune(t.Text)) >= 4 && !t.Cap {
			return false
		}
		if k > 0 && t.Cap && s.is(k, lexicon.TriggerStart) && !s.is(k, lexicon.RoleStart) && (k >= len(s.at) || s.at[k] < 0) {
			verb = true
		}
	}
	return verb
}

// peopleAfter reports whether the word at k is a people's plural name the
// dictionary does not know ("Tutsis", "Tuaregs"): a demonym before it names
// a people of the state, not the state.
func peopleAfter(s *sent, infos []*wordInfo, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	return t.Kind == text.Word && t.Cap && !t.Upper && strings.HasSuffix(t.Lower, "s") && infos[k].name == nil && (s.single[k]|s.multi[k]) == 0
}

// acronym reports whether t is an acronym: two to eight capitals (digits
// and hyphens may stand among them: "M23", "SPLM-IO").
func acronym(t text.Token) bool {
	if t.Kind != text.Word || len(t.Text) < 2 || len(t.Text) > 8 {
		return false
	}
	caps := 0
	for _, r := range t.Text {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= '0' && r <= '9' || r == '-':
		default:
			return false
		}
	}
	return caps >= 2
}

func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// initial reports whether t is a middle initial: a capital letter and a
// full stop ("R." in "Wendy R. Sherman").
func initial(t text.Token) bool {
	return len(t.Text) == 2 && t.Text[1] == '.' && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// notSaying clears the say cue of a verb of saying that governs an
// infinitive act: "Russia continues to attack", "claimed to have downed",
// "declared to be": the verb heads no reported clause, so the act keeps
// the sentence's subject. Cost: linear in the sentence.
func notSaying(s *sent) {
	const verbs = 1<<lexicon.TriggerStart | 1<<lexicon.Light | 1<<lexicon.Aux
	toks := s.toks
	for k := 0; k+2 < len(toks); k++ {
		if s.single[k]>>lexicon.Say&1 == 0 || toks[k+1].Lower != "to" || toks[k+2].Cap || (s.single[k+2]|s.multi[k+2])&verbs == 0 {
			continue
		}
		if s.single[k+2]>>lexicon.Det&1 != 0 {
			continue // "continued to the border": a place, not an act
		}
		s.single[k] &^= 1 << lexicon.Say
		s.multi[k] &^= 1 << lexicon.Say
	}
}
