package extract

import (
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Language: the extractor reads English only. An article in another
// language gives no edge, silently unless told; English tells the two
// apart by the function words every English sentence has.

// minEnglishWords is the fewest words a text needs before English judges
// it: a shorter one (a headline, a one-line test) is taken as English.
const minEnglishWords = 20

// English reports whether s reads as English: of its first 2,000 bytes' words
// (from 20 words on, unless it is a list of names: half its words
// capitalised, and a comma every four words),
// at least one in ten is a determiner, preposition,
// auxiliary or clause word of the lexicon ("the", "of", "to", "is", "that";
// not "a" or "on", which French writes too), which make up about a third of
// the words of English news and almost none of French, Arabic or Russian. Cost: one tokenization of those bytes.
func (x *Extractor) English(s string) bool {
	if len(s) > 2000 {
		s = s[:2000]
	}
	words, function, names, commas := 0, 0, 0, 0
	for _, t := range text.Tokenize(s) {
		if t.Text == "," {
			commas++
		}
		if t.Kind != text.Word {
			continue
		}
		words++
		if t.Cap && !t.Upper {
			names++
		}
		if len(t.Lower) < 2 || t.Lower == "on" {
			continue // "a" and "on" are French words too ("il a dit", "on dit")
		}
		for _, c := range [...]lexicon.Class{lexicon.Det, lexicon.Prep, lexicon.Aux, lexicon.Clause} {
			if x.lex.Is(c, t.Lower) {
				function++
				break
			}
		}
	}
	// a list of names ("Attendees: Joe Biden, Emmanuel Macron, ...") has
	// no function words in any language: no judgement
	list := names*2 >= words && commas*4 >= words // one comma every four words or fewer
	return words < minEnglishWords || function*10 >= words || list
}

// WithForeign makes the extractor call fn for an article that gives no edge
// and does not read as English (English), so that a user is told why
// nothing came of it. fn may be called from several goroutines at once.
func WithForeign(fn func(doc string)) Option { return func(c *config) { c.foreign = fn } }
