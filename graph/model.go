// Package graph is actorgraph's data model: actors, the six relations, and
// edges with the sentence each came from. Every stage (extract, neo4j,
// analyze, report) speaks in these types, and the JSONL edge stream
// (ReadEdges, EdgeWriter) is how the stages hand edges to one another.
//
// The flow is extract -> graph -> (neo4j | analyze -> report).
package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// Kind is what sort of actor an Actor is.
type Kind string

// The kinds of actor.
const (
	Person Kind = "person"
	State  Kind = "state"
	Org    Kind = "org"
)

// Valid reports whether k is one of Person, State, Org.
func (k Kind) Valid() bool { return k == Person || k == State || k == Org }

// Actor is a person, state or organisation that acts in world affairs.
// Country is the canonical name of the state it belongs to (a state is its
// own country); it is empty for bodies with no country, such as the UN and
// its officials.
type Actor struct {
	Name    string `json:"name"`
	Kind    Kind   `json:"kind"`
	Country string `json:"-"` // written as null when empty, see MarshalJSON
}

// CountryOrSelf is the actor at country level: its country, or the actor's
// own name when it has none (an international body stays itself).
func (a Actor) CountryOrSelf() string {
	if a.Country != "" {
		return a.Country
	}
	return a.Name
}

// Relation is one of the six reported acts between two actors.
type Relation string

// The relations of docs/relations.md.
const (
	Urged     Relation = "URGED"
	Warned    Relation = "WARNED"
	SpokeWith Relation = "SPOKE_WITH"
	Attacked  Relation = "ATTACKED"
	Supported Relation = "SUPPORTED"
	Accused   Relation = "ACCUSED"
)

// Relations lists the six relations in their canonical order.
func Relations() []Relation {
	return []Relation{Urged, Warned, SpokeWith, Attacked, Supported, Accused}
}

// ParseRelation returns the relation named s (case-insensitive), or an error.
func ParseRelation(s string) (Relation, error) {
	r := Relation(strings.ToUpper(strings.TrimSpace(s)))
	if r.Valid() {
		return r, nil
	}
	return "", fmt.Errorf("unknown relation %q (want one of URGED, WARNED, SPOKE_WITH, ATTACKED, SUPPORTED, ACCUSED)", s)
}

// Valid reports whether r is one of the six relations.
func (r Relation) Valid() bool {
	switch r {
	case Urged, Warned, SpokeWith, Attacked, Supported, Accused:
		return true
	}
	return false
}

// Symmetric reports whether the relation has no direction (SPOKE_WITH).
func (r Relation) Symmetric() bool { return r == SpokeWith }

// Conflict reports whether the relation is hostile: ATTACKED, WARNED or
// ACCUSED. A pair of actors with a hostile edge between them is a conflict
// dyad.
func (r Relation) Conflict() bool { return r == Attacked || r == Warned || r == Accused }

// Edge is one reported act, SOURCE --RELATION--> TARGET, with its provenance:
// the article, the sentence and the words that signalled it. Its JSON form is
// the edge stream of docs/edges-format.md.
type Edge struct {
	ID            string   `json:"id"`
	Doc           string   `json:"doc"`
	SentenceIndex int      `json:"sentence_index"`
	Sentence      string   `json:"sentence"`
	Source        Actor    `json:"source"`
	Relation      Relation `json:"relation"`
	Target        Actor    `json:"target"`
	Trigger       string   `json:"trigger"`
	Published     string   `json:"published,omitempty"` // YYYY-MM-DD
	Confidence    float64  `json:"confidence"`
}

// EdgeID is the stable id of an edge: a hash of (doc, sentence index, source,
// relation, target), so the same input always gives the same id and loads are
// idempotent. For SPOKE_WITH the ends are ordered, so A-B and B-A share an id.
func EdgeID(doc string, sentenceIndex int, source string, rel Relation, target string) string {
	if rel.Symmetric() && target < source {
		source, target = target, source
	}
	// the key fields, each followed by a zero byte, hashed at once
	var buf [512]byte
	b := append(buf[:0], doc...)
	b = append(b, 0)
	b = strconv.AppendInt(b, int64(sentenceIndex), 10)
	b = append(b, 0)
	b = append(b, source...)
	b = append(b, 0)
	b = append(b, rel...)
	b = append(b, 0)
	b = append(b, target...)
	b = append(b, 0)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// WithID returns e with its ID set from its key fields.
func (e Edge) WithID() Edge {
	e.ID = EdgeID(e.Doc, e.SentenceIndex, e.Source.Name, e.Relation, e.Target.Name)
	return e
}

// Validate reports the first problem that makes e unusable: an unknown
// relation, a missing end, an end of unknown kind, or a self-loop.
func (e Edge) Validate() error {
	switch {
	case e.Relation == "":
		return fmt.Errorf("edge has no relation field")
	case !e.Relation.Valid():
		return fmt.Errorf("unknown relation %q", e.Relation)
	case e.Source.Name == "" || e.Target.Name == "":
		return fmt.Errorf("edge needs a source and a target name")
	case !e.Source.Kind.Valid():
		return fmt.Errorf("source %q has unknown kind %q", e.Source.Name, e.Source.Kind)
	case !e.Target.Kind.Valid():
		return fmt.Errorf("target %q has unknown kind %q", e.Target.Name, e.Target.Kind)
	case e.Source.Name == e.Target.Name:
		return fmt.Errorf("edge from %q to itself", e.Source.Name)
	case e.Doc == "":
		return fmt.Errorf("edge has no doc")
	}
	return nil
}

// Article is one news article as read from the input: its document name
// (the path relative to the folder it was found under), its text and, when
// the input gives them, title, date (YYYY-MM-DD), URL and outlet.
type Article struct {
	Doc       string `json:"doc"`
	Title     string `json:"title,omitempty"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
}
