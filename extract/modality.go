package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Modality: whether a trigger tells an act that was done. blocked reads the
// negation, modality, condition, refusal or deliberation a verb stands under
// in its clause, and the infinitive a verb of intent or appeal governs
// ("vowed to strike", "urged Iran to end": the vow and the appeal are the
// edges); an attempt that is the act itself, a vetoed document's verb and a
// time before the verb are read on the way. hypothetical reads the same of a
// noun phrase, setForLater an act set for a later time, intended an act only
// offered, readied or planned. The passes ask these before they emit
// (performative.go reads a speaker's own modal).

// blocked reports whether the verb at i stands under negation, modality,
// condition, refusal or deliberation in its clause, or is an infinitive
// governed by a verb of intent or appeal ("vowed to strike", "urged Iran to
// end").
func (ar *article) blocked(s *sent, i int) bool {
	return ar.blockedBut(s, i, -1)
}

// blockedBut is blocked with the modal or verb of intent at token pledge
// read as no block: the "will" or "promised" of a stated pledge, which
// relations.md makes an act now (pledgeAt). Every other reason holds.
func (ar *article) blockedBut(s *sent, i, pledge int) bool {
	lex := ar.x.lex
	toks := s.toks
	if i > 0 && ar.warnedAgainst(s, i) {
		return true // "warned Israel against any new strikes": a noun, and no act
	}
	if ar.headlineFuture(s, i) {
		return true // "Indonesia to summon Chinese envoy": a headline's plan
	}
	if i >= 2 && toks[i-1].Lower == "of" && strings.HasSuffix(toks[i].Lower, "ing") && s.at[i-2] < 0 && s.isWord(i-2, lexicon.ProspectNoun) {
		return true // "spoke about the risk of attacking Ukraine": an act weighed, not done
	}
	if anyParticiple(s, i) {
		return true // "any Iranian attack targeting Israel would be met with force": no act told
	}
	cs := ar.clauseStart(s, i)
	if cs > 0 && s.is(cs-1, lexicon.Cond) {
		return true
	}
	if s.mayCue(lexicon.Cond) {
		if g := ar.beforeRelative(s, i); g >= 0 {
			// "If Araghchi, speaking after the session, criticised Israel":
			// the condition opens the subject's clause, before the clause set
			// off between them
			if c := ar.clauseStart(s, s.groups[g].start); c > 0 && s.is(c-1, lexicon.Cond) {
				return true
			}
		}
	}
	if cs > 0 && relativePronoun(s.toks[cs-1].Lower) && ar.beforeRelative(s, i) >= 0 {
		// "Russia, which denies any role, accused Ukraine": a relative
		// clause closed before the main verb holds none of its modality
		// (not "which has never, despite its threats, attacked Egypt")
		for c := i - 1; c >= cs; c-- {
			if parenMark(toks[c].Text) || spacedDash(toks, c) {
				cs = c + 1
				break
			}
		}
	}
	if ar.vetoedDocument(s, i) {
		return true // "vetoed a resolution condemning Syria": not adopted
	}
	if ev := evidenceBefore(s, cs); ev > 0 {
		// "there is no evidence that X shipped shells", "no \"solid
		// proof\" that": not reported as done
		for q := ev - 1; q >= 0 && q >= ev-4; q-- {
			if s.is(q, lexicon.Neg) {
				return true
			}
		}
	}
	// "Rwanda has denied that its forces were fighting in Congo": what is
	// denied is not reported as done
	if cs > 1 && toks[cs-1].Lower == "that" && (strings.HasPrefix(toks[cs-2].Lower, "den") && s.is(cs-2, lexicon.Refuse)) {
		denied := true
		for q := cs; q < i; q++ {
			if toks[q].Text == "," || toks[q].Text == ";" {
				denied = false // "denied that Belgrade had any role, and he accused Kurti"
			}
		}
		if denied {
			return true
		}
	}
	// "make sure that A and B are talking", "it is important that X stops":
	// the complement of a judgement of necessity is wished, not done
	for q := max(cs-7, 0); q < cs; q++ {
		if n := s.cue(lex, q, lexicon.Importance); n > 0 && q+n == cs {
			return true
		}
	}
	// "Britain would back Ukraine, Sunak told Zelensky": the attribution
	// after a comma is a clause of its own, from its subject on
	if i > 1 && s.at[i-1] >= 0 {
		st := s.ments[s.at[i-1]].start
		if s.gAt[i-1] >= 0 {
			st = s.groups[s.gAt[i-1]].start
		}
		if st > cs && toks[st-1].Text == "," {
			cs = st
		}
	}
	if ar.saidAnd(s, i) != nil {
		// "X said Y would not ... and vowed to ...": the reported clause's
		// modality is not the speaker's
		for k := i - 1; k > cs; k-- {
			if toks[k].Lower == "and" {
				cs = k + 1
				break
			}
		}
	}
	coordinated := false // "denied wrongdoing and accused Mali": a denial holds its own verb only
	ceased := false      // "Russia should stop attacking": the act goes on, whatever is asked
	for k := i - 1; k >= cs && k >= i-10; k-- {
		if s.at[k] >= 0 && s.ments[s.at[k]].via != viaPronoun {
			continue // "Theresa May blamed": a word of a name is no cue
		}
		w := toks[k].Lower
		if w == "and" {
			coordinated = true
		}
		if s.isWord(k, lexicon.Cessative) {
			ceased = true
		}
		if n := s.cue(ar.x.lex, k, lexicon.Deontic); n > 0 && !ceased && adverbsOnly(toks, k+n, i) {
			return true // "South Korea should meet with the North": an obligation, not a meeting
		}
		if w == "no" && k+2 < i && toks[k+1].Kind == text.Word && !toks[k+1].Cap && s.at[k+1] < 0 {
			continue // "No agreements were reached at talks between A and B": "no" is its noun's
		}
		if s.cue(ar.x.lex, k, lexicon.Neg) > 0 || s.cue(ar.x.lex, k, lexicon.Modal) > 0 && k != pledge && !ar.performative(s, k) && !ar.ongoing(s, k, i) && !(attempted(w) && k == i-2 && attemptDone(s, i)) || s.cue(ar.x.lex, k, lexicon.Cond) > 0 || s.cue(ar.x.lex, k, lexicon.Refuse) > 0 && !coordinated {
			return true // ("tried to persuade X": the pressing was done, whatever came of it)
		}
		if strings.HasSuffix(w, "'ll") && k != pledge || strings.HasSuffix(w, "'d") {
			return true
		}
	}
	// "vowed to form a government and oust the premier": a bare verb
	// coordinated with an infinitive of intent is intended too
	if i > 2 && toks[i-1].Lower == "and" && s.at[i-1] < 0 && toks[i].Kind == text.Word && !strings.HasSuffix(toks[i].Lower, "ed") && !strings.HasSuffix(toks[i].Lower, "s") && !strings.HasSuffix(toks[i].Lower, "ing") {
		for k := i - 2; k >= 1 && k >= i-10; k-- {
			if toks[k].Text == "," || toks[k].Text == ";" || quoteLike(toks[k]) || s.is(k, lexicon.Say) {
				break
			}
			if toks[k].Lower == "to" && k+1 < i && toks[k+1].Kind == text.Word && !toks[k+1].Cap && s.at[k+1] < 0 && !s.is(k+1, lexicon.Det) && ar.blocked(s, k+1) {
				// "flew to Cairo to meet Sisi and press Hamas": the first
				// infinitive's fate, whatever holds it
				return true
			}
			if toks[k].Lower == "to" && s.at[k-1] < 0 {
				g := timeBefore(s, k-1)
				if g < 0 {
					break // "Last week to meet ...": a time opens the sentence
				}
				if toks[g].Lower == "ago" && g > 1 {
					// "vowed months ago to", "pledged two weeks ago to"
					g--
					for g > 0 && g >= k-5 && (s.is(g, lexicon.TimeUnit) || toks[g].Kind == text.Number || ar.x.lex.Is(lexicon.NumberWord, toks[g].Lower)) {
						g--
					}
				}
				if w := toks[g].Lower; lex.Is(lexicon.Intent, w) && g != pledge && !ar.performative(s, g) || s.cue(ar.x.lex, k-1, lexicon.Modal) > 0 {
					return true
				}
				break
			}
		}
	}
	// "cautioned NATO against sending troops", "warned Iran against
	// attacking": an act warned against is not done
	if i > 1 && toks[i-1].Lower == "against" && strings.HasSuffix(toks[i].Lower, "ing") {
		for k := i - 2; k >= 0 && k >= i-8; k-- {
			if trs, _ := s.trigger(k); len(trs) > 0 && (trs[0].Relation == graph.Warned || trs[0].Relation == graph.Urged) {
				return true
			}
		}
	}
	// the object of an infinitive governed by intent: "threatened to halt
	// trade talks with"
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if s.at[k] >= 0 || toks[k].Kind != text.Word || s.is(k, lexicon.Clause) {
			break
		}
		g := k - 1
		if toks[k].Lower == "to" && g > 0 && s.at[g] >= 0 {
			// "was invited by the African Union to facilitate talks": the
			// participle before the by-agent governs the infinitive
			if m := s.ments[s.at[g]]; m.start >= 2 && toks[m.start-1].Lower == "by" && s.at[m.start-2] < 0 {
				g = m.start - 2
			}
		}
		if toks[k].Lower == "to" && g >= 0 && s.at[g] < 0 {
			// "threatened on Sunday to march on": a time between
			if t := timeBefore(s, g); t >= 0 && t != pledge && lex.Is(lexicon.Intent, toks[t].Lower) && toks[t].Lower != "agreed" && toks[t].Lower != "agree" && toks[t].Lower != "agrees" && !ar.performative(s, g) {
				return true
			}
			break
		}
	}
	// an infinitive: what governs it?
	k := i - 1
	for k >= 0 && s.is(k, lexicon.Aux) && toks[k].Lower != "to" {
		k--
	}
	if k < 0 || toks[k].Lower != "to" {
		// "urged both sides to return to talks", "urged Israel to hold talks
		// with Hamas": the act sits in an appeal's infinitive a few words back
		for q := i - 1; q > 0 && q >= i-5; q-- {
			if s.at[q] >= 0 || toks[q].Kind != text.Word || s.is(q, lexicon.Clause) {
				break
			}
			if toks[q].Lower == "to" && q+1 < i && toks[q+1].Kind == text.Word && !toks[q+1].Cap && !s.is(q+1, lexicon.Det) && s.at[q-1] >= 0 {
				g := q - 1
				if s.gAt[g] >= 0 {
					g = s.groups[s.gAt[g]].start - 1
				} else {
					g = s.ments[s.at[g]].start - 1
				}
				if g >= 0 && !ar.performative(s, g) {
					if trs := s.triggerEndingAt(g); len(trs) > 0 && (trs[0].Relation == graph.Urged || trs[0].Relation == graph.Warned || trs[0].Frame.Tell) {
						return true // ("tells Kosovo and Serbia to return to dialogue": told to, an appeal)
					}
				}
				break
			}
		}
	}
	if k > 1 && toks[k].Lower == "to" && k == i-1 && (toks[k-1].Lower == "but" || toks[k-1].Lower == "and" || toks[k-1].Lower == "or") {
		// "the aim was not to enter the town but to destroy ...": a second
		// infinitive shares the first one's fate
		for q := k - 2; q >= 1 && q >= k-12; q-- {
			if toks[q].Text == "," && toks[q+1].Lower != "but" || s.is(q, lexicon.Say) {
				break
			}
			if toks[q].Lower == "to" && q+1 < k && toks[q+1].Kind == text.Word && !toks[q+1].Cap {
				return ar.blocked(s, q+1)
			}
		}
	}
	if k > 0 && toks[k].Lower == "to" && k == i-1 && toks[i].Lower != "blame" {
		// "Ghana's foreign minister is to visit Guinea", "was due to
		// meet": a plan ("is to blame" is a charge made now)
		switch toks[k-1].Lower {
		case "is", "are", "was", "were", "due":
			return true
		}
	}
	if k >= 0 && toks[k].Lower == "to" {
		g := timeBefore(s, k-1)
		if g >= 0 && s.gAt[g] >= 0 {
			g = s.groups[s.gAt[g]].start - 1
		} else if g >= 0 && s.at[g] >= 0 {
			g = s.ments[s.at[g]].start - 1 // "urged Israel to hold talks"
		}
		for g >= 0 && (s.is(g, lexicon.Aux) || s.is(g, lexicon.Det)) {
			g--
		}
		if g >= 1 && toks[g].Lower == "by" && s.at[g-1] < 0 {
			g-- // "was invited by the African Union to facilitate": past the agent
		}
		// "left for Doha to meet", "flew to Niamey to press the junta": a
		// purpose after a journey is not done (relations.md)
		if g >= 1 && s.is(g, lexicon.Prep) && s.isWord(g-1, lexicon.MotionVerb) && s.at[g+1] >= 0 {
			return true
		}
		if g >= 0 && g+2 < len(toks) && s.isWord(g, lexicon.MotionVerb) && s.is(g+1, lexicon.Prep) && s.at[g+2] >= 0 {
			return true // ("traveled to Washington to discuss ...": "to" read as an auxiliary above)
		}
		if g >= 0 && !ar.performative(s, g) {
			w := toks[g].Lower
			if attempted(w) && attemptDone(s, i) {
				return false // "tried to persuade Sri Lanka": the pressing was done, whatever came of it
			}
			if s.isWord(g, lexicon.Intent) && g != pledge || s.cue(ar.x.lex, g, lexicon.Modal) > 0 || s.isWord(g, lexicon.Refuse) || s.isWord(g, lexicon.Neg) {
				return true
			}
			if trs := s.triggerEndingAt(g); len(trs) > 0 && (trs[0].Relation == graph.Urged || trs[0].Relation == graph.Warned || trs[0].Frame.Tell) {
				return true // ("tells Kosovo and Serbia to return to dialogue": told to, an appeal)
			}
			if s.cue(lex, g, lexicon.IntentNoun) > 0 {
				return true
			}
			// "urged both sides to return to talks": the verb before "to" is
			// itself an infinitive, and the act shares its fate
			if g > 0 && toks[g-1].Lower == "to" && toks[g].Kind == text.Word && !toks[g].Cap && s.at[g] < 0 {
				return ar.blocked(s, g)
			}
			// "urged the US to use its influence in Kyiv to caution
			// Ukraine": an infinitive of purpose after another infinitive's
			// phrase shares that one's fate (not "to visiting Y": a
			// preposition)
			if q := infinitiveBefore(s, g); q > 0 && !strings.HasSuffix(toks[i].Lower, "ing") {
				return ar.blocked(s, q)
			}
		}
	}
	return false
}

