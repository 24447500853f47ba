package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedFileIsCurrent checks that extract/dict/officials.jsonl is what
// the tables generate, so that nobody edits the generated file by hand or
// forgets to regenerate it.
func TestGeneratedFileIsCurrent(t *testing.T) {
	const words = "/usr/share/dict/words"
	if _, err := os.Stat(words); err != nil {
		t.Skipf("no English word list at %s (Debian package wamerican): %v", words, err)
	}
	out := filepath.Join(t.TempDir(), "officials.jsonl")
	if err := run("..", words, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "officials.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("extract/dict/officials.jsonl is not what the tables generate: run `go run ./extract/dict/gen` from the repository root")
	}
}

// TestParseRole checks the role syntax of the tables.
func TestParseRole(t *testing.T) {
	for _, tt := range []struct {
		in                  string
		title, of, from, to string
		approx, bad         bool
	}{
		{in: "Foreign Minister 2004-03-09..", title: "Foreign Minister", from: "2004-03-09"},
		{in: "Secretary-General@United Nations 1997-01-01..2006-12-31", title: "Secretary-General", of: "United Nations", from: "1997-01-01", to: "2006-12-31"},
		{in: "Leader@Taliban 1994..2013-04-23", title: "Leader", of: "Taliban", from: "1994-01-01", to: "2013-04-23", approx: true},
		{in: "Opposition Leader ..2024-02-16", title: "Opposition Leader", to: "2024-02-16"},
		{in: "Fatah Leader ..", title: "Fatah Leader"},
		{in: "President 2019-.. ", bad: true},
		{in: "@Taliban 2001..", bad: true},
	} {
		r, err := parseRole(tt.in)
		if tt.bad {
			if err == nil {
				t.Errorf("parseRole(%q): no error", tt.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("parseRole(%q): %v", tt.in, err)
			continue
		}
		if r.Title != tt.title || r.Of != tt.of || r.From != tt.from || r.To != tt.to || r.Approx != tt.approx {
			t.Errorf("parseRole(%q) = %+v", tt.in, r)
		}
	}
}

// TestSurname checks that particles stay with the surname.
func TestSurname(t *testing.T) {
	for in, want := range map[string]string{
		"Jean-Yves Le Drian":       "Le Drian",
		"Alexander Van der Bellen": "Van der Bellen",
		"Ahmed bin Daghr":          "bin Daghr",
		"Benigno Aquino III":       "Aquino",
		"Teodoro Locsin Jr.":       "Locsin",
		"Sergei Lavrov":            "Lavrov",
		"Sugiono":                  "Sugiono",
	} {
		if got := surname(in); got != want {
			t.Errorf("surname(%q) = %q, want %q", in, got, want)
		}
	}
}
