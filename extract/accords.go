package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph"
)

// concludedAccords reads an accord told as concluded between its sides,
// "the truce agreed between Kabul and Islamabad", "a deal was struck
// between A and B on Sunday": the sides agreed it, so A SPOKE_WITH B
// (relations.md: "A and B agreed a deal" is SPOKE_WITH, as signing is). The
// accord noun (cue class accord, which holds the truce nouns a bare
// "ceasefire between A and B" leaves out) is followed by a participle of
// concluding (cue class concludeverb), at most a time, and "between". An
// accord that is negated, planned or asked for ("no deal was reached",
// "called for a truce agreed between") gives none. Cost: one scan of the
// sentence, and only a sentence holding an accord noun.
func (ar *article) concludedAccords(s *sent) {
	lex := ar.x.lex
	toks := s.toks
	for a, n := range s.eachCue(lex, lexicon.Accord, 1, len(toks)-3) {
		if s.at[a] >= 0 {
			continue
		}
		v := a + n
		k := s.cue(lex, v, lexicon.ConcludeVerb)
		if k == 0 {
			continue
		}
		b := v + k
		if t := timeSpan(s, b); t > b {
			b = t // "reached on Sunday between"
		}
		if b >= len(toks) || toks[b].Lower != "between" {
			continue
		}
		if s.is(a-1, lexicon.Neg) || s.is(a-1, lexicon.NounMod) || a >= 2 && (s.is(a-2, lexicon.Neg) || s.is(a-2, lexicon.NounMod)) {
			continue // "no deal was reached", "any truce agreed between"
		}
		if ar.hypothetical(s, a) {
			continue
		}
		sides := ar.betweenAt(s, b)
		if len(sides) < 2 {
			continue
		}
		ar.pairs(s, sides, graph.SpokeWith, false, triggerText(toks[a:v+k]), wNoun)
	}
}

// cosigners reads "A signed the accord alongside B, C and D": the
// signatories met, each with each (relations.md, "A and B signed a peace
// deal").
func (ar *article) cosigners(s *sent) {
	lex := ar.x.lex
	toks := s.toks
	for k, n := range s.eachCue(lex, lexicon.Cosign, 1, len(toks)) {
		v := -1
		for b := k - 1; b >= 0 && b >= k-6; b-- {
			if trs, _ := s.trigger(b); len(trs) > 0 && trs[0].Lemma == "sign" {
				v = b
				break
			}
			if s.at[b] >= 0 || ar.stops(s, b) {
				break
			}
		}
		if v < 0 || ar.blocked(s, v) {
			continue
		}
		others, _ := ar.objectAt(s, k+n)
		subj, _ := ar.subject(s, v, nil)
		if len(others) == 0 || len(subj) == 0 {
			continue
		}
		ar.pairs(s, appendNew(subj, others), graph.SpokeWith, false, triggerText(toks[v:v+1]), wCosign)
	}
}

// judgedAccords reads disapproval of a deal told with its two parties,
// "condemned the deal between A and B", "expressed concern over the
// agreement signed between A and B": the deal is their act, so the judge
// ACCUSED each (relations.md: disapproval is ACCUSED). The judgement is a
// charge trigger (verb or noun) and the accord noun (cue class accord)
// follows it within a few words; a judgement that is negated or planned is
// none.
func (ar *article) judgedAccords(s *sent) {
	if !s.mayCue(lexicon.Accord) {
		return
	}
	lex := ar.x.lex
	toks := s.toks
	for k := 1; k+3 < len(toks); k++ {
		if s.at[k] >= 0 || !s.is(k, lexicon.TriggerStart) {
			continue
		}
		senses, n := s.trigger(k)
		if len(senses) == 0 || senses[0].Relation != graph.Accused {
			continue
		}
		a := -1 // the accord noun
		for q := k + n; q < len(toks) && q < k+n+6; q++ {
			if s.cue(lex, q, lexicon.Accord) > 0 {
				a = q
				break
			}
			if s.at[q] >= 0 || ar.stops(s, q) {
				break
			}
		}
		if a < 0 || ar.blocked(s, k) {
			continue
		}
		sides := ar.betweenAfter(s, a+s.cue(lex, a, lexicon.Accord))
		if len(sides) != 2 {
			continue
		}
		// "the agreement signed between A and B": they met to sign it
		if e := a + s.cue(lex, a, lexicon.Accord); e < len(toks) && toks[e].Lower != "between" {
			ar.pairs(s, sides, graph.SpokeWith, false, triggerText(toks[a:e]), wNoun)
		}
		judges, w := ar.subject(s, k, nil)
		ar.emitAll(s, judges, graph.Accused, ar.otherSide(judges, sides), triggerText(toks[k:k+n]), wNoun*w)
	}
}

// signedDocument reports whether the object of "signed" at e is a
// document that speaks for its signers, not an accord between them: "A
// and B signed a joint statement (a letter, a declaration)". Its
// signatories are each a source of its acts and are not SPOKE_WITH each
// other for signing it (relations.md); "signed a deal (an agreement, a
// memorandum)" is an accord. The head noun stands within four words, past
// determiners and modifiers. Cost: constant.
func (ar *article) signedDocument(s *sent, e int) bool {
	lex := ar.x.lex
	for k := e; k < len(s.toks) && k < e+4; k++ {
		if s.at[k] >= 0 || s.is(k, lexicon.Prep) || s.is(k, lexicon.Clause) {
			return false
		}
		if s.cue(lex, k, lexicon.Accord) > 0 {
			return false
		}
		if s.cue(lex, k, lexicon.Document) > 0 {
			return true
		}
	}
	return false
}