// infinitiveBefore returns the verb of an infinitive ("to use") whose
// phrase runs up to token g ("to use its influence in Kyiv"), within six
// words and no clause or punctuation between; else -1. A "to" before a
// capitalised word or a determiner is a preposition ("sent troops to
// Mali"), no infinitive. Cost: at most six tokens' look back.
func infinitiveBefore(s *sent, g int) int {
	toks := s.toks
	for q := g - 1; q > 0 && q >= g-6; q-- {
		if toks[q].Kind != text.Word || s.is(q, lexicon.Clause) || s.is(q, lexicon.Say) {
			return -1
		}
		if toks[q].Lower == "to" && q+1 < g && toks[q+1].Kind == text.Word && !toks[q+1].Cap && s.at[q+1] < 0 && !s.is(q+1, lexicon.Det) {
			return q + 1
		}
	}
	return -1
}

// vetoedDocument reports whether the verb at i speaks for a document that
// was stopped: "vetoed a resolution condemning Syria", "blocked a
// statement that urged Israel to" (a participle or a relative clause
// right after a document noun, whose verb is a vetoverb cue).
func (ar *article) vetoedDocument(s *sent, i int) bool {
	toks := s.toks
	e := i // the document ends right before e
	if e >= 2 && (toks[e-1].Lower == "that" || toks[e-1].Lower == "which") {
		e--
	} else if !strings.HasSuffix(toks[i].Lower, "ing") {
		return false
	}
	for st := e - 1; st >= 1 && st >= e-3; st-- {
		if n := s.cue(ar.x.lex, st, lexicon.Document); n > 0 && st+n == e {
			q := st - 1
			for q > 0 && q >= st-5 && (s.at[q] < 0 && (s.is(q, lexicon.Det) || s.is(q, lexicon.Adj) || toks[q].Lower == "draft" || toks[q].Lower == "joint" || strings.Contains(toks[q].Lower, "-")) ||
				s.at[q] >= 0 && s.ments[s.at[q]].end == q+1 && s.ments[s.at[q]].start > 0) {
				if s.at[q] >= 0 {
					q = s.ments[s.at[q]].start // "a US draft resolution": the sponsor
				}
				q--
			}
			for b := q; b >= 0 && b >= q-2; b-- {
				if n := s.cue(ar.x.lex, b, lexicon.VetoVerb); n > 0 && b+n == q+1 {
					return true
				}
			}
			return false
		}
	}
	return false
}

