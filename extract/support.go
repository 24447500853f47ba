package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Support: SUPPORTED told around the clause's act. "with help from X",
// "backed by X", "supported by X" (helpFrom, with the defender of an attack
// intercepted with help); a party's right to self-defence affirmed; a
// pledge of protection ("will ensure the security of X"), a pledge of
// support told to the one it is made to, taking a side ("fought on Russia's
// side"); and the tests a support verb's frame asks (aid pledged or sought,
// help given, a deployment to a border that is no help, a pledge told as
// the future: pledgeAt).

// helpFrom reads "with help from X", "backed by X", "supported by X": X
// SUPPORTED the one helped, the subject of the clause or, when it names no
// actor, the actor named before.
func (ar *article) helpFrom(s *sent) {
	if !s.mayCue(lexicon.Help) {
		return // (no cue of its class: nothing to read)
	}
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		n := s.cue(ar.x.lex, k, lexicon.Help)
		if n == 0 || ar.blocked(s, k) {
			continue
		}
		srcs, _ := ar.objectAt(s, k+n)
		if len(srcs) == 0 {
			srcs = ar.including(s, k+n) // "got support from allies including the US and the EU"
		}
		if len(srcs) == 0 {
			continue
		}
		var tgts []mention
		w := wHelp
		if c := frontedPhraseEnd(s, k); c > 0 {
			// "With the help of Russia, the Syrian army recaptured the
			// town", "Backed by Rwanda, M23 seized Goma": the phrase opens
			// the sentence, and the one helped is the subject after it
			tgts = ar.afterFrontedComma(s, c)
			if len(tgts) == 0 {
				continue
			}
			srcs = listedHelpers(s, k+n, c) // "Backed by Russian airstrikes, Iranian troops and Hezbollah fighters,"
			if v := tgts[len(tgts)-1].end; v < len(toks) && s.gAt[tgts[0].start] >= 0 {
				v = skipAdverbs(toks, s.groups[s.gAt[tgts[0].start]].end, len(toks))
				if trs, _ := s.trigger(v); len(tgts) > 1 && hasSense(trs, graph.SpokeWith, lexicon.Verb) {
					// "With the help of Egypt, Israel and Hamas agreed a
					// truce": help to a pair's accord is mediation
					// (relations.md), a meeting with each side
					ar.emitAll(s, srcs, graph.SpokeWith, tgts, triggerText(toks[k:k+n]), w)
					k += n - 1
					continue
				}
			}
		} else if toks[k].Lower != "with" {
			// "Hezbollah, backed by Iran," / "efforts supported by the US"
			g := k - 1
			for g >= 0 && toks[g].Text == "," {
				g--
			}
			if g >= 0 && s.gAt[g] >= 0 {
				tgts = s.groupMentions(s.gAt[g])
				w = wPassive
			}
		} else if o := ar.actOwnerBefore(s, k); o != nil {
			// "the M23's offensive and advances towards Goma with the
			// support of the Rwanda Defence Forces": the act's owner is
			// helped, not the clause's subject
			tgts = []mention{*o}
		} else if m := ar.accusedBefore(s, k); m != nil {
			// "Israel accused Iran of orchestrating the expulsion, with
			// the help of Algeria": the help is to the one charged
			tgts = []mention{*m}
		} else if ar.interceptedBefore(s, k) {
			// "most of the missiles were intercepted with help from the
			// United States": the side defending, the state the speaker
			// speaks for ("the Israeli military said"), else the target of
			// the latest attack
			tgts = ar.defender(s, srcs)
		} else if sg, _ := ar.subject(s, k, nil); len(sg) > 0 && !(k > 0 && toks[k-1].Text == ",") {
			tgts = before(sg, k) // (the helpers themselves are none of the helped)
		} else if k > 0 && toks[k-1].Text == "," {
			// "the forces of A and B, with support from C, struck": the
			// subject before the parenthetical
			if sg, _ := ar.subject(s, k-1, nil); len(sg) > 0 {
				tgts = sg
			}
		}
		if len(tgts) == 0 && toks[k].Lower != "with" && k > 0 && s.is(k-1, lexicon.PassAux) {
			// "Guaido, who is backed by the US": the passive's subject
			if sg, _ := ar.subject(s, k-1, nil); len(sg) > 0 {
				tgts, w = sg, wPassive
			}
		}
		if len(tgts) == 0 && toks[k].Lower != "with" {
			// "Haftar's march was backed by X": the possessor of the subject
			if cs := ar.clauseStart(s, k); cs < len(toks) && s.at[cs] >= 0 {
				if m := s.ments[s.at[cs]]; m.ok && !m.media && m.end < k && toks[m.end].Kind == text.Poss {
					tgts, w = []mention{m}, wPassive
				}
			}
		}
		if len(tgts) == 0 {
			for q := len(s.ments) - 1; q >= 0; q-- {
				m := s.ments[q]
				if m.start < k && m.ok && !m.media && !m.possPron && s.gAt[m.start] >= 0 && len(s.groups[s.gAt[m.start]].ms) > 1 && s.groups[s.gAt[m.start]].end <= k {
					// "the militaries of A and B, at the direction of their
					// governments with support from C": the last group before
					tgts = s.groupMentions(s.gAt[m.start])
					break
				}
				if m.start < k && m.ok && !m.media && !m.possPron {
					if m.actor.Kind != graph.State && m.actor.Country != "" {
						m.actor = stateActor(m.actor.Country)
					}
					tgts = []mention{m}
					break
				}
			}
		}
		ar.emitAll(s, srcs, graph.Supported, tgts, triggerText(toks[k:k+n]), w)
		k += n - 1
	}
}

