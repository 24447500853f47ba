package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// affiliatedPersons joins a state named right before a person to the
// person's mention, as the affiliation of the person's title, so that a
// list of office-holders each named with their own state is a list of
// persons, not of states and persons (relations.md, "Several actors"):
//
//   - a state's name right before a person of that state: "a call of
//     the interior ministers Chile Ana Rojas and Peru Luis Quispe", "the
//     presidents of Chile Gabriel Boric and Peru Dina Boluarte"; a title
//     run before the state that opens with a title joins too: "Chairman
//     of the Defence Council and Head of the Presidential Office of the
//     Kyrgyz Republic Akylbek Japarov" is one person;
//   - a state's possessive before a title with capitalised words the
//     title list lacks: "Ghana's Fisheries Minister Kofi Mensah" (the
//     person is Ghana's), or before its own titled person: "Jordan's
//     King Abdullah" (not "Russia's Lavrov", no title).
//
// A demonym before the person is demonymBeforePerson's. A person of
// another state ("Peru Gabriel Boric" in a list) is left alone, and
// so is a state after a preposition other than "of" ("In Russia Putin
// met Erdogan": a place). Cost: O(mentions); a title run is read back
// (titleRunStart) only where a state and a person touch.
func affiliatedPersons(s *sent, lex *lexicon.Lexicon) {
	toks := s.toks
	for k := 0; k+1 < len(s.ments); k++ {
		d, p := s.ments[k], s.ments[k+1]
		if !d.ok || d.media || d.via == viaDemonym || d.via == viaPronoun || d.actor.Kind != graph.State ||
			!p.ok || p.media || p.via == viaPronoun || p.actor.Kind != graph.Person {
			continue
		}
		switch {
		case d.end == p.start && (p.actor.Country == d.actor.Name || p.via == viaTitled && p.actor.Country == "") && toks[p.start].Cap &&
			!(d.start > 0 && s.is(d.start-1, lexicon.Prep) && toks[d.start-1].Lower != "of"):
			// (never after a preposition of place or time: "In Russia Putin
			// met Erdogan" names where, and Putin is the subject)
			// "Peru Luis Quispe", "the Kyrgyz Republic Akylbek Japarov"
			p.start = titleRunStart(s, lex, d.start)
			p.actor.Country = d.actor.Name
		case d.end < p.start && p.start <= d.end+4 && toks[d.end].Kind == text.Poss && (p.via == viaTitled && p.actor.Country == "" || p.actor.Country == d.actor.Name) &&
			(capsBetween(s, d.end+1, p.start) || p.start == d.end+1 && titled(s, lex, p)):
			// "Ghana's Fisheries Minister Kofi Mensah", "Jordan's King
			// Abdullah"
			p.start = d.start
			p.actor.Country = d.actor.Name
		default:
			continue
		}
		s.replace(p)
		k-- // (the mention before the state is now the person's neighbour: read the pair again)
	}
}

// titleRunStart returns where the title of a state's office-holder
// begins when the state at b ends it: back over capitalised words and
// "of", "the", "and", "for" to the earliest word that opens a title of
// roles.tsv ("Chairman of the Defence Council and Head of the
// Presidential Office of the Kyrgyz Republic"), else b. The run is
// bounded by a title's own structure, not by a count of tokens: one or
// two offices, so at most one "and" ("Chairman of X and Head of Y"; a
// second "and" belongs to the list around it: "Putin and Lukashenko and
// Chairman of ..."); and it stops at a comma, a mention or a lower-case
// word other than those four. Cost: linear in the run, only where a
// state and a person touch.
func titleRunStart(s *sent, lex *lexicon.Lexicon, b int) int {
	toks := s.toks
	start := b
	ands := 0
	for q := b - 1; q >= 0; q-- {
		t := toks[q]
		if s.at[q] >= 0 || t.Kind != text.Word {
			break
		}
		switch t.Lower {
		case "and":
			if ands++; ands == 2 {
				return start
			}
			continue
		case "of", "the", "for":
			continue
		}
		if !t.Cap {
			break
		}
		if _, n := lex.Role(toks, q); n > 0 {
			start = q
		}
	}
	return start
}

// capsBetween reports whether the tokens [i, j) are capitalised words of
// no mention: "Fisheries" in "Ghana's Fisheries Minister". Cost: j-i
// tokens.
func capsBetween(s *sent, i, j int) bool {
	for q := i; q < j; q++ {
		if s.at[q] >= 0 || s.toks[q].Kind != text.Word || !s.toks[q].Cap {
			return false
		}
	}
	return i < j
}

// titled reports whether the mention p opens with a title of roles.tsv:
// "King Abdullah", "Foreign Minister Ana Rojas". Cost: one lookup.
func titled(s *sent, lex *lexicon.Lexicon, p mention) bool {
	_, n := lex.Role(s.toks, p.start)
	return n > 0 && p.start+n < p.end
}

// spokespersonFor reads an unnamed spokesperson for a named person as
// the person's state: "a spokesperson for Turkish President Erdogan
// warned Greece" is Turkey's warning, not Erdogan's (relations.md: a
// holder the article never names stays the state). A spokesperson named
// after the person ("the spokesman for the Russian leader Vladimir Putin,
// Dmitry Peskov") is left to the apposition. The spokesperson's
// title is of class spokes (roles.tsv). Cost: O(mentions), a title
// looked up only before "for" or "of".
func spokespersonFor(s *sent, lex *lexicon.Lexicon) {
	toks := s.toks
	for k := range s.ments {
		p := s.ments[k]
		b := p.start - 3 // "a spokesperson for X": the determiner
		if b < 0 || !p.ok || p.actor.Kind != graph.Person || p.actor.Country == "" || p.via == viaPronoun || p.end >= len(toks) {
			continue
		}
		if w := toks[p.start-1].Lower; w != "for" && w != "of" || s.at[p.start-2] >= 0 {
			continue
		}
		if w := toks[b].Lower; w != "a" && w != "an" && w != "the" {
			continue
		}
		if c, n := lex.Role(toks, b+1); c != "spokes" || n != 1 {
			continue
		}
		if t := toks[p.end]; t.Kind != text.Word || t.Cap || t.Lower == "and" || t.Lower == "or" {
			continue // ("the spokesman for the Russian leader Vladimir Putin, Dmitry Peskov")
		}
		p.actor, p.start, p.via = stateActor(p.actor.Country), b, viaTitle
		s.replace(p)
		return // (one a sentence: replace renumbered the mentions)
	}
}