// attemptDone reports whether an attempt at the verb at i is the act
// itself: pressing ("tried to persuade X") or a third party's work between
// two sides ("were trying to mediate talks between A and B": the mediator
// is at work with both, whatever came of it).
func attemptDone(s *sent, i int) bool {
	trs, _ := s.trigger(i)
	if len(trs) == 0 || trs[0].POS != lexicon.Verb {
		return false
	}
	return trs[0].Relation == graph.Urged || trs[0].Relation == graph.SpokeWith && trs[0].Frame.HasPrep("between")
}

// attempted reports whether w says an act was tried: "tried", "attempted",
// "failed", "sought".
func attempted(w string) bool {
	switch w {
	case "tried", "tries", "trying", "attempted", "attempts", "attempting", "failed", "fails", "sought", "seeks", "seeking":
		return true
	}
	return false
}

// timeBefore returns the index of the word before a time adjunct that
// ends at token e ("vowed on Sunday", "threatened last week"), or e
// where none ends there.
func timeBefore(s *sent, e int) int {
	if e < 1 || s.at[e] >= 0 {
		return e
	}
	w := s.toks[e].Lower
	if !(s.isWord(e, lexicon.TimeWord) || s.is(e, lexicon.Month) || w == "overnight" || w == "tonight") {
		return e
	}
	b := e - 1
	for b >= 0 && b >= e-3 && s.at[b] < 0 {
		switch w := s.toks[b].Lower; {
		case w == "late" || w == "early" || w == "last" || w == "this" || w == "on" || s.isWord(b, lexicon.TimeWord):
			b--
			continue
		}
		break
	}
	if b == e-1 && !s.isWord(e, lexicon.TimeWord) {
		return e // a bare month name may be no time ("March")
	}
	return b
}

