package extract

import (
	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// holder is one term of office of a dictionary person.
type holder struct {
	actor    graph.Actor
	from, to string // dates, "" when open
	title    string // the office as the dictionary writes it, lower case
}

// offices indexes the dictionary's persons by the office they held: the
// state (or body, for a role "of" one) and the role class ("head",
// "government", "foreign", ...). It answers "Kuwait's leader", "the
// Turkish foreign minister" where the article names nobody of that office:
// the person who held it on the article's date.
type offices map[[2]string][]holder

// buildOffices indexes every role of d whose title has a role class.
// Cost: O(roles).
func buildOffices(d *dict.Dictionary, roleClass func(string) string) offices {
	idx := offices{}
	for _, e := range d.Entries() {
		if e.Kind != dict.Person {
			continue
		}
		a := graph.Actor{Name: e.Name, Kind: graph.Person, Country: e.Country}
		for _, r := range e.Roles {
			class := roleClass(r.Title)
			of := r.Of
			if of == "" {
				of = e.Country
			}
			if class == "" || of == "" {
				continue
			}
			k := [2]string{of, class}
			idx[k] = append(idx[k], holder{actor: a, from: r.From, to: r.To, title: text.Lower(r.Title)})
		}
	}
	return idx
}

// holderOn returns the one person who held an office of class (or, for the
// bare title "leader", of head of state or government) of country on date,
// "YYYY-MM-DD". It answers false when the date is unknown or when nobody,
// or more than one person, held such an office then: a title the
// dictionary cannot settle stays the state.
func (o offices) holderOn(country, class, title, date string) (graph.Actor, bool) {
	if date == "" {
		return graph.Actor{}, false
	}
	return o.only(country, class, title, func(h holder) bool {
		return (h.from == "" || h.from <= date) && (h.to == "" || date < h.to)
	})
}

// only returns the one person of country who held an office of class (or,
// for the bare title "leader", of head of state or government) in a term
// that in accepts; false when none or several did.
func (o offices) only(country, class, title string, in func(holder) bool) (graph.Actor, bool) {
	if country == "" {
		return graph.Actor{}, false
	}
	classes := []string{class}
	if class == "leader" && title == "leader" {
		classes = []string{"head", "government"}
	}
	var found graph.Actor
	n := 0
	for _, c := range classes {
		for _, h := range o[[2]string{country, c}] {
			if in(h) && h.actor.Name != found.Name {
				found = h.actor
				n++
			}
		}
	}
	return found, n == 1
}
