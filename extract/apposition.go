package extract

import (
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// titleScope reads what stands right after an unnamed office-holder (a
// viaTitle mention m of sentence s): "of [the] X" names the state whose
// office it is ("the Foreign Minister of the Kingdom of Saudi Arabia"), and
// an apposition ", NAME," names the holder ("..., Faisal bin Farhan,").
// It returns the state's name ("" for none) and the named person (nil for
// none). Cost: a few tokens.
func (ar *article) titleScope(s *sent, m *mention) (country string, holder *mention) {
	toks := s.toks
	e := m.end
	if e+1 < len(toks) && (toks[e].Lower == "of" || toks[e].Lower == "to" || toks[e].Lower == "from") {
		q := e + 1
		if q < len(toks) && toks[q].Lower == "the" && s.at[q] < 0 {
			q++
		}
		if q < len(toks) && s.at[q] >= 0 {
			if o := s.ments[s.at[q]]; o.ok && !o.media && o.actor.Kind == graph.State {
				if toks[e].Lower == "of" || toks[e].Lower == "from" {
					country = o.actor.Name
				}
				e = o.end
			}
		}
	}
	if e+1 < len(toks) && toks[e].Text == "," && s.at[e+1] >= 0 {
		p := &s.ments[s.at[e+1]]
		closes := p.end >= len(toks) || toks[p.end].Text == "," || toks[p.end].Kind == text.Punct || toks[p.end].Lower == "about" || toks[p.end].Lower == "on"
		if p.ok && p.actor.Kind == graph.Person && closes && (country == "" || p.actor.Country == country) && p.via != viaPronoun {
			holder = p
		}
	}
	return country, holder
}
