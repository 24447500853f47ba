package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// responsibilityCharges reads a charge told with no trigger verb, as
// naming who is to blame (relations.md: "X is responsible for the
// attacks" and "warned that X was massing troops" are ACCUSED X):
//
//	"responsibility for what happens next lies squarely with X"
//	"the blame rests with X"
//	"X bears full responsibility for the escalation"   (not "would bear": a threat)
//	"“Russia bears ultimate responsibility,” X said"
//	"X has been responsible for thousands of deaths"
//
// The source is the subject of the verb of saying (or warning) that
// governs the clause, else the sentence's speaker. Cost: linear in the
// sentence.
func (ar *article) responsibilityCharges(s *sent) {
	if !s.mayKey(keyResponsibility) {
		return // (no responsibilityword cue: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := range s.eachKey(keyResponsibility, 1, len(toks)-2) {
		var tgts []mention
		at := k
		switch w := toks[k].Lower; {
		case w == "responsibility" || w == "blame":
			// "... lies (squarely) with X"
			for j := k + 1; j+2 < len(toks) && j <= k+14; j++ {
				if toks[j].Text == "." || toks[j].Text == ";" {
					break
				}
				if !s.isWord(j, lexicon.RestVerb) {
					continue
				}
				q := j + 1
				q = skipAdverbs(toks, q, len(toks))
				if q+1 < len(toks) && (toks[q].Lower == "with" || toks[q].Lower == "on") && !negatedNear(s, lex, j) {
					tgts, _ = ar.objectAt(s, q+1)
					at = j
				}
				break
			}
			if len(tgts) == 0 && k >= 2 && (s.isWord(k-1, lexicon.BearVerb) || s.isWord(k-2, lexicon.BearVerb) && s.isWord(k-1, lexicon.ChargeAdj)) &&
				k+1 < len(toks) && (toks[k+1].Lower == "for" || toks[k+1].Kind != text.Word) && w == "responsibility" {
				v := k - 1
				if !s.isWord(v, lexicon.BearVerb) {
					v--
				}
				if !ar.blocked(s, v) && !negatedNear(s, lex, v) {
					tgts, _ = ar.subject(s, v, nil)
					at = v
				}
			}
		case w == "been" && toks[k+1].Lower == "responsible" && k+2 < len(toks) && toks[k+2].Lower == "for" && (toks[k-1].Lower == "has" || toks[k-1].Lower == "have" || toks[k-1].Lower == "had"):
			if !ar.blocked(s, k) && !negatedNear(s, lex, k) {
				tgts, _ = ar.subject(s, k, nil)
			}
		}
		if len(tgts) == 0 {
			continue
		}
		srcs := ar.chargeSpeaker(s, min(at, k), at, true)
		ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, tgts), toks[k].Lower, wAnaphora)
	}
}

