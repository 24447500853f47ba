package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// answeredAttacks reads force told as what a response answers: "Israel
// struck Lebanon in response to a Hezbollah attack", "Iranian border
// guards responded to a Taliban attack on their post", "In retaliation
// for the Houthi strikes, ...": the attack's owner (a demonym, name or
// possessor before the noun, or a by-agent after it) ATTACKED the one who
// responds. An attack whose target the noun names ("an attack on Israel",
// "attacks on shipping") is left alone: the noun reader reads the first,
// and a third party may answer the second. Cost: linear in the sentence.
func (ar *article) answeredAttacks(s *sent) {
	if !s.mayKey(keyAnswerTo) {
		return
	}
	toks := s.toks
	for k := range s.eachKey(keyAnswerTo, 0, len(toks)-2) {
		n := s.cue(ar.x.lex, k, lexicon.AnswerTo)
		if n == 0 {
			continue
		}
		// the owner before the noun ("a Hezbollah attack", "Russia's
		// deadly missile strike") or after it ("a strike by Israel",
		// "an attack launched by Iran")
		var m mention
		h := -1
		for j := k + n; j < len(toks) && j < k+n+6; j++ {
			if s.at[j] >= 0 {
				o := s.ments[s.at[j]]
				if !o.ok || o.media || o.possPron || m.ok {
					break
				}
				m = o
				j = o.end - 1
				continue
			}
			if ar.attackNoun(s, j) {
				h = j
				break
			}
			if toks[j].Kind != text.Word && toks[j].Kind != text.Number && toks[j].Kind != text.Poss || toks[j].Cap && j > k+n && s.at[j] < 0 {
				break
			}
		}
		if h < 0 {
			continue
		}
		_, tn := s.trigger(h)
		e := h + tn
		if !m.ok {
			b := e
			if b < len(toks) && isParticiple(ar.x.lex, toks[b].Lower) {
				b++ // "launched by", "carried out by"
			}
			if a := agentAfter(s, b); b+1 < len(toks) && toks[b].Lower == "by" && a >= 0 && s.ments[s.at[a]].ok && !s.ments[s.at[a]].media {
				m = s.ments[s.at[a]]
			} else {
				continue
			}
		}
		if e+1 < len(toks) && (toks[e].Lower == "on" || toks[e].Lower == "against") && !s.isWord(e+1, lexicon.PossPronoun) {
			// "an attack on Israel" is the noun reader's; "attacks on
			// shipping" may be answered by a third party
			continue
		}
		if ar.blocked(s, k) {
			continue
		}
		var tgts []mention
		w := 1.0
		switch {
		case strings.HasPrefix(toks[k].Lower, "in") && k == 0 || k > 0 && toks[k-1].Text == "," && ar.subjectGroup(s, 0, k) < 0:
			// "In response to a Hezbollah attack, Israel struck": the
			// subject after the fronted phrase
			for c := e; c < len(toks) && c < e+12; c++ {
				if toks[c].Text == "," {
					if g := ar.subjectGroup(s, c+1, len(toks)); g >= 0 && gr0(s, g) <= c+3 {
						tgts = s.groupMentions(g)
					}
					break
				}
			}
		case s.cue(ar.x.lex, k, lexicon.RespondVerb) > 0:
			tgts, w = ar.subject(s, k, nil) // "Iran responded to a Taliban attack"
		default:
			if g := ar.subjectGroup(s, 0, k); g >= 0 {
				tgts = s.groupMentions(g) // "Israel struck Lebanon in response to"
			}
		}
		if len(tgts) == 0 {
			continue
		}
		if e+1 < len(toks) && toks[e].Lower == "in" && !placeOf(s, e+1, tgts) {
			// "in retaliation for Israel's military campaign in Gaza": the
			// act named its own place, not the responder's land
			continue
		}
		ar.emitAll(s, []mention{m}, graph.Attacked, ar.otherSide([]mention{m}, tgts), triggerText(toks[h:h+tn]), wNoun*w)
	}
}

// placeOf reports whether the place named at j (past a determiner and
// adjectives) is one of ms: "a Hezbollah attack in northern Israel"
// answered by Israel.
func placeOf(s *sent, j int, ms []mention) bool {
	for j < len(s.toks) && s.at[j] < 0 && (s.is(j, lexicon.Det) || s.is(j, lexicon.Adj)) {
		j++
	}
	if j >= len(s.toks) || s.at[j] < 0 {
		return false
	}
	a := s.ments[s.at[j]].actor
	for _, m := range ms {
		if m.actor.Name == a.Name || m.actor.Country == a.Name {
			return true
		}
	}
	return false
}
