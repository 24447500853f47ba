package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// answeredOwner returns the owner of the act that a vow or a threat in
// this sentence answers, when a marker of sequence or answer names it as
// an actor's act: "Hours after the Bolivian announcement, Paraguay pledged
// to retaliate" (Bolivia), "Following Chile's decision, Peru vowed a
// response", "In response to the Peruvian move, Ecuador said it would
// retaliate" (relations.md: a vow's target is the one it answers). The
// marker is "after", "following" or a cue of the answerto class; after it
// stand an optional determiner, then a demonym or a possessor ("Chile's"),
// then a noun of an act (cue class evnoun, or a noun of force). An owner of the sayers' own side, or a demonym
// standing for no act ("after the Chilean people"), gives nil. Cost:
// linear in the sentence.
func (ar *article) answeredOwner(s *sent, srcs []mention) []mention {
	toks := s.toks
	lex := ar.x.lex
	for k := 0; k+2 < len(toks); k++ {
		n := 0
		if w := toks[k].Lower; (w == "after" || w == "following") && !adverbialAfter(toks, k) {
			n = 1
		} else if n = s.cue(lex, k, lexicon.AnswerTo); n == 0 {
			continue
		}
		q := k + n
		if q < len(toks) && s.at[q] < 0 && s.is(q, lexicon.Det) {
			q++
		}
		if q >= len(toks) || s.at[q] < 0 {
			continue
		}
		m := s.ments[s.at[q]]
		e := m.end
		if m.start != q || !m.ok || m.media || m.possPron {
			continue
		}
		if e < len(toks) && toks[e].Kind == text.Poss {
			e++
		} else if m.via != viaDemonym {
			continue // "after Chile struck": a clause, read by the verb passes
		}
		if e >= len(toks) || s.at[e] >= 0 || toks[e].Kind != text.Word || toks[e].Cap || s.is(e, lexicon.Prep) || s.is(e, lexicon.Clause) || s.isWord(e, lexicon.PersonNoun) {
			continue
		}
		if s.cue(lex, e, lexicon.EvNoun) == 0 && !ar.attackNoun(s, e) {
			continue // a noun of an act ("announcement", "decision", "strikes"), never "after the Algerian team won"
		}
		if sameActor(m, srcs) {
			continue
		}
		return []mention{m}
	}
	return nil
}

// appealAfter returns the position of "after" or "following" when it
// governs the appeal noun phrase that starts at np, so that the clause's
// subject is the one who answered the appeal: "Bhutan postponed the
// signing following strong pressure by India" (India URGED Bhutan),
// "Serbia pulled back after calls from Brussels". An article and up
// to two lower-case modifiers may stand between ("after a renewed push",
// "following mounting pressure"); -1 when no such word governs np. Cost:
// constant.
func appealAfter(s *sent, np int) int {
	toks := s.toks
	for k := np - 1; k >= 0 && k >= np-3; k-- {
		if w := toks[k].Lower; (w == "after" || w == "following") && !adverbialAfter(toks, k) {
			return k
		}
		if s.at[k] >= 0 || toks[k].Kind != text.Word || toks[k].Cap || s.is(k, lexicon.Prep) || s.is(k, lexicon.Clause) || s.is(k, lexicon.Aux) || s.is(k, lexicon.Neg) || s.is(k, lexicon.NounMod) {
			return -1
		}
	}
	return -1
}

// twoModifiers returns where a noun phrase starts when two lower-case
// words stand between its article or possessor and the trigger noun that
// follows k+1, as in "his recent state visit to Chile", "a short
// working visit", "Peru's latest water deal": the words are modifiers and
// the possessor ("his", "Peru's") owns the act. Force is left out, as
// the one-modifier rule leaves it ("their immediate conflict of interest"
// is no fighting). Neither word may be an actor, a preposition, an
// auxiliary, a determiner, a clause word, a negation, a hedge of the act
// ("possible") or a trigger of its own. -1 when the words are no such
// pair. Cost: constant.
func (ar *article) twoModifiers(s *sent, k int, rel graph.Relation) int {
	if k < 2 || rel == graph.Attacked {
		return -1
	}
	for q := k - 1; q <= k; q++ {
		t := s.toks[q]
		if s.at[q] >= 0 || t.Kind != text.Word || t.Cap || s.is(q, lexicon.Prep) || s.is(q, lexicon.Aux) || s.is(q, lexicon.Det) || s.is(q, lexicon.Clause) ||
			s.is(q, lexicon.Neg) || s.is(q, lexicon.NounMod) || s.triggerHere(q) {
			return -1
		}
	}
	if s.isWord(k-2, lexicon.Article) && s.at[k-2] < 0 || ar.possessorBefore(s, k-1) {
		return k - 1
	}
	return -1
}

// judgedWrong reports whether token b is a word of judgement standing as
// an adjective before a wrong noun, in or out of quotation marks:
// "China's unacceptable violation", "Chile's \"blatant\" aggression".
// Cost: constant.
func judgedWrong(s *sent, b int) bool {
	t := s.toks[b]
	return quoteLike(t) || t.Kind == text.Word && !t.Cap && s.isWord(b, lexicon.NegEval)
}

