package extract

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// via says how a mention named its actor; it sets how sure the extractor is
// of the actor (see resolutionWeight).
type via uint8

const (
	viaName     via = iota // canonical name or alias: "Joe Biden", "Biden", "US"
	viaDemonym             // "Iranian", "the Israelis"
	viaMetonym             // "Tehran", "the White House"
	viaTitled              // a name after a title, not in the dictionary: "spokesman Sean Savet"
	viaLocal               // a surname of a person named earlier in the article
	viaTitle               // a title with no name: "the British prime minister"
	viaCounter             // "his Iranian counterpart"
	viaPronoun             // he, she, it, its
	viaSpeaker             // I, we, our inside a quote
	viaMedia               // a media outlet: never an actor, but blocks the words it covers
	viaBoth                // "both sides", "the two countries": the pair in conflict
	viaDefinite            // "the group", "the country": the last such actor named
	viaMany                // "the three Sahel countries": the last list of that many actors
	viaPlace               // a city as the target of force: its state (places.go)
)

// nameEntry is what a dictionary phrase names.
type nameEntry struct {
	actor graph.Actor
	media bool
	via   via
	form  []caseRule // per token: what case the text must have
	roles []roleRef  // persons: their offices
	city  bool       // metonyms: a capital city, one word with no "the" form ("Luanda", not "the Kremlin")
}

// roleRef is one office of a person, with its role class.
type roleRef struct {
	class, title, from, to string
}

type caseRule uint8

const (
	anyCase  caseRule = iota
	capCase           // "Jordan": the text must be capitalised too ("jordan" is not the state)
	innerCap          // "LeT": the text must have a capital after its first letter ("Let" is a verb)
	allCaps           // "US": the text must be all capitals ("us" is a pronoun)
)

// trie is a token trie over lower-case words.
type trie struct {
	next  map[string]*trie
	entry *nameEntry
}

func (t *trie) add(toks []text.Token, e *nameEntry) {
	n := t
	for _, tok := range toks {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		c := n.next[tok.Lower]
		if c == nil {
			c = &trie{}
			n.next[tok.Lower] = c
		}
		n = c
	}
	switch {
	case n.entry == nil: // the first actor to claim a phrase keeps it
		n.entry = e
	case n.entry.actor == e.actor && len(n.entry.form) == len(e.form):
		// the same actor written two ways ("NATO", and "Nato" as the
		// British press writes it): the text may follow either
		form := slices.Clone(n.entry.form)
		for k, r := range e.form {
			form[k] = min(form[k], r)
		}
		n.entry.form = form
	}
}

// longestFrom is longest for a first word already looked up: c is
// t.next[toks[i].Lower] (nil when none).
func (t *trie) longestFrom(c *trie, toks []text.Token, i int) (*nameEntry, int) {
	var best *nameEntry
	bestN := 0
	for k, n := i, c; n != nil; {
		if n.entry != nil && caseOK(n.entry.form, toks[i:k+1]) {
			best, bestN = n.entry, k+1-i
		}
		if k++; k >= len(toks) || n.next == nil {
			break
		}
		n = n.next[toks[k].Lower]
	}
	return best, bestN
}

// wordInfo is what the extractor knows of a lower-case word, found with
// one lookup a token (Extractor.words): its lexicon masks
// (lexicon.Masks) and the names of the dictionary that begin with it.
type wordInfo struct {
	single, multi uint64
	name          *trie      // names.next[w]
	pron, poss    bool       // w is a pronoun, a possessive pronoun (lexicon)
	opener        bool       // w is one of openerWords
	lists         uint32     // the resolution lists with a phrase that begins with w (phraseList.bit)
	keys          uint64     // the pass keys w is a word of (passKeyWords)
	forms         *wordForms // the lexicon's phrases that begin with w, or nil for none
}

// wordForms are the phrases of the lexicon that begin with a word.
type wordForms struct {
	trig lexicon.Forms     // trigger forms
	cues *lexicon.CueForms // cues of any class
}

