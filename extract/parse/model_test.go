package parse

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

func mustDefault(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// arc is a head expectation: Words[dep] attaches to Words[head] with a
// relation starting with rel (or one of rel's "|"-separated choices).
type arc struct {
	dep, head string
	rel       string
}

func TestDefaultNews(t *testing.T) {
	m := mustDefault(t)
	tests := []struct {
		sentence string
		arcs     []arc
	}{
		{"Russia attacked Ukraine on Monday .", []arc{
			{"Russia", "attacked", "nsubj"}, {"Ukraine", "attacked", "obj"}, {"Monday", "attacked", "obl"}}},
		{"The convoy was attacked by rebels near the border .", []arc{
			{"convoy", "attacked", "nsubj:pass"}, {"rebels", "attacked", "obl"}, {"by", "rebels", "case"}}},
		{"France urged Iran to release the detained sailors .", []arc{
			{"France", "urged", "nsubj"}, {"Iran", "urged", "obj|iobj"}, {"release", "urged", "xcomp"}, {"sailors", "release", "obj"}}},
		{"Germany and Poland held talks in Warsaw on Tuesday .", []arc{
			{"Germany", "held", "nsubj"}, {"Poland", "Germany", "conj"}, {"talks", "held", "obj"}}},
		{"The U.S. imposed new sanctions on Venezuela 's state oil company .", []arc{
			{"U.S.", "imposed", "nsubj"}, {"sanctions", "imposed", "obj"}, {"Venezuela", "company", "nmod:poss"}}},
		{"“ We will not negotiate with terrorists , ” the minister said .", []arc{
			{"minister", "said", "nsubj"}, {"negotiate", "said", "ccomp"}}},
		{"Turkey condemned the Russian-backed offensive .", []arc{
			{"Turkey", "condemned", "nsubj"}, {"offensive", "condemned", "obj"}}},
	}
	var tr Tree
	for _, tc := range tests {
		words := strings.Fields(tc.sentence)
		m.Parse(words, &tr)
		if p := treeProblem(tr.Heads, len(words), -1); p != "" {
			t.Fatalf("%s: %s", tc.sentence, p)
		}
		for _, a := range tc.arcs {
			d := indexOf(words, a.dep)
			h := tr.Heads[d]
			got := "ROOT"
			if h >= 0 {
				got = words[h]
			}
			relOK := false
			for _, r := range strings.Split(a.rel, "|") {
				relOK = relOK || strings.HasPrefix(tr.Rels[d], r)
			}
			if got != a.head || !relOK {
				t.Errorf("%s\n  %s -> %s (%s), want -> %s (%s)\n  %s", tc.sentence, a.dep, got, tr.Rels[d], a.head, a.rel, show(&tr))
			}
		}
	}
}

func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	panic("no word " + w)
}

func show(t *Tree) string {
	var b strings.Builder
	for i, w := range t.Words {
		h := "ROOT"
		if t.Heads[i] >= 0 {
			h = t.Words[t.Heads[i]]
		}
		b.WriteString(w + "/" + t.Tags[i] + "<-" + t.Rels[i] + "-" + h + " ")
	}
	return b.String()
}

func TestTags(t *testing.T) {
	m := mustDefault(t)
	var tr Tree
	m.Parse(strings.Fields("Russia 's army shelled two towns and did n't stop ."), &tr)
	want := "NNP POS NN VBD CD NNS CC VBD RB VB ."
	if got := strings.Join(tr.Tags, " "); got != want {
		t.Errorf("tags %s, want %s", got, want)
	}
}

