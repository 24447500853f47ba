package extract

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