// frontedPhraseEnd returns the comma that closes a phrase opening the
// sentence at k ("With the help of Russia, ...", "Backed by Rwanda, ..."),
// with only words of the phrase's object between; 0 when the phrase does
// not open the sentence or no comma closes it within twenty words. A
// comma inside a list of the object ("Backed by A, B and C, the army")
// goes on to the comma after the list's last member. Cost: linear in
// those words.
func frontedPhraseEnd(s *sent, k int) int {
	toks := s.toks
	if k > 0 && !(k == 1 && quoteLike(toks[0])) {
		return 0
	}
	for c := k + 1; c < len(toks) && c < k+20; c++ {
		switch {
		case toks[c].Text == ",":
			if c+1 >= len(toks) {
				return 0
			}
			if e := listGoesOn(s, c); e > c {
				c = e - 1 // (the loop steps onto the list's closing comma)
				continue
			}
			return c
		case toks[c].Text == "." || toks[c].Text == ";" || s.is(c, lexicon.Clause) || s.is(c, lexicon.Aux):
			return 0
		}
	}
	return 0
}

// listGoesOn returns the comma that closes a list "A, B and C," whose
// comma after A stands at c, or 0 when the words after c are no such
// list member ("With the help of France, Mali and Niger drove": the
// subject, not the list, follows). Cost: a few words.
func listGoesOn(s *sent, c int) int {
	toks := s.toks
	for q := c + 1; q+1 < len(toks) && q < c+14; q++ {
		if toks[q].Text == "." || toks[q].Text == ";" {
			return 0
		}
		if toks[q].Lower != "and" || s.at[q+1] < 0 {
			continue
		}
		// "and C" must close the list with a comma of its own, past the
		// member's head nouns ("and Hezbollah fighters,"); else the words
		// after the first comma are the clause's subject ("With the help
		// of France, Mali, Niger and Chad drove")
		e := s.ments[s.at[q+1]].end
		for e < len(toks) && e < q+5 && toks[e].Kind == text.Word && !toks[e].Cap && s.at[e] < 0 && !s.is(e, lexicon.Aux) && !s.is(e, lexicon.Prep) {
			e++
		}
		if e < len(toks) && toks[e].Text == "," {
			return e
		}
		return 0
	}
	return 0
}

// listedHelpers returns the actors named in the help phrase's object in
// tokens [a, b): each member of its list, never an actor of an adjunct
// after it ("Backed by Iran in its war with Israel,": Iran alone). Cost:
// linear in the words.
func listedHelpers(s *sent, a, b int) []mention {
	var out []mention
	for q := a; q < b && q < len(s.toks); q++ {
		if s.at[q] < 0 {
			if s.is(q, lexicon.Prep) && len(out) > 0 {
				break
			}
			continue
		}
		m := s.ments[s.at[q]]
		if m.possPron {
			if len(out) > 0 {
				break
			}
			continue // "Backed by its ally Russia": the pronoun before the helper
		}
		if m.ok && !m.media && !sameActor(m, out) {
			out = append(out, m)
		}
		q = m.end - 1
	}
	return out
}

