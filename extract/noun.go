package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Noun frames: triggers read as nouns, "Iran's attack on Israel", "a strike
// by Israel on Tehran's consulate", "talks between A and B", "Israel
// carried out an airstrike on Iran". noun reads the act's owner (a
// possessor, a demonym, a by-phrase, the subject of a light verb, the one
// charged with the act or told it) and its target by the frame's
// prepositions; its helpers read the modifiers before the noun, an indirect
// object ("handed X a note"), the pair a meeting noun follows, what a
// threatened act aims at, the patient of a release, and the envoys and
// forums a protest is lodged with.

// noun reads a nominal trigger: "Iran's attack on Israel", "a deadly strike
// by Israel on Tehran's consulate", "talks between A and B", "Israel
// carried out an airstrike on Iran".
func (ar *article) noun(s *sent, i, n int, tr *lexicon.Trigger, lastSrc []mention) ([]mention, bool) {
	toks := s.toks
	f := tr.Frame
	if tr.Relation == graph.Attacked && i > 0 && s.is(i-1, lexicon.CivilMod) {
		return nil, false // "the trade war between", "a diplomatic offensive"
	}
	if tr.Relation == graph.Attacked && !f.Between && ar.hyphenPairBefore(s, i) {
		return nil, false // "the US-British strikes on X": the pair's act (hyphenPairs)
	}
	if s.isWord(i+n, lexicon.CompoundHead) && s.at[i+n] < 0 {
		return nil, false // "a Russian war plane", "attack drones", "a warning system": a thing, no act
	}
	if tr.Relation == graph.Attacked && i+n+1 < len(toks) && toks[i+n].Lower == "of" && toks[i+n+1].Lower == "words" {
		return nil, false // "a war of words": words, no force
	}
	if tr.Relation == graph.Attacked && i >= 2 && toks[i-1].Lower == "of" && s.isWord(i-2, lexicon.CivilMod) {
		return nil, false // "prisoners of war between A and B": persons, no fighting told
	}
	if tr.Relation == graph.SpokeWith && ar.setForLater(s, i+n) {
		return nil, false // "called crisis talks with A and B for next week"
	}
	if tr.Relation == graph.Attacked && f.Mutual && declaredOver(s, i, n) {
		return nil, false // "A and B declared the war over": its end is told, not fighting
	}
	// "Iran's drone deliveries to Russia": what is given may stand before
	// the noun, as a compound's first word
	givenBefore := f.Given && i > 0 && !toks[i-1].Cap && s.cue(ar.x.lex, i-1, lexicon.Given) > 0
	if f.Given && !givenBefore && !ar.givesHelp(s, i+n) {
		return nil, false // "the transfer of power to", not "the transfer of shells to"
	}
	trig := s.phraseText(i, n)
	var srcs []mention
	w := wNoun
	// left of the noun: adjectives, then a possessor or an attributive actor
	k := i - 1
	for k >= 0 && i-k <= 6 && s.at[k] < 0 && (s.is(k, lexicon.Adj) || quoteLike(toks[k]) || givenBefore && k == i-1 || toks[k].Kind == text.Number || s.isWord(k, lexicon.Money) || s.is(k, lexicon.Month) && k+1 < i && toks[k+1].Kind == text.Number ||
		s.is(k, lexicon.NounMod) || toks[k].Kind == text.Word && !toks[k].Cap && strings.Contains(toks[k].Lower, "-") || mediatedCompound(ar.x.lex, toks[k]) ||
		// "Russia's illegal, unprovoked and unjustified war": words of
		// judgement as adjectives, coordinated
		toks[k].Kind == text.Word && !toks[k].Cap && s.isWord(k, lexicon.NegEval) ||
		// ("Russia's continuing and intensifying attacks": any two
		// adjectives coordinated)
		(toks[k].Lower == "and" || toks[k].Text == ",") && k > 0 && k+1 < i && s.at[k-1] < 0 && (s.isWord(k-1, lexicon.NegEval) || s.is(k-1, lexicon.Adj)) && (s.is(k+1, lexicon.Adj) || s.isWord(k+1, lexicon.NegEval))) {
		if s.is(k, lexicon.NounMod) {
			return nil, false // "possible strike", "any attack", "further attacks"
		}
		k--
	}
	np := k + 1
	// "a state visit", "a working visit": a noun modifier between an
	// article and the noun
	// ("a security agreement", and after a possessor for any act but
	// force, "Libya's trade deal", "India's growing concern at": a word
	// that only begins other triggers is a modifier here, see
	// triggerHere; "their immediate conflict of interest" is no force)
	// ("the Syrian mortar strike", "Iran's drone attack": a munition
	// names the force's means, its owner stands before it)
	// ("lodged solemn representations with X": a modifier right after a
	// light verb)
	if k >= 1 && s.at[k] < 0 && toks[k].Kind == text.Word && !toks[k].Cap && !s.is(k, lexicon.Prep) && !s.is(k, lexicon.Aux) && !s.is(k, lexicon.Det) && !s.is(k, lexicon.Clause) &&
		(s.isWord(k-1, lexicon.Article) && s.at[k-1] < 0 || tr.Relation != graph.Attacked && ar.possessorBefore(s, k) ||
			tr.Relation == graph.Attacked && s.cue(ar.x.lex, k, lexicon.Projectile) == 1 && (ar.possessorBefore(s, k) || s.at[k-1] >= 0 && s.ments[s.at[k-1]].ok) ||
			!strings.HasSuffix(toks[k].Lower, "ed") && !s.isWord(k, lexicon.Intent) && s.cue(ar.x.lex, k, lexicon.Light) == 0 && ar.lightVerb(s, k, lexicon.Light) >= 0) &&
		!s.triggerHere(k) {
		np, k = k, k-1
	} else if b := ar.twoModifiers(s, k, tr.Relation); b >= 0 {
		np, k = b, b-1 // "his recent state visit"
	} else if k >= 2 && s.at[k] < 0 && toks[k].Kind == text.Word && !toks[k].Cap && quoteLike(toks[k-1]) && toks[i].QuoteID != 0 && toks[i].QuoteID == toks[k-1].QuoteID && s.isWord(k-2, lexicon.Article) && s.at[k-2] < 0 &&
		!s.is(k, lexicon.Prep) && !s.is(k, lexicon.Aux) && !s.is(k, lexicon.Det) && !s.triggerHere(k) && !s.is(k, lexicon.Clause) {
		np, k = k-1, k-2 // 'conducted a "precise strike" on X': the quotation opens after the article
	}
	possessor := -1
	possessive := false // a true possessor ("Iran's", "its"), not an attributive actor
	if k >= 1 && toks[k].Kind == text.Poss && s.at[k-1] < 0 && s.isWord(k-1, lexicon.TimeWord) {
		// "claimed responsibility for Saturday's attack", "carried out last
		// week's strike": a time owns the act, the phrase starts before it
		np = k - 1
		if np > 0 && (toks[np-1].Lower == "last" || toks[np-1].Lower == "this" || toks[np-1].Lower == "the") {
			np--
		}
		k = np - 1
	}
	if k >= 0 && toks[k].Kind == text.Poss {
		possessor, possessive = k-1, true
	} else if k >= 0 && s.at[k] >= 0 {
		possessor = k
		possessive = s.ments[s.at[k]].possPron
	}
	if possessor >= 0 && s.at[possessor] >= 0 {
		m := s.ments[s.at[possessor]]
		switch {
		case m.possPron && m.ok:
			srcs = []mention{m}
			np = m.start
		case m.possPron && m.pron == "their" && !s.is(i+n-1, lexicon.Message):
			// "Lavrov and Safadi ... after their meeting": the pair named before
			np = m.start
			for g := len(s.groups) - 1; g >= 0; g-- {
				if s.groups[g].end <= m.start && len(s.groups[g].ms) > 1 {
					srcs = s.groupMentions(g)
					break
				}
			}
		case m.possPron:
			np = m.start
		case !possessive && f.Recip && tr.Relation == graph.SpokeWith && m.ok && m.actor.Kind == graph.Org && m.end == possessor+1:
			// "a Commonwealth summit", "the NATO meeting": the body
			// names the forum, not a party to the talks
			np = m.start
		case s.gAt[possessor] >= 0:
			g := s.gAt[possessor]
			srcs = s.groupMentions(g)
			np = s.groups[g].start
		}
	}
	if tr.Relation == graph.Supported && !possessive && len(srcs) == 1 && srcs[0].via == viaDemonym && np >= 1 && s.at[np-1] < 0 {
		// "Britain sent American weapons to Ukraine": the object of a verb
		// of giving; the verb's subject gives, the demonym names the maker
		if trs := s.triggerEndingAt(np - 1); hasSense(trs, graph.Supported, lexicon.Verb) {
			// (only when that verb has a giver of its own: "the aid package
			// sends American weapons" leaves the demonym the giver)
			if givers, _ := ar.subject(s, np-1, nil); len(givers) > 0 && otherParty(givers[0].actor, srcs[0].actor) {
				return nil, false
			}
		}
	}
	var tgts []mention
	if f.PossObj {
		// "Syria's main backer": the possessor is the one backed; the source
		// is the appositive head ("Iran, the main backer of ...,") or the
		// subject of a copula ("Iran is the main backer of ...")
		tgts, srcs = srcs, nil
		q := np - 1
		for q >= 0 && q >= np-5 && s.at[q] < 0 && toks[q].Kind == text.Word && !toks[q].Cap && !s.isWord(q, lexicon.Copula) {
			q--
		}
		if q >= 1 && s.isWord(q, lexicon.Copula) {
			// "Turkey has long been a backer of": past the auxiliary and
			// an adverb to the copula's subject
			for q >= 2 && s.at[q-1] < 0 && (s.is(q-1, lexicon.Aux) || toks[q-1].Lower == "long" || toks[q-1].Lower == "also" || strings.HasSuffix(toks[q-1].Lower, "ly")) {
				q--
			}
		}
		if q >= 1 && (toks[q].Text == "," || s.isWord(q, lexicon.Copula) || s.is(q, lexicon.Aux)) && s.gAt[q-1] >= 0 && s.groups[s.gAt[q-1]].end == q {
			srcs = s.groupMentions(s.gAt[q-1])
		}
		// "Hezbollah's main backer, Iran, ...": the appositive after it
		if e := i + n; len(srcs) == 0 && e+1 < len(toks) && toks[e].Text == "," && s.gAt[e+1] >= 0 {
			if g := s.groups[s.gAt[e+1]]; g.start == e+1 && (g.end == len(toks) || toks[g.end].Text == "," || toks[g.end].Text == ".") {
				srcs = s.groupMentions(s.gAt[e+1])
			}
		}
	}
	if q := np - 1; q >= 2 && s.at[q] < 0 && s.is(q, lexicon.Det) && (toks[q-1].Lower == "of" || toks[q-1].Lower == "on") && s.cue(ar.x.lex, q-2, lexicon.NounMod) == 2 {
		return nil, false // "fears of a new conflict between", "the risk of a war"
	}
	if np >= 2 && (toks[np-1].Lower == "of" || toks[np-1].Lower == "to" || toks[np-1].Lower == "for" || toks[np-1].Lower == "on") && s.cue(ar.x.lex, np-2, lexicon.NounMod) == 2 {
		return nil, false // "the chance of conflict between", "the risk of war", "open to talks with"
	}
	for q := np - 1; q >= 0 && q >= np-2; q-- {
		if s.is(q, lexicon.NounMod) || s.is(q, lexicon.Neg) {
			return nil, false
		}
		if toks[q].Lower != "a" && toks[q].Lower != "an" && toks[q].Lower != "the" && !s.is(q, lexicon.Adj) {
			break
		}
	}
	// skip a determiner before the noun phrase
	for np > 0 && s.is(np-1, lexicon.Det) && s.at[np-1] < 0 {
		np--
	}
	// "threatened strikes on Ukraine", "vowed a military operation
	// against": force that is threatened or intended is not done (the
	// threat is read by the verb)
	// ("called the Iranian attack a mistake": a verb of framing names the
	// act, which is done; "concerned about clashes between": the intent
	// word "about" (of "about to") is here a preposition of topic)
	if tr.Relation == graph.Attacked && np > 0 && s.at[np-1] < 0 && s.isWord(np-1, lexicon.Intent) && !s.is(np-1, lexicon.Prep) && !s.isWord(np-1, lexicon.Order) && !s.is(np-1, lexicon.Framing) {
		return nil, false
	}
	// "withdrew its objections to Sweden joining NATO", "dropped its
	// demand for an apology": a stance taken back is none (retractverb);
	// one only asked or weighed to be taken back stands ("demanded that
	// Canada withdraw its criticism"), and a deal or a meeting once made
	// stays made ("will abandon its pact with X")
	if tr.Relation != graph.Attacked && tr.Relation != graph.SpokeWith {
		if rv := ar.lightVerb(s, np, lexicon.RetractVerb); rv >= 0 && !ar.demandedClause(s, rv) {
			// ("agreed to withdraw", "vowed to drop": a retraction committed
			// to is made; "refused to withdraw" is none)
			commit := -1
			if rv >= 2 && s.toks[rv-1].Lower == "to" && (s.isWord(rv-2, lexicon.Vow) || s.cue(ar.x.lex, rv-2, lexicon.ConcludeVerb) > 0) {
				commit = rv - 2
			}
			if !ar.blockedBut(s, rv, commit) {
				return nil, false
			}
		}
	}
	// right of the noun: by/from source, prepositional target, between
	between := false
	j := i + n
	for j < len(toks) && j < i+n+2 && quoteLike(toks[j]) {
		j++ // 'its "unwavering support" for'
	}
	var told []mention // "raised concerns with X about Y", "expressed concern to X over Y"
	for steps := 0; steps < 4 && j < len(toks); steps++ {
		wd := toks[j].Lower
		if tr.Relation != graph.Supported && wd == "in" && j+2 < len(toks) && s.is(j, lexicon.TriggerStart) {
			if trs, _ := s.trigger(j); len(trs) > 0 && trs[0].Relation == graph.Supported {
				break // "air strikes in Libya in support of Haftar's forces": the side helped
			}
		}
		if tr.Relation == graph.Accused && steps == 0 && (wd == "with" || wd == "to") && !f.HasPrep(wd) {
			ms, e := ar.objectAt(s, j+1)
			for e > 0 && e < len(toks) && e < j+8 && s.at[e] < 0 && toks[e].Kind == text.Word && !toks[e].Cap && !f.HasPrep(toks[e].Lower) && !s.is(e, lexicon.Prep) {
				e++ // "with the EU envoy about": past the head noun
			}
			if len(ms) > 0 && e > 0 && e < len(toks) && f.HasPrep(toks[e].Lower) {
				told, j = ms, e
				continue
			}
		}
		// a place or time between the noun and its arguments: "talks in
		// Istanbul between ...", "a meeting on Monday with ..."
		if (wd == "in" || wd == "on" || wd == "at") && steps < 3 {
			e := j + 1
			for e < len(toks) && e < j+6 {
				if s.at[e] < 0 && (toks[e].Cap || toks[e].Kind == text.Number || toks[e].Lower == "the" || toks[e].Kind == text.Poss && e > j+1) {
					e++ // "in UAE's Dubai"
					continue
				}
				// "talks in Malaysia between A and B": a state named as the place
				if m := s.ments[max(s.at[e], 0)]; s.at[e] >= 0 && wd == "in" && m.start == e && m.ok && namesPlace(m) {
					e = m.end
					continue
				}
				break
			}
			if e > j+1 && e < len(toks) && (f.HasPrep(toks[e].Lower) || f.Between && toks[e].Lower == "between" || f.HasSrcPrep(toks[e].Lower)) {
				j = e
				continue
			}
		}
		// "airstrikes late Monday in Iraq", "fighting Tuesday between A and
		// B": a time told right after the noun
		if b := timeSpan(s, j); b > j && b < len(toks) && (f.HasPrep(toks[b].Lower) || f.Between && toks[b].Lower == "between" || f.HasSrcPrep(toks[b].Lower)) {
			j = b
			continue
		}
		// "Iran's supply of drones to Russia", "the transfer of North Korean
		// shells to Russia": what is given, then its recipient; a demonym
		// on the thing given names the giver
		if f.Given && wd == "of" && steps == 0 {
			e := j + 1
			var demonym []mention
			for e < len(toks) && e < j+7 && !f.HasPrep(toks[e].Lower) && (toks[e].Kind == text.Word || toks[e].Text == "-") && !ar.stops(s, e) {
				if s.at[e] >= 0 {
					if m := s.ments[s.at[e]]; m.via == viaDemonym && m.ok && len(demonym) == 0 {
						demonym = []mention{m}
					} else {
						break
					}
					e = s.ments[s.at[e]].end
					continue
				}
				e++
			}
			if e < len(toks) && f.HasPrep(toks[e].Lower) {
				if len(srcs) == 0 && !byAgentAfter(s, e) {
					srcs = demonym // (a by-agent after it names the giver: "... to Ukraine by Britain")
				}
				j = e
				continue
			}
		}
		// "its war of aggression against Ukraine": a complement of the noun
		if wd == "of" && steps < 2 && j+2 < len(toks) && s.at[j+1] < 0 && toks[j+1].Kind == text.Word && !toks[j+1].Cap && f.HasPrep(toks[j+2].Lower) && !f.HasPrep("of") {
			j += 2
			continue
		}
		// "a deadline set by X for Y", "the demand issued by X to Y": a
		// participle right after the noun, then its agent
		if steps == 0 && s.at[j] < 0 && j+2 < len(toks) && f.HasSrcPrep(toks[j+1].Lower) && toks[j].Kind == text.Word && (strings.HasSuffix(wd, "ed") || s.is(j, lexicon.Past)) {
			j++
			continue
		}
		if f.HasSrcPrep(wd) {
			ms, e := ar.objectAt(s, j+1)
			if len(ms) == 0 {
				break
			}
			if len(srcs) == 0 || srcs[0].via == viaDemonym && wd == "by" && ms[0].via != viaDemonym {
				// "American weapons to Ukraine by Britain": the by-agent
				// gives; the demonym told where the weapons were made
				srcs = ms
			}
			j = e
			// "the intrusion of Russian drones into": the head after a demonym
			for q := 0; q < 2 && j < len(toks) && s.at[j] < 0 && toks[j].Kind == text.Word && !toks[j].Cap && !s.is(j, lexicon.Prep) && !s.is(j, lexicon.Clause) && !s.is(j, lexicon.Aux) && ms[0].via == viaDemonym; q++ {
				j++
			}
			continue
		}
		if f.Between && steps == 0 && wd != "between" {
			if b := betweenPast(s, j); b > j {
				j = b // "a deal on grain exports between", "the agreement signed in 2012 between"
				continue
			}
		}
		if f.Between && f.Recip && tr.Relation == graph.SpokeWith && wd == "of" && steps == 0 && len(srcs) == 0 {
			// "a meeting of Lavrov and Blinken", "the summit of Xi and
			// Putin": the two who met, named after "of"
			if ms, _ := ar.objectAt(s, j+1); len(ms) >= 2 && s.gAt[j+1] >= 0 && len(s.groups[s.gAt[j+1]].ms) >= 2 {
				tgts, between = ms, true
				break
			}
		}
		if f.Between && wd == "between" {
			var e int
			tgts, e = ar.objectAt(s, j+1)
			if len(tgts) == 1 && e > 0 && e+1 < len(toks) && toks[e].Lower == "and" && s.at[e+1] < 0 && toks[e+1].Kind == text.Word {
				// "a deal between Iran and world powers": the other side
				// is named but no actor; no one else stands in for it
				if e+2 >= len(toks) || s.at[e+2] < 0 {
					return nil, false
				}
			}
			between = true
			break
		}
		// "clashes erupted between A and B", "talks were held between":
		// a verb of occurrence between the noun and its "between"
		if f.Between && steps == 0 {
			if k := s.cue(ar.x.lex, j, lexicon.Occur); k > 0 && j+k < len(toks) {
				// past a time: "fighting erupted on Monday between"
				b := j + k
				for b+1 < len(toks) && b < j+k+4 && (s.isWord(b, lexicon.TimeWord) || toks[b].Lower == "overnight" || toks[b].Lower == "again" || toks[b].Lower == "late" || toks[b].Lower == "early" || toks[b].Lower == "last" ||
					toks[b].Lower == "on" && s.isWord(b+1, lexicon.TimeWord) || strings.HasSuffix(toks[b].Lower, "ly") && toks[b].Kind == text.Word) {
					b++
				}
				if toks[b].Lower == "between" {
					j = b
					continue
				}
			}
		}
		if wd == "at" && ar.requestAt(s, j) != nil {
			break // "air strikes at the request of Syria": who asked, no target
		}
		// "U.S. vows to strike Iran": a vow's infinitive names the
		// threatened act though "to" is no preposition of its frame
		vowTo := tr.Relation == graph.Warned && wd == "to" && !f.HasPrep(wd) && j+3 < len(toks) && s.at[j+1] < 0 && toks[j+1].Kind == text.Word && !toks[j+1].Cap
		if len(tgts) == 0 && (f.HasPrep(wd) || vowTo) {
			ms, e := ar.objectAt(s, j+1)
			if vowTo {
				ms = nil
			}
			if q := j + 1; q < len(toks) && s.at[q] >= 0 && s.ments[s.at[q]].start == q && s.ments[s.at[q]].via == viaDemonym && s.ments[s.at[q]].ok && s.isWord(s.ments[s.at[q]].end, lexicon.PlaceNoun) {
				// "incursion into Polish airspace": the state whose airspace,
				// waters or territory it is (placenoun), never an actor
				// named after the phrase
				ms, e = []mention{s.ments[s.at[q]]}, s.ments[s.at[q]].end+1
			}
			if len(ms) == 0 && tr.Relation == graph.Supported && j+2 < len(toks) && toks[j+1].Kind == text.Word && !toks[j+1].Cap && strings.HasSuffix(toks[j+1].Lower, "ing") && s.is(j+1, lexicon.TriggerStart) {
				// "commitment to defending the Philippines": the object of
				// a supporting gerund
				if trs, _ := s.trigger(j + 1); len(trs) > 0 && trs[0].Relation == graph.Supported {
					ms, e = ar.objectAt(s, j+2)
				}
			}
			if len(ms) == 0 && tr.Relation == graph.Warned && wd == "to" && j+3 < len(toks) && s.at[j+1] < 0 && toks[j+1].Kind == text.Word && !toks[j+1].Cap {
				// "his warning last week to impose sanctions against Turkey",
				// "the threat to strike Iran": what is threatened, and the
				// one it is aimed at
				ms, e = ar.threatenedAct(s, j+1)
			}
			if len(ms) == 0 && tr.Relation == graph.Accused {
				// "concern over ceasefire violations by Pakistani forces":
				// the act's agent is the one accused
				ms, e = ar.actByAgent(s, j+1)
			}
			if len(ms) == 0 && tr.Relation == graph.Accused {
				// "deep concerns about the military coup in Burma": the
				// state whose rulers seized power
				if st, ok := ar.seizedState(s, j+1); ok && len(st) > 0 {
					ms, e = st, st[len(st)-1].end
				}
			}
			if len(ms) == 0 && tr.Relation == graph.Attacked && (wd == "on" || wd == "against") {
				// "Indian strikes on terror sites in Pakistan": the state
				// the sites lie in
				if loc := ar.placeAfter(s, j+1); len(loc) > 0 {
					ms, e = loc, loc[len(loc)-1].end
				}
			}
			if len(ms) == 0 {
				break
			}
			if tr.Relation == graph.Urged && wd == "for" && ar.patientAfter(s, j+1, ms) {
				break // "calls for his release": the one released is no addressee
			}
			tgts = ms
			j = pastHead(s, e, ms[0])
			continue
		}
		break
	}
	// "the accord reached by Tripoli and Ankara", "a deal struck by A and
	// B": the parties of a joint act named as its by-agents
	if len(tgts) == 0 && len(srcs) == 0 && f.Recip && tr.Relation == graph.SpokeWith {
		if e := i + n; e+2 < len(toks) && (strings.HasSuffix(toks[e].Lower, "ed") || isParticiple(ar.x.lex, toks[e].Lower)) && toks[e+1].Lower == "by" && s.cue(ar.x.lex, e, lexicon.Mediate) == 0 && ar.lightVerb(s, np, lexicon.Light) < 0 {
			// (never "talks mediated by M": the mediators, read by mediation;
			// nor "A and B held talks signed by": the light verb's subject)
			if ms, _ := ar.objectAt(s, e+2); len(ms) > 1 && !ar.hypothetical(s, np) {
				return nil, ar.pairs(s, ms, tr.Relation, f.Mutual, trig, wBetween)
			}
		}
	}
	// "Peru and Chile ended a standoff after two days of talks": talks
	// told as what came before the clause's act are its joint subject's
	if len(tgts) == 0 && len(srcs) == 0 && f.Recip && tr.Relation == graph.SpokeWith && !between && !ar.withOthers(s, i+n) {
		if p := ar.afterMeetingPair(s, np); len(p) > 1 {
			return nil, ar.pairs(s, p, tr.Relation, f.Mutual, trig, wInherited)
		}
	}
	// "Washington's charge that Maduro heads a cartel"
	if len(tgts) == 0 && f.That {
		e := i + n
		if e < len(toks) && toks[e].Text == "," {
			e++
		}
		if e+1 < len(toks) && f.HasSrcPrep(toks[e].Lower) && s.gAt[e+1] >= 0 && s.groups[s.gAt[e+1]].start == e+1 {
			e = s.groups[s.gAt[e+1]].end // "accusations by Bogota that X ...": past the one who makes them
		}
		if e < len(toks) && toks[e].Lower == "that" {
			tgts, _ = ar.objectAt(s, e+1)
		}
	}
	// "expressed to China its outrage": the one told stands before the noun
	if len(tgts) == 0 && (tr.Relation == graph.Accused || tr.Relation == graph.Supported) {
		tgts = ar.toldBefore(s, i)
	}
	// "strikes across areas of Pakistan-controlled territory": the holder
	if len(tgts) == 0 && tr.Relation == graph.Attacked && i+n < len(toks) && s.is(i+n, lexicon.Prep) {
		tgts = ar.heldBy(s, i+n+1)
	}
	// "talks between A and B", "clashes between A and B"
	if between && len(tgts) > 1 && ar.hypothetical(s, np) {
		return nil, false // "offered to host negotiations between the two sides"
	}
	if between && len(tgts) > 1 {
		ok := ar.pairs(s, tgts, tr.Relation, f.Mutual, trig, wBetween)
		if len(srcs) == 0 {
			return nil, ok
		}
		// "Qatar's talks between Israel and Hamas": the host spoke with each
		// (below); the sides with each other (here)
	}
	// a light verb lends its subject: "Israel carried out an airstrike on
	// Iran", "Biden reaffirmed Washington's support for Israel"
	lv := ar.lightVerb(s, np, lexicon.Light)
	if lv < 0 && len(tgts) == 0 && (f.Also != "" || tr.Relation == graph.Supported || tr.Relation == graph.Warned || tr.Relation == graph.Urged) {
		// "Iraq handed the Turkish ambassador a note of protest", "gave
		// Hamas a final warning", "handed Iran an ultimatum": the one given
		// to stands between the verb and the noun
		if v, io := ar.indirectObject(s, np); v >= 0 {
			lv, tgts = v, io
		}
	}
	if lv < 0 && (tr.Relation == graph.Supported || tr.Relation == graph.SpokeWith) {
		lv = ar.lightVerb(s, np, lexicon.Receipt) // "received support from", "received a call from"
	}
	if lv < 0 && tr.Relation == graph.Urged {
		lv = ar.lightVerb(s, np, lexicon.Undergo) // "under pressure from"
		if lv < 0 && np >= 2 && s.at[np-1] < 0 && toks[np-1].Kind == text.Word && !toks[np-1].Cap && !s.is(np-1, lexicon.Prep) {
			lv = ar.lightVerb(s, np-1, lexicon.Undergo) // "under intense pressure from"
		}
		if lv < 0 {
			lv = appealAfter(s, np) // "following pressure by India"
		}
	}
	if lv >= 0 {
		if ar.blocked(s, lv) {
			return nil, false
		}
		// "Manila had (won, enjoys) the backing of the United States": the
		// one after "of"/"from" gives, the subject receives
		if tr.Relation == graph.Supported && len(srcs) == 0 && len(tgts) > 0 && s.is(lv, lexicon.Receipt) && tgts[0].start > 0 &&
			(toks[tgts[0].start-1].Lower == "of" || toks[tgts[0].start-1].Lower == "from") {
			if subj, sw := ar.subject(s, lv, lastSrc); len(subj) > 0 {
				return tgts, ar.emitAll(s, tgts, tr.Relation, subj, trig, w*sw)
			}
			return nil, false
		}
		if len(srcs) > 0 && len(tgts) == 0 && ((tr.Relation == graph.Supported || tr.Relation == graph.SpokeWith) && s.is(lv, lexicon.Receipt) || tr.Relation == graph.Urged && (s.cue(ar.x.lex, lv, lexicon.Undergo) > 0 || appealAfter(s, np) == lv)) {
			// "Kyiv received support from Washington", "Zelensky received a
			// call from Macron", "Israel is under pressure from Washington"
			if subj, sw := ar.subject(s, lv, lastSrc); len(subj) > 0 {
				return srcs, ar.emitAll(s, srcs, tr.Relation, subj, trig, w*sw)
			}
			if lv == 0 && tr.Relation == graph.Urged {
				// "Under intense pressure from A and B, X has left": the
				// subject after the fronted phrase's comma
				if subj := ar.afterFrontedComma(s, srcs[len(srcs)-1].end); len(subj) > 0 {
					return srcs, ar.emitAll(s, srcs, tr.Relation, subj, trig, w)
				}
			}
			return nil, false
		}
		if subj, sw := ar.subject(s, lv, lastSrc); len(subj) > 0 {
			if len(srcs) == 0 {
				w *= sw
			}
			srcs = appendNew(srcs, subj)
		}
	}
	// "Israel's strikes drew condemnation from France", "Seoul faced
	// criticism from Tokyo": a reaction the subject draws is aimed at the
	// subject's agent
	if len(tgts) == 0 && len(srcs) > 0 && lv < 0 && tr.Relation != graph.Attacked && tr.Relation != graph.SpokeWith {
		ev := ar.lightVerb(s, np, lexicon.Elicit)
		if ev < 0 && np > 1 && s.at[np-1] < 0 && toks[np-1].Kind == text.Word && !toks[np-1].Cap && !s.is(np-1, lexicon.Det) && !s.is(np-1, lexicon.Prep) {
			ev = ar.lightVerb(s, np-1, lexicon.Elicit) // "drew swift condemnation from"
		}
		if ev >= 0 && !ar.blocked(s, ev) {
			tgts = ar.elicitor(s, ev, srcs)
		}
	}
	// "..., which resulted in the deaths of ...": the antecedent's source
	if len(srcs) == 0 && len(lastSrc) > 0 {
		if cs := ar.clauseStart(s, np); cs > 0 && toks[cs-1].Lower == "which" {
			a := cs - 2
			if a >= 0 && toks[a].Text == "," {
				a--
			}
			// ("condemned the attack which led to the sinking of X": the
			// antecedent is an act with no agent, not the condemner)
			if a < 0 || s.at[a] >= 0 || !ar.attackNoun(s, a) {
				srcs, w = lastSrc, wInherited
			}
		}
	}
	// "would oppose an Israeli counterattack": the clause's modality holds
	// for a nominal act unless a possessor presents it as done
	// ("Neither Russia nor China condemned the attack by Hamas on Israel":
	// a definite act whose agent is named after it is presupposed done,
	// under a modal too ("which would mark the first incursion from X"),
	// but not in a condition or under a negation of its own clause unless
	// a verb of charge takes it ("if the strike by Israel goes ahead",
	// "would not welcome the visit by Modi"))
	presupposed := np < len(toks) && toks[np].Lower == "the" && len(srcs) > 0 && srcs[0].start > i &&
		(ar.chargeVerbBefore(s, np) || !ar.condOrNegBefore(s, np))
	if !possessive && !presupposed && ar.blocked(s, np) {
		return nil, false
	}
	// "Nasrallah was killed in an Israeli strike": Israel attacked him
	if len(srcs) > 0 && tr.Relation == graph.Attacked && np >= 2 && (toks[np-1].Lower == "in" || toks[np-1].Lower == "by") && s.isWord(np-2, lexicon.VictimVerb) {
		// the victim stands in the clause of the verb, never across "said"
		if v, _ := ar.subject(s, np-2, lastSrc); len(v) > 0 && v[0].start >= ar.clauseStart(s, np-2) {
			tgts = appendNew(tgts, v)
		}
	}
	// "Israel repelled an attack from Iran": Iran attacked Israel
	if len(tgts) == 0 && len(srcs) > 0 {
		if dv := ar.lightVerb(s, np, lexicon.Defend); dv >= 0 && !ar.blocked(s, dv) {
			tgts, _ = ar.subject(s, dv, lastSrc)
		}
	}
	// "In a phone call with Erdogan, Putin said ...": the main clause's subject
	if len(srcs) == 0 && len(tgts) > 0 && tr.Relation == graph.SpokeWith && np > 0 {
		// "after a special meeting with X": modifiers before the noun
		pp := np - 1
		for pp > 0 && pp >= np-3 && s.at[pp] < 0 && toks[pp].Kind == text.Word && !toks[pp].Cap && !s.is(pp, lexicon.Prep) {
			pp--
		}
		if s.isWord(pp, lexicon.SettingPrep) || toks[pp].Lower == "on" && s.isWord(i, lexicon.TripNoun) || toks[pp].Lower == "by" && !ar.agentBy(s, pp) {
			if g := mentionGroupEndingAt(s, pp-1); pp >= 2 && toks[pp-1].Text == "," && g >= 0 && s.groups[g].start == ar.clauseStart(s, s.groups[g].start) {
				// "Blinken, on a visit to Beijing, urged ...": the subject
				// the phrase is set off after
				srcs, w = s.groupMentions(g), wNoun
			} else if pp == 0 || toks[pp-1].Text == "," {
				// "In a phone call with Erdogan, Putin said ..."
				if m := ar.afterFrontedComma(s, j); m != nil {
					srcs, w = m, wInherited
				}
			} else if g := ar.subjectGroup(s, ar.clauseStart(s, pp), pp); g >= 0 {
				// "X delivered the message in phone calls to Y", "X left Qatar
				// after a meeting with Y": the clause's subject, not the
				// object right before the preposition
				srcs, w = s.groupMentions(g), wNoun
			}
		}
	}
	if len(srcs) > 1 && len(tgts) == 0 && f.Recip {
		if lv >= 0 && s.isWord(lv, lexicon.EchoVerb) {
			return srcs, false // "Latvia and Lithuania joined the call": another's appeal taken up (carriedOver)
		}
		if asObservers(s, np) {
			return srcs, false // "A and B attended the meeting as observers": they watched others meet
		}
		if ar.withOthers(s, i+n) {
			return srcs, false // "A and B accepted it after meetings with Arab ministers"
		}
		return srcs, ar.pairs(s, srcs, tr.Relation, f.Mutual, trig, wBetween*w)
	}
	// "blamed Iran for the attack on its embassy", "accused Russia of the
	// strike on Kyiv": an act inside a charge is the accused one's
	// (relations.md, "acts inside an accusation")
	if len(srcs) == 0 && len(tgts) > 0 && tr.Relation == graph.Attacked {
		if acc := ar.chargedWith(s, np); len(acc) > 0 {
			srcs, w = acc, wInherited
			for q := range tgts {
				if tgts[q].possPron && (tgts[q].pron == "its" || tgts[q].pron == "their") && sameActor(tgts[q], srcs) {
					if o, ok := ar.nearestOther(s, tgts[q].start, srcs); ok {
						tgts[q] = o
					}
				}
			}
		}
	}
	if tr.Relation == graph.Attacked && len(srcs) > 0 {
		ar.noteEvent(s, srcs, true)
	}
	if len(tgts) == 0 && len(srcs) > 0 && tr.Relation == graph.Accused {
		tgts = ar.grievedAct(s, i+n, f, srcs) // "voiced its dissatisfaction at the move"
	}
	if len(tgts) == 0 && len(srcs) > 0 && tr.Relation == graph.Accused && f.HasPrep("over") {
		// "voiced concern after North Korea tested a missile": a state of
		// mind with no object is about the act the clause after it tells
		tgts = ar.otherSide(srcs, ar.causeAfter(s, i+n))
	}
	if len(tgts) == 0 && tr.Relation == graph.Attacked && !f.Mutual {
		// "Congo accused Rwanda of aggression": against Congo (a fight
		// both ways names its two sides itself: "of firing" is no such act)
		if acc, v := ar.accuserVictim(s, np); len(v) > 0 && (len(srcs) == 0 || sameActor(acc[0], srcs)) {
			if len(srcs) == 0 {
				srcs, w = acc, wInherited
			}
			tgts = v
		}
	}
	if len(srcs) == 0 || len(tgts) == 0 {
		return srcs, false
	}
	// "grave concern at the impact of the killing of Hariri": after an act
	// done to someone, "of" names the victim, never the one accused
	if (tr.Relation == graph.Accused || tr.Relation == graph.Urged) && tgts[0].start > i && victimAhead(ar.x.lex, toks, i+n, tgts[0].start) {
		return srcs, false
	}
	// "its" in the target is the nearest other actor: "the Israeli strike on
	// its embassy" is Iran's embassy
	for q := range tgts {
		if tgts[q].possPron && (tgts[q].pron == "its" || tgts[q].pron == "their") {
			if o, ok := ar.nearestOther(s, tgts[q].start, srcs); ok {
				tgts[q] = o
			} else {
				tgts[q].ok = false
			}
		}
	}
	if f.Also != "" {
		ar.emitAll(s, srcs, f.Also, tgts, trig, w)
	}
	if f.Mutual {
		ar.emitAll(s, tgts, tr.Relation, srcs, trig, w) // "Israel's war with Hamas": both ways
	}
	if f.Also == graph.SpokeWith {
		// "handed the Turkish ambassador a note of protest": the protest is
		// the envoy's state's, the meeting the envoy's
		return srcs, ar.emitAll(s, srcs, tr.Relation, envoyStates(forumsOut(tr, tgts)), trig, w)
	}
	if len(told) > 0 {
		ar.emitAll(s, srcs, graph.SpokeWith, told, trig, w) // the one the concern was raised with
	}
	return srcs, ar.emitAll(s, srcs, tr.Relation, tgts, trig, w)
}

