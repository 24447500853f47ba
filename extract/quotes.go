package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Quotations and their speakers: findSpeakers reads who speaks each
// quotation of a sentence ('"...," X said', '"...," said X', 'X said:
// "..."') and the sentence's own speaker ('X said (that) ...', 'according
// to X'): the actor at a verb of saying (speakerAt, subjectBefore), a list
// that speaks together (coordinatedSpeaker), a state's organ or official
// speaking for it, the issuer of a statement (statementIssuer).
// spreadSpeakers gives a quotation with no attribution the speaker of a
// quotation near it (continuedQuote, in speakers.go, across paragraphs);
// resolveSpeakerPronouns makes "I" the speaker and "we", "our" the speaker
// or the state or body they speak for (bodyOf).

// relAntecedentMention is the mention right before ", which"/", who" at
// r, or nil.
func (ar *article) relAntecedentMention(s *sent, r int) *mention {
	k := r - 1
	for k >= 0 && s.toks[k].Text == "," {
		k--
	}
	if k >= 0 && s.at[k] >= 0 {
		if m := s.ments[s.at[k]]; m.ok && !m.media {
			return &m
		}
	}
	return nil
}

// officialAt returns the length of an unnamed official's role at k
// ("official", "spokesperson", "diplomat"), or 0.
func (ar *article) officialAt(s *sent, k int) int {
	c, n := ar.x.lex.Role(s.toks, k)
	if n > 0 && (c == "official" || c == "spokes") {
		return n
	}
	return 0
}

// findSpeakers finds who speaks each quotation attributed in this
// sentence: ‘"...," X said’, ‘"...," said X’, ‘X said: "..."’, and the
// sentence's own speaker: ‘X said (that) ...’, ‘according to X’.
func (ar *article) findSpeakers(s *sent) {
	toks := s.toks
	for i := range toks {
		if q := toks[i].QuoteID; q > 0 {
			if len(s.quoteIDs) == 0 || s.quoteIDs[len(s.quoteIDs)-1] != q {
				s.quoteIDs = append(s.quoteIDs, q)
				ar.quotePara[q] = s.Para
			}
		}
	}
	// speaker after a closing mark (a sentence with no quotation has none)
	for i := 0; i+1 < len(toks) && len(s.quoteIDs) > 0; i++ {
		t := &toks[i]
		if t.Kind != text.Quote || t.QuoteID == 0 || (i+1 < len(toks) && toks[i+1].QuoteID == t.QuoteID) {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Kind == text.Punct && toks[j].Text == "," {
			j++
		}
		if m := ar.speakerAt(s, j); m != nil {
			ar.speakers[t.QuoteID] = speakerRef{*m, s.Index}
			s.speaker = m
		}
	}
	// "Israel must halt the offensive, said Macron.": an inverted
	// attribution closing a sentence with no quotation (before the subject
	// of the verb of saying is looked for: it has none before it)
	if len(s.quoteIDs) == 0 && s.mayCue(lexicon.Say) {
		s.speaker = ar.invertedSpeaker(s)
	}
	// speaker before the quotation: X said: "...", or the sentence's own
	closing := closingVerb(s) // "..., Khamenei warned.": -1 when none
	for i := range toks {
		if !s.mayCue(lexicon.Say) && closing < 0 {
			break // (no verb of saying in the sentence)
		}
		if toks[i].QuoteID > 0 || s.at[i] >= 0 || s.cue(ar.x.lex, i, lexicon.Say) == 0 && i != closing {
			continue
		}
		if toks[i].Lower == "according" {
			continue
		}
		subj := ar.subjectBefore(s, i)
		if subj == nil {
			continue
		}
		subj = ar.coordinatedSpeaker(s, subj)
		if s.speaker == nil {
			s.speaker = subj
		}
		after := false
		for j := i + 1; j < len(toks); j++ {
			if q := toks[j].QuoteID; q > 0 {
				if _, ok := ar.speakers[q]; !ok {
					ar.speakers[q] = speakerRef{*subj, s.Index}
				}
				after = true
				break
			}
		}
		// '"...," X, a government spokesman, said': the quotation that
		// closed right before the sayer is theirs
		if b := subj.start - 1; !after && b > 0 {
			for b > 0 && b >= subj.start-3 && s.at[b] < 0 && toks[b].Kind == text.Word && toks[b].Cap {
				b-- // '"...," Treasury Secretary Janet Yellen said': past a title
			}
			for b > 0 && toks[b].Kind == text.Punct && toks[b].Text == "," {
				b--
			}
			if t := toks[b]; t.Kind == text.Quote && t.QuoteID > 0 {
				if _, ok := ar.speakers[t.QuoteID]; !ok {
					ar.speakers[t.QuoteID] = speakerRef{*subj, s.Index}
				}
			}
		}
	}
	// according to X
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Lower == "according" && toks[i+1].Lower == "to" {
			if k := s.at[i+2]; k >= 0 && s.ments[k].ok && !s.ments[k].media && s.speaker == nil {
				m := s.ments[k]
				s.speaker = &m
			}
		}
	}
}

