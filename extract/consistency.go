package extract

import "github.com/actorgraph/actorgraph/graph"

// supportedNotAttacked drops from the edges this sentence gave (from first
// on) an ATTACKED edge whose source the sentence also tells SUPPORTED the
// same target: "Russia launched air strikes in Syria in support of
// President Bashar al-Assad's regime" struck in Syria for its government,
// not Syria itself. One side helped is never the side struck in one
// sentence; the support is the reading the text states outright. Cost:
// linear in the sentence's edges (a few).
func (ar *article) supportedNotAttacked(s *sent, first int) {
	drop := false
	for _, e := range ar.out[first:] {
		if e.Relation == graph.Attacked && ar.supportedIn(first, e) {
			drop = true
			break
		}
	}
	if !drop {
		return
	}
	kept := ar.out[:first]
	for i := first; i < len(ar.out); i++ {
		e := ar.out[i]
		a, b := e.Source.Name, e.Target.Name
		if e.Relation.Symmetric() && b < a {
			a, b = b, a
		}
		key := edgeKey{e.SentenceIndex, a, string(e.Relation), b}
		if e.Relation == graph.Attacked && ar.supportedIn(first, e) {
			delete(ar.seen, key)
			continue
		}
		ar.seen[key] = len(kept)
		kept = append(kept, e)
	}
	clear(ar.out[len(kept):])
	ar.out = kept
}

// supportedIn reports whether an edge from first on tells e's source
// SUPPORTED e's target.
func (ar *article) supportedIn(first int, e graph.Edge) bool {
	for _, o := range ar.out[first:] {
		if o.Relation == graph.Supported && o.Source.Name == e.Source.Name && o.Target.Name == e.Target.Name {
			return true
		}
	}
	return false
}