// twoModifiers returns where a noun phrase starts when two lower-case
// words, at k-1 and k, stand between its article or possessor (at k-2,
// or ending there) and the trigger noun at k+1, as in "his recent state
// visit to Chile", "a short working visit", "Peru's latest water deal":
// the words are modifiers and the possessor ("his", "Peru's") owns the
// act. Force is left out, as
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
			s.is(q, lexicon.Neg) || s.is(q, lexicon.NounMod) || s.triggerHere(q) || s.is(q, lexicon.Past) || s.isWord(q, lexicon.Elicit) {
			return -1 // ("The attack drew criticism": a verb, no modifier)
		}
	}
	if s.isWord(k-2, lexicon.Article) && s.at[k-2] < 0 || ar.possessorBefore(s, k-1) {
		return k - 1
	}
	return -1
}

// triggerHere reports whether a trigger of the lexicon of more than one
// word begins at token k and matches there: "security" begins "security
// assistance", but in "a security agreement" no trigger matches at it, and
// "defence" in "a defence agreement" is a one-word trigger standing before
// the noun, so both are modifiers of the noun after them. Cost: one trie
// walk from k.
func (s *sent) triggerHere(k int) bool {
	if !s.is(k, lexicon.TriggerStart) {
		return false
	}
	trs, n := s.trigger(k)
	return len(trs) > 0 && n > 1
}

