// Command wikidata converts the office holders of the EveryPolitician
// scrapers (github.com/every-politician-scrapers/<state>: html/holders21.csv,
// the holders since 2000 of each state's offices as Wikidata's "position
// held" statements record them; Wikidata's content is CC0 1.0) into the
// table extract/dict/gen/officials-wikidata.txt, which `go run
// ./extract/dict/gen` turns into officials.jsonl with the other tables.
//
// It keeps heads of state and of government and foreign and defence
// ministers whose term reached 2000, and only persons the dictionary does
// not hold yet: a person is already there when the name, or the English
// Wikipedia title, spelled without diacritics, case, spaces and
// punctuation, is a name or alias of any entry or table row, or when a
// person of the same state has the same surname, its vowels aside, and the
// same initial ("Sergey Shoygu" is "Sergei Shoigu"). Names
// two new persons share are left out.
//
// Aliases: the English Wikipedia title when it is written otherwise, and
// the surname alone only under the generator's rules (gen/main.go: not an
// English word, not in a stop list, not where the state's naming customs
// make the last word no surname), made stricter: six letters at least, no
// family or tribal name with an article ("al-Obaidi", shared by many), no other person of the dictionary,
// the tables or the dataset has that surname, it is no string of the
// dictionary, no word of an organisation's or a state's name, no place of
// places.tsv and no proper name of the word list, no person of the
// dictionary or the dataset has it as a first name, and the state is none
// of noBare's; and among all the persons the dataset holds, whatever their
// office, none other has that surname and none has it as a first name;
// and it is none of the common surnames listed in the code. The
// extractor still resolves a surname once the person has
// been named in full in the article. The table says "bare:
// explicit", so that its rows do not take bare surnames from the persons
// already listed.
//
// Persons of dropped.tsv (by Wikidata id) are left out: those whose names
// made a new wrong edge on the read sets.
//
// usage (from the repository root), SRC holding NAME.csv for each
// repository of sources.tsv, as `git show COMMIT:html/holders21.csv`:
//
//	go run ./extract/dict/gen/wikidata -src SRC
//
// Cost: linear in the size of the dataset and the dictionary.
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
	"github.com/actorgraph/actorgraph/extract/dict/gen/internal/wordlist"
)

func main() {
	dir := flag.String("dir", "extract/dict", "the dictionary folder")
	src := flag.String("src", "", "folder of NAME.csv, the holders21.csv of each repository of the manifest")
	manifest := flag.String("manifest", "extract/dict/gen/wikidata/sources.tsv", "repositories, commits and states")
	drops := flag.String("dropped", "extract/dict/gen/wikidata/dropped.tsv", "persons left out on purpose (Wikidata id, name, reason)")
	words := flag.String("words", "/usr/share/dict/words", "an English word list (Debian: wamerican)")
	out := flag.String("out", "extract/dict/gen/officials-wikidata.txt", "output table")
	flag.Parse()
	if *src == "" {
		fmt.Fprintln(os.Stderr, "wikidata: -src is required")
		os.Exit(2)
	}
	if err := run(*dir, *src, *manifest, *drops, *words, *out); err != nil {
		fmt.Fprintln(os.Stderr, "wikidata:", err)
		os.Exit(1)
	}
}

// office is what a dataset title becomes: the table's generic title, or
// "" for a monarch (King or Queen by gender).
type office struct{ title string }

