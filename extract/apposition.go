package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// titleAppositionEnd returns the comma that closes an apposition giving
// the office of the member before it towards another actor, opened by
// the comma at e: "Ana Rojas, adviser to President Gabriel Boric, and
// Luis Quispe held talks" (the adviser's principal is no member of the
// list). The apposition is a
// title of roles.tsv, "to", "of" or "for", and one mention closed by a
// comma. It returns e when there is none. Cost: at most twelve tokens.
func (ar *article) titleAppositionEnd(s *sent, e int) int {
	toks := s.toks
	if e+4 >= len(toks) || toks[e].Text != "," || s.at[e+1] >= 0 {
		return e
	}
	_, n := ar.x.lex.Role(toks, e+1)
	q := e + 1 + n
	if n == 0 || q+1 >= len(toks) || toks[q].Lower != "to" && toks[q].Lower != "of" && toks[q].Lower != "for" {
		return e
	}
	for p := q + 1; p < len(toks) && p <= q+4; p++ {
		if m := s.at[p]; m >= 0 {
			c := s.ments[m].end
			if s.ments[m].start == p && c < len(toks) && toks[c].Text == "," {
				return c
			}
			return e
		}
		if t := toks[p]; t.Kind != text.Word || s.is(p, lexicon.Say) || s.is(p, lexicon.TriggerStart) {
			return e
		}
	}
	return e
}
