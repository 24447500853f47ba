package extract

import (
	"iter"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// An article being read: its sentences, the mentions and groups found in
// them, the persons it names and the running state the passes share (the
// types mention, group, sent, person, article); the order of the passes
// (extract); and a sentence's per-token lookups (index, isWord, is, cue,
// cuePhrase, trigger, mayCue, eachCue), which read what findMentions
// looked up once for each token. The buffers an article is read in are pooled
// (scratch.go).

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
	// token -> the trigger match at it over the rest of the sentence, once
	// a pass asked for it (triggerWithin); nil: none kept
	trigs []trigMemo
	// where groupMentions copies to (the article's pooled storage), or nil
	arena *mentArena
}

// trigMemo is the longest trigger form at a token and its senses, as
// triggerWithin matched it with no bound on its length (ok once set).
type trigMemo struct {
	trs  []*lexicon.Trigger
	n    int32
	ok   bool
	time bool // a time word stands at the next token, and a token after it (timeSplits)
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
	charge  bool // one accused the other: sides of a dispute from that sentence on, never before
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
	quoted    quotedPerson         // person last named inside the quotation now open: "he" in its later sentences
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
	captures     []event                // captures reported so far with their captors, for a later "release of the detained" (noteCaptures)
	stateCount   map[string]int         // states named so far (by name, demonym, metonym or a member)
	stateOrder   []string               // the states of stateCount in the order first named
	lastPair     []mention              // the last group of two or more actors, for "them"
	lastPairSent int                    // the sentence of lastPair
	congoState   string                 // what "Congo" means in this article, once asked
	dateline     *string                // the state of the dateline, once asked ("" for none)
	claimed      []mention              // who claimed responsibility for an attack in the article
	victims      []victim               // the ones hit by force of no agent named, for a claim after it
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

// quotedPerson is the person last named, outside a prepositional phrase,
// inside quotation id: in a quotation that runs over several sentences
// ("Secretary Blinken has been engaged. ... He urged Aliyev to stop," the
// spokesman said) a later "he" is that person, not the one who speaks.
type quotedPerson struct {
	id int32
	m  *mention
}

type edgeKey struct {
	sent          int
	src, rel, tgt string
}

func (ar *article) extract() []graph.Edge {
	ar.truecaseHeadlines()
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

// trigger is ar.x.lex.Trigger(s.toks, i) from the forms findMentions looked up
// for the word at i: no lookup.
func (s *sent) trigger(i int) ([]*lexicon.Trigger, int) {
	return s.triggerWithin(i, len(s.toks))
}

// triggerWithin returns the trigger senses at i and the length of the
// phrase, as ar.x.lex.TriggerWithin(s.toks, i, max) does, from the forms
// findMentions looked up (no lookup). A day or another time word may split
// a phrasal trigger, as wire copy writes it ("called Tuesday on Iran",
// "called Sunday for a halt"): the phrase is matched past it and its
// length counts it (splitTrigger); never before "in" or "at", which open a
// place ("called Tuesday in Moscow for"). Cost: one phrase match, two
// when a time word follows the first word; a match with no bound (max
// past the sentence's end) is made once a token and kept (s.trigs).
func (s *sent) triggerWithin(i, max int) ([]*lexicon.Trigger, int) {
	if i < 0 || i >= len(s.wf) || s.wf[i] == nil {
		return nil, 0
	}
	if i < len(s.trigs) && max >= len(s.toks)-i {
		// (a form is never longer than the rest of the sentence, so
		// the match is the one with no bound)
		m := &s.trigs[i]
		if !m.ok {
			trs, n := s.wf[i].trig.Match(s.toks, i, len(s.toks))
			*m = trigMemo{trs: trs, n: int32(n), ok: true, time: i+2 < len(s.toks) && s.isWord(i+1, lexicon.TimeWord)}
		}
		if m.n <= 1 && max > 2 && m.time && s.splitOpen(i) {
			return s.splitMatch(i, max, m.trs, int(m.n))
		}
		return m.trs, int(m.n)
	}
	trs, n := s.wf[i].trig.Match(s.toks, i, max)
	if n <= 1 && max > 2 && s.timeSplits(i) {
		return s.splitMatch(i, max, trs, n)
	}
	return trs, n
}

// splitMatch is triggerWithin's match past the time word after i, where
// timeSplits holds: the longer form found there, or trs and n (the match
// at i) when none.
func (s *sent) splitMatch(i, max int, trs []*lexicon.Trigger, n int) ([]*lexicon.Trigger, int) {
	var buf [6]text.Token
	k := copy(buf[1:], s.toks[i+2:min(len(s.toks), i+7)])
	buf[0] = s.toks[i]
	if t2, n2 := s.wf[i].trig.Match(buf[:k+1], 0, max-1); n2 > 1 {
		return t2, n2 + 1
	}
	return trs, n
}

// timeSplits reports whether a time word right after token i may split a
// phrase that begins there (a day or a time word, no name, and no place
// after it opened by "in" or "at").
func (s *sent) timeSplits(i int) bool {
	return i+2 < len(s.toks) && s.isWord(i+1, lexicon.TimeWord) && s.splitOpen(i)
}

// splitOpen is timeSplits past its test of the words (i+2 < len(s.toks)
// and a time word at i+1): no name at i+1, and no "in" or "at" after it.
func (s *sent) splitOpen(i int) bool {
	return (s.at == nil || s.at[i+1] < 0) && s.toks[i+2].Lower != "in" && s.toks[i+2].Lower != "at"
}

// splitTrigger reports whether the trigger phrase of n tokens at i was
// matched past a time word (triggerWithin), which its text leaves out.
func (s *sent) splitTrigger(i, n int) bool {
	return n > 2 && s.timeSplits(i)
}

// phraseText is the text of the trigger phrase of n tokens at i, without
// the time word that split it ("called Tuesday on": "called on").
func (s *sent) phraseText(i, n int) string {
	if s.splitTrigger(i, n) {
		return triggerText(s.toks[i:i+1]) + " " + triggerText(s.toks[i+2:i+n])
	}
	return triggerText(s.toks[i : i+n])
}

// mayCue reports whether a cue of class c may stand in the sentence: when
// not, s.cue(lex, k, c) is 0 for every k, and a pass that reads only from
// such cues can return at once. A class with no mask bit (c >= 64, as
// presidednoun) always may.
func (s *sent) mayCue(c lexicon.Class) bool { return c >= 64 || s.cues>>c&1 != 0 }

// cueWithin reports whether a cue of class c (c < 64) may begin at a
// token of [from, to): when not, s.cue(lex, k, c) is 0 for each of them.
// Cost: a test of the masks at each token.
func (s *sent) cueWithin(from, to int, c lexicon.Class) bool {
	if c >= 64 {
		return true
	}
	for k := max(from, 0); k < to && k < len(s.single); k++ {
		if (s.single[k]|s.multi[k])>>c&1 != 0 {
			return true
		}
	}
	return false
}

// wordWithin reports whether a word of class c stands in [from, to): the
// exact test cueWithin answers only "may" to for a class with no mask bit.
// Cost: linear in the span.
func (s *sent) wordWithin(from, to int, c lexicon.Class) bool {
	for q := max(from, 0); q < to && q < len(s.toks); q++ {
		if s.isWord(q, c) {
			return true
		}
	}
	return false
}

// hyphenated reports whether the sentence holds a hyphen, plain or
// non-breaking (U+2011, which Token.Lower writes as a plain one): when
// not, no token of it does ("Oman-mediated", "US-led", "Indo-Pakistani"),
// since each token's text is a slice of the sentence's. Cost: a byte scan
// of the sentence.
func (s *sent) hyphenated() bool {
	return strings.IndexByte(s.Text, '-') >= 0 || strings.Contains(s.Text, "\u2011")
}

// eachCue yields, in order, each token k in [from, to) where a cue of
// class c begins, with the cue's length n = s.cue(lex, k, c) > 0; nothing
// when no cue of the class stands in the sentence (mayCue). It is the
// loop of the passes that read from the cues of one class:
//
//	for k, n := range s.eachCue(lex, lexicon.Threat, 1, len(s.toks)) {
//
// Cost: a test of the token's masks at each token of the range (cue's
// common case, without the call), s.cue where a cue of the class may
// begin; nothing when none may stand in the sentence.
func (s *sent) eachCue(lex *lexicon.Lexicon, c lexicon.Class, from, to int) iter.Seq2[int, int] {
	return func(yield func(k, n int) bool) {
		if !s.mayCue(c) {
			return
		}
		for k := from; k < to; k++ {
			if c < 64 && uint(k) < uint(len(s.single)) && (s.single[k]|s.multi[k])>>c&1 == 0 {
				continue // (s.cue is 0: neither mask has the class)
			}
			if n := s.cue(lex, k, c); n > 0 && !yield(k, n) {
				return
			}
		}
	}
}
