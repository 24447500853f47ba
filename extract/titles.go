package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// held reports whether the person name held an office of class (or, for
// the bare title "leader", of head of state or government) of country in
// a term that overlaps [lo, hi) ("" leaves a side open). Cost: the holders
// of that office.
func (o offices) held(name, country, class, title, lo, hi string) bool {
	classes := []string{class}
	if class == "leader" && title == "leader" {
		classes = []string{"head", "government"}
	}
	for _, c := range classes {
		for _, h := range o[[2]string{country, c}] {
			if h.actor.Name == name && overlaps(h.from, h.to, lo, hi) {
				return true
			}
		}
	}
	return false
}

// overlaps reports whether the terms [a0, a1) and [b0, b1) of dates
// ("YYYY-MM-DD", or shorter; "" for open) share a day.
func overlaps(a0, a1, b0, b1 string) bool {
	return (a1 == "" || b0 == "" || b0 < a1) && (b1 == "" || a0 == "" || a0 < b1)
}

// heldByNamed is byTitle's second reading: a person the article names who,
// by the dictionary, held that office of that state when the article was
// written (its date, else its era, else ever), though the article gives
// them another title or none ("Saudi Arabia's foreign minister said ...
// Adel al-Jubeir said"), when exactly one person fits.
func (ar *article) heldByNamed(class, title, country string) (graph.Actor, bool) {
	lo, hi := ar.published, ar.published
	if lo == "" {
		lo, hi = ar.era()
	} else {
		hi = lo + "~" // the day itself: [date, date~)
	}
	if country == "" {
		return graph.Actor{}, false // a title of no state's: the first reading's alone
	}
	var fit []*person
	for i := range ar.persons {
		if p := &ar.persons[i]; ar.x.offices.held(p.actor.Name, country, class, title, lo, hi) {
			fit = append(fit, p)
		}
	}
	if len(fit) != 1 {
		return graph.Actor{}, false
	}
	return fit[0].actor, true
}

// counterpartHeld returns the one person of state c the article names who
// held, at the article's date, an office of a class that subj held then
// for their own state: "Lavrov ... urged his US counterpart" is Kerry
// when the article names Kerry, both foreign ministers. Cost: O(persons
// x the dictionary's offices).
func (ar *article) counterpartHeld(subj graph.Actor, c string) (graph.Actor, bool) {
	if subj.Kind != graph.Person || subj.Country == "" || c == "" || subj.Country == c {
		return graph.Actor{}, false
	}
	lo, hi := ar.published, ar.published
	if lo == "" {
		lo, hi = ar.era()
	} else {
		hi = lo + "~"
	}
	var fit []graph.Actor
	for i := range ar.persons {
		p := ar.persons[i].actor
		if p.Country != c || p.Name == subj.Name {
			continue
		}
		for k, hs := range ar.x.offices {
			if k[0] != c || !slices.ContainsFunc(hs, func(h holder) bool { return h.actor.Name == p.Name && overlaps(h.from, h.to, lo, hi) }) {
				continue
			}
			if ar.x.offices.held(subj.Name, subj.Country, k[1], "", lo, hi) {
				fit = append(fit, p)
				break
			}
		}
	}
	if len(fit) != 1 {
		return graph.Actor{}, false
	}
	return fit[0], true
}

// era is the span an undated article was written in, read off the persons
// it names with a title the dictionary knows them by ("Secretary of State
// Mike Pompeo": 2018-04-26 to 2021-01-20): the span all such terms share.
// It is ("", "") when the article names no such person or the terms share
// no day. Computed once. Cost: O(titled persons x their roles).
func (ar *article) era() (lo, hi string) {
	if ar.eraDone {
		return ar.eraLo, ar.eraHi
	}
	ar.eraDone = true
	any := false
	for _, t := range ar.titledKnown {
		// the hull of the terms of that office: a person may have held it twice
		tlo, thi, found := "", "", false
		for _, h := range ar.x.offices[[2]string{t.country, t.class}] {
			if h.actor.Name != t.name || h.title != t.title && !strings.HasPrefix(h.title, t.title+" ") {
				continue // the office as the text titles it, not another of that class
			}
			if !found || h.from < tlo {
				tlo = h.from
			}
			if !found || thi != "" && (h.to == "" || h.to > thi) {
				thi = h.to
			}
			found = true
		}
		if !found {
			continue
		}
		if !any {
			lo, hi, any = tlo, thi, true
			continue
		}
		if tlo > lo {
			lo = tlo
		}
		if thi != "" && (hi == "" || thi < hi) {
			hi = thi
		}
	}
	if !any || lo == "" && hi == "" || hi != "" && lo >= hi {
		return "", ""
	}
	ar.eraLo, ar.eraHi = lo, hi
	return lo, hi
}

// titledKnown is a dictionary person the article names with a title of
// theirs: "Emir Sheikh Tamim", "Secretary of State Mike Pompeo".
type titledKnown struct {
	name, country, class, title string
}

// noteTitledKnown records a dictionary person named with a title of class
// class, when the dictionary knows them in an office of that class.
func (ar *article) noteTitledKnown(a graph.Actor, class, title string) {
	if a.Country == "" || class == "" || !titleClasses[class] || class == "leader" || class == "counterpart" {
		return
	}
	if !ar.x.offices.held(a.Name, a.Country, class, "", "", "") {
		return
	}
	for _, t := range ar.titledKnown {
		if t.name == a.Name && t.title == title {
			return
		}
	}
	ar.titledKnown = append(ar.titledKnown, titledKnown{name: a.Name, country: a.Country, class: class, title: title})
}

// orgOfficer resolves a title of a body with no name ("NATO's secretary
// general", "the UN chief", "the EU's foreign policy chief"): the person
// the article names who held that office of the body when it was written,
// else the body itself (relations.md: an unnamed office-holder is its
// state, here its body), never a namesake office of another body. A bare
// "chief", "head" or "leader" of a body is its secretary-general or head.
// Cost: O(persons named x their terms).
func (ar *article) orgOfficer(org graph.Actor, class, title string) graph.Actor {
	classes := []string{class}
	if class == "leader" {
		classes = []string{"secgen", "head", "government"}
	}
	for _, c := range classes {
		if a, ok := ar.heldByNamed(c, title, org.Name); ok {
			return a
		}
	}
	// a person the article itself names in an office of that class of the
	// body, before or after ("EU envoy tells ..." over "The European Union
	// Special Envoy Miroslav Lajcak urged ..."), when exactly one does
	var fit graph.Actor
	n := 0
	for i := range ar.persons {
		if p := &ar.persons[i]; p.org == org.Name && (p.class == class || class == "leader") {
			fit, n = p.actor, n+1
		}
	}
	if n == 1 {
		return fit
	}
	return org
}