// possessorBefore reports whether token k-1 ends a possessor of a noun
// phrase that goes on at k: "Libya's" in "Libya's security agreement",
// "its" in "its trade deal". Cost: constant.
func (ar *article) possessorBefore(s *sent, k int) bool {
	if k < 2 {
		return false
	}
	if s.toks[k-1].Kind == text.Poss {
		return s.at[k-2] >= 0
	}
	return s.at[k-1] >= 0 && s.ments[s.at[k-1]].possPron
}

// lightVerb returns the position of a light verb ending right before the
// noun phrase at np ("carried out", "issued", "reaffirmed"), or -1.
func (ar *article) lightVerb(s *sent, np int, class lexicon.Class) int {
	// "carried out a series of airstrikes": past a partitive (a
	// determiner of several words)
	for k := np - 1; k >= 0 && k >= np-4; k-- {
		if n := s.cue(ar.x.lex, k, lexicon.Det); n > 1 && k+n == np {
			np = k
			break
		}
	}
	// "announced $500 million in military aid": past an amount
	if np >= 2 && (s.toks[np-1].Lower == "in" || s.toks[np-1].Lower == "of") {
		k := np - 2
		for k >= 0 && k >= np-6 && (s.toks[k].Kind == text.Number || s.isWord(k, lexicon.Money) || s.toks[k].Text == "$" || s.toks[k].Text == "€" || s.toks[k].Text == "£") {
			k--
		}
		if k+1 <= np-2 { // at least one word of amount
			np = k + 1
			// "announced today an additional $500 million of aid"
			for np > 0 && np >= k-2 && s.at[np-1] < 0 && (s.is(np-1, lexicon.Det) || s.is(np-1, lexicon.Adj) || s.isWord(np-1, lexicon.TimeWord)) {
				np--
			}
		}
	}
	for k := np - 1; k >= 0 && k >= np-3; k-- {
		if n := s.cue(ar.x.lex, k, class); n > 0 && k+n == np {
			return k
		}
	}
	return -1
}

