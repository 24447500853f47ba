package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// pluralTitles reads a plural title over a list of states as the
// office-holders of those states: "the Chilean and Peruvian interior
// ministers met at the border", "the presidents of Kenya and Uganda held
// talks with Somalia's president". Each state becomes the person of that
// office (and state) named in the article, as a bare title does ("the
// president"); a state whose holder the article never names stays the
// state (relations.md: an unnamed office-holder is the state). The plural
// title before "of" ("the presidents", "the leaders") joins the first
// member's mention, so the list opens where the title stood ("talks in
// Berlin with Erdogan, and the leaders of Greece and Cyprus" is one list
// of three). "Leaders" stay the states, after demonyms or before "of"
// ("Kenyan and Ugandan leaders agreed to end the clashes"). Cost:
// O(mentions); a title is looked up only after two coordinated states,
// and the article's persons are searched only for an office whose holder
// is sought.
func (ar *article) pluralTitles(s *sent) {
	toks := s.toks
	for k := 0; k+1 < len(s.ments); k++ {
		// the coordinated states from k: "Chilean and Peruvian", "Chile, Peru and Ecuador"
		// (joined as any list is, by ar.coordinated)
		j := k
		for j+1 < len(s.ments) && stateMention(s.ments[j]) && stateMention(s.ments[j+1]) && ar.coordinated(s, s.ments[j].end, s.ments[j+1].start) > 0 {
			j++
		}
		if j == k {
			continue
		}
		first, last := s.ments[k], s.ments[j]
		var class, title string
		drop := -1
		seek := true // each state's holder of the office is sought
		switch {
		case first.via == viaDemonym && last.via == viaDemonym:
			// "the Chilean and Peruvian interior ministers" (not "Kenyan
			// and Ugandan leaders": their clashes, their talks are the
			// states')
			class, title = ar.pluralRoleAt(s, last.end)
			if title == bareLeader {
				class = ""
			}
		case k > 0 && first.start >= 2 && toks[first.start-1].Lower == "of" && s.ments[k-1].end == first.start-1 && s.ments[k-1].via == viaTitle:
			// "the presidents of Kenya and Uganda" (a plural title as
			// pluralTitleOf reads it over groups, here over mentions)
			if sg, ok := pluralTitle(s.ments[k-1]); ok {
				class, title = ar.x.lex.RoleClass(sg), sg
				drop = k - 1
				seek = title != bareLeader // (no holder sought: "the leaders of A and B" stay the states)
			}
		}
		if class == "" {
			k = j
			continue
		}
		for q := k; seek && q <= j; q++ {
			m := s.ments[q]
			if a, ok := ar.byTitle(class, title, m.actor.Name, s.Index); ok {
				m.actor, m.via, m.title = a, viaTitle, title
				s.ments[q] = m
			}
		}
		if drop >= 0 {
			// the list stands where the title stood: "the presidents of
			// Kenya" is Kenya's president, opening the list
			m := s.ments[k]
			m.start = s.ments[drop].start
			s.replace(m)
			j--
		}
		k = j
	}
}

// bareLeader is the one title whose plural over a list of states stays
// the states: "Kenyan and Ugandan leaders", "the leaders of Greece and
// Cyprus" are the states' voices, whoever speaks for them. It is the
// title, not roles.tsv's class "leader": that class also holds
// "opposition leader" (no voice of the state: its holder is sought) and
// "chief" (read as before, by its holder).
const bareLeader = "leader"

// stateMention reports whether m names a state: "Kenya", "Peruvian".
// Cost: constant.
func stateMention(m mention) bool {
	return m.ok && !m.media && !m.possPron && m.via != viaPronoun && m.actor.Kind == graph.State
}

// pluralRoleAt returns the office class and singular title of a plural
// title of one to three words at e ("interior ministers", "Foreign
// Ministers", "leaders", "defence secretaries"), its last word made
// singular by singularNoun, or "" when none stands there. Cost: up to
// three lookups, only after coordinated demonyms.
func (ar *article) pluralRoleAt(s *sent, e int) (string, string) {
	toks := s.toks
	for n := 3; n >= 1; n-- {
		if e+n > len(toks) {
			continue
		}
		sg, ok := singularNoun(toks[e+n-1].Lower)
		if !ok {
			continue
		}
		var b strings.Builder
		ok = true
		for q := e; q < e+n; q++ {
			if toks[q].Kind != text.Word || s.at[q] >= 0 {
				ok = false
				break
			}
			if q > e {
				b.WriteByte(' ')
			}
			if q < e+n-1 {
				b.WriteString(toks[q].Lower)
			} else {
				b.WriteString(sg) // "interior ministers": "interior minister"
			}
		}
		if !ok {
			continue
		}
		title := b.String()
		if c := ar.x.lex.RoleClass(title); c != "" {
			return c, title
		}
	}
	return "", ""
}

// pluralTitleOf returns the group of states after a plural title that is
// group g alone ("the foreign ministers of Armenia, Azerbaijan and
// Russia"), or -1: the title names one office-holder of each.
func pluralTitleOf(s *sent, g int) int {
	gr := s.groups[g]
	if len(gr.ms) != 1 || gr.end+1 >= len(s.toks) || s.toks[gr.end].Lower != "of" && s.toks[gr.end].Lower != "from" {
		return -1
	}
	m := s.ments[gr.ms[0]]
	of := s.gAt[gr.end+1]
	if _, plural := pluralTitle(m); !plural || of < 0 || s.groupLen(of) < 2 {
		return -1 // ("the foreign ministers of the two countries": a pair)
	}
	return of
}

// pluralTitle returns the singular of the title of m and true when m is
// a title of plural form ("the presidents", "the foreign ministers"), the
// one office that each state of a list after it holds ("the presidents
// of Kenya and Uganda"); "", false for any other mention. Cost: that of
// singularTitle.
func pluralTitle(m mention) (string, bool) {
	if m.via != viaTitle || m.title == "" {
		return "", false
	}
	return singularTitle(m.title)
}

// singularTitle returns the singular of a plural title (lower case) and
// true: its head noun made singular, the word before the first "of", else
// the last word ("foreign ministers" → "foreign minister", "ministers of
// foreign affairs" → "minister of foreign affairs", "secretaries" →
// "secretary"); "", false when the head is no plural ("minister of
// foreign affairs", "chief"). Cost: linear in the title.
func singularTitle(t string) (string, bool) {
	h := len(t) // the head ends at h
	if i := strings.Index(t, " of "); i > 0 {
		h = i
	}
	b := strings.LastIndexByte(t[:h], ' ') + 1 // the head starts at b
	sg, ok := singularNoun(t[b:h])
	if !ok {
		return "", false
	}
	return t[:b] + sg + t[h:], true
}

// singularNoun returns the singular of the lower-case word w when w has
// the form of a regular plural, and true: "ministries" → "ministry",
// "armies" → "army", "ministers" → "minister"; "", false for a word of
// no such form ("army", "boss"). Cost: constant.
func singularNoun(w string) (string, bool) {
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y", true // "ministries", "secretaries"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1], true // "governments", "presidents"
	}
	return "", false
}