// accusedBefore returns the one a charge before k names when its act is
// told as a gerund: "accused Iran of orchestrating the expulsion, with the
// help of Algeria" gives Iran. The charge verb is an ACCUSED verb of the
// lexicon right before the accused's mention, then "of" or "for" and a
// gerund; nil when the sentence has none before k. Cost: linear in the
// words before k (at most twenty).
func (ar *article) accusedBefore(s *sent, k int) *mention {
	toks := s.toks
	for g := k - 1; g >= 2 && g >= k-20; g-- {
		if toks[g].Text == "." || toks[g].Text == ";" {
			return nil
		}
		if w := toks[g].Lower; (w != "of" && w != "for") || g+1 >= len(toks) || !strings.HasSuffix(toks[g+1].Lower, "ing") || s.at[g-1] < 0 {
			continue
		}
		if acc, v := ar.chargeAt(s, g, true); v >= 0 && len(acc) > 0 {
			return &acc[0]
		}
		return nil
	}
	return nil
}

// actOwnerBefore returns the owner of the act noun of force nearest before
// k in its clause ("the M23 armed group's ongoing offensive and advances
// towards Goma ... with the support of X"), or nil. It reads at most
// fourteen tokens back.
func (ar *article) actOwnerBefore(s *sent, k int) *mention {
	cs := ar.clauseStart(s, k)
	for q := k - 1; q >= cs && q >= k-14; q-- {
		if ar.attackNoun(s, q) {
			// back over adjectives to a possessive: "the M23 armed
			// group's ongoing offensive", "Haftar's offensive"
			b := q - 1
			for b > cs && s.at[b] < 0 && (s.is(b, lexicon.Adj) || s.toks[b].Kind == text.Word && !s.toks[b].Cap && !s.is(b, lexicon.Prep) && q-b <= 2) {
				b--
			}
			if b > cs && s.toks[b].Kind == text.Poss {
				h := b - 1
				for h > cs && s.at[h] < 0 && s.toks[h].Kind == text.Word && !s.toks[h].Cap && b-h <= 2 {
					h-- // "the M23 armed group's": past the head nouns
				}
				if s.at[h] >= 0 {
					if o := &s.ments[s.at[h]]; o.ok && !o.media && !o.possPron {
						return o
					}
				}
			}
			if q >= 2 && s.toks[q-1].Lower == "and" && ar.attackNoun(s, q-2) {
				continue // "offensive and advances": the first noun's owner
			}
			return nil
		}
	}
	return nil
}

// before returns the mentions of ms that start before k.
func before(ms []mention, k int) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		if m.start < k {
			out = append(out, m)
		}
	}
	return out
}

// interceptedBefore reports whether the clause before k says that weapons
// were stopped: "were intercepted", "were shot down".
func (ar *article) interceptedBefore(s *sent, k int) bool {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if s.isWord(q, lexicon.InterceptVerb) {
			return q > 0 && s.is(q-1, lexicon.PassAux)
		}
	}
	return false
}

// defender is the side that stopped an attack, for "intercepted with help
// from X": the state of a speaker in the sentence ("the Israeli military
// said"), else the target of the latest attack in the article; never
// one of helpers.
func (ar *article) defender(s *sent, helpers []mention) []mention {
	for q := range s.ments {
		m := s.ments[q]
		if !m.ok || m.media || sameActor(m, helpers) {
			continue
		}
		if m.actor.Country != "" && m.end < len(s.toks) && (s.is(m.end, lexicon.Say) || m.end+1 < len(s.toks) && s.is(m.end+1, lexicon.Say)) {
			m.actor = stateActor(m.actor.Country)
			return []mention{m}
		}
	}
	for e := len(ar.out) - 1; e >= 0; e-- {
		ed := ar.out[e]
		if ed.Relation != graph.Attacked || ed.SentenceIndex < s.Index-eventWindow {
			continue
		}
		m := mention{actor: ed.Target, ok: true, via: viaDefinite}
		if sameActor(m, helpers) {
			return nil
		}
		return []mention{m}
	}
	return nil
}