// indirectObject reads "handed X a note", "gave Kyiv a loan": a light
// verb, then an actor named by name or title (never a demonym: "launched
// Iranian drones"), then "a"/"an" opening the noun phrase at np. It
// returns the verb's index and the actor, or -1.
func (ar *article) indirectObject(s *sent, np int) (int, []mention) {
	toks := s.toks
	e := np // the actor ends here, at the article
	if e < len(toks) && toks[e].Lower != "a" && toks[e].Lower != "an" {
		e--
	}
	if e < 2 || toks[e].Lower != "a" && toks[e].Lower != "an" {
		return -1, nil
	}
	if s.gAt[e-1] < 0 {
		return -1, nil
	}
	g := s.groups[s.gAt[e-1]]
	if g.end != e {
		return -1, nil
	}
	start := g.start
	if start > 0 && s.is(start-1, lexicon.Det) && s.at[start-1] < 0 {
		start--
	}
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if n := s.cue(ar.x.lex, k, lexicon.Light); n > 0 && k+n == start {
			ms := s.groupMentions(s.gAt[e-1])
			for _, m := range ms {
				if m.via == viaDemonym || !m.ok {
					return -1, nil
				}
			}
			return k, ms
		}
	}
	return -1, nil
}

// toldBefore returns the actors told right before the noun at i, in "V
// to X" where "V to" is a trigger of telling ("expressed to China its
// outrage", "conveyed to Beijing 'our condemnation'"): a possessive
// pronoun, determiners, adjectives and quotation marks may stand between.
// It reads at most eight tokens back.
func (ar *article) toldBefore(s *sent, i int) []mention {
	toks := s.toks
	k := i - 1
	for k >= 0 && k >= i-4 && (s.at[k] < 0 && (toks[k].Kind == text.Punct && toks[k].Text != "," || s.is(k, lexicon.Det) || toks[k].Kind == text.Word && !toks[k].Cap && !s.is(k, lexicon.Prep)) ||
		s.at[k] >= 0 && s.ments[s.at[k]].possPron) {
		k--
	}
	if k < 2 || s.at[k] < 0 {
		return nil
	}
	m := s.ments[s.at[k]]
	v := m.start - 1
	if s.gAt[k] >= 0 {
		v = s.groups[s.gAt[k]].start - 1
	}
	if v < 1 || toks[v].Lower != "to" {
		return nil
	}
	if trs, n := s.trigger(v - 1); n != 2 || len(trs) == 0 || trs[0].Relation != graph.SpokeWith {
		if trs, n = s.trigger(v - 2); n != 3 || len(trs) == 0 || trs[0].Relation != graph.SpokeWith {
			return nil
		}
	}
	if s.gAt[k] >= 0 {
		return s.groupMentions(s.gAt[k])
	}
	return []mention{m}
}