// wordTable is Extractor.words: what the extractor knows of each word it
// knows (wordInfo), found by the word. It is an open-addressing hash table
// with a hash of its own that reads a word 8 bytes at a time. Most of the
// lookups findMentions makes (one a token) are of words seen seldom,
// whose memory the caches no longer hold; so a lookup reads a one-byte
// tag of each slot it probes from a small array (16 KB, which stays in
// the caches), and only the entry whose tag matches: one line of 64
// bytes, holding the word's first 8 bytes and length beside its info (a
// word longer than 8 bytes is also compared whole). A word the table does
// not hold mostly costs no read outside the tags. (A Go map of the same
// words reads a group's control word, a slot and the key's bytes, in
// three places.) Read-only once built; safe for concurrent use.
type wordTable struct {
	tags    []uint8 // slot -> a tag of its word's hash (wordTag), 0 for an empty slot; linear probing
	mask    uint64
	entries []wordEntry // slot -> its word
	keys    []string    // slot -> the word (bytes in one block)
}

// wordEntry is a word of wordTable: its first 8 bytes (wordHash), its
// length and what it is (64 bytes, a cache line).
type wordEntry struct {
	head uint64
	size int
	info wordInfo
}

// wordTag is the tag of hash h in wordTable.tags: its top byte, never 0.
func wordTag(h uint64) uint8 {
	if t := uint8(h >> 56); t != 0 {
		return t
	}
	return 1
}

// newWordTable indexes the words of m.
func newWordTable(m map[string]wordInfo) *wordTable {
	ws := make([]string, 0, len(m))
	size := 0
	for w := range m {
		ws = append(ws, w)
		size += len(w)
	}
	slices.Sort(ws) // (the same table every run)
	block := make([]byte, 0, size)
	for _, w := range ws {
		block = append(block, w...)
	}
	all := string(block)
	n := 16
	for n < len(ws)+len(ws)/2 {
		n <<= 1
	}
	t := &wordTable{tags: make([]uint8, n), mask: uint64(n - 1), entries: make([]wordEntry, n), keys: make([]string, n)}
	off := 0
	for _, w := range ws {
		key := all[off : off+len(w)]
		off += len(w)
		h, head := lexicon.HashWord(w)
		for j := h & t.mask; ; j = (j + 1) & t.mask {
			if t.tags[j] == 0 {
				t.tags[j] = wordTag(h)
				t.entries[j] = wordEntry{head: head, size: len(w), info: m[w]}
				t.keys[j] = key
				break
			}
		}
	}
	return t
}

// get returns what the extractor knows of the lower-case word w; the zero
// wordInfo for a word it does not know.
func (t *wordTable) get(w string) *wordInfo {
	h, head := lexicon.HashWord(w)
	tag := wordTag(h)
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		switch t.tags[j] {
		case 0:
			return &noWord
		case tag:
			// a word of at most 8 bytes is its first 8 bytes and its length
			if e := &t.entries[j]; e.head == head && e.size == len(w) && (len(w) <= 8 || t.keys[j] == w) {
				return &e.info
			}
		}
	}
}

// noWord is what get returns for an unknown word (never written).
var noWord wordInfo