// hypothetical reports whether the noun phrase at np stands under modality
// in its clause, or is the object of a light verb that does ("offered to
// host negotiations between ...").
func (ar *article) hypothetical(s *sent, np int) bool {
	if ar.blocked(s, np) {
		return true
	}
	// "called for dialogue between A and B", "urged talks between": the
	// talks asked for are not held
	for k := np - 1; k >= 0 && k >= np-5; k-- {
		if trs, n := s.trigger(k); n > 0 && k+n <= np && len(trs) > 0 && trs[0].Relation == graph.Urged && !ar.subjectNoun(s, k, n) {
			return true
		}
		if s.at[k] >= 0 || ar.stops(s, k) {
			break
		}
	}
	if lv := ar.lightVerb(s, np, lexicon.Light); lv >= 0 && ar.blocked(s, lv) {
		return true
	}
	return false
}

// warnedAgainst reports whether the act noun at np is what a warning or an
// appeal is made against: "warned Israel against any new strikes on
// Lebanon", "urged Moscow on Monday against further escalation". The act is
// one the speaker wants not done, so it tells no act.
func (ar *article) warnedAgainst(s *sent, np int) bool {
	toks := s.toks
	k := np - 1
	for k >= 0 && np-k <= 4 && toks[k].Kind == text.Word && toks[k].Lower != "against" && s.at[k] < 0 && !toks[k].Cap {
		k-- // "any", "new", "further", "fresh", "more"
	}
	if k < 1 || toks[k].Lower != "against" {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 10; j-- {
		if toks[j].Text == ";" || toks[j].Text == "." {
			return false
		}
		if trs, n := s.trigger(j); n > 0 && len(trs) > 0 && trs[0].POS == lexicon.Verb && (trs[0].Relation == graph.Warned || trs[0].Relation == graph.Urged) {
			return true
		}
	}
	return false
}

// subjectNoun reports whether the trigger at [k, k+n) is a noun that heads
// its own clause rather than asking for what follows: "The appeal came
// during talks between A and B" (the talks were held), unlike "the call
// for talks between A and B". It holds when a determiner or possessive
// stands before the trigger and a verb right after it.
func (ar *article) subjectNoun(s *sent, k, n int) bool {
	if k == 0 || k+n >= len(s.toks) || s.at[k+n] >= 0 {
		return false
	}
	if !s.isWord(k-1, lexicon.Det) && !s.isWord(k-1, lexicon.Article) && s.toks[k-1].Kind != text.Poss {
		return false
	}
	if s.is(k+n-1, lexicon.Prep) {
		return false // "the appeal for talks": the talks are asked for
	}
	v := k + n
	return s.is(v, lexicon.Past) || s.isWord(v, lexicon.Copula) || s.is(v, lexicon.Aux) || s.is(v, lexicon.Say) ||
		len(s.toks[v].Lower) > 4 && strings.HasSuffix(s.toks[v].Lower, "ed")
}

// setForLater reports whether the clause from j sets its act for a later
// time: "for next week", "next month", "tomorrow", "later this week".
func (ar *article) setForLater(s *sent, j int) bool {
	toks := s.toks
	for k := j; k < len(toks) && k < j+15; k++ {
		if ar.stops(s, k) || toks[k].Text == "," {
			return false
		}
		if toks[k].Lower == "and" && k+1 < len(toks) && (s.is(k+1, lexicon.Aux) || s.is(k+1, lexicon.Modal)) {
			return false // "met on Monday and will meet again next week"
		}
		switch toks[k].Lower {
		case "tomorrow":
			return true
		case "next":
			if k+1 < len(toks) && (s.isWord(k+1, lexicon.TimeWord) || s.is(k+1, lexicon.Month)) {
				return true
			}
		case "later":
			if k+1 < len(toks) && toks[k+1].Lower == "this" {
				return true
			}
		}
	}
	return false
}

// intended reports whether the act at k is only offered, readied or
// planned: "its readiness for mediation", "offered to mediate".
func (ar *article) intended(s *sent, k int) bool {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if s.isWord(b, lexicon.Intent) || s.is(b, lexicon.NounMod) {
			return true
		}
		if s.at[b] >= 0 && !s.ments[s.at[b]].possPron {
			break // ("offered its mediation": the offerer's own possessive goes on)
		}
	}
	return false
}