// threatenedAct returns the one a threatened act told from v aims at,
// and where its phrase ends: the object of a verb of force ("to strike
// Iran"), or the one after "on" or "against" within a short phrase ("to
// impose sanctions against Turkey", "to cut aid to ..." is none).
func (ar *article) threatenedAct(s *sent, v int) ([]mention, int) {
	toks := s.toks
	if trs, n := s.trigger(v); n > 0 && trs[0].Relation == graph.Attacked && trs[0].POS == lexicon.Verb && trs[0].Frame.Obj {
		if ms, e := ar.objectAt(s, v+n); len(ms) > 0 {
			return ms, e
		}
	}
	for q := v + 1; q+1 < len(toks) && q <= v+5; q++ {
		if s.at[q] >= 0 || ar.stops(s, q) {
			break
		}
		if w := toks[q].Lower; w == "on" || w == "against" {
			return ar.objectAt(s, q+1)
		}
	}
	return nil, -1
}

// afterMeetingPair returns the joint subject of the clause a meeting noun
// phrase at np follows "after" or "following" in: "Peru and Chile ended a
// standoff after two days of talks"; nil when the phrase is no such
// adjunct or the subject is no pair.
func (ar *article) afterMeetingPair(s *sent, np int) []mention {
	toks := s.toks
	q := np - 1
	// past "two days of", "hours of", "a week of"
	for q > 0 && q >= np-5 && s.at[q] < 0 && (toks[q].Lower == "of" || toks[q].Kind == text.Number || s.isWord(q, lexicon.NumberWord) || s.isWord(q, lexicon.TimeUnit) || s.is(q, lexicon.Det) || s.is(q, lexicon.Adj)) {
		q--
	}
	if q < 1 || toks[q].Lower != "after" && toks[q].Lower != "following" {
		return nil
	}
	cs := ar.clauseStart(s, q)
	g := ar.subjectGroup(s, cs, q)
	if g < 0 || s.groupLen(g) < 2 || gr0(s, g) != cs {
		return nil
	}
	return s.groupMentions(g)
}

