package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// continuedQuote gives a paragraph that is one unattributed quotation the
// speaker of the quotation that closes the paragraph before it: news
// English quotes a speaker over several paragraphs and names them once
// ("\"...,\" Watson said.¶\"The door has not closed ...\""). prev is the
// sentence right before s = ar.sents[i], which opens with a quotation mark. The
// paragraph of s must attribute nothing itself, and prev must end its
// paragraph with an attributed quotation. Cost: O(sentences of the
// paragraph).
func (ar *article) continuedQuote(i int) {
	if i <= 0 || i >= len(ar.sents) {
		return
	}
	prev, s := ar.sents[i-1], ar.sents[i]
	if prev.Para != s.Para-1 || len(prev.quoteIDs) == 0 || len(s.quoteIDs) == 0 {
		return
	}
	r, ok := ar.speakers[prev.quoteIDs[len(prev.quoteIDs)-1]]
	if !ok || !r.m.ok || r.m.media {
		return
	}
	for _, o := range ar.sents[i:] {
		if o.Para != s.Para {
			break
		}
		if o.speaker != nil {
			return // the paragraph names its own speaker
		}
	}
	ar.speakers[s.quoteIDs[0]] = r
}

// regionStateAt matches a region of two capitalised words and a state
// noun at j, "South American country", "West African nation", "Central
// Asian state", and returns its length, or 0.
func regionStateAt(lex *lexicon.Lexicon, toks []text.Token, j int) int {
	if j+2 >= len(toks) || !toks[j].Cap || !toks[j+1].Cap || toks[j+2].Cap || toks[j].Kind != text.Word || toks[j+1].Kind != text.Word {
		return 0
	}
	if !lex.Is(lexicon.DefiniteState, toks[j+2].Lower) && toks[j+2].Lower != "state" {
		return 0
	}
	if j+3 < len(toks) && lex.Is(lexicon.StateAdjUse, toks[j+3].Lower) {
		return 0
	}
	return 3
}

// earlyDefinite is mention k of s, with a definite description of a state
// ("the South American country") settled early, before the discourse pass,
// to the nearest state named before it in the sentence or in the two
// sentences before: so that "tensions between the Caribbean nation and
// Guyana" is a pair of sides for a later "both parties". Other mentions
// are returned as they are.
func (ar *article) earlyDefinite(s *sent, k int) mention {
	m := s.ments[k]
	if m.ok || m.via != viaDefinite || m.head != "state" {
		return m
	}
	region := ar.regionOf(m, s)
	isState := func(o mention) bool {
		return o.ok && !o.media && o.via != viaDefinite && o.actor.Kind == graph.State && (region == nil || region[o.actor.Name])
	}
	for q := k - 1; q >= 0; q-- {
		if isState(s.ments[q]) {
			m.actor, m.ok = s.ments[q].actor, true
			return m
		}
	}
	for i := s.Index - 1; i >= s.Index-2; i-- {
		o := ar.sentAt(i)
		if o == nil {
			continue
		}
		for q := len(o.ments) - 1; q >= 0; q-- {
			if isState(o.ments[q]) {
				m.actor, m.ok = o.ments[q].actor, true
				return m
			}
		}
	}
	return m
}

// speechLeadIn skips, from e, at most five words of a lead-in (lexicon.LeadIn,
// auxiliaries, adverbs in -ly) before the verb "we" performs, and returns
// where the verb stands; e itself when there is none.
func speechLeadIn(s *sent, e int) int {
	k := e
	for k < len(s.toks) && k < e+5 {
		w := s.toks[k].Lower
		if !s.isWord(k, lexicon.LeadIn) && !strings.HasSuffix(w, "ly") && !s.is(k, lexicon.Aux) {
			break
		}
		k++
	}
	if k < len(s.toks) && s.is(k, lexicon.SpeechAct) {
		return k
	}
	return e
}

// sentAt is the sentence numbered idx, or nil: found directly where the
// numbering follows the slice (always, outside windows), else by a scan.
func (ar *article) sentAt(idx int) *sent {
	if idx >= 0 && idx < len(ar.sents) && ar.sents[idx].Index == idx {
		return ar.sents[idx]
	}
	for _, o := range ar.sents {
		if o.Index == idx {
			return o
		}
	}
	return nil
}

// reach is the sentences numbered from si-back to si+ahead, in order.
// Cost: O(back+ahead) where the numbering follows the slice.
func (ar *article) reach(si, back, ahead int) []*sent {
	var out []*sent
	for i := si - back; i <= si+ahead; i++ {
		if o := ar.sentAt(i); o != nil {
			out = append(out, o)
		}
	}
	return out
}
