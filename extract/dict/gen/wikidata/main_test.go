package main

import (
	"reflect"
	"strings"
	"testing"
)

// TestCleanName checks that honorifics go and that labels which are no
// person's name are refused.
func TestCleanName(t *testing.T) {
	h, err := readHonorifics("honorifics.txt")
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"Dr. Narayan Khadka":                        "Narayan Khadka",
		"Lt. Gen. Dr Narayan Khadka":                "Narayan Khadka",
		"Field Marshal Narayan Khadka":              "Narayan Khadka",
		"Generalissimo Narayan Khadka":              "Generalissimo Narayan Khadka",
		"Archbishop Paul Gallagher":                 "Paul Gallagher",
		"Dee-Maxwell Saah Kemayah, Sr.":             "Dee-Maxwell Saah Kemayah",
		"Q3052772":                                  "",
		"Salman bin Hamad, Crown Prince of Bahrain": "",
		"Hamad II of Bahrain":                       "",
		"Osman Hussein (politician)":                "",
		"الصباح":                                    "",
		"Mevlüt Çavuşoğlu":                          "Mevlüt Çavuşoğlu",
	} {
		if got := cleanName(in, h); got != want {
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

// TestLoadRules reads the committed data files and checks a few of their
// lines: the monarch's title, a title of one state, a common surname, a
// state of nobare.tsv, the manifest's size.
func TestLoadRules(t *testing.T) {
	r, err := loadRules(".")
	if err != nil {
		t.Fatal(err)
	}
	if title, ok := r.offices["monarch"]; !ok || title != "" {
		t.Errorf("offices[monarch] = %q, %v; want \"\" (King or Queen)", title, ok)
	}
	if r.offices["Minister of Foreign Affairs"] != "Foreign Minister" {
		t.Errorf("offices[Minister of Foreign Affairs] = %q", r.offices["Minister of Foreign Affairs"])
	}
	if _, ok := r.offices["Secretary of State"]; ok || r.byState["United States"]["Secretary of State"] != "Foreign Minister" {
		t.Errorf("Secretary of State: want Foreign Minister in the United States only")
	}
	if !r.common[key("Doucouré")] || !r.noBare["Somalia"] || r.noBare["Iran"] {
		t.Errorf("common or noBare: got %v %v", r.common[key("Doucouré")], r.noBare["Somalia"])
	}
	if len(r.sources) < 100 || !r.dropped["Q98828346"] {
		t.Errorf("sources %d, dropped %v", len(r.sources), r.dropped)
	}
}

// TestHeader checks that the header gives the range of the commit dates of
// the manifest it is given, and starts with the mark run skips.
func TestHeader(t *testing.T) {
	h := header([]source{{"a", "x", "2024-05-01", "A"}, {"b", "y", "2021-01-02", "B"}})
	if !strings.HasPrefix(h, generatedMark) {
		t.Errorf("header does not start with %q", generatedMark)
	}
	for _, want := range []string{"2 repositories", "2021-01-02 to\n# 2024-05-01", "(2021-2024, sources.tsv)"} {
		if !strings.Contains(h, want) {
			t.Errorf("header lacks %q:\n%s", want, h)
		}
	}
}
