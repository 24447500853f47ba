package graph

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"math/rand"
	"strconv"
	"testing"
)

// jsonLine is what a json.Encoder with SetEscapeHTML(false) writes for e.
func jsonLine(t *testing.T, e Edge) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestAppendEdgeJSON(t *testing.T) {
	strs := []string{"", "plain", `quote " and \ backslash`, "tab\tnl\nret\rbs\bff\fbell\x07\x1f", "<b>Trinidad & Tobago</b>",
		"line\u2028para\u2029sep", "bad \xff utf8 \xe2\x80", "Ürümqi “quoted” — dash’s", "emoji 🙂 \u00a0nbsp", "del \x7f"}
	floats := []float64{0, math.Copysign(0, -1), 1, 0.5, 0.123456789, 1e-6, 9.99e-7, 1e-7, 1e21, 1e20, 123456789.125, -0.25, 1.0 / 3}
	r := rand.New(rand.NewSource(1))
	randStr := func() string {
		if r.Intn(3) == 0 {
			return strs[r.Intn(len(strs))]
		}
		b := make([]byte, r.Intn(12))
		for i := range b {
			b[i] = byte(r.Intn(256))
		}
		return string(b)
	}
	for i := 0; i < 3000; i++ {
		e := Edge{
			ID: randStr(), Doc: randStr(), SentenceIndex: r.Intn(1000) - 3, Sentence: randStr(),
			Source:   Actor{Name: randStr(), Kind: Kind(randStr()), Country: randStr()},
			Relation: Relation(randStr()),
			Target:   Actor{Name: randStr(), Kind: State},
			Trigger:  randStr(), Published: randStr(), Confidence: floats[r.Intn(len(floats))],
		}
		if i%2 == 0 {
			e.Target.Country = randStr()
		}
		if i%3 == 0 {
			e.Confidence = r.Float64() * math.Pow(10, float64(r.Intn(40)-20))
		}
		got, ok := appendEdgeJSON(nil, &e)
		if !ok {
			t.Fatalf("not written: %+v", e)
		}
		if want := jsonLine(t, e); !bytes.Equal(got, want) {
			t.Fatalf("edge %d:\n got %q\nwant %q", i, got, want)
		}
	}
	if _, ok := appendEdgeJSON(nil, &Edge{Confidence: math.NaN()}); ok {
		t.Error("NaN written")
	}
	if _, err := EncodeEdges([]Edge{{Confidence: math.Inf(1)}}); err == nil {
		t.Error("EncodeEdges wrote an infinite confidence")
	}
}

func TestEncodeEdgesMatchesWriter(t *testing.T) {
	es := []Edge{
		{Doc: "a.txt", SentenceIndex: 3, Sentence: "Iran warned Israel.", Source: Actor{Name: "Iran", Kind: State},
			Relation: Warned, Target: Actor{Name: "Israel", Kind: State}, Trigger: "warned", Confidence: 0.8},
		{ID: "x", Doc: "b.txt", Sentence: "A & B <met>.", Source: Actor{Name: "A & B", Kind: Org, Country: "C<D>"},
			Relation: SpokeWith, Target: Actor{Name: "B", Kind: Person, Country: "E"}, Published: "2024-01-02", Confidence: 0.25},
		// edges of one sentence: its text is escaped once and copied
		{Doc: "b.txt", Sentence: "A & B <met>.", Source: Actor{Name: "B", Kind: Person},
			Relation: SpokeWith, Target: Actor{Name: "A & B", Kind: Org}, Confidence: 0.25},
		{Doc: "b.txt", Sentence: "A & B <met>.", Source: Actor{Name: "C", Kind: Person},
			Relation: Urged, Target: Actor{Name: "B", Kind: Person}, Confidence: 0.5},
		{Doc: "b.txt", Sentence: "\"Quoted\" \n", Source: Actor{Name: "C", Kind: Person},
			Relation: Urged, Target: Actor{Name: "B", Kind: Person}, Confidence: 0.5},
		{Doc: "b.txt", Sentence: "A & B <met>.", Source: Actor{Name: "C", Kind: Person},
			Relation: Urged, Target: Actor{Name: "B", Kind: Person}, Confidence: 0.5},
	}
	got, err := EncodeEdges(es)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := NewEdgeWriter(&b)
	for _, e := range es {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, b.Bytes()) {
		t.Fatalf("got\n%s\nwant\n%s", got, b.Bytes())
	}
	if es[0].ID != "" {
		t.Error("EncodeEdges changed its input")
	}
}

func TestEdgeIDStable(t *testing.T) {
	// the ids of edges already written must not change
	if got := EdgeID("doc.txt", 7, "Iran", Warned, "Israel"); got != edgeIDOld("doc.txt", 7, "Iran", Warned, "Israel") {
		t.Fatal(got)
	}
	long := string(bytes.Repeat([]byte("x"), 700))
	for _, c := range [][3]string{{"", "", ""}, {long, "B", "A"}, {"d", long, long}} {
		for _, rel := range []Relation{SpokeWith, Accused} {
			if got, want := EdgeID(c[0], -1, c[1], rel, c[2]), edgeIDOld(c[0], -1, c[1], rel, c[2]); got != want {
				t.Fatalf("%v %s: %s != %s", c, rel, got, want)
			}
		}
	}
}

// edgeIDOld is EdgeID as first written, one hash write a field.
func edgeIDOld(doc string, sentenceIndex int, source string, rel Relation, target string) string {
	if rel.Symmetric() && target < source {
		source, target = target, source
	}
	h := sha256.New()
	for _, s := range []string{doc, strconv.Itoa(sentenceIndex), source, string(rel), target} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
