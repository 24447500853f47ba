package dict

import (
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

//go:embed places.tsv
var placesTSV string

//go:embed regions.tsv
var regionsTSV string

// Places is a gazetteer: city names mapped to the canonical name of the
// state they lie in ("Kharkiv" -> "Ukraine"), so that force against a city
// can be read as force against its state.
//
// A Places is immutable once built and safe for concurrent use.
type Places struct {
	state map[string]string
	names []string // sorted
}

var defaultPlaces = sync.OnceValues(func() (*Places, error) {
	// (the regions follow the cities in one reader: a name listed in both
	// is an error, as a name listed twice in one file is)
	return ParsePlaces(io.MultiReader(strings.NewReader(placesTSV), strings.NewReader("\n"), strings.NewReader(regionsTSV)), "places.tsv+regions.tsv")
})

// DefaultPlaces returns the embedded gazetteer, places.tsv: cities of at
// least 100,000 people from GeoNames (CC BY 4.0), less the names that are
// ambiguous or name another entry of the dictionary (see the file's header
// and docs/dictionary.md), and regions.tsv: the regions news names as the
// place struck or annexed ("Crimea", "Tigray"), typed by hand. It is parsed once, on the first call, in time
// linear in the size of the file, and shared by every caller.
//
// DefaultPlaces does not check the states against the dictionary; the
// package's tests do.
func DefaultPlaces() (*Places, error) { return defaultPlaces() }

// ParsePlaces reads a gazetteer in the format of places.tsv: one place a
// line, the place's name and its state's canonical name separated by a
// single tab. Blank lines and lines starting with "#" are skipped. Both
// fields must be non-empty, without surrounding spaces, and a place may be
// listed once only. The states are not checked against the dictionary.
//
// Errors name the file as name and the line ("places.tsv:12: ..."). The cost
// is linear in the size of r.
func ParsePlaces(r io.Reader, name string) (*Places, error) {
	p := &Places{state: map[string]string{}}
	err := eachDataLine(r, "places "+name, func(line int, text string) error {
		place, state, ok := strings.Cut(text, "\t")
		if !ok {
			return fmt.Errorf("places %s:%d: want place<TAB>state, got %q", name, line, text)
		}
		if strings.Contains(state, "\t") {
			return fmt.Errorf("places %s:%d: more than two tab-separated fields", name, line)
		}
		for _, f := range []struct{ what, s string }{{"place", place}, {"state", state}} {
			if f.s == "" {
				return fmt.Errorf("places %s:%d: empty %s", name, line, f.what)
			}
			if strings.TrimSpace(f.s) != f.s {
				return fmt.Errorf("places %s:%d: %s %q has surrounding spaces", name, line, f.what, f.s)
			}
		}
		if prev, dup := p.state[place]; dup {
			return fmt.Errorf("places %s:%d: %q listed twice (%s, %s)", name, line, place, prev, state)
		}
		p.state[place] = state
		p.names = append(p.names, place)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(p.names)
	return p, nil
}

// State returns the canonical name of the state the place lies in, and
// whether the place is listed. The name must match as written in the file
// (case-sensitive: "Kharkiv", not "kharkiv"). It takes constant time.
func (p *Places) State(name string) (string, bool) {
	s, ok := p.state[name]
	return s, ok
}

// Names returns the listed place names in increasing byte order. The slice
// is a copy, made in time linear in the number of places; the caller may
// modify it.
func (p *Places) Names() []string {
	return append([]string(nil), p.names...)
}

// Len returns the number of places. It takes constant time.
func (p *Places) Len() int { return len(p.names) }