// invertedSpeaker returns the speaker of an inverted attribution that
// closes a sentence after a comma, "..., said Macron." or "..., said
// Antony Blinken, the US secretary of state, on Monday.": the actor right
// after the verb of saying, when nothing but a time, or a phrase set off
// by a comma that ends within ten tokens of the speaker's name (an
// apposition, most often), follows it to the sentence's end; nil
// elsewhere. It reads the sentence's last 14 tokens at most.
func (ar *article) invertedSpeaker(s *sent) *mention {
	toks := s.toks
	end := len(toks)
	if end > 0 && (toks[end-1].Text == "." || toks[end-1].Text == "!") {
		end--
	}
	for c := end - 3; c >= 1 && c >= end-14; c-- {
		if toks[c].Text != "," || s.cue(ar.x.lex, c+1, lexicon.Say) == 0 || s.at[c+1] >= 0 {
			continue
		}
		m := ar.speakerAt(s, c+1)
		if m == nil {
			return nil
		}
		e := timeSpan(s, m.end)
		if e < end && toks[e].Text == "," {
			// ", the French president", ", the US secretary of state": an
			// apposition, to the end
			for e++; e < end && e < m.end+10 && (toks[e].Kind == text.Word || toks[e].Kind == text.Poss); e++ {
			}
			e = timeSpan(s, e)
		}
		if e != end {
			return nil
		}
		return m
	}
	return nil
}

// coordinatedSpeaker widens a speaker to the actors coordinated before it
// ("Iran, Russia and Turkey said: ..."): a list mention (viaMany) whose
// members the quotation's "we" stands for; m itself when it stands alone.
func (ar *article) coordinatedSpeaker(s *sent, m *mention) *mention {
	k := s.at[m.start]
	if k <= 0 || m.via == viaMany {
		return m
	}
	actors := []graph.Actor{m.actor}
	first := k
	joined := false // a list closes with "and": "in the Belarusian capital Minsk, Putin said" is none
	for q := k - 1; q >= 0; q-- {
		p := s.ments[q]
		c := ar.coordinated(s, p.end, s.ments[first].start)
		if !p.ok || p.media || p.possPron || c == 0 || c == 1 && !joined {
			break
		}
		joined = joined || c == 2
		actors = append([]graph.Actor{p.actor}, actors...)
		first = q
	}
	// (persons too: '"...," Macron and Scholz said' is both speaking)
	if len(actors) < 2 || s.ments[first].start > 0 && ar.afterPrep(s, s.ments[first].start) {
		return m
	}
	g := *m
	g.start, g.via, g.members, g.actor = s.ments[first].start, viaMany, actors, actors[0]
	return &g
}

