package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// reportsConduct reports whether the words at e tell what the actor
// before them is doing or has done ("was massing troops", "had sent a
// patrol", "is endangering"), which makes a "warned that X ..." a charge
// rather than a threat.
func reportsConduct(lex *lexicon.Lexicon, toks []text.Token, e int) bool {
	if e < 0 || e+1 >= len(toks) {
		return false
	}
	n := e + 1
	for n+1 < len(toks) && quoteLike(toks[n]) {
		n++ // "were 'scaling up ...'"
	}
	switch toks[e].Lower {
	case "was", "were", "is", "are":
		w := toks[n].Lower
		return strings.HasSuffix(w, "ing") && w != "going" || w == "behind" || w == "responsible"
	case "had", "has", "have":
		w := toks[n].Lower
		return w == "been" || strings.HasSuffix(w, "ed") || isParticiple(lex, w)
	}
	return false
}

// warnedCharge reports whether a warning verb whose object phrase runs
// from j to end reports conduct rather than a threat: "warned that X was
// massing troops" (ACCUSED X).
func (ar *article) warnedCharge(s *sent, j, end int) bool {
	toks := s.toks
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	if j >= len(toks) || toks[j].Lower != "that" {
		return false
	}
	if j+1 < len(toks) {
		switch toks[j+1].Lower {
		case "any", "another", "further":
			return false // "warned that any Indian strike would be met ...": a threat, no charge
		}
	}
	// "warned that Colombia's actions could have serious consequences":
	// a consequence for X is a threat to X, not a charge
	for q := j + 1; q < len(toks) && q < j+14; q++ {
		if q > j+1 && ar.stops(s, q) {
			break
		}
		if s.cue(ar.x.lex, q, lexicon.ThreatNoun) > 0 || s.cue(ar.x.lex, q, lexicon.Threat) > 0 {
			return false
		}
	}
	ms, e := ar.objectAt(s, j+1)
	if end <= j {
		end = e
	}
	// "warned that X's forces in the area were massing": past a place
	for q := end; q >= 0 && q < len(toks) && q < end+6; q++ {
		if reportsConduct(ar.x.lex, toks, q) {
			return true
		}
		if s.at[q] >= 0 && q > end || toks[q].Text == "," || s.is(q, lexicon.Clause) {
			break
		}
	}
	// "warned that the Kurdish plan was a grave mistake", "warned that the
	// Turkish attack would only benefit X": a judgement of X's act
	if len(ms) > 0 && ar.actOwner(s, j+1, min(len(toks), j+8)) != nil {
		return true
	}
	return false
}

