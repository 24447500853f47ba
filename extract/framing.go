package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Framing: a judgement told in news style rather than by a trigger's
// frame. "called Beijing's conduct 'reckless'", "branded Caracas a threat"
// (framing), "is listed as a terrorist organisation by Turkey"
// (passiveFraming), "the strikes were a violation" (evalCopula) and "held X
// responsible" (heldResponsible, heldToAccount) are ACCUSED; an act called
// a warning or a deterrent is WARNED (warningByAct, warnedAt); "thanked X
// for its support" is SUPPORTED both ways (thanks). wAnaphora and wFraming
// weigh these readings.

const (
	wAnaphora = 0.70 // "condemned the raid": the agent of the latest act
	wFraming  = 0.80 // "branded X a threat", "described the shelling as a war crime by X"
)

// framing reads evaluative framing as an accusation: "called Beijing's
// conduct 'reckless'", "branded Caracas a threat", "described the shelling
// as a war crime by Russia", "called the incursion a provocation by X". The
// complement must hold a word of negative judgement (cue class negeval);
// the target is an actor of the object, else a by-phrase of the
// complement, else the agent of the act the object names.
func (ar *article) framing(s *sent) {
	toks := s.toks
	lex := ar.x.lex
	for i, n := range s.eachCue(lex, lexicon.Framing, 0, len(toks)) {
		if s.at[i] >= 0 {
			continue
		}
		j := i + n // "referred to the raid as"
		if j >= len(toks) {
			break
		}
		if s.isWord(j, lexicon.NotFramed) {
			continue
		}
		if ar.blocked(s, i) {
			continue
		}
		if ar.passiveFraming(s, i, j) {
			continue
		}
		srcs, w := ar.actorOf(s, i)
		if len(srcs) == 0 {
			continue
		}
		tgts, e := ar.objectAt(s, j)
		if ts, ok := ar.actPronoun(s, j, srcs); ok {
			tgts, e = ts, j+1 // "called them illegal": the strikes told before
		}
		armed := false
		if st, ok := ar.seizedState(s, j); ok {
			// "called the coup in Mali a violation", "rejected the
			// military takeover as unconstitutional": the seizing state
			tgts = st
			if e < j {
				e = j
			}
			for e < len(toks) && e < j+8 && toks[e].Lower != "as" && s.cue(lex, e, lexicon.NegEval) == 0 && !quoteLike(toks[e]) && toks[e].Kind == text.Word {
				e++
			}
		}
		if v := e + 1; len(tgts) > 0 && v+1 < len(toks) && tgts[len(tgts)-1].end == e && toks[e].Lower == "to" && (toks[v].Kind == text.Word || quoteLike(toks[v]) && toks[v+1].Kind == text.Word) && !toks[v].Cap && !s.is(v, lexicon.Det) {
			continue // "called Putin to demand an end to ...": a call made, no naming
		}
		if len(tgts) > 0 {
			// "Beijing's conduct": skip the rest of the object phrase
			for e < len(toks) && e < j+6 && toks[e].Lower != "as" && (toks[e].Kind == text.Poss || toks[e].Kind == text.Word && !toks[e].Cap && !s.isWord(e, lexicon.Prep) &&
				s.cue(lex, e, lexicon.NegEval) == 0 && !s.isWord(e, lexicon.Det)) {
				e++
			}
		} else if e, armed = ar.eventNoun(s, j); e < 0 {
			// any short noun phrase: "called the tariff threat an act of
			// coercion by the United States" (the by-phrase names the target)
			e = j
			for e < len(toks) && e < j+5 && s.at[e] < 0 && toks[e].Kind == text.Word && !toks[e].Cap &&
				(e == j && s.is(e, lexicon.Det) || !s.is(e, lexicon.Det) && !s.is(e, lexicon.Prep) && !s.is(e, lexicon.Aux) && s.cue(lex, e, lexicon.NegEval) == 0) {
				e++
			}
			if e == j || e-j < 2 && !s.is(j, lexicon.Det) {
				continue
			}
			armed = true // only a by-phrase may give the target: no anaphora
		}
		// "rejected the deal as illegal", "sees Iran as a threat": a verb of
		// rejection or of seeing frames only through "as" ("dismissed
		// Pyongyang's threats" is a rebuttal, "sees Iran's envoy" nothing)
		if s.isWord(i, lexicon.AsFraming) {
			as := false
			for q := e; q < len(toks) && q < e+7 && !as; q++ {
				as = toks[q].Lower == "as"
			}
			if !as {
				continue
			}
		}
		// the complement: "a threat", "'reckless'", "as a war crime by Russia"
		eval, by := false, []mention(nil)
		for k := e; k < len(toks) && k < e+14; k++ {
			if k > e && ar.stops(s, k) && !quoteLike(toks[k]) {
				break
			}
			if s.cue(lex, k, lexicon.NegEval) > 0 && !s.is(max(k-1, 0), lexicon.Neg) {
				eval = true
			}
			if toks[k].Lower == "by" || toks[k].Lower == "from" {
				if ms, _ := ar.objectAt(s, k+1); len(ms) > 0 {
					by = ms
				}
			}
		}
		if !eval {
			continue
		}
		if len(tgts) == 0 {
			tgts = by
		}
		if len(tgts) == 0 {
			tgts = ar.pairTalksAt(s, j) // "rejected the Turkish-Libyan accord as illegal": its two parties
		}
		if len(tgts) == 0 {
			tgts = ar.betweenAfter(s, j) // "dismissed the deal between Turkey and Libya as illegal"
		}
		wf := wFraming
		if len(tgts) == 0 && e > j && ar.eventNounAt(s, j) > 0 {
			tgts = ar.eventAgents(s, srcs, armed, nounKind(ar.x.lex, toks[e-1].Lower))
			wf = wAnaphora
		}
		if len(tgts) == 0 && srcs[0].start < i && ar.frontedEvent(s, srcs[0].start) {
			// ", a move the White House called a mistake": the framed
			// object is the act fronted, and its agent the target
			tgts = ar.eventAgents(s, srcs, false, "")
			wf = wAnaphora
		}
		ar.emitAll(s, srcs, graph.Accused, tgts, triggerText(toks[i:i+n]), wf*w)
	}
}