// closingVerb returns the index of a verb of warning, appeal or charge
// that ends its sentence as an attribution does ('"Israel will pay a
// heavy price," Khamenei warned.', '"Israel must stop now," Guterres
// urged.', '..., Zelensky charged on Tuesday.'), or -1: the act is told by
// the words before it. Cost: constant.
func closingVerb(s *sent) int {
	toks := s.toks
	end := len(toks)
	if end > 0 && (toks[end-1].Text == "." || toks[end-1].Text == "!") {
		end--
	}
	// the verb, then at most a time ("on Tuesday", "late Monday", "last
	// week") and "in a statement" before the sentence's end
	e := -1
	for c := end - 1; c >= 1 && c >= end-7; c-- {
		if s.at[c] >= 0 || !s.isWord(c, lexicon.WarnVerb) && !speechActVerb(s, c) {
			continue
		}
		n := timeSpan(s, c+1)
		if n+2 < end && toks[n].Lower == "in" && (toks[n+1].Lower == "a" || toks[n+1].Lower == "an") && s.is(n+2, lexicon.Message) {
			n += 3 // "Khamenei warned in a statement."
		}
		if n == end {
			e = c
		}
		break
	}
	if e < 1 {
		return -1
	}
	// the attribution's shape: a speaker right before the verb (past
	// auxiliaries, never a passive's: "Qatar has been urged"), opening
	// after a comma or a closing quotation mark
	k := e - 1
	for k > 0 && s.at[k] < 0 && s.is(k, lexicon.Aux) {
		if s.is(k, lexicon.PassAux) {
			return -1
		}
		k--
	}
	if s.at[k] < 0 || s.ments[s.at[k]].via == viaDemonym || !strings.HasSuffix(toks[e].Lower, "ed") && !s.isWord(e, lexicon.WarnVerb) {
		return -1 // "..., ignoring Russian demands.": a noun phrase, no attribution
	}
	// back over the speaker's phrase ("Iran's supreme leader Ali
	// Khamenei") to the comma or quotation mark that opens it (the
	// groups are not built yet: findSpeakers runs before them)
	for b := s.ments[s.at[k]].start - 1; b >= 0 && b >= k-10; b-- {
		t := toks[b]
		if t.Text == "," || t.Kind == text.Quote {
			return e
		}
		if s.at[b] < 0 && (t.Kind != text.Word && t.Kind != text.Poss || s.is(b, lexicon.Clause) || s.is(b, lexicon.TriggerStart) || s.cue(s.cueLex, b, lexicon.Say) > 0) {
			return -1 // "..., as Iran urged.", "and Turkey agreed"
		}
	}
	return -1
}

// closingWarn reports whether token e is the closing attribution verb of
// its sentence (closingVerb). Cost: constant.
func closingWarn(s *sent, e int) bool { return e == closingVerb(s) }

// speechActVerb reports whether token e is a one-word trigger verb of an
// act done in words: an appeal, a warning or a charge ("urged",
// "charged"). Cost: the trigger's senses.
func speechActVerb(s *sent, e int) bool {
	if !s.is(e, lexicon.TriggerStart) {
		return false
	}
	trs, n := s.trigger(e)
	if n != 1 {
		return false
	}
	for _, t := range trs {
		if t.POS == lexicon.Verb && (t.Relation == graph.Urged || t.Relation == graph.Warned || t.Relation == graph.Accused) {
			return true
		}
	}
	return false
}

