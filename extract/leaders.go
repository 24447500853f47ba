package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// noteLeaders records who leads which organisation, as the article tells
// it: by apposition ("Machar's party, the Sudan People's Liberation
// Movement-in-Opposition (SPLM-IO)") or by a title naming the body
// ("SPLM-IO leader Riek Machar"). Cost: O(mentions of s).
func (ar *article) noteLeaders(s *sent) {
	toks := s.toks
	for k, m := range s.ments {
		if !m.ok || m.actor.Kind != graph.Person {
			continue
		}
		if m.org != nil && m.org.Kind == graph.Org {
			ar.setLeader(m.actor.Name, *m.org)
			continue
		}
		e := m.end
		if e+3 >= len(toks) || toks[e].Kind != text.Poss || !s.isWord(e+1, lexicon.PartyNoun) || toks[e+2].Text != "," {
			continue
		}
		if k+1 < len(s.ments) {
			o := s.ments[k+1]
			if o.ok && !o.media && o.actor.Kind == graph.Org && o.actor.Country != "" && (o.start == e+3 || o.start == e+4 && toks[e+3].Lower == "the") {
				ar.setLeader(m.actor.Name, o.actor)
			}
		}
	} // "Khalifa Haftar's Libyan National Army": a possessive right before
	// an armed body's name
	for k := 0; k+1 < len(s.ments); k++ {
		m, o := s.ments[k], s.ments[k+1]
		if m.ok && m.actor.Kind == graph.Person && m.end < len(toks) && toks[m.end].Kind == text.Poss && o.start == m.end+1 &&
			o.ok && !o.media && o.actor.Kind == graph.Org && o.actor.Country != "" {
			ar.setLeader(m.actor.Name, o.actor)
		}
	}
}

// loyalForces reports whether the preposition at k closes "forces loyal
// to", "troops allied with", "fighters aligned with": what follows names
// whom the forces answer to.
func loyalForces(lex *lexicon.Lexicon, toks []text.Token, k int) bool {
	if k < 2 || (toks[k].Lower != "to" && toks[k].Lower != "with") {
		return false
	}
	return lex.Is(lexicon.LoyalAdj, toks[k-1].Lower) && lex.Is(lexicon.ForceNoun, toks[k-2].Lower)
}

func (ar *article) setLeader(person string, org graph.Actor) {
	if ar.leads == nil {
		ar.leads = map[string]graph.Actor{}
	}
	if _, ok := ar.leads[person]; !ok {
		ar.leads[person] = org
	}
}

// ledForces reads "Machar's forces" (a person's possessive before a force
// noun, or "party" and the like) as the body that person leads, when the
// article names it (relations.md: "X's forces" is the armed party X leads
// when the text names it nearby); else it stays the person.
func (ar *article) ledForces(s *sent) {
	toks := s.toks
	// "attacks on US-led forces in Iraq", "the U.S.-led coalition": a body
	// led by X, named by its leader's compound, is X (as ledActs reads it
	// for the body's own acts)
	hyphen := s.hyphenated() // (none, no "-led")
	for k := 0; k+1 < len(toks) && hyphen; k++ {
		w := toks[k].Lower
		if toks[k].Kind != text.Word || !strings.HasSuffix(w, "-led") || len(w) <= 4 || s.at[k] >= 0 {
			continue
		}
		h := k + 1
		for h < len(toks) && h <= k+3 && s.is(h, lexicon.Adj) && !s.isWord(h, lexicon.LedHead) {
			h++
		}
		if h >= len(toks) || !s.isWord(h, lexicon.LedHead) || s.at[h] >= 0 {
			continue
		}
		if leader, ok := ar.hyphenActor(toks[k].Text[:len(toks[k].Text)-4]); ok {
			leader.start, leader.end = k, h+1
			s.replace(leader)
		}
	}
	changed := false
	for k := range s.ments {
		m := &s.ments[k]
		if m.ok && m.actor.Kind != graph.State && m.start >= 3 && loyalForces(ar.x.lex, toks, m.start-1) && s.at[m.start-3] < 0 {
			if org, ok := ar.leads[m.actor.Name]; ok && m.actor.Kind == graph.Person {
				m.actor = org // "forces loyal to Haftar": the LNA, when named
			}
			// the phrase is one mention of the side, so that it may be a
			// subject or one of a pair ("Forces loyal to Haftar shelled
			// Tripoli", "clashes between forces loyal to X and Y")
			m.start -= 3
			changed = true
			continue
		}
		if !m.ok || m.actor.Kind != graph.Person || m.end+1 >= len(toks) || toks[m.end].Kind != text.Poss {
			continue
		}
		if w := toks[m.end+1].Lower; !ar.x.lex.Is(lexicon.ForceNoun, w) && !ar.x.lex.Is(lexicon.PartyNoun, w) {
			continue
		}
		if org, ok := ar.leads[m.actor.Name]; ok {
			m.actor = org
		}
	}
	// "supporters of Riek Machar", "loyalists of X": the armed party X
	// leads, else X, as one mention (so that "Kiir's forces and supporters
	// of Machar" is a pair)
	for k := range s.ments {
		m := &s.ments[k]
		if !m.ok || m.actor.Kind != graph.Person || m.start < 2 || toks[m.start-1].Lower != "of" || s.at[m.start-2] >= 0 {
			continue
		}
		switch toks[m.start-2].Lower {
		case "supporters", "loyalists", "followers", "partisans":
		default:
			continue
		}
		if org, ok := ar.leads[m.actor.Name]; ok {
			m.actor = org
		}
		m.start -= 2
		changed = true
	}
	if changed {
		s.index()
	}
}