// rightToDefend reads the affirmation of a party's right to self-defence
// as support: "Israel has a right to defend itself," X said.
func (ar *article) rightToDefend(s *sent) {
	toks := s.toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower != "right" || toks[k+1].Lower != "to" {
			continue
		}
		nx := toks[k+2].Lower
		if !(strings.HasPrefix(nx, "self-defen") || nx == "defend" || nx == "self") {
			continue
		}
		// whose right: "Israel's right", "Israel has a/the right"
		var tgts []mention
		q := k - 1
		for q >= 0 && (toks[q].Lower == "a" || toks[q].Lower == "the" || toks[q].Lower == "every" || toks[q].Lower == "full") {
			q--
		}
		if q >= 0 && toks[q].Kind == text.Poss && q > 0 && s.gAt[q-1] >= 0 {
			tgts = s.groupMentions(s.gAt[q-1])
		} else if q >= 1 && s.isWord(q, lexicon.RightVerb) && s.gAt[q-1] >= 0 {
			tgts = s.groupMentions(s.gAt[q-1])
		}
		if len(tgts) == 0 {
			continue
		}
		src := ar.wordsSpeaker(s, k)
		if src == nil && tgts[0].start > 0 {
			// "Egypt affirmed Israel's right to self-defence": the subject of
			// the verb of affirming before the right's holder
			if v := tgts[0].start - 1; s.at[v] < 0 && s.isWord(v, lexicon.AffirmVerb) && !ar.blocked(s, v) {
				if subj, _ := ar.subject(s, v, nil); len(subj) > 0 {
					src = &subj[0]
				}
			}
		}
		if src == nil {
			continue
		}
		for _, t := range tgts {
			ar.emit(s, *src, graph.Supported, t, "right to "+nx, wRight)
		}
	}
}

// aidPledged reports whether a noun of aid (soughtaid, militaryaid) stands
// in the few words from j that a pledge names: "pledging more US aid",
// "pledged $1 billion in military assistance".
func (ar *article) aidPledged(s *sent, j int) bool {
	for q := j; q < len(s.toks) && q < j+6; q++ {
		if s.isWord(q, lexicon.SoughtAid) || s.isWord(q, lexicon.MilitaryAid) {
			return true
		}
		if ar.stops(s, q) {
			return false
		}
	}
	return false
}

// aidSoughtOf reports whether the object ms is the owner of the help
// asked for: "requested South Africa's military intervention", "wants
// France's help", "sought Indian government's cooperation". It looks past
// a state's organ, the possessive and one modifier.
func (ar *article) aidSoughtOf(s *sent, ms []mention) bool {
	toks := s.toks
	e := ms[len(ms)-1].end
	if e+1 < len(toks) && s.at[e] < 0 && (s.isWord(e, lexicon.OrganNoun) || s.isWord(e, lexicon.GovNoun)) && toks[e+1].Kind == text.Poss {
		e++ // "the Indian government's cooperation"
	}
	if e >= len(toks) || toks[e].Kind != text.Poss {
		return false
	}
	for q := e + 1; q < len(toks) && q <= e+2; q++ {
		if s.isWord(q, lexicon.SoughtAid) {
			return true
		}
		if s.at[q] >= 0 || toks[q].Kind != text.Word {
			return false
		}
	}
	return false
}

