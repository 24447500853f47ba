package dict

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func mustDefault(t *testing.T) *Dictionary {
	t.Helper()
	d, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return d
}

func TestDefaultLoads(t *testing.T) {
	d := mustDefault(t)
	count := map[Kind]int{}
	for _, e := range d.Entries() {
		count[e.Kind]++
	}
	t.Logf("entries: %d (states %d, orgs %d, people %d, media %d)",
		d.Len(), count[State], count[Org], count[Person], count[Media])
	if count[State] < 193+4 {
		t.Errorf("states = %d, want at least 197 (193 UN members, Palestine, Kosovo, Taiwan, Holy See)", count[State])
	}
	if count[Person] < 200 {
		t.Errorf("people = %d, want at least 200", count[Person])
	}
	if count[Org] == 0 || count[Media] == 0 {
		t.Errorf("orgs = %d, media = %d, want some of each", count[Org], count[Media])
	}
}

// unMembers are the 193 member states of the United Nations, by canonical name.
var unMembers = []string{
	"Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda",
	"Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain",
	"Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia",
	"Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso",
	"Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Central African Republic",
	"Chad", "Chile", "China", "Colombia", "Comoros", "Costa Rica", "Croatia", "Cuba",
	"Cyprus", "Czech Republic", "Democratic Republic of the Congo", "Denmark", "Djibouti",
	"Dominica", "Dominican Republic", "East Timor", "Ecuador", "Egypt", "El Salvador",
	"Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland",
	"France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada",
	"Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary",
	"Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
	"Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati",
	"Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
	"Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
	"Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
	"Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
	"Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua",
	"Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan",
	"Palau", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland",
	"Portugal", "Qatar", "Republic of the Congo", "Romania", "Russia", "Rwanda",
	"Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa",
	"San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia",
	"Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands",
	"Somalia", "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan",
	"Suriname", "Sweden", "Switzerland", "Syria", "Tajikistan", "Tanzania", "Thailand",
	"Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu",
	"Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States",
	"Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Yemen", "Zambia",
	"Zimbabwe",
}

