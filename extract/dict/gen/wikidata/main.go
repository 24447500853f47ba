// Command wikidata converts the office holders of the EveryPolitician
// scrapers (github.com/every-politician-scrapers/<state>: html/holders21.csv,
// the holders since 2000 of each state's offices as Wikidata's "position
// held" statements record them) into the table
// extract/dict/gen/officials-wikidata.txt, which `go run ./extract/dict/gen`
// turns into officials.jsonl with the other tables.
//
// Fields taken, all Wikidata statements, dedicated to the public domain
// under CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/): the
// person's item id (QID, column personID), English label (person), the
// position held (P39; column position, the scrapers' English title of the
// state's position), its start time and end time qualifiers (P580, P582;
// start, end), sex or gender (P21; gender) and the English Wikipedia
// sitelink's title (enwiki). The other columns (birth, death, image) are
// not read. The repositories carry no licence of their own; should they
// disappear, the equivalent query is in docs/dictionary.md ("From a public
// dataset").
//
// It keeps the offices of offices.tsv (heads of state and of government,
// foreign and defence ministers) whose term reached 2000 and began before
// 2027, and only persons the dictionary does not hold yet: a person is
// already there when the name, or the English Wikipedia title, spelled
// without diacritics, case, spaces and punctuation, is a name or alias of
// any entry or table row, or when a person of the same state has the same
// surname, its vowels aside, and the same initial ("Sergey Shoygu" is
// "Sergei Shoigu"). Names two new persons share are left out.
//
// Aliases: the English Wikipedia title when it is written otherwise, and
// the surname alone only under the generator's rules (gen/main.go: not an
// English word, not in a stop list, not where the state's naming customs
// make the last word no surname), made stricter: six letters at least, no
// family or tribal name with an article ("al-Obaidi", shared by many), no
// other person of the dictionary, the tables or the dataset has that
// surname, it is no string of the dictionary, no word of an organisation's
// or a state's name, no place of places.tsv and no proper name of the word
// list, no person of the dictionary or the dataset has it as a first name,
// and the state is none of nobare.tsv's; and among all the persons the
// dataset holds, whatever their office, none other has that surname and
// none has it as a first name; and it is none of the surnames of
// common.txt. The extractor still resolves a surname once the person has
// been named in full in the article. The table says "bare: explicit", so
// that its rows do not take bare surnames from the persons already listed.
//
// Persons of dropped.tsv (by Wikidata id) are left out: those whose names
// made a new wrong edge on the read sets.
//
// Data files (folder -data, each with a header saying what it holds):
// sources.tsv (repositories, commits, dates, states), offices.tsv (dataset
// title -> table title), honorifics.txt (dropped from labels), common.txt
// (surnames never bare), nobare.tsv (states whose persons get no bare
// surname), dropped.tsv (persons left out).
//
// Usage, from the repository root; the first fetches the CSVs (from a
// folder of clones, or from GitHub when none is given) into a temporary
// folder, converts and regenerates officials.jsonl:
//
//	extract/dict/gen/wikidata/regen.sh [CLONES]
//
// or by hand, SRC holding NAME.csv for each repository of sources.tsv, as
// `git -C CLONE show COMMIT:html/holders21.csv` (fetch.sh SRC [CLONES]
// writes it):
//
//	go run ./extract/dict/gen/wikidata -src SRC
//	go run ./extract/dict/gen
//
// The converter reads neither officials.jsonl nor its own table (the -out
// file, and any table that starts with its GENERATED line), only the
// hand-written .jsonl files, places.tsv and the other gen/*.txt tables, so
// it needs no step to take its earlier rows out first: run again on the
// same input it writes the same table. Cutting the table down to its
// header (through "bare: explicit") and regenerating before converting is
// not needed; what did go wrong was a run with -out elsewhere, which read
// the committed table as a known one and found everyone already there:
// the GENERATED line now keeps that table out too.
//
// The output depends on: the CSVs at the commits of sources.tsv; the data
// files above; the hand-written dictionary files (media, orgs, people,
// states .jsonl), places.tsv and the other gen/*.txt tables; and the word
// list /usr/share/dict/words (-words), Debian's wamerican, version
// 2020.12.07-2 when the table was made (another version may change which
// surnames go bare).
//
// Cost: linear in the size of the dataset and the dictionary; about a
// second.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/dict/gen/internal/names"
	"github.com/actorgraph/actorgraph/extract/dict/gen/internal/textfile"
	"github.com/actorgraph/actorgraph/extract/dict/gen/internal/wordlist"
)

