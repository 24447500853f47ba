package graph

import "encoding/json"

type actorJSON struct {
	Name    string  `json:"name"`
	Kind    Kind    `json:"kind"`
	Country *string `json:"country"`
}

// MarshalJSON writes {"name", "kind", "country"} with country null when the
// actor has none.
func (a Actor) MarshalJSON() ([]byte, error) {
	j := actorJSON{Name: a.Name, Kind: a.Kind}
	if a.Country != "" {
		j.Country = &a.Country
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (a *Actor) UnmarshalJSON(b []byte) error {
	var j actorJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	a.Name, a.Kind = j.Name, j.Kind
	a.Country = ""
	if j.Country != nil {
		a.Country = *j.Country
	}
	return nil
}
