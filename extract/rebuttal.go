package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// rebuttals reads "A rejected (dismissed, denied, refuted, rebuffed,
// defied, ignored) B's accusations" and "A dismissed as groundless the allegations by B": the
// charge is reported as made, so B ACCUSED A (relations.md: acts inside a
// report are reported acts; "Russia's objections" is disapproval). When
// the rebuttal itself judges the charge ("as baseless", "nonsense",
// "lies": a negeval word in its clause), A ACCUSED B too (disapproval). A
// claim "to" or "over" a place is territorial, not a charge: only the
// judgement is read. A negated or future rebuttal is none. Cost: linear in
// the sentence.
func (ar *article) rebuttals(s *sent) {
	if !s.mayKey(keyRebuttal) {
		return // (no rebuttal verb: nothing to read)
	}
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if s.at[k] >= 0 || !s.key(k, keyRebuttal) || ar.blocked(s, k) {
			continue
		}
		// the charge noun within a few words: "rejected Russia's
		// objections", "dismissed as 'groundless' Ukraine's allegation"
		q, rel := -1, graph.Accused
		lim, from := k+8, k+1
		for j := k + 1; j < len(toks) && j <= lim; j++ {
			if s.isWord(j, lexicon.ChargeNoun) {
				q = j
				break
			}
			// "rejected Moscow's demand", "dismissed Pyongyang's threats":
			// an appeal or a warning turned down was made to the one who
			// turns it down
			if s.isWord(j, lexicon.AppealNoun) || s.isWord(j, lexicon.WarningNoun) {
				ownedAfter := j+2 < len(toks) && (toks[j+1].Lower == "from" || toks[j+1].Lower == "by") && s.at[j+2] >= 0
				if strings.HasPrefix(toks[k].Lower, "den") {
					break // "denied the request" names no one
				}
				if s.at[j-1] < 0 && toks[j-1].Kind != text.Poss && !ownedAfter && !andOtherBefore(s, j) {
					// an appeal is owned ("warnings from Beijing"); an unowned
					// one may be coordinated with an owned one after it
					// ("defied international calls to halt ... and warnings
					// from the United States")
					lim, from = min(k+20, len(toks)-1), j+1
					continue
				}
				q, rel = j, graph.Urged
				if s.isWord(j, lexicon.WarningNoun) {
					rel = graph.Warned
				}
				break
			}
			if toks[j].Text == "." || toks[j].Text == ";" || s.is(j, lexicon.Clause) && toks[j].Lower != "as" {
				break
			}
		}
		if q < 0 && !strings.HasPrefix(toks[k].Lower, "den") {
			// "rejected Russia's decision", "dismissed Beijing's actions": an
			// owned act turned down is disapproved of (relations.md)
			if j := k + 1; j+2 < len(toks) && s.at[j] >= 0 && s.ments[s.at[j]].ok && !s.ments[s.at[j]].possPron {
				m := s.ments[s.at[j]]
				if e := m.end; e+1 < len(toks) && toks[e].Kind == text.Poss && s.isWord(e+1, lexicon.ConductNoun) {
					if srcs, w := ar.subject(s, k, nil); len(srcs) > 0 {
						ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, []mention{m}), toks[k].Text+" "+toks[e+1].Text, wNoun*w)
					}
				}
			}
		}
		if q < 0 {
			continue
		}
		var claimants []mention
		for j := from; j < q; j++ {
			if s.at[j] < 0 {
				continue
			}
			m := s.ments[s.at[j]]
			if m.ok && !m.media && !m.possPron && m.via != viaPronoun && m.end <= q {
				claimants = append(claimants, m)
			}
			j = m.end - 1
		}
		if rel != graph.Accused {
			if len(claimants) == 0 && q+2 < len(toks) && (toks[q+1].Lower == "by" || toks[q+1].Lower == "from") {
				claimants, _ = ar.objectAt(s, q+2) // "defied warnings from Beijing"
			}
			srcs, w := ar.subject(s, k, nil)
			if len(srcs) > 0 && len(claimants) > 0 {
				ar.emitAll(s, claimants, rel, ar.otherSide(claimants, srcs), toks[k].Text+" "+toks[q].Text, wNoun*w)
			}
			// "defied U.N. calls to halt their attacks and warnings from the
			// United States": a second appeal or warning turned down
			for j := q + 1; len(srcs) > 0 && j+3 < len(toks) && j < q+16; j++ {
				if toks[j].Text == "." || toks[j].Text == ";" {
					break
				}
				if toks[j].Lower != "and" || !(s.isWord(j+1, lexicon.AppealNoun) || s.isWord(j+1, lexicon.WarningNoun)) || toks[j+2].Lower != "from" && toks[j+2].Lower != "by" {
					continue
				}
				if more, _ := ar.objectAt(s, j+3); len(more) > 0 {
					r2 := graph.Urged
					if s.isWord(j+1, lexicon.WarningNoun) {
						r2 = graph.Warned
					}
					ar.emitAll(s, more, r2, ar.otherSide(more, srcs), toks[k].Text+" "+toks[j+1].Text, wNoun*w)
				}
				break
			}
			continue
		}
		if len(claimants) == 0 && q+2 < len(toks) && (toks[q+1].Lower == "by" || toks[q+1].Lower == "from") {
			claimants, _ = ar.objectAt(s, q+2)
		}
		pp := 0 // a participle between the noun and its "by"
		if len(claimants) == 0 && q+3 < len(toks) && toks[q+2].Lower == "by" && (strings.HasSuffix(toks[q+1].Lower, "ed") || s.is(q+1, lexicon.Past)) {
			claimants, _ = ar.objectAt(s, q+3) // "the allegations made by X"
			pp = 1
		}
		if len(claimants) == 0 {
			continue
		}
		srcs, w := ar.subject(s, k, nil)
		if len(srcs) == 0 {
			continue
		}
		// a claim is a charge only where it says what was done ("claims
		// that", "claims of interference"); "rejects Beijing's claim" alone
		// may be a claim to land
		claim := toks[q].Lower == "claim" || toks[q].Lower == "claims"
		says := q + 1 + pp // "claims by Mogadishu that": past the claimant
		if says+1 < len(toks) && (toks[says].Lower == "by" || toks[says].Lower == "from") {
			if _, e := ar.objectAt(s, says+1); e > says {
				says = e
			}
		}
		territorial := claim && (says >= len(toks) || toks[says].Lower != "that" && toks[says].Lower != "of")
		trig := toks[k].Text + " " + toks[q].Text
		// "denied Finland's claims that Russia directed migrants": the
		// charge names its own target, who need not be the one denying
		named := false
		if says+1 < len(toks) && toks[says].Lower == "that" && s.at[says+1] >= 0 {
			if m := s.ments[s.at[says+1]]; m.ok && m.via != viaPronoun && !m.possPron {
				named = true
				for _, d := range srcs {
					named = named && d.actor.Name != m.actor.Name // ("... that Serbia was behind it": the denier itself)
				}
			}
		}
		if !territorial && !named {
			ar.emitAll(s, claimants, graph.Accused, ar.otherSide(claimants, srcs), trig, wNoun*w)
		}
		if ar.judgedNear(s, k+1, q+12) {
			ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, claimants), trig, wAnaphora*w)
		}
	}
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

