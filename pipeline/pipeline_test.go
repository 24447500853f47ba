package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/analyze"
	"github.com/actorgraph/actorgraph/graph"
)

func TestReadFeedList(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		text string
		want []string
		err  string
	}{
		{"# feeds\nhttps://a.test/rss\n\n  http://b.test/atom.xml  \n", []string{"https://a.test/rss", "http://b.test/atom.xml"}, ""},
		{"https://a.test/rss\nfeeds/local.xml\n", nil, ":2: \"feeds/local.xml\" is not an http or https URL"},
		{"", nil, ""},
	} {
		p := filepath.Join(dir, "feeds.txt")
		os.WriteFile(p, []byte(tc.text), 0o644)
		got, err := ReadFeedList(p)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: err %v, want %q", tc.text, err, tc.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %v %v, want %v", tc.text, got, err, tc.want)
		}
	}
	if _, err := ReadFeedList(filepath.Join(dir, "nope.txt")); err == nil || !strings.Contains(err.Error(), "nope.txt") {
		t.Errorf("missing file: %v", err)
	}
}

// TestAnalysisCodec: what WriteAnalysis writes, ReadAnalysis reads back
// equal; an edges file is not an analysis.
func TestAnalysisCodec(t *testing.T) {
	edges := []graph.Edge{
		{Doc: "d", Source: graph.Actor{Name: "Iran", Kind: "state", Country: "Iran"}, Relation: graph.Warned, Target: graph.Actor{Name: "Israel", Kind: "state", Country: "Israel"}, Sentence: "Iran warned Israel."},
	}
	res, err := analyze.RunContext(t.Context(), edges, analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteAnalysis(&b, res); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "analysis.json")
	os.WriteFile(p, b.Bytes(), 0o644)
	got, at, err := ReadAnalysis(p)
	if err != nil || at.IsZero() {
		t.Fatal(err)
	}
	var again bytes.Buffer
	WriteAnalysis(&again, got)
	if again.String() != b.String() {
		t.Error("analysis.json changed on a round trip")
	}
	if prev, err := ReadPrevious(filepath.Join(t.TempDir(), "none.json")); prev != nil || err != nil {
		t.Errorf("missing previous: %v %v", prev, err)
	}
	os.WriteFile(p, []byte(`{"id":"x"}`+"\n"+`{"id":"y"}`+"\n"), 0o644)
	if _, _, err := ReadAnalysis(p); err == nil || !strings.Contains(err.Error(), "not an analysis.json") {
		t.Errorf("edges read as an analysis: %v", err)
	}
}