// speakerAt reads "X said" or "said X" at token j.
func (ar *article) speakerAt(s *sent, j int) *mention {
	toks := s.toks
	if j >= len(toks) {
		return nil
	}
	// "...," a Ghanaian spokesman said: past the article
	if s.at[j] < 0 && s.is(j, lexicon.Det) {
		q := j + 1
		for q < len(toks) && q < j+3 && s.at[q] < 0 && (s.is(q, lexicon.Adj) || toks[q].Lower == "senior" || toks[q].Lower == "top") {
			q++ // "a senior US official said"
		}
		if q < len(toks) && s.at[q] >= 0 && s.ments[s.at[q]].start == q {
			j = q
		}
	}
	if k := s.at[j]; k >= 0 {
		m := s.ments[k]
		e := m.end
		for e < len(toks) && s.is(e, lexicon.Aux) {
			e++
		}
		if e < len(toks) && (s.cue(ar.x.lex, e, lexicon.Say) > 0 || closingWarn(s, e)) && m.ok && !m.media {
			return &m
		}
		// "...," Iran, Russia and Turkey said: the list speaks
		if m.ok && !m.media && m.actor.Kind != graph.Person {
			last := k
			for q := k + 1; q < len(s.ments) && ar.coordinated(s, s.ments[last].end, s.ments[q].start) > 0; q++ {
				last = q
			}
			if l := s.ments[last]; last > k && l.ok && l.end < len(toks) && s.cue(ar.x.lex, l.end, lexicon.Say) > 0 {
				return ar.coordinatedSpeaker(s, &l)
			}
		}
		// "...," a Kremlin statement said / an Iranian statement said
		if m.ok && !m.media && e+1 < len(toks) && s.at[e] < 0 && s.is(e, lexicon.Message) && s.cue(ar.x.lex, e+1, lexicon.Say) > 0 {
			return &m
		}
		// "Qatari foreign ministry spokesman Majed al-Ansari said": the
		// titled person after the affiliation
		attributive := m.via == viaDemonym || m.end < len(toks) && toks[m.end].Kind == text.Poss || m.actor.Kind != graph.Person && m.end < len(toks) && !toks[m.end].Cap
		if attributive {
			// "...," the Ghanaian foreign ministry said / Ghana's army
			// said / a senior US official said: the state's organ or
			// official speaks for it
			if m.ok && !m.media {
				b := m.end
				if b < len(toks) && toks[b].Kind == text.Poss {
					b++
				}
				for k := b; k < len(toks) && k < b+4 && s.at[k] < 0 && (ar.instAfter(s, k) || ar.officialAt(s, k) > 0); k++ {
					n := s.cue(ar.x.lex, k, lexicon.Inst)
					if n == 0 {
						n = ar.officialAt(s, k)
					}
					if n > 0 {
						e := k + n
						if e < len(toks) && s.is(e, lexicon.Message) && s.at[e] < 0 {
							e++ // "an Egyptian foreign ministry statement said"
						}
						for e < len(toks) && s.is(e, lexicon.Aux) {
							e++
						}
						if e < len(toks) && s.cue(ar.x.lex, e, lexicon.Say) > 0 {
							return &m
						}
						break
					}
				}
			}
			for e := m.end; e < len(toks) && e < m.end+6; e++ {
				if s.at[e] >= 0 && s.ments[s.at[e]].start == e {
					return ar.speakerAt(s, e)
				}
				if toks[e].Kind != text.Word && toks[e].Kind != text.Poss {
					break
				}
			}
		}
		return nil
	}
	// "...," a statement from Somalia's foreign ministry said: the issuer
	if m := ar.statementIssuer(s, j); m != nil {
		return m
	}
	if n := s.cue(ar.x.lex, j, lexicon.Say); n > 0 {
		e := j + n
		for e < len(toks) && (s.is(e, lexicon.Det)) && s.at[e] < 0 {
			e++
		}
		// 'said Treasury Secretary Janet Yellen', 'said Director Avril
		// Haines': past capitalised title words to the named person
		if b := e; b < len(toks) && s.at[b] < 0 {
			for b < len(toks) && b < e+3 && s.at[b] < 0 && toks[b].Kind == text.Word && toks[b].Cap {
				b++
			}
			if b < len(toks) && s.at[b] >= 0 && s.ments[s.at[b]].actor.Kind == graph.Person {
				e = b
			}
		}
		if e < len(toks) && s.at[e] >= 0 {
			m := s.ments[s.at[e]]
			if m.ok && !m.media {
				return &m
			}
		}
	}
	// "the official said", "a spokesman said": no named speaker
	return nil
}