// chargeSpeaker returns who tells the clause of token k of s: the subject
// of the verb of saying (or warning) that governs it ("Zelensky said
// Russian missiles hit ..."), else the actor of an attribution closing the
// sentence after at ("..., al-Isaa said"), else the sentence's speaker
// when k is quoted, else the source an "according to" names; nil for
// none. With acts, a verb of a speech act
// ("urged", "condemned", "warning") governs as a verb of saying does.
// Cost: linear in the sentence.
func (ar *article) chargeSpeaker(s *sent, k, at int, acts bool) []mention {
	lex := ar.x.lex
	toks := s.toks
	var srcs []mention
	cs := ar.clauseStart(s, k)
	for v := cs - 1; v >= 0 && v >= cs-10; v-- {
		if s.at[v] < 0 && (s.cue(lex, v, lexicon.Say) > 0 || acts && (s.isWord(v, lexicon.SpeechAct) || toks[v].Lower == "warning")) {
			if !acts && v+1 < len(toks) && s.is(v+1, lexicon.Prep) && s.at[v+1] < 0 {
				break // "responded to a Taliban attack": an answer in deeds
			}
			if ms, _ := ar.actorOf(s, v); len(ms) > 0 && ms[0].end <= v {
				srcs = ms // the speaker names who is to blame, never one named after
			}
			break
		}
	}
	if len(srcs) == 0 {
		// "..., al-Isaa said": a speaker after the clause
		for v := len(toks) - 1; v > at && v >= len(toks)-7; v-- {
			if s.at[v] < 0 && s.cue(lex, v, lexicon.Say) > 0 {
				// the actor right before the verb, after a comma
				if s.at[v-1] >= 0 {
					m := s.ments[s.at[v-1]]
					if m.ok && !m.media && !m.possPron && m.start > at+1 && ar.commaBefore(s, m.start) {
						srcs = []mention{m}
					}
				}
				break
			}
		}
	}
	if len(srcs) == 0 && s.speaker != nil && s.speaker.ok && quoted(s, at) {
		srcs = []mention{*s.speaker}
	}
	if len(srcs) == 0 {
		// "According to Israel, the rockets were fired by Hezbollah",
		// "..., according to Israeli officials"
		for v := 0; v+2 < len(toks); v++ {
			if toks[v].Lower == "according" && toks[v+1].Lower == "to" && s.at[v+2] >= 0 {
				if m := s.ments[s.at[v+2]]; m.ok && !m.media && (m.end <= k || v > k && toks[v-1].Text == "," && !participleBetween(s, k, v)) {
					srcs = []mention{m}
				}
				break
			}
		}
	}
	return srcs
}

// negatedNear reports whether a negation stands in the two words before j.
func negatedNear(s *sent, lex *lexicon.Lexicon, j int) bool {
	return j >= 1 && s.cue(lex, j-1, lexicon.Neg) > 0 || j >= 2 && s.cue(lex, j-2, lexicon.Neg) > 0
}

// commaBefore reports whether a comma opens the phrase that ends at j
// (titles and adjectives between): "..., Hezbollah leader Hassan
// Nasrallah said".
func (ar *article) commaBefore(s *sent, j int) bool {
	for q := j - 1; q >= 0 && q >= j-5; q-- {
		if s.toks[q].Text == "," {
			return true
		}
		if ar.stops(s, q) && !quoteLike(s.toks[q]) {
			return false
		}
	}
	return false
}

// quoted reports whether token j stands inside quotation marks opened
// earlier in the sentence: only then is the sentence's speaker its voice.
func quoted(s *sent, j int) bool {
	open := false
	for q := 0; q < j && q < len(s.toks); q++ {
		if quoteLike(s.toks[q]) {
			open = !open
		}
	}
	return open
}