// judgements reads a negative judgement of an actor's act as an accusation
// (relations.md: "Disapproval is ACCUSED"; "'a brazen violation,'
// spokesperson X said"). The act is a noun phrase that names its owner,
// "Somalia's decision", "the decision by Somalia", "the Kurdish vote",
// "this launch by North Korea"; the judgement a verb of the evalverb cue
// class ("was", "represents", "constitutes") with a negeval word after it
// in its clause ("was regrettable", "is a grave mistake", "represents a
// breach"). The source is the subject of the verb of saying that governs
// the clause, else the sentence's speaker. Cost: linear in the sentence.
func (ar *article) judgements(s *sent) {
	if !(s.mayCue(lexicon.EvalVerb) || s.mayCue(lexicon.NegEval)) {
		return // (no cue of its class: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		n := s.cue(lex, k, lexicon.EvalVerb)
		if ne := s.cue(lex, k, lexicon.NegEval); n == 0 && ne > 0 && toks[k].Kind == text.Word && (strings.HasSuffix(toks[k].Lower, "s") || strings.HasSuffix(toks[k].Lower, "ed") ||
			strings.HasSuffix(toks[k].Lower, "ing") && s.is(k-1, lexicon.Aux) || ne > 1 && s.isWord(k, lexicon.Past)) && !s.is(k-1, lexicon.Det) {
			// ("broke the ceasefire": an irregular past opening a phrase of judgement)
			// ("were abandoning their promises": a progressive)
			// "Tokyo's decision \"fundamentally destroys ...\"", "the sale has
			// seriously violated ...": the judging verb itself
			n = 1
			b := k + 1
			if b < len(toks) && s.at[b] < 0 && (s.is(b, lexicon.Det) || s.is(b, lexicon.Adj)) {
				b++
			}
			if b < len(toks) && s.cue(lex, b, lexicon.BarrierNoun) > 0 {
				continue // "breached the defences": force, no charge
			}
		} else if n == 0 || s.at[k] >= 0 || !ar.negEvalAfter(s, k+n) {
			continue
		}
		if s.at[k] >= 0 {
			continue
		}
		cs := ar.clauseStart(s, k)
		if cs > 1 && quoteLike(toks[cs-1]) {
			cs = ar.clauseStart(s, cs-2) // a quotation opened inside the clause
		}
		if cs > 0 && s.is(cs-1, lexicon.Cond) {
			continue // "costs if Russia continues to escalate": a condition judges no one
		}
		e := k // the act's phrase ends before adverbs, auxiliaries and quotes
		for e > cs && s.at[e-1] < 0 && (quoteLike(toks[e-1]) || s.is(e-1, lexicon.Aux) || strings.HasSuffix(toks[e-1].Lower, "ly")) {
			e--
		}
		owner := ar.actOwner(s, cs, e)
		var subjects []mention // a coordinated subject judged whole
		if owner == nil && e > cs && s.at[e-1] >= 0 {
			// "Turkey continues to act illegally", "Tehran is behind the
			// attacks": the judged one is the clause's subject itself
			g := ar.subjectGroup(s, cs, e)
			if c := lastComma(s.toks, cs, e); (g < 0 || s.groups[g].end != e) && c > cs {
				g = ar.subjectGroup(s, c+1, e) // "As we speak, Turkey continues to act illegally": past a fronted adjunct
			}
			if g >= 0 && s.groups[g].end == e && ar.negEvalPredicate(s, k) {
				if m := &s.ments[s.at[e-1]]; m.ok && !m.media && !m.possPron && m.via != viaPronoun && m.via != viaSpeaker {
					owner = m
					if len(s.groups[g].ms) > 1 {
						subjects = s.groupMentions(g) // "the US and the UK were responsible"
					}
				}
			}
		}
		if owner == nil && ar.negEvalPredicate(s, k) {
			// "Mali's junta is illegitimate", "the Malian government's
			// conduct is reckless": an institution of the state stands for it
			owner = ar.institutionSubject(s, cs, e)
		}
		if owner == nil {
			continue
		}
		var srcs []mention
		for v := cs - 1; v >= 0 && v >= cs-3; v-- {
			if s.cue(lex, v, lexicon.Say) > 0 || s.isWord(v, lexicon.SpeechAct) {
				srcs, _ = ar.actorOf(s, v)
				break
			}
		}
		if len(srcs) == 0 && s.speaker != nil && s.speaker.ok {
			srcs = []mention{*s.speaker}
		}
		owners := []mention{*owner}
		if len(subjects) > 0 {
			owners = subjects
		}
		ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, owners), triggerText(toks[k:k+n]), wAnaphora)
	}
}

// institutionSubject returns the state whose institution is the whole
// subject in tokens [cs, e): "Mali's junta", "the Malian junta", "Iran's
// government" (cue class inst); nil otherwise.
func (ar *article) institutionSubject(s *sent, cs, e int) *mention {
	toks := s.toks
	b := cs
	if b < e && s.at[b] < 0 && s.is(b, lexicon.Det) {
		b++
	}
	if b >= e || s.at[b] < 0 {
		return nil
	}
	m := &s.ments[s.at[b]]
	if m.start != b || !m.ok || m.media || m.actor.Kind != graph.State || m.end > e {
		return nil
	}
	q := m.end
	if q == e {
		// "the Malian junta" read as one mention of the state
		if q-1 > m.start && s.cue(ar.x.lex, q-1, lexicon.Inst) > 0 {
			return m
		}
		return nil
	}
	if toks[q].Kind == text.Poss {
		q++
	}
	if q >= e || s.at[q] >= 0 {
		return nil
	}
	if n := ar.x.lex.Cue(lexicon.Inst, toks, q); n > 0 && q+n == e {
		return m
	}
	return nil
}

// negEvalAfter reports whether a negative judgement word follows j in its
// clause, not negated ("is not a violation" is none).
func (ar *article) negEvalAfter(s *sent, j int) bool {
	lex := ar.x.lex
	for k := j; k < len(s.toks) && k < j+8; k++ {
		if s.is(k, lexicon.Neg) && !notOnly(s.toks, k) {
			return false
		}
		if k > j && (ar.stops(s, k) && !quoteLike(s.toks[k]) || s.is(k, lexicon.Prep) && s.toks[k].Lower != "of" && !infinitiveAt(s, k)) {
			return false // "was a response to Chinese aggression": not its own
		}
		if s.cue(lex, k, lexicon.NegEval) > 0 {
			return true
		}
	}
	return false
}

// notOnly reports whether the negation at k is "not only", which
// strengthens rather than denies.
func notOnly(toks []text.Token, k int) bool {
	return toks[k].Lower == "not" && k+1 < len(toks) && toks[k+1].Lower == "only"
}

