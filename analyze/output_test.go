package analyze

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
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
		sentences := map[[2]string]bool{}
		for _, e := range m.Evidence {
			sentences[[2]string{e.Doc, e.Sentence}] = true
		}
		if len(sentences) > 1 {
			t.Errorf("mediation %v keeps %d sentences, cap 1", m.Dyad, len(sentences))
		}
	}
}

// TestCompactKeepsTopK checks on 2,000 random actor rows (with many ties)
// that every actor among the first Top by a measure, ties by name, is kept,
// and that not many more are.
func TestCompactKeepsTopK(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	var lv Level
	for i := range 2000 {
		lv.Actors = append(lv.Actors, ActorMetrics{
			Name: fmt.Sprintf("actor %04d", i), Betweenness: float64(r.IntN(50)), PageRank: r.Float64(),
			InDegree: r.IntN(30), Mediation: float64(r.IntN(3)),
		})
	}
	lv.Nodes = len(lv.Actors)
	const top = 25
	c := compactLevel(lv, OutputOptions{Top: top, Central: top, TopRelation: 1, Dyads: 1})
	kept := map[string]bool{}
	for _, a := range c.Actors {
		kept[a.Name] = true
	}
	for name, get := range map[string]func(ActorMetrics) float64{
		"betweenness": func(m ActorMetrics) float64 { return m.Betweenness },
		"pagerank":    func(m ActorMetrics) float64 { return m.PageRank },
		"in-degree":   func(m ActorMetrics) float64 { return float64(m.InDegree) },
		"mediation":   func(m ActorMetrics) float64 { return m.Mediation },
	} {
		all := slices.Clone(lv.Actors)
		slices.SortFunc(all, func(a, b ActorMetrics) int { return cmp.Or(cmp.Compare(get(b), get(a)), cmp.Compare(a.Name, b.Name)) })
		for _, a := range all[:top] {
			if !kept[a.Name] {
				t.Errorf("%s: %s (%v) is among the top %d but left out", name, a.Name, get(a), top)
			}
		}
	}
	// 9 measures and the central order × top, plus 12 relation lists of 1.
	if len(c.Actors) > 10*top+12 || c.ActorsOmitted != 2000-len(c.Actors) {
		t.Errorf("kept %d, omitted %d", len(c.Actors), c.ActorsOmitted)
	}
}

// TestCappedCountsSentences: the cap is on sentences, and a joint
// sentence's entries (one per side) stay together, so a report from a
// compact file quotes as many sentences as one from the edges.
func TestCappedCountsSentences(t *testing.T) {
	ev := []Evidence{
		{Doc: "a", Sentence: "joint", Target: "Armenia"},
		{Doc: "a", Sentence: "joint", Target: "Azerbaijan"},
		{Doc: "b", Sentence: "second", Target: "Armenia"},
		{Doc: "c", Sentence: "third", Target: "Azerbaijan"},
	}
	got := capped(ev, 2)
	if len(got) != 3 || got[2].Sentence != "second" {
		t.Errorf("capped(4 entries of 3 sentences, 2) = %v, want the joint sentence's two entries and the second", got)
	}
	if got := capped(ev[:2], 1); len(got) != 2 {
		t.Errorf("one joint sentence under a cap of 1 kept %d entries, want both", len(got))
	}
}
