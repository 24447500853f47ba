package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Subjects: who does the act a trigger tells. subject reads the source of a
// verb from its clause: the actor right before it, else the leftmost actor
// that follows no preposition; a relative pronoun's antecedent; the subject
// of a gerund after a charge ("accused X of sending"); the main clause's
// subject for a fronted participle or a clause with none; a subject closed
// by ", including X"; a state organ's owner ("its troops"); the issuers of a
// document that is the subject ("The joint statement accused ...",
// noteDocuments remembers them). actorOf adds the speaker of a second verb
// across a reported clause (saidAnd).

// subject returns the source of the verb at i and a weight: the leftmost
// actor of its clause that follows no preposition; "X of V-ing" gives X;
// a relative "who"/"which" gives its antecedent; a clause with none
// inherits the main clause's subject.
func (ar *article) subject(s *sent, i int, lastSrc []mention) ([]mention, float64) {
	toks := s.toks
	// "condemned Israeli airstrikes targeting Hamas": a participle after a
	// noun of force is that noun's, never the clause subject's
	if owner, ok := ar.participleHead(s, i); ok {
		if owner == nil {
			return nil, 0
		}
		return []mention{*owner}, 1
	}
	// "a showdown with Serbia - outraged at the loss of its territory -": a
	// participle opening a parenthetical after a dash describes the actor
	// right before the dash
	// (not the dash that closes a relative clause: "Iran — which backs the
	// Houthis — warned")
	if i >= 2 && spacedDash(toks, i-1) && s.gAt[i-2] >= 0 && s.groups[s.gAt[i-2]].end == i-1 && ar.beforeRelative(s, i) < 0 {
		if w := toks[i].Lower; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || s.is(i, lexicon.Past) {
			return s.groupMentions(s.gAt[i-2]), 1
		}
	}
	// "sent a letter to X asking him to ...", "an appeal to X urging ...":
	// a participle right after a document's addressee is the document's,
	// whose sender is the subject of its clause
	if ar.documentAddressee(s, i) {
		return ar.subject(s, s.groups[s.gAt[i-1]].start-2, lastSrc)
	}
	// "“...,” a US official said, warning China not to ...": a participle
	// after an attribution is the speaker's
	if i >= 2 && toks[i-1].Text == "," && strings.HasSuffix(toks[i].Lower, "ing") && !toks[i].Cap && s.speaker != nil && s.speaker.ok && !s.speaker.media {
		v := i - 2
		// "said on Friday,", "told reporters,", "wrote on his social media
		// platform Truth Social,", "said in a statement on Thursday,": back
		// past a short adjunct with no actor to the verb of saying
		for q := v; q > 0 && q >= i-10; q-- {
			if s.cue(ar.x.lex, q, lexicon.Say) > 0 && s.at[q] < 0 {
				v = q
				break
			}
			if s.at[q] >= 0 && !s.ments[s.at[q]].media || toks[q].Kind != text.Word && toks[q].Kind != text.Number || s.is(q, lexicon.Clause) {
				break
			}
		}
		if ar.sayVerbAt(s, v) && s.speaker.start < v {
			return []mention{*s.speaker}, wInherited / wVerb
		}
	}
	// "Having recalled its ambassador ..., Cairo is now ...", "After
	// condemning the strikes, Egypt offered ...": a fronted participle has
	// the main clause's subject
	if ms := ar.frontedParticipleSubject(s, i); ms != nil {
		return ms, 1
	}
	// "Washington's decision to sell arms to Taiwan", "the US plan to
	// send troops": an infinitive after a noun has the noun's owner for
	// its subject
	if o := ar.infinitiveOwner(s, i); o != nil {
		return []mention{*o}, 1
	}
	// "accused Kigali of sending troops to the city to support the
	// rebels": the purpose of an act charged is the accused's
	if ms := ar.chargedAgent(s, i); ms != nil {
		return ms, wInherited / wVerb
	}
	// "accused Rwanda of declaring war by supporting M23": a gerund after
	// "by" has the subject of the gerund it tells the manner of
	if i >= 3 && toks[i-1].Lower == "by" && strings.HasSuffix(toks[i].Lower, "ing") && !toks[i].Cap {
		for q := i - 2; q > 0 && q >= i-8; q-- {
			if s.at[q] >= 0 || toks[q].Text == "," {
				break
			}
			if strings.HasSuffix(toks[q].Lower, "ing") && toks[q].Kind == text.Word && !toks[q].Cap {
				return ar.subject(s, q, lastSrc)
			}
		}
	}
	// "thanked Morsi for his role in negotiating a truce", "Qatar's part in
	// brokering the deal": a gerund after a noun and "in" has the noun's
	// owner for its subject
	if i >= 3 && toks[i-1].Lower == "in" && strings.HasSuffix(toks[i].Lower, "ing") && !toks[i].Cap && toks[i-2].Kind == text.Word && !toks[i-2].Cap && s.at[i-2] < 0 {
		o := i - 3
		if toks[o].Kind == text.Poss && o > 0 {
			o--
		}
		if s.at[o] >= 0 {
			if m := s.ments[s.at[o]]; m.ok && (m.possPron || toks[o].Kind == text.Poss || o+1 < len(toks) && toks[o+1].Kind == text.Poss) {
				return []mention{m}, 1
			}
		}
	}
	// "the armed forces of A and B, with support from C, conducted strikes":
	// the subject stands before a parenthetical closed by a comma
	ce := i - 1
	for ce > 0 && strings.HasSuffix(toks[ce].Lower, "ly") && toks[ce].Kind == text.Word && !toks[ce].Cap {
		ce-- // ", immediately condemned"
	}
	if ce >= 2 && toks[ce].Text == "," && s.gAt[ce-1] >= 0 && s.groups[s.gAt[ce-1]].end == ce {
		// "Egypt, as well as Qatar, urged": the co-agents grouped with the
		// subject, the group closed by the comma before the verb
		g := s.groups[s.gAt[ce-1]]
		opens := !strings.HasSuffix(toks[i].Lower, "ing") && !ar.afterPrep(s, g.start)
		for q := ar.clauseStart(s, g.start); opens && q < g.start; q++ {
			if s.is(q, lexicon.TriggerStart) || s.is(q, lexicon.Aux) || s.cue(ar.x.lex, q, lexicon.Say) > 0 {
				opens = false // "sanctioned Iran, as well as Russia, accusing": an object
			}
		}
		for q := g.start + 1; opens && q+1 < ce; q++ {
			if toks[q].Text == "," && s.cue(ar.x.lex, q+1, lexicon.CoAgent) > 0 {
				return s.groupMentions(s.gAt[ce-1]), 1
			}
		}
	}
	if ce >= 2 && toks[ce].Text == "," {
		commas := 0
		for q := ce - 1; q > 0 && q >= ce-13; q-- {
			if toks[q].Text != "," {
				continue
			}
			commas++
			if s.isWord(q+1, lexicon.CompanyWord) && commas == 1 || s.cue(ar.x.lex, q+1, lexicon.CoAgent) > 0 {
				subj, w := ar.subject(s, q, lastSrc)
				// "the US, along with Britain and France, condemned": the
				// co-agents share the verb
				if n := s.cue(ar.x.lex, q+1, lexicon.CoAgent); n > 0 && len(subj) > 0 {
					for c := q + 1 + n; c < ce; c++ {
						if s.at[c] >= 0 && s.ments[s.at[c]].ok && !s.ments[s.at[c]].media {
							subj = appendNew(subj, []mention{s.ments[s.at[c]]})
						}
					}
				}
				return subj, w
			}
			if commas == 1 && ar.adverbialAside(s, q+1, ce) {
				// "Russia, after the talks, accused ...", "Estonia, in a
				// note, urged ...": an adverbial set off by commas stands
				// between the subject and its verb
				return ar.subject(s, q, lastSrc)
			}
			if commas == 2 || s.is(q-1, lexicon.Clause) {
				break // "along with its ally, the US, condemned": one apposition inside
			}
		}
	}
	// "accused Israel of carrying out": Israel ("of deliberately ramming")
	if o := i - 1; o >= 2 && strings.HasSuffix(toks[o].Lower, "ly") && toks[o].Kind == text.Word && toks[o-1].Lower == "of" {
		i = o
	}
	if i >= 2 && toks[i-1].Lower == "of" {
		k := i - 2
		for k >= 0 && s.gAt[k] < 0 && k >= i-4 && (s.cue(ar.x.lex, k, lexicon.Inst) > 0 || toks[k].Kind == text.Poss || s.isWord(k, lexicon.OrganNoun) ||
			s.isWord(k, lexicon.TimeWord) || toks[k].Lower == "on" && k+1 < i-1 && s.isWord(k+1, lexicon.TimeWord)) {
			k-- // "accused Pakistan on Friday of carrying out"
		}
		if k >= 0 && s.gAt[k] >= 0 {
			// "Iran was accused by the United States of supplying drones":
			// a by-agent is the accuser; the passive's subject did the act
			if st := s.groups[s.gAt[k]].start; st >= 2 && toks[st-1].Lower == "by" && s.at[st-2] < 0 {
				if trs, _ := s.trigger(st - 2); len(trs) > 0 && trs[0].Relation == graph.Accused {
					if subj, _ := ar.subject(s, st-2, lastSrc); len(subj) > 0 && !sameActor(subj[0], s.groupMentions(s.gAt[k])) {
						return subj, 1
					}
					return nil, 0
				}
			}
			return s.groupMentions(s.gAt[k]), 1
		}
		// "The UAE has been accused of arming the RSF": the passive's subject
		v := i - 2
		aux := v - 1
		aux = skipAdverbsBack(toks, aux, 0) // "has been repeatedly accused of"
		if v >= 1 && aux >= 0 && s.is(aux, lexicon.PassAux) {
			if trs, _ := s.trigger(v); len(trs) > 0 && trs[0].Relation == graph.Accused {
				if subj, _ := ar.subject(s, v, lastSrc); len(subj) > 0 {
					return subj, 1
				}
			}
		}
		// "accusing the Gulf state of supplying": the accused one, even when
		// unresolved, is the subject; never the accuser
		for q := i - 2; q >= 0 && q >= i-8; q-- {
			if trs, _ := s.trigger(q); len(trs) > 0 && trs[0].Relation == graph.Accused {
				return nil, 0
			}
		}
	}
	// "those responsible for shooting down the plane", "Hamas is
	// responsible for firing": the one responsible did the act; unnamed
	// ("those", "whoever"), no one the text names
	if i >= 2 && toks[i-1].Lower == "for" && toks[i-2].Lower == "responsible" && strings.HasSuffix(toks[i].Lower, "ing") {
		r := i - 3
		for r >= 0 && (s.is(r, lexicon.Aux) || s.is(r, lexicon.Copula) || strings.HasSuffix(toks[r].Lower, "ly")) && s.at[r] < 0 {
			r-- // "Hamas is fully responsible for"
		}
		if r >= 0 && s.gAt[r] >= 0 {
			return s.groupMentions(s.gAt[r]), 1
		}
		return nil, 0
	}
	// "condemned China's coast guard for firing at its vessels": the one
	// blamed did the act
	f := i - 1
	f = skipAdverbsBack(toks, f, 0) // "for allegedly supplying"
	if f >= 2 && toks[f].Lower == "for" && strings.HasSuffix(toks[i].Lower, "ing") {
		for k := f - 1; k >= 1 && k >= f-5; k-- {
			if s.gAt[k] < 0 {
				continue
			}
			g := s.groups[s.gAt[k]]
			v := g.start - 1
			for v > 0 && s.is(v, lexicon.Det) {
				v--
			}
			if v > 0 && (toks[v].Lower == "at" || toks[v].Lower == "on" || toks[v].Lower == "to") {
				v-- // "pointed fingers at Rwanda for supplying", "gratitude to Qatar for"
			}
			// the charge verb ends at v ("blamed", "pointed fingers"), or
			// the praise ("thanked Qatar for facilitating", "expressed
			// gratitude to Qatar for hosting")
			for t := v; t >= 0 && t >= v-3; t-- {
				if trs, n := s.trigger(t); n > 0 && t+n-1 == v && (trs[0].Relation == graph.Accused || trs[0].Relation == graph.Supported || s.isWord(t, lexicon.ThankVerb)) {
					return s.groupMentions(s.gAt[k]), 1
				}
				if t == v && s.isWord(t, lexicon.ThankVerb) {
					return s.groupMentions(s.gAt[k]), 1
				}
			}
			break
		}
	}
	if qs := ar.scareQuote(s, i); qs > 0 {
		return ar.subject(s, qs, lastSrc) // China "strongly condemned" the move
	}
	// 'The Council "calls upon the parties to ...," it said': a quotation
	// opening with the verb right after its subject, however long
	if p := i - 1; p >= 1 && toks[i].QuoteID > 0 && quoteLike(toks[p]) && s.gAt[p-1] >= 0 && s.groups[s.gAt[p-1]].end == p && !ar.afterPrep(s, s.groups[s.gAt[p-1]].start) {
		if ms := s.groupMentions(s.gAt[p-1]); ms[0].via != viaBoth && ms[0].via != viaMany && ms[0].via != viaPronoun {
			return ms, 1 // (never "The two men \"discussed ...\"": a pair read from context)
		}
	}
	if g := ar.beforeRelative(s, i); g >= 0 {
		return s.groupMentions(g), 1
	}
	cs := ar.clauseStart(s, i)
	if s.is(i, lexicon.Prep) && toks[i].Lower == "in" {
		// "struck Libya in support of Haftar": a phrase trigger opened by
		// a preposition is the clause subject's, never the object's before it
		if g := ar.subjectGroup(s, cs, i); g >= 0 {
			return s.groupMentions(g), 1
		}
	}
	// the actor right before the verb: "Blinken has engaged in"
	k := i - 1
	for k >= cs && s.at[k] < 0 && (s.is(k, lexicon.Aux) || s.isWord(k, lexicon.FloatingQuant) && k > cs && s.gAt[k-1] >= 0) {
		k-- // "A and B both condemned"
	}
	// "the Ukrainian army attacked": past a demonym's organ
	for q := k; q > cs && q > k-3 && s.at[k] < 0 && k == i-1; q-- {
		if s.at[q-1] >= 0 && s.ments[s.at[q-1]].via == viaDemonym && s.cue(ar.x.lex, q, lexicon.Inst) == k-q+1 && s.isWord(k, lexicon.ForceOrgan) {
			k = q - 1
			break
		}
	}
	ka := k
	for ka > cs && s.at[ka] < 0 && (s.is(ka, lexicon.Aux) || strings.HasSuffix(toks[ka].Lower, "ly") && toks[ka].Kind == text.Word && !toks[ka].Cap) {
		ka-- // "has continually supported"
	}
	if ka >= cs && s.gAt[ka] >= 0 {
		g := s.gAt[ka]
		// "The government of Sudan condemned", "the army of Sudan
		// attacked", "the administration of President X supported": the
		// state or person after a state organ's "of" heads the subject
		if st := gr0(s, g); s.groups[g].end == ka+1 && st >= 3 && st-3 >= cs && s.toks[st-1].Lower == "of" && (s.at[st-2] < 0 || s.ments[s.at[st-2]].via == viaDefinite) && ar.organWord(s, st-2) &&
			ar.subjectAt(s, cs, ar.organPhraseStart(s, st-2)) {
			ms := s.groupMentions(g)
			for q := range ms {
				if ms[q].actor.Kind == graph.Person && ms[q].actor.Country != "" && !s.isWord(st-2, lexicon.ForceOrgan) {
					ms[q].actor = stateActor(ms[q].actor.Country) // "the administration of President Biden"
				}
			}
			return ms, 1
		}
	}
	if k >= cs && s.gAt[k] >= 0 && toks[k].Text != "," {
		// "Gulf states including the UAE condemned": the members named
		if inc := ar.includedSubject(s, cs, k); len(inc) > 0 {
			return inc, 1
		}
	}
	if k >= cs && s.gAt[k] >= 0 {
		g := s.gAt[k]
		absolute := gr0(s, g) > 0 && s.toks[gr0(s, g)-1].Lower == "with" && strings.HasSuffix(toks[i].Lower, "ing") // "with each side blaming"
		if gr := s.groups[g]; gr.end == k+1 && gr.start >= cs && (gr.start == cs || !ar.afterPrep(s, gr.start) || absolute || sentFrom(s, cs, gr.start) || ar.documentBy(s, cs, gr.start)) {
			return s.groupMentions(g), 1
		}
		// "fired missiles at Kyiv and Ukraine attacked": a finite verb after
		// a list that follows a preposition takes the last conjunct, a
		// clause's own subject
		if m := ar.lastConjunct(s, g, i); m != nil {
			return []mention{*m}, 1
		}
	}
	// "Western nations, including Germany and France, urged": the named
	// members of a subject that names no actor itself, with any actor named
	// before them ("The US and other Western nations, including Germany")
	if inc := ar.includedSubject(s, cs, k); len(inc) > 0 {
		return inc, 1
	}
	// "Israel said its troops killed ...", "their forces struck": a
	// possessive determiner before a state's organ right before the verb
	if p := ar.organOwner(s, cs, k); p != nil {
		return []mention{*p}, 1
	}
	// "Brazil, which borders both countries, has urged ...", "Davutoglu,
	// whose country had long been an ally of Israel, called ...": a
	// relative clause closed before the verb holds no subject of it
	if cs > 0 && relativePronoun(toks[cs-1].Lower) {
		for c := cs; c < i; c++ {
			if parenMark(toks[c].Text) {
				if g := ar.relAntecedent(s, cs-1); g >= 0 {
					return s.groupMentions(g), 1
				}
				return nil, 0
			}
		}
	}
	// "The joint statement accused X": the issuers of the document issued
	// last
	if iss := ar.definiteDocument(s, cs, i); len(iss) > 0 {
		return iss, wInherited / wVerb
	}
	if g := ar.subjectGroup(s, cs, i); g >= 0 {
		return s.groupMentions(g), 1
	}
	if cs > 0 {
		switch toks[cs-1].Lower {
		case "who", "which":
			closed := false
			for c := cs; c < i; c++ {
				if parenMark(toks[c].Text) {
					closed = true
					break
				}
			}
			g := ar.relAntecedent(s, cs-1)
			if closed {
				// "Brazil, which borders both, has urged ...", "X, the trade
				// minister who became premier, told ...": the relative clause
				// closed before the verb, whose subject is the antecedent
				if g >= 0 {
					return s.groupMentions(g), 1
				}
				return nil, 0
			}
			// "issued a joint statement on Monday, which called on X": a
			// document's relative clause speaks for its issuers
			if toks[cs-1].Lower == "which" {
				if iss := ar.documentBefore(s, cs-1); len(iss) > 0 {
					return iss, wInherited / wVerb
				}
			}
			// inside the relative clause: "The US, which had urged both
			// governments to ...", "Hezbollah, who fired ..."
			if g >= 0 {
				return s.groupMentions(g), wInherited / wVerb
			}
			if toks[cs-1].Lower == "which" && len(lastSrc) > 0 {
				return lastSrc, wInherited / wVerb
			}
			return nil, 0
		case "that":
			// "adopted a resolution on Monday that demands X ...": a
			// document's relative clause speaks for its issuers
			if cs >= 2 && s.at[cs-2] < 0 && !s.is(cs-2, lexicon.Say) {
				if iss := ar.documentBefore(s, cs-1); len(iss) > 0 {
					return iss, wInherited / wVerb
				}
			}
			// "said in a statement that condemned X", "issued a statement that
			// urged X": the statement's issuer, the main clause's subject
			if cs >= 2 && s.is(cs-2, lexicon.Message) && s.at[cs-2] < 0 {
				for g := len(s.groups) - 1; g >= 0; g-- {
					gr := s.groups[g]
					if gr.end <= cs-2 && toks[gr.start].QuoteID == toks[cs-2].QuoteID && (gr.start == 0 || !ar.afterPrep(s, gr.start)) {
						return s.groupMentions(g), wInherited / wVerb
					}
				}
			}
			// "a U.S. strike on a boat that killed 11 members of X": the
			// relative clause of an act inherits its source
			// "the Shabaab bomb attacks that targeted X", "Israel's strike
			// that killed": the act's own owner
			if cs >= 2 && s.at[cs-2] < 0 && ar.attackNoun(s, cs-2) {
				if o := ar.nounOwnerBefore(s, cs-2); o != nil {
					return []mention{*o}, wInherited / wVerb
				}
			}
			// "supporting a rebel group that has launched attacks": an
			// agent noun no actor names is the clause's own subject, never
			// the one before
			if cs >= 2 && s.at[cs-2] < 0 && (s.is(cs-2, lexicon.NonState) || s.isWord(cs-2, lexicon.GroupHead)) {
				return nil, 0
			}
			if cs >= 2 && len(lastSrc) > 0 && s.cue(ar.x.lex, cs-2, lexicon.Say) == 0 && (!s.is(cs-2, lexicon.TriggerStart) || ar.attackNoun(s, cs-2)) && s.at[cs-2] < 0 &&
				!ar.judgedObject(s, cs-2) {
				return lastSrc, wInherited / wVerb // "launched an attack that killed two soldiers"
			}
			return nil, 0
		}
		if i == cs && strings.HasSuffix(toks[i].Lower, "ing") && s.is(cs-1, lexicon.AdjunctOpener) {
			// "China welcomes X, President Xi said when meeting Y": after an
			// inverted attribution, the sayer
			v := cs - 2
			for v > 0 && (s.isWord(v, lexicon.TimeWord) || toks[v].Lower == "on") {
				v--
			}
			if v > 0 && ar.sayVerbAt(s, v) {
				if sp := ar.subjectBefore(s, v); sp != nil && sp.end == v {
					return []mention{*sp}, wInherited / wVerb
				}
			}
			// "X said after meeting Y", "before visiting Y": the participle's
			// subject is the main clause's, or the speaker's
			if g := ar.subjectGroup(s, 0, cs-1); g >= 0 {
				return s.groupMentions(g), wInherited / wVerb
			}
			// "Sheikh Sabah's trip came after meeting with X": the possessor
			// of the main subject
			for q := 0; q < cs-1; q++ {
				if s.at[q] >= 0 {
					m := s.ments[s.at[q]]
					if m.ok && !m.media && m.end < len(toks) && toks[m.end].Kind == text.Poss && (m.start == 0 || !ar.afterPrep(s, m.start)) {
						return []mention{m}, wInherited / wVerb
					}
					break
				}
			}
			if s.speaker != nil && s.speaker.ok {
				return []mention{*s.speaker}, wInherited / wVerb
			}
		}
		if s.is(cs-1, lexicon.Clause) && toks[cs-1].Lower != "and" && !(toks[cs-1].Lower == "but" && ar.verbPhraseOpens(s, cs, i)) {
			// a subordinate clause with no subject of its own: none ("but"
			// before a verb coordinates: "denies X but accuses Y"); a
			// participle after a comma goes with the main clause ("urged
			// China to show restraint after the drills, describing ...")
			if toks[cs-1].Kind == text.Word && toks[cs-1].Lower != "saying" && !(i > cs && toks[i-1].Text == "," && strings.HasSuffix(toks[i].Lower, "ing") && !toks[i].Cap && ar.noSubjectBetween(s, cs, i)) {
				return nil, 0
			}
		}
	}
	// the complement of a verb of saying has its own subject, though it
	// may name no actor: "X said one child had been killed by ..."
	if c := cs - 1; c >= 0 && s.at[c] < 0 {
		if toks[c].Lower == "that" && c > 0 {
			c--
		}
		// (a participle after a comma goes with the sayer when no actor
		// stands in the complement: "Iran announced the arrests, accusing
		// Israel of ...")
		if s.cue(ar.x.lex, c, lexicon.Say) > 0 && s.cue(ar.x.lex, c, lexicon.TellVerb) == 0 && toks[c].Lower != "according" &&
			!(i > cs+1 && toks[i-1].Text == "," && strings.HasSuffix(toks[i].Lower, "ing") && !toks[i].Cap && toks[c].Lower != "that" && toks[cs].Lower != "that" && ar.noSubjectBetween(s, cs, i)) {
			return nil, 0
		}
	}
	// inherit the main clause's subject
	for k := 0; k < cs; k++ {
		if s.at[k] >= 0 && !s.ments[s.at[k]].ok && s.ments[s.at[k]].via == viaPronoun {
			return nil, 0 // "They addressed A and B, urging them": an unresolved subject, never the objects
		}
		if s.gAt[k] < 0 {
			continue
		}
		g := s.gAt[k]
		if ar.subjectGroup(s, s.groups[g].start, s.groups[g].end) == g {
			if s.toks[s.groups[g].start].QuoteID != toks[i].QuoteID {
				return nil, 0
			}
			return s.groupMentions(g), wInherited / wVerb
		}
		k = s.groups[g].end - 1
	}
	return nil, 0
}

