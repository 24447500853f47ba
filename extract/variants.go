package extract

import (
	"strings"
	"unicode"

	unorm "golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Spelling variants. News English spells a name transliterated from
// Arabic, Persian, Russian or Ukrainian in several ways: "Dbeibah",
// "Dbaiba", "Dbeibeh"; "Gaddafi", "Qaddafi", "Qadhafi"; "Abdul Hamid",
// "Abdel-Hamid", "Abdulhamid". The variants differ in vowels, in doubled
// letters, in h, w and y, in q/k/g/c for one sound, in the digraphs kh,
// dh, th, ph, and in particles (al-, el-, bin; cue class particle). A
// person the text names with a title or as a speaker, whom the dictionary
// does not hold under that spelling, is the dictionary's person whose
// whole name has the same consonant skeleton (skeleton) and the same
// state, when the text gives the state (a title's demonym, an affiliation,
// the article's context) and exactly one such person exists: a skeleton
// alone is too loose a key ("Nancy Pelosi" and "Niko Peleshi" are both
// "nkpls"). Names of the states that write the family name first (East
// Asian names of short syllables: "Park Jin", "Park Ji-hoon") are never
// matched so.

// minSkeleton is the shortest skeleton matched: shorter ones ("lkmn",
// "prkjn") would join different people.
const minSkeleton = 6

// variantIndex maps a skeleton to the dictionary's persons bearing a name
// or alias with it.
type variantIndex map[string][]graph.Actor

// buildVariants indexes the persons of d by the skeletons of their names
// and aliases of two words or more. Cost: linear in the dictionary's names.
func buildVariants(d *dict.Dictionary, lex *lexicon.Lexicon) variantIndex {
	v := variantIndex{}
	for _, e := range d.Entries() {
		if e.Kind != "person" {
			continue
		}
		a := graph.Actor{Name: e.Name, Kind: graph.Person, Country: e.Country}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if !strings.ContainsAny(n, " -") {
				continue // a bare surname: too short a key
			}
			k := skeleton(lex, n)
			if len(k) < minSkeleton {
				continue
			}
			known := false
			for _, b := range v[k] {
				known = known || b == a
			}
			if !known {
				v[k] = append(v[k], a)
			}
		}
	}
	return v
}

// person returns the one dictionary person whose name has the skeleton of
// name and whose state is country, or false when none or several do, or
// country is "".
func (v variantIndex) person(lex *lexicon.Lexicon, name, country string) (graph.Actor, bool) {
	k := skeleton(lex, name)
	if country == "" || len(k) < minSkeleton {
		return graph.Actor{}, false
	}
	var found graph.Actor
	n := 0
	for _, a := range v[k] {
		if a.Country == country {
			found = a
			n++
		}
	}
	return found, n == 1
}

// variantIndex is x's index of spellings, built on its first use (about
// 30 ms and 2 MB; most articles never need it).
func (x *Extractor) variantIndex() variantIndex {
	x.variantsOnce.Do(func() { x.variants = buildVariants(x.dict, x.lex) })
	return x.variants
}

// knownSpelling is a, a person read from the text, or the dictionary's
// person it spells another way (variantIndex).
func (ar *article) knownSpelling(a graph.Actor) graph.Actor {
	if a.Country == "" || ar.x.familyFirst[a.Country] {
		return a
	}
	if b, ok := ar.x.variantIndex().person(ar.x.lex, a.Name, a.Country); ok {
		return b
	}
	return a
}

// skeleton is the consonant skeleton of a name: its words less particles,
// folded to lower-case ASCII letters, the digraphs kh, dh, th, ph and gh
// read as one letter, q, c and g as k, vowels, h, w and y dropped, and
// doubled letters once, all words run together ("Abdel-Hamid Dbaiba" and
// "Abdul Hamid Dbeibah" are both "bdlmddb").
func skeleton(lex *lexicon.Lexicon, name string) string {
	var b strings.Builder
	var last byte
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '\u2010' }) {
		w = fold(w)
		if w == "" || lex.Is(lexicon.Particle, w) || lex.Is(lexicon.Particle, w+"-") {
			continue
		}
		for _, d := range [][2]string{{"kh", "k"}, {"dh", "d"}, {"th", "t"}, {"ph", "f"}, {"gh", "g"}} {
			w = strings.ReplaceAll(w, d[0], d[1])
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch c {
			case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w':
				continue
			case 'q', 'c', 'g':
				c = 'k'
			}
			if c == last {
				continue // a doubled letter, within or across words
			}
			b.WriteByte(c)
			last = c
		}
	}
	return b.String()
}

// fold lower-cases w and keeps its ASCII letters, accents dropped
// (text.FoldLatin, then Unicode decomposition for what it leaves:
// "Émile" is "emile", "Łukaszenka" "lukaszenka"; an apostrophe or a dot
// goes). An ASCII word is read as it is.
func fold(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			w = unorm.NFD.String(text.FoldLatin(w))
			break
		}
	}
	b := make([]byte, 0, len(w))
	for _, r := range w {
		r = unicode.ToLower(r)
		if r >= 'a' && r <= 'z' {
			b = append(b, byte(r))
		}
	}
	return string(b)
}
