package extract

import (
	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
	"strings"
)

// holder is one term of office of a dictionary person.
type holder struct {
	actor    graph.Actor
	from, to string // dates, "" when open
	title    string // the office as the dictionary writes it, lower case
}

// offices indexes the dictionary's persons by the office they held: the
// state (or body, for a role "of" one) and the role class ("head",
// "government", "foreign", ...). It answers whether a person the article
// names held the office a bare title names ("Saudi Arabia's foreign
// minister" ... "Jubeir said") and dates an undated article by its titled
// persons; a title whose holder the article never names stays the state
// (relations.md).
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

// bySurname returns the one holder of office class of body or state of
// whose name ends with surname ("UN Special Envoy Griffiths": Martin
// Griffiths), else a. Cost: O(holders of that office).
func (o offices) bySurname(a graph.Actor, of, class, surname string) graph.Actor {
	if of == "" || class == "" {
		return a
	}
	var found *graph.Actor
	for _, h := range o[[2]string{of, class}] {
		if strings.HasSuffix(h.actor.Name, " "+surname) {
			if found != nil && found.Name != h.actor.Name {
				return a // two holders of that surname: none
			}
			c := h.actor
			found = &c
		}
	}
	if found == nil {
		return a
	}
	return *found
}
