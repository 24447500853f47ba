package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// listSeen is a list of three or more actors named together in a
// sentence ("Mali, Burkina Faso and Niger").
type listSeen struct {
	actors []graph.Actor
	sent   int
}

// listWindow is how many sentences back "the three countries" may look
// for its list.
const listWindow = 8

// manyNumber returns the count the word w names in a collective ("the
// three Sahel countries": resolution.tsv's manynumbers), or false.
func manyNumber(w string) (int, bool) {
	v, ok := resolutionLists["manynumbers"].word(w)
	if !ok {
		return 0, false
	}
	n, _ := strconv.Atoi(v) // (checked when read)
	return n, true
}

// manyAt reads a collective at token i, "the three Sahel countries", "all
// four leaders": "the"/"all"/"these", a count, at most two modifiers and a
// manynoun head; or "these"/"those" and the head alone ("these nations":
// the latest list). It returns its length, or 0.
func (ar *article) manyAt(s *sent, i int) int {
	toks := s.toks
	if w := toks[i].Lower; w != "the" && w != "all" && w != "these" && w != "those" || i+2 >= len(toks) {
		return 0
	}
	if _, ok := manyNumber(toks[i+1].Lower); !ok {
		// "these nations", "those countries": the latest list, any size
		if w := toks[i].Lower; (w == "these" || w == "those") && toks[i+1].Kind == text.Word && !toks[i+1].Cap && s.cue(ar.x.lex, i+1, lexicon.ManyNoun) > 0 {
			return 2
		}
		// "the Western countries", "the Baltic states": a capitalised
		// region word, then a plural of states: the latest list, as
		// "these nations" (findMentions has not indexed s.at yet)
		if toks[i].Lower == "the" && toks[i+1].Kind == text.Word && toks[i+1].Cap && !toks[i+2].Cap && s.cue(ar.x.lex, i+2, lexicon.ManyNoun) > 0 {
			if _, n := ar.x.names.longest(toks, i+1); n > 0 {
				return 0 // "the NATO members", "the G7 leaders": a body's, named
			}
			return 3
		}
		return 0
	}
	for j := i + 2; j < len(toks) && j <= i+4; j++ {
		if s.cue(ar.x.lex, j, lexicon.ManyNoun) > 0 {
			return j + 1 - i
		}
		if toks[j].Kind != text.Word {
			return 0
		}
	}
	return 0
}

// collectives resolves the collectives of a sentence to the latest list of
// that many actors named in the sentences before (listWindow).
func (ar *article) collectives(s *sent) {
	ar.theyList(s)
	for k := range s.ments {
		m := &s.ments[k]
		if m.via != viaMany || m.ok {
			continue
		}
		want, counted := manyNumber(s.toks[m.start+1].Lower)
		for q := len(ar.lists) - 1; q >= 0; q-- {
			l := ar.lists[q]
			if l.sent < s.Index-listWindow || !counted && l.sent < s.Index-2 {
				break // ("these nations" looks two sentences back)
			}
			if len(l.actors) == want || !counted {
				m.members = l.actors
				if sg, ok := singularNoun(s.toks[m.end-1].Lower); ok && ar.stateNoun(sg) {
					// "the foreign ministers Cavusoglu of Turkey, Haavisto of
					// Finland and Linde of Sweden ... all three countries":
					// the states of the persons listed
					m.members = personsAsStates(l.actors)
				}
				m.actor, m.ok = m.members[0], true
				break
			}
		}
		if !m.ok {
			continue
		}
		// "the three countries said ... that they condemned": the pronoun
		// after it in the sentence is the same list
		for q := k + 1; q < len(s.ments); q++ {
			if p := &s.ments[q]; p.via == viaPronoun && (p.pron == "they" || p.pron == "them") {
				p.via, p.members, p.actor, p.ok = viaMany, m.members, m.actor, true
			} else if ar.theirOfList(s, m, p) {
				// "withdraw its staff from these countries and demanded
				// their representatives leave": the list, not the one
				// state the pronoun first took
				p.via, p.members, p.actor, p.ok = viaMany, m.members, m.actor, true
			}
		}
	}
}

// stateNoun reports whether w names a state or its government ("country",
// "nation", "state", "government": definitestate and govnoun cues).
func (ar *article) stateNoun(w string) bool {
	return w == "state" || ar.x.lex.Is(lexicon.DefiniteState, w) || ar.x.lex.Is(lexicon.GovNoun, w)
}

