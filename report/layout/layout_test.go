package layout

import (
	"math"
	"reflect"
	"testing"
)

// twoCliques is two 5-cliques (0-4, 5-9) joined by the link 4-5, plus the
// isolated node 10.
func twoCliques() (int, []Link) {
	var ls []Link
	for _, base := range []int{0, 5} {
		for i := 0; i < 5; i++ {
			for j := i + 1; j < 5; j++ {
				ls = append(ls, Link{U: base + i, V: base + j})
			}
		}
	}
	return 11, append(ls, Link{U: 4, V: 5, W: 1})
}

func dist(a, b Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

func TestForceDeterministic(t *testing.T) {
	n, ls := twoCliques()
	a, b := Force(n, ls, Options{Aspect: 1.5}), Force(n, ls, Options{Aspect: 1.5})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two layouts of the same graph differ")
	}
}

func TestForceInUnitSquare(t *testing.T) {
	for _, tc := range []struct {
		name  string
		n     int
		links []Link
	}{
		{"empty", 0, nil},
		{"one", 1, nil},
		{"isolated", 4, nil},
		{"pair", 2, []Link{{U: 0, V: 1}}},
		{"bad links ignored", 3, []Link{{U: 0, V: 7}, {U: -1, V: 1}, {U: 2, V: 2}}},
		{"cliques", 11, func() []Link { _, l := twoCliques(); return l }()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pos := Force(tc.n, tc.links, Options{Aspect: 2})
			if len(pos) != tc.n {
				t.Fatalf("got %d points for %d nodes", len(pos), tc.n)
			}
			for i, p := range pos {
				if math.IsNaN(p.X) || math.IsNaN(p.Y) || p.X < -1e-9 || p.X > 1+1e-9 || p.Y < -1e-9 || p.Y > 1+1e-9 {
					t.Errorf("node %d at %v, outside the unit square", i, p)
				}
			}
		})
	}
}

func TestForceKeepsCliquesTogether(t *testing.T) {
	n, ls := twoCliques()
	pos := Force(n, ls, Options{})
	var in, across float64
	var ni, na int
	for i := 0; i < 10; i++ {
		for j := i + 1; j < 10; j++ {
			if (i < 5) == (j < 5) {
				in += dist(pos[i], pos[j])
				ni++
			} else {
				across += dist(pos[i], pos[j])
				na++
			}
		}
	}
	if in/float64(ni) >= across/float64(na) {
		t.Errorf("mean distance within cliques %.3f, across %.3f: linked nodes should be nearer", in/float64(ni), across/float64(na))
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if dist(pos[i], pos[j]) < 1e-6 {
				t.Errorf("nodes %d and %d coincide", i, j)
			}
		}
	}
}

func TestComponents(t *testing.T) {
	n, ls := twoCliques()
	got := components(n, append(ls[:0:0], Link{U: 0, V: 1}, Link{U: 2, V: 3}, Link{U: 3, V: 4}))
	want := [][]int{{2, 3, 4}, {0, 1}, {5}, {6}, {7}, {8}, {9}, {10}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("components = %v, want %v", got, want)
	}
}

func TestSeparate(t *testing.T) {
	pos := []Point{{0, 0}, {1, 0}, {1, 0}, {2, 1}}
	r := []float64{5, 5, 3, 4}
	Separate(pos, r, 2, 200)
	for i := range pos {
		for j := i + 1; j < len(pos); j++ {
			if d := dist(pos[i], pos[j]); d < r[i]+r[j]+2-1.01 {
				t.Errorf("nodes %d and %d are %.2f apart, want at least %.2f", i, j, d, r[i]+r[j]+1)
			}
		}
	}
}

func TestPlaceNoOverlap(t *testing.T) {
	var labels []Label
	var obstacles []Rect
	for i := 0; i < 40; i++ {
		p := Point{X: float64(20 + (i%8)*30), Y: float64(20 + (i/8)*12)}
		labels = append(labels, Label{At: p, R: 3, W: 50, H: 12})
		obstacles = append(obstacles, Rect{p.X - 3, p.Y - 3, p.X + 3, p.Y + 3})
	}
	bounds := Rect{0, 0, 300, 100}
	Place(labels, obstacles, bounds)
	var boxes []Rect
	shown := 0
	for _, l := range labels {
		if !l.Shown {
			continue
		}
		shown++
		// The text's box from its anchor point and baseline (the baseline
		// sits at 85% of the box height in every candidate).
		var b Rect
		top := l.Y - l.H*0.85
		switch l.Anchor {
		case "start":
			b = Rect{l.X, top, l.X + l.W, top + l.H}
		case "end":
			b = Rect{l.X - l.W, top, l.X, top + l.H}
		default:
			b = Rect{l.X - l.W/2, top, l.X + l.W/2, top + l.H}
		}
		for _, o := range boxes {
			if b.Overlaps(o) {
				t.Fatalf("label boxes %v and %v overlap", b, o)
			}
		}
		if b.X0 < bounds.X0-1e-9 || b.X1 > bounds.X1+1e-9 {
			t.Errorf("label box %v leaves the bounds", b)
		}
		boxes = append(boxes, b)
	}
	if shown == 0 || shown == len(labels) {
		t.Errorf("%d of %d labels shown: a crowded grid should show some, not all", shown, len(labels))
	}
	lone := []Label{{At: Point{X: 50, Y: 50}, R: 5, W: 30, H: 12}}
	Place(lone, nil, bounds)
	if !lone[0].Shown || lone[0].Anchor != "start" || lone[0].X <= 55 {
		t.Errorf("a lone label goes right of its node, got %+v", lone[0])
	}
}

func BenchmarkForce(b *testing.B) {
	// 300 nodes (the most a report draws), ring plus chords.
	var ls []Link
	for i := 0; i < 300; i++ {
		ls = append(ls, Link{U: i, V: (i + 1) % 300}, Link{U: i, V: (i * 7) % 300})
	}
	for b.Loop() {
		Force(300, ls, Options{})
	}
}
