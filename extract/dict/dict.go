// Package dict holds the actor dictionary: states, organisations and people
// with their aliases, demonyms, metonyms and roles, and media outlets that are
// never actors.
//
// The default dictionary is embedded from the JSONL files in this folder
// (states.jsonl, orgs.jsonl, people.jsonl, media.jsonl). Users extend or
// override it with files of the same format (see Load): an entry whose name is
// already known replaces the default one, and a phrase (name, alias, demonym
// or metonym) that a user's entry shares with another actor is that user
// entry's, the latest read when several users' entries have it (Overlaps
// lists such phrases, for a warning).
//
// # Concurrency
//
// A Dictionary is immutable once loaded and safe for concurrent use.
package dict

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

//go:embed *.jsonl
var embedded embed.FS

// Kind is what sort of actor an entry names.
type Kind string

// The kinds of actor, as in docs/relations.md.
const (
	Person Kind = "person"
	State  Kind = "state"
	Org    Kind = "org"
	Media  Kind = "media" // never an actor: "told the BBC" is no edge
)

// Role is an office a person held: "President" of "United States" from
// 2021-01-20 to 2025-01-20. Dates are YYYY-MM-DD; an empty To means the role
// was still held when the dictionary was written. Approx marks a role with a
// date known only to the month (the day is written as 01) or to the year
// (written as 01-01); the role's other date may be exact. Code comparing
// dates may treat them as exact, readers should not.
type Role struct {
	Title  string `json:"title"`
	Of     string `json:"of,omitempty"` // the state or organisation, when not the person's country
	From   string `json:"from,omitempty"`
	To     string `json:"to,omitempty"`
	Approx bool   `json:"approx,omitempty"` // From or To is known to the month or year only
}

// Entry is one actor (or media outlet) of the dictionary, one JSON line of the
// data files.
type Entry struct {
	Name     string   `json:"name"`               // canonical name: "United States", "Joe Biden"
	Kind     Kind     `json:"kind"`               // person, state, org or media
	Country  string   `json:"country,omitempty"`  // canonical state name; empty for international bodies
	Aliases  []string `json:"aliases,omitempty"`  // other names: "US", "U.S.", "Biden"
	Demonyms []string `json:"demonyms,omitempty"` // states (and some orgs): "American", "Americans"
	Metonyms []string `json:"metonyms,omitempty"` // places and bodies standing for the state: "Washington", "the White House"
	// NameOrder is "family-first" for states whose persons' names are
	// written family name first in English news ("Wang Yi", "Hun Manet"):
	// a later bare "Wang" is the first word, not the last.
	NameOrder string `json:"name_order,omitempty"`
	// StateOrgan marks an organisation that is a state's armed force or
	// service (the IDF, the IRGC, the Sudanese Armed Forces): abroad, its
	// acts of force are its state's.
	StateOrgan bool     `json:"state_organ,omitempty"`
	People     []string `json:"people,omitempty"` // orgs: the stateless people an armed group or authority stands for in news ("Kurdish", "Kurds"); shared by design, read only where the article names the org
	Roles      []Role   `json:"roles,omitempty"`  // persons: offices held

	origin string // "file:line" the entry was read from
	user   bool   // read from a user's file (Load's extra), not the embedded data
}

// Origin is the file and line the entry was read from ("my-actors.jsonl:3").
func (e Entry) Origin() string { return e.origin }

// FromUser reports whether the entry was read from a user's file rather
// than the embedded data. A user's entry claims the phrases it shares with
// another actor (see Overlaps).
func (e Entry) FromUser() bool { return e.user }

// Overlap is a phrase that a user's entry shares with another entry, or a
// canonical name that one user file defines twice.
type Overlap struct {
	Phrase string // the phrase as the user's entry writes it
	Entry  string // the user's entry (canonical name)
	Origin string // its file and line
	Other  string // the other entry's canonical name, and where it was read from
	// TakenBy names the later user entry that the text's phrase is read
	// as, when it is not Entry.
	TakenBy string
}

// String says what the overlap does, for a warning.
func (o Overlap) String() string {
	if o.Phrase == o.Entry && strings.HasPrefix(o.Other, o.Entry+" (") {
		return fmt.Sprintf("%s: %q is defined again here; this entry replaces the one at %s", o.Origin, o.Entry, strings.TrimSuffix(strings.TrimPrefix(o.Other, o.Entry+" ("), ")"))
	}
	if o.TakenBy != "" {
		return fmt.Sprintf("%s: %q of %s is also a name of %s, read later, which takes it: the text's %q is read as %s", o.Origin, o.Phrase, o.Entry, o.Other, o.Phrase, o.TakenBy)
	}
	return fmt.Sprintf("%s: %q of %s is also a name of %s; the text's %q is read as %s", o.Origin, o.Phrase, o.Entry, o.Other, o.Phrase, o.Entry)
}

