package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

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

// statedSupport applies relations.md's two-edge convention to support told
// in reported speech: a person who states their own state's support is a
// source of it too, and the state whose support the person states is
// one. "Cavusoglu said that Turkey stands with Azerbaijan" gives Turkey
// and Mevlut Cavusoglu SUPPORTED Azerbaijan; "Blinken told Pashinyan the
// United States supports Armenia" gives Antony Blinken and the United
// States. The sayer is the person before the sentence's first verb of
// saying; the state must be the subject of the clause said. Cost:
// linear in the sentence and its edges.
func (ar *article) statedSupport(s *sent, first int) {
	told := false
	for i := first; i < len(ar.out) && !told; i++ {
		told = ar.out[i].Relation == graph.Supported
	}
	if !told {
		return // (no support told in the sentence)
	}
	toks := s.toks
	v := -1
	for k := 1; k < len(toks); k++ {
		if ar.sayVerbAt(s, k) {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	sayer := ar.subjectBefore(s, v)
	if sayer == nil || !sayer.ok || sayer.actor.Kind != graph.Person || sayer.actor.Country == "" {
		return
	}
	// the state is the subject of the clause said: the first actor after
	// the verb ("said Washington backed"), or the first after the one told
	// ("told Pashinyan the United States supports"), never a possessor
	var state *mention
	for q := range s.ments {
		m := &s.ments[q]
		if m.start <= v {
			continue
		}
		if m.start == v+1 && s.cue(ar.x.lex, v, lexicon.TellVerb) > 0 {
			continue // the one told
		}
		if m.ok && m.actor.Kind == graph.State && m.actor.Name == sayer.actor.Country && m.via != viaDemonym && m.end < len(toks) && toks[m.end].Kind == text.Word && !toks[m.end].Cap {
			state = m
		}
		break
	}
	if state == nil {
		return
	}
	n := len(ar.out)
	for i := first; i < n; i++ {
		e := ar.out[i]
		if e.Relation != graph.Supported || e.SentenceIndex != s.Index {
			continue
		}
		var other *mention
		switch e.Source.Name {
		case state.actor.Name:
			other = sayer
		case sayer.actor.Name:
			other = state
		default:
			continue
		}
		for q := range s.ments {
			if t := s.ments[q]; t.ok && t.actor.Name == e.Target.Name {
				ar.emitAll(s, []mention{*other}, graph.Supported, []mention{t}, e.Trigger, wVerb)
				break
			}
		}
	}
}
