package analyze

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
)

// TestWriteJSONFullIsMarshalIndent checks that the streamed --full output
// is byte for byte what encoding/json writes for the whole Result.
func TestWriteJSONFullIsMarshalIndent(t *testing.T) {
	for _, tc := range []struct {
		name string
		res  Result
	}{
		{"fixture", Run(readFixture(t, "israel-iran.jsonl"), Options{Workers: 1, WindowDays: 7})},
		{"empty", Run(nil, Options{WindowDays: 1})},
		{"zero", Result{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(tc.res); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := WriteJSON(context.Background(), &got, tc.res, OutputOptions{Full: true}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("streamed output differs from encoding/json:\n%s\nwant:\n%s", got.String(), want.String())
			}
		})
	}
}

func TestWriteJSONCancelled(t *testing.T) {
	res := Run(readFixture(t, "israel-iran.jsonl"), Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var b bytes.Buffer
	// The fixture is small: cancellation is checked every 1,024 rows, so
	// this only asserts that a cancelled context never panics or hangs.
	_ = WriteJSON(ctx, &b, res, OutputOptions{})
}

// TestCompact checks the compact output on a graph larger than its caps:
// the counts of what is left out, that every kept row is a row of the full
// result, and that the report's inputs (the first actors in centrality
// order, every mediation) survive.
func TestCompact(t *testing.T) {
	res := Run(readFixture(t, "israel-iran.jsonl"), Options{})
	opt := OutputOptions{Top: 2, Central: 3, TopRelation: 1, Dyads: 1}
	c := Compact(res, opt)
	lv, full := c.Actor, res.Actor
	if len(lv.Actors)+lv.ActorsOmitted != full.Nodes || lv.ActorsOmitted == 0 {
		t.Errorf("kept %d actors, omitted %d, of %d nodes", len(lv.Actors), lv.ActorsOmitted, full.Nodes)
	}
	if len(lv.Dyads)+lv.DyadsOmitted != len(full.Dyads) {
		t.Errorf("kept %d dyads, omitted %d, of %d", len(lv.Dyads), lv.DyadsOmitted, len(full.Dyads))
	}
	if len(lv.Mediators) != len(full.Mediators) {
		t.Errorf("kept %d mediations of %d", len(lv.Mediators), len(full.Mediators))
	}
	kept := map[string]bool{}
	for _, a := range lv.Actors {
		kept[a.Name] = true
	}
	for i, a := range full.Actors[:3] { // betweenness order: the first are central
		if !kept[a.Name] {
			t.Errorf("actor %d by betweenness, %s, left out", i, a.Name)
		}
	}
	for _, m := range full.Mediators {
		if !kept[m.Mediator] {
			t.Errorf("mediator %s left out", m.Mediator)
		}
	}
	if len(res.Actor.Actors) != full.Nodes {
		t.Error("Compact modified its argument")
	}
	if f := Compact(res, OutputOptions{Full: true}); len(f.Actor.Actors) != full.Nodes || f.Actor.ActorsOmitted != 0 {
		t.Error("Full: rows left out")
	}
}

// TestWriteJSONCompactRoundTrip checks that the compact output (rows on one
// line) reads back as Compact's result.
func TestWriteJSONCompactRoundTrip(t *testing.T) {
	res := Run(readFixture(t, "israel-iran.jsonl"), Options{WindowDays: 7})
	opt := OutputOptions{Top: 1, Central: 2, TopRelation: 1, Dyads: 1, Evidence: 1}
	var b bytes.Buffer
	if err := WriteJSON(context.Background(), &b, res, opt); err != nil {
		t.Fatal(err)
	}
	var got Result
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(Compact(res, opt))
	if err != nil {
		t.Fatal(err)
	}
	again, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, want) {
		t.Errorf("compact output reads back as\n%s\nwant\n%s", again, want)
	}
	for _, m := range got.Country.Mediators {
		if len(m.Evidence) > 1 {
			t.Errorf("mediation %v keeps %d sentences, cap 1", m.Dyad, len(m.Evidence))
		}
	}
}