func main() {
	dir := flag.String("dir", "extract/dict", "the dictionary folder")
	src := flag.String("src", "", "folder of NAME.csv, the holders21.csv of each repository of sources.tsv (fetch.sh writes it)")
	data := flag.String("data", "extract/dict/gen/wikidata", "folder of the converter's data files: sources.tsv, dropped.tsv, offices.tsv, honorifics.txt, common.txt, nobare.tsv")
	words := flag.String("words", "/usr/share/dict/words", "an English word list (Debian: wamerican)")
	out := flag.String("out", "extract/dict/gen/officials-wikidata.txt", "output table")
	flag.Parse()
	if *src == "" {
		fmt.Fprintln(os.Stderr, "wikidata: -src is required (extract/dict/gen/wikidata/fetch.sh SRC writes it)")
		os.Exit(2)
	}
	rules, err := loadRules(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wikidata:", err)
		os.Exit(1)
	}
	if err := run(*dir, *src, rules, *words, *out); err != nil {
		fmt.Fprintln(os.Stderr, "wikidata:", err)
		os.Exit(1)
	}
}

// rules are the converter's data files (see -data), read once by
// loadRules and passed to run.
type rules struct {
	sources []source
	// offices maps a dataset title to the table's title ("" for a
	// monarch: King or Queen by gender); byState holds the titles that
	// mean the office in one state only, read before offices.
	offices map[string]string
	byState map[string]map[string]string
	// honorifics matches a run of honorifics at the start of a label.
	honorifics *regexp.Regexp
	// common are folded surnames never bare; noBare the states whose
	// persons get no bare surname; dropped the Wikidata ids left out.
	common, noBare, dropped map[string]bool
}

// loadRules reads the data files of folder dir: sources.tsv (readManifest),
// dropped.tsv (readDropped), offices.tsv (readOffices), honorifics.txt
// (readHonorifics), common.txt and nobare.tsv (first field of each line).
// Errors name the file and line. Cost: linear in the files (a few hundred
// lines).
func loadRules(dir string) (*rules, error) {
	r := &rules{}
	var err error
	if r.sources, err = readManifest(filepath.Join(dir, "sources.tsv")); err != nil {
		return nil, err
	}
	if r.dropped, err = readDropped(filepath.Join(dir, "dropped.tsv")); err != nil {
		return nil, err
	}
	if r.offices, r.byState, err = readOffices(filepath.Join(dir, "offices.tsv")); err != nil {
		return nil, err
	}
	if r.honorifics, err = readHonorifics(filepath.Join(dir, "honorifics.txt")); err != nil {
		return nil, err
	}
	if r.common, err = readSet(filepath.Join(dir, "common.txt"), key); err != nil {
		return nil, err
	}
	if r.noBare, err = readSet(filepath.Join(dir, "nobare.tsv"), func(s string) string { return s }); err != nil {
		return nil, err
	}
	return r, nil
}

// row is one line of a holders21.csv.
type row struct {
	state, position, name, id, start, end, gender, enwiki string
}

// term is one role of a new person.
type term struct{ title, state, from, to string }

// person is one person of the dataset.
type person struct {
	id, name, enwiki, gender string
	terms                    []term
	state                    string
}

var (
	dateRe  = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	qidRe   = regexp.MustCompile(`^Q\d+$`)
	parenRe = regexp.MustCompile(`\s*\([^)]*\)$`)
)

// generatedMark starts the table the converter writes; a table that starts
// with it is never read as part of what the dictionary already holds, so
// that the converter does not find its own earlier rows "already there",
// wherever -out points.
const generatedMark = "# GENERATED by `go run ./extract/dict/gen/wikidata`"