// actorOf returns who performs the verb at i: its subject, or the speaker
// when the verb is the speaker's second verb across a reported clause
// (saidAnd), with the subject's weight.
func (ar *article) actorOf(s *sent, i int) ([]mention, float64) {
	if sp := ar.saidAnd(s, i); sp != nil {
		return []mention{*sp}, 1
	}
	return ar.subject(s, i, nil)
}

// saidAnd returns the speaker when the verb at i is the second of two
// verbs of the speaker joined by "and" across a reported clause: "X said
// Washington had no right ... and described the attacks as ...", "the
// ministry said Thai forces had shelled villages and accused Bangkok of
// ...". The reported clause's subject is no subject of the speech act.
func (ar *article) saidAnd(s *sent, i int) *mention {
	k := i - 1
	k = skipFreeAdverbsBack(s, k, -1)
	if k < 1 || s.toks[k].Lower != "and" || s.toks[i].QuoteID != 0 {
		return nil
	}
	// the speaker names a mention before a reporting verb, itself before i
	for v := k - 1; v >= 0; v-- {
		// (a charge with its complement is told as speech: "India charged
		// that X carried out the attack and demanded that Pakistan ...")
		charge := false
		if t := timeSpan(s, v+1); t < len(s.toks) && s.toks[t].Lower == "that" && s.at[v] < 0 {
			if trs, n := s.trigger(v); n == 1 && len(trs) > 0 && trs[0].Relation == graph.Accused && trs[0].POS == lexicon.Verb {
				charge = true
			}
		}
		if s.toks[v].QuoteID == 0 && s.at[v] < 0 && (s.cue(ar.x.lex, v, lexicon.Say) > 0 || charge) && s.toks[v].Lower != "according" {
			sp := ar.subjectBefore(s, v)
			if sp == nil || sp.end > v || sp.start >= len(s.toks) || s.at[sp.start] < 0 || s.ments[s.at[sp.start]].actor.Name != sp.actor.Name {
				return nil // the speaker is named after: "..., the ministry said"
			}
			// a reported clause stands between
			if v+1 < k {
				if s.speaker == nil || charge {
					return sp
				}
				return s.speaker
			}
			return nil
		}
	}
	return nil
}

