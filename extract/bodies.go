package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

//go:embed resolution.tsv
var resolutionTSV string

// phraseList is a list of lower-case token sequences with a value each.
type phraseList struct {
	toks  [][]string
	value []string
	first map[string][]int // first word -> indices into toks, in order
	bit   uint32           // this list's bit in wordInfo.lists and sent.lists
}

// at returns the value and length of the longest phrase at toks[i:], or
// ("", 0). Cost: one map lookup, then only the phrases that begin with
// the word.
func (p *phraseList) at(toks []text.Token, i int) (string, int) {
	best, n := "", 0
	if i >= len(toks) {
		return best, n
	}
	for _, k := range p.first[toks[i].Lower] {
		ph := p.toks[k]
		if len(ph) <= n || i+len(ph) > len(toks) {
			continue
		}
		ok := true
		for q, w := range ph {
			if toks[i+q].Lower != w {
				ok = false
				break
			}
		}
		if ok {
			best, n = p.value[k], len(ph)
		}
	}
	return best, n
}

// resolutionLists are the word lists of resolution.tsv, by name.
var resolutionLists = func() map[string]*phraseList {
	out := map[string]*phraseList{}
	sc := bufio.NewScanner(strings.NewReader(resolutionTSV))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, rest, ok := strings.Cut(line, "\t")
		if !ok {
			panic(fmt.Sprintf("resolution.tsv:%d: no tab in %q", n, line))
		}
		if len(out) >= 32 {
			panic(fmt.Sprintf("resolution.tsv:%d: more than 32 lists", n))
		}
		l := &phraseList{bit: 1 << len(out)}
		for _, ph := range strings.Split(rest, ",") {
			ph, val, _ := strings.Cut(strings.TrimSpace(ph), "=")
			if err := checkListValue(name, val); err != nil {
				panic(fmt.Sprintf("resolution.tsv:%d: %s: %q: %v", n, name, ph, err))
			}
			var ws []string
			for _, t := range text.Tokenize(ph) {
				ws = append(ws, t.Lower)
			}
			l.toks = append(l.toks, ws)
			l.value = append(l.value, val)
		}
		l.first = map[string][]int{}
		for k, ws := range l.toks {
			if len(ws) > 0 {
				l.first[ws[0]] = append(l.first[ws[0]], k)
			}
		}
		out[name] = l
	}
	return out
}()

// checkListValue checks the value of a phrase of the resolution.tsv list
// name, for the lists whose values the passes parse.
func checkListValue(name, val string) error {
	switch name {
	case "manynumbers":
		if _, err := strconv.Atoi(val); err != nil {
			return fmt.Errorf("want word=count")
		}
	case "regionblocs":
		if val == "" {
			return fmt.Errorf("want adjective=body")
		}
	case "contextcapitals":
		if st, dem, ok := strings.Cut(val, "/"); !ok || st == "" || dem == "" || strings.Contains(dem, "/") {
			return fmt.Errorf("want capital=state/demonym")
		}
	}
	return nil
}

// word returns the value of the one-word phrase w, or false.
func (p *phraseList) word(w string) (string, bool) {
	for _, k := range p.first[w] {
		if len(p.toks[k]) == 1 {
			return p.value[k], true
		}
	}
	return "", false
}

// spokesFor reads "a spokesman for X", "a spokesperson for the Chinese
// foreign ministry" as one mention of X (a state, a state's organ or a
// body), as "a Chinese foreign ministry spokesman" already is: an unnamed
// spokesperson speaks for what they speak for (relations.md: a readout
// attributable to a spokesperson is the state's). A named one ("a
// spokesman for X, Y,") is left to the apposition. Cost: O(tokens).
func (ar *article) spokesFor(s *sent) {
	toks := s.toks
	spokes := resolutionLists["spokes"]
	if s.lists&spokes.bit == 0 {
		return // (no word of the sentence begins a phrase of the list)
	}
	changed := false
	for j := 0; j+2 < len(toks); j++ {
		_, q := listThenObject(s, spokes, j, "for", "of")
		if q < 0 {
			continue
		}
		x := s.ments[s.at[q]]
		if x.start != q && !(x.start == q-1 && toks[x.start].Lower == "the") || x.media {
			continue
		}
		st := j
		if st > 0 && s.at[st-1] < 0 && (toks[st-1].Lower == "a" || toks[st-1].Lower == "an" || toks[st-1].Lower == "the") {
			st--
		}
		if x.via == viaDefinite && !x.heads {
			// "a spokesman for the foreign ministry", "for the group": the
			// description, resolved later, with the spokesperson in it
			x.start = st
			s.replace(x)
			changed = true
			j = x.end - 1
			continue
		}
		if !x.ok || x.actor.Kind == graph.Person {
			continue
		}
		end := x.end
		if o := organAt(ar.x.lex, toks, end); o > 0 {
			end += o // "for the Chinese foreign ministry"
		} else if x.via == viaDemonym {
			continue // "for the Chinese community": no body
		}
		if end < len(toks) && toks[end].Text == "," && end+1 < len(toks) && s.at[end+1] >= 0 && s.ments[s.at[end+1]].actor.Kind == graph.Person {
			continue // "a spokesman for the ministry, Lin Jian,": the person
		}
		m := mention{start: st, end: end, actor: x.actor, ok: true, via: viaMetonym}
		if x.actor.Kind == graph.Org {
			m.via = viaName
		}
		s.replace(m)
		changed = true
		j = end - 1
	}
	if changed {
		s.index()
	}
}