// run converts the holders21.csv files of folder src (one NAME.csv a
// repository of ru.sources) into the table out, checking them against the
// hand-written files of the dictionary folder dir (media, orgs, people,
// states .jsonl), its places.tsv, the typed tables dir/gen/*.txt other than
// out or another converted table, and the word list at wordsPath. It
// reads neither officials.jsonl nor its own earlier output, so it can be
// run again as is. It writes a summary line to stderr. Cost: linear in the
// size of the dataset (about 50,000 rows), the dictionary and the word
// list; about a second.
func run(dir, src string, ru *rules, wordsPath, out string) error {
	english, proper, err := wordlist.ReadAll(wordsPath)
	if err != nil {
		return err
	}
	// proper names are compared folded, like every other string here
	properKey := map[string]bool{}
	for w := range proper {
		properKey[key(w)] = true
	}
	srcs := ru.sources
	// what the dictionary holds: every string (folded key -> entry), the
	// persons' surnames and first names, and the tables' stop lists
	k := newKnown()
	hand := []string{}
	for _, n := range []string{"media.jsonl", "orgs.jsonl", "people.jsonl", "states.jsonl"} {
		hand = append(hand, filepath.Join(dir, n))
	}
	d, err := dict.Load(nil, hand...)
	if err != nil {
		return fmt.Errorf("reading the dictionary: %w", err)
	}
	for _, e := range d.Entries() {
		for _, g := range [][]string{{e.Name}, e.Aliases, e.Demonyms, e.Metonyms} {
			for _, s := range g {
				k.addString(s, e.Name)
			}
		}
		if e.Kind == dict.Person {
			k.addPerson(e.Name, e.Country)
		} else {
			// a word of an organisation's or a state's name ("Islami" of
			// "Hezb-e-Islami") is never a person's bare surname
			for _, g := range [][]string{{e.Name}, e.Aliases, e.Demonyms, e.Metonyms} {
				for _, s := range g {
					for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
						k.tokens[key(w)] = true
					}
				}
			}
		}
	}
	pattern := filepath.Join(dir, "gen", "*.txt")
	tables, err := filepath.Glob(pattern)
	if err != nil {
		return fmt.Errorf("%s: %w", pattern, err)
	}
	outAbs, err := filepath.Abs(out)
	if err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	for _, t := range tables {
		a, err := filepath.Abs(t)
		if err != nil {
			return fmt.Errorf("%s: %w", t, err)
		}
		if a == outAbs {
			continue
		}
		gen, err := isGenerated(t)
		if err != nil {
			return err
		}
		if gen {
			continue
		}
		if err := k.readTable(t); err != nil {
			return err
		}
	}
	if err := k.readPlaces(filepath.Join(dir, "places.tsv")); err != nil {
		return err
	}

	// the dataset; population counts the surnames and first names of every
	// person it holds, whatever the office (ministers, ambassadors, judges,
	// governors, legislators), a measure of how common a name is
	persons := map[string]*person{}
	seenID := map[string]bool{}
	population := map[string]int{}
	populationFirst := map[string]bool{}
	var order []string
	for _, s := range srcs {
		rows, err := readHolders(filepath.Join(src, s.repo+".csv"), s.state)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if !seenID[r.id] && r.name != "" {
				seenID[r.id] = true
				if n := cleanName(r.name, ru.honorifics); len(strings.Fields(n)) > 1 {
					population[key(names.Surname(n))]++
					populationFirst[key(strings.Fields(n)[0])] = true
				}
			}
			title, ok := ru.byState[r.state][r.position]
			if !ok {
				title, ok = ru.offices[r.position]
			}
			if !ok || !dateRe.MatchString(r.start) && r.start != "" || !dateRe.MatchString(r.end) && r.end != "" {
				continue
			}
			if r.end != "" && r.end < "2000" || r.start >= "2027" {
				continue
			}
			// an end known to the year only that falls before an exact start
			// ("2009-02-20..2009") is no date the format can write
			if r.start != "" && r.end != "" && pad(r.end) < pad(r.start) {
				continue
			}
			if title == "" {
				title = "King"
				if r.gender == "female" {
					title = "Queen"
				}
			}
			if ru.dropped[r.id] {
				continue
			}
			p := persons[r.id]
			if p == nil {
				p = &person{id: r.id, name: r.name, enwiki: r.enwiki, gender: r.gender}
				persons[r.id] = p
				order = append(order, r.id)
			}
			end := r.end
			if end == "" {
				// an open term is known only until the repository's
				// commit: a later article's bare title must not resolve to
				// a holder who may have left office since (it resolves to
				// the state, as it does with no holder known)
				end = s.date
			}
			p.terms = append(p.terms, term{title: title, state: r.state, from: r.start, to: end})
		}
	}
	// names: the label, cleaned; a label that is no name is left out
	var cands []*person
	for _, id := range order {
		p := persons[id]
		p.name = cleanName(p.name, ru.honorifics)
		p.enwiki = cleanName(parenRe.ReplaceAllString(p.enwiki, ""), ru.honorifics)
		if p.name == "" {
			p.name, p.enwiki = p.enwiki, ""
		}
		if p.name == "" || len(strings.Fields(p.name)) < 2 {
			continue
		}
		p.state = mainState(p.terms)
		p.terms = mergeTerms(p.terms)
		cands = append(cands, p)
	}
	// already there?
	var fresh []*person
	skipped := 0
	for _, p := range cands {
		if k.has(p.name) || p.enwiki != "" && k.has(p.enwiki) || k.sameSurnameInitial(p.name, p.state) {
			skipped++
			continue
		}
		fresh = append(fresh, p)
	}
	// names two new persons share
	count := map[string]int{}
	for _, p := range fresh {
		for _, s := range p.strings() {
			count[key(s)]++
		}
	}
	var add []*person
	for _, p := range fresh {
		ok := true
		for _, s := range p.strings() {
			if count[key(s)] > 1 {
				ok = false
			}
		}
		if ok {
			add = append(add, p)
		} else {
			fmt.Fprintf(os.Stderr, "wikidata: left out %s (%s): a name another new person shares\n", p.name, p.id)
		}
	}
	// bare surnames: counted over the dictionary, the tables and the new persons
	surnames := map[string]int{}
	for s, n := range k.surnames {
		surnames[s] += n
	}
	first := map[string]bool{}
	for s := range k.first {
		first[s] = true
	}
	for _, p := range add {
		surnames[key(names.Surname(p.name))]++
		if f := strings.Fields(p.name); len(f) > 1 {
			first[key(f[0])] = true
		}
	}
	var buf strings.Builder
	buf.WriteString(header(srcs))
	byStateOut := map[string][]*person{}
	var states []string
	for _, p := range add {
		if byStateOut[p.state] == nil {
			states = append(states, p.state)
		}
		byStateOut[p.state] = append(byStateOut[p.state], p)
	}
	sort.Strings(states)
	bare := 0
	for _, st := range states {
		fmt.Fprintf(&buf, "\n@%s\n", st)
		ps := byStateOut[st]
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].terms[0].from < ps[j].terms[0].from })
		for _, p := range ps {
			al := []string{}
			if p.enwiki != "" && key(p.enwiki) != key(p.name) {
				al = append(al, p.enwiki)
			}
			s := names.Surname(p.name)
			sk := key(s)
			switch {
			case len([]rune(mainWord(s))) < 6, mainWord(s) != s, names.NoBareCountry(p.state, p.name), ru.noBare[p.state], strings.Contains(s, " ") && !hasParticle(s),
				surnames[sk] != 1, k.stop[strings.ToLower(s)], english[strings.ToLower(s)], english[strings.ToLower(names.Fold(s))],
				k.strings[sk] != "", k.places[sk], first[sk], k.tokens[sk], properKey[sk], population[sk] > 1, populationFirst[sk], ru.common[sk]:
			default:
				al = append(al, s)
				bare++
			}
			al = append(al, "!")
			var roles []string
			for _, t := range p.terms {
				title := t.title
				if t.state != p.state {
					title += "@" + t.state
				}
				roles = append(roles, fmt.Sprintf("%s %s..%s", title, t.from, t.to))
			}
			fmt.Fprintf(&buf, "%s | %s | %s\n", p.name, strings.Join(al, ", "), strings.Join(roles, "; "))
		}
	}
	fmt.Fprintf(os.Stderr, "wikidata: %d persons in the dataset's offices, %d already in the dictionary, %d added (%d with the surname alone)\n",
		len(cands), skipped, len(add), bare)
	return os.WriteFile(out, []byte(buf.String()), 0o644)
}