// personsAsStates returns the actors with each person of a known country given
// as that country's state (a new slice).
func personsAsStates(as []graph.Actor) []graph.Actor {
	out := make([]graph.Actor, len(as))
	for i, a := range as {
		if a.Kind == graph.Person && a.Country != "" {
			a = stateActor(a.Country)
		}
		out[i] = a
	}
	return out
}

// theyList resolves a "They" that opens a sentence right after one that
// named a list of three or more actors: "The ministers of Egypt, Jordan
// and France met in Cairo. They urged Israel to ..." is each of them; an
// unresolved "their" after such a list is the list too; failing a list,
// a "They" after a sentence opened by one armed body or state organ is
// that body (bodySubject). A pair ("Ethiopia and Eritrea ... They") is
// read by recentPair.
func (ar *article) theyList(s *sent) {
	if len(s.ments) == 0 {
		return
	}
	// "... the ambassadors of Spain, Italy and Sweden. Moncada demanded
	// their representatives leave": an unresolved "their" after a list
	if len(ar.lists) > 0 {
		if l := ar.lists[len(ar.lists)-1]; l.sent == s.Index-1 {
			for k := range s.ments {
				if p := &s.ments[k]; p.possPron && p.pron == "their" && !p.ok && s.toks[p.start].QuoteID == 0 {
					p.via, p.members, p.actor, p.ok = viaMany, l.actors, l.actors[0], true
				}
			}
		}
	}
	m := &s.ments[0]
	if m.via != viaPronoun && !(m.via == viaBoth && m.pron != "") || m.pron != "they" {
		return
	}
	// "The members of the Security Council welcomed ... They called on
	// ...", "In this regard, they ...": the body whose members opened the
	// sentences before
	if m.start <= 6 {
		if b := ar.membersBody(s.Index - 1); b != nil {
			m.via, m.members, m.actor, m.ok, m.pair = viaPronoun, nil, b.actor, true, nil
			return
		}
	}
	if m.start != 0 {
		return
	}
	if len(ar.lists) > 0 {
		if l := ar.lists[len(ar.lists)-1]; l.sent == s.Index-1 {
			m.via, m.members, m.actor, m.ok, m.pair = viaMany, l.actors, l.actors[0], true, nil
			return
		}
	}
	// "The Chinese coast guard defended its conduct. They accused ...",
	// "The Houthis said ... They also ...": a plural pronoun for the one
	// armed body or state organ that opened the sentence before
	if !m.ok && s.toks[0].QuoteID == 0 {
		if b := ar.bodySubject(s.Index - 1); b != nil {
			m.actor, m.ok, m.pair = b.actor, true, nil
		}
	}
}

// bodySubject returns the subject of sentence si when it is one armed
// body, party or state organ ("The Houthis", "The Chinese coast guard"),
// named first at the sentence's start (or right after a fronted adjunct
// closed by a comma), alone (no list), outside any quotation; else nil.
func (ar *article) bodySubject(si int) *mention {
	if si < 0 || si >= len(ar.sents) {
		return nil
	}
	p := ar.sents[si]
	if len(p.ments) == 0 || len(p.toks) == 0 {
		return nil
	}
	o := &p.ments[0]
	b := o.start // "The Houthis", "In response, the Chinese coast guard"
	if b > 0 && p.toks[b-1].Lower == "the" {
		b--
	}
	if !o.ok || o.media || b > 6 || b > 0 && p.toks[b-1].Text != "," || p.toks[o.start].QuoteID != 0 {
		return nil
	}
	if p.gAt != nil && p.gAt[o.start] >= 0 && len(p.groups[p.gAt[o.start]].ms) > 1 {
		return nil // a list: theyList's, or a pair's
	}
	switch {
	case o.actor.Kind == graph.Org && o.actor.Country != "" && o.via == viaName:
		// an armed group or party: "the Houthis", "Hamas"
	case o.actor.Kind == graph.State && o.via == viaDemonym && o.end < len(p.toks) && (p.isWord(o.end, lexicon.ForceOrgan) || p.cue(ar.x.lex, o.end, lexicon.Inst) > 0):
		// a state organ: "the Chinese coast guard"
	default:
		return nil
	}
	return o
}

