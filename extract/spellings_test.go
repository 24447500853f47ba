package extract

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/extract/lexicon"
)

func TestNameSpellings(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		want, not []string
	}{
		{"Mohamed Hamdan Dagalo", []string{"Mohammed Hamdan Dagalo", "Muhammad Hamdan Dagalo"}, []string{"Mohamed Hamdan Dagalo"}},
		{"Abdel Fattah al-Burhan", []string{"Abdel-Fattah al-Burhan", "Abdul Fattah al-Burhan"}, nil},
		{"Abdel-Fattah Burhan", []string{"Abdel Fattah Burhan"}, nil},
		{"Sergei Lavrov", []string{"Sergey Lavrov"}, nil},
		{"Lavrov", nil, []string{"Lavrov"}}, // one word: no spellings
		{"Antony Blinken", nil, []string{"Antony Blinken"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := nameSpellings(c.name, lex.Spellings)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("nameSpellings(%q) = %q; want it to hold %q", c.name, got, w)
				}
			}
			for _, w := range c.not {
				if slices.Contains(got, w) {
					t.Errorf("nameSpellings(%q) = %q; want no %q", c.name, got, w)
				}
			}
			if len(got) > maxSpellings {
				t.Errorf("nameSpellings(%q) gave %d forms; want at most %d", c.name, len(got), maxSpellings)
			}
		})
	}
}
