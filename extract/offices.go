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
