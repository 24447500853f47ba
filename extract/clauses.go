package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Clauses: where the clause holding a token opens (clauseStart, reaching
// back at most maxClause tokens), whether an actor follows a preposition
// and so is no subject (afterPrep), whether an appositive place closes
// (closedApposition), and whether a possible subject stands between two
// tokens (subjectBetween).

// closedApposition reports whether the token at e closes an appositive
// place ("in Aswan, Egypt, with"; "in Aswan, Egypt."): punctuation or a
// preposition, never the verb of a fronted adjunct's clause ("In Geneva,
// Russia urged").
func closedApposition(s *sent, e int) bool {
	if e >= len(s.toks) {
		return true
	}
	switch s.toks[e].Text {
	case ",", ".", ";", ")", ":":
		return true
	}
	return s.is(e, lexicon.Prep)
}

// afterPrep reports whether the token at i follows a preposition (with
// determiners between): an actor there is no subject.
func (ar *article) afterPrep(s *sent, i int) bool {
	// "in Sharm el-Sheikh, Egypt": the state after a place named after a
	// preposition is that place's, inside the phrase
	if i > 2 && s.toks[i-1].Text == "," && s.at[i] >= 0 && closedApposition(s, s.ments[s.at[i]].end) && (s.gAt == nil || s.gAt[i] < 0 || len(s.groups[s.gAt[i]].ms) == 1) {
		k := i - 2
		timed := false // "On Tuesday, Poland, a NATO member, accused": a time, no place
		for k > 0 && k >= i-5 && s.at[k] < 0 && s.toks[k].Kind == text.Word && (s.toks[k].Cap || strings.Contains(s.toks[k].Text, "-")) {
			timed = timed || s.isWord(k, lexicon.TimeWord) || s.is(k, lexicon.Month)
			k--
		}
		if k < i-2 && k >= 0 && !timed && s.is(k, lexicon.Prep) && s.toks[k].Lower != "with" {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.toks[k].Lower
		if s.is(k, lexicon.Prep) {
			// "a day after the US struck Iran": a conjunction opens a clause
			// whose subject the actor is, when a past verb follows it
			switch w {
			case "after", "before", "since", "until", "as":
				if s.at[i] >= 0 {
					if e := s.ments[s.at[i]].end; e < len(s.toks) && s.at[e] < 0 && s.toks[e].Kind == text.Word && !s.toks[e].Cap &&
						(strings.HasSuffix(s.toks[e].Lower, "ed") || s.is(e, lexicon.Past)) {
						return false
					}
				}
			}
			// "forces loyal to Haftar attacked": the actor the forces
			// answer to heads the phrase
			return !loyalForces(ar.x.lex, s.toks, k)
		}
		if s.toks[k].Cap && s.isWord(k, lexicon.TimeWord) {
			return false // "On Monday Baku denounced": the time closes the phrase
		}
		if !s.is(k, lexicon.Det) && !s.is(k, lexicon.Adj) {
			return false
		}
	}
	return false
}

// clauseStart returns the first token of the clause holding token i: the
// clause opens after a relative pronoun, a subordinating conjunction, a
// semicolon, colon or dash, a quotation mark, or a reporting verb.
func (ar *article) clauseStart(s *sent, i int) int {
	toks := s.toks
	q := int32(-1)
	if i < len(toks) {
		q = toks[i].QuoteID
		if toks[i].Kind == text.Quote && i > 0 {
			q = toks[i-1].QuoteID // the mark opening a quotation: the clause it stands in
		}
	}
	for k := i - 1; k >= 0; k-- {
		t := &toks[k] // (tokens are 64 bytes: not copied)
		if k < i-maxClause {
			return k + 1
		}
		if s.gAt != nil && s.gAt[k] >= 0 {
			continue
		}
		if t.QuoteID != q || t.Kind == text.Quote {
			return k + 1
		}
		// "Having reviewed it, Iran's foreign ministry summoned ...",
		// "After meeting Putin, Iran's minister said ...": a fronted
		// adverbial clause ends at the sentence's first comma; the main
		// clause starts after it
		if t.Text == "," && q == 0 && frontedOpener(toks) && firstComma(toks, k) {
			return k + 1
		}
		if s.is(k, lexicon.Clause) {
			if t.Lower == "as" && (k+1 < len(toks) && toks[k+1].Lower == "well" || k > 0 && toks[k-1].Lower == "such") {
				continue // "as well as", "bodies such as the UN": no clause
			}
			if t.Lower == "since" && k > 0 && s.is(k-1, lexicon.Aux) {
				continue // "Sudan has since accused": an adverb
			}
			if adverbialAfter(toks, k) {
				continue // "blamed Israel shortly after and said": an adverb
			}
			return k + 1
		}
		// a participle clause: ", stressing that ..."
		if k > 0 && toks[k-1].Text == "," && len(t.Lower) > 4 && t.Lower[len(t.Lower)-3:] == "ing" && k != i {
			return k
		}
		if (s.at == nil || s.at[k] < 0) && s.cue(ar.x.lex, k, lexicon.Say) > 0 && k < i-1 && toks[k].Lower != "according" && s.cue(ar.x.lex, k, lexicon.TellVerb) == 0 &&
			!(toks[k+1].Lower == "by" && strings.HasSuffix(toks[k+2].Lower, "ing")) && // "responded by striking": a means, no speech
			!(strings.HasPrefix(toks[k].Lower, "recall") && s.is(k+1, lexicon.Det)) { // "recalled its ambassador": no speech
			return k + 1
		}
	}
	return 0
}

// frontedOpener reports whether the sentence opens with an adverbial
// clause told before its subject: a subordinator of time or concession
// ("after", "having", "while", "despite") or a participle ("Speaking to
// reporters, ..."). Cost: constant.
func frontedOpener(toks []text.Token) bool {
	if len(toks) < 3 || toks[0].Kind != text.Word || toks[0].QuoteID != 0 {
		return false
	}
	switch w := toks[0].Lower; w {
	case "after", "before", "having", "while", "upon", "when", "following", "despite", "once":
		return true
	default:
		return len(w) > 5 && strings.HasSuffix(w, "ing") && !toks[1].Cap
	}
}

// firstComma reports whether the comma at k is the sentence's first.
// Cost: linear in k.
func firstComma(toks []text.Token, k int) bool {
	for q := k - 1; q >= 0; q-- {
		if toks[q].Text == "," {
			return false
		}
	}
	return true
}

// maxClause bounds how far back a clause is searched, so that reading a
// sentence stays linear in its length.
const maxClause = 60

var _ = text.Word

// subjectBetween reports whether an actor that may be a subject (one after
// no preposition) stands in tokens [from, to).
func (ar *article) subjectBetween(s *sent, from, to int) bool {
	for _, m := range s.ments {
		if m.start >= from && m.end <= to && m.ok && !m.possPron && !ar.afterPrep(s, m.start) {
			return true
		}
	}
	return false
}
