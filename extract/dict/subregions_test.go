package dict

import (
	"strings"
	"testing"
)

func TestSubregionsNameKnownStates(t *testing.T) {
	sr, err := DefaultSubregions()
	if err != nil {
		t.Fatal(err)
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(sr["west african"]) == 0 || len(sr["gulf"]) == 0 {
		t.Fatalf("subregions.tsv lacks west african or gulf: %v", sr)
	}
	for region, states := range sr {
		for _, st := range states {
			if e, ok := d.Lookup(st); !ok || e.Kind != "state" || e.Name != st {
				t.Errorf("subregion %q: %q is no canonical state name of the dictionary", region, st)
			}
		}
	}
}

func TestParseSubregionsErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"west african\n", "want a region"},
		{"West African\tGhana\n", "lower case"},
		{"gulf\tQatar\ngulf\tOman\n", "listed twice"},
	} {
		_, err := ParseSubregions(strings.NewReader(tc.in), "x.tsv")
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "x.tsv:") {
			t.Errorf("%q: got %v, want an error naming x.tsv and %q", tc.in, err, tc.want)
		}
	}
}

func FuzzParseSubregions(f *testing.F) {
	f.Add("west african\tGhana, Nigeria\n")
	f.Add("# c\n\ngulf\tQatar\r\n")
	f.Add("Gulf\tQatar\n")
	f.Add("gulf\t, \n")
	f.Fuzz(func(t *testing.T, in string) {
		sr, err := ParseSubregions(strings.NewReader(in), "fuzz.tsv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.tsv:") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		for region, states := range sr {
			if region == "" || region != strings.ToLower(region) || len(states) == 0 {
				t.Errorf("region %q with %q", region, states)
			}
			for _, st := range states {
				if st == "" || strings.TrimSpace(st) != st {
					t.Errorf("region %q: state %q", region, st)
				}
			}
		}
	})
}