// offices maps the dataset's titles (every state's "wanted positions") to
// the table's titles. A title not here is not converted: deputies, state
// secretaries, trade and cooperation ministers, regional offices, and the
// titles that mean another office in some state (Austria's "Secretary of
// State" is a junior minister, Pakistan's "Foreign Secretary" a civil
// servant, Switzerland's "Chancellor" heads the chancellery).
var offices = map[string]office{
	// heads of state
	"President": {"President"}, "Acting President": {"Acting President"}, "Beretitenti (President)": {"President"},
	"President of Montenegro": {"President"}, "President of the Palestinian National Authority": {"President"},
	"King": {"King"}, "monarch": {""}, "Monarch": {""}, "Emir": {"Emir"}, "emir": {"Emir"}, "Sultan": {"Sultan"},
	"Supreme Leader": {"Supreme Leader"}, "Emperor": {"Head of State"}, "Grand Duke": {"Head of State"},
	"Prince": {"Head of State"}, "Chairman of the Presidency": {"Head of State"},
	"President of the Presidium of the Supreme People's Assembly":        {"Head of State"},
	"Chairman of the National Committee for the Salvation of the People": {"Head of State"},
	"Chairman of the Transitional Military Council":                      {"Head of State"},
	"Chairman of the Sovereignty Council":                                {"Chairman of the Sovereignty Council"},
	"Chairman of the Presidential Council":                               {"Chairman of the Presidential Council"},
	// heads of government
	"Prime Minister": {"Prime Minister"}, "Prime Minister of Montenegro": {"Prime Minister"},
	"Prime Minister of the Palestinian National Authority":  {"Prime Minister"},
	"Chairman of the Cabinet of Ministers (Prime Minister)": {"Prime Minister"},
	"Chairman of the Council of Ministers":                  {"Prime Minister"},
	"Taoiseach":                                             {"Taoiseach"}, "Premier": {"Premier"}, "Premier of the State Council": {"Premier"},
	"Federal Chancellor": {"Chancellor"}, "Chief Advisor": {"Chief Adviser"},
	// foreign ministers
	"Minister of Foreign Affairs": {"Foreign Minister"}, "Minister for Foreign Affairs": {"Foreign Minister"},
	"Federal Minister of Foreign Affairs": {"Foreign Minister"}, "Minister for External Affairs": {"Foreign Minister"},
	"Minister of External Affairs": {"Foreign Minister"}, "Minister of External Relations": {"Foreign Minister"},
	"Minister of Europe and Foreign Affairs": {"Foreign Minister"}, "Minister of Foreign and European Affairs": {"Foreign Minister"},
	"Minister for Foreign Affairs and International Development Cooperation":                 {"Foreign Minister"},
	"Minister for Foreign Affairs and Trade":                                                 {"Foreign Minister"},
	"Minister of Foreign Affairs and Cooperation":                                            {"Foreign Minister"},
	"Minister of Foreign Affairs and External Trade":                                         {"Foreign Minister"},
	"Minister of Foreign Affairs and Foreign Trade":                                          {"Foreign Minister"},
	"Minister of Foreign Affairs and Public Service":                                         {"Foreign Minister"},
	"Minister of Foreign Affairs and Worship":                                                {"Foreign Minister"},
	"Minister of Foreign Affairs, African Integration, La Francophonie, and Beninese Abroad": {"Foreign Minister"},
	"Minister of Foreign Affairs, European Union and Foreign Aid":                            {"Foreign Minister"},
	"Minister of Foreign Affairs, Regional Integration and Francophone Affairs":              {"Foreign Minister"},
	"Minister of International Relations and Cooperation":                                    {"Foreign Minister"},
	"Secretary for Foreign Affairs":                                                          {"Foreign Minister"}, "Secretary for Foreign and Political Affairs": {"Foreign Minister"},
	"Secretary of Foreign Affairs": {"Foreign Minister"}, "Secretary of State for Foreign and Commonwealth Affairs": {"Foreign Minister"},
	// defence ministers
	"Minister of Defence": {"Defence Minister"}, "Minister for Defence": {"Defence Minister"},
	"Federal Minister of Defence": {"Defence Minister"}, "Minister of National Defence": {"Defence Minister"},
	"Minister for National Defence": {"Defence Minister"}, "Minister of National Defense": {"Defence Minister"},
	"Minister of Defence and Armed Forces Logistics": {"Defence Minister"}, "Minister of Defence and Military Veterans": {"Defence Minister"},
	"Minister of Defence and National Security": {"Defence Minister"}, "Minister of Defence and Veterans Affairs": {"Defence Minister"},
	"Minister of National Defence and Border Security": {"Defence Minister"},
	"Minister of the Armed Forces":                     {"Defence Minister"}, "Minister for the Armed Forces": {"Defence Minister"},
	"Minister of Armed Forces": {"Defence Minister"}, "Secretary for Defence": {"Defence Minister"},
	"Secretary of Defence": {"Defence Minister"}, "Secretary of National Defence": {"Defence Minister"},
	"Secretary of National Defense": {"Defence Minister"}, "Secretary of State for Defence": {"Defence Minister"},
}

// byState are titles that mean the office in one state only.
var byState = map[string]map[string]office{
	"United States": {"Secretary of State": {"Foreign Minister"}},
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
	// honorifics Wikidata's labels sometimes start with
	prefixRe = regexp.MustCompile(`^(Dr\.? |Prof\.? |Sir |Dame |Archbishop |Cardinal |Sheikh |Shaikh |General |Gen\. |Lt\. Gen\. |Colonel |Col\. |Major General |Admiral |Marshal |Field Marshal )+`)
)