// subjectBefore is the leftmost actor before token i in its clause that
// does not follow a preposition.
func (ar *article) subjectBefore(s *sent, i int) *mention {
	k := i - 1
	for k >= 0 && s.is(k, lexicon.Aux) {
		k--
	}
	if k >= 0 && s.at[k] >= 0 {
		if m := &s.ments[s.at[k]]; m.ok && !m.media && !m.possPron && !ar.afterPrep(s, m.start) {
			return ar.keep(m) // (a copy that lives as long as the article)
		}
	}
	// a parenthetical attribution: "..., South Korea's military said, ..."
	for c := i - 1; c >= 0 && c >= i-7; c-- {
		t := s.toks[c]
		if t.Text == "," {
			if c+1 < i && !strings.HasSuffix(s.toks[c+1].Lower, "ing") {
				for k := c + 1; k < i; k++ {
					if mi := s.at[k]; mi >= 0 && s.ments[mi].start == k {
						m := &s.ments[mi]
						if m.ok && !m.media && !m.possPron && !ar.afterPrep(s, k) && (m.end >= len(s.toks) || s.toks[m.end].Kind != text.Poss || ar.instAfter(s, m.end+1)) {
							return ar.keep(m) // (a copy that lives as long as the article)
						}
						break
					}
				}
			}
			break
		}
		if ar.x.lex.Is(lexicon.Clause, t.Lower) || t.Kind == text.Quote {
			break
		}
	}
	cs := ar.clauseStart(s, i)
	// "Russia, which backs Syria, said" / "Zelenskiy, speaking after a call
	// with Trump, said": the head before the closed clause
	if cs > 0 && relativePronoun(s.toks[cs-1].Lower) {
		for c := cs; c < i; c++ {
			if s.toks[c].Text == "," {
				if g := ar.relAntecedentMention(s, cs-1); g != nil {
					return g
				}
				break
			}
		}
	}
	if cs > 0 && s.toks[cs-1].Text == "," && cs >= 2 && s.at[cs-2] >= 0 && strings.HasSuffix(s.toks[cs].Lower, "ing") {
		if m := &s.ments[s.at[cs-2]]; m.ok && !m.media && !m.possPron {
			return ar.keep(m) // (a copy that lives as long as the article)
		}
	}
	for k := cs; k < i; k++ {
		mi := s.at[k]
		if mi < 0 {
			continue
		}
		m := &s.ments[mi]
		if m.start != k {
			continue
		}
		if !m.ok || m.media || m.possPron || ar.afterPrep(s, k) {
			k = m.end - 1
			continue
		}
		if m.end < len(s.toks) && s.toks[m.end].Kind == text.Poss && !ar.instAfter(s, m.end+1) {
			k = m.end - 1
			continue
		}
		return ar.keep(m) // (a copy that lives as long as the article)
	}
	// "Zelenskiy, speaking after a call with Trump, said": the sentence's
	// head before a participle or relative clause
	if len(s.ments) > 0 {
		m := &s.ments[0]
		if m.ok && !m.media && m.start <= 1 && m.end+1 < i && s.toks[m.end].Text == "," {
			if w := s.toks[m.end+1].Lower; strings.HasSuffix(w, "ing") || w == "who" || w == "which" {
				return ar.keep(m) // (a copy that lives as long as the article)
			}
		}
	}
	return nil
}

// instAfter reports whether an institution noun ("government", "war
// cabinet") stands at i, after adjectives: "Israel's war cabinet" acts as
// Israel.
func (ar *article) instAfter(s *sent, i int) bool {
	for k := i; k < len(s.toks) && k < i+4; k++ {
		if s.cue(ar.x.lex, k, lexicon.Inst) > 0 {
			return true
		}
		// a named unit: "China's Eastern Theater Command", "Iran's
		// Revolutionary Guard Corps"
		if t := s.toks[k]; t.Kind == text.Word && t.Cap && s.at[k] < 0 && ar.x.lex.Is(lexicon.UnitHead, t.Lower) && k > i {
			return true
		}
		if t := s.toks[k]; t.Kind == text.Word && t.Cap && s.at[k] < 0 && k+1 < len(s.toks) && s.toks[k+1].Cap {
			continue
		}
		// "Beijing's commerce ministry", "Yemen's internationally recognised
		// government": lower-case modifiers of the office
		t := s.toks[k]
		adverbed := k > i && strings.HasSuffix(s.toks[k-1].Lower, "ly") // "internationally recognised"
		if !s.is(k, lexicon.Adj) && !(t.Kind == text.Word && !t.Cap && s.at[k] < 0 && (!s.is(k, lexicon.TriggerStart) || adverbed) && !s.is(k, lexicon.Aux) && !s.is(k, lexicon.Prep)) {
			return false
		}
	}
	return false
}