// chargedWith returns the actors charged with the act whose noun phrase
// starts at np: "blamed Iran for", "accused Russia of", "held Hamas
// responsible for" ending right before it; nil where no charge governs it.
func (ar *article) chargedWith(s *sent, np int) []mention {
	acc, _ := ar.chargeAt(s, np-1, false)
	return acc
}

// chargeAt is chargedWith for the "of" or "for" at p; it returns the
// actors charged and where the verb of the charge ends (-1 when "held ...
// responsible" or a copula tells the charge). With mods, up to two
// lower-case modifiers may stand between the verb and the accused
// ("accused arch-foe Iran of").
func (ar *article) chargeAt(s *sent, p int, mods bool) ([]mention, int) {
	toks := s.toks
	if p < 2 || s.at[p] >= 0 || toks[p].Lower != "for" && toks[p].Lower != "of" {
		return nil, -1
	}
	e := p
	held := false
	if w := toks[e-1].Lower; w == "responsible" || w == "accountable" {
		e, held = e-1, true
	}
	// "North Korea was (had been) responsible for": past the copula
	copula := false
	for held && e > 1 && s.at[e-1] < 0 && (s.isWord(e-1, lexicon.Copula) || s.is(e-1, lexicon.Aux)) {
		e, copula = e-1, true
	}
	if e < 1 || s.at[e-1] < 0 {
		return nil, -1
	}
	var acc []mention
	start := s.ments[s.at[e-1]].start
	if g := s.gAt[e-1]; g >= 0 && s.groups[g].end == e {
		acc, start = s.groupMentions(g), s.groups[g].start
	} else if m := s.ments[s.at[e-1]]; m.end == e && m.ok {
		acc = []mention{m}
	}
	if len(acc) == 0 || start < 1 {
		return nil, -1
	}
	if copula {
		return acc, -1 // "said North Korea was responsible for the sinking of"
	}
	v := start - 1
	if v >= 3 && toks[v].Lower == "by" && s.at[v-1] < 0 && s.is(v-2, lexicon.PassAux) {
		// "Iran was blamed by Washington for the attack": a passive charge;
		// the accused is the passive's subject, before its auxiliary
		for _, tr := range s.triggerEndingAt(v - 1) {
			if tr.Relation == graph.Accused && tr.POS == lexicon.Verb {
				if ms, _ := ar.subject(s, v-1, nil); len(ms) > 0 && ms[0].end <= v-2 {
					return ms, -1
				}
			}
		}
	}
	if held {
		if w := toks[v].Lower; w != "held" && w != "holds" && w != "hold" && w != "holding" {
			return nil, -1
		}
		return acc, -1
	}
	for b := v; mods && b > 0 && b >= start-2 && s.at[b] < 0 && toks[b].Kind == text.Word && !toks[b].Cap && !s.is(b, lexicon.TriggerStart); b-- {
		v = b - 1 // "accused arch-foe Iran of": a modifier before the accused
	}
	for _, tr := range s.triggerEndingAt(v) {
		if tr.Relation == graph.Accused && tr.POS == lexicon.Verb {
			return acc, v
		}
	}
	return nil, -1
}