// headsOf reads "the leaders of France and Germany", "the foreign
// ministers of Egypt, Sudan and Ethiopia" as the list of each state's
// office-holder: the person of that office the article names (a title
// resolves to the person named anywhere in the article), else the state
// (an unnamed office-holder is the state). Without it the states stand
// after "of", out of the subject. Runs once every sentence's persons are
// known. Cost: O(tokens).
func (ar *article) headsOf(s *sent) {
	toks := s.toks
	heads := resolutionLists["heads"]
	if s.lists&heads.bit == 0 {
		return // (no word of the sentence begins a phrase of the list)
	}
	changed := false
	for j := 0; j+2 < len(toks); j++ {
		class, q := listThenObject(s, heads, j, "of")
		if q < 0 {
			continue
		}
		first := s.at[q]
		var members []int
		for k := first; k < len(s.ments); {
			m := s.ments[k]
			if !m.ok || m.media || m.actor.Kind == graph.Person || m.via == viaPronoun {
				break
			}
			members = append(members, k)
			e := m.end
			if e < len(toks) && toks[e].Text == "," {
				e++
			}
			if e < len(toks) && toks[e].Lower == "and" {
				e++
			}
			if e == m.end || e >= len(toks) || s.at[e] < 0 || s.at[e] != k+1 {
				break
			}
			k++
		}
		if len(members) == 0 {
			continue
		}
		st := j
		if st > 0 && s.at[st-1] < 0 && toks[st-1].Lower == "the" {
			st--
		}
		title := ""
		if class == "leader" {
			title = "leader"
		}
		for _, k := range members {
			m := &s.ments[k]
			if class == "" || m.actor.Kind != graph.State {
				continue
			}
			if a, ok := ar.byTitle(class, title, m.actor.Name, s.Index); ok {
				m.actor = a
			}
		}
		s.ments[first].start = st
		changed = true
		j = s.ments[members[len(members)-1]].end - 1
	}
	if changed {
		s.index()
	}
}

// descriptorNames takes "Dubai ruler", "UAE ruler", "Libyan strongman"
// into the name of the person they stand before: a descriptor noun (no
// office of the lexicon's roles) after a place, a state or a demonym is a
// title, not a state or a word that breaks a list ("with Abu Dhabi Crown
// Prince X and Dubai ruler Y"). Cost: O(mentions).
func (ar *article) descriptorNames(s *sent) {
	toks := s.toks
	desc := resolutionLists["descriptors"]
	for k := 0; k < len(s.ments); k++ {
		m := s.ments[k]
		if !m.ok || m.actor.Kind != graph.Person || m.start < 2 {
			continue
		}
		d := m.start - 1
		n := 0
		for b := d; b >= 0 && b >= m.start-3; b-- {
			if _, l := desc.at(toks, b); l > 0 && b+l == m.start && s.at[b] < 0 {
				d, n = b, l
			}
		}
		if n == 0 || toks[d].Cap && d > 0 && toks[d-1].Kind != text.Punct {
			continue
		}
		st := -1
		if d >= 2 && toks[d-1].Kind == text.Poss && s.at[d-1] < 0 && s.at[d-2] >= 0 {
			d-- // "eastern Libya's strongman"
		}
		if p := s.at[d-1]; p >= 0 {
			if o := s.ments[p]; o.ok && !o.media && o.actor.Kind == graph.State && o.end == d {
				st = o.start // "UAE ruler", "Libyan strongman"
			}
		} else {
			b := d - 1
			for b >= 0 && b >= d-2 && s.at[b] < 0 && toks[b].Kind == text.Word && toks[b].Cap && !s.isWord(b, lexicon.NotName) {
				b--
			}
			if b < d-1 {
				st = b + 1 // "Dubai ruler": a place the dictionary does not know
			}
		}
		if st < 0 {
			continue
		}
		m.start = st
		s.replace(m)
		k = s.at[m.start]
	}
}

// peopleIndex maps a stateless people's word, lower case ("kurdish",
// "kurds"), to the organisations the dictionary says stand for it.
func (x *Extractor) peopleIndex() map[string][]string {
	x.peopleOnce.Do(func() {
		x.peoples = map[string][]string{}
		for _, e := range x.dict.Entries() {
			for _, w := range e.People {
				k := text.Lower(w)
				x.peoples[k] = append(x.peoples[k], e.Name)
			}
		}
	})
	return x.peoples
}