// noteLists remembers the lists of three or more distinct actors of a
// sentence, for a later collective.
func (ar *article) noteLists(s *sent) {
	ar.noteAlliedList(s)
	for g := range s.groups {
		if s.groupLen(g) < 3 {
			continue // (no copy of the group's mentions to count them)
		}
		if gr := s.groups[g]; len(gr.ms) == 1 && s.ments[gr.ms[0]].via == viaMany && s.ments[gr.ms[0]].pron != "" {
			continue // "said they": a pronoun for a list already noted
		}
		ms := s.groupMentions(g)
		var as []graph.Actor
		seen := map[string]bool{}
		for _, m := range ms {
			if m.ok && !seen[m.actor.Name] {
				seen[m.actor.Name] = true
				as = append(as, m.actor)
			}
		}
		if len(as) >= 3 {
			ar.lists = append(ar.lists, listSeen{actors: as, sent: s.Index})
		}
	}
}

// signedKey are the words signatories and cosignedWith start from
// (keySigned): "signed by", "joint statement by (of, from, with)".
var signedKey = []string{"signed", "statement"}

// signatories reads the named signatories of a joint statement whose words
// the sentence reports: "..., he read from a statement signed by about 40
// countries, including Ukraine, the United States, Japan and Canada",
// "a joint statement by A, B and C": each is a source of the statement's
// acts in the sentence (relations.md: "A joint statement's named
// signatories are each a source of its acts"), never SPOKE_WITH each other.
// first is the index in ar.out of the sentence's first edge.
func (ar *article) signatories(s *sent, first int) {
	toks := s.toks
	if ar.cosignedWith(s, first) {
		return
	}
	var signers []mention
	mayKey := s.mayKey(keySigned) // (no signedKey: no search)
	for k := 0; k+2 < len(toks) && len(signers) == 0 && mayKey; k++ {
		w := toks[k].Lower
		if !(w == "signed" && toks[k+1].Lower == "by") && !(w == "statement" && k > 0 && toks[k-1].Lower == "joint" && (toks[k+1].Lower == "by" || toks[k+1].Lower == "of" || toks[k+1].Lower == "from")) {
			continue
		}
		for j := k + 2; j < len(toks) && j < k+10; j++ {
			if toks[j].Lower == "including" {
				signers, _ = ar.objectAt(s, j+1)
				break
			}
			if s.at[j] >= 0 {
				signers, _ = ar.objectAt(s, j)
				break
			}
		}
	}
	// "the 26 other members of the European Union": its members, not the
	// body, signed
	kept := signers[:0:0]
	for _, m := range signers {
		if m.start >= 2 && toks[m.start-1].Lower == "of" && ar.x.lex.Is(lexicon.MemberNoun, strings.TrimSuffix(toks[m.start-2].Lower, "s")) {
			continue
		}
		kept = append(kept, m)
	}
	signers = kept
	if s.speaker == nil || !s.speaker.ok {
		return
	}
	if len(signers) >= 2 {
		ar.signed = &signedStatement{speaker: s.speaker.actor.Name, signers: signers, para: s.Para}
	} else {
		signers = ar.statementGoesOn(s)
	}
	if len(signers) < 2 || first >= len(ar.out) {
		return
	}
	// only the statement's own acts: those of the one who reads or issues
	// it, not acts it reports ("Russia's attack on Ukraine")
	ar.cosign(s, first, s.speaker.actor.Name, signers, true)
}

// cosign makes each signer a source of the acts issuer made in the
// sentence from ar.out[first] on, meetings excepted (signatories are not
// SPOKE_WITH each other for signing) and force too unless withForce.
func (ar *article) cosign(s *sent, first int, issuer string, signers []mention, withForce bool) {
	edges := append([]graph.Edge(nil), ar.out[first:]...)
	for _, e := range edges {
		if e.Relation == graph.SpokeWith || e.Relation == graph.Attacked && !withForce || e.Source.Name != issuer {
			continue
		}
		tgt := mention{actor: e.Target, ok: true, via: viaName}
		for _, sg := range signers {
			ar.emit(s, sg, e.Relation, tgt, e.Trigger, e.Confidence*wInherited)
		}
	}
}

