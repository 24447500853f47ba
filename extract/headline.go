package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Headlines in title case ("Erdogan Urges Putin to Halt Idlib Offensive")
// capitalise every word, so the verb reads as a name ("Erdogan Urges")
// and no edge is read. truecaseHeadlines gives such a headline the case
// the article's own sentences give its words (a standard truecasing by
// the document): a capitalised word is read in lower case when the
// article's other sentences never capitalise it where a sentence does
// not begin, and either write it in lower case or it is a word of the
// lexicon that begins no name of the dictionary. Words the body
// capitalises ("Security Council", "Gallant"), names and acronyms keep
// their capitals.

// Title case: a short paragraph of one sentence with no full stop at its
// end, of at least titleMinWords words, at least titleCapShare of whose
// content words (not the lexicon's titlesmall words) begin with a capital.
const (
	titleMinWords = 4
	titleCapShare = 0.85
)

// titleHeadline reports whether sentence i of the article is a headline
// in title case: a paragraph of its own with no full stop at its end.
// Cost: linear in the sentence.
func (ar *article) titleHeadline(i int) bool {
	if !ar.headlineAt(i) {
		return false
	}
	toks := ar.sents[i].toks
	words, content, caps := 0, 0, 0
	for _, t := range toks {
		if t.Kind != text.Word {
			continue
		}
		words++
		if ar.x.lex.Is(lexicon.TitleSmall, t.Lower) {
			continue
		}
		content++
		if t.Cap {
			caps++
		}
	}
	return words >= titleMinWords && float64(caps) >= titleCapShare*float64(content)
}

// headlineAt reports whether sentence i of the article stands as a
// headline does: a paragraph of its own with no full stop at its end.
// Cost: constant.
func (ar *article) headlineAt(i int) bool {
	s := ar.sents[i]
	alone := (i == 0 || ar.sents[i-1].Para != s.Para) && (i+1 == len(ar.sents) || ar.sents[i+1].Para != s.Para)
	return alone && len(s.toks) > 0 && s.toks[len(s.toks)-1].Text != "."
}

// truecaseHeadlines lowers the capitals of the words of title-case
// headlines that the article writes in lower case (see above). It runs
// before findMentions. Cost: linear in the article when it has such a
// headline; a pass over its first sentences' words otherwise.
func (ar *article) truecaseHeadlines() {
	var heads []*sent
	for i, s := range ar.sents {
		if ar.titleHeadline(i) {
			heads = append(heads, s)
		}
	}
	if len(heads) == 0 {
		return
	}
	isHead := make(map[*sent]bool, len(heads))
	for _, s := range heads {
		isHead[s] = true
	}
	// the article's own usage, from its other sentences
	lower, capMid := map[string]bool{}, map[string]bool{}
	for _, s := range ar.sents {
		if isHead[s] {
			continue
		}
		first := true // the sentence's first word, or the first in a quotation
		for _, t := range s.toks {
			if t.Kind != text.Word {
				if t.Kind == text.Quote {
					first = true
				}
				continue
			}
			switch {
			case !t.Cap:
				lower[t.Lower] = true
			case !first && !t.Upper:
				capMid[t.Lower] = true
			}
			first = false
		}
	}
	for _, s := range heads {
		for k := 1; k < len(s.toks); k++ {
			t := &s.toks[k]
			if t.Kind != text.Word || !t.Cap || t.Upper || capMid[t.Lower] {
				continue
			}
			wi := ar.x.words.get(t.Lower)
			if lower[t.Lower] || wi.name == nil && (wi.forms != nil || wi.single != 0 || wi.multi != 0) {
				t.Cap = false
			}
		}
	}
}

// headlineFuture reports whether the verb at i is a headline's future:
// "Indonesia to summon Chinese envoy", "Biden to meet Xi in San
// Francisco". A headline tells what is planned by its subject and an
// infinitive, with no verb before (news style: the infinitive is the
// future), and a plan is no act (relations.md). The sentence is a
// paragraph of its own with no full stop, and its subject opens it.
// Cost: constant.
func (ar *article) headlineFuture(s *sent, i int) bool {
	toks := s.toks
	if i < 2 || toks[i-1].Lower != "to" || s.gAt[0] < 0 || s.groups[s.gAt[0]].end != i-1 {
		return false
	}
	// (a sentence's index is its place among the article's sentences)
	return s.Index < len(ar.sents) && ar.sents[s.Index] == s && ar.headlineAt(s.Index)
}