// peopleBodies reads a stateless people named as a body, "the Kurds",
// "Kurdish forces", "Kurdish and Turkish forces", as the one armed group
// or authority of that people the article names most (the SDF in an
// article about northern Syria, the Kurdistan Regional Government in one
// about Erbil's referendum); when the article names none, or two as often,
// it stays no actor. Runs once every sentence's mentions are known. Cost:
// O(tokens) a sentence, O(mentions) once an article.
func (ar *article) peopleBodies(s *sent) {
	toks := s.toks
	peoples := ar.x.peopleIndex()
	nouns := resolutionLists["peoplenouns"]
	for j := 0; j < len(toks); j++ {
		t := toks[j]
		if s.at[j] >= 0 || t.Kind != text.Word || !t.Cap {
			continue
		}
		orgs := peoples[t.Lower]
		if len(orgs) == 0 {
			continue
		}
		st, end := j, 0
		switch _, n := nouns.at(toks, j+1); {
		case n > 0 && s.at[j+1] < 0:
			end = j + 1 + n // "Kurdish forces"
		case j > 0 && toks[j-1].Lower == "the" && s.at[j-1] < 0 && strings.HasSuffix(t.Lower, "s") && (j+1 >= len(toks) || !toks[j+1].Cap && toks[j+1].Kind != text.Poss):
			st, end = j-1, j+1 // "the Kurds"
		case j+3 < len(toks) && toks[j+1].Lower == "and" && s.at[j+2] >= 0:
			// "Kurdish and Turkish forces": the demonym's noun is theirs too
			if o := s.ments[s.at[j+2]]; o.via == viaDemonym && o.end < len(toks) {
				if _, n := nouns.at(toks, o.end); n > 0 {
					end = j + 1
				}
			}
		}
		if end == 0 {
			continue
		}
		if st == j && j > 0 && s.at[j-1] >= 0 {
			// "Syrian Kurdish forces": that state's group of the people
			o := s.ments[s.at[j-1]]
			if o.via != viaDemonym || o.end != j || o.actor.Kind != graph.State {
				continue
			}
			var in []string
			for _, name := range orgs {
				if e, ok := ar.x.dict.Lookup(name); ok && e.Country == o.actor.Name {
					in = append(in, name)
				}
			}
			orgs, st = in, o.start
		}
		a, ok := ar.mostNamed(orgs)
		if !ok {
			if st < j && toks[st].Lower != "the" {
				// "Syrian Kurdish fighters" with no group of theirs named:
				// a people's fighters, never the state of the demonym (a
				// mention of no actor)
				s.replace(mention{start: st, end: end, via: viaName})
				j = end - 1
			}
			continue
		}
		s.replace(mention{start: st, end: end, actor: a, ok: true, via: viaName})
		j = end - 1
	}
}

// mostNamed is the organisation of names the article names most, when one
// is named more than the others. Cost: O(mentions) once an article.
func (ar *article) mostNamed(names []string) (graph.Actor, bool) {
	if ar.orgCount == nil {
		ar.orgCount = map[string]int{}
		ar.orgActor = map[string]graph.Actor{}
		for _, s := range ar.sents {
			for _, m := range s.ments {
				if m.ok && !m.media && m.actor.Kind == graph.Org {
					ar.orgCount[m.actor.Name]++
					ar.orgActor[m.actor.Name] = m.actor
				}
			}
		}
	}
	best, n, tie := "", 0, false
	for _, name := range names {
		switch c := ar.orgCount[name]; {
		case c > n:
			best, n, tie = name, c, false
		case c == n && c > 0:
			tie = true
		}
	}
	if n == 0 || tie {
		return graph.Actor{}, false
	}
	return ar.orgActor[best], true
}

// portfolioAfterOwner reports whether the role at j follows a state's
// possessive or name through one or two lower-case portfolio words:
// "Australia's trade minister, Simon Birmingham,", "the Iraqi oil
// minister, X,". The name after the comma is then the holder, as it is
// after "Qatar's emir,". Cost: a few tokens.
func portfolioAfterOwner(s *sent, j int) bool {
	toks := s.toks
	for b := j - 1; b >= 1 && b >= j-2; b-- {
		t := toks[b]
		if t.Kind != text.Word || t.Cap || s.at[b] >= 0 || s.cueLex.Is(lexicon.NotName, t.Lower) || s.cueLex.Is(lexicon.AffStop, t.Lower) {
			return false
		}
		if p := toks[b-1]; p.Kind == text.Poss || s.at[b-1] >= 0 && s.ments[s.at[b-1]].actor.Kind == graph.State {
			return true
		}
	}
	return false
}

// listThenObject matches, at token j, a phrase of list l, one of the
// prepositions preps, an optional "the" and a mention: "a spokesman for
// (the) X", "the leaders of X". It returns the phrase's class and the
// mention's first token, or q = -1.
func listThenObject(s *sent, l *phraseList, j int, preps ...string) (class string, q int) {
	toks := s.toks
	if s.at[j] >= 0 {
		return "", -1
	}
	class, n := l.at(toks, j)
	if n == 0 || j+n+1 >= len(toks) || !slices.Contains(preps, toks[j+n].Lower) {
		return "", -1
	}
	q = j + n + 1
	if toks[q].Lower == "the" && s.at[q] < 0 {
		q++
	}
	if q >= len(toks) || s.at[q] < 0 {
		return "", -1
	}
	return class, q
}
