package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// headsOfSidesAt matches the leaders of the two sides of a conflict at i:
// "the heads of Libya's warring sides", "the leaders of the two
// countries", "the leaders of both parties", "the heads of the rival
// factions". A side word needs "both", "two", "warring", "rival" or
// "feuding" before it: "the leaders of the countries" names no pair. It
// returns the length, or 0.
func headsOfSidesAt(s *sent, i int) int {
	toks := s.toks
	if toks[i].Lower != "the" || i+3 >= len(toks) || !s.isWord(i+1, lexicon.HeadsNoun) || toks[i+2].Lower != "of" {
		return 0
	}
	j := i + 3
	switch {
	case toks[j].Lower == "the" || toks[j].Lower == "both":
		j++
	case toks[j].Cap && toks[j].Kind == text.Word && j+1 < len(toks) && toks[j+1].Kind == text.Poss:
		j += 2 // "Libya's"
	}
	paired := toks[i+3].Lower == "both"
	for j < len(toks) && s.isWord(j, lexicon.SideMod) {
		paired = true
		j++
	}
	if j < len(toks) && paired && s.isWord(j, lexicon.SideNoun) {
		return j + 1 - i
	}
	return 0
}

// pairWindow is how many sentences back "the heads of the warring sides"
// looks for the two persons who lead them.
const pairWindow = 3

// resolveHeads settles "the heads of the warring sides" (mention m of s):
// the two persons last named together (coordinated) in the pairWindow
// sentences before, or the two persons of the latest of those sentences
// that names exactly two ("Fayez Sarraj and Khalifa Haftar ... were both
// in Berlin. Merkel held talks with the heads of Libya's warring sides");
// else the leaders the article names of the two sides of its main
// conflict, or those two sides. No actor named before m in s is a head.
func (ar *article) resolveHeads(s *sent, m *mention) {
	// the pair must not hold an actor of the sentence before m: "Merkel
	// and Maas held talks with the heads of ..." are not the heads
	before := func(p [2]graph.Actor) bool {
		for _, o := range s.ments {
			if o.start < m.start && o.ok && (o.actor.Name == p[0].Name || o.actor.Name == p[1].Name) {
				return true
			}
		}
		return false
	}
	for i := s.Index - 1; i >= s.Index-pairWindow; i-- {
		o := ar.sentAt(i)
		if o == nil {
			continue
		}
		if p, ok := ar.pairIn(o, len(o.toks)); ok && p[0].Kind == graph.Person && p[1].Kind == graph.Person && !before(p) {
			m.pair, m.actor, m.ok = &p, p[0], true
			return
		}
		// "Fayez Sarraj, the head of the GNA, and Khalifa Haftar, the
		// commander of the LNA, were both in Berlin": the sentence names
		// exactly two persons, set apart by appositions
		if p, ok := twoPersons(o); ok && !before(p) {
			m.pair, m.actor, m.ok = &p, p[0], true
			return
		}
	}
	if p, ok := ar.mainPair(s.Index, true); ok && !before(p) {
		p = [2]graph.Actor{ar.leaderOf(p[0], s.Index, "head", "government"), ar.leaderOf(p[1], s.Index, "head", "government")}
		m.pair, m.actor, m.ok = &p, p[0], true
	}
}

// twoPersons returns the two persons of s when it names exactly two.
func twoPersons(s *sent) ([2]graph.Actor, bool) {
	var p [2]graph.Actor
	n := 0
	for _, m := range s.ments {
		if !m.ok || m.media || m.actor.Kind != graph.Person || n > 0 && p[0].Name == m.actor.Name || n > 1 && p[1].Name == m.actor.Name {
			continue
		}
		if n == 2 {
			return p, false
		}
		p[n] = m.actor
		n++
	}
	return p, n == 2
}

// weMet reports whether the verb at e is one of meeting or talking, a
// reciprocal SPOKE_WITH trigger ("\"We spoke with them individually,\"
// Merkel said"): those who meet are persons in the room, so "we" there is
// the speaker, not the state. "We made it clear to Iran" stays the state's.
func (ar *article) weMet(s *sent, e int) bool {
	if !s.is(e, lexicon.TriggerStart) {
		return false
	}
	trs, _ := s.trigger(e)
	return len(trs) > 0 && trs[0].Relation == graph.SpokeWith && trs[0].Frame.Recip
}