func TestParseEdges(t *testing.T) {
	m := mustDefault(t)
	var tr Tree
	m.Parse(nil, &tr)
	if len(tr.Words)+len(tr.Heads)+len(tr.Tags)+len(tr.Rels) != 0 {
		t.Errorf("empty sentence gave %+v", tr)
	}
	m.Parse([]string{"Hello"}, &tr)
	if tr.Heads[0] != -1 || tr.Rels[0] != "root" {
		t.Errorf("one word: %+v", tr)
	}
	// A long sentence reuses and grows the slices.
	long := strings.Fields(strings.Repeat("the talks in Geneva ended , ", 40))
	m.Parse(long, &tr)
	if p := treeProblem(tr.Heads, len(long), -1); p != "" {
		t.Fatal(p)
	}
	m.Parse([]string{"Peace", "returned", "."}, &tr)
	if len(tr.Heads) != 3 || tr.Heads[0] != 1 {
		t.Errorf("after a long sentence: %s", show(&tr))
	}
}

func TestConcurrentParse(t *testing.T) {
	m := mustDefault(t)
	sents := []string{
		"Russia attacked Ukraine on Monday .",
		"The convoy was attacked by rebels near the border .",
		"Germany and Poland held talks in Warsaw on Tuesday .",
	}
	want := make([]string, len(sents))
	for i, s := range sents {
		var tr Tree
		m.Parse(strings.Fields(s), &tr)
		want[i] = show(&tr)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			var tr Tree
			for k := range 200 {
				i := (g + k) % len(sents)
				m.Parse(strings.Fields(sents[i]), &tr)
				if got := show(&tr); got != want[i] {
					t.Errorf("concurrent parse differs: %s", got)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestWriteLoad(t *testing.T) {
	m := mustDefault(t)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()), "copy")
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	if err := m2.Write(&buf2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("write, load, write is not byte for byte the same")
	}
	if m.tagger.len() != m2.tagger.len() || m.trans.len() != m2.trans.len() || m.label.len() != m2.label.len() || len(m.tagdict) != len(m2.tagdict) {
		t.Error("tables differ in size after loading")
	}
	var a, b Tree
	for _, s := range []string{"Russia attacked Ukraine on Monday .", "Iran denied the report , officials said ."} {
		m.Parse(strings.Fields(s), &a)
		m2.Parse(strings.Fields(s), &b)
		if show(&a) != show(&b) {
			t.Errorf("loaded model parses differently:\n%s\n%s", show(&a), show(&b))
		}
	}

	// Damaged input: errors name the model and the problem.
	good := buf.Bytes()
	var plain bytes.Buffer
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"garbage", []byte("not a model"), "parse: model garbage: not gzip"},
		{"truncated", good[:len(good)/2], "parse: model truncated: "},
		{"no magic", gzipped(t, []byte("XXXXXXXX\x01\x00\x00\x00")), "parse: model no magic: bad format: no magic header"},
		{"version", gzipped(t, []byte("AGPARSE\x00\x09\x00\x00\x00")), "version 9, want 1"},
		{"short", gzipped(t, []byte("AGPARSE\x00\x01\x00")), "truncated"},
		{"empty", plain.Bytes(), "parse: model empty: not gzip"},
	}
	for _, tc := range tests {
		_, err := Load(bytes.NewReader(tc.data), tc.name)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// ewtFile is a file of the treebank as fetch.sh lays it out: in
// $ACTORGRAPH_EWT, else in ewt/ at the repository root.
func ewtFile(name string) string {
	dir := os.Getenv("ACTORGRAPH_EWT")
	if dir == "" {
		dir = filepath.Join("..", "..", "ewt")
	}
	return filepath.Join(dir, name)
}

// TestEWT scores the embedded model on EWT dev; skipped without the data.
func TestEWT(t *testing.T) {
	path := ewtFile("dev.conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("EWT dev not available (%v); see fetch.sh", err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f, path)
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(mustDefault(t), sents)
	t.Logf("dev: %v", s)
	if s.Tag < 93 || s.UASNoPunct < 82 || s.LASNoPunct < 77 {
		t.Errorf("dev scores too low: %v", s)
	}
}

// TestOracleEWT checks the oracle on every training sentence: it rebuilds
// each projective tree exactly, and always builds a tree.
func TestOracleEWT(t *testing.T) {
	path := ewtFile("train.conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("EWT train not available (%v); see fetch.sh", err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f, path)
	if err != nil {
		t.Fatal(err)
	}
	nonProj := 0
	for i := range sents {
		s := &sents[i]
		n := len(s.Tokens)
		gold := make([]int, n)
		for j, tok := range s.Tokens {
			gold[j] = tok.Head
			if tok.Head < 0 {
				gold[j] = n
			}
		}
		heads, lost := oracleParse(gold)
		if p := treeProblem(heads, n, n); p != "" {
			t.Fatalf("line %d: %s", s.Line, p)
		}
		proj := IsProjective(s)
		if !proj {
			nonProj++
		}
		if proj && lost != 0 {
			t.Fatalf("line %d: projective but oracle lost %d arcs", s.Line, lost)
		}
		if !proj && lost == 0 {
			t.Fatalf("line %d: non-projective but oracle lost nothing", s.Line)
		}
	}
	t.Logf("%d sentences, %d non-projective", len(sents), nonProj)
}

func FuzzParse(f *testing.F) {
	f.Add("Russia attacked Ukraine on Monday .")
	f.Add("“ ” ‘ ’ ' \" n't 's U.S. 1,000 Russian-backed")
	f.Add("")
	f.Add("\xff\xfe . . . , , ,")
	m := mustDefault(f)
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		if len(words) > 300 {
			words = words[:300]
		}
		var tr Tree
		m.Parse(words, &tr)
		if len(words) == 0 {
			return
		}
		if p := treeProblem(tr.Heads, len(words), -1); p != "" {
			t.Fatalf("%q: %s", words, p)
		}
		for i := range words {
			if tr.Tags[i] == "" || tr.Rels[i] == "" || tr.Words[i] != words[i] {
				t.Fatalf("%q: word %d: %s", words, i, show(&tr))
			}
			if (tr.Rels[i] == "root") != (tr.Heads[i] == -1) {
				t.Fatalf("%q: root label on a non-root: %s", words, show(&tr))
			}
		}
	})
}

var benchSentences = []string{
	// 25 words each, of our own wording.
	"The foreign minister of Egypt said Sunday that his government would host talks between the two sides in Cairo next week , officials said .",
	"Rebel forces backed by neighbouring states attacked an army base near the border overnight , killing at least twelve soldiers , the military said .",
	"The European Union and the United States urged both governments to resume negotiations and to release prisoners held since the fighting began last year .",
	"“ We will not accept any deal that threatens our security , ” the prime minister told parliament Tuesday after meeting the visiting delegation .",
}

func BenchmarkParse(b *testing.B) {
	m := mustDefault(b)
	sents := make([][]string, len(benchSentences))
	for i, s := range benchSentences {
		sents[i] = strings.Fields(s)
		if len(sents[i]) != 25 {
			b.Fatalf("sentence %d has %d words", i, len(sents[i]))
		}
	}
	var tr Tree
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		m.Parse(sents[n%len(sents)], &tr)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// TestLoadCost measures what loading the embedded model costs: time and
// heap (the budget is 80 MB).
func TestLoadCost(t *testing.T) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	m, err := Load(bytes.NewReader(embedded), "embedded")
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("load: %v, heap %.1f MB (tagger %d rows, transitions %d, labels %d, dictionary %d words), file %.2f MB",
		took.Round(time.Millisecond), float64(heap)/1e6, m.tagger.len(), m.trans.len(), m.label.len(), len(m.tagdict), float64(len(embedded))/1e6)
	if heap > 80e6 {
		t.Errorf("model takes %.1f MB of heap, budget 80 MB", float64(heap)/1e6)
	}
	if len(embedded) > 8e6 {
		t.Errorf("model file is %d bytes, budget 8 MB", len(embedded))
	}
	runtime.KeepAlive(m)
}