// spreadSpeakers gives a quotation with no attribution of its own the
// speaker of the quotation before it in the same paragraph (or after it).
func (ar *article) spreadSpeakers() {
	ar.continuedQuotes()
	for _, s := range ar.sents {
		for _, q := range s.quoteIDs {
			if _, ok := ar.speakers[q]; ok {
				continue
			}
			p := ar.quotePara[q]
			for d := int32(1); d <= 3; d++ {
				if r, ok := ar.speakers[q-d]; ok && ar.quotePara[q-d] == p {
					ar.speakers[q] = r
					break
				}
				if r, ok := ar.speakers[q+d]; ok && ar.quotePara[q+d] == p {
					ar.speakers[q] = r
					break
				}
			}
		}
	}
	// a quotation opening a sentence with no speaker anywhere near: the
	// speaker of the sentence before ("Spokesman X told a briefing in Doha.
	// \"We condemn ...\""), else of the sentence after, when that sentence
	// quotes nobody itself
	for i, s := range ar.sents {
		if len(s.quoteIDs) == 0 || len(s.toks) == 0 || s.toks[0].Kind != text.Quote {
			continue
		}
		q := s.quoteIDs[0]
		if _, ok := ar.speakers[q]; ok {
			continue
		}
		for _, n := range []int{i - 1, i + 1} {
			if n < 0 || n >= len(ar.sents) {
				continue
			}
			o := ar.sents[n]
			if o.speaker == nil || len(o.quoteIDs) > 0 || o.Para < s.Para-1 || o.Para > s.Para+1 {
				continue
			}
			ar.speakers[q] = speakerRef{*o.speaker, o.Index}
			break
		}
		if _, ok := ar.speakers[q]; !ok && i > 0 {
			ar.continuedQuote(i)
		}
	}
	// a sentence inside a quotation that closes in a later sentence: the
	// quotation's speaker is its speaker ("These seizures are unacceptable.
	// It is essential ...," Hunt said)
	for _, s := range ar.sents {
		if s.speaker != nil || len(s.quoteIDs) == 0 {
			continue
		}
		if r, ok := ar.speakers[s.quoteIDs[0]]; ok {
			m := r.m
			s.speaker = &m
		}
	}
}

// resolveSpeakerPronouns settles I, me, my, we, us, our inside quotations:
// "I" is the speaker; "we" performing a speech act ("We urge Iran") is the
// speaker too; otherwise "we" and "our" are the speaker's state or body.
func (ar *article) resolveSpeakerPronouns(s *sent) {
	for k := range s.ments {
		m := &s.ments[k]
		if m.via != viaPronoun || !firstPersonPron(m.pron) {
			continue
		}
		q := s.toks[m.start].QuoteID
		r, ok := ar.speakers[q]
		if q == 0 || !ok || !r.m.ok {
			continue
		}
		sp := r.m.actor
		switch m.pron {
		case "i", "me", "my", "i'm", "i've", "i'll":
			m.actor, m.ok, m.via = sp, true, viaSpeaker
			continue
		}
		if r.m.via == viaMany && len(r.m.members) > 1 {
			// "Iran, Russia and Turkey said: “We call ...”": each of them
			m.actor, m.ok, m.via, m.members = r.m.members[0], true, viaMany, r.m.members
			continue
		}
		if m.pron == "our country" {
			// "Our nation encourages X", Blinken wrote: the speaker's state
			switch {
			case sp.Kind == graph.State:
				m.actor, m.ok, m.via = sp, true, viaSpeaker
			case sp.Country != "":
				m.actor, m.ok, m.via = stateActor(sp.Country), true, viaSpeaker
			}
			continue
		}
		// we + speech act: the speaker
		e := m.end
		for e < len(s.toks) && (s.is(e, lexicon.Aux) || s.toks[e].Lower == "are") {
			e++
		}
		e = speechLeadIn(s, e)
		if m.pron != "our" && e < len(s.toks) && (s.is(e, lexicon.SpeechAct) || ar.weMet(s, e)) {
			m.actor, m.ok, m.via = sp, true, viaSpeaker
			continue
		}
		switch {
		case sp.Kind == graph.Person:
			// "we", "our forces" said by a group's spokesman are the group's
			// (Yahya Saree's "we" is the Houthis), else the speaker's state;
			// a speaker of no known state or body speaks for no one else:
			// "we" is the speaker ("'We fully support SADC,' said X")
			if org, ok := ar.bodyOf(r.m); ok {
				m.actor, m.ok, m.via = org, true, viaSpeaker
			} else if sp.Country != "" {
				m.actor, m.ok, m.via = stateActor(sp.Country), true, viaSpeaker
			} else {
				m.actor, m.ok, m.via = sp, true, viaSpeaker
			}
		case sp.Kind != graph.Person:
			m.actor, m.ok, m.via = sp, true, viaSpeaker
		}
	}
}