// namedAttackers reads the charge in a report of force (relations.md:
// "naming who did an attack is a charge"): a speaker of the side struck
// who tells that another did an act of force accuses the one who did it
// ("Zelensky said Russian missiles hit a hospital", "The Pentagon said the
// Houthis carried out the strike on a US destroyer", "..., the army
// said"). A third party's report is left alone: measured on the read sets
// it named as many non-charges as charges. The acts are the sentence's
// ATTACKED edges from first on; an act of the speaker's own side is no
// charge, and so is one whose speaker's side strikes in the sentence too
// ("said Uganda and Congo began joint strikes"); a fight both ways ("the
// conflict between Israel and Hezbollah") charges neither, and an appeal
// to stop an act ("we urge Iran to end its attacks") is the appeal only.
// Cost: linear in the sentence for each such edge.
func (ar *article) namedAttackers(s *sent, first int) {
	end := len(ar.out)
	has := func(src string, rel graph.Relation, tgt string) bool {
		for _, e := range ar.out[first:end] {
			if e.Relation == rel && (src == "" || e.Source.Name == src || countryOf(e.Source) == src) && (tgt == "" || e.Target.Name == tgt) {
				return true
			}
		}
		return false
	}
	for q := first; q < end; q++ {
		e := ar.out[q]
		if e.Relation != graph.Attacked && e.Relation != graph.Supported || e.SentenceIndex != s.Index || has(e.Target.Name, graph.Attacked, e.Source.Name) {
			continue
		}
		k := triggerAt(s, e.Trigger)
		if k < 0 {
			continue
		}
		if sps := ar.evidenceOf(s, k); len(sps) > 0 {
			// "the US has evidence that North Korea shipped shells to
			// Russia": proof told is a charge, whoever holds it
			for _, sp := range sps {
				if countryOf(sp.actor) == "" || countryOf(sp.actor) != countryOf(e.Source) {
					ar.emit(s, sp, graph.Accused, mention{actor: e.Source, ok: true, via: viaName}, e.Trigger, wAnaphora)
				}
			}
			continue
		}
		if e.Relation == graph.Supported && e.Target.Kind == graph.Org && e.Target.Country != "" && !ar.x.stateOrgans[e.Target.Name] {
			// "Colombia claimed that Venezuela was sheltering FARC rebels":
			// help to an armed group claimed or believed is a charge, and
			// so is help to the rebels of the speaker's own state ("Sudan
			// said Chad was backing the JEM rebels")
			sps := ar.suspicionOf(s, k)
			if len(sps) == 0 && rebelsTold(s, e.Target.Name) {
				for _, sp := range ar.chargeSpeaker(s, k, k, false) {
					if side := countryOf(sp.actor); side != "" && side == e.Target.Country {
						sps = append(sps, sp)
					}
				}
			}
			for _, sp := range sps {
				if sp.ok && sp.actor.Name != e.Source.Name && (countryOf(sp.actor) == "" || countryOf(sp.actor) != countryOf(e.Source)) {
					ar.emit(s, sp, graph.Accused, mention{actor: e.Source, ok: true, via: viaName}, e.Trigger, wAnaphora)
				}
			}
			continue
		}
		if e.Relation != graph.Attacked {
			continue
		}
		if sps := ar.suspicionOf(s, k); len(sps) > 0 {
			// "the United States believes Israel conducted an airstrike
			// against Syria": an agent of force believed or found is a
			// charge, whoever holds the belief
			for _, sp := range sps {
				if sp.ok && sp.actor.Name != e.Source.Name && (countryOf(sp.actor) == "" || countryOf(sp.actor) != countryOf(e.Source)) {
					ar.emit(s, sp, graph.Accused, mention{actor: e.Source, ok: true, via: viaName}, e.Trigger, wAnaphora)
				}
			}
			continue
		}
		for _, sp := range ar.chargeSpeaker(s, k, k, false) {
			side := countryOf(sp.actor)
			if sp.actor.Name == e.Source.Name || side != "" && side == countryOf(e.Source) {
				continue // "Russia said its forces struck ...": no charge
			}
			if sp.actor.Name != e.Target.Name && (side == "" || e.Target.Kind == graph.Org || side != countryOf(e.Target)) {
				// a third party's report may be news, not a charge, and so
				// is a state's of strikes on an armed group in its land
				continue
			}
			if has(sp.actor.Name, graph.Attacked, "") || side != "" && has(side, graph.Attacked, "") || has(sp.actor.Name, graph.Urged, e.Source.Name) {
				continue
			}
			ar.emit(s, sp, graph.Accused, mention{actor: e.Source, ok: true, via: viaName}, e.Trigger, wAnaphora)
		}
	}
}

// rebelsTold reports whether the sentence names the organisation name
// as rebels, militants or insurgents (armedWord right before or after
// its mention: "the M23 rebels", "rebels of the FARC"), not as a
// party or movement of the state ("Egypt supports Fatah"). Cost: linear
// in the sentence's mentions.
func rebelsTold(s *sent, name string) bool {
	for _, m := range s.ments {
		if !m.ok || m.actor.Name != name {
			continue
		}
		if armedWord(s, m.end-1) || m.end < len(s.toks) && armedWord(s, m.end) || m.start >= 2 && armedWord(s, m.start-2) && s.toks[m.start-1].Lower == "of" {
			return true
		}
	}
	return false
}

// armedWord reports whether the word at k names armed men outside a
// state: a nonstate noun that is also a definite group's head ("rebels",
// "militants", "insurgents"; never "protesters" or "reporters"). Cost:
// constant.
func armedWord(s *sent, k int) bool {
	return s.isWord(k, lexicon.NonState) && s.isWord(k, lexicon.DefiniteGroup)
}