func TestEveryStateIsPresent(t *testing.T) {
	if len(unMembers) != 193 {
		t.Fatalf("the test's list has %d UN members, want 193", len(unMembers))
	}
	d := mustDefault(t)
	for _, n := range append(unMembers, "Palestine", "Kosovo", "Taiwan", "Holy See") {
		e, ok := d.Lookup(n)
		if !ok {
			t.Errorf("state %q missing", n)
			continue
		}
		if e.Kind != State {
			t.Errorf("%q: kind %q, want state", n, e.Kind)
		}
	}
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestTrickyStates(t *testing.T) {
	d := mustDefault(t)
	tests := []struct {
		name                        string
		aliases, demonyms, metonyms []string
	}{
		{"United States", []string{"US", "U.S.", "USA", "America"}, []string{"American", "Americans"},
			[]string{"Washington", "the White House", "the Pentagon", "the State Department"}},
		{"United Kingdom", []string{"UK", "U.K.", "Britain", "Great Britain"}, []string{"British"},
			[]string{"London", "Downing Street", "Whitehall"}},
		{"France", nil, []string{"French"}, []string{"Paris", "the Elysee", "Élysée", "Quai d'Orsay"}},
		{"Russia", []string{"Russian Federation"}, []string{"Russian", "Russians"}, []string{"Moscow", "the Kremlin"}},
		{"Iran", []string{"Islamic Republic of Iran"}, []string{"Iranian", "Iranians"}, []string{"Tehran", "the Islamic Republic"}},
		{"Israel", nil, []string{"Israeli", "Israelis"}, []string{"Jerusalem", "the Jewish state"}},
		{"China", []string{"PRC"}, []string{"Chinese"}, []string{"Beijing"}},
		{"Turkey", []string{"Türkiye", "Turkiye"}, []string{"Turkish"}, []string{"Ankara"}},
		{"Saudi Arabia", nil, []string{"Saudi", "Saudis"}, []string{"Riyadh"}},
		{"United Arab Emirates", []string{"UAE"}, []string{"Emirati", "Emiratis"}, []string{"Abu Dhabi"}},
		{"Democratic Republic of the Congo", []string{"DRC", "DR Congo"}, nil, []string{"Kinshasa"}},
		{"Ukraine", nil, []string{"Ukrainian"}, []string{"Kyiv"}},
		{"South Korea", []string{"Republic of Korea"}, []string{"South Korean"}, []string{"Seoul"}},
		{"North Korea", []string{"DPRK"}, []string{"North Korean"}, []string{"Pyongyang"}},
		{"Ivory Coast", []string{"Côte d'Ivoire"}, []string{"Ivorian"}, nil},
		{"Holy See", []string{"Vatican", "the Vatican"}, nil, nil},
		{"Palestine", []string{"State of Palestine"}, []string{"Palestinian", "Palestinians"}, []string{"Ramallah"}},
	}
	for _, tt := range tests {
		e, ok := d.Lookup(tt.name)
		if !ok {
			t.Errorf("%q missing", tt.name)
			continue
		}
		if e.Kind != State || e.Country != tt.name {
			t.Errorf("%q: kind %q country %q", tt.name, e.Kind, e.Country)
		}
		for _, a := range tt.aliases {
			if !has(e.Aliases, a) {
				t.Errorf("%q: alias %q missing", tt.name, a)
			}
		}
		for _, a := range tt.demonyms {
			if !has(e.Demonyms, a) {
				t.Errorf("%q: demonym %q missing", tt.name, a)
			}
		}
		for _, a := range tt.metonyms {
			if !has(e.Metonyms, a) {
				t.Errorf("%q: metonym %q missing", tt.name, a)
			}
		}
	}
}

// TestMetonymsResolve checks, through a string index like the extractor's,
// that stock metonyms name the right state.
func TestMetonymsResolve(t *testing.T) {
	idx := index(mustDefault(t))
	for s, want := range map[string]string{
		"Washington":       "United States",
		"Tehran":           "Iran",
		"the Kremlin":      "Russia",
		"Downing Street":   "United Kingdom",
		"the Jewish state": "Israel",
		"the Elysee":       "France",
		"Beijing":          "China",
		"Kyiv":             "Ukraine",
		"Brussels":         "European Union",
		"IDF":              "Israel Defense Forces",
		"Zelenskyy":        "Volodymyr Zelensky",
		"Abdollahian":      "Hossein Amir-Abdollahian",
		"Kishida Fumio":    "Fumio Kishida",
		"Antonio Guterres": "António Guterres",
		"told the BBC":     "",
	} {
		got := idx[strings.ToLower(s)]
		if want == "" {
			if len(got) != 0 {
				t.Errorf("%q resolves to %v, want nothing", s, got)
			}
			continue
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q resolves to %v, want %q", s, got, want)
		}
	}
}

// index maps every name, alias, demonym and metonym (lower-cased) to the
// canonical names of the entries that use it.
func index(d *Dictionary) map[string][]string {
	idx := map[string][]string{}
	for _, e := range d.Entries() {
		seen := map[string]bool{}
		for _, group := range [][]string{{e.Name}, e.Aliases, e.Demonyms, e.Metonyms} {
			for _, s := range group {
				k := strings.ToLower(s)
				if seen[k] {
					continue
				}
				seen[k] = true
				idx[k] = append(idx[k], e.Name)
			}
		}
	}
	return idx
}

// sharedStrings lists the strings that may name two entries, with the reason.
var sharedStrings = map[string]string{}

func TestNoSharedStrings(t *testing.T) {
	for s, entries := range index(mustDefault(t)) {
		if len(entries) < 2 {
			continue
		}
		if _, ok := sharedStrings[s]; ok {
			continue
		}
		t.Errorf("%q names %d entries: %v (add it to sharedStrings with a reason, or remove it)", s, len(entries), entries)
	}
	idx := index(mustDefault(t))
	for s := range sharedStrings {
		if len(idx[s]) < 2 {
			t.Errorf("sharedStrings lists %q, which no longer names two entries", s)
		}
	}
}

func TestCountriesAndRoles(t *testing.T) {
	d := mustDefault(t)
	date := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	for _, e := range d.Entries() {
		if e.Country != "" {
			c, ok := d.Lookup(e.Country)
			if !ok || c.Kind != State {
				t.Errorf("%s: country %q is not a known state", e.Name, e.Country)
			}
		}
		if e.Kind == State && len(e.Metonyms) == 0 {
			t.Logf("%s: no metonyms", e.Name)
		}
		if e.Kind != Person && len(e.Roles) > 0 {
			t.Errorf("%s: a %s has roles", e.Name, e.Kind)
		}
		if e.Kind == Person && len(e.Roles) == 0 {
			t.Errorf("%s: a person without roles", e.Name)
		}
		for _, r := range e.Roles {
			if r.Title == "" {
				t.Errorf("%s: role without title", e.Name)
			}
			if r.Of != "" {
				o, ok := d.Lookup(r.Of)
				if !ok || (o.Kind != State && o.Kind != Org) {
					t.Errorf("%s: role %q of %q, which is no known state or organisation", e.Name, r.Title, r.Of)
				}
			}
			for _, s := range []string{r.From, r.To} {
				if s != "" && !date.MatchString(s) {
					t.Errorf("%s: role %q: date %q is not YYYY-MM-DD", e.Name, r.Title, s)
				}
			}
			if r.From != "" && r.To != "" && r.To < r.From {
				t.Errorf("%s: role %q ends (%s) before it starts (%s)", e.Name, r.Title, r.To, r.From)
			}
		}
		for _, group := range [][]string{e.Aliases, e.Demonyms, e.Metonyms} {
			for _, s := range group {
				if strings.TrimSpace(s) != s || s == "" {
					t.Errorf("%s: blank or padded string %q", e.Name, s)
				}
			}
		}
	}
}

func TestInternationalOfficialsHaveNoCountry(t *testing.T) {
	d := mustDefault(t)
	for _, n := range []string{"António Guterres", "Ursula von der Leyen", "Kaja Kallas", "Mark Rutte",
		"Jens Stoltenberg", "Rafael Grossi", "United Nations", "European Union", "Islamic State"} {
		e, ok := d.Lookup(n)
		if !ok {
			t.Errorf("%q missing", n)
			continue
		}
		if e.Country != "" {
			t.Errorf("%q: country %q, want none", n, e.Country)
		}
	}
	for n, want := range map[string]string{
		"Hamas": "Palestine", "Hezbollah": "Lebanon", "Houthis": "Yemen", "Rapid Support Forces": "Sudan",
		"Islamic Revolutionary Guard Corps": "Iran", "Israel Defense Forces": "Israel",
		"Hassan Nasrallah": "Lebanon", "Yahya Sinwar": "Palestine", "Mohamed Hamdan Dagalo": "Sudan",
		"CNN": "United States",
	} {
		e, ok := d.Lookup(n)
		if !ok {
			t.Errorf("%q missing", n)
			continue
		}
		if e.Country != want {
			t.Errorf("%q: country %q, want %q", n, e.Country, want)
		}
	}
}

func TestUserOverride(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "mine.jsonl")
	data := `// my additions
{"name": "Joe Biden", "kind": "person", "country": "United States", "aliases": ["Uncle Joe"], "roles": [{"title": "Senator", "from": "1973-01-03", "to": "2009-01-15"}]}

{"name": "Freedonia", "kind": "state", "demonyms": ["Freedonian"], "metonyms": ["Freedonia City"]}
`
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Load(embedded, p)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	def := mustDefault(t)
	if d.Len() != def.Len()+1 {
		t.Errorf("Len = %d, want %d", d.Len(), def.Len()+1)
	}
	b, ok := d.Lookup("Joe Biden")
	if !ok || len(b.Aliases) != 1 || b.Aliases[0] != "Uncle Joe" || b.Roles[0].Title != "Senator" {
		t.Errorf("Joe Biden not replaced: %+v", b)
	}
	f, ok := d.Lookup("Freedonia")
	if !ok || f.Kind != State || f.Country != "Freedonia" || !has(f.Metonyms, "Freedonia City") {
		t.Errorf("Freedonia not added: %+v", f)
	}
	// The default is untouched.
	if b, _ := def.Lookup("Joe Biden"); !has(b.Aliases, "Biden") {
		t.Errorf("default Joe Biden changed: %+v", b)
	}
	if _, ok := def.Lookup("Freedonia"); ok {
		t.Error("default dictionary gained Freedonia")
	}
	// Same through LoadWithDefault.
	d2, err := LoadWithDefault(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d2.Lookup("Freedonia"); !ok {
		t.Error("LoadWithDefault: Freedonia missing")
	}
}

func TestMalformedLine(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ name, data, want string }{
		{"bad.jsonl", "// comment\n{\"name\": \"Aa\", \"kind\": \"state\"}\n{\"name\": \"Bb\", \"kind\": \n", "bad.jsonl:3"},
		{"kind.jsonl", "{\"name\": \"Aa\", \"kind\": \"planet\"}\n", "kind.jsonl:1"},
		{"field.jsonl", "\n{\"name\": \"Aa\", \"kind\": \"state\", \"colour\": \"red\"}\n", "field.jsonl:2"},
		{"noname.jsonl", "{\"kind\": \"org\"}\n", "noname.jsonl:1"},
		// QA: a second value on a line was dropped silently
		{"two.jsonl", "{\"name\": \"Aa\", \"kind\": \"state\"} {\"name\": \"Bb\", \"kind\": \"state\"}\n", "two.jsonl:1: more than one JSON value"},
		{"tail.jsonl", "{\"name\": \"Aa\", \"kind\": \"state\"}garbage\n", "tail.jsonl:1"},
		{"date.jsonl", "{\"name\": \"A B\", \"kind\": \"person\", \"roles\": [{\"title\": \"President\", \"from\": \"yesterday\"}]}\n", "date.jsonl:1: A B: role \"President\": date \"yesterday\" is not YYYY-MM-DD"},
		{"month.jsonl", "{\"name\": \"A B\", \"kind\": \"person\", \"roles\": [{\"title\": \"President\", \"to\": \"2020-13-45\"}]}\n", "month.jsonl:1"},
		{"short.jsonl", "{\"name\": \"Kanoria\", \"kind\": \"org\", \"aliases\": [\"a\"]}\n", "short.jsonl:1: Kanoria: the name \"a\" is too short"},
		{"order.jsonl", "{\"name\": \"A B\", \"kind\": \"person\", \"roles\": [{\"title\": \"President\", \"from\": \"2025-01-01\", \"to\": \"2020-01-01\"}]}\n", "order.jsonl:1: A B: role \"President\": from 2025-01-01 is after to 2020-01-01"},
		{"notitle.jsonl", "{\"name\": \"A B\", \"kind\": \"person\", \"roles\": [{\"title\": \"\"}]}\n", "notitle.jsonl:1: A B: a role with no title"},
		{"of.jsonl", "{\"name\": \"A B\", \"kind\": \"person\", \"roles\": [{\"title\": \"Envoy\", \"of\": \"Atlantis\"}]}\n", "of.jsonl:1: A B: role \"Envoy\" of \"Atlantis\""},
		{"hamas.jsonl", "{\"name\": \"Hamas\", \"kind\": \"person\", \"country\": \"Palestine\"}\n", "hamas.jsonl:1: Hamas replaces Hamas with a person"},
		{"iran.jsonl", "{\"name\": \"Iran\", \"kind\": \"org\"}\n", "iran.jsonl:1: Iran replaces the state Iran with a org"},
		{"narnia.jsonl", "\n{\"name\": \"A B\", \"kind\": \"person\", \"country\": \"Narnia\"}\n", "narnia.jsonl:2: A B: country \"Narnia\" is no state"},
	} {
		p := filepath.Join(dir, tt.name)
		if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(embedded, p)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q does not name %q", tt.name, err, tt.want)
		}
	}
	if _, err := Load(embedded, filepath.Join(dir, "missing.jsonl")); err == nil {
		t.Error("missing file: no error")
	}
}