// mainWord is the last word of a surname without its article: "Daghr" of
// "bin Daghr", "Tai" of "al-Tai", "Obaidi" of "al-Obaidi"; a surname
// whose mainWord differs from it is never bare. s must not be empty (a
// surname of names.Surname of a name of two words or more). Cost: linear
// in s.
func mainWord(s string) string {
	f := strings.Fields(s)
	w := f[len(f)-1]
	for _, p := range []string{"al-", "Al-", "el-", "El-", "ad-", "as-", "an-", "ar-", "at-", "az-", "ash-", "ul-"} {
		w = strings.TrimPrefix(w, p)
	}
	return w
}

// hasParticle reports whether a surname of several words starts with a
// particle, written in lower case ("bin Daghr", "van der Bellen"): the
// only surnames of several words the rules may make bare. Cost: linear in
// s.
func hasParticle(s string) bool {
	f := strings.Fields(s)
	return len(f) > 1 && unicode.IsLower([]rune(f[0])[0])
}

// strings are the names of p the table will hold: the name, and the
// English Wikipedia title when its key differs. Cost: linear in the names.
func (p *person) strings() []string {
	s := []string{p.name}
	if p.enwiki != "" && key(p.enwiki) != key(p.name) {
		s = append(s, p.enwiki)
	}
	return s
}