// subjectGroup is the leftmost group in [from, to) that can be a subject,
// or -1.
func (ar *article) subjectGroup(s *sent, from, to int) int {
	for k := from; k < to; k++ {
		g := s.gAt[k]
		if g < 0 {
			if s.at[k] >= 0 && s.ments[s.at[k]].via == viaPronoun && !s.ments[s.at[k]].ok && !s.ments[s.at[k]].possPron && (k == from || !ar.afterPrep(s, k)) {
				return -1 // "They addressed A and B": the subject is unknown, never the objects
			}
			// "The foreign ministers of the two countries met": an unnamed
			// plural title stands for each state after its "of"
			if m := s.at[k]; m >= 0 && s.ments[m].via == viaTitle && !s.ments[m].ok && strings.HasSuffix(s.ments[m].title, "s") && (k == from || !ar.afterPrep(s, k)) {
				// ("The foreign ministers of the Arab League urged": a
				// body's members stand for the body)
				e := s.ments[m].end
				q := e + 1
				if q+1 < to && s.at[q] < 0 && s.toks[q].Lower == "the" {
					q++
				}
				if q < to && (s.toks[e].Lower == "of" || s.toks[e].Lower == "from") && s.gAt[q] >= 0 && (s.groupLen(s.gAt[q]) >= 2 || s.at[q] >= 0 && s.ments[s.at[q]].ok && s.ments[s.at[q]].actor.Kind == graph.Org) && s.groups[s.gAt[q]].end <= to {
					return s.gAt[q]
				}
			}
			continue
		}
		gr := s.groups[g]
		if gr.start < from || gr.end > to {
			k = gr.end - 1
			continue
		}
		atStart := gr.start == from && from > 0 && s.is(from-1, lexicon.Clause)
		if !atStart && ar.afterPrep(s, gr.start) && !sentFrom(s, from, gr.start) {
			k = gr.end - 1
			continue
		}
		if len(gr.ms) == 1 && s.ments[gr.ms[0]].via == viaDemonym && gr.end < len(s.toks) && s.isWord(gr.end, lexicon.PlaceNoun) {
			k = gr.end - 1
			continue // "used Syrian territory": a place, not the subject
		}
		if of := pluralTitleOf(s, g); of >= 0 && s.groups[of].end <= to {
			return of // "the foreign ministers of A, B and C met": the states
		}
		if gr.end < len(s.toks) && s.toks[gr.end].Kind == text.Poss && !ar.instAfter(s, gr.end+1) {
			k = gr.end - 1
			continue
		}
		return g
	}
	return -1
}