// givesHelp reports whether the words from j up to the next preposition
// name help given (cue class given): "sent more air defence systems to",
// "sent troops to", not "sent a delegation to"; a sum given "in aid" is
// help too ("gave X 200 million euros in aid").
func (ar *article) givesHelp(s *sent, j int) bool {
	toks := s.toks
	lim := j + 10
	for k := j; k < len(s.toks) && k < lim; k++ {
		if k > j && toks[k].Text == "(" {
			for k+1 < len(toks) && k < j+14 && toks[k].Text != ")" {
				k++ // "234 million euros (173 million pounds) in aid": a sum's gloss
			}
			lim = k + 4
			continue
		}
		if s.cue(ar.x.lex, k, lexicon.Given) > 0 {
			return true
		}
		if k > j && toks[k].Lower == "in" && k+1 < len(toks) && (s.cue(ar.x.lex, k+1, lexicon.Given) > 0 || k+2 < len(toks) && s.is(k+1, lexicon.Adj) && s.cue(ar.x.lex, k+2, lexicon.Given) > 0) {
			return true // "gave X 200 million euros in (military) aid"
		}
		if k > j && s.is(k, lexicon.Prep) || ar.stops(s, k) || k > j && toks[k].Lower != "to" && s.is(k, lexicon.Aux) && s.at[k] < 0 {
			return false // ("a resolution giving Iraq a deadline had little support": the next verb)
		}
	}
	return false
}

// sentToBorder reports whether what is given after j goes "to" a state's
// edge ("sent troops to the Colombian border", "to Syria's borders"): a
// deployment at the state, no help to it (cue class bordernoun). It reads
// at most ten tokens.
func (ar *article) sentToBorder(s *sent, j int) bool {
	toks := s.toks
	for k := j; k+1 < len(toks) && k < j+10; k++ {
		if toks[k].Lower != "to" {
			if ar.stops(s, k) {
				return false
			}
			continue
		}
		q := k + 1
		for q < len(toks) && s.is(q, lexicon.Det) {
			q++
		}
		if q >= len(toks) || s.at[q] < 0 {
			return false
		}
		e := s.ments[s.at[q]].end
		if e < len(toks) && toks[e].Kind == text.Poss {
			e++
		}
		return e < len(toks) && s.cue(ar.x.lex, e, lexicon.BorderNoun) > 0
	}
	return false
}

// pledgeAt returns the token that makes the support verb at i a pledge,
// which relations.md makes an act now though it is told as the future:
// "Mexico will continue to support Castillo" (the "will"), "we will stand
// with Ukraine", "Britain promised to back Kyiv" (the "promised"); -1 when
// none does. The verb stands right after "will", "'ll" or "shall" (past
// "continue to", "always", "also" and -ly adverbs), whose subject is an
// actor ("we" in a quotation), or right after "to" and a verb of pledging
// (the assureverb class). The caller reads every other block of the verb
// (blockedBut): a negation, a denial, a condition. A pledge is its
// maker's: in a clause another reports or holds an opinion of ("Kyiv
// hopes Germany will send tanks", "Iran will arm Russia, US intelligence
// warned") the one who will act must be the reporter or of the
// reporter's state; after a verb of opinion (opinionverb) it is none.
// Cost: linear in the clause.
func (ar *article) pledgeAt(s *sent, i int, tr *lexicon.Trigger) int {
	toks := s.toks
	if tr.Relation != graph.Supported {
		return -1
	}
	lex := ar.x.lex
	k := i - 1
	for k > 0 {
		if s.isWord(k, lexicon.ForecastAdv) {
			return -1 // "Germany will likely send tanks": a forecast, no pledge
		}
		if n := skipAdverbsBack(toks, k, 0); n < k {
			k = n
			continue
		}
		if w := toks[k].Lower; w == "always" || w == "also" || w == "to" || w == "continue" {
			k--
			continue
		}
		break
	}
	if k < 1 {
		return -1
	}
	var maker *mention
	switch w := toks[k].Lower; {
	case w == "will" || w == "'ll" || w == "shall":
		p := k - 1
		if toks[i].QuoteID != 0 && toks[p].Lower == "we" {
			break
		}
		if s.at[p] < 0 || !s.ments[s.at[p]].ok || s.ments[s.at[p]].media {
			return -1
		}
		maker = &s.ments[s.at[p]]
	case s.isWord(k, lexicon.AssureVerb) && toks[i-1].Lower == "to" && k == i-2:
		// "promised to back Kyiv": the pledge and its verb, nothing between
	default:
		return -1
	}
	cs := ar.clauseStart(s, k)
	for q := cs; q < k; q++ {
		if w := toks[q].Lower; w == "neither" || w == "nor" || s.cue(lex, q, lexicon.Neg) > 0 && s.at[q] < 0 {
			return -1 // "Neither China nor India will back Russia"
		}
	}
	if ar.conditionInClause(s, cs, i) {
		return -1 // "NATO will defend Estonia if Russia attacks": a condition
	}
	if maker == nil {
		return k
	}
	// who reports the clause: the subject of a verb of saying or opinion
	// right before it, else the sentence's speaker named after it
	b := maker.start
	for v := b - 1; v >= 0 && v >= b-3; v-- {
		if s.isWord(v, lexicon.OpinionVerb) {
			return -1 // "Kyiv hopes Germany will send tanks": hoped, not pledged
		}
		if s.cue(lex, v, lexicon.Say) > 0 {
			if rep, _ := ar.actorOf(s, v); len(rep) == 0 || otherParty(rep[0].actor, maker.actor) {
				return -1 // "US officials said Iran will arm Russia", "Analysts say ...": a forecast
			}
			return k
		}
	}
	rep := s.speaker
	if rep == nil {
		rep = ar.trailingSayer(s, i)
	}
	if rep != nil && rep.ok && rep.start > i && otherParty(rep.actor, maker.actor) {
		return -1 // "Iran will supply drones to Russia, US intelligence warned"
	}
	return k
}

