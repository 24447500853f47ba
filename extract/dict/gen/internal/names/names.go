// Package names holds the name rules the dictionary generators share: the
// surname of a name and its spelling without diacritics.
package names

import (
	"regexp"
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
)

// Surname is the last word of a name, skipping suffixes ("Jr.", "Jr",
// "Sr.", Roman numerals: "II") and keeping the particles before it whole
// ("Le Drian", "Van der Bellen", "bin Daghr"); the first word is never a
// particle of the surname ("Abu Bakr" is "Bakr"), and a name of one word
// is its own surname, an empty one "". "Jean-Yves Le Drian" -> "Le Drian", "Martin Luther
// King Jr." -> "King". Cost: linear in name.
func Surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	for len(f) > 1 {
		l := f[len(f)-1]
		if l == "Jr." || l == "Jr" || l == "Sr." || romanRe.MatchString(l) {
			f = f[:len(f)-1]
			continue
		}
		break
	}
	i := len(f) - 1
	for i > 1 && particles[strings.ToLower(f[i-1])] {
		i--
	}
	return strings.Join(f[i:], " ")
}

var romanRe = regexp.MustCompile(`^[IVX]+$`)

// particles are the name parts that belong to the surname after them.
var particles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"di": true, "du": true, "van": true, "von": true, "der": true, "den": true, "le": true,
	"la": true, "bin": true, "bint": true, "ibn": true, "zu": true, "ter": true, "ten": true,
	"al": true, "el": true, "abu": true, "ould": true, "ag": true,
}

// NoBareCountry reports whether the naming customs of country make the last
// word of name a poor surname: Ethiopian and Eritrean second names are the
// father's given name, and a Spanish or Portuguese name of three words or
// more usually ends in the mother's surname ("Enrique Peña Nieto", of
// Mexico, is true; "Pedro Sánchez", of Spain, false). country is the
// canonical state name of states.jsonl. Cost: linear in name.
func NoBareCountry(country, name string) bool {
	switch country {
	case "Ethiopia", "Eritrea":
		return true
	case "Mexico", "Colombia", "Venezuela", "Cuba", "Bolivia", "Nicaragua", "Costa Rica", "Peru",
		"Chile", "Argentina", "Ecuador", "Honduras", "Guatemala", "El Salvador", "Dominican Republic",
		"Panama", "Paraguay", "Uruguay", "Spain", "Portugal", "Brazil", "Angola", "Mozambique",
		"Equatorial Guinea", "East Timor":
		return len(strings.Fields(name)) >= 3
	}
	return false
}

// Fold removes the diacritics of Latin letters (text.FoldLatin).
func Fold(s string) string { return text.FoldLatin(s) }