// pairForThem is the pair "them" or "they" at token k of s stands for, as
// pairBefore, with two rules of reference: inside a quotation it is never a
// group holding the quotation's speaker (who would say "we"), and "the
// heads of the warring sides" before it, settled to two persons, is a pair.
func (ar *article) pairForThem(s *sent, k int) []mention {
	sp := ar.quoteSpeakerName(s, k)
	holds := func(ms []mention) bool {
		for _, m := range ms {
			if sp != "" && m.actor.Name == sp {
				return true
			}
		}
		return false
	}
	for g := len(s.groups) - 1; g >= 0; g-- {
		if s.groups[g].end > k {
			continue
		}
		if len(s.groups[g].ms) > 1 && s.groups[g].start <= 1 && !ar.subjectBetween(s, s.groups[g].end, k) {
			return nil // "France and the UN ... accused them": never the clause's own subject
		}
		ms := s.groupMentions(g)
		if len(ms) == 1 && ms[0].via == viaBoth && ms[0].heads && ms[0].pair != nil {
			p := *ms[0].pair
			a, b := ms[0], ms[0]
			a.actor, b.actor, a.pair, b.pair = p[0], p[1], nil, nil
			ms = []mention{a, b}
		}
		if len(ms) > 1 && !holds(ms) {
			return ms
		}
		if len(ms) > 1 && sp == "" {
			break
		}
	}
	if ar.lastPairSent == s.Index-1 && !holds(ar.lastPair) {
		return ar.lastPair
	}
	return nil
}

// quoteSpeakerName is the name of who speaks the quotation holding token k
// of s: known already, or named right after its closing mark in s ("...,"
// Scholz said); "" outside a quotation or when not found.
func (ar *article) quoteSpeakerName(s *sent, k int) string {
	q := s.toks[k].QuoteID
	if q <= 0 {
		return ""
	}
	if r, ok := ar.speakers[q]; ok && r.m.ok {
		return r.m.actor.Name
	}
	j := -1
	for i := k; i < len(s.toks); i++ {
		if s.toks[i].QuoteID == q {
			j = i + 1
		}
	}
	for j >= 0 && j < len(s.toks) && s.toks[j].Text == "," {
		j++
	}
	if j < 0 {
		return ""
	}
	if m := ar.speakerAt(s, j); m != nil && m.ok {
		return m.actor.Name
	}
	return ""
}

// pairHoldsSpeaker reports whether the pair p, a reading of "they" or
// "them" at token k, holds the speaker of the quotation around k, who
// would have said "we".
func (ar *article) pairHoldsSpeaker(s *sent, k int, p [2]graph.Actor) bool {
	sp := ar.quoteSpeakerName(s, k)
	return sp != "" && (p[0].Name == sp || p[1].Name == sp)
}

// otherPair settles "them" (mention m of s) in a quotation whose speaker is
// one of the pair named in the sentence before: the other pair that
// sentence names, "the heads of the warring sides" settled to two ("Scholz
// and Baerbock held talks with the heads of the warring sides. \"We spoke
// with them one by one,\" Scholz said").
func (ar *article) otherPair(s *sent, m *mention) {
	if o := ar.sentAt(s.Index - 1); o != nil {
		for _, b := range o.ments {
			if b.via == viaBoth && b.ok && b.pair != nil && !ar.pairHoldsSpeaker(s, m.start, *b.pair) {
				p := *b.pair
				m.pair, m.ok, m.via, m.actor = &p, true, viaBoth, p[0]
				return
			}
		}
	}
}

// bareBoth reads a bare "both" at j with no pair before it in the
// sentence ("despite US calls for both to calm tensions"): the two sides of
// the article's conflict (mainPair), as "both sides" would be.
func (ar *article) bareBoth(s *sent, j int) []mention {
	p, ok := ar.mainPair(s.Index, true)
	if !ok {
		return nil
	}
	a := mention{start: j, end: j + 1, actor: p[0], ok: true, via: viaBoth, pair: &p}
	b := a
	b.actor = p[1]
	return []mention{a, b}
}

// sidesWindow is how many sentences back topTwoStates counts states: a
// fixed reach, so an article reads the same whole and in windows (which
// carry 16 KiB of context before them).
const sidesWindow = 30

// sidesAhead is how many sentences after si topTwoStates counts too (well
// inside the 4 KiB a window reads past its end).
const sidesAhead = 8

// topTwoStates is the pair "the two sides" at sentence si stands for in an
// article that never names two states together: the two states named most
// (by name, demonym, metonym or a member) from sidesWindow sentences before
// si to sidesAhead after it, each at least twice, both clearly ahead of any third, and named
// together with a hostile act there ("the Chinese Army returned 10 Indian
// soldiers after the clash. ... negotiations between the two sides"): a
// host and a guest are no sides. Cost: O(mentions in the reach).
func (ar *article) topTwoStates(si int) ([2]graph.Actor, bool) {
	count := map[string]int{}
	var order []string
	reach := ar.reach(si, sidesWindow, sidesAhead)
	for _, s := range reach {
		for _, m := range s.ments {
			if c := mentionState(m); c != "" {
				if count[c] == 0 {
					order = append(order, c)
				}
				count[c]++
			}
		}
	}
	var top [3]string
	var n [3]int
	for _, c := range order { // first named first on a tie
		k := count[c]
		switch {
		case k > n[0]:
			top[2], n[2], top[1], n[1] = top[1], n[1], top[0], n[0]
			top[0], n[0] = c, k
		case k > n[1]:
			top[2], n[2] = top[1], n[1]
			top[1], n[1] = c, k
		case k > n[2]:
			top[2], n[2] = c, k
		}
	}
	if n[1] < 2 || n[1] <= n[2] || !ar.metInConflict(reach, top[0], top[1]) {
		return [2]graph.Actor{}, false
	}
	return [2]graph.Actor{stateActor(top[0]), stateActor(top[1])}, true
}

