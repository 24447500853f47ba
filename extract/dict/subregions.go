package dict

import (
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

//go:embed subregions.tsv
var subregionsTSV string

// Subregions maps the words news writes for a region of states before a
// state noun ("west african" in "the West African country") to the
// canonical names of the states of that region.
type Subregions map[string][]string

var defaultSubregions = sync.OnceValues(func() (Subregions, error) {
	return ParseSubregions(strings.NewReader(subregionsTSV), "subregions.tsv")
})

// DefaultSubregions returns the embedded subregions.tsv (United Nations M49
// subregions, adjusted to press usage; see the file's header), parsed once
// on the first call and shared by every caller. It does not check the
// states against the dictionary; the package's tests do.
func DefaultSubregions() (Subregions, error) { return defaultSubregions() }

// ParseSubregions reads subregions in the format of subregions.tsv: one
// region a line, its words in lower case, a tab, and its states'
// canonical names separated by ", ". Blank lines and lines starting with
// "#" are skipped; a region may be listed once only. Errors name the file
// as name and the line. The cost is linear in the size of r.
func ParseSubregions(r io.Reader, name string) (Subregions, error) {
	out := Subregions{}
	err := eachDataLine(r, name, func(line int, text string) error {
		region, members, ok := strings.Cut(text, "\t")
		if !ok || region == "" || strings.TrimSpace(members) == "" {
			return fmt.Errorf("%s:%d: want a region, a tab and its states", name, line)
		}
		if region != strings.ToLower(region) || strings.TrimSpace(region) != region {
			return fmt.Errorf("%s:%d: region %q must be lower case with no surrounding spaces", name, line, region)
		}
		if _, dup := out[region]; dup {
			return fmt.Errorf("%s:%d: region %q listed twice", name, line, region)
		}
		for _, st := range strings.Split(members, ", ") {
			if st = strings.TrimSpace(st); st == "" {
				return fmt.Errorf("%s:%d: an empty state in %q", name, line, region)
			}
			out[region] = append(out[region], st)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
