package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Pairs named together: the article records the two states or groups a
// sentence names together ("Israel and Iran", "between India and
// Pakistan"), twice when the sentence tells an attack of one on the other
// (notePairs, noteHostilePair), and the last group of two or more
// (notePair). "Both sides", "the two countries", "the warring parties",
// "the two Balkan states" are matched as mentions (bothAt, twoOfRegionAt)
// and resolved to the pair named right before (recentPair, pairIn), to the
// two persons of the sentence before, or to the pair named most often
// (mainPair); "them" reaches the pair named before it (pairBefore).

// mainPair is the pair "both sides" stands for at sentence si: of the pairs
// named together up to si (or, if none, anywhere), the one named most
// often, the latest on a tie. For "the warring parties" (warring) the pairs
// where one attacked the other come first. Cost: O(pairs named).
func (ar *article) mainPair(si int, warring bool) ([2]graph.Actor, bool) {
	if warring {
		if p, ok := ar.countPairs(si, true); ok {
			return p, true
		}
	}
	return ar.countPairs(si, false)
}

// countPairs is mainPair over the pairs seen, only the hostile ones when
// hostileOnly.
func (ar *article) countPairs(si int, hostileOnly bool) ([2]graph.Actor, bool) {
	count := map[[2]string]int{}
	var best [2]graph.Actor
	bestN := 0
	for _, lim := range []int{si - 1, si, 1 << 30} {
		for _, p := range ar.named2 {
			if p.sent > lim || hostileOnly && !p.hostile || p.charge && p.sent > si {
				continue
			}
			k := [2]string{p.a.Name, p.b.Name}
			if k[1] < k[0] {
				k[0], k[1] = k[1], k[0]
			}
			count[k]++
			if count[k] >= bestN {
				best, bestN = [2]graph.Actor{p.a, p.b}, count[k]
			}
		}
		if bestN > 0 {
			return best, true
		}
	}
	return best, false
}

// namedBefore reports whether an actor of the pair p is named, outside a
// prepositional phrase, by a mention before mention k of s: "Brazil,
// which borders both countries" does not count Brazil among them.
func (ar *article) namedBefore(s *sent, k int, p [2]graph.Actor) bool {
	// the subject: the first actor of the sentence outside a prepositional
	// phrase that owns nothing ("China, Pakistan's ally, called on both
	// sides" counts China only)
	for q := 0; q < k && q < len(s.ments); q++ {
		m := s.ments[q]
		if !m.ok || m.media || m.possPron || ar.afterPrep(s, m.start) || m.end < len(s.toks) && s.toks[m.end].Kind == text.Poss {
			continue
		}
		// the head of a coordination: "between Israel and Hezbollah"
		start := m.start
		for h := q; h > 0 && ar.coordinated(s, s.ments[h-1].end, s.ments[h].start) > 0; h-- {
			start = s.ments[h-1].start
		}
		if ar.afterPrep(s, start) {
			continue
		}
		return m.actor.Name == p[0].Name || m.actor.Name == p[1].Name
	}
	return false
}

// noteHostilePair counts the two states or groups of a sentence that
// reports an attack and names exactly two of them ("India launched strikes
// on nine sites in Pakistan") as a pair of sides, twice, like a hostile
// coordination: "both sides" later are those two.
func (ar *article) noteHostilePair(s *sent) {
	if len(s.ments) < 2 {
		return // (a pair needs two mentions, one each side of the act)
	}
	for t := range s.toks {
		if !s.is(t, lexicon.TriggerStart) || s.at[t] >= 0 {
			continue
		}
		trs, _ := s.trigger(t)
		if len(trs) == 0 || trs[0].Relation != graph.Attacked && !(trs[0].Relation == graph.Accused && trs[0].POS == lexicon.Verb) {
			continue // (a charge between two makes them sides of a dispute: "Armenia accused Baku of ...")
		}
		// the attacker: the nearest actor before, outside a prepositional
		// phrase; the attacked: the first actor after, within a few words
		var a, b *mention
		for q := len(s.ments) - 1; q >= 0; q-- {
			m := &s.ments[q]
			if m.end <= t && sideActor(m) {
				if !ar.afterPrep(s, m.start) && !ar.clauseBreak(s, m.end, t) {
					a = m // ("Cambodian leaders agreed ..., after a push by the US": no attacker)
				}
				break
			}
		}
		for q := range s.ments {
			m := &s.ments[q]
			if m.start > t && m.start <= t+10 && sideActor(m) {
				if in := s.toks[m.start-1].Lower; (in == "in" || in == "at") && !ar.verbContext(s, t) {
					break // "Sudan's war opened talks in Switzerland": a place, not a side
				}
				if ar.clauseBreak(s, t+1, m.start) {
					break // "halt hostilities ..., after a push by the US": another clause's actor
				}
				b = m
				break
			}
		}
		if a != nil && b != nil && a.actor.Name != b.actor.Name {
			ar.named2 = append(ar.named2, pairSeen{a: a.actor, b: b.actor, sent: s.Index, hostile: true, charge: trs[0].Relation == graph.Accused})
			return
		}
	}
}