// judgedNear reports whether a negative judgement word stands in tokens
// [j, e) of the sentence before a sentence break ("as baseless", "calling
// them lies").
func (ar *article) judgedNear(s *sent, j, e int) bool {
	for k := j; k < len(s.toks) && k < e; k++ {
		if s.toks[k].Text == "." || s.toks[k].Kind == text.Punct && s.toks[k].Text == ";" {
			return false
		}
		if s.cue(ar.x.lex, k, lexicon.NegEval) > 0 {
			return true
		}
	}
	return false
}

// heededRequests reads a request taken up as made: "Pakistan is
// considering a request from Saudi Arabia for troops", "the Saudis
// responded to a request from Yemen's president": the one who asked
// URGED the one who takes it up (the clause's subject). The verb is a
// heedverb cue; an appeal noun (never "call", which may be a telephone
// call) follows within a few words, its asker after "from", "by" or "of" or its
// possessor before it ("Turkey's request"). A negated or future taking-up
// still tells the request made. Cost: linear in the sentence.
func (ar *article) heededRequests(s *sent) {
	if !s.mayKey(keyHeed) {
		return // (no heedverb cue: nothing to read)
	}
	toks := s.toks
	for k := range s.eachKey(keyHeed, 1, len(toks)-2) {
		n := s.cue(ar.x.lex, k, lexicon.HeedVerb)
		if n == 0 || s.at[k] >= 0 {
			continue
		}
		for j := k + n; j < len(toks) && j <= k+n+3; j++ {
			if m := s.at[j]; m >= 0 && !(s.ments[m].end < len(toks) && toks[s.ments[m].end].Kind == text.Poss) {
				break
			}
			if !s.isWord(j, lexicon.AppealNoun) || toks[j].Lower == "call" || toks[j].Lower == "calls" {
				continue
			}
			var askers []mention
			if j+2 < len(toks) && (toks[j+1].Lower == "from" || toks[j+1].Lower == "by" || toks[j+1].Lower == "of") {
				askers, _ = ar.objectAt(s, j+2) // ("the demands of the UN")
			} else if j >= 2 && toks[j-1].Kind == text.Poss && s.at[j-2] >= 0 && s.ments[s.at[j-2]].ok && !s.ments[s.at[j-2]].media {
				askers = []mention{s.ments[s.at[j-2]]} // "Turkey's request"
			}
			if len(askers) == 0 {
				break
			}
			asked, w := ar.subject(s, k, nil)
			ar.emitAll(s, askers, graph.Urged, ar.otherSide(askers, asked), triggerText(toks[j:j+1]), wNoun*w)
			break
		}
	}
}