// ledBy reads fighters named by whom they follow: "Palestinian militants
// led by Hamas", "rebels headed by the M23", "forces commanded by Haftar"
// are the body or person after "by", so "Israel and Palestinian militants
// led by Hamas are at war" is a war between Israel and Hamas. The noun
// before "led" must be one of people who fight (cue classes nonstate and
// forcenoun) and stand as a mention of no actor.
func (ar *article) ledBy(s *sent) {
	toks := s.toks
	for q := 2; q+2 < len(toks); q++ {
		if toks[q+1].Lower != "by" || s.at[q-1] >= 0 || s.at[q+2] < 0 || s.cue(ar.x.lex, q, lexicon.LedVerb) == 0 {
			continue // (the cheap tests first: most tokens are no "led by")
		}
		w := toks[q-1].Lower
		if !s.isWord(q-1, lexicon.NonState) && !s.isWord(q-1, lexicon.ForceNoun) {
			continue
		}
		m := s.ments[s.at[q+2]]
		if !m.ok || m.media || m.start != q+2 || m.actor.Kind == graph.State && w != "coalition" {
			continue // ("a coalition led by Saudi Arabia" is Saudi Arabia's, as "the Saudi-led coalition")
		}
		b := q - 1 // back over a demonym, adjectives and a determiner
		for b > 0 && s.at[b-1] < 0 && toks[b-1].Kind == text.Word && (toks[b-1].Cap || s.is(b-1, lexicon.Adj) || s.is(b-1, lexicon.Det)) && !s.is(b-1, lexicon.Prep) && toks[b-1].Lower != "and" {
			b--
		}
		m.start = b
		s.replace(m)
		q = m.end
	}
}

// demonymBeforePerson joins a demonym to the person of its state named right
// after it: "German Olaf Scholz, French Emmanuel Macron and Polish Donald
// Tusk" is a list of three persons, not of six actors.
func demonymBeforePerson(s *sent, lex *lexicon.Lexicon) {
	for k := 0; k+1 < len(s.ments); k++ {
		d, p := s.ments[k], s.ments[k+1]
		if !d.ok || d.actor.Kind != graph.State || !p.ok || p.actor.Kind != graph.Person || p.actor.Country != d.actor.Name {
			continue
		}
		if d.end != p.start {
			// "Treasury Secretary Janet Yellen", "Pentagon spokesman John
			// Kirby": a state's organ, the person's title, the person
			if _, n := lex.Role(s.toks, d.end); n == 0 || d.end+n != p.start {
				continue
			}
		} else if d.via != viaDemonym {
			continue
		}
		p.start = d.start
		s.replace(p)
	}
}