// cosignedWith reads "in a joint statement with A and B, C urged X": the
// co-signers A and B are sources of C's acts in the sentence too
// (relations.md: a joint statement's named signatories are each a source
// of its acts), never SPOKE_WITH C for signing it. It reports whether the
// sentence held such a statement. first is the index in ar.out of the
// sentence's first edge.
func (ar *article) cosignedWith(s *sent, first int) bool {
	if !s.mayKey(keySigned) {
		return false // (no "statement": nothing to read)
	}
	toks := s.toks
	for k := 2; k+2 < len(toks); k++ { // (k-2 is read)
		if toks[k].Lower != "with" || toks[k-1].Lower != "statement" || toks[k-2].Lower != "joint" {
			continue
		}
		signers, _ := ar.objectAt(s, k+1)
		if len(signers) == 0 || first >= len(ar.out) {
			return true
		}
		// the statement's own acts: those of its issuer, the first source
		// of a verbal act in the sentence that is no co-signer (acts it
		// reports, "Iran's attack on Israel", stay the reported actor's)
		for _, e := range ar.out[first:] {
			if e.Relation != graph.SpokeWith && e.Relation != graph.Attacked && !slices.ContainsFunc(signers, func(sg mention) bool { return sg.actor.Name == e.Source.Name }) {
				ar.cosign(s, first, e.Source.Name, signers, false)
				break
			}
		}
		return true
	}
	return false
}

// jointEvents reads a meeting told by its setting: the persons a sentence
// names with "a joint news conference" met, each with each (relations.md:
// "A joint press conference of two leaders is SPOKE_WITH: they met").
// A setting shared by "with" ("Kerry, at a press conference with Lavrov,
// said") counts only when a person is named right after it (never "a
// press conference with reporters").
func (ar *article) jointEvents(s *sent) {
	found := false
	for k, n := range s.eachCue(ar.x.lex, lexicon.JointEvent, 0, len(s.toks)) {
		if s.toks[k+n-1].Lower == "with" {
			if k+n < len(s.toks) && s.at[k+n] >= 0 && s.ments[s.at[k+n]].ok && s.ments[s.at[k+n]].actor.Kind == graph.Person && !ar.blocked(s, k) && !ar.intended(s, k) {
				ar.conferenceWith(s, k, s.ments[s.at[k+n]])
			}
			continue
		}
		if !ar.blocked(s, k) && !ar.intended(s, k) {
			found = true
			break
		}
	}
	if !found {
		return
	}
	var persons []mention
	for _, m := range s.ments {
		if m.ok && !m.media && m.actor.Kind == graph.Person && !sameActor(m, persons) {
			persons = append(persons, m)
		}
	}
	if len(persons) >= 2 && len(persons) <= 3 { // more is a crowd, not a podium
		ar.pairs(s, persons, graph.SpokeWith, false, "joint news conference", wCosign)
	}
}

// conferenceWith reads "X, at a press conference with Y, said" and "At a
// news conference with Y, X said": the person who speaks beside partner
// is the one the setting k is set off after by a comma ("X, (speaking)
// at a ..."), else the subject of the main clause before it ("X said at
// a ...", "X criticised Z at a ...": never Z, the object, nor the subject
// of what X said), or else, with the setting fronted, the first one after
// the comma that closes it; any other person of the sentence is what was
// said ("... with Hollande, said Assad must go").
// Cost: linear in the sentence's mentions.
func (ar *article) conferenceWith(s *sent, k int, partner mention) {
	var speaker []mention
	isSpeaker := func(m mention) bool {
		return m.ok && !m.media && m.actor.Kind == graph.Person && m.actor.Name != partner.actor.Name
	}
	fronted := frontedOpener(s.toks)
	for _, m := range s.ments {
		if m.end > k {
			break
		}
		if fronted && firstComma(s.toks, m.start) {
			continue // "After meeting Putin, Xi said ...": the opener's
		}
		// "X, (speaking) at a press conference with Y": set off right
		// after X, with no actor or comma between
		set := s.toks[m.end].Text == ","
		for j := m.end + 1; set && j < k; j++ {
			set = s.at[j] < 0 && s.toks[j].Text != ","
		}
		if set && isSpeaker(m) {
			speaker = []mention{m}
			break
		}
		if m.possPron || m.end < len(s.toks) && s.toks[m.end].Kind == text.Poss || ar.afterPrep(s, m.start) {
			continue
		}
		if isSpeaker(m) {
			speaker = []mention{m} // the main clause's subject
		}
		break // (the first actor that may be a subject is the clause's)
	}
	if len(speaker) == 0 && k <= 3 {
		comma := -1
		for j := partner.end; j < len(s.toks); j++ {
			if s.toks[j].Text == "," {
				comma = j
				break
			}
		}
		for _, m := range s.ments {
			if comma >= 0 && m.start > comma {
				if m.ok && !m.media && m.actor.Kind == graph.Person && m.actor.Name != partner.actor.Name {
					speaker = []mention{m}
				}
				break
			}
		}
	}
	if len(speaker) == 1 {
		ar.pairs(s, []mention{speaker[0], partner}, graph.SpokeWith, false, "joint news conference", wCosign)
	}
}

