package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestEdgeIDStableAndSymmetric(t *testing.T) {
	a := EdgeID("d.txt", 3, "Iran", Attacked, "Israel")
	if a != EdgeID("d.txt", 3, "Iran", Attacked, "Israel") {
		t.Fatal("same key gave different ids")
	}
	if a == EdgeID("d.txt", 3, "Israel", Attacked, "Iran") {
		t.Fatal("directed relation: reversed ends must give another id")
	}
	if EdgeID("d.txt", 1, "A", SpokeWith, "B") != EdgeID("d.txt", 1, "B", SpokeWith, "A") {
		t.Fatal("SPOKE_WITH: A-B and B-A must share an id")
	}
	if len(a) != 16 {
		t.Fatalf("id %q: want 16 hex digits", a)
	}
}

func TestActorJSONCountryNull(t *testing.T) {
	b, err := json.Marshal(Actor{Name: "United Nations", Kind: Org})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"name":"United Nations","kind":"org","country":null}` {
		t.Fatalf("got %s", b)
	}
	var a Actor
	if err := json.Unmarshal([]byte(`{"name":"Joe Biden","kind":"person","country":"United States"}`), &a); err != nil {
		t.Fatal(err)
	}
	if a.Country != "United States" {
		t.Fatalf("country %q", a.Country)
	}
}

func TestReadEdgesReportsBadLines(t *testing.T) {
	good := `{"doc":"a.txt","sentence_index":0,"sentence":"s","source":{"name":"Iran","kind":"state","country":"Iran"},"relation":"ATTACKED","target":{"name":"Israel","kind":"state","country":"Israel"},"trigger":"attack","confidence":0.9}`
	tests := []struct {
		name    string
		input   string
		want    int
		badLine int
		badText string
	}{
		{"one good", good + "\n", 1, 0, ""},
		{"blank lines skipped", "\n" + good + "\n\n", 1, 0, ""},
		{"no final newline", good, 1, 0, ""},
		{"not json", good + "\n{oops\n", 1, 2, "not a JSON edge"},
		{"bad relation", strings.Replace(good, "ATTACKED", "HUGGED", 1) + "\n", 0, 1, "unknown relation"},
		{"line too long, next read", strings.Repeat("x", MaxLine+1) + "\n" + good + "\n", 1, 1, "line longer than"},
		{"self loop", strings.Replace(good, `"Israel","kind"`, `"Iran","kind"`, 1) + "\n", 0, 1, "to itself"},
		{"no relation field", strings.Replace(good, `"relation":"ATTACKED",`, ``, 1) + "\n", 0, 1, "no relation field"},
		{"missing kind", strings.Replace(good, `"kind":"state","country":"Iran"`, `"country":"Iran"`, 1) + "\n", 0, 1, "unknown kind"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []Edge
			var bads []*LineError
			err := ReadEdges(context.Background(), strings.NewReader(tc.input), "e.jsonl",
				func(e Edge) error { got = append(got, e); return nil },
				func(le *LineError) error { bads = append(bads, le); return nil })
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tc.want {
				t.Fatalf("got %d edges, want %d", len(got), tc.want)
			}
			if tc.badLine == 0 {
				if len(bads) != 0 {
					t.Fatalf("unexpected bad lines: %v", bads[0])
				}
				for _, e := range got {
					if e.ID == "" {
						t.Fatal("edge without id after read")
					}
				}
				return
			}
			if len(bads) != 1 || bads[0].Line != tc.badLine || !strings.Contains(bads[0].Error(), tc.badText) ||
				!strings.HasPrefix(bads[0].Error(), "e.jsonl:") {
				t.Fatalf("bad lines %v, want one at line %d with %q", bads, tc.badLine, tc.badText)
			}
		})
	}
}

func TestReadEdgesStrictStops(t *testing.T) {
	err := ReadEdges(context.Background(), strings.NewReader("{}\n"), "x.jsonl", func(Edge) error { return nil }, nil)
	var le *LineError
	if !errors.As(err, &le) || le.Line != 1 || le.File != "x.jsonl" {
		t.Fatalf("err = %v, want a LineError at x.jsonl:1", err)
	}
}

func TestEdgeWriterRoundTrip(t *testing.T) {
	var sb strings.Builder
	w := NewEdgeWriter(&sb)
	in := Edge{Doc: "a.txt", SentenceIndex: 2, Sentence: `"We urge Iran" <b>`, Source: Actor{"Sean Savet", Person, "United States"},
		Relation: Urged, Target: Actor{"Iran", State, "Iran"}, Trigger: "urge", Confidence: 0.9}
	if err := w.Write(in); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(sb.String(), `\u003c`) {
		t.Fatal("HTML in sentences must not be escaped")
	}
	var out []Edge
	if err := ReadEdges(context.Background(), strings.NewReader(sb.String()), "rt", func(e Edge) error { out = append(out, e); return nil }, nil); err != nil {
		t.Fatal(err)
	}
	in = in.WithID()
	if len(out) != 1 || out[0] != in {
		t.Fatalf("round trip: got %+v want %+v", out, in)
	}
}

func FuzzReadEdges(f *testing.F) {
	f.Add([]byte(`{"doc":"a","source":{"name":"A","kind":"state"},"relation":"URGED","target":{"name":"B","kind":"org"}}`))
	f.Add([]byte("{\n}\n\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = ReadEdges(context.Background(), strings.NewReader(string(b)), "fuzz",
			func(e Edge) error {
				if err := e.Validate(); err != nil {
					t.Fatalf("invalid edge passed through: %v", err)
				}
				return nil
			},
			func(*LineError) error { return nil })
	})
}

func TestEncodeEdgesMatchesEdgeWriter(t *testing.T) {
	edges := []Edge{
		{Doc: "a.txt", SentenceIndex: 3, Sentence: `Iran said "<no>" & left`, Source: Actor{Name: "Iran", Kind: State, Country: "Iran"},
			Relation: Warned, Target: Actor{Name: "Israel", Kind: State, Country: "Israel"}, Trigger: "warned", Confidence: 0.9},
		{ID: "given", Doc: "b.txt", Source: Actor{Name: "Qatar"}, Relation: SpokeWith, Target: Actor{Name: "Egypt"}},
	}
	var one bytes.Buffer
	w := NewEdgeWriter(&one)
	for _, e := range edges {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	lines, err := EncodeEdges(edges)
	if err != nil {
		t.Fatal(err)
	}
	var two bytes.Buffer
	w2 := NewEdgeWriter(&two)
	if err := w2.WriteLines(lines, len(edges)); err != nil {
		t.Fatal(err)
	}
	w2.Flush()
	if one.String() != two.String() || w2.Count() != 2 {
		t.Fatalf("EncodeEdges+WriteLines wrote\n%s(count %d), Write wrote\n%s", two.String(), w2.Count(), one.String())
	}
}

// TestReadEdgesFileOfAFolder names the folder and says what is wrong, with
// no line number.
func TestReadEdgesFileOfAFolder(t *testing.T) {
	dir := t.TempDir()
	_, err := ReadEdgesFile(context.Background(), dir)
	if err == nil || err.Error() != dir+" is a folder, not an edge file (JSONL)" {
		t.Fatalf("err = %v", err)
	}
}