// mentionState is the state a resolved mention names or belongs to, or "".
func mentionState(m mention) string {
	if !m.ok || m.media {
		return ""
	}
	if m.actor.Kind == graph.State {
		return m.actor.Name
	}
	return m.actor.Country
}

// metInConflict reports whether a sentence of ss names states a and b (by
// any mention of them or their people) together with a trigger of a
// conflict relation.
func (ar *article) metInConflict(ss []*sent, a, b string) bool {
	for _, s := range ss {
		var hasA, hasB bool
		for _, m := range s.ments {
			c := mentionState(m)
			hasA = hasA || c == a
			hasB = hasB || c == b
		}
		if hasA && hasB && ar.hostile(s) {
			return true
		}
	}
	return false
}

// ownedSidesAt matches "warring parties" (sides, factions) right after a
// possessive at i: "Yemen's warring parties", "Libya's rival factions". It
// returns the length, or 0.
func ownedSidesAt(lex *lexicon.Lexicon, s *sent, i int) int {
	toks := s.toks
	if i < 2 || toks[i-1].Kind != text.Poss || i+1 >= len(toks) || s.cue(lex, i, lexicon.RivalMod) == 0 {
		return 0
	}
	if s.cue(lex, i+1, lexicon.RivalNoun) > 0 {
		return 2
	}
	return 0
}

// resolveOwnedSides settles "Yemen's warring parties" (mention k of s):
// the sides of a civil conflict are both of the owner's country, so the
// pair named together most often whose two members are of that country;
// else the owner state and the armed group of that country the article
// names most ("the Houthis").
func (ar *article) resolveOwnedSides(s *sent, k int) {
	m := &s.ments[k]
	if k == 0 {
		return
	}
	o := s.ments[k-1]
	if !o.ok || o.actor.Kind != graph.State || o.end != m.start-1 {
		return
	}
	if best, ok := ar.sidesOf(s, o.actor.Name); ok {
		m.pair, m.ok, m.actor = &best, true, best[0]
	}
}

// demonymSides reads "both Sudanese parties", "the two Libyan sides": the
// sides of one state's civil conflict told by its demonym (sidesOf). The
// demonym's mention becomes the pair, the words around it included; with
// no pair known it stays the state. Cost: linear in the sentence's
// mentions.
func (ar *article) demonymSides(s *sent) {
	toks := s.toks
	changed := false
	for k := range s.ments {
		m := &s.ments[k]
		if m.via != viaDemonym || !m.ok || m.actor.Kind != graph.State || m.end >= len(toks) || !s.isWord(m.end, lexicon.SideNoun) || !strings.HasSuffix(toks[m.end].Lower, "s") {
			continue
		}
		b := m.start - 1
		switch {
		case b >= 0 && toks[b].Lower == "both":
		case b >= 1 && toks[b].Lower == "two" && toks[b-1].Lower == "the":
			b--
		default:
			continue
		}
		if best, ok := ar.sidesOf(s, m.actor.Name); ok {
			m.start, m.end = b, m.end+1
			m.via, m.head, m.pair, m.actor = viaBoth, "owned", &best, best[0]
			changed = true
		}
	}
	if changed {
		s.index()
	}
}

// sidesOf returns the two sides of state c's civil conflict: the pair of
// actors both of c named together most often in the article; else c and
// the armed group of c named most near s (at least twice).
func (ar *article) sidesOf(s *sent, c string) ([2]graph.Actor, bool) {
	count := map[[2]string]int{}
	var best [2]graph.Actor
	bestN := 0
	for _, p := range ar.named2 {
		if p.a.Country != c || p.b.Country != c {
			continue
		}
		key := [2]string{p.a.Name, p.b.Name}
		if key[1] < key[0] {
			key[0], key[1] = key[1], key[0]
		}
		count[key]++
		if count[key] > bestN {
			best, bestN = [2]graph.Actor{p.a, p.b}, count[key]
		}
	}
	if bestN == 0 {
		groups := map[string]int{}
		var g graph.Actor
		n := 0
		for _, o := range ar.reach(s.Index, sidesWindow, sidesAhead) {
			for _, gm := range o.ments {
				if gm.ok && !gm.media && gm.actor.Kind == graph.Org && gm.actor.Country == c {
					groups[gm.actor.Name]++
					if groups[gm.actor.Name] > n {
						g, n = gm.actor, groups[gm.actor.Name]
					}
				}
			}
		}
		if n < 2 {
			return best, false
		}
		best = [2]graph.Actor{stateActor(c), g}
	}
	return best, true
}