// passiveFraming reads a framing told in the passive, "The PKK is listed
// (designated) as a terrorist organisation by Turkey, the EU and the US",
// "Hamas was branded a terrorist group by Israel": each by-agent ACCUSED
// the subject when the complement judges (negeval). It reports whether the
// verb at i (its complement at j) was a passive, read or not: the
// subject of a passive is never the framer.
func (ar *article) passiveFraming(s *sent, i, j int) bool {
	toks := s.toks
	k := i - 1
	k = skipFreeAdverbsBack(s, k, -1)
	if k < 0 || !s.is(k, lexicon.PassAux) || !strings.HasSuffix(toks[i].Lower, "ed") {
		return false
	}
	if j >= len(toks) {
		return true
	}
	eval, by := false, -1
	for q := j; q < len(toks) && q < j+10; q++ { // "as a terrorist group by", "a terrorist group by"
		if s.cue(ar.x.lex, q, lexicon.NegEval) > 0 {
			eval = true
		}
		if toks[q].Lower == "by" {
			by = q
			break
		}
		if ar.stops(s, q) && toks[q].Text != "," {
			break
		}
	}
	if !eval || by < 0 {
		return true
	}
	judges, _ := ar.objectAt(s, by+1)
	tgts, _ := ar.subject(s, k, nil)
	for _, a := range judges {
		for _, b := range tgts {
			// (an armed group of the judge's own state is judged like any
			// other: "listed as a terrorist organisation by Türkiye")
			if b.actor.Kind == graph.Org && !ar.x.stateOrgans[b.actor.Name] || len(ar.otherSide([]mention{a}, []mention{b})) > 0 {
				ar.emit(s, a, graph.Accused, b, triggerText(toks[i:j]), wFraming)
			}
		}
	}
	return true
}