// TestUserPhrasesOverlap: a byte-order mark opens a user file unharmed; a
// user's phrase that another actor has too, and a name one user file
// defines twice, are listed for a warning, in file order; without user
// files nothing is.
func TestUserPhrasesOverlap(t *testing.T) {
	p := filepath.Join(t.TempDir(), "mine.jsonl")
	data := "\ufeff{\"name\": \"Kanoria\", \"kind\": \"org\", \"country\": \"Israel\", \"aliases\": [\"Iran\", \"Kanorians\"]}\n" +
		"{\"name\": \"Blorvia\", \"kind\": \"state\", \"metonyms\": [\"Washington\"]}\n" +
		"{\"name\": \"Blorvia\", \"kind\": \"state\", \"metonyms\": [\"Blorv City\"]}\n"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Load(embedded, p)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	var got []string
	for _, o := range d.Overlaps() {
		got = append(got, o.String())
	}
	want := []string{
		p + `:3: "Blorvia" is defined again here; this entry replaces the one at ` + p + ":2",
		p + `:1: "Iran" of Kanoria is also a name of Iran (states.jsonl:`,
	}
	if len(got) != 2 || got[0] != want[0] || !strings.HasPrefix(got[1], want[1]) {
		t.Fatalf("overlaps:\n%s\nwant:\n%s...", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if e, _ := d.Lookup("Kanoria"); !e.FromUser() || e.Origin() != p+":1" {
		t.Errorf("Kanoria: FromUser %v, Origin %q", e.FromUser(), e.Origin())
	}
	if e, _ := d.Lookup("Iran"); e.FromUser() || !strings.HasPrefix(e.Origin(), "states.jsonl:") {
		t.Errorf("Iran: FromUser %v, Origin %q", e.FromUser(), e.Origin())
	}
	if o := mustDefault(t).Overlaps(); len(o) != 0 {
		t.Errorf("the embedded dictionary alone has overlaps: %v", o)
	}
}

// BenchmarkLoad measures parsing the embedded dictionary, which every
// extractor start pays once.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