// otherParty reports whether a and b are neither one actor nor of one
// country (a person and the state, a state and its organ, are one party).
func otherParty(a, b graph.Actor) bool {
	return a.Name != b.Name && countryOf(a) != countryOf(b)
}

// conditionInClause reports whether a condition ("if", "unless",
// "whether", "in case") opens the clause at cs or stands in it up to its
// end after i (a comma or a semicolon ends it; a condition in the three
// words after that comma, ", but only if", is still the clause's). Cost:
// linear in the clause.
func (ar *article) conditionInClause(s *sent, cs, i int) bool {
	if cs > 0 && s.is(cs-1, lexicon.Cond) {
		return true
	}
	toks := s.toks
	for q := cs; q < len(toks); q++ {
		if q > i && (toks[q].Text == "," || toks[q].Text == ";" || toks[q].Text == ".") {
			// ", but only if", ", unless": a condition set off by the comma
			// is the clause's; any later one is another clause's
			for r := q + 1; r < len(toks) && r <= q+3; r++ {
				if s.cue(ar.x.lex, r, lexicon.Cond) > 0 {
					return true
				}
			}
			break
		}
		if s.cue(ar.x.lex, q, lexicon.Cond) > 0 {
			return true
		}
	}
	return false
}

// pledges reads a pledge of protection as support now, though it is told
// in the future (relations.md: "will take all necessary measures to ensure
// the security of X" is SUPPORTED X): a pledge verb, "the", a guarded
// thing and "of X". The source is the verb's subject.
func (ar *article) pledges(s *sent) {
	lex := ar.x.lex
	toks := s.toks
	for k, n := range s.eachCue(lex, lexicon.Guarded, 1, len(toks)-2) {
		if toks[k-1].Lower != "the" || k+n >= len(toks) || toks[k+n].Lower != "of" {
			continue
		}
		v := k - 2
		if v < 0 || s.cue(lex, v, lexicon.Pledge) == 0 {
			continue
		}
		if s.cue(lex, v-1, lexicon.Neg) > 0 {
			continue
		}
		if cs := ar.clauseStart(s, v); cs > 0 && s.is(cs-1, lexicon.Cond) {
			continue
		}
		tgts := ar.actorsAfter(s, k+n+1)
		srcs, w := ar.subject(s, v, nil)
		if len(tgts) == 0 || len(srcs) == 0 {
			continue
		}
		ar.emitAll(s, srcs, graph.Supported, ar.otherSide(srcs, tgts), triggerText(toks[v:k+n]), wInherited*w)
	}
}

// actorsAfter returns every actor named in the noun phrase from j to the
// end of its clause, past the words between them: "the security of the
// American homeland and Republic of Korea and Japanese allies".
func (ar *article) actorsAfter(s *sent, j int) []mention {
	var out []mention
	for k := j; k < len(s.toks) && k < j+14; k++ {
		if k > j && (ar.stops(s, k) || s.is(k, lexicon.Clause) || s.toks[k].Text == ",") {
			break
		}
		if s.at[k] >= 0 {
			m := s.ments[s.at[k]]
			if m.ok && !m.media && !sameActor(m, out) {
				out = append(out, m)
			}
			k = m.end - 1
		}
	}
	return out
}