// evalCopula reads a speaker's judgement of an act as an accusation: "Tusk
// told parliament the incursion was 'a large-scale provocation'", "said the
// strikes were a violation of sovereignty". The act's agent is the
// target (by-phrase, else the latest act on record).
func (ar *article) evalCopula(s *sent) {
	if s.speaker == nil || !s.speaker.ok {
		return
	}
	if !s.mayCue(lexicon.EvNoun) {
		return // (no act named by a noun: eventNoun finds none)
	}
	toks := s.toks
	lex := ar.x.lex
	for i := 0; i+2 < len(toks); i++ {
		e, armed := ar.eventNoun(s, i)
		if e < 0 || e >= len(toks) {
			i = max(i, e-1)
			continue
		}
		v := appositiveEnd(ar.x.lex, s, e) // "the incursion, launched last week, is ..."
		// the judgement: a copula or verb of evaluation ("represents",
		// "constitutes", "amounts to") with a negeval word after it, or a
		// judging verb itself ("violates", "crossed an unacceptable line")
		n, eval := 0, false
		switch {
		case s.isWord(v, lexicon.Copula) || toks[v].Lower == "were" || toks[v].Lower == "are":
			n = 1
		case s.at[v] < 0 && s.cue(lex, v, lexicon.EvalVerb) > 0:
			n = s.cue(lex, v, lexicon.EvalVerb)
		case s.at[v] < 0 && s.cue(lex, v, lexicon.NegEval) > 0 && toks[v].Kind == text.Word && (strings.HasSuffix(toks[v].Lower, "s") || strings.HasSuffix(toks[v].Lower, "ed")):
			n, eval = 1, true
		default:
			i = max(i, e-1)
			continue
		}
		if i > 0 && (s.is(i-1, lexicon.Prep) || s.is(i-1, lexicon.TriggerStart)) {
			continue // an object of something else
		}
		head := toks[e-1].Lower // (the act noun's last word names the trigger)
		e = v + n - 1           // (the judgement is read after the verb)
		for k := e + 1; k < len(toks) && k < e+8 && !eval; k++ {
			if ar.stops(s, k) && !quoteLike(toks[k]) {
				break
			}
			if s.cue(ar.x.lex, k, lexicon.NegEval) > 0 && !s.is(k-1, lexicon.Neg) {
				eval = true
			}
			if s.is(k, lexicon.Neg) {
				eval = false
				break
			}
		}
		if !eval {
			continue
		}
		src := []mention{*s.speaker}
		// "the attacks were an unacceptable campaign of escalation by Iran":
		// the predicate names the agent itself
		var tgts []mention
		for k := e + 1; k+1 < len(toks) && k < e+16 && len(tgts) == 0; k++ {
			if ar.stops(s, k) && !quoteLike(toks[k]) {
				break
			}
			if toks[k].Lower == "by" && agentAfter(s, k) >= 0 {
				tgts, _ = ar.objectAt(s, k+1)
			}
		}
		if len(tgts) == 0 {
			tgts = ar.eventAgents(s, src, armed, "")
		}
		ar.emitAll(s, src, graph.Accused, tgts, head+" "+toks[v].Lower, wAnaphora*wFraming/wVerb)
	}
}

// appositiveEnd returns where the clause goes on after a phrase set off
// by commas right after token e-1: a participle or relative phrase ("the
// incursion, launched last Thursday, is ...", "the strikes, which began
// on Monday, were ..."); e when none stands there. Cost: at most ten
// tokens' look ahead.
func appositiveEnd(lex *lexicon.Lexicon, s *sent, e int) int {
	toks := s.toks
	if e+2 >= len(toks) || toks[e].Text != "," {
		return e
	}
	w := toks[e+1]
	if w.Kind != text.Word || w.Cap || !(strings.HasSuffix(w.Lower, "ed") || isParticiple(lex, w.Lower) || s.is(e+1, lexicon.RelPron)) {
		return e
	}
	for c := e + 2; c+1 < len(toks) && c <= e+10; c++ {
		if toks[c].Text == "," {
			return c + 1
		}
		if quoteLike(toks[c]) || toks[c].Kind == text.Punct && toks[c].Text != "-" {
			return e
		}
	}
	return e
}