// subjectAt reports whether a phrase starting at p opens the clause that
// starts at cs, past a fronted adjunct closed by a comma ("Earlier, the
// defence ministries of A and B blamed ...") that names no actor.
func (ar *article) subjectAt(s *sent, cs, p int) bool {
	if p < 0 || p < cs {
		return false
	}
	if p == cs {
		return true
	}
	if s.toks[p-1].Text != "," {
		return false
	}
	for q := cs; q < p; q++ {
		if s.at[q] >= 0 && !s.ments[s.at[q]].media {
			return false // ("in reports released by Tass": an outlet is no actor)
		}
	}
	return true
}

// chargedAgent returns the one charged when the infinitive at i ("to
// support") states the purpose of the act a charge names: "accused X of
// sending troops to the city to support the rebels" (X sent them, and so
// X is told to support the rebels). The charge is an ACCUSED verb, its
// object, "of" or "for" and a gerund, all in the clause before i; nil
// when none.
func (ar *article) chargedAgent(s *sent, i int) []mention {
	toks := s.toks
	if i < 6 || toks[i-1].Lower != "to" {
		return nil
	}
	for g := i - 2; g >= 2 && g >= i-12; g-- {
		if ar.stops(s, g) || toks[g].Text == "," {
			return nil
		}
		if !strings.HasSuffix(toks[g].Lower, "ing") || toks[g-1].Lower != "of" && toks[g-1].Lower != "for" {
			continue
		}
		o := g - 2 // the object's last token
		if s.at[o] < 0 {
			return nil
		}
		m := s.ments[s.at[o]]
		v := m.start - 1
		if v < 0 || s.at[v] >= 0 {
			return nil
		}
		if trs, n := s.trigger(v); n == 1 && hasSense(trs, graph.Accused, lexicon.Verb) && m.ok {
			return []mention{m}
		}
		return nil
	}
	return nil
}