// Dictionary is a loaded set of entries, keyed by canonical name.
type Dictionary struct {
	entries  []Entry
	byName   map[string]int
	overlaps []Overlap
	users    []string // canonical names read from user files, in file order
}

// Overlaps lists the phrases that a user's file gives an actor the
// embedded data or another user entry gives another one (the user's entry
// claims them), and the canonical names one user file defines twice (the
// later line wins), in file order. Empty without user files. The slice
// must not be modified.
func (d *Dictionary) Overlaps() []Overlap { return d.overlaps }

// Entries returns the entries sorted by kind then name. The slice must not be
// modified.
func (d *Dictionary) Entries() []Entry { return d.entries }

// Lookup returns the entry with the given canonical name (case-sensitive).
func (d *Dictionary) Lookup(name string) (Entry, bool) {
	i, ok := d.byName[name]
	if !ok {
		return Entry{}, false
	}
	return d.entries[i], true
}

// Len is the number of entries.
func (d *Dictionary) Len() int { return len(d.entries) }

var defaultOnce = sync.OnceValues(func() (*Dictionary, error) {
	return Load(embedded)
})

// Default returns the embedded dictionary. It is parsed once and shared.
func Default() (*Dictionary, error) { return defaultOnce() }

// Load reads every *.jsonl file at the top of fsys, in name order, and
// builds a dictionary. A later entry with the same canonical name replaces an
// earlier one. Extra files (paths on disk) are read after fsys, so they
// override it; their entries are FromUser. Errors name the file and line: a
// line that is not one JSON object, an unknown field or kind, a date that is
// not YYYY-MM-DD, a country that is no state of the dictionary. Cost:
// linear in the entries and their phrases.
func Load(fsys fs.FS, extra ...string) (*Dictionary, error) {
	d := &Dictionary{byName: map[string]int{}}
	var names []string
	if fsys != nil {
		matches, err := fs.Glob(fsys, "*.jsonl")
		if err != nil {
			return nil, err
		}
		names = matches
		sort.Strings(names)
		for _, n := range names {
			b, err := fs.ReadFile(fsys, n)
			if err != nil {
				return nil, fmt.Errorf("dictionary %s: %w", n, err)
			}
			if err := d.add(n, bytes.NewReader(b), false); err != nil {
				return nil, err
			}
		}
	}
	for _, p := range extra {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("dictionary: %w", err)
		}
		err = d.add(p, f, true)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	if err := d.finish(); err != nil {
		return nil, err
	}
	return d, nil
}

// LoadWithDefault is Load over the embedded data plus the user's files.
func LoadWithDefault(extra ...string) (*Dictionary, error) {
	if len(extra) == 0 {
		return Default()
	}
	return Load(embedded, extra...)
}

// add reads one file's entries; user marks a user's file.
func (d *Dictionary) add(file string, r io.Reader, user bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	line := 0
	lines := map[string]int{} // canonical name -> its line in this file
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff") // a byte-order mark, as Windows editors write
		}
		text = strings.TrimSpace(text)
		if text == "" || strings.HasPrefix(text, "//") {
			continue
		}
		var e Entry
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			return fmt.Errorf("dictionary %s:%d: %w", file, line, err)
		}
		if _, err := dec.Token(); err != io.EOF {
			return fmt.Errorf("dictionary %s:%d: more than one JSON value on the line (one entry a line)", file, line)
		}
		if err := e.validate(); err != nil {
			return fmt.Errorf("dictionary %s:%d: %w", file, line, err)
		}
		e.origin, e.user = fmt.Sprintf("%s:%d", file, line), user
		if k, ok := lines[e.Name]; ok && user {
			d.overlaps = append(d.overlaps, Overlap{Phrase: e.Name, Entry: e.Name, Origin: e.origin, Other: fmt.Sprintf("%s (%s:%d)", e.Name, file, k)})
		}
		lines[e.Name] = line
		if user {
			d.users = append(d.users, e.Name)
		}
		if i, ok := d.byName[e.Name]; ok {
			d.entries[i] = e
			continue
		}
		d.byName[e.Name] = len(d.entries)
		d.entries = append(d.entries, e)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("dictionary %s:%d: %w", file, line+1, err)
	}
	return nil
}