// elicitor returns the agent of the subject of a verb of eliciting at ev
// ("Israel's strikes on Lebanon drew ...": Israel; "The raid by Israeli
// forces on Jenin prompted ...": Israel): the first actor of the subject
// that is no target of an act (after "on", "against", "of", ...), and none
// of the reacting srcs.
func (ar *article) elicitor(s *sent, ev int, srcs []mention) []mention {
	cs := ar.clauseStart(s, ev)
	for _, m := range s.ments {
		if m.start < cs || m.end > ev || !m.ok || m.media || m.via == viaPronoun && !m.possPron {
			continue
		}
		if m.start > 0 && s.toks[m.start-1].Kind == text.Word && s.is(m.start-1, lexicon.Prep) && s.toks[m.start-1].Lower != "by" {
			continue // "the strikes on Lebanon": a target
		}
		if sameActor(m, srcs) {
			return nil
		}
		if g := s.gAt[m.start]; g >= 0 {
			return s.groupMentions(g)
		}
		return []mention{m}
	}
	// "Russia struck a hospital. The attack drew criticism from France":
	// a definite act as the subject is its agent's, told before
	if cs < ev {
		if e, _ := ar.eventNoun(s, cs); e > 0 && e <= ev {
			return ar.anaphoricTarget(s, cs, srcs)
		}
	}
	return nil
}

