package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// underKey opens "under fire" (keyUnder).
var underKey = []string{"under"}

// underFire reads force told from the side that suffers it: "the convoy
// came under fire from Israeli forces", "Kharkiv came under heavy
// Russian shelling", "Ukrainian positions were under attack by Russia":
// the attacker (a demonym before the noun, or the actor after from/by)
// ATTACKED the clause's subject. Cost: linear in the sentence.
func (ar *article) underFire(s *sent) {
	if !s.mayKey(keyUnder) {
		return // (no underKey: nothing to read)
	}
	toks := s.toks
	for k := range s.eachKey(keyUnder, 1, len(toks)-2) {
		// "Israeli troops put Arafat under siege": a verb of placing, its
		// object right before "under", whose subject is the attacker
		placed, v := []mention(nil), -1
		if !s.isWord(k-1, lexicon.UnderVerb) {
			g := s.gAt[k-1]
			if g < 0 || s.groups[g].end != k || s.groups[g].start < 1 || !s.isWord(s.groups[g].start-1, lexicon.UnderCause) {
				continue
			}
			placed, v = s.groupMentions(g), s.groups[g].start-1
		}
		var srcs []mention
		q := k + 1
		for q < len(toks) && q <= k+5 && !s.isWord(q, lexicon.UnderNoun) {
			if s.at[q] >= 0 {
				if m := s.ments[s.at[q]]; m.ok && !m.media && m.via != viaPronoun && m.actor.Kind != graph.Person && len(srcs) == 0 {
					// "under heavy Russian shelling", "under Hezbollah
					// fire", "under Hezbollah's fire": an attributive actor
					// (never a person: "came under Biden's fire" is words)
					srcs = []mention{m}
					q = m.end
					if q < len(toks) && toks[q].Kind == text.Poss {
						q++
					}
					continue
				}
				break
			}
			if !s.is(q, lexicon.Adj) && !s.is(q, lexicon.Det) && toks[q].Lower != "heavy" && toks[q].Lower != "intense" && toks[q].Lower != "sustained" && toks[q].Lower != "artillery" && toks[q].Lower != "rocket" && toks[q].Lower != "mortar" {
				break
			}
			q++
		}
		if len(placed) > 0 {
			if q >= len(toks) || !s.isWord(q, lexicon.UnderNoun) || ar.blocked(s, v) {
				continue
			}
			if len(srcs) == 0 {
				srcs, _ = ar.subject(s, v, nil)
			}
			ar.emitAll(s, srcs, graph.Attacked, ar.otherSide(srcs, placed), toks[v].Lower+" under "+toks[q].Lower, wNoun)
			continue
		}
		if q >= len(toks) || !s.isWord(q, lexicon.UnderNoun) || ar.blocked(s, k-1) {
			continue
		}
		if len(srcs) == 0 && q+2 < len(toks) && (toks[q+1].Lower == "from" || toks[q+1].Lower == "by") {
			srcs, _ = ar.objectAt(s, q+2)
		}
		if len(srcs) == 0 {
			continue
		}
		tgts, w := ar.subject(s, k-1, nil)
		ar.emitAll(s, srcs, graph.Attacked, ar.otherSide(srcs, tgts), "under "+toks[q].Lower, wNoun*w)
	}
}