// heldResponsible reads "held X responsible/accountable (for ...)" with an
// object between the verb and the adjective as an accusation.
func (ar *article) heldResponsible(s *sent) {
	if !s.mayKey(keyHeld) {
		return // (no holdverb cue: nothing to read)
	}
	toks := s.toks
	for i := range s.eachKey(keyHeld, 0, len(toks)-2) {
		if w := toks[i+1].Lower; i > 0 && (w == "responsible" || w == "accountable" || w == "liable") && s.is(i-1, lexicon.PassAux) {
			// "Russia must be held accountable," Zelensky said: the speaker's charge
			if tgts, _ := ar.subject(s, i, nil); len(tgts) > 0 && s.speaker != nil && s.speaker.ok && !ar.negatedBefore(s, i) {
				ar.emitAll(s, []mention{*s.speaker}, graph.Accused, ar.otherSide([]mention{*s.speaker}, tgts), "held "+w, wAnaphora)
			}
			continue
		}
		tgts, e := ar.objectAt(s, i+1)
		if len(tgts) == 0 || e >= len(toks) {
			continue
		}
		if w := toks[e].Lower; w != "responsible" && w != "accountable" && w != "liable" {
			continue
		}
		if ar.blocked(s, i) {
			continue
		}
		srcs, w := ar.actorOf(s, i)
		ar.emitAll(s, srcs, graph.Accused, tgts, toks[i].Lower+" "+toks[e].Lower, wVerb*w)
	}
}

// heldToAccount reads the passive complement of an appeal to the last of
// its targets: "called for X to be held accountable", "demanded that X be
// punished" is a charge against X (accuse); "called for X to be included"
// asks nothing of X (passive); either way X is not urged.
func heldToAccount(s *sent, tgts []mention) (accuse, passive bool) {
	if len(tgts) == 0 {
		return false, false
	}
	toks := s.toks
	e := tgts[len(tgts)-1].end
	if e < len(toks) && toks[e].Lower == "to" {
		e++
	}
	if e+1 >= len(toks) || toks[e].Lower != "be" || toks[e+1].Kind != text.Word {
		return false, false
	}
	p := toks[e+1].Lower
	switch {
	case p == "held" && e+2 < len(toks):
		switch toks[e+2].Lower {
		case "accountable", "responsible", "liable":
			return true, true
		case "to":
			return e+3 < len(toks) && toks[e+3].Lower == "account", true
		}
	case s.cueLex.Is(lexicon.Punished, p):
		return true, true
	}
	return false, strings.HasSuffix(p, "ed") || p == "made" || p == "brought"
}

// negatedBefore reports whether a negation stands in the clause of i before
// it ("should not be held accountable").
func (ar *article) negatedBefore(s *sent, i int) bool {
	for k := i - 1; k >= ar.clauseStart(s, i) && k >= i-5; k-- {
		if s.is(k, lexicon.Neg) {
			return true
		}
	}
	return false
}

// messageKey are the nouns other than the warning nouns that warningByAct
// reads (keyMessage): "sent a message (signal) to".
var messageKey = []string{"message", "signal"}