// clauseBreak reports whether a comma, a semicolon or a clause word stands
// in tokens [from, to).
func (ar *article) clauseBreak(s *sent, from, to int) bool {
	for q := from; q < to; q++ {
		if s.toks[q].Text == "," || s.toks[q].Text == ";" || s.is(q, lexicon.Clause) {
			return true
		}
	}
	return false
}

// sideActor reports whether m can be a side of a conflict: a resolved state
// or organisation.
func sideActor(m *mention) bool {
	return m.ok && !m.media && !m.possPron && m.via != viaBoth && m.via != viaPronoun && m.actor.Kind != graph.Person
}

// recentPair is the pair of actors named together in the sentence before
// ("Trump and Putin
// spoke. Both leaders agreed ...", "... India and Pakistan. The UN urged
// them ..."). A list of three or more is no pair.
func (ar *article) recentPair(s *sent, k int) (p [2]graph.Actor, ok, same bool) {
	// "Macron and Merz held a news conference, where both leaders said":
	// a pair earlier in the sentence when "both ..." opens a clause of its own
	if k > 0 && k < len(s.toks) {
		e := k
		for e < len(s.toks) && e < k+4 && s.toks[e].Kind == text.Word && (s.toks[e].Lower == "both" || s.toks[e].Lower == "the" || s.toks[e].Lower == "two" || !s.toks[e].Cap && s.isWord(e, lexicon.BothNoun) || s.toks[e].Lower == "pair") {
			e++
		}
		if e < len(s.toks) && (s.cue(ar.x.lex, e, lexicon.Say) > 0 || s.is(e, lexicon.Aux) && s.toks[e].Lower != "to" || strings.HasSuffix(s.toks[e].Lower, "ed")) && s.isWord(k-1, lexicon.Clause) {
			if p, ok := ar.pairIn(s, k); ok {
				return p, true, true
			}
		}
	}
	if s.Index > 0 && s.Index-1 < len(ar.sents) && ar.sents[s.Index-1].Index == s.Index-1 {
		ps := ar.sents[s.Index-1]
		if p, ok = ar.pairIn(ps, len(ps.toks)); ok {
			return p, ok, false
		}
		// "spoke with both leaders" before: the pair it resolved to
		for _, m := range ps.ments {
			if m.via == viaBoth && m.ok && m.pair != nil {
				return *m.pair, true, false
			}
		}
	}
	return p, false, false
}

// talkVerbAt reports whether a verb of talking (a SPOKE_WITH verb) opens at
// k, past an adverb: "The two discussed", "the two also agreed".
func (ar *article) talkVerbAt(s *sent, k int) bool {
	for q := k; q < len(s.toks) && q < k+2; q++ {
		if trs, _ := s.trigger(q); len(trs) > 0 {
			for _, t := range trs {
				if t.Relation == graph.SpokeWith && t.POS == lexicon.Verb {
					return true
				}
			}
			return false
		}
		if !strings.HasSuffix(s.toks[q].Lower, "ly") && s.toks[q].Lower != "also" {
			return false
		}
	}
	return false
}

