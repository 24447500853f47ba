package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run keeps big cities under their name and the name without diacritics,
// and drops the names it must: English words, short names, names of two
// comparable cities in two states, dictionary strings, cities of no state.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cities := write("cities.json", `{
 "1": {"geonameid": 1, "name": "Kharkiv", "countrycode": "UA", "admin1code": "07", "population": 1400000},
 "2": {"geonameid": 2, "name": "Łódź", "countrycode": "PL", "admin1code": "74", "population": 680000},
 "3": {"geonameid": 3, "name": "Mobile", "countrycode": "US", "admin1code": "AL", "population": 190000},
 "4": {"geonameid": 4, "name": "Ede", "countrycode": "NG", "admin1code": "28", "population": 160000},
 "5": {"geonameid": 5, "name": "Springfield", "countrycode": "US", "admin1code": "IL", "population": 110000},
 "6": {"geonameid": 6, "name": "Springfield", "countrycode": "UA", "admin1code": "01", "population": 105000},
 "7": {"geonameid": 7, "name": "Kyiv", "countrycode": "UA", "admin1code": "12", "population": 2900000},
 "8": {"geonameid": 8, "name": "Smalltown", "countrycode": "UA", "admin1code": "01", "population": 5000},
 "9": {"geonameid": 9, "name": "Nowhereville", "countrycode": "XX", "admin1code": "01", "population": 500000}
}`)
	countries := write("countries.json", `{
 "UA": {"name": "Ukraine", "iso": "UA"},
 "PL": {"name": "Poland", "iso": "PL"},
 "US": {"name": "United States", "iso": "US"},
 "NG": {"name": "Nigeria", "iso": "NG"},
 "XX": {"name": "Nowhere", "iso": "XX"}
}`)
	words := write("words", "mobile\nreading\n")
	dictDir := filepath.Join(dir, "dict")
	if err := os.MkdirAll(filepath.Join(dictDir, "gen"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{
		"states.jsonl": `{"name": "Ukraine", "kind": "state", "metonyms": ["Kyiv"]}
{"name": "Poland", "kind": "state"}
{"name": "United States", "kind": "state"}
{"name": "Nigeria", "kind": "state"}
{"name": "Somaliland", "kind": "state"}
`,
		"orgs.jsonl": "", "media.jsonl": "", "people.jsonl": "", "officials.jsonl": "",
	} {
		if err := os.WriteFile(filepath.Join(dictDir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := run(config{cities: cities, countries: countries, dir: dictDir, words: words, min: 100000, source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		place, state, _ := strings.Cut(line, "\t")
		got[place] = state
	}
	want := map[string]string{"Kharkiv": "Ukraine", "Łódź": "Poland", "Lodz": "Poland"}
	for p, st := range want {
		if got[p] != st {
			t.Errorf("%s -> %q, want %q", p, got[p], st)
		}
	}
	for _, p := range []string{"Mobile", "Ede", "Springfield", "Kyiv", "Smalltown", "Nowhereville"} {
		if st, ok := got[p]; ok {
			t.Errorf("%s kept (-> %s), want dropped", p, st)
		}
	}
}