// noteAlliedList remembers a list told as one actor "and its allies" and
// the others: "The West African country and its allies Burkina Faso and
// Niger will recall their ambassadors" is a list of three for a later
// "the three Sahel countries".
func (ar *article) noteAlliedList(s *sent) {
	toks := s.toks
	for _, m := range s.ments {
		if !m.ok || m.media || m.possPron || m.end+3 >= len(toks) || toks[m.end].Lower != "and" {
			continue
		}
		p := m.end + 1
		if s.at[p] < 0 || !s.ments[s.at[p]].possPron || !s.isWord(p+1, lexicon.AllyNoun) || s.gAt[p+2] < 0 {
			continue
		}
		as := []graph.Actor{m.actor}
		for _, o := range s.groupMentions(s.gAt[p+2]) {
			if o.ok && !o.media && o.actor.Name != as[0].Name {
				as = append(as, o.actor)
			}
		}
		if len(as) >= 3 {
			ar.lists = append(ar.lists, listSeen{actors: as, sent: s.Index})
			return
		}
	}
}

// signedStatement is a joint statement read out by speaker, signed by
// signers, in paragraph para.
type signedStatement struct {
	speaker string
	signers []mention
	para    int
}

// statementGoesOn returns the signatories of the statement read out in the
// paragraph before s when s quotes the same speaker again ("..., he read
// from a statement signed by A, B and C. ¶ \"We reiterate our call on X
// ...,\" he said"): news English quotes a statement over paragraphs and
// names its signers once.
func (ar *article) statementGoesOn(s *sent) []mention {
	st := ar.signed
	if st == nil || s.Para != st.para+1 || len(s.quoteIDs) == 0 || s.speaker.actor.Name != st.speaker {
		return nil
	}
	return st.signers
}

// attendedKey is the word attendedBy starts from (keyAttended).
var attendedKey = []string{"attended"}

// attendedBy reads a meeting told in the passive with its attendees:
// "The meeting, mediated by Qatar, was attended by Tshisekedi and Kagame":
// the attendees met, each with each (relations.md: meetings told by their
// setting are SPOKE_WITH), and a mediator named with the meeting spoke
// with each. The subject must be a meeting noun. Cost: linear in the
// sentence.
func (ar *article) attendedBy(s *sent) {
	lex := ar.x.lex
	toks := s.toks
	ar.involving(s)
	if !s.mayKey(keyAttended) {
		return // (no attendedKey: nothing to read)
	}
	for k := 1; k+2 < len(toks); k++ {
		if toks[k+1].Lower != "by" || toks[k].Lower != "attended" || ar.blocked(s, k) {
			continue
		}
		// "was attended by", "which was also attended by", or a reduced
		// relative right after the noun: "a summit attended by"
		passive := s.is(k-1, lexicon.PassAux) || k >= 2 && s.is(k-2, lexicon.PassAux) && strings.HasSuffix(toks[k-1].Lower, "ly") ||
			k >= 2 && s.is(k-2, lexicon.PassAux) && toks[k-1].Lower == "also"
		if !passive {
			if senses, _ := s.trigger(k - 1); !hasSense(senses, graph.SpokeWith, lexicon.Noun) {
				continue
			}
		}
		meeting := false
		for q := k - 1; q >= 0 && q >= k-12 && !meeting; q-- {
			if s.cue(lex, q, lexicon.GatheringNoun) > 0 && s.at[q] < 0 {
				meeting = true // "the session was attended by"
				break
			}
			if !s.is(q, lexicon.TriggerStart) {
				continue
			}
			senses, _ := s.trigger(q)
			for _, t := range senses {
				if t.Relation == graph.SpokeWith && t.POS == lexicon.Noun && t.Frame.Recip {
					meeting = true
				}
			}
		}
		if !meeting {
			continue
		}
		ms, _ := ar.objectAt(s, k+2)
		if len(ms) == 0 {
			continue
		}
		ar.pairs(s, ms, graph.SpokeWith, false, "attended by", wNoun)
		ar.chairBefore(s, k, ms) // "The session, chaired by P, took place. It was attended by A and B"
		// "The meeting, mediated by Qatar, was attended by A and B": the
		// mediator spoke with each
		for q := 1; q+1 < k; q++ {
			if n := s.cue(lex, q, lexicon.Mediate); n > 0 && q+n+1 < k && toks[q+n].Lower == "by" && s.at[q+n+1] >= 0 {
				if med, _ := ar.objectAt(s, q+n+1); len(med) > 0 {
					ar.emitAll(s, med, graph.SpokeWith, ar.otherSide(med, ms), triggerText(toks[q:q+n]), wNoun)
				}
				break
			}
			// "Kenya hosted a summit attended by X": the host is the
			// subject of the verb whose object the meeting is
			if n := s.cue(lex, q, lexicon.Mediate); n > 0 && q+n < k && toks[q+n].Lower != "by" && q+n+6 >= k {
				if host, _ := ar.subject(s, q, nil); len(host) > 0 {
					ar.emitAll(s, host, graph.SpokeWith, ar.otherSide(host, ms), triggerText(toks[q:q+n]), wNoun)
				}
				break
			}
		}
	}
}