// cleanName drops the suffixes ", Sr." and ", Jr." and the honorifics
// (matched by honorifics, see readHonorifics) Wikidata's labels carry, and
// returns "" for a label that is no person's name: an item id, a title, a
// label with a comma, parentheses, digits or " of ", or one in a script
// other than Latin. "Dr. Narayan Khadka" is "Narayan Khadka"; "Hamad II of
// Bahrain" and "Q3052772" are "". Cost: linear in s.
func cleanName(s string, honorifics *regexp.Regexp) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ", Sr.")
	s = strings.TrimSuffix(s, ", Jr.")
	s = honorifics.ReplaceAllString(s, "")
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin) {
			return ""
		}
	}
	if s == "" || qidRe.MatchString(s) || strings.ContainsAny(s, ",()\"/;|:0123456789") || strings.Contains(s, " of ") {
		return ""
	}
	return s
}

// mainState is the state of most of the terms, the first to reach that
// count on a tie: the state a person is listed under, the others written
// as Title@State. Cost: linear in ts.
func mainState(ts []term) string {
	n := map[string]int{}
	best := ""
	for _, t := range ts {
		n[t.state]++
		if best == "" || n[t.state] > n[best] {
			best = t.state
		}
	}
	return best
}

// mergeTerms sorts terms by start and joins a term to the one before it of
// the same title and state when it starts where that one ends (a new
// cabinet, the same office), or repeats it. It sorts ts in place. Cost:
// O(n log n) in the terms.
func mergeTerms(ts []term) []term {
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].from < ts[j].from })
	var out []term
	for _, t := range ts {
		if n := len(out); n > 0 && out[n-1].title == t.title && out[n-1].state == t.state &&
			(out[n-1].to == t.from || out[n-1].from == t.from && out[n-1].to == t.to) {
			out[n-1].to = t.to
			continue
		}
		out = append(out, t)
	}
	return out
}

// pad writes a date of YYYY or YYYY-MM as the first of its period, as the
// generator does: "2009" -> "2009-01-01". Cost: constant.
func pad(s string) string {
	switch len(s) {
	case 4:
		return s + "-01-01"
	case 7:
		return s + "-01"
	}
	return s
}