// twoPersonsBefore returns the first two persons named in the sentence
// before s, when it names two.
func (ar *article) twoPersonsBefore(s *sent) ([2]graph.Actor, bool) {
	var p [2]graph.Actor
	if s.Index == 0 || s.Index-1 >= len(ar.sents) {
		return p, false
	}
	n := 0
	for _, m := range ar.sents[s.Index-1].ments {
		if !m.ok || m.media || m.actor.Kind != graph.Person || n == 1 && m.actor.Name == p[0].Name {
			continue
		}
		p[n] = m.actor
		if n++; n == 2 {
			return p, true
		}
	}
	return p, false
}

// twoPersonsOfLast returns the two persons of the sentence before s when
// it names exactly two.
func (ar *article) twoPersonsOfLast(s *sent) ([2]graph.Actor, bool) {
	if o := ar.sentAt(s.Index - 1); o != nil {
		return twoPersons(o)
	}
	return [2]graph.Actor{}, false
}

// pairIn finds the last two coordinated actors before token k of s.
func (ar *article) pairIn(s *sent, k int) ([2]graph.Actor, bool) {
	// a pair that is no object of a preposition first: "Thai and Cambodian
	// leaders held talks, with Washington and Beijing dispatching envoys.
	// Both sides ..." are the Thais and Cambodians
	if p, ok := ar.pairInFrom(s, k, true); ok {
		return p, ok
	}
	return ar.pairInFrom(s, k, false)
}

// pairInFrom is pairIn, skipping pairs after a preposition when free.
func (ar *article) pairInFrom(s *sent, k int, free bool) ([2]graph.Actor, bool) {
	for q := len(s.ments) - 2; q >= 0; q-- {
		a, b := s.ments[q], s.ments[q+1]
		bStart := b.start
		if b.possPron && q+2 < len(s.ments) && (s.ments[q+2].start <= b.end+3 || ar.titledMember(s, a.end, s.ments[q+2].start)) {
			// "Wagner and her Rwandan counterpart Nduhungirehe"
			b = s.ments[q+2]
		}
		if b.end > k || !a.ok || !b.ok || a.media || b.media || a.possPron || b.possPron || a.via == viaBoth || b.via == viaBoth || a.via == viaPronoun || b.via == viaPronoun {
			continue
		}
		if a.actor.Name == b.actor.Name || ar.coordinated(s, ar.organEnd(s, &a), bStart) != 2 {
			continue
		}
		if free && a.start > 0 && (ar.afterPrep(s, a.start) || s.is(a.start-1, lexicon.Prep)) {
			continue
		}
		if q+2 < len(s.ments) && s.ments[q+2].end <= k && ar.coordinated(s, b.end, s.ments[q+2].start) > 0 {
			continue
		}
		if q > 0 && ar.coordinated(s, s.ments[q-1].end, a.start) > 0 && s.ments[q-1].actor.Name != a.actor.Name {
			continue // (not "the president, Mwai Kibaki, and ...": a title before its name)
		}
		return [2]graph.Actor{a.actor, b.actor}, true
	}
	return [2]graph.Actor{}, false
}

// notePairs records the states or groups named two together in s ("Israel
// and Iran", "between India and Pakistan").
func (ar *article) notePairs(s *sent) {
	defer ar.noteHostilePair(s)
	for k := 0; k+1 < len(s.ments); k++ {
		a, b := ar.earlyDefinite(s, k), ar.earlyDefinite(s, k+1)
		if !a.ok || !b.ok || a.media || b.media || a.possPron || b.possPron || a.via == viaBoth || b.via == viaBoth {
			continue
		}
		if a.actor.Kind == graph.Person || b.actor.Kind == graph.Person || a.actor.Name == b.actor.Name {
			continue
		}
		if ar.coordinated(s, ar.organEnd(s, &a), b.start) != 2 {
			continue
		}
		if a.start > 0 && s.toks[a.start-1].Lower == "from" {
			continue // "mediators from Turkey and Saudi Arabia" are no sides
		}
		if a.start > 0 && s.toks[a.start-1].Lower == "with" && b.end < len(s.toks) && strings.HasSuffix(s.toks[b.end].Lower, "ing") {
			continue // "..., with Washington and Beijing dispatching envoys": onlookers
		}
		if a.start > 1 && s.toks[a.start-1].Lower == "by" && s.cue(ar.x.lex, a.start-2, lexicon.Mediate) > 0 {
			continue // "talks mediated by Qatar and Turkey": the mediators are no sides
		}
		if ar.jointActors(s, b.end) {
			continue // "France and the US urged Baku to stop": allies acting together, no sides
		}
		// exactly two: not part of a longer list
		if k+2 < len(s.ments) && ar.coordinated(s, b.end, s.ments[k+2].start) > 0 {
			continue
		}
		if k > 0 && ar.coordinated(s, s.ments[k-1].end, a.start) > 0 {
			continue
		}
		ar.named2 = append(ar.named2, pairSeen{a: a.actor, b: b.actor, sent: s.Index})
		if ar.hostile(s) {
			// a pair named with a hostile act counts twice: "both sides"
			// are more often the sides of a conflict than two allies
			ar.named2 = append(ar.named2, pairSeen{a: a.actor, b: b.actor, sent: s.Index})
		}
	}
}

