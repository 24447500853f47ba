package names

import "testing"

// TestSurname checks particles (kept with the surname, never the first
// word), suffixes (skipped) and one-word names.
func TestSurname(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Joe Biden", "Biden"},
		{"Jean-Yves Le Drian", "Le Drian"},
		{"Alexander Van der Bellen", "Van der Bellen"},
		{"Ahmed Obeid bin Daghr", "bin Daghr"},
		{"Ursula von der Leyen", "von der Leyen"},
		{"Luiz Inácio Lula da Silva", "da Silva"},
		{"Mohamed Ould Ghazouani", "Ould Ghazouani"},
		{"Abu Bakr", "Bakr"},                          // the first word is no particle of the surname
		{"De Gaulle", "Gaulle"},                       // idem
		{"Martin Luther King Jr.", "King"},            // suffix
		{"Ken Griffey Jr", "Griffey"},                 // suffix without its dot
		{"George Bush Sr.", "Bush"},                   // suffix
		{"Hamad bin Isa Al Khalifa II", "Al Khalifa"}, // Roman numeral skipped, then the particle kept
		{"Charles III", "Charles"},                    // a numeral after a single name
		{"Madonna", "Madonna"},
		{"", ""}, // no panic
		{"  ", ""},
	} {
		if got := Surname(c.in); got != c.want {
			t.Errorf("Surname(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFold checks diacritics, letters Unicode does not decompose and
// apostrophes.
func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Mevlüt Çavuşoğlu": "Mevlut Cavusoglu",
		"Łukaszenka":       "Lukaszenka",
		"Strauß":           "Strauss",
		"Sørensen":         "Sorensen",
		"Yıldırım":         "Yildirim",
		"N’Djamena":        "N'Djamena",
		"Biden":            "Biden",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNoBareCountry checks the Ethiopian and Spanish or Portuguese rules.
func TestNoBareCountry(t *testing.T) {
	for _, c := range []struct {
		country, name string
		want          bool
	}{
		{"Ethiopia", "Abiy Ahmed", true},
		{"Mexico", "Enrique Peña Nieto", true},
		{"Spain", "Pedro Sánchez", false},
		{"France", "Jean-Yves Le Drian", false},
	} {
		if got := NoBareCountry(c.country, c.name); got != c.want {
			t.Errorf("NoBareCountry(%q, %q) = %v, want %v", c.country, c.name, got, c.want)
		}
	}
}