// infinitiveOwner returns the owner of the noun an infinitive at i
// follows: "Washington's decision to sell", "its bid to annex"; else nil.
// The noun is a common noun right before "to", owned by a possessive right
// before it (an attributive actor names a place as often as an owner:
// "used Afghan territory to launch attacks").
func (ar *article) infinitiveOwner(s *sent, i int) *mention {
	toks := s.toks
	n := i - 2
	if n < 1 || toks[i-1].Lower != "to" || s.at[n] >= 0 || toks[n].Kind != text.Word || toks[n].Cap || s.is(n, lexicon.Aux) || s.is(n, lexicon.Prep) ||
		s.is(n, lexicon.TriggerStart) || strings.HasSuffix(toks[n].Lower, "ed") || strings.HasSuffix(toks[n].Lower, "ing") {
		return nil
	}
	var o *mention
	switch {
	case n >= 2 && toks[n-1].Kind == text.Poss && s.at[n-2] >= 0:
		o = &s.ments[s.at[n-2]] // "Washington's decision"
	case s.at[n-1] >= 0 && s.ments[s.at[n-1]].possPron:
		o = &s.ments[s.at[n-1]] // "its bid" (an attributive actor is no owner: "used Afghan territory to launch attacks")
	}
	if o == nil || !o.ok || o.media {
		return nil
	}
	return o
}

// noSubjectBetween reports whether no actor stands in [cs, e) outside a
// prepositional phrase: the words before a participle's comma are an
// adjunct ("after the drills"), not a clause with a subject of its own.
func (ar *article) noSubjectBetween(s *sent, cs, e int) bool {
	for k := cs; k < e; k++ {
		if s.at[k] >= 0 && !ar.afterPrep(s, k) {
			return false
		}
	}
	return true
}

// verbPhraseOpens reports whether the clause from cs opens with the verb
// at i, past auxiliaries and adverbs only: "but (has) (also) accused".
func (ar *article) verbPhraseOpens(s *sent, cs, i int) bool {
	for k := cs; k < i; k++ {
		if !s.is(k, lexicon.Aux) && !strings.HasSuffix(s.toks[k].Lower, "ly") && s.toks[k].Lower != "also" && s.toks[k].Lower != "then" {
			return false
		}
	}
	return true
}

// relAntecedent returns the group a relative pronoun at r refers to: the
// actor right before it ("Brazil, which"), or the actor an appositive
// describes ("Hwang Min-jun, the trade minister who"); -1 if none. A
// quotation that ends right before the comma ends with the antecedent
// ("'... possible Israeli strike against Syria,' which backs Hezbollah").
func (ar *article) relAntecedent(s *sent, r int) int {
	toks := s.toks
	k := r - 1
	for k >= 0 && (parenMark(toks[k].Text) || toks[k].Kind == text.Quote) {
		k--
	}
	if k >= 0 && s.gAt[k] >= 0 {
		return s.gAt[k]
	}
	// "East Timor's government, which has asked ...": a state's organ is
	// the state
	if k >= 2 && s.at[k] < 0 && (s.isWord(k, lexicon.OrganNoun) || s.isWord(k, lexicon.GovNoun)) && toks[k-1].Kind == text.Poss && s.gAt[k-2] >= 0 {
		return s.gAt[k-2]
	}
	for q := k; q >= 0 && q >= r-8; q-- {
		if parenMark(toks[q].Text) {
			if q > 0 && s.gAt[q-1] >= 0 {
				return s.gAt[q-1]
			}
			return -1
		}
		if s.gAt[q] >= 0 && s.ments[s.at[q]].ok || toks[q].Kind != text.Word {
			return -1
		}
	}
	return -1
}

