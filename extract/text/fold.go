package text

import "strings"

// FoldLatin removes the diacritics of the Latin letters of European names and
// writes ß, æ, œ and the typographic apostrophes plainly: "Çavuşoğlu" ->
// "Cavusoglu", "Łukaszenka" -> "Lukaszenka", "Strauß" -> "Strauss". Case
// is kept; other letters are left as they are. Cost: linear in s.
func FoldLatin(s string) string {
	var b strings.Builder
	for _, r := range s {
		if x, ok := plainLatin[r]; ok {
			b.WriteString(x)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainLatin maps accented Latin letters to their bare forms, and the
// letters Unicode does not decompose (ł, ø, đ, ß, æ, œ) to their plain
// spellings.
var plainLatin = func() map[rune]string {
	m := map[rune]string{}
	for _, p := range []struct{ from, to string }{
		{"áàâäãåāăą", "a"}, {"ÁÀÂÄÃÅĀĂĄ", "A"}, {"çćčĉ", "c"}, {"ÇĆČ", "C"}, {"ďđ", "d"}, {"ĎĐ", "D"},
		{"éèêëēėęě", "e"}, {"ÉÈÊËĒĖĘĚ", "E"}, {"ğ", "g"}, {"Ğ", "G"}, {"íìîïīıį", "i"}, {"ÍÌÎÏĪİ", "I"},
		{"ķ", "k"}, {"ĺļľł", "l"}, {"ĹĻĽŁ", "L"}, {"ñńňņ", "n"}, {"ÑŃŇŅ", "N"}, {"óòôöõøōő", "o"},
		{"ÓÒÔÖÕØŌŐ", "O"}, {"řŕ", "r"}, {"ŘŔ", "R"}, {"śšşș", "s"}, {"ŚŠŞȘ", "S"}, {"ťţț", "t"},
		{"ŤŢȚ", "T"}, {"úùûüūůű", "u"}, {"ÚÙÛÜŪŮŰ", "U"}, {"ýÿ", "y"}, {"Ý", "Y"}, {"źżž", "z"}, {"ŹŻŽ", "Z"},
		{"ß", "ss"}, {"æ", "ae"}, {"œ", "oe"}, {"ʼ’‘", "'"},
	} {
		for _, r := range p.from {
			m[r] = p.to
		}
	}
	return m
}()