// buildWords indexes the words of the lexicon's masks, the first words of
// the names and the pronouns.
func buildWords(lex *lexicon.Lexicon, names *trie) map[string]wordInfo {
	words := make(map[string]wordInfo, len(names.next)+1024)
	lex.EachMasks(func(w string, single, multi uint64) {
		wi := wordInfo{single: single, multi: multi}
		if single>>lexicon.TriggerStart&1 != 0 {
			wi.forms = &wordForms{trig: lex.TriggerForms(w)}
		}
		words[w] = wi
	})
	lex.EachCueForms(func(w string, f *lexicon.CueForms) {
		wi := words[w]
		if wi.forms == nil {
			wi.forms = &wordForms{}
		}
		wi.forms.cues = f
		words[w] = wi
	})
	for w, c := range names.next {
		wi := words[w]
		wi.name = c
		words[w] = wi
	}
	// the one-word cues of a class, marked on their words
	mark := func(c lexicon.Class, set func(*wordInfo)) {
		for _, w := range lex.FirstWords(c) {
			if lex.Is(c, w) {
				wi := words[w]
				set(&wi)
				words[w] = wi
			}
		}
	}
	mark(lexicon.Pronoun, func(wi *wordInfo) { wi.pron = true })
	for _, w := range openerWords {
		wi := words[w]
		wi.opener = true
		words[w] = wi
	}
	mark(lexicon.PossPronoun, func(wi *wordInfo) { wi.poss = true })
	for _, l := range resolutionLists {
		for w := range l.first {
			wi := words[w]
			wi.lists |= l.bit
			words[w] = wi
		}
	}
	for c, ws := range passKeyWords {
		for _, w := range ws {
			wi := words[w]
			wi.keys |= 1 << c
			words[w] = wi
		}
	}
	for _, k := range lexiconKeys {
		for _, w := range lex.FirstWords(k.class) {
			wi := words[w]
			wi.keys |= 1 << k.key
			words[w] = wi
		}
	}
	return words
}

// longest returns the longest entry matching toks from i whose case rules
// the text obeys, and its length.
func (t *trie) longest(toks []text.Token, i int) (*nameEntry, int) {
	n := t
	var best *nameEntry
	bestN := 0
	for k := i; k < len(toks) && n.next != nil; k++ {
		c := n.next[toks[k].Lower]
		if c == nil {
			break
		}
		n = c
		if n.entry != nil && caseOK(n.entry.form, toks[i:k+1]) {
			best, bestN = n.entry, k+1-i
		}
	}
	return best, bestN
}

func caseOK(rules []caseRule, toks []text.Token) bool {
	for k, r := range rules {
		if k >= len(toks) {
			return false
		}
		switch r {
		case capCase:
			if !toks[k].Cap {
				return false
			}
		case allCaps:
			if !toks[k].Upper {
				return false
			}
		case innerCap:
			if !hasInnerCap(toks[k].Text) {
				return false
			}
		}
	}
	return true
}