// negEvalPredicate reports whether the predicate from the verb at k holds
// a negative judgement of its own, before any preposition: "continues to
// act illegally", "is a menace" — not "is staying vigilant to any threats".
func (ar *article) negEvalPredicate(s *sent, k int) bool {
	for q := k; q < len(s.toks) && q < k+7; q++ {
		if s.is(q, lexicon.Neg) && !notOnly(s.toks, q) {
			return false
		}
		if s.cue(ar.x.lex, q, lexicon.NegEval) > 0 {
			return true // before the preposition test: "is behind the attacks"
		}
		if q > k && (s.is(q, lexicon.Prep) && s.toks[q].Lower != "to" || ar.stops(s, q) && !quoteLike(s.toks[q])) {
			return false
		}
	}
	return false
}

// actOwner finds, in tokens [cs, k), a noun phrase headed by an act noun
// (evnoun cues) and returns the actor it belongs to: a by-agent after the
// head, else a possessor or demonym before it.
func (ar *article) actOwner(s *sent, cs, k int) *mention {
	lex := ar.x.lex
	toks := s.toks
	for h := cs; h < k; h++ {
		n := s.cue(lex, h, lexicon.EvNoun)
		if n == 0 || s.at[h] >= 0 {
			continue
		}
		// "the decision by Somalia", "this launch by North Korea"
		for b := h + n; b+1 < k; b++ {
			if toks[b].Lower == "by" && b > h+n && s.cue(lex, b-1, lexicon.Help) > 0 {
				break // "Israel's attack, backed by the US": the backer is no agent
			}
			if a := agentAfter(s, b); toks[b].Lower == "by" && a >= 0 {
				if m := &s.ments[s.at[a]]; m.ok && !m.media && !m.possPron {
					return m
				}
			}
			if s.at[b] >= 0 || ar.stops(s, b) {
				break
			}
		}
		// "the unwarranted behaviour of Somalia": conduct names its agent
		// with "of" (never "the killing of X", a victim)
		if b := h + n; b+1 < k && toks[b].Lower == "of" && s.at[b+1] >= 0 && s.isWord(h+n-1, lexicon.ConductNoun) {
			if m := &s.ments[s.at[b+1]]; m.ok && !m.media && !m.possPron {
				return m
			}
		}
		// "the presence of Turkish troops in Iraq", "the deployment of
		// Russian forces": the forces' state acts
		if b := h + n; b+2 < k && toks[b].Lower == "of" && s.at[b+1] >= 0 {
			if m := &s.ments[s.at[b+1]]; m.ok && m.via == viaDemonym && m.end < k && s.isWord(m.end, lexicon.ForceNoun) {
				return m
			}
		}
		// "Somalia's decision", "the Kurdish vote", "Japan's reckless move"
		q := h - 1
		for q >= cs && q > h-5 && s.at[q] < 0 && (s.is(q, lexicon.Adj) || quoteLike(toks[q]) || toks[q].Kind == text.Word && !toks[q].Cap && strings.HasSuffix(toks[q].Lower, "ly") || s.is(q, lexicon.NegEval) ||
			toks[q].Kind == text.Word && toks[q].Cap && q > cs || // "the Iraqi Kurdish plan"
			toks[q].Kind == text.Word && !toks[q].Cap && q > cs && !s.is(q, lexicon.Det) && !s.is(q, lexicon.Prep) && !s.is(q, lexicon.Aux) && !s.is(q, lexicon.Clause) && !s.is(q, lexicon.Say)) { // "the US arms sale"
			q--
		}
		if q >= cs && toks[q].Kind == text.Poss {
			q--
		}
		if q >= cs && s.at[q] >= 0 {
			if m := &s.ments[s.at[q]]; m.ok && !m.media && (!m.possPron || m.pron != "our" && m.pron != "my") {
				return m
			}
		}
		return nil
	}
	return nil
}

// originCharges reads naming where an attack came from as a charge
// (relations.md: "it is clear that the missiles were launched from X" is
// ACCUSED X): a passive "launched/fired from X" in reported speech makes
// the speaker (or the subject of the verb of saying) accuse X.
func (ar *article) originCharges(s *sent) {
	if !s.mayKey(keyOrigin) {
		return // (no launchverb cue: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := range s.eachKey(keyOrigin, 1, len(toks)-2) {
		if toks[k+1].Lower != "from" || !s.is(k-1, lexicon.PassAux) || s.cue(lex, k-2, lexicon.Neg) > 0 {
			continue
		}
		tgts, _ := ar.objectAt(s, k+2)
		if len(tgts) == 0 {
			continue
		}
		var srcs []mention
		cs := ar.clauseStart(s, k)
		for v := cs - 1; v >= 0 && v >= cs-8; v-- {
			if s.at[v] < 0 && (s.cue(lex, v, lexicon.Say) > 0 || s.isWord(v, lexicon.SpeechAct)) {
				srcs, _ = ar.actorOf(s, v)
				break
			}
		}
		if len(srcs) == 0 && s.speaker != nil && s.speaker.ok {
			srcs = []mention{*s.speaker}
		}
		ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, tgts), triggerText(toks[k:k+2]), wAnaphora)
	}
}

