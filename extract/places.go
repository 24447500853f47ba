package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Places: a city named as the object of force stands for the state it lies
// in ("Russian missiles struck Kharkiv": Russia ATTACKED Ukraine;
// relations.md, force against a state's territory). Cities are no
// mentions: they are read only where an object is looked for (objectAt),
// and emit keeps them only as the target of an attack by an actor of
// another state or by an armed group of its own, so a city never speaks,
// meets or is urged, and a state never attacks itself.

// placeIndex finds city names (dict.Places) in tokens: for each lower-case
// first word, the names that begin with it, longest first.
type placeIndex map[string][]placeName

type placeName struct {
	words []string // as written, case-sensitive
	state string
}

// buildPlaces indexes the gazetteer. Cost: linear in its size.
func buildPlaces(p *dict.Places) placeIndex {
	if p == nil {
		return nil
	}
	idx := placeIndex{}
	for _, n := range p.Names() {
		st, _ := p.State(n)
		ws := strings.Fields(n)
		if len(ws) == 0 {
			continue
		}
		k := strings.ToLower(ws[0])
		l := append(idx[k], placeName{words: ws, state: st})
		for i := len(l) - 1; i > 0 && len(l[i].words) > len(l[i-1].words); i-- {
			l[i], l[i-1] = l[i-1], l[i]
		}
		idx[k] = l
	}
	return idx
}

// at returns the state of the longest city name at toks[i] and its length
// in tokens, or ("", 0). The text must match the name's case. Cost: one map
// lookup and the names sharing the first word.
func (idx placeIndex) at(toks []text.Token, i int) (string, int) {
	if i >= len(toks) || toks[i].Kind != text.Word || !toks[i].Cap {
		return "", 0
	}
	for _, p := range idx[toks[i].Lower] {
		if i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for q, w := range p.words {
			if toks[i+q].Text != w {
				ok = false
				break
			}
		}
		// a longer capitalised name goes on: "Mosul Dam" is no city
		if ok && (i+len(p.words) >= len(toks) || !toks[i+len(p.words)].Cap || toks[i+len(p.words)].Kind != text.Word) {
			return p.state, len(p.words)
		}
	}
	return "", 0
}

// placeObject returns the city named at k as a target mention, when no
// actor stands there: "struck Kharkiv", "strikes on Odesa and Kharkiv"
// (each city of a list joined by commas and "and").
func (ar *article) placeObject(s *sent, k int) ([]mention, int) {
	toks := s.toks
	var out []mention
	e := k
	for e < len(toks) && s.at[e] < 0 {
		st, n := ar.x.places.at(toks, e)
		if n == 0 {
			break
		}
		out = append(out, mention{start: e, end: e + n, actor: stateActor(st), via: viaPlace})
		e += n
		if e+1 < len(toks) && (toks[e].Lower == "and" || toks[e].Text == ",") && s.at[e+1] < 0 {
			if _, m := ar.x.places.at(toks, e+1); m > 0 {
				e++
				continue
			}
			if e+2 < len(toks) && toks[e].Text == "," && toks[e+1].Lower == "and" {
				e++
				continue
			}
		}
		break
	}
	if len(out) == 0 || e < len(toks) && toks[e].Lower == "from" {
		return nil, -1 // "captured Goma from Congolese forces": the one it was taken from is the target
	}
	return out, e
}

// placeTarget settles a city target for emit: kept as its state only as the
// target of an attack, by an actor of another state or by an armed group
// of its own ("the Houthis seized Sanaa": the Houthis ATTACKED Yemen), never
// by the state, its organs or its officials ("the army shelled X").
func (x *Extractor) placeTarget(src mention, rel graph.Relation, tgt mention) (mention, bool) {
	if rel != graph.Attacked || src.actor.Name == tgt.actor.Name {
		return tgt, false
	}
	if src.actor.Country == tgt.actor.Name && (src.actor.Kind != graph.Org || x.stateOrgans[src.actor.Name]) {
		return tgt, false
	}
	tgt.ok = true
	return tgt, true
}