func (e Entry) validate() error {
	if strings.TrimSpace(e.Name) == "" {
		return fmt.Errorf("entry has no name")
	}
	switch e.Kind {
	case Person, State, Org, Media:
	default:
		return fmt.Errorf("%s: kind %q is not person, state, org or media", e.Name, e.Kind)
	}
	if e.Kind == State && e.Country != "" && e.Country != e.Name {
		return fmt.Errorf("%s: a state's country is itself, not %q", e.Name, e.Country)
	}
	for _, r := range e.Roles {
		if strings.TrimSpace(r.Title) == "" {
			return fmt.Errorf("%s: a role with no title", e.Name)
		}
		for _, day := range []string{r.From, r.To} {
			if _, err := time.Parse(time.DateOnly, day); day != "" && err != nil {
				return fmt.Errorf("%s: role %q: date %q is not YYYY-MM-DD", e.Name, r.Title, day)
			}
		}
		if r.From != "" && r.To != "" && r.From > r.To {
			return fmt.Errorf("%s: role %q: from %s is after to %s", e.Name, r.Title, r.From, r.To)
		}
	}
	for _, p := range e.phrases() {
		// a name of one letter, or none, would match "a" and "I" everywhere
		if utf8.RuneCountInString(strings.TrimSpace(p)) < 2 {
			return fmt.Errorf("%s: the name %q is too short to find in text (two letters or more)", e.Name, p)
		}
	}
	return nil
}

// finish checks that every country is a state of the dictionary, sorts
// the entries and lists the user's overlapping phrases.
func (d *Dictionary) finish() error {
	for i := range d.entries {
		if d.entries[i].Kind == State {
			d.entries[i].Country = d.entries[i].Name
		}
	}
	for _, e := range d.entries {
		if c, ok := d.byName[e.Country]; e.Country != "" && (!ok || d.entries[c].Kind != State) {
			if ok && d.entries[c].user {
				// the user's entry took the state's name: name that line
				o := d.entries[c]
				return fmt.Errorf("dictionary %s: %s replaces the state %s with a %s, but %s (%s) has %s as its country", o.origin, o.Name, o.Name, o.Kind, e.Name, e.origin, o.Name)
			}
			return fmt.Errorf("dictionary %s: %s: country %q is no state of the dictionary (states.jsonl names them)", e.origin, e.Name, e.Country)
		}
		for _, r := range e.Roles {
			if o, ok := d.byName[r.Of]; r.Of != "" && (!ok || d.entries[o].Kind == Person) {
				if ok && d.entries[o].user {
					u := d.entries[o]
					return fmt.Errorf("dictionary %s: %s replaces %s with a person, but %s (%s) holds a role of it", u.origin, u.Name, u.Name, e.Name, e.origin)
				}
				return fmt.Errorf("dictionary %s: %s: role %q of %q: no state, organisation or outlet of the dictionary has that name", e.origin, e.Name, r.Title, r.Of)
			}
		}
	}
	sort.SliceStable(d.entries, func(i, j int) bool {
		a, b := d.entries[i], d.entries[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Name < b.Name
	})
	for i, e := range d.entries {
		d.byName[e.Name] = i
	}
	d.overlaps = append(d.overlaps, d.userOverlaps()...)
	return nil
}

// UserOrder lists the names of the entries read from user files, each
// once, the latest read first: the order in which they claim the phrases
// they share (a later line, or a later file, wins).
func (d *Dictionary) UserOrder() []string {
	var out []string
	seen := map[string]bool{}
	for i := len(d.users) - 1; i >= 0; i-- {
		if n := d.users[i]; !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// userOverlaps lists, in file order, each phrase of a user's entry that
// another entry (another actor) also has, saying which of them the text's
// phrase is read as: the latest user entry that has it.
func (d *Dictionary) userOverlaps() []Overlap {
	if len(d.users) == 0 {
		return nil
	}
	rank := map[string]int{} // user entry -> its place in UserOrder (0: the latest)
	for i, n := range d.UserOrder() {
		rank[n] = i
	}
	owners := map[string][]int{} // lower-case phrase -> entries
	for i, e := range d.entries {
		for _, p := range e.phrases() {
			k := strings.ToLower(p)
			if o := owners[k]; len(o) == 0 || o[len(o)-1] != i {
				owners[k] = append(o, i)
			}
		}
	}
	var out []Overlap
	latest := d.UserOrder()
	for i := len(latest) - 1; i >= 0; i-- { // file order
		e := d.entries[d.byName[latest[i]]]
		for _, p := range e.phrases() {
			var other *Entry
			winner := true
			for _, j := range owners[strings.ToLower(p)] {
				o := &d.entries[j]
				if o.Name == e.Name {
					continue
				}
				if r, ok := rank[o.Name]; ok && r < rank[e.Name] {
					other, winner = o, false // a later user entry takes it
					break
				}
				if other == nil {
					other = o
				}
			}
			if other == nil {
				continue
			}
			ov := Overlap{Phrase: p, Entry: e.Name, Origin: e.origin, Other: fmt.Sprintf("%s (%s)", other.Name, other.origin)}
			if !winner {
				ov.TakenBy = other.Name
			}
			out = append(out, ov)
		}
	}
	return out
}

// phrases are the strings that name the entry in text: its name, aliases,
// demonyms and metonyms.
func (e Entry) phrases() []string {
	out := append([]string{e.Name}, e.Aliases...)
	out = append(out, e.Demonyms...)
	return append(out, e.Metonyms...)
}