// tookPart reads the participants of a gathering told as the subject of a
// verb of taking part (partakeverb): "Vladimir Putin and Xi Jinping took
// part in the session" (SPOKE_WITH each pair: they met). The gathering is
// a meeting noun of the triggers or a gathering noun within four words.
// Cost: linear in the sentence.
func (ar *article) tookPart(s *sent) {
	if !s.mayKey(keyPartake) {
		return // (no partakeverb cue: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := range s.eachKey(keyPartake, 1, len(toks)-2) {
		n := s.cue(lex, k, lexicon.PartakeVerb)
		if n == 0 || s.at[k] >= 0 || ar.blocked(s, k) {
			continue
		}
		meeting := false
		for q := k + n; q < len(toks) && q < k+n+4 && !meeting; q++ {
			if s.at[q] >= 0 {
				break
			}
			if s.cue(lex, q, lexicon.GatheringNoun) > 0 {
				meeting = true
			} else if trs, _ := s.trigger(q); hasSense(trs, graph.SpokeWith, lexicon.Noun) {
				meeting = true
			}
		}
		if !meeting {
			continue
		}
		if srcs, _ := ar.subject(s, k, nil); len(srcs) > 1 {
			ar.pairs(s, srcs, graph.SpokeWith, false, triggerText(toks[k:k+n]), wNoun)
		}
	}
}

// involvingKey are the words involving starts from (keyInvolving).
var involvingKey = []string{"involving", "among", "amongst", "participation"}

// involving reads the participants of talks told by a participle or a
// preposition of membership right after the noun: "talks involving A, B
// and C", "negotiations among A, B and C", "a meeting with the
// participation of A and B": each spoke with each (relations.md, meetings).
// The noun must be a meeting noun (a recip SPOKE_WITH noun) and the list
// name two actors or more; talks that are planned are none (blocked).
func (ar *article) involving(s *sent) {
	if !s.mayKey(keyInvolving) {
		return // (no involvingKey: nothing to read)
	}
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		n := 0
		switch {
		case toks[k].Lower == "involving" || toks[k].Lower == "among" || toks[k].Lower == "amongst":
			n = 1
		case toks[k].Lower == "with" && k+3 < len(toks) && toks[k+1].Lower == "the" && toks[k+2].Lower == "participation" && toks[k+3].Lower == "of":
			n = 4
		default:
			continue
		}
		if s.at[k-1] >= 0 || !s.is(k-1, lexicon.TriggerStart) && (k < 2 || !s.is(k-2, lexicon.TriggerStart)) {
			continue
		}
		meeting := false
		for q := max(k-2, 0); q < k && !meeting; q++ {
			senses, m := s.trigger(q)
			for _, t := range senses {
				if q+m == k && t.Relation == graph.SpokeWith && t.POS == lexicon.Noun && t.Frame.Recip {
					meeting = true
				}
			}
		}
		if !meeting || ar.blocked(s, k-1) {
			continue
		}
		ms, e := ar.objectAt(s, k+n)
		if len(ms) < 2 || ar.modalAfter(s, e) {
			continue // "Talks involving A and B could resume": a plan
		}
		ar.pairs(s, ms, graph.SpokeWith, false, triggerText(toks[k-1:k+n]), wNoun)
	}
}