// assuredSupport reads a pledge of support told to the one it is made to:
// "Obama promised a sceptical Israel that Washington would not abandon
// it", "Biden assured Zelensky that the United States would stand by
// Ukraine" (relations.md: a pledge is SUPPORTED now). The clause after
// the one told has a modal ("will", "would", "shall") and a verb of
// support (a SUPPORTED verb trigger) or a negated verb of forsaking
// (forsakeverb); its object, or the one told when the object is a
// pronoun or missing, is supported by the clause's subject and by the
// one who gave the assurance. Cost: linear in the sentence.
func (ar *article) assuredSupport(s *sent) {
	if !s.mayKey(keyAssure) {
		return // (no assureverb cue: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := range s.eachKey(keyAssure, 1, len(toks)-5) {
		if s.cue(lex, k, lexicon.AssureVerb) == 0 || s.at[k] >= 0 {
			continue
		}
		told, e := ar.objectAt(s, k+1)
		if len(told) == 0 || e < 0 || e+3 >= len(toks) {
			continue
		}
		if toks[e].Lower == "that" {
			e++
		}
		if s.at[e] < 0 {
			continue
		}
		subj := s.ments[s.at[e]]
		m := subj.end
		if m+1 >= len(toks) || toks[m].Lower != "will" && toks[m].Lower != "would" && toks[m].Lower != "shall" {
			continue
		}
		v := m + 1
		neg := s.cue(lex, v, lexicon.Neg) > 0
		if neg {
			v++
		}
		if v >= len(toks) {
			continue
		}
		var n int
		if neg {
			n = s.cue(lex, v, lexicon.ForsakeVerb)
		} else if trs, tn := s.trigger(v); len(trs) > 0 && trs[0].Relation == graph.Supported && trs[0].POS == lexicon.Verb && trs[0].Frame.Obj {
			n = tn
		}
		if n == 0 || ar.blocked(s, k) {
			continue
		}
		helped, _ := ar.objectAt(s, v+n)
		if len(helped) == 0 || helped[0].via == viaPronoun {
			helped = told
		}
		srcs, _ := ar.subject(s, k, nil)
		if subj.ok && subj.via != viaPronoun && !subj.media {
			srcs = appendNew(srcs, []mention{subj})
		}
		ar.emitAll(s, srcs, graph.Supported, ar.otherSide(srcs, helped), toks[k].Lower, wVerb)
	}
}

// sideKey are the words onSideOf starts from.
var sideKey = []string{"side"}

// onSideOf reads taking a side as support: "North Korean troops fought on
// Russia's side", "Hungary stands on the side of Russia": the subject of
// the verb before "on" SUPPORTED X. Cost: linear in the sentence.
func (ar *article) onSideOf(s *sent) {
	if !s.mayKey(keySide) {
		return // (no "side": nothing to read)
	}
	toks := s.toks
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].Lower != "on" || s.at[k-1] >= 0 || toks[k-1].Kind != text.Word {
			continue
		}
		var tgts []mention
		if m := s.at[k+1]; m >= 0 && s.ments[m].start == k+1 {
			// ("on Pakistan's side of the border" is a place)
			if e := s.ments[m].end; e+1 < len(toks) && toks[e].Kind == text.Poss && toks[e+1].Lower == "side" && (e+2 >= len(toks) || toks[e+2].Lower != "of") {
				tgts = []mention{s.ments[m]}
			}
		} else if toks[k+1].Lower == "the" && toks[k+2].Lower == "side" && k+4 < len(toks) && toks[k+3].Lower == "of" {
			tgts, _ = ar.objectAt(s, k+4)
		}
		if len(tgts) == 0 || ar.blocked(s, k-1) {
			continue
		}
		srcs, w := ar.subject(s, k-1, nil)
		ar.emitAll(s, srcs, graph.Supported, ar.otherSide(srcs, tgts), "on the side of", wVerb*w)
	}
}