// relativePronoun reports whether w opens a relative clause: "which",
// "who", "whose", "whom".
func relativePronoun(w string) bool {
	return w == "which" || w == "who" || w == "whose" || w == "whom"
}

// parenMark reports whether a token may open or close a parenthetical
// clause: a comma, or a dash ("Iran — which warned Israel — said"; a
// double hyphen is two tokens, and a single hyphen too often joins words
// to count here).
func parenMark(t string) bool {
	return t == "," || dash(t)
}

// dash reports whether t is a dash news copy sets a phrase off with (an
// em or en dash; a spaced hyphen is one only between spaces, spacedDash).
func dash(t string) bool {
	return t == "—" || t == "–"
}

// spacedDash reports whether the token at k is a dash: an em or en dash,
// or a hyphen with spaces on both sides ("Serbia - outraged at ... -").
func spacedDash(toks []text.Token, k int) bool {
	return dash(toks[k].Text) || toks[k].Text == "-" && toks[k].Space && k+1 < len(toks) && toks[k+1].Space
}

// frontedParticipleSubject returns the subject of the main clause when the
// verb at i opens the sentence as a participle ("Condemning X, Y said",
// "Having recalled its ambassador ..., Cairo ...", "After meeting X, Y
// ...", "By rejecting X and appealing to Y, Z ...", a participle
// coordinated with the first): the first actor after the comma that closes the phrase, when a
// verb follows it. It returns nil elsewhere; its cost is a scan to that
// comma.
func (ar *article) frontedParticipleSubject(s *sent, i int) []mention {
	toks := s.toks
	if i >= 3 && i < len(toks) && toks[i-1].Lower == "and" && strings.HasSuffix(toks[i].Lower, "ing") && !toks[i].Cap {
		// "By sidestepping the UN and appealing to the US, Kosovo ...": a
		// participle coordinated with a fronted one has its subject ("But
		// by ...": past an opening conjunction)
		b := openingConjunction(s)
		f := b
		if !strings.HasSuffix(toks[b].Lower, "ing") {
			f = b + 1
		}
		for q := f + 1; q < i-1; q++ {
			if toks[q].Kind == text.Punct || s.is(q, lexicon.Clause) || toks[q].QuoteID != 0 {
				return nil
			}
		}
		i = f // (read below as a fronted participle of its own)
	}
	o := openingConjunction(s) // (the first word of the clause)
	if i > o+1 || i >= len(toks) || toks[i].QuoteID != 0 {
		return nil
	}
	w := toks[i].Lower
	if i == o+1 {
		switch toks[o].Lower {
		case "having", "after", "before", "while", "upon", "since", "when", "by":
		default:
			return nil
		}
		if toks[o].Lower != "having" && !strings.HasSuffix(w, "ing") {
			return nil
		}
	} else if !strings.HasSuffix(w, "ing") {
		return nil
	}
	for c := i + 1; c < len(toks) && c < i+30; c++ {
		if toks[c].QuoteID != 0 || s.is(c, lexicon.Clause) && c > i+1 {
			return nil
		}
		if toks[c].Text != "," {
			continue
		}
		q := c + 1
		if q >= len(toks) || s.at[q] < 0 || s.ments[s.at[q]].possPron || s.ments[s.at[q]].media {
			return nil
		}
		var ms []mention
		e := s.ments[s.at[q]].end
		if g := s.gAt[q]; g >= 0 && s.groups[g].start == q {
			ms, e = s.groupMentions(g), s.groups[g].end
		} else {
			ms = []mention{s.ments[s.at[q]]}
		}
		if e >= len(toks) || toks[e].Text == "," || toks[e].Lower == "and" || toks[e].Kind != text.Word {
			return nil
		}
		return ms
	}
	return nil
}

// openingConjunction returns 1 when the sentence opens with a
// coordinating conjunction ("But by sidestepping ...", "And after ..."),
// else 0: where its first clause word stands. The conjunctions are class
// openingconj of cues.tsv.
func openingConjunction(s *sent) int {
	if len(s.toks) > 1 && s.isWord(0, lexicon.OpeningConj) {
		return 1
	}
	return 0
}

// adverbialAside reports whether [b, e) is a short adverbial set off by
// commas: it opens with a preposition or "as" and holds no actor ("after
// the talks", "in a note", "as expected").
func (ar *article) adverbialAside(s *sent, b, e int) bool {
	toks := s.toks
	// "X, as chair of ECOWAS, met ...", "X, in his capacity as chair of
	// ECOWAS, ...": a role named in passing, its body no subject
	rn := 0
	for q := b + 1; q < e && q <= b+3 && rn == 0; q++ {
		_, rn = ar.x.lex.Role(toks, q) // "as chair of", "as G7 president"
	}
	role := toks[b].Lower == "as" && b+1 < e && (s.is(b+1, lexicon.Det) || rn > 0) ||
		b+3 < e && toks[b].Lower == "in" && toks[b+2].Lower == "capacity" && toks[b+3].Lower == "as"
	if e-b < 2 || e-b > 10 || !role && (e-b > 6 || !(s.is(b, lexicon.Prep) || toks[b].Lower == "as")) {
		return false
	}
	for q := b; q < e; q++ {
		if s.at[q] >= 0 && !role {
			return false
		}
		if s.at[q] >= 0 {
			q = s.ments[s.at[q]].end - 1
			continue
		}
		if s.at[q] < 0 && toks[q].Kind != text.Word && toks[q].Kind != text.Number {
			return false
		}
	}
	return true
}

// includedSubject reads a subject closed by ", including X and Y," right
// before the verb (k is the last token before the verb, past auxiliaries):
// the included actors and any actors the subject names before the comma.
func (ar *article) includedSubject(s *sent, cs, k int) []mention {
	toks := s.toks
	if k >= 3 && k >= cs && s.gAt[k] >= 0 && s.groups[s.gAt[k]].end == k+1 {
		// "Gulf states including the UAE condemned": no commas, the list
		// right before the verb, a plural noun before "including"
		g := s.groups[s.gAt[k]]
		inc := g.start - 1
		if inc >= 1 && toks[inc].Lower == "the" {
			inc-- // "including the UAE"
		}
		if inc >= 1 && toks[inc].Lower == "including" && s.at[inc-1] < 0 && toks[inc-1].Kind == text.Word &&
			(s.isWord(inc-1, lexicon.ManyNoun) || s.is(inc-1, lexicon.ManyNoun)) {
			return s.groupMentions(s.gAt[k])
		}
	}
	if k < 3 || k < cs || toks[k].Text != "," || s.gAt[k-1] < 0 {
		return nil
	}
	g := s.groups[s.gAt[k-1]]
	inc := g.start - 1
	if inc < 2 || toks[inc].Lower != "including" || toks[inc-1].Text != "," {
		return nil
	}
	out := s.groupMentions(s.gAt[k-1])
	if h := ar.subjectGroup(s, ar.clauseStart(s, inc-1), inc-1); h >= 0 {
		out = appendNew(s.groupMentions(h), out)
	}
	return out
}