// key folds s for matching: no diacritics, case, spaces or punctuation, so
// that "Hossein Amir-Abdollahian" and "hossein amirabdollahian" are both
// "hosseinamirabdollahian". Cost: linear in s.
func key(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(names.Fold(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// known is what the dictionary and the tables already hold.
type known struct {
	strings  map[string]string          // key -> entry
	surnames map[string]int             // surname key -> persons
	byState  map[string]map[string]bool // state -> surname key + first initial
	first    map[string]bool            // first names
	tokens   map[string]bool            // words of the names of organisations, states and media
	stop     map[string]bool            // the tables' stop lists
	places   map[string]bool
}

// newKnown returns an empty known, its maps made. Cost: constant.
func newKnown() *known {
	return &known{strings: map[string]string{}, surnames: map[string]int{}, byState: map[string]map[string]bool{},
		first: map[string]bool{}, tokens: map[string]bool{}, stop: map[string]bool{}, places: map[string]bool{}}
}

// addString records s, a name or alias of the dictionary entry named
// entry, by its key; a leading "the " is also recorded without it ("the
// Taliban" and "Taliban"). Cost: linear in s.
func (k *known) addString(s, entry string) {
	k.strings[key(s)] = entry
	if t := strings.TrimPrefix(s, "the "); t != s {
		k.strings[key(t)] = entry
	}
}

// addPerson records a person of the dictionary or a table: the surname
// (counted, names.Surname), the first name of a name of two words or more,
// and the state's surname skeleton with the initial (initialKey), which
// sameSurnameInitial reads. Cost: linear in name.
func (k *known) addPerson(name, state string) {
	k.surnames[key(names.Surname(name))]++
	f := strings.Fields(name)
	if len(f) > 1 {
		k.first[key(f[0])] = true
	}
	if k.byState[state] == nil {
		k.byState[state] = map[string]bool{}
	}
	k.byState[state][initialKey(name)] = true
}

// initialKey is a name's surname, spelled as a skeleton of consonants,
// with its first initial: "shg/s" for both "Sergei Shoigu" and "Sergey
// Shoygu", so that a transliteration the dictionary spells otherwise is
// the same person. Cost: linear in name.
func initialKey(name string) string {
	f := strings.Fields(names.Fold(name))
	if len(f) == 0 {
		return ""
	}
	return skeleton(key(names.Surname(name))) + "/" + strings.ToLower(string([]rune(f[0])[0]))
}

// skeleton is a folded word without vowels, y, w, h and doubled letters:
// "shg" of both "shoigu" and "shoygu", "gln" of "gillani" and "gilani".
// Cost: linear in s.
func skeleton(s string) string {
	var b strings.Builder
	var last rune
	for _, r := range s {
		if strings.ContainsRune("aeiouywh", r) || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// has reports whether s, folded (key), is a name or alias of an entry or a
// table row already: "Mevlut Cavusoglu" is there when "Mevlüt Çavuşoğlu"
// is. Cost: linear in s.
func (k *known) has(s string) bool { return k.strings[key(s)] != "" }

// sameSurnameInitial reports whether a person of state already there has
// the surname of name, vowels aside, and its first initial (initialKey):
// "Sergey Shoygu" of Russia is there when "Sergei Shoigu" is. Cost: linear
// in name.
func (k *known) sameSurnameInitial(name, state string) bool {
	return k.byState[state][initialKey(name)]
}

// isGenerated reports whether the table at path is one this converter
// wrote (it starts with generatedMark). Cost: one line read.
func isGenerated(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if sc.Scan() {
		return strings.HasPrefix(sc.Text(), generatedMark), nil
	}
	if err := sc.Err(); err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	return false, nil
}

// readTable reads the names, aliases and stop lists of one of the typed
// tables (the format of gen/officials.txt, see readTable in gen/main.go):
// each row's name and aliases go to addString, its name and state to
// addPerson, a "stop:" line's words to the stop list; comments, "bare:"
// lines and malformed rows are skipped (the generator reports those).
// Cost: linear in the file.
func (k *known) readTable(path string) error {
	state := ""
	return textfile.Lines(path, func(_ int, line string) error {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "@"):
			state = strings.TrimSpace(line[1:])
		case strings.HasPrefix(line, "stop:"):
			for _, w := range strings.Split(line[5:], ",") {
				if w = strings.TrimSpace(w); w != "" {
					k.stop[strings.ToLower(w)] = true
				}
			}
		case strings.HasPrefix(line, "bare:"):
		default:
			parts := strings.Split(line, "|")
			if len(parts) != 3 {
				return nil
			}
			name := strings.TrimSpace(parts[0])
			k.addString(name, name)
			k.addPerson(name, state)
			for _, a := range strings.Split(parts[1], ",") {
				if a = strings.TrimSpace(a); a != "" && a != "!" {
					k.addString(a, name)
				}
			}
		}
		return nil
	})
}

// readPlaces reads the place names of places.tsv (Place<TAB>State), by key.
// Cost: linear in the file.
func (k *known) readPlaces(path string) error {
	return textfile.Lines(path, func(_ int, line string) error {
		if strings.HasPrefix(line, "#") {
			return nil
		}
		if i := strings.Index(line, "\t"); i > 0 {
			k.places[key(line[:i])] = true
		}
		return nil
	})
}

// readLines calls f with the tab-separated fields of each line of the file
// at path that is neither empty nor a "#" comment; an error of f, or of the
// reading, comes back with the path (and the line number for f's).
// Cost: linear in the file.
func readLines(path string, f func(fields []string) error) error {
	return textfile.Lines(path, func(_ int, line string) error {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			return nil
		}
		return f(strings.Split(line, "\t"))
	})
}

// readDropped reads the Wikidata ids of the persons left out on purpose
// (id<TAB>name<TAB>reason: a new wrong edge the person made on the read
// sets, say). Cost: linear in the file.
func readDropped(path string) (map[string]bool, error) {
	out := map[string]bool{}
	err := readLines(path, func(p []string) error {
		if !qidRe.MatchString(p[0]) {
			return fmt.Errorf("want a Wikidata id first: %q", strings.Join(p, "\t"))
		}
		out[p[0]] = true
		return nil
	})
	return out, err
}

// readSet reads the first field of each line of the file at path, as norm
// writes it: common.txt (surnames, by key) or nobare.tsv (states, as
// written). Cost: linear in the file.
func readSet(path string, norm func(string) string) (map[string]bool, error) {
	out := map[string]bool{}
	err := readLines(path, func(p []string) error {
		w := strings.TrimSpace(p[0])
		if w == "" {
			return fmt.Errorf("empty first field")
		}
		out[norm(w)] = true
		return nil
	})
	return out, err
}

// readOffices reads offices.tsv: dataset title<TAB>table title[<TAB>state].
// It returns the titles of every state and, apart, those of one state; a
// table title of "King/Queen" comes back as "" (King or Queen by gender,
// see run). Cost: linear in the file.
func readOffices(path string) (map[string]string, map[string]map[string]string, error) {
	all := map[string]string{}
	byState := map[string]map[string]string{}
	err := readLines(path, func(p []string) error {
		if len(p) < 2 || len(p) > 3 || p[0] == "" || p[1] == "" {
			return fmt.Errorf("want dataset title, table title, optional state: %q", strings.Join(p, "\t"))
		}
		title := p[1]
		if title == "King/Queen" {
			title = ""
		}
		if len(p) == 3 && p[2] != "" {
			if byState[p[2]] == nil {
				byState[p[2]] = map[string]string{}
			}
			byState[p[2]][p[0]] = title
			return nil
		}
		all[p[0]] = title
		return nil
	})
	return all, byState, err
}

// readHonorifics reads honorifics.txt, one honorific a line ("Dr.",
// "Field Marshal"), into a regular expression that matches a run of them,
// each followed by a space, at the start of a label. The longest come
// first in the alternation. Cost: linear in the file.
func readHonorifics(path string) (*regexp.Regexp, error) {
	var hs []string
	err := readLines(path, func(p []string) error {
		hs = append(hs, regexp.QuoteMeta(strings.TrimSpace(p[0]))+" ")
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(hs) == 0 {
		return nil, fmt.Errorf("%s: no honorific", path)
	}
	sort.SliceStable(hs, func(i, j int) bool { return len(hs[i]) > len(hs[j]) })
	return regexp.MustCompile(`^(` + strings.Join(hs, "|") + `)+`), nil
}

// source is one repository of the manifest.
type source struct{ repo, commit, date, state string }

// readManifest reads sources.tsv: repository (github.com/
// every-politician-scrapers/NAME)<TAB>commit<TAB>commit date<TAB>state, e.g.
// "iran-ministers	<hash>	2022-08-01	Iran". The repository's NAME.csv in
// -src is read as that state's; the date ends the terms Wikidata leaves
// open. Cost: linear in the file.
func readManifest(path string) ([]source, error) {
	var out []source
	err := readLines(path, func(p []string) error {
		if len(p) != 4 {
			return fmt.Errorf("want repository, commit, date, state: %q", strings.Join(p, "\t"))
		}
		out = append(out, source{p[0], p[1], p[2], p[3]})
		return nil
	})
	return out, err
}

// readHolders reads one holders21.csv (columns position, person,
// personID, start, end required; gender and enwiki read if there; the
// others ignored), each row of it as one of state. Errors name the file.
// Cost: linear in the file.
func readHolders(path, state string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w (fetch.sh writes it)", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, c := range []string{"position", "person", "personID", "start", "end"} {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("%s: no column %s", path, c)
		}
	}
	get := func(rec []string, c string) string {
		if i, ok := col[c]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var out []row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, row{state: state, position: get(rec, "position"), name: get(rec, "person"), id: get(rec, "personID"),
			start: get(rec, "start"), end: get(rec, "end"), gender: get(rec, "gender"), enwiki: get(rec, "enwiki")})
	}
	return out, nil
}

// year is the year of a date (YYYY, YYYY-MM or YYYY-MM-DD), "" of "".
func year(date string) string {
	if len(date) < 4 {
		return date
	}
	return date[:4]
}

// header is the table's comment block: the source, its licence, the
// format; the number of repositories and the range of their commit dates
// are those of srcs. It starts with generatedMark. Cost: linear in srcs.
func header(srcs []source) string {
	oldest, newest := "", ""
	for _, s := range srcs {
		if oldest == "" || s.date < oldest {
			oldest = s.date
		}
		if s.date > newest {
			newest = s.date
		}
	}
	return fmt.Sprintf(generatedMark+` (see its doc comment): do not
# edit by hand; `+"`go run ./extract/dict/gen`"+` turns it into officials.jsonl with
# the other tables.
#
# Source: the EveryPolitician scrapers, github.com/every-politician-scrapers,
# one repository a state, file html/holders21.csv: the holders since 2000 of
# each state's offices as Wikidata's "position held" (P39) statements record
# them, queried by the scrapers from Wikidata. Wikidata's content is
# dedicated to the public domain under CC0 1.0
# (https://creativecommons.org/publicdomain/zero/1.0/); the repositories
# carry no licence of their own. %d repositories, their commits of %s to
# %s, listed with the state of each in gen/wikidata/sources.tsv.
# Fields taken, all Wikidata statements under CC0 1.0: the person's item id
# (QID; only to tell persons apart and for dropped.tsv, not written here),
# English label, position held (P39) with its start and end time
# qualifiers (P580, P582), sex or gender (P21, for King or Queen) and the
# title of the English Wikipedia sitelink.
#
# Heads of state and of government, foreign and defence ministers of
# 2000-2026 whom the dictionary did not hold yet (see docs/dictionary.md).
# Titles are the tables' generic ones. A term Wikidata leaves open ends at
# the date of its repository's commit (%s-%s, sources.tsv): the dataset
# knows nothing after it.
# A date of YYYY or YYYY-MM is one Wikidata knew only so far.
# Aliases: the English Wikipedia title where it is written otherwise; the
# surname alone only where the converter's rules allow it ("bare: explicit").
bare: explicit
`, len(srcs), oldest, newest, year(oldest), year(newest))
}