// warningByAct reads an act called a warning, "the exercises were a stern
// warning to Taipei", "the deployment sent a message to NATO", "the drills
// are meant to be a solemn deterrent against provocation by X": the agent
// of the act the subject noun names WARNED the one warned. What a
// deterrent is aimed against may be told as misconduct between two sides
// ("a deterrent against collusion between A and B"): each side is warned,
// and, the misconduct being a charge (relations.md: disapproval is
// ACCUSED), accused too.
func (ar *article) warningByAct(s *sent) {
	if !s.mayCue(lexicon.WarnNoun) && !s.mayKey(keyMessage) {
		return // (neither a warning noun nor messageKey: nothing to read)
	}
	toks := s.toks
	for k := 2; k+2 < len(toks); k++ {
		w, p := toks[k].Lower, toks[k+1].Lower
		if p != "to" && p != "against" {
			continue // (the test below, first)
		}
		aimed := s.is(k, lexicon.WarnNoun) // "warning", "deterrent": aimed to or against
		if (!aimed && w != "message" && w != "signal") || p != "to" && !(aimed && p == "against") {
			continue
		}
		// back over "a stern", "a “resolute response and solemn" to the article
		q := k - 1
		for q > 0 && q >= k-6 && s.at[q] < 0 && toks[q].Lower != "a" && toks[q].Lower != "an" &&
			(s.is(q, lexicon.Adj) || toks[q].Lower == "stern" || toks[q].Lower == "clear" || toks[q].Lower == "strong" ||
				aimed && (quoteLike(toks[q]) || toks[q].Kind == text.Word && !toks[q].Cap && !s.is(q, lexicon.Prep) &&
					!s.is(q, lexicon.Clause) && !s.is(q, lexicon.Aux) && !s.is(q, lexicon.Say))) {
			q--
		}
		if q < 1 || toks[q].Lower != "a" && toks[q].Lower != "an" {
			continue
		}
		q--
		switch toks[q].Lower {
		case "was", "were", "is", "are", "as", "be":
			if !aimed {
				continue // "were a message to" is rarer than a threat
			}
		case "sent", "sends", "send":
		default:
			continue
		}
		if toks[q].Lower == "as" && q > 0 && s.isWord(q-1, lexicon.ServeVerb) {
			q-- // "the exercises served as a stern warning to"
		}
		if toks[q].Lower == "be" {
			// "were meant to be", "are intended to be": back to the copula
			if q < 3 || toks[q-1].Lower != "to" || !s.isWord(q-2, lexicon.Purpose) || !s.is(q-3, lexicon.PassAux) {
				continue
			}
			q -= 3
		}
		// the modality is the copula's: "were intended to be" tells a purpose
		if ar.blocked(s, q) {
			continue
		}
		tgts, charged := ar.warnedAt(s, k+2, aimed)
		if len(tgts) == 0 {
			continue
		}
		// the subject: "the exercises", "these drills", "the deployment"
		var agents []mention
		for b := q - 1; b >= 0 && b >= q-5; b-- {
			if e, _ := ar.eventNoun(s, b); e == q {
				kind := nounKind(ar.x.lex, toks[q-1].Lower)
				if agents = ar.eventAgents(s, tgts, false, kind); len(agents) == 0 && kind != "" {
					// "the latest drills" of an article about one side's drills,
					// told further back than the window
					agents = ar.kindAgents(tgts, kind)
				}
				break
			}
		}
		if len(agents) == 0 {
			agents = ar.warnActOwner(s, q)
		}
		if len(agents) > 0 {
			ar.emitAll(s, agents, graph.Warned, tgts, triggerText(toks[k:k+1]), wAnaphora)
			if charged {
				ar.emitAll(s, agents, graph.Accused, tgts, triggerText(toks[k:k+1]), wAnaphora)
			}
		}
	}
}

// warnActOwner returns the possessor of an act noun that ends just before q,
// the copula or verb after the subject: "North Korea's missile launches
// were a warning to X", "its latest drills sent a message to Y" name the
// owner of the act as its agent. Nil when the noun before q names no act
// (an evnoun cue) or has no possessor. Cost: a few tokens back.
func (ar *article) warnActOwner(s *sent, q int) []mention {
	toks := s.toks
	if q < 3 || s.at[q-1] >= 0 || s.cue(ar.x.lex, q-1, lexicon.EvNoun) == 0 && !s.isWord(q-1, lexicon.ExerciseKind) {
		return nil
	}
	for b := q - 2; b >= 0 && b >= q-5; b-- {
		if s.at[b] >= 0 {
			m := s.ments[s.at[b]]
			if m.possPron || m.end < len(toks) && toks[m.end].Kind == text.Poss {
				return []mention{m}
			}
			return nil
		}
		if toks[b].Kind == text.Poss {
			continue
		}
		if toks[b].Kind != text.Word || toks[b].Cap || s.is(b, lexicon.Prep) || s.is(b, lexicon.Clause) || s.is(b, lexicon.Say) {
			return nil
		}
	}
	return nil
}