// hostile reports whether s holds a trigger of a conflict relation.
func (ar *article) hostile(s *sent) bool {
	for k := range s.toks {
		if !s.is(k, lexicon.TriggerStart) {
			continue
		}
		trs, _ := s.trigger(k)
		for _, t := range trs {
			if t.Relation.Conflict() {
				return true
			}
		}
	}
	return false
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
		if i+3 < len(toks) && (toks[i+2].Lower == "in" || toks[i+2].Lower == "within" || toks[i+2].Lower == "inside") && withinState(s, i+3) {
			return 0 // "all sides in the country": the sides of a conflict within a state, no pair named before
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
	if n := pluralTitleAt(lex, toks, j); n > 0 {
		return j + n - i // "the two prime ministers", "both foreign ministers"
	}
	if j == i+2 && toks[i+1].Lower == "two" && j < len(toks) && toks[j].Kind == text.Word && !toks[j].Cap &&
		(strings.HasSuffix(toks[j].Lower, "ed") || lex.Is(lexicon.PairVerb, toks[j].Lower)) {
		return 2 // "The two held separate talks": the pair named before
	}
	return 0
}

// withinState reports whether a state is named at k, by its name or as
// "the country" ("the nation"): "all sides in Myanmar", "all sides in the
// country" (not "all parties in the conflict"). Cost: constant.
func withinState(s *sent, k int) bool {
	if s.at != nil && s.at[k] >= 0 {
		m := s.ments[s.at[k]]
		return m.ok && m.start == k && m.actor.Kind == graph.State && m.via != viaDemonym
	}
	return k+1 < len(s.toks) && s.toks[k].Lower == "the" && (s.toks[k+1].Lower == "country" || s.toks[k+1].Lower == "nation")
}

// noNameFrom reports whether no dictionary name opens at r.
func (ar *article) noNameFrom(info *wordInfo, toks []text.Token, r int) bool {
	_, n := ar.x.names.longestFrom(info.name, toks, r)
	return n == 0
}

// twoOfRegionAt matches "the two Balkan states", "the two Central Asian
// neighbours" at i: one or two capitalised words that begin no dictionary
// name (a region's words) between "the two" and a noun of the pair
// (cue class bothnoun), and returns its length. It costs a name lookup
// for each such word, and runs only after "the two".
func (ar *article) twoOfRegionAt(s *sent, infos []*wordInfo, i int) int {
	toks := s.toks
	if i+2 >= len(toks) {
		return 0
	}
	r := i + 2
	if toks[i+1].Lower != "two" {
		// "the Nordic pair", "the Baltic duo": a region's words before a
		// noun of a pair
		if !toks[i+1].Cap {
			return 0
		}
		r = i + 1
		for r < len(toks) && r < i+3 && toks[r].Kind == text.Word && toks[r].Cap && (infos[r].name == nil || ar.noNameFrom(infos[r], toks, r)) {
			r++
		}
		if r > i+1 && r < len(toks) && (toks[r].Lower == "pair" || toks[r].Lower == "duo") {
			return r + 1 - i
		}
		return 0
	}
	if i+3 >= len(toks) {
		return 0
	}
	for r < len(toks) && r < i+4 && toks[r].Kind == text.Word && toks[r].Cap {
		if infos[r].name != nil && !ar.noNameFrom(infos[r], toks, r) {
			return 0 // "the two Hamas leaders": a name of its own
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

// pairBefore returns the two (or more) actors named together right before
// token k: earlier in the sentence, else in the sentence before. "them"
// and "they" after "Ethiopia and Eritrea traded accusations" are the pair.
func (ar *article) pairBefore(s *sent, k int) []mention {
	for g := len(s.groups) - 1; g >= 0; g-- {
		if s.groups[g].end <= k && len(s.groups[g].ms) > 1 {
			return s.groupMentions(g)
		}
	}
	if ar.lastPairSent == s.Index-1 {
		return ar.lastPair
	}
	return nil
}

// notePair remembers the last group of two or more actors of a sentence.
func (ar *article) notePair(s *sent) {
	for g := len(s.groups) - 1; g >= 0; g-- {
		if len(s.groups[g].ms) > 1 {
			ar.lastPair, ar.lastPairSent = s.groupMentions(g), s.Index
			return
		}
	}
}

// pluralTitleAt returns the length of a title of several words in the
// plural at j, one roles.tsv lists ("prime ministers", "foreign
// ministers", "defence ministers"), or 0. A title of one word ("leaders",
// "presidents") is a noun of the pair (cue class bothnoun) and is read as
// one. Cost: one role match.
func pluralTitleAt(lex *lexicon.Lexicon, toks []text.Token, j int) int {
	if _, n := lex.Role(toks, j); n > 1 && strings.HasSuffix(toks[j+n-1].Lower, "s") && !toks[j].Cap {
		return n
	}
	return 0
}

// pluralTitleClass returns the class of the office of a pair read as the
// holders of a title of several words ("both prime ministers": the heads of
// government of the two sides), or "" when m ends in no such title.
func pluralTitleClass(lex *lexicon.Lexicon, s *sent, m *mention) string {
	for j := m.start + 1; j < m.end-1; j++ {
		if c, n := lex.Role(s.toks, j); n > 1 && j+n == m.end && pluralTitleAt(lex, s.toks, j) == n {
			return c
		}
	}
	return ""
}

// jointActors reports whether the verb right after a coordinated subject
// ending at e (past adverbs) is one of appeal, charge, threat or support:
// the two act together on a third party, and are no sides to each other.
func (ar *article) jointActors(s *sent, e int) bool {
	for e < len(s.toks) && s.toks[e].Kind == text.Word && strings.HasSuffix(s.toks[e].Lower, "ly") {
		e++
	}
	if e >= len(s.toks) || !s.is(e, lexicon.TriggerStart) {
		return false
	}
	trs, n := s.trigger(e)
	if reciprocal(s.toks[e+n:]) {
		return false // "accused each other": the two are sides to each other
	}
	for _, t := range trs {
		if t.POS != lexicon.Verb {
			continue
		}
		switch t.Relation {
		case graph.Urged, graph.Accused, graph.Warned, graph.Supported:
			return !t.Frame.Recip
		}
	}
	return false
}

// rivalWindow is how many sentences back rivalPersons looks.
const rivalWindow = 10

// rivalPersons returns the two persons of one state named together as a
// pair ("between President Mwai Kibaki and his rival, Raila Odinga") in
// the latest of the rivalWindow sentences before si that names such a
// pair: "both sides" of a dispute within a state when the article names
// no pair of states or groups. Cost: pairIn over those sentences, run
// only for an unresolved "both sides".
func (ar *article) rivalPersons(si int) ([2]graph.Actor, bool) {
	for j := si - 1; j >= 0 && j >= si-rivalWindow; j-- {
		o := ar.sentAt(j)
		if o == nil {
			continue
		}
		if p, ok := ar.pairIn(o, len(o.toks)); ok && p[0].Kind == graph.Person && p[1].Kind == graph.Person && ofOneState(p) {
			return p, true
		}
	}
	return [2]graph.Actor{}, false
}

// organEnd returns the end of mention m with the state organ its demonym
// names ("the Sri Lankan government", "the Chinese foreign ministry": an
// inst cue right after a state's demonym), so that the pair "the Sri
// Lankan government and the Tamil Tigers" is coordinated. Cost: one cue
// lookup.
func (ar *article) organEnd(s *sent, m *mention) int {
	if m.via != viaDemonym || m.actor.Kind != graph.State || m.end >= len(s.toks) || s.at[m.end] >= 0 {
		return m.end
	}
	return m.end + s.cue(ar.x.lex, m.end, lexicon.Inst)
}