// hasInnerCap reports whether s has a capital letter after its first
// rune ("LeT", "JeM").
func hasInnerCap(s string) bool {
	_, n := utf8.DecodeRuneInString(s)
	for _, r := range s[n:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func caseRules(toks []text.Token) []caseRule {
	rs := make([]caseRule, len(toks))
	for k, t := range toks {
		switch {
		case t.Upper && len([]rune(t.Text)) <= 4:
			rs[k] = allCaps
		case t.Cap && len([]rune(t.Text)) <= 4 && hasInnerCap(t.Text):
			rs[k] = innerCap
		case t.Cap:
			rs[k] = capCase
		}
	}
	return rs
}

// office returns the role a person held on date (YYYY-MM-DD, or "" for
// unknown): the role whose dates hold it, else the current one (no end
// date), else the first listed.
func office(roles []roleRef, date string) (class, title string) {
	if len(roles) == 0 {
		return "", ""
	}
	if date != "" {
		for _, r := range roles {
			if (r.from == "" || r.from <= date) && (r.to == "" || date < r.to) {
				return r.class, r.title
			}
		}
	}
	for _, r := range roles {
		if r.to == "" {
			return r.class, r.title
		}
	}
	return roles[0].class, roles[0].title
}

// buildNames makes the trie of every name, alias, demonym and metonym of
// the dictionary. Media outlets are in it too, so that "Times of Israel"
// is read as an outlet and not as Israel.
//
// A person's name and aliases are also added in the spellings news uses
// interchangeably (spellings: "Mohamed Hamdan Dagalo" is found as
// "Mohammed Hamdan Dagalo"), and with a particle joined by a hyphen or a
// space ("Abdel-Fattah Burhan"). Cost: O(names) with at most
// maxSpellings forms a name.
func buildNames(d *dict.Dictionary, roleClass func(string) string, spellings func(string) []string) *trie {
	root := &trie{}
	add := func(s string, e nameEntry) {
		toks := text.Tokenize(s)
		if len(toks) == 0 {
			return
		}
		e.form = caseRules(toks)
		root.add(toks, &e)
		// "the White House" is also found as "White House"
		if len(toks) > 1 && toks[0].Lower == "the" {
			e2 := e
			e2.form = e.form[1:]
			root.add(toks[1:], &e2)
		}
	}
	// a user's entry claims the phrases it shares with another actor
	// (dict.Overlaps): the trie keeps the first actor to claim a phrase, so
	// the user's entries go in first
	for e := range userFirst(d) {
		a := graph.Actor{Name: e.Name, Kind: graph.Kind(e.Kind), Country: e.Country}
		media := e.Kind == dict.Media
		var roles []roleRef
		for _, r := range e.Roles {
			roles = append(roles, roleRef{class: roleClass(r.Title), title: text.Lower(r.Title), from: r.From, to: r.To})
		}
		add(e.Name, nameEntry{actor: a, media: media, via: viaName, roles: roles})
		for _, s := range e.Aliases {
			add(s, nameEntry{actor: a, media: media, via: viaName, roles: roles})
		}
		if e.Kind == dict.Person {
			seen := map[string]bool{e.Name: true}
			for _, s := range e.Aliases {
				seen[s] = true
			}
			for _, s := range append([]string{e.Name}, e.Aliases...) {
				for _, v := range nameSpellings(s, spellings) {
					if !seen[v] {
						seen[v] = true
						add(v, nameEntry{actor: a, media: media, via: viaName, roles: roles})
					}
				}
			}
		}
		for _, s := range e.Demonyms {
			add(s, nameEntry{actor: a, media: media, via: viaDemonym})
			// "the Israelis"
			if len(s) > 0 && unicode.IsUpper([]rune(s)[0]) {
				add("the "+s, nameEntry{actor: a, media: media, via: viaDemonym})
			}
		}
		for _, s := range e.Metonyms {
			city := !strings.Contains(s, " ") && !slices.Contains(e.Metonyms, "the "+s)
			add(s, nameEntry{actor: a, media: media, via: viaMetonym, city: city})
		}
	}
	return root
}

// userFirst yields the entries read from users' files, the latest read
// first (dict.UserOrder: a later line or file wins a phrase they share),
// then the others in the dictionary's order.
func userFirst(d *dict.Dictionary) iter.Seq[dict.Entry] {
	return func(yield func(dict.Entry) bool) {
		for _, n := range d.UserOrder() {
			if e, ok := d.Lookup(n); ok && !yield(e) {
				return
			}
		}
		for _, e := range d.Entries() {
			if !e.FromUser() && !yield(e) {
				return
			}
		}
	}
}

// maxSpellings bounds the spellings a name is added in.
const maxSpellings = 12

// nameSpellings returns the other spellings of a person's name of two or
// more words: each word swapped for the other spellings of its set, a
// hyphen between two capitalised parts made a space, or the reverse after
// a particle with other spellings ("Abdel Fattah" and "Abdel-Fattah"), and
// a hyphenated article fused to its name ("al-Busaidi", "Albusaidi"). At
// most maxSpellings.
func nameSpellings(name string, spellings func(string) []string) []string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil
	}
	forms := [][]string{words}
	// a hyphen between two capitalised parts, and the reverse
	var joined []string
	changed := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		if a, b, ok := strings.Cut(w, "-"); ok && capital(a) && capital(b) {
			joined = append(joined, a, b)
			changed = true
			continue
		}
		if i+1 < len(words) && len(spellings(w)) > 0 && capital(words[i+1]) && capital(w) && len(w) <= 5 && strings.HasPrefix(w, "Abd") {
			joined = append(joined, w+"-"+words[i+1])
			changed = true
			i++
			continue
		}
		joined = append(joined, w)
	}
	if changed {
		forms = append(forms, joined)
	}
	// a particle fused to the name: "Badr al-Busaidi" is also written "Badr
	// Albusaidi" (the official romanisation of some Gulf states)
	var fused []string
	for i, w := range words {
		for _, p := range []string{"al-", "Al-", "el-", "El-"} {
			if rest, ok := strings.CutPrefix(w, p); ok && capital(rest) && len(rest) > 2 {
				g := slices.Clone(words)
				g[i] = strings.ToUpper(p[:1]) + p[1:2] + strings.ToLower(rest)
				fused = append(fused, strings.Join(g, " "))
			}
		}
	}
	var out []string
	out = append(out, fused...)
	for n, f := range forms {
		if len(out) >= maxSpellings {
			break
		}
		if n > 0 {
			out = append(out, strings.Join(f, " ")) // the hyphen form itself
		}
		for i, w := range f {
			for _, alt := range spellings(w) {
				if len(out) >= maxSpellings {
					break
				}
				g := slices.Clone(f)
				g[i] = alt
				out = append(out, strings.Join(g, " "))
			}
		}
	}
	// the name itself is no other spelling
	return slices.DeleteFunc(out, func(s string) bool { return s == name })
}