// adverbsOnly reports whether the tokens [a, b) are adverbs in -ly or
// "also", "now", "then" ("should also meet", "must immediately stop"),
// or none. Cost: linear in b-a.
func adverbsOnly(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if w := toks[k].Lower; toks[k].Kind != text.Word || !strings.HasSuffix(w, "ly") && w != "also" && w != "now" && w != "then" {
			return false
		}
	}
	return true
}

// anyParticiple reports whether the verb at i is a participle ending in
// "-ing" inside a noun phrase opened by "any": "any North Korean action
// threatening American forces", "any Iranian attack targeting Israel"
// name a kind of act that may come, not one done. Cost: constant (six
// words back at most).
func anyParticiple(s *sent, i int) bool {
	toks := s.toks
	if !strings.HasSuffix(toks[i].Lower, "ing") {
		return false
	}
	for q := i - 1; q >= 0 && q >= i-6; q-- {
		t := toks[q]
		if t.Lower == "any" {
			return q < i-1 // ("any threatening": no phrase before the participle)
		}
		if t.Kind != text.Word || s.is(q, lexicon.Aux) || s.is(q, lexicon.Clause) || s.is(q, lexicon.Say) || s.is(q, lexicon.Modal) || s.is(q, lexicon.Prep) || relativePronoun(t.Lower) {
			return false // ("hardly any restraint in attacking Ukraine": the phrase ends at its preposition)
		}
	}
	return false
}