func run(dir, src, manifest, dropsPath, wordsPath, out string) error {
	english, err := wordlist.Read(wordsPath)
	if err != nil {
		return err
	}
	proper, err := properNames(wordsPath)
	if err != nil {
		return err
	}
	srcs, err := readManifest(manifest)
	if err != nil {
		return err
	}
	dropped, err := readDropped(dropsPath)
	if err != nil {
		return err
	}
	// what the dictionary holds: every string (folded key -> entry), the
	// persons' surnames and first names, and the tables' stop lists
	k := newKnown()
	hand := []string{}
	for _, n := range []string{"media.jsonl", "orgs.jsonl", "people.jsonl", "states.jsonl"} {
		hand = append(hand, filepath.Join(dir, n))
	}
	d, err := dict.Load(nil, hand...)
	if err != nil {
		return err
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
	tables, err := filepath.Glob(filepath.Join(dir, "gen", "*.txt"))
	if err != nil {
		return err
	}
	outAbs, _ := filepath.Abs(out)
	for _, t := range tables {
		if a, _ := filepath.Abs(t); a == outAbs {
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
				if n := cleanName(r.name); len(strings.Fields(n)) > 1 {
					population[key(names.Surname(n))]++
					populationFirst[key(strings.Fields(n)[0])] = true
				}
			}
			o, ok := byState[r.state][r.position]
			if !ok {
				o, ok = offices[r.position]
			}
			if !ok || !dateRe.MatchString(r.start) && r.start != "" || !dateRe.MatchString(r.end) && r.end != "" {
				continue
			}
			if r.end != "" && r.end < "2000" || r.start > "2027" {
				continue
			}
			// an end known to the year only that falls before an exact start
			// ("2009-02-20..2009") is no date the format can write
			if r.start != "" && r.end != "" && pad(r.end) < pad(r.start) {
				continue
			}
			title := o.title
			if title == "" {
				title = "King"
				if r.gender == "female" {
					title = "Queen"
				}
			}
			if dropped[r.id] {
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
		p.name = cleanName(p.name)
		p.enwiki = cleanName(parenRe.ReplaceAllString(p.enwiki, ""))
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
			case len([]rune(mainWord(s))) < 6, mainWord(s) != s, names.NoBareCountry(p.state, p.name), noBare[p.state], strings.Contains(s, " ") && !hasParticle(s),
				surnames[sk] != 1, k.stop[strings.ToLower(s)], english[strings.ToLower(s)], english[strings.ToLower(names.Fold(s))],
				k.strings[sk] != "", k.places[sk], first[sk], k.tokens[sk], proper[sk], population[sk] > 1, populationFirst[sk], common[sk]:
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

// noBare are the states whose names the converter never cuts to the last
// word, besides the generator's (names.NoBareCountry): where the family
// name comes first (China, Taiwan, the Koreas, Vietnam, Cambodia), where
// the last word is a father's or grandfather's given name (Somalia,
// Somaliland, Djibouti, Mongolia, Malaysia, Brunei, the Maldives), and where
// most persons have no family name (Myanmar, Bhutan).
var noBare = map[string]bool{
	"China": true, "Taiwan": true, "North Korea": true, "South Korea": true, "Vietnam": true, "Cambodia": true,
	"Somalia": true, "Somaliland": true, "Djibouti": true, "Mongolia": true, "Malaysia": true, "Brunei": true,
	"Maldives": true, "Myanmar": true, "Bhutan": true,
}

// common are surnames the rules let through that are common in their
// countries or are words or names of something else in news (a journalist,
// a brand, a Spanish or Portuguese word): never bare.
var common = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Stephanopoulos Grigoryan Okello Mwinyi Gustaf Habibi Islami Carrera Puerta Portas Pequeno Caballeros
		Corrales Novillo Mansilla Ampuero Larriva Latour Longchamp Goffin Madoka Schmitt Chettiar Mathai
		Masuku Mhlanga Doucouré Gassama Stanković Mihailović Milutinović Cvetković Kurbanov Azizov Marchuk
		Panfilov Maltsev Chumakov Arbuzov Rexhepi Sircar Sarraf Jilani Khattak Shanmugam Tolentino Ermita
		Brownlee Pettigrew Lovell Weekes Fernald Grigsby Hillen Meller Levens Korman Bousquet Desbordes
		Renauld Baudin Saimon Jungmann Samuelsen Espersen Bernier Botelho Bandeira Barbeiro Carreiras
		Valentini Ruggiero Henare Ainsworth Lonsdale Lackin Andall Casimir Rodrigue Riviere Savarin Sattar
		Hassane Muhsen Yousfi Petrovska Vrabie Oprea`) {
		common[key(w)] = true
	}
}

// mainWord is a surname without its particles: "Daghr" of "bin Daghr",
// "Tai" of "al-Tai".
func mainWord(s string) string {
	f := strings.Fields(s)
	w := f[len(f)-1]
	for _, p := range []string{"al-", "Al-", "el-", "El-", "ad-", "as-", "an-", "ar-", "at-", "az-", "ash-", "ul-"} {
		w = strings.TrimPrefix(w, p)
	}
	return w
}

// hasParticle reports whether a surname of several words starts with a
// particle ("bin Daghr", "Van der Bellen"), the only kind the rules make bare.
func hasParticle(s string) bool {
	f := strings.Fields(s)
	return len(f) > 1 && unicode.IsLower([]rune(f[0])[0])
}

// strings are the names of p the dictionary will hold, folded forms included.
func (p *person) strings() []string {
	s := []string{p.name}
	if p.enwiki != "" && key(p.enwiki) != key(p.name) {
		s = append(s, p.enwiki)
	}
	return s
}

// cleanName drops honorifics and suffixes Wikidata's labels carry, and
// returns "" for a label that is no person's name (an item id, a title).
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ", Sr.")
	s = strings.TrimSuffix(s, ", Jr.")
	s = prefixRe.ReplaceAllString(s, "")
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

// mainState is the state of most of the terms (the first on a tie).
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
// cabinet, the same office).
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
// generator does.
func pad(s string) string {
	switch len(s) {
	case 4:
		return s + "-01-01"
	case 7:
		return s + "-01"
	}
	return s
}

// key folds s for matching: no diacritics, case, spaces or punctuation.
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

func newKnown() *known {
	return &known{strings: map[string]string{}, surnames: map[string]int{}, byState: map[string]map[string]bool{},
		first: map[string]bool{}, tokens: map[string]bool{}, stop: map[string]bool{}, places: map[string]bool{}}
}

func (k *known) addString(s, entry string) {
	k.strings[key(s)] = entry
	if t := strings.TrimPrefix(s, "the "); t != s {
		k.strings[key(t)] = entry
	}
}

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
// the same person.
func initialKey(name string) string {
	f := strings.Fields(names.Fold(name))
	if len(f) == 0 {
		return ""
	}
	return skeleton(key(names.Surname(name))) + "/" + strings.ToLower(string([]rune(f[0])[0]))
}

// skeleton is a folded word without vowels, y, w, h and doubled letters.
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

func (k *known) has(s string) bool { return k.strings[key(s)] != "" }

func (k *known) sameSurnameInitial(name, state string) bool {
	return k.byState[state][initialKey(name)]
}

// readTable reads the names, aliases and stop lists of one of the typed
// tables (the format of gen/officials.txt).
func (k *known) readTable(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	state := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
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
				continue
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
	}
	return sc.Err()
}

// readPlaces reads the place names of places.tsv (Place<TAB>State).
func (k *known) readPlaces(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if i := strings.Index(line, "\t"); i > 0 {
			k.places[key(line[:i])] = true
		}
	}
	return sc.Err()
}

// properNames returns the capitalised words of the word list (place names,
// given names, famous surnames: "Shannon", "Jordan"), folded: none is a new
// person's bare surname.
func properNames(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	w := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s != "" && !strings.HasSuffix(s, "'s") && unicode.IsUpper([]rune(s)[0]) {
			w[key(s)] = true
		}
	}
	return w, sc.Err()
}

// readDropped reads the Wikidata ids of the persons left out on purpose
// (id<TAB>name<TAB>reason: a new wrong edge the person made on the read
// sets, say).
func readDropped(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, _, _ := strings.Cut(line, "\t")
		if !qidRe.MatchString(id) {
			return nil, fmt.Errorf("%s: want a Wikidata id first: %q", path, line)
		}
		out[id] = true
	}
	return out, sc.Err()
}

// source is one repository of the manifest.
type source struct{ repo, commit, date, state string }

func readManifest(path string) ([]source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []source
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 4 {
			return nil, fmt.Errorf("%s: want repository, commit, date, state: %q", path, line)
		}
		out = append(out, source{p[0], p[1], p[2], p[3]})
	}
	return out, sc.Err()
}

// readHolders reads one holders21.csv (position, person, personID, start,
// end, gender, ...).
func readHolders(path, state string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
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

// header is the table's comment block: the source, its licence, the format.
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
	return fmt.Sprintf(`# GENERATED by `+"`go run ./extract/dict/gen/wikidata`"+` (see its doc comment): do not
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
#
# Heads of state and of government, foreign and defence ministers of
# 2000-2026 whom the dictionary did not hold yet (see docs/dictionary.md).
# Titles are the tables' generic ones. A term Wikidata leaves open ends at
# the date of its repository's commit (2022-2023, sources.tsv): the dataset
# knows nothing after it.
# A date of YYYY or YYYY-MM is one Wikidata knew only so far.
# Aliases: the English Wikipedia title where it is written otherwise; the
# surname alone only where the converter's rules allow it ("bare: explicit").
bare: explicit
`, len(srcs), oldest, newest)
}