// bodyOf is the organisation (not a state) a person speaks for: the body
// of their title in the article ("Hamas spokesman X"), the body the
// article says they lead, else the body of their latest dictionary role.
func (ar *article) bodyOf(p mention) (graph.Actor, bool) {
	if p.org != nil && p.org.Kind == graph.Org {
		return *p.org, true
	}
	if org, ok := ar.leads[p.actor.Name]; ok {
		return org, true
	}
	e, ok := ar.x.dict.Lookup(p.actor.Name)
	if !ok {
		return graph.Actor{}, false
	}
	for q := len(e.Roles) - 1; q >= 0; q-- {
		r := e.Roles[q]
		if r.Of == "" || r.To != "" && ar.published != "" && r.To <= ar.published {
			continue
		}
		if o, ok := ar.x.dict.Lookup(r.Of); ok && o.Kind == dict.Org {
			return graph.Actor{Name: o.Name, Kind: graph.Org, Country: o.Country}, true
		}
	}
	return graph.Actor{}, false
}

// statementIssuer reads a speaker told as a document at j: "a statement from
// Somalia's foreign ministry said", "a statement by the Arab League said":
// the issuer, when a verb of saying follows its phrase.
func (ar *article) statementIssuer(s *sent, j int) *mention {
	toks := s.toks
	if j < len(toks) && s.is(j, lexicon.Det) {
		j++
	}
	if j+2 >= len(toks) || !s.is(j, lexicon.Message) || s.at[j] >= 0 {
		return nil
	}
	p := j + 1
	if toks[p].Lower != "from" && toks[p].Lower != "by" && toks[p].Lower != "of" {
		return nil
	}
	q := p + 1
	if q < len(toks) && toks[q].Lower == "the" && s.at[q] < 0 {
		q++
	}
	if q >= len(toks) || s.at[q] < 0 {
		return nil
	}
	m := s.ments[s.at[q]]
	if !m.ok || m.media {
		return nil
	}
	e := m.end
	for e < len(toks) && e < m.end+5 && s.at[e] < 0 && toks[e].Kind != text.Punct && s.cue(ar.x.lex, e, lexicon.Say) == 0 {
		e++ // "Somalia's Foreign Affairs ministry"
	}
	if e < len(toks) && s.cue(ar.x.lex, e, lexicon.Say) > 0 {
		return &m
	}
	return nil
}

// sayVerbAt reports whether token v is a verb of saying outside any name
// ("said", "told", "stressed"; not "according", which opens "according
// to X", an attribution with no verb). Cost: constant.
func (ar *article) sayVerbAt(s *sent, v int) bool {
	return s.at[v] < 0 && s.cue(ar.x.lex, v, lexicon.Say) > 0 && s.toks[v].Lower != "according"
}

// continuedQuotes gives a quotation left open at the end of its
// paragraph the speaker of the quotation that opens the next paragraph:
// news copy opens each paragraph of a long quotation with a quotation
// mark and closes only the last, where the speaker is named ('"We condemn
// Russia's attack.¶"Those responsible must be held to account," said
// Barrot.'). A chain of such paragraphs takes the last one's speaker.
// Cost: one pass over the tokens, and nothing where every quotation has a
// speaker.
func (ar *article) continuedQuotes() {
	missing := false
	for _, s := range ar.sents {
		for _, q := range s.quoteIDs {
			if _, ok := ar.speakers[q]; !ok {
				missing = true
			}
		}
	}
	if !missing {
		return
	}
	open := map[int32]bool{}   // left open: its last token is no quotation mark
	opener := map[int32]bool{} // opens its paragraph with a quotation mark
	var ids []int32
	for i, s := range ar.sents {
		paraStart := i == 0 || ar.sents[i-1].Para != s.Para
		for k, t := range s.toks {
			if t.QuoteID == 0 {
				continue
			}
			if _, seen := open[t.QuoteID]; !seen {
				ids = append(ids, t.QuoteID)
				opener[t.QuoteID] = paraStart && k == 0 && t.Kind == text.Quote
			}
			open[t.QuoteID] = t.Kind != text.Quote
		}
	}
	for n := len(ids) - 1; n >= 1; n-- {
		q, next := ids[n-1], ids[n]
		if _, ok := ar.speakers[q]; ok || !open[q] || !opener[next] || ar.quotePara[next] != ar.quotePara[q]+1 {
			continue
		}
		if r, ok := ar.speakers[next]; ok {
			ar.speakers[q] = r
		}
	}
}