// warnedAt returns the ones a warning or deterrent is aimed at, from j (just
// after its preposition): an actor there, or, for a deterrent "against"
// misconduct, its agent a few words on ("against provocations by X",
// "against collusion and provocation between A and B"); charged reports
// that the words on the way name misconduct (a negeval cue).
func (ar *article) warnedAt(s *sent, j int, far bool) (tgts []mention, charged bool) {
	if tgts, _ = ar.objectAt(s, j); len(tgts) > 0 || !far {
		return tgts, false
	}
	toks := s.toks
	for r := j; r < len(toks) && r < j+6; r++ {
		if s.cue(ar.x.lex, r, lexicon.NegEval) > 0 {
			charged = true
		}
		switch {
		case toks[r].Lower == "between":
			if !charged {
				return nil, false // "a warning against war between A and B"
			}
			return ar.betweenAt(s, r), charged
		case toks[r].Lower == "by" || toks[r].Lower == "from":
			if charged {
				tgts, _ = ar.objectAt(s, r+1)
				return tgts, charged
			}
			return nil, false
		case s.at[r] >= 0:
			if !charged {
				return nil, false
			}
			tgts, _ = ar.objectAt(s, r)
			return tgts, charged
		case ar.stops(s, r) && !quoteLike(toks[r]) || toks[r].Kind != text.Word && !quoteLike(toks[r]):
			return nil, false
		}
	}
	return nil, false
}

// thanks reads "S thanked X for its/their support (help, aid ...)" as X
// SUPPORTED S (the thanks report the support as given) and S SUPPORTED X
// (relations.md: thanks are praise); thanks for X's own work ("for his
// role", "for mediating": creditnoun, creditverb) are the praise alone.
func (ar *article) thanks(s *sent) {
	if !s.mayKey(keyThanks) {
		return // (no thankverb cue: nothing to read)
	}
	toks := s.toks
	for i := range s.eachKey(keyThanks, 0, len(toks)-3) {
		if s.at[i] >= 0 || ar.blocked(s, i) {
			continue
		}
		helpers, e := ar.objectAt(s, i+1)
		if e > 0 && e+2 < len(toks) && toks[e].Lower == "on" && (s.isWord(e+1, lexicon.TimeWord) || s.is(e+1, lexicon.Month)) {
			e += 2 // "thanked Morsi on Wednesday for his role"
		}
		if len(helpers) == 0 || e+1 >= len(toks) || toks[e].Lower != "for" {
			continue
		}
		k := e + 1
		for k < len(toks) && k < e+5 && (s.at[k] >= 0 && s.ments[s.at[k]].possPron || s.is(k, lexicon.Det) || s.is(k, lexicon.Adj) || quoteLike(toks[k])) {
			k++
		}
		if k >= len(toks) {
			continue
		}
		// "thanked Morsi for his role in negotiating the truce", "for
		// mediating": thanks for the one thanked's own work are praise
		// only (no help to the thanker is told)
		own := s.isWord(k, lexicon.CreditVerb) && !(k+1 < len(toks) && (toks[k+1].Lower == "us" || toks[k+1].Lower == "me"))
		if !own && s.isWord(k, lexicon.CreditNoun) {
			trs, _ := s.trigger(k)
			own = len(trs) == 0 || trs[0].Relation != graph.Supported
		}
		if own {
			if thankers, w := ar.subject(s, i, nil); len(thankers) > 0 {
				ar.emitAll(s, thankers, graph.Supported, ar.otherSide(thankers, helpers), toks[i].Lower, wVerb*w)
			}
			continue
		}
		if !s.is(k, lexicon.TriggerStart) {
			continue
		}
		if trs, _ := s.trigger(k); len(trs) == 0 || trs[0].Relation != graph.Supported {
			continue
		}
		helped, w := ar.subject(s, i, nil)
		if len(helped) == 0 {
			continue
		}
		ar.emitAll(s, helpers, graph.Supported, helped, toks[i].Lower, wVerb*w)
		// and the thanks are praise (relations.md: "X thanked Y for its
		// help" is SUPPORTED Y)
		ar.emitAll(s, helped, graph.Supported, helpers, toks[i].Lower, wVerb*w)
	}
}
