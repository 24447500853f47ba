package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Context: what the article as a whole tells of a state. contextCountry is
// the state a person named with a bare title belongs to: a place or a
// possessor in the sentence, the subject of the sentence before, the
// dateline (datelineState), else the state named most so far (countStates).
// "Congo" is the Democratic Republic when the article speaks of Kinshasa,
// Goma, the M23 ... (congo); a capital whose word names other things too
// stands for its state only where the article names that state
// (contextCapital).

// contextCountry is the state an official named with a bare title belongs
// to, read from the nearest context: a place in the sentence ("told
// lawmakers in Taipei"), a state named as a possessor in the sentence
// ("Washington's commitment"), else the state the article has named most
// so far. It returns "" when the article names none.
func (ar *article) contextCountry(s *sent) string {
	toks := s.toks
	for _, m := range s.ments {
		if !m.ok || m.media || m.actor.Kind != graph.State {
			continue
		}
		if m.start > 0 && (toks[m.start-1].Lower == "in" || toks[m.start-1].Lower == "from") {
			return m.actor.Name
		}
	}
	for _, m := range s.ments {
		if m.ok && !m.media && m.actor.Kind == graph.State && m.end < len(toks) && toks[m.end].Kind == text.Poss {
			return m.actor.Name
		}
	}
	// the preceding clause: "Malaysia ... urged both sides. Prime Minister X
	// said ..."
	if s.Index > 0 && s.Index-1 < len(ar.sents) {
		if c := subjectCountry(ar.sents[s.Index-1]); c != "" {
			return c
		}
	}
	if c := ar.datelineState(); c != "" {
		return c
	}
	best, n := "", 0
	for _, c := range ar.stateOrder {
		if ar.stateCount[c] > n {
			best, n = c, ar.stateCount[c]
		}
	}
	return best
}

// subjectCountry is the country of the first actor of a sentence when it
// opens the sentence (its subject, in news style), or "".
func subjectCountry(s *sent) string {
	if len(s.ments) == 0 {
		return ""
	}
	m := s.ments[0]
	if !m.ok || m.media || m.start > 1 {
		return ""
	}
	if m.actor.Kind == graph.State {
		return m.actor.Name
	}
	return m.actor.Country
}

// datelineState is the state of the place in the article's dateline
// ("TAIPEI (Reuters) -", "NEW DELHI, May 8 —", "BAKU, Azerbaijan, July 2."),
// or "". It reads the first line of the raw text, which segmentation cuts
// the dateline from, and, when that line is a headline standing alone,
// the first line after it. Computed once.
func (ar *article) datelineState() string {
	if ar.dateline != nil {
		return *ar.dateline
	}
	none := ""
	ar.dateline = &none
	rest := strings.TrimSpace(ar.a.Text)
	for try := 0; try < 2 && rest != ""; try++ {
		head := rest
		if nl := strings.IndexByte(head, '\n'); nl >= 0 {
			head, rest = head[:nl], strings.TrimSpace(head[nl+1:])
		} else {
			rest = ""
		}
		if c := ar.datelinePlace(head); c != "" {
			ar.dateline = &c
			return c
		}
	}
	return none
}

// datelinePlace reads a dateline at the start of line: up to four words in
// capitals before a comma, bracket or dash that name a place the
// dictionary knows. It returns the place's state, or "".
func (ar *article) datelinePlace(line string) string {
	if len(line) > 80 {
		line = line[:80]
	}
	toks := text.Tokenize(line)
	var words []string
	i := 0
	for i < len(toks) && i < 4 && toks[i].Kind == text.Word && toks[i].Upper {
		w := toks[i].Lower
		words = append(words, strings.ToUpper(w[:1])+w[1:])
		i++
	}
	if len(words) == 0 || i >= len(toks) {
		return ""
	}
	switch toks[i].Text {
	case ",", "(", "-", "—", "–", ":", "--":
	default:
		return ""
	}
	pt := text.Tokenize(strings.Join(words, " "))
	e, n := ar.x.names.longest(pt, 0)
	if e == nil || n != len(pt) || e.media {
		return ""
	}
	if e.actor.Kind == graph.State {
		return e.actor.Name
	}
	return e.actor.Country
}

// countStates adds the states a sentence names to the article's tally.
func (ar *article) countStates(s *sent) {
	for _, m := range s.ments {
		if !m.ok || m.media {
			continue
		}
		c := ""
		switch {
		case m.actor.Kind == graph.State:
			c = m.actor.Name
		case m.actor.Country != "":
			c = m.actor.Country
		}
		if c == "" {
			continue
		}
		if ar.stateCount[c] == 0 {
			ar.stateOrder = append(ar.stateOrder, c)
		}
		ar.stateCount[c]++
	}
}

// congo resolves "Congo" and "Congolese", which the dictionary leaves out
// because they name two states: the Democratic Republic of the Congo when
// the article speaks of Kinshasa, Goma, the Kivus, M23, the FDLR, Rwanda or Tshisekedi,
// else the Republic of the Congo.
func (ar *article) congo() graph.Actor {
	if ar.congoState == "" {
		ar.congoState = "Republic of the Congo"
		for _, w := range []string{"Kinshasa", "Goma", "Kivu", "M23", "Tshisekedi", "Bukavu", "Kabila", "DRC", "Ituri", "Lubumbashi", "Rwanda", "Kigali", "FDLR", "Kagame", "Kisangani", "Uvira"} {
			if strings.Contains(ar.a.Text, w) {
				ar.congoState = "Democratic Republic of the Congo"
				break
			}
		}
	}
	return stateActor(ar.congoState)
}

// contextCapital resolves a capital the dictionary leaves out because the
// word names other things too (docs/dictionary.md; resolution.tsv's
// contextcapitals) at a capitalised word t: it stands for its state only
// in an article that names that state or its people. Else it reports
// false.
func (ar *article) contextCapital(t *text.Token) (graph.Actor, bool) {
	lw := t.Lower
	v, ok := resolutionLists["contextcapitals"].word(lw)
	if !ok || !t.Cap || len(t.Text) != len(lw) || t.Text[1:] != lw[1:] {
		return graph.Actor{}, false // (only "Tripoli", never "TRIPOLI")
	}
	state, demonym, _ := strings.Cut(v, "/")
	if strings.Contains(ar.a.Text, state) || strings.Contains(ar.a.Text, demonym) {
		return stateActor(state), true
	}
	return graph.Actor{}, false
}
