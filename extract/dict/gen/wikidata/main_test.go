package main

import (
	"reflect"
	"testing"
)

// TestCleanName checks that honorifics go and that labels which are no
// person's name are refused.
func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"Dr. Narayan Khadka":                        "Narayan Khadka",
		"Archbishop Paul Gallagher":                 "Paul Gallagher",
		"Dee-Maxwell Saah Kemayah, Sr.":             "Dee-Maxwell Saah Kemayah",
		"Q3052772":                                  "",
		"Salman bin Hamad, Crown Prince of Bahrain": "",
		"Hamad II of Bahrain":                       "",
		"Osman Hussein (politician)":                "",
		"الصباح":                                    "",
		"Mevlüt Çavuşoğlu":                          "Mevlüt Çavuşoğlu",
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMergeTerms checks that a term continued by the next cabinet is one
// term, and that other terms stay apart.
func TestMergeTerms(t *testing.T) {
	got := mergeTerms([]term{
		{"Prime Minister", "Sudan", "2018-09-15", "2019-02-23"},
		{"Prime Minister", "Sudan", "2018-09-09", "2018-09-15"},
		{"Defence Minister", "Sudan", "2019-02-23", ""},
		{"Prime Minister", "Sudan", "2021-11-21", "2022-01-02"},
	})
	want := []term{
		{"Prime Minister", "Sudan", "2018-09-09", "2019-02-23"},
		{"Defence Minister", "Sudan", "2019-02-23", ""},
		{"Prime Minister", "Sudan", "2021-11-21", "2022-01-02"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mergeTerms = %v, want %v", got, want)
	}
}

// TestKey checks the matching key: no diacritics, case, spaces or
// punctuation.
func TestKey(t *testing.T) {
	if a, b := key("Hossein Amir-Abdollahian"), key("Hossein Amirabdollahian"); a != b {
		t.Errorf("key: %q != %q", a, b)
	}
	if a, b := key("Mevlüt Çavuşoğlu"), key("mevlut cavusoglu"); a != b {
		t.Errorf("key: %q != %q", a, b)
	}
}

// TestMainWord checks the surname without its article.
func TestMainWord(t *testing.T) {
	for in, want := range map[string]string{"al-Obaidi": "Obaidi", "bin Daghr": "Daghr", "Kharazi": "Kharazi"} {
		if got := mainWord(in); got != want {
			t.Errorf("mainWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPad checks the dates the generator writes for YYYY and YYYY-MM.
func TestPad(t *testing.T) {
	for in, want := range map[string]string{"2009": "2009-01-01", "2009-02": "2009-02-01", "2009-02-20": "2009-02-20"} {
		if got := pad(in); got != want {
			t.Errorf("pad(%q) = %q, want %q", in, got, want)
		}
	}
}