// modalAfter reports whether the verb group that follows a subject ending
// at e holds a modal or a negation: "talks involving A and B could
// resume", "have never met".
func (ar *article) modalAfter(s *sent, e int) bool {
	for q := e; q >= 0 && q < len(s.toks) && q < e+3; q++ {
		if w := s.toks[q].Lower; s.is(q, lexicon.Modal) || w == "not" || w == "never" || w == "n't" {
			return true
		}
	}
	return false
}

// membersBody returns the organisation whose members open sentence si
// ("The members of the Security Council ...", "Members of the council
// ..."), or nil.
func (ar *article) membersBody(si int) *mention {
	// past sentences that go on with "They ..."
	for q := 0; q < 12 && si > 0 && si < len(ar.sents) && len(ar.sents[si].ments) > 0 && ar.sents[si].ments[0].pron == "they" && ar.sents[si].ments[0].start <= 6; q++ {
		si--
	}
	if si < 0 || si >= len(ar.sents) {
		return nil
	}
	p := ar.sents[si]
	toks := p.toks
	i := 0
	if i < len(toks) && toks[i].Lower == "the" {
		i++
	}
	if i+2 >= len(toks) || toks[i].Lower != "members" || toks[i+1].Lower != "of" {
		return nil
	}
	j := i + 2
	if p.at[j] < 0 && toks[j].Lower == "the" && j+1 < len(toks) {
		j++
	}
	if p.at[j] < 0 {
		return nil
	}
	o := &p.ments[p.at[j]]
	if !o.ok || o.actor.Kind != graph.Org {
		return nil
	}
	return o
}

// theyOfSubjectList resolves "they" in the complement of a list that says
// something: "Japan, South Korea and the United States have all said they
// are concerned about China's drills" is each of the three. The list (two
// or more actors, no persons' pair read already) must open the sentence
// and be the subject of the verb of saying before the pronoun.
func (ar *article) theyOfSubjectList(s *sent) {
	toks := s.toks
	for k := range s.ments {
		m := &s.ments[k]
		if m.via != viaPronoun || m.pron != "they" || m.ok || m.start < 3 {
			continue
		}
		// the verb of saying right before ("said they", "have all said that they")
		v := m.start - 1
		if toks[v].Lower == "that" {
			v--
		}
		// past a time: "said on Wednesday they"
		for t := 0; t < 3 && v >= 2 && s.at[v] < 0 && (s.isWord(v, lexicon.TimeWord) || s.is(v, lexicon.Month)) && s.cue(ar.x.lex, v, lexicon.Say) == 0; t++ {
			v--
			if toks[v].Lower == "on" || toks[v].Lower == "last" || toks[v].Lower == "this" {
				v--
			}
		}
		if v < 1 || s.cue(ar.x.lex, v, lexicon.Say) == 0 || s.at[v] >= 0 {
			continue
		}
		b := v - 1
		for b > 0 && s.at[b] < 0 && (s.is(b, lexicon.Aux) || s.isWord(b, lexicon.FloatingQuant) || strings.HasSuffix(toks[b].Lower, "ly")) {
			b--
		}
		if b >= 0 && s.at[b] >= 0 && (s.gAt == nil || s.gAt[b] < 0 || len(s.groups[s.gAt[b]].ms) == 1) {
			// "The Saudis say they responded", "Israeli officials said they
			// struck": one actor named in the plural, opening the sentence,
			// stands for "they"
			if o := s.ments[s.at[b]]; o.end == b+1 && (o.start == 0 || o.start == 1 && toks[0].Lower == "the") && o.ok && !o.media && !o.possPron && o.via != viaPronoun && o.actor.Kind != graph.Person && pluralName(o, toks) {
				m.actor, m.ok = o.actor, true
				ar.pronounGroup(s, k)
			}
			continue
		}
		if b < 0 || s.gAt == nil || s.gAt[b] < 0 {
			continue
		}
		g := s.groups[s.gAt[b]]
		if g.end != b+1 || g.start > 1 || len(g.ms) < 2 {
			continue
		}
		ms := s.groupMentions(s.gAt[b])
		var as []graph.Actor
		for _, o := range ms {
			if o.ok && !o.media {
				as = append(as, o.actor)
			}
		}
		if len(as) < 2 {
			continue
		}
		m.via, m.members, m.actor, m.ok = viaMany, as, as[0], true
		ar.pronounGroup(s, k)
	}
}