// triggerAt is the token of s that opens trigger text trig, or -1 when
// none does or more than one may ("the drones hit nothing, while ...
// Russian drones hit Kyiv": the edge does not say which).
func triggerAt(s *sent, trig string) int {
	w, _, _ := strings.Cut(strings.ToLower(trig), " ")
	at := -1
	for k, t := range s.toks {
		if t.Lower == w {
			if at >= 0 {
				return -1
			}
			at = k
		}
	}
	return at
}

// participleBetween reports whether a participle's clause opens between
// tokens k and v of s (", killing about 1,200 people, according to
// Israel": the source vouches for the toll, not the act).
func participleBetween(s *sent, k, v int) bool {
	for q := k + 1; q+1 < v; q++ {
		if s.toks[q].Text == "," && s.toks[q+1].Kind == text.Word && !s.toks[q+1].Cap && strings.HasSuffix(s.toks[q+1].Lower, "ing") {
			return true
		}
	}
	return false
}

// evidenceOf returns who holds the proof a clause at token k is told as:
// the subject of "X has evidence that ..." (evidencenoun), or nil.
func (ar *article) evidenceOf(s *sent, k int) []mention {
	cs := ar.clauseStart(s, k)
	ev := evidenceBefore(s, cs)
	if ev < 1 || ar.blocked(s, ev) {
		return nil
	}
	// the clause's own subject, then its verb: "evidence that North
	// Korea shipped shells", not a relative clause whose verb lacks its
	// object ("intelligence that Ukraine used to strike ships")
	q := cs
	if s.is(q, lexicon.Det) {
		q++
	}
	if q >= len(s.toks) || s.at[q] < 0 {
		return nil
	}
	v := s.ments[s.at[q]].end
	for v < k && (s.is(v, lexicon.Aux) || strings.HasSuffix(s.toks[v].Lower, "ly")) {
		v++
	}
	if v != k {
		return nil
	}
	srcs, _ := ar.subject(s, ev, nil)
	return srcs
}

// suspicionOf returns who holds the belief or finding whose complement
// is the clause of the act at token k: the subject of "X believes (that)
// Y conducted ...", "X is confident Y carried out ..." (suspectverb), or
// nil. The act's subject must stand right before its verb (auxiliaries
// and adverbs aside) and the belief right before that subject, with
// at most a "that" and quotation marks between; a noun of force may
// stand after a light verb and its determiner. A belief negated or
// under a condition holds none. Cost: a few tokens' look back.
func (ar *article) suspicionOf(s *sent, k int) []mention {
	toks := s.toks
	// back over the verb's auxiliaries and adverbs, or a light verb and
	// its determiner ("Israel conducted an airstrike"), to the subject
	q := k - 1
	for q > 0 && q >= k-4 && s.at[q] < 0 && toks[q].Kind == text.Word && !toks[q].Cap && toks[q].Lower != "that" && !s.is(q, lexicon.Clause) && !s.is(q, lexicon.RelPron) {
		q--
	}
	if q <= 0 || s.at[q] < 0 {
		return nil
	}
	b := s.ments[s.at[q]].start
	for b > 0 && (toks[b-1].Lower == "that" || quoteLike(toks[b-1])) {
		b--
	}
	for j := b - 1; j >= 0 && j >= b-3; j-- {
		if n := s.cue(ar.x.lex, j, lexicon.SuspectVerb); n > 0 && j+n == b {
			if ar.blocked(s, j) {
				return nil
			}
			srcs, _ := ar.subject(s, j, nil)
			return srcs
		}
	}
	return nil
}

// evidenceBefore returns the noun of proof whose complement is the
// clause opening at cs ("evidence that", "proof that", "\"concrete
// proof\" that": evidencenoun, quotation marks aside), or -1.
func evidenceBefore(s *sent, cs int) int {
	if cs < 2 || s.toks[cs-1].Lower != "that" {
		return -1
	}
	q := cs - 2
	for q > 0 && quoteLike(s.toks[q]) {
		q--
	}
	if !s.isWord(q, lexicon.EvidenceNoun) {
		return -1
	}
	return q
}