// participleHead reads a participle at i right after a noun of force,
// an act noun or an arm ("airstrikes targeting X", "missiles hitting X",
// "drones carrying"): ok says the participle is that noun's; owner is
// the noun's demonym or possessor, or nil when the noun names none.
func (ar *article) participleHead(s *sent, i int) (owner *mention, ok bool) {
	toks := s.toks
	if i < 2 || !strings.HasSuffix(toks[i].Lower, "ing") || s.at[i-1] >= 0 || toks[i-1].Kind != text.Word || toks[i-1].Cap {
		return nil, false
	}
	h := i - 1
	if !ar.attackNoun(s, h) && !s.is(h, lexicon.Given) && s.cue(ar.x.lex, h, lexicon.EvNoun) == 0 {
		return nil, false
	}
	for q := h - 1; q >= 0 && q >= h-3; q-- {
		if s.at[q] >= 0 {
			m := &s.ments[s.at[q]]
			if m.ok && !m.media && (m.via == viaDemonym || m.possPron || m.end < len(toks) && toks[m.end].Kind == text.Poss) {
				return m, true
			}
			return nil, true
		}
		if toks[q].Kind == text.Poss {
			continue
		}
		if !s.is(q, lexicon.Adj) && !(toks[q].Kind == text.Word && !toks[q].Cap && !s.is(q, lexicon.Prep) && !s.is(q, lexicon.Aux) && !s.is(q, lexicon.Clause) && !s.is(q, lexicon.Det)) {
			break
		}
	}
	return nil, true
}

// lastConjunct returns the last member of group g when g follows a
// preposition other than "between", its last member is joined by "and"
// and the verb at i after it is finite (past or third person, not after
// "to"): the subject of a clause coordinated with the one before. Else nil.
func (ar *article) lastConjunct(s *sent, g, i int) *mention {
	gr := s.groups[g]
	if len(gr.ms) < 2 || gr.start == 0 || !ar.afterPrep(s, gr.start) {
		return nil
	}
	for k := gr.start - 1; k >= 0 && k >= gr.start-3; k-- {
		if w := s.toks[k].Lower; w == "between" || w == "among" || w == "of" {
			return nil // "talks between A and B ended", "the presidents of A and B said"
		}
		if s.is(k, lexicon.Prep) {
			break
		}
	}
	w := s.toks[i].Lower
	if !(strings.HasSuffix(w, "ed") || s.is(i, lexicon.Past) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
		return nil
	}
	last := &s.ments[gr.ms[len(gr.ms)-1]]
	prev := s.ments[gr.ms[len(gr.ms)-2]]
	and := false
	for k := prev.end; k < last.start; k++ {
		if s.toks[k].Lower == "and" {
			and = true
		}
	}
	if !and || !last.ok || last.media {
		return nil
	}
	return last
}

// sentFrom reports whether the actors at g, after "from" or "of", are
// those the clause's subject, a noun of people sent by states, stands for:
// "Delegates from Armenia and Azerbaijan held talks", "Senior officials of
// Sudan met", "Defence and intelligence chiefs of A and B held talks". The
// head opens the clause that starts at from, with at most four determiners
// or modifiers before it.
func sentFrom(s *sent, from, g int) bool {
	toks := s.toks
	// past a fronted adjunct closed by a comma: "In response to the
	// attacks, the armed forces of A and B struck ..."
	for q := g - 3; q > from && q >= g-8; q-- {
		if toks[q].Text == "," {
			from = q + 1
			break
		}
	}
	if g >= 3 && toks[g-1].Lower == "the" && s.at[g-1] < 0 {
		g-- // "a delegation from the European Parliament"
	}
	h := g - 2 // the head noun
	if g >= 4 && toks[g-1].Lower == "from" && s.at[g-2] >= 0 {
		// "Ambassadors to Ankara from A, B and C": the post between the
		// head and "from"
		if m := s.ments[s.at[g-2]]; m.start >= 2 && (toks[m.start-1].Lower == "to" || toks[m.start-1].Lower == "in") {
			h = m.start - 2
		}
	}
	if g < 2 || h < from || h > from+4 || toks[g-1].Lower != "from" && toks[g-1].Lower != "of" || !s.isWord(h, lexicon.FromNoun) {
		return false
	}
	for k := from; k < h; k++ {
		if s.at[k] >= 0 || toks[k].Kind != text.Word || toks[k].Cap && k > 0 {
			return false
		}
	}
	return true
}

// judgedObject reports whether the noun at k is the object of a verb of
// judgement (an ACCUSED trigger) a few words before it: "condemned the
// rocket attack that killed ...": the one who condemns did not attack.
func (ar *article) judgedObject(s *sent, k int) bool {
	for q := k - 1; q >= 0 && q >= k-5; q-- {
		if s.at[q] >= 0 {
			return false
		}
		if s.is(q, lexicon.TriggerStart) {
			if trs, _ := s.trigger(q); len(trs) > 0 && trs[0].Relation == graph.Accused {
				return true
			}
		}
	}
	return false
}

// gr0 is the first token of group g.
func gr0(s *sent, g int) int { return s.groups[g].start }

// nounOwnerBefore returns the actor that owns the noun at k from inside
// its phrase: a possessor ("Israel's strike"), a demonym ("the Israeli
// strike") or a group's name ("the Shabaab bomb attacks"), at most three
// words before it; else nil.
func (ar *article) nounOwnerBefore(s *sent, k int) *mention {
	toks := s.toks
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		if s.at[q] >= 0 {
			m := &s.ments[s.at[q]]
			if !m.ok || m.media || m.possPron || m.actor.Kind == graph.Person || ar.afterPrep(s, m.start) {
				return nil
			}
			return m
		}
		if toks[q].Kind == text.Poss {
			continue
		}
		if toks[q].Kind != text.Word || s.is(q, lexicon.Det) || s.is(q, lexicon.Prep) || s.is(q, lexicon.Aux) || s.is(q, lexicon.Clause) {
			return nil
		}
	}
	return nil
}

// organWord reports whether the word at k names a state organ, singular
// or plural: "government", "army", "ministries", "armies".
func (ar *article) organWord(s *sent, k int) bool {
	if s.isWord(k, lexicon.OrganNoun) || s.isWord(k, lexicon.GovNoun) || s.isWord(k, lexicon.OrganBare) || s.isWord(k, lexicon.ForceOrgan) {
		return true
	}
	sg, ok := singularNoun(s.toks[k].Lower)
	if !ok {
		return false
	}
	lex := ar.x.lex
	return lex.Is(lexicon.OrganBare, sg) || lex.Is(lexicon.GovNoun, sg) || lex.Is(lexicon.OrganNoun, sg) || lex.Is(lexicon.ForceOrgan, sg)
}

// organPhraseStart returns where the organ phrase ending at the organ word
// k starts: its article, past organ modifiers ("the defence ministries",
// "the foreign ministry"); -1 when no article opens it.
func (ar *article) organPhraseStart(s *sent, k int) int {
	q := k - 1
	for q >= 0 && q >= k-3 && s.at[q] < 0 && s.isWord(q, lexicon.OrganMod) {
		q--
	}
	if q >= 0 && s.isWord(q, lexicon.Article) {
		return q
	}
	return -1
}