// pronounGroup gives the resolved pronoun mention k a group of its own, as
// a subject, in token order among the others (noteLists and the pair
// readers read the groups in order). Cost: linear in the sentence.
func (ar *article) pronounGroup(s *sent, k int) {
	m := &s.ments[k]
	pos := 0
	for pos < len(s.groups) && s.groups[pos].start < m.start {
		pos++
	}
	s.groups = slices.Insert(s.groups, pos, group{start: m.start, end: m.end, ms: []int{k}})
	for i := range s.gAt {
		s.gAt[i] = -1
	}
	for gi, gr := range s.groups {
		for t := gr.start; t < gr.end; t++ {
			s.gAt[t] = gi
		}
	}
}

// pluralName reports whether the mention o is named in the plural ("the
// Saudis", "Israeli officials", "the Houthis"): its last word ends in "s"
// and ends no state's name ("the United States", "the Philippines") nor
// a body's name of several words ("the United Nations").
// Cost: constant.
func pluralName(o mention, toks []text.Token) bool {
	w := toks[o.end-1].Lower
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") {
		return false
	}
	// (a name of several words ending so is a body's, not a plural: "the
	// United Nations", "the Rapid Support Forces"; "the Houthis" is one)
	name := strings.ToLower(o.actor.Name)
	if strings.HasSuffix(name, w) && (o.actor.Kind == graph.State || strings.Contains(name, " ")) {
		return false
	}
	return true
}

// withOthers reports whether a reciprocal act's "with" at e names a party
// that is no actor: "A and B met with reporters", "accepted the wording
// after meetings with Arab foreign ministers". The subjects then met that
// party, not each other, and give no edge between them. "with each other"
// ("one another") and "with mediators" (mediated talks, relations.md) are
// the subjects' own meeting. Cost: constant (a window of six tokens).
func (ar *article) withOthers(s *sent, e int) bool {
	toks := s.toks
	if e+1 >= len(toks) || toks[e].Lower != "with" {
		return false
	}
	switch toks[e+1].Lower {
	case "each", "one":
		return false // "with each other", "with one another"
	}
	for k := e + 1; k < len(toks) && k <= e+6; k++ {
		if s.at[k] >= 0 || s.isWord(k, lexicon.MediatorRole) || s.cue(ar.x.lex, k, lexicon.Mediate) > 0 {
			return false // an actor named (read elsewhere), or mediators, or a mediation
		}
		if toks[k].Kind != text.Word || s.is(k, lexicon.Clause) || s.is(k, lexicon.Prep) && k > e+1 {
			break
		}
	}
	return true
}

// statesNoun reports whether the plural w names states or their
// governments ("countries", "nations", "states", "governments"). Cost:
// constant.
func (ar *article) statesNoun(w string) bool {
	sg, ok := singularNoun(w)
	return ok && ar.stateNoun(sg)
}

// allStates reports whether every actor of as is a state. Cost: linear.
func allStates(as []graph.Actor) bool {
	for _, a := range as {
		if a.Kind != graph.State {
			return false
		}
	}
	return true
}

// theirOfList reports whether the possessive "their" p, after the resolved
// collective m of the same sentence ("these countries", "the three
// states"), stands for m's list: p is outside quotations as m is, and no
// other mention of two or more actors and no sentence break stands between
// them (a "their" resolved to one state or person, as the pronoun reading
// leaves it, is re-read). Cost: the mentions between m and p.
func (ar *article) theirOfList(s *sent, m, p *mention) bool {
	if !p.possPron || p.pron != "their" || s.toks[p.start].QuoteID != s.toks[m.start].QuoteID || p.start-m.end > 12 {
		return false
	}
	if p.ok && p.via != viaPronoun {
		return false
	}
	for q := m.end; q < p.start; q++ {
		if s.is(q, lexicon.Clause) && s.toks[q].Lower != "that" {
			return false // "..., while their": another clause ("demanded that their" goes on)
		}
		if k := s.at[q]; k >= 0 && (s.ments[k].via == viaMany || s.ments[k].via == viaBoth) {
			return false
		}
	}
	return true
}
