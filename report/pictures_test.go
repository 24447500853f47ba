package report

import (
	"slices"
	"testing"
)

// TestSeedsPicture: on the seeds the drawing answers the question. In both
// views the largest node is a mediator, Israel and Iran are smaller, and at
// country level the conflict view of Iran – Israel lists the United States,
// the United Kingdom and France first, all three ringed, the first two
// marked partisan (they also SUPPORTED Israel).
func TestSeedsPicture(t *testing.T) {
	f := laidOut(newFindings(loadCase(t, "seeds")))
	for _, nw := range f.Nets {
		top := 0
		for i, n := range nw.Nodes {
			if n.R > nw.Nodes[top].R {
				top = i
			}
		}
		for _, n := range nw.Nodes {
			if (n.Name == "Israel" || n.Name == "Iran") && n.R >= nw.Nodes[top].R {
				t.Errorf("%s view: %s is drawn as large as the largest node, %s", nw.Key, n.Name, nw.Nodes[top].Name)
			}
		}
		if !nw.Nodes[top].Mediator {
			t.Errorf("%s view: the largest node, %s, is not a marked mediator", nw.Key, nw.Nodes[top].Name)
		}
	}
	cn := f.Nets[1]
	if len(cn.Focus) == 0 {
		t.Fatal("no conflict in the country view")
	}
	fd := cn.Focus[0]
	if a, b := cn.Nodes[fd.A].Name, cn.Nodes[fd.B].Name; a != "Iran" || b != "Israel" {
		t.Fatalf("first conflict is %s – %s, want Iran – Israel", a, b)
	}
	var names []string
	for _, m := range fd.Meds {
		names = append(names, cn.Nodes[m.Node].Name)
	}
	if want := []string{"United States", "United Kingdom", "France"}; len(names) < 3 || !slices.Equal(names[:3], want) {
		t.Errorf("mediators of Iran – Israel drawn as %v, want %v first", names, want)
	}
	for _, m := range fd.Meds[:3] {
		n := cn.Nodes[m.Node]
		wantPartisan := n.Name != "France"
		if !n.Mediator || n.Partisan != wantPartisan {
			t.Errorf("%s: ringed %v, partisan %v; want ringed, partisan %v", n.Name, n.Mediator, n.Partisan, wantPartisan)
		}
	}
}