// organOwner returns the resolved possessive determiner ("its", "their")
// that owns the organ noun phrase ending at k ("its troops", "their
// armed forces", "its navy"), when that phrase opens at or after cs; else
// nil.
func (ar *article) organOwner(s *sent, cs, k int) *mention {
	toks := s.toks
	if k < cs || k < 1 || s.at[k] >= 0 || !(s.isWord(k, lexicon.OrganNoun) || s.cue(ar.x.lex, k, lexicon.Inst) > 0) {
		return nil
	}
	for q := k - 1; q >= cs && q >= k-3; q-- {
		if s.at[q] >= 0 {
			m := &s.ments[s.at[q]]
			if m.possPron && m.ok && (m.pron == "its" || m.pron == "their" || m.pron == "our") {
				return m // "our forces targeted": the speaker's side
			}
			if m.possPron && m.ok && (m.pron == "his" || m.pron == "her") && m.actor.Kind == graph.Person {
				// "His government summoned": a leader's government is the
				// state; "his forces" are the party he leads (relations.md)
				if (s.isWord(k, lexicon.GovNoun) || s.isWord(k, lexicon.OrganBare)) && m.actor.Country != "" {
					c := *m
					c.actor, c.possPron = stateActor(m.actor.Country), false
					return &c
				}
				if s.isWord(k, lexicon.ForceOrgan) {
					return m
				}
			}
			return nil
		}
		if toks[q].Kind != text.Word || toks[q].Cap {
			return nil
		}
	}
	return nil
}

// docWindow is how many sentences back "the statement" may look for the
// document issued last.
const docWindow = 3

// noteDocuments remembers the issuers of a document issued in s: "Mali,
// Niger and Burkina Faso issued a joint statement".
func (ar *article) noteDocuments(s *sent) {
	if !s.mayCue(lexicon.Message) {
		return // (every document noun is a message noun too: no cue, no document)
	}
	for q := 1; q < len(s.toks); q++ {
		if (s.single[q]|s.multi[q])>>lexicon.Message&1 == 0 {
			continue // (every document noun is a message noun)
		}
		if n := s.cue(ar.x.lex, q, lexicon.Document); n > 0 && s.at[q] < 0 {
			if iss := ar.documentIssuers(s, q, q+n); len(iss) > 0 {
				ar.lastDoc, ar.lastDocSent = iss, s.Index
			}
			q += n - 1
		}
	}
}

// definiteDocument returns the issuers of the document issued last when
// the clause [cs, i) is only "the (joint) statement" and adverbs or
// auxiliaries: "The joint statement accused ECOWAS of ...".
func (ar *article) definiteDocument(s *sent, cs, i int) []mention {
	toks := s.toks
	if ar.lastDoc == nil || s.Index-ar.lastDocSent > docWindow || cs >= i {
		return nil
	}
	q := cs
	if w := toks[q].Lower; w == "the" || w == "this" || w == "that" || w == "their" || w == "its" {
		q++
	} else {
		return nil
	}
	n := s.cue(ar.x.lex, q, lexicon.Document)
	if n == 0 {
		return nil
	}
	for b := q + n; b <= i && b < len(toks); b++ {
		if b < i && !s.is(b, lexicon.Aux) && !strings.HasSuffix(toks[b].Lower, "ly") && toks[b].Lower != "also" {
			return nil
		}
		if s.is(b, lexicon.PassAux) {
			return nil // "The resolution was supported by X": the document undergoes the act; its issuers are no one's patient
		}
	}
	return ar.lastDoc
}

// documentBy reports whether the actors at g are the authors of a
// document that is the clause's subject: "The statement by the Security
// Council condemned ...", "A letter from Gonsalves called on ..." (cue
// class document). The document opens the clause at from.
func (ar *article) documentBy(s *sent, from, g int) bool {
	toks := s.toks
	if g < 2 || toks[g-1].Lower != "by" && toks[g-1].Lower != "from" {
		return false
	}
	for q := g - 2; q >= from && q >= g-5; q-- {
		n := s.cue(ar.x.lex, q, lexicon.Document)
		if n > 0 && q+n+1 == g-1 && toks[g-2].Kind == text.Word && (strings.HasSuffix(toks[g-2].Lower, "ed") || s.is(g-2, lexicon.Past)) {
			n++ // "a communique issued by X", "a statement released by X"
		}
		if n > 0 && q+n == g-1 {
			for b := from; b < q; b++ {
				if s.at[b] >= 0 || toks[b].Kind != text.Word {
					return false
				}
			}
			return true
		}
	}
	return false
}

// documentBefore returns the issuers of a document named right before a
// relative pronoun at r ("issued a joint statement on January 3, which
// called for ..."): the owner of the document ("the Council's
// resolution", "a Kremlin statement", "a statement by X"), else the
// subject of the verb that issued it. Only time words, numbers and commas
// may stand between the document and the pronoun.
func (ar *article) documentBefore(s *sent, r int) []mention {
	toks := s.toks
	for q := r - 1; q >= 1 && q >= r-9; q-- {
		if s.at[q] >= 0 {
			return nil
		}
		// the document ends at q
		for st := q; st >= 0 && st >= q-2; st-- {
			if n := s.cue(ar.x.lex, st, lexicon.Document); n > 0 && st+n == q+1 {
				return ar.documentIssuers(s, st, q+1)
			}
		}
		t := toks[q]
		if !(t.Text == "," || t.Kind == text.Number || ar.x.lex.Is(lexicon.TimeWord, t.Lower) || t.Lower == "on" || t.Lower == "in" || s.is(q, lexicon.Month)) {
			return nil
		}
	}
	return nil
}

// documentIssuers returns who issued the document [st, e): "X's
// statement", "a Kremlin statement", "a statement by X", else the subject
// of the verb before it ("X issued a statement", "the Council passed a
// resolution").
func (ar *article) documentIssuers(s *sent, st, e int) []mention {
	toks := s.toks
	if e+1 < len(toks) && (toks[e].Lower == "by" || toks[e].Lower == "from" || toks[e].Lower == "of") {
		if ms, _ := ar.objectAt(s, e+1); len(ms) > 0 {
			return ms
		}
		if toks[e].Lower == "of" {
			return nil // "a declaration of war": what is declared, no issuer
		}
	}
	q := st - 1
	for q >= 0 && s.at[q] < 0 && (s.is(q, lexicon.Det) || s.is(q, lexicon.Adj) || toks[q].Lower == "joint") {
		q--
	}
	if q >= 0 && s.at[q] >= 0 && s.ments[s.at[q]].ok && !s.ments[s.at[q]].media {
		return []mention{s.ments[s.at[q]]} // "a Kremlin statement"
	}
	if q >= 1 && toks[q].Kind == text.Poss && s.at[q-1] >= 0 && s.ments[s.at[q-1]].ok {
		return []mention{s.ments[s.at[q-1]]} // "the Council's resolution"
	}
	if q >= 1 && s.at[q] < 0 && toks[q].Kind == text.Word && !toks[q].Cap {
		if subj, _ := ar.subject(s, q, nil); len(subj) > 0 {
			return subj // "X issued a statement"
		}
	}
	return nil
}