// capital reports whether s begins with an upper-case letter.
func capital(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// gappedName returns the name that the word at i forms with the head of
// the name after "and" ("North and South Korea": North Korea), when both
// are names of the same kind; else nil. Cost: two trie walks.
func (x *Extractor) gappedName(infos []*wordInfo, toks []text.Token, i int) *nameEntry {
	e2, n2 := x.names.longestFrom(infos[i+2].name, toks, i+2)
	if n2 < 2 || e2.media || !toks[i+2].Cap {
		return nil
	}
	syn := make([]text.Token, 0, n2)
	syn = append(append(syn, toks[i]), toks[i+3:i+2+n2]...)
	e1, n1 := x.names.longestFrom(x.words.get(toks[i].Lower).name, syn, 0)
	if n1 != len(syn) || e1.media || e1.actor.Kind != e2.actor.Kind || e1.actor.Name == e2.actor.Name {
		return nil
	}
	return e1
}

// gappedPlural reads two names that share a plural head: "the Donetsk and
// Lugansk People's Republics" is the Donetsk People's Republic and the
// Luhansk People's Republic. It returns both and the end of the second
// conjunct, or nils. Cost: two trie walks over at most five words.
func (x *Extractor) gappedPlural(infos []*wordInfo, toks []text.Token, i int) (*nameEntry, *nameEntry, int) {
	end := i + 2
	for end < len(toks) && end < i+7 && (toks[end].Kind == text.Word && toks[end].Cap || toks[end].Kind == text.Poss) {
		end++
	}
	last := end - 1
	if last <= i+2 || toks[last].Kind != text.Word || !strings.HasSuffix(toks[last].Lower, "s") {
		return nil, nil, 0
	}
	single := toks[last]
	single.Text, single.Lower = single.Text[:len(single.Text)-1], single.Lower[:len(single.Lower)-1]
	syn2 := append(append(make([]text.Token, 0, end-i-2), toks[i+2:last]...), single)
	e2, n2 := x.names.longestFrom(infos[i+2].name, syn2, 0)
	if n2 != len(syn2) || e2.media {
		return nil, nil, 0
	}
	syn1 := append(append(append(make([]text.Token, 0, end-i-2), toks[i]), toks[i+3:last]...), single)
	e1, n1 := x.names.longestFrom(x.words.get(toks[i].Lower).name, syn1, 0)
	if n1 != len(syn1) || e1.media || e1.actor.Kind != e2.actor.Kind || e1.actor.Name == e2.actor.Name {
		return nil, nil, 0
	}
	return e1, e2, end
}