// patientAfter reports whether the actors ms read from the phrase at j
// are the patient of a noun of what is done to someone (lexicon.VictimNoun):
// "his release", "Bazoum's release", "the release of Bazoum".
func (ar *article) patientAfter(s *sent, j int, ms []mention) bool {
	toks := s.toks
	if len(ms) == 0 {
		return false
	}
	e := ms[len(ms)-1].end
	if e < len(toks) && toks[e].Kind == text.Poss {
		e++
	}
	if e < len(toks) && (ms[len(ms)-1].possPron || toks[e-1].Kind == text.Poss) && s.isWord(e, lexicon.VictimNoun) {
		return true
	}
	for q := j; q < ms[0].start && q < j+4; q++ {
		if s.isWord(q, lexicon.VictimNoun) && toks[q+1].Lower == "of" {
			return true
		}
	}
	return false
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

// asObservers reports whether "as observer(s)" follows the noun at np
// within a few words: the subjects watched a meeting, they held none.
func asObservers(s *sent, np int) bool {
	for q := np + 1; q+1 < len(s.toks) && q <= np+4; q++ {
		if s.toks[q].Lower == "as" && strings.HasPrefix(s.toks[q+1].Lower, "observer") {
			return true
		}
	}
	return false
}

// mediatedCompound reports whether t is a compound whose last part is a
// verb of mediation ("China-brokered", "Oman-mediated"): the mediator's
// mark on a deal, never the deal's parties.
func mediatedCompound(lex *lexicon.Lexicon, t text.Token) bool {
	cut := strings.LastIndex(t.Lower, "-")
	return t.Kind == text.Word && cut > 0 && lex.Is(lexicon.Mediate, t.Lower[cut+1:])
}

// attackNoun reports whether the word at k is an attack told as a noun
// ("an attack", "a strike") whose relative clause may tell its victims.
func (ar *article) attackNoun(s *sent, k int) bool {
	trs, _ := s.trigger(k)
	for _, t := range trs {
		if t.Relation == graph.Attacked && t.POS == lexicon.Noun {
			return true
		}
	}
	return false
}

// forumsOut drops from the targets of a protest lodged with someone
// ("lodged protests with the UN Security Council and the Arab League") the
// international bodies, which are its forum, not its object; other
// triggers keep all.
func forumsOut(tr *lexicon.Trigger, ms []mention) []mention {
	if tr.Lemma != "protest" { // (the lemma of the protest and complaint lines)
		return ms
	}
	var out []mention
	for _, m := range ms {
		if m.actor.Kind == graph.Org && m.actor.Country == "" {
			continue
		}
		out = append(out, m)
	}
	return out
}

// envoyStates puts, for each person in ms, the state they represent:
// summoning "Ambassador X" protests to X's state (relations.md: the
// protest is against the state), while the meeting is with X.
func envoyStates(ms []mention) []mention {
	var out []mention
	for q, m := range ms {
		if m.ok && m.actor.Kind == graph.Person && m.actor.Country != "" {
			// (whoever is summoned or handed a protest stands for a state:
			// an envoy, a chargé, a "senior diplomat" named in apposition)
			if out == nil {
				out = append([]mention(nil), ms...) // copy once: ms is the caller's
			}
			out[q].actor = stateActor(m.actor.Country)
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// accuserVictim returns the accuser's state when the act of force whose
// noun phrase opens at np is the charge of "A accused B of (committing)
// ...", names no victim, and B does it: "Congo accused Rwanda of a
// frontal aggression" is aggression against Congo (the one who protests
// an unnamed victim's harm is that victim). A person accuses for their
// state; a body of no state gives none. nil elsewhere. Cost: constant,
// and the accuser's subject.
func (ar *article) accuserVictim(s *sent, np int) (accused, victim []mention) {
	toks := s.toks
	if np < len(toks) && s.isWord(np, lexicon.Article) && toks[np].Lower != "a" && toks[np].Lower != "an" {
		return nil, nil // "accused Israel of the strike": an act told elsewhere, with its own victim
	}
	p := np
	if p > 0 && quoteLike(toks[p-1]) {
		p-- // 'of committing “a frontal aggression”'
	}
	q := p - 1
	if lv := ar.lightVerb(s, p, lexicon.Light); lv >= 0 {
		q = lv - 1 // "of committing a frontal aggression"
	}
	if q < 2 || toks[q].Lower != "of" {
		return nil, nil
	}
	accused, v := ar.chargeAt(s, q, false)
	if len(accused) != 1 || v < 0 || !strings.HasPrefix(toks[v].Lower, "accus") {
		return nil, nil
	}
	subj, _ := ar.subject(s, v, nil)
	if len(subj) != 1 || !subj[0].ok {
		return nil, nil
	}
	a := subj[0]
	switch {
	case a.actor.Kind == graph.State:
	case a.actor.Country != "" && (a.actor.Kind == graph.Person || ar.x.stateOrgans[a.actor.Name]):
		a.actor = stateActor(a.actor.Country)
	default:
		return nil, nil
	}
	if a.actor.Name == accused[0].actor.Name || a.actor.Name == accused[0].actor.Country {
		return nil, nil
	}
	return accused, []mention{a}
}

// pastHead returns j, the end of the target m of a noun, moved past the
// head that m only modifies, so that a by-agent after it is read: the head
// after a demonym ("the attack on a Turkish jet by Syria") or after a
// possessor ("the shelling of its border posts by Myanmar", "the shelling
// of Israel's northern towns by Hezbollah"). Cost: O(1).
func pastHead(s *sent, j int, m mention) int {
	toks := s.toks
	words := 0
	switch {
	case m.via == viaDemonym:
		words = 2
	case m.possPron:
		words = 3
	case j > 0 && j+1 < len(toks) && toks[j].Kind == text.Poss:
		j, words = j+1, 3
	}
	for q := 0; q < words && j > 0 && j < len(toks) && s.at[j] < 0 && toks[j].Kind == text.Word && !toks[j].Cap && !s.is(j, lexicon.Prep) && !s.is(j, lexicon.Clause) && !s.is(j, lexicon.Aux); q++ {
		j++
	}
	return j
}

// mentionGroupEndingAt returns the group that ends right before token k
// (at k-1), or -1.
func mentionGroupEndingAt(s *sent, k int) int {
	if k < 1 || k > len(s.toks) || s.gAt[k-1] < 0 || s.groups[s.gAt[k-1]].end != k {
		return -1
	}
	return s.gAt[k-1]
}

// chargeVerbBefore reports whether a verb of charge ("condemned",
// "denounced"), with no modal before it, ends right before token k of s,
// past adverbs: the phrase at k is what it charges.
func (ar *article) chargeVerbBefore(s *sent, k int) bool {
	v := k - 1
	for v > 0 && s.at[v] < 0 && s.toks[v].Kind == text.Word && strings.HasSuffix(s.toks[v].Lower, "ly") {
		v--
	}
	if v < 0 || s.at[v] >= 0 || v > 0 && s.is(v-1, lexicon.Modal) {
		return false // "would oppose the attack by X": a charge not made
	}
	trs, n := s.trigger(v)
	return n == 1 && hasSense(trs, graph.Accused, lexicon.Verb)
}

// condOrNegBefore reports whether the clause of token k in s opens with a
// condition ("if", "unless") or holds a negation before k.
func (ar *article) condOrNegBefore(s *sent, k int) bool {
	cs := ar.clauseStart(s, k)
	if cs > 0 && s.is(cs-1, lexicon.Cond) {
		return true
	}
	for q := cs; q < k; q++ {
		if s.is(q, lexicon.Neg) {
			return true
		}
	}
	return false
}

// causeAfter returns the subject of a clause opened by "after" at j (past
// a time), when a past verb follows it: "after North Korea tested a
// missile". It returns nil for anything else ("after talks with X",
// "after meeting Xi"). Cost: constant.
func (ar *article) causeAfter(s *sent, j int) []mention {
	toks := s.toks
	j = timeSpan(s, j)
	if j+2 >= len(toks) || toks[j].Lower != "after" || s.at[j+1] < 0 {
		return nil
	}
	m := s.ments[s.at[j+1]]
	if m.start != j+1 || !m.ok || m.media || m.via == viaDemonym || m.end >= len(toks) {
		return nil
	}
	v := m.end
	if s.is(v, lexicon.PassAux) {
		return nil // "after Ukraine was attacked by ...": the one hit, no cause
	}
	if s.is(v, lexicon.Aux) && v+1 < len(toks) {
		v++ // "after Russia had annexed"
	}
	if toks[v].Kind != text.Word || toks[v].Cap || !(strings.HasSuffix(toks[v].Lower, "ed") || s.is(v, lexicon.Past)) || s.cue(ar.x.lex, v, lexicon.Say) > 0 {
		return nil // ("after Israel reported an outbreak": news, no act)
	}
	return []mention{m}
}

// byAgentAfter reports whether "by" and an actor follow within the
// clause, at most eight tokens after j: the agent of a noun's act named
// after its complements ("the supply of American weapons to Ukraine by
// Britain").
func byAgentAfter(s *sent, j int) bool {
	for q := j; q+1 < len(s.toks) && q < j+8; q++ {
		if s.toks[q].Text == "," || s.toks[q].Text == "." || s.toks[q].Text == ";" {
			return false
		}
		if s.toks[q].Lower == "by" && agentAfter(s, q) >= 0 {
			return true
		}
	}
	return false
}

// demandedClause reports whether the verb at k is what a verb of appeal
// asks for, with "that" or an infinitive: "demanded that Canada withdraw
// its criticism", "urged the Rwandan military to withdraw its support"
// (what is asked is not done). Cost: a clause start and a few trigger
// lookups.
func (ar *article) demandedClause(s *sent, k int) bool {
	urged := func(q int) bool {
		for _, tr := range s.triggerEndingAt(q) {
			if tr.Relation == graph.Urged {
				return true
			}
		}
		return false
	}
	toks := s.toks
	if k >= 2 && toks[k-1].Lower == "to" {
		for q := k - 2; q >= 0 && q >= k-8; q-- {
			if toks[q].Kind == text.Punct || s.is(q, lexicon.Clause) {
				break
			}
			if s.at[q] < 0 && urged(q) {
				return true
			}
		}
	}
	cs := ar.clauseStart(s, k)
	return cs >= 2 && toks[cs-1].Lower == "that" && urged(cs-2)
}

// declaredOver reports whether the noun at i (n words) is declared ended:
// "A and B declared the war over (ended, finished) after talks". The noun
// stands after "declared" and a determiner, and the word of ending after it
// closes the phrase ("a war over Kashmir" is a war about a place). Cost:
// a few token reads.
func declaredOver(s *sent, i, n int) bool {
	toks := s.toks
	v := i - 1
	if v >= 0 && s.is(v, lexicon.Det) {
		v--
	}
	if v < 0 || !strings.HasPrefix(toks[v].Lower, "declar") {
		return false
	}
	e := i + n
	if e >= len(toks) {
		return false
	}
	switch toks[e].Lower {
	case "over", "ended", "finished":
	default:
		return false
	}
	return e+1 >= len(toks) || toks[e+1].Kind != text.Word || s.is(e+1, lexicon.Prep) || s.is(e+1, lexicon.Clause) || toks[e+1].Lower == "and"
}