// doneBy returns the position of "by" when the words at e tell a wrong's
// agent through a participle of doing: "(the violations) committed by
// China", "being carried out by X", "perpetrated by X"; 0 when they do
// not. The participle is a cue of the doneverb class ("committed",
// "carried out"), with "being" before it or not. Cost: constant.
func (ar *article) doneBy(s *sent, e int) int {
	toks := s.toks
	if e < len(toks) && toks[e].Lower == "being" {
		e++
	}
	if e+1 >= len(toks) || s.at[e] >= 0 {
		return 0
	}
	n := s.cue(ar.x.lex, e, lexicon.DoneVerb)
	if n == 0 || e+n+1 >= len(toks) || toks[e+n].Lower != "by" {
		return 0
	}
	return e + n
}

// forceNounAt returns the length of a noun of force at h, a lower-case
// trigger whose noun sense is ATTACKED ("war", "invasion", "bombardment"),
// or 0: the act a judging adjective may stand before ("Chile's reckless
// and unlawful war against Peru"). Cost: one trigger lookup.
func forceNounAt(s *sent, h int) int {
	if s.toks[h].Cap || s.toks[h].Kind != text.Word {
		return 0
	}
	trs, n := s.trigger(h)
	for _, tr := range trs {
		if tr.Relation == graph.Attacked && tr.POS == lexicon.Noun {
			return n
		}
	}
	return 0
}

// judgedForceOwner returns who owns the noun of force at h when words of
// judgement stand before it: the possessor or demonym before them,
// "Chile's reckless and unlawful war", "the brutal Peruvian
// bombardment"; nil when no actor owns it there. The words between may be
// adjectives, words of judgement, "and", commas and quotation marks, at
// most six. Cost: constant.
func judgedForceOwner(s *sent, h int) *mention {
	toks := s.toks
	q := h - 1
	for q >= 0 && q >= h-6 && s.at[q] < 0 && (s.is(q, lexicon.Adj) || judgedWrong(s, q) || toks[q].Lower == "and" || toks[q].Text == ",") {
		q--
	}
	if q >= 1 && toks[q].Kind == text.Poss {
		q--
	} else if q < 0 || s.at[q] < 0 || s.ments[s.at[q]].via != viaDemonym {
		return nil
	}
	if q < 0 || s.at[q] < 0 {
		return nil
	}
	if m := &s.ments[s.at[q]]; m.ok && !m.media && !m.possPron {
		return m
	}
	return nil
}

// trailingSayer returns who speaks the clause at k when the sentence ends
// with its attribution: "Faced with the constant provocations of X, the
// troops fired back, the ministry said" (the ministry). The speaker is the subject right
// before the closing verb of saying or warning, named after k; nil when the
// sentence has no such attribution. Cost: linear in the sentence.
func (ar *article) trailingSayer(s *sent, k int) *mention {
	v := ar.trailingSay(s, k)
	if v < 0 {
		return nil
	}
	if sp := ar.subjectBefore(s, v); sp != nil && sp.start > k && sp.ok && !sp.media {
		return sp
	}
	return nil
}

// unnamedRoleBefore reports whether an office held by no named actor
// stands as an object earlier in the sentence than the pronoun at k:
// "Museveni rang the governor of the border county to congratulate him"
// ("him" is the governor, not the person last named in the article). The
// office is a role word of roles.tsv after "the" or "a" that names no
// actor, after the sentence's first word. Cost: linear in the words
// before k.
func (ar *article) unnamedRoleBefore(s *sent, k int) bool {
	toks := s.toks
	for q := k - 1; q >= 2; q-- {
		if s.at[q] >= 0 && s.ments[s.at[q]].ok || toks[q].Kind != text.Word || toks[q].Cap {
			continue
		}
		if _, n := ar.x.lex.Role(toks, q); n > 0 && q+n <= k && (toks[q-1].Lower == "the" || toks[q-1].Lower == "a") {
			return true
		}
	}
	return false
}

// andOtherBefore reports whether the noun at j is owned by an actor named
// in "X and other (ADJ) NOUN", where X is one of the owners: "defied EU
// and other repeated calls to free the reporters" (the EU's call), "U.S.
// and other Western sanctions". Up to two lower-case
// modifiers may follow "other". Cost: constant.
func andOtherBefore(s *sent, j int) bool {
	toks := s.toks
	q := j - 1
	for q > 2 && q >= j-2 && toks[q].Lower != "other" && s.at[q] < 0 && toks[q].Kind == text.Word && !toks[q].Cap && !s.is(q, lexicon.Prep) && !s.is(q, lexicon.Det) {
		q--
	}
	return q >= 2 && toks[q].Lower == "other" && toks[q-1].Lower == "and" && s.at[q-2] >= 0 && s.ments[s.at[q-2]].ok
}

// grievedAct returns the agents of the act that a noun of disapproval
// names after its preposition, when the act is a definite act noun with no
// actor of its own: "Pakistan voiced its strong dissatisfaction at the move"
// (the agent of the latest act on record, as "condemned the raid" is read;
// the sayer's own acts are passed over as they are there). Quotation marks
// may close the noun ("\"strong dissatisfaction\" at the move"). Cost:
// that of anaphoricTarget.
func (ar *article) grievedAct(s *sent, e int, f lexicon.Frame, srcs []mention) []mention {
	toks := s.toks
	for e < len(toks) && quoteLike(toks[e]) {
		e++
	}
	if e+2 >= len(toks) || !f.HasPrep(toks[e].Lower) || toks[e+1].Lower != "the" {
		return nil
	}
	return ar.anaphoricTarget(s, e+1, srcs)
}