// judgedActs reads a negative judgement told as an adjective on an act
// noun, in a speaker's own words: "'this unwarranted behaviour of Somalia's
// leadership ...,' X said", "X said Japan's reckless decision ...": X
// ACCUSED the act's owner (relations.md: disapproval is ACCUSED). The
// words must be the speaker's (inside the quote of the sentence's speaker,
// or the clause of a verb of saying); the writer's own adjectives are no
// edge. Cost: linear in the sentence.
func (ar *article) judgedActs(s *sent) {
	if !s.mayCue(lexicon.NegEval) {
		return // (every reading needs a judging word: none in the sentence)
	}
	lex := ar.x.lex
	toks := s.toks
	for h := 1; h < len(toks); h++ {
		if s.at[h] >= 0 || !s.cueWithin(h-4, h, lexicon.NegEval) {
			continue // (no judging word may stand in the four words before)
		}
		n := s.cue(lex, h, lexicon.EvNoun)
		force := false
		if n == 0 {
			n = forceNounAt(s, h) // "Russia's unprovoked war against Ukraine"
			force = n > 0
		}
		if n == 0 || s.cue(lex, h, lexicon.NegEval) > 0 {
			continue
		}
		// a judging adjective among the words right before the head
		judged := false
		q := h - 1
		for ; q >= 0 && q >= h-4 && s.at[q] < 0 && toks[q].Kind == text.Word && !s.is(q, lexicon.Det) && !s.is(q, lexicon.Prep); q-- {
			if s.cue(lex, q, lexicon.NegEval) > 0 {
				judged = true
			}
		}
		// "was not an unprovoked attack", "no reckless move": denied
		if !judged || negatedNear(s, lex, q+1) || q >= 0 && s.is(q, lexicon.Neg) || ar.blocked(s, h) {
			continue
		}
		cs := ar.clauseStart(s, h)
		var owner *mention
		if force {
			owner = judgedForceOwner(s, h)
		} else {
			owner = ar.actOwner(s, max(cs, h-6), min(len(toks), h+n+4))
		}
		if owner == nil || owner.start < cs {
			continue
		}
		var srcs []mention
		for v := cs - 1; v >= 0 && v >= cs-3; v-- {
			if s.cue(lex, v, lexicon.Say) > 0 {
				if ms, _ := ar.actorOf(s, v); len(ms) > 0 && ms[0].end <= v {
					srcs = ms
				}
				break
			}
		}
		if len(srcs) == 0 && s.speaker != nil && s.speaker.ok && quoted(s, h) {
			srcs = []mention{*s.speaker}
		}
		ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, []mention{*owner}), triggerText(toks[h:h+n]), wAnaphora)
	}
}

// judgedWrong reports whether token b is a word of judgement standing as
// an adjective before a wrong noun, in or out of quotation marks:
// "China's unacceptable violation", "Chile's \"blatant\" aggression".
// Cost: constant.
func judgedWrong(s *sent, b int) bool {
	t := s.toks[b]
	return quoteLike(t) || t.Kind == text.Word && !t.Cap && s.isWord(b, lexicon.NegEval)
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
	poss := q >= 1 && toks[q].Kind == text.Poss // "Chile's": the possessor before it
	if poss {
		q--
	}
	if q < 0 || s.at[q] < 0 {
		return nil
	}
	if m := &s.ments[s.at[q]]; m.ok && !m.media && !m.possPron && (poss || m.via == viaDemonym) {
		return m
	}
	return nil
}

// infinitiveAt reports whether "to" at k opens an infinitive ("is trying to
// destabilize"), not a prepositional phrase ("a response to aggression").
func infinitiveAt(s *sent, k int) bool {
	t := s.toks
	return t[k].Lower == "to" && k+1 < len(t) && s.at[k+1] < 0 && t[k+1].Kind == text.Word && !t[k+1].Cap && !s.is(k+1, lexicon.Det) && !s.is(k+1, lexicon.Adj)
}

// lastComma returns the last comma in toks[a:b], or -1. Cost: linear.
func lastComma(toks []text.Token, a, b int) int {
	for c := b - 1; c >= a; c-- {
		if toks[c].Text == "," {
			return c
		}
	}
	return -1
}
