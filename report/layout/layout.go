// Package layout places the nodes of a small graph in the plane for drawing:
// a Fruchterman–Reingold force layout started from a phyllotaxis spiral, so
// the same graph always gets the same picture (no random numbers at all), and
// a greedy placement of labels that never overlap one another.
//
// It is meant for the few hundred nodes a report draws, not for whole graphs:
// Force costs O(iterations·n²) time and O(n) memory.
package layout

import (
	"cmp"
	"math"
	"slices"
)

// Point is a position in the plane.
type Point struct{ X, Y float64 }

// Link joins nodes U and V with weight W (W <= 0 counts as 1). Direction is
// ignored: the layout only cares that two nodes are related.
type Link struct {
	U, V int
	W    float64
}

// Options tune Force. The zero value is usable.
type Options struct {
	// Iterations is the number of force steps (default 300).
	Iterations int
	// Aspect is the width/height ratio of the drawing (default 1): the
	// connected components are packed to fill a box of that shape.
	Aspect float64
}

// Force returns a position for each of n nodes in the unit square [0,1]²
// (to be scaled to a box of the given Aspect), placing linked nodes near one
// another and all nodes apart.
//
// Each connected component is laid out on its own with ForceAtlas2's forces
// (Jacomy et al. 2014: linear attraction along links, repulsion
// proportional to (degree+1) of both ends over distance, gravity towards the
// centre), which spreads the leaves of a hub instead of piling them up; the
// components are then packed in rows, largest first, isolated nodes last.
// Node order matters only for the start: node 0 starts in the middle of its
// component, later nodes on a widening spiral, so callers should order nodes
// most important first. No random numbers are used: the result depends only
// on n, links and opt. It costs O(Iterations·c²) for each component of c
// nodes.
func Force(n int, links []Link, opt Options) []Point {
	if n == 0 {
		return nil
	}
	if opt.Iterations <= 0 {
		opt.Iterations = 300
	}
	if opt.Aspect <= 0 {
		opt.Aspect = 1
	}
	comps := components(n, links)
	type box struct {
		nodes []int
		pos   []Point // in [0,1]² of the component's own box
		w, h  float64 // box size: area = nodes, shape = the drawing's
	}
	var boxes []box
	var isolated []int
	local := make([]int, n)
	byComp := make([][]Link, len(comps))
	compOf := make([]int, n)
	for ci, c := range comps {
		for li, v := range c {
			local[v], compOf[v] = li, ci
		}
	}
	for _, l := range links {
		if l.U == l.V || l.U < 0 || l.V < 0 || l.U >= n || l.V >= n {
			continue
		}
		ci := compOf[l.U]
		byComp[ci] = append(byComp[ci], Link{U: local[l.U], V: local[l.V], W: l.W})
	}
	for ci, c := range comps {
		if len(c) == 1 {
			isolated = append(isolated, c[0])
			continue
		}
		pos := forceAtlas(len(c), byComp[ci], opt.Iterations)
		ar := math.Max(0.5, math.Min(3, extentRatio(pos)))
		b := box{nodes: c, w: math.Sqrt(float64(len(c)) * ar), h: math.Sqrt(float64(len(c)) / ar)}
		b.pos = fit(pos, b.w/b.h)
		boxes = append(boxes, b)
	}
	// Shelf packing, largest first: try each row width that fits the first
	// k components side by side and keep the one whose drawing, scaled to
	// fill the box, gives the nodes the most room.
	const pad, isoSide = 0.35, 0.6
	pack := func(rowW float64, out []Point) (w, h float64) {
		x, y, rowH := 0.0, 0.0, 0.0
		for _, b := range boxes {
			if x > 0 && x+b.w > rowW+1e-9 {
				x, y, rowH = 0, y+rowH+pad, 0
			}
			if out != nil {
				for li, v := range b.nodes {
					out[v] = Point{x + b.pos[li].X*b.w, y + b.pos[li].Y*b.h}
				}
			}
			x += b.w + pad
			rowH = math.Max(rowH, b.h)
			w = math.Max(w, x-pad)
		}
		h = y + rowH
		if len(isolated) > 0 {
			if len(boxes) > 0 {
				h += pad
			}
			perRow := max(1, int(math.Max(rowW, w)/isoSide))
			for i, v := range isolated {
				if out != nil {
					out[v] = Point{float64(i%perRow)*isoSide + isoSide/2, h + float64(i/perRow)*isoSide + isoSide/2}
				}
			}
			h += float64((len(isolated)+perRow-1)/perRow) * isoSide
			w = math.Max(w, float64(min(perRow, len(isolated)))*isoSide)
		}
		return w, h
	}
	best, bestUnit := 0.0, -1.0
	widths := []float64{math.Sqrt(float64(n) * opt.Aspect)}
	sum := 0.0
	for _, b := range boxes {
		sum += b.w
		widths = append(widths, sum)
		sum += pad
	}
	for _, rw := range widths {
		w, h := pack(rw, nil)
		if unit := math.Min(opt.Aspect/math.Max(w, 1e-9), 1/math.Max(h, 1e-9)); unit > bestUnit+1e-12 {
			best, bestUnit = rw, unit
		}
	}
	out := make([]Point, n)
	pack(best, out)
	return fit(out, opt.Aspect)
}

// components returns the connected components of the graph, each in
// increasing node order, ordered by size (largest first), then first node.
func components(n int, links []Link) [][]int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, l := range links {
		if l.U < 0 || l.V < 0 || l.U >= n || l.V >= n {
			continue
		}
		a, b := find(l.U), find(l.V)
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	idx := map[int]int{}
	var comps [][]int
	for i := 0; i < n; i++ {
		r := find(i)
		ci, ok := idx[r]
		if !ok {
			ci = len(comps)
			idx[r] = ci
			comps = append(comps, nil)
		}
		comps[ci] = append(comps[ci], i)
	}
	slices.SortStableFunc(comps, func(a, b []int) int { return cmp.Compare(len(b), len(a)) })
	return comps
}

// forceAtlas lays out one connected component and returns positions in the
// unit square.
func forceAtlas(n int, links []Link, iterations int) []Point {
	pos := make([]Point, n)
	golden := math.Pi * (3 - math.Sqrt(5))
	scale := math.Sqrt(float64(n))
	for i := range pos {
		r := math.Sqrt(float64(i)+0.5) / math.Sqrt(float64(n)) * scale
		pos[i] = Point{r * math.Cos(float64(i)*golden), r * math.Sin(float64(i)*golden)}
	}
	mass := make([]float64, n)
	for i := range mass {
		mass[i] = 1
	}
	for _, l := range links {
		mass[l.U]++
		mass[l.V]++
	}
	disp := make([]Point, n)
	const kr, kg = 1.0, 0.05
	temp := scale
	cool := temp / float64(iterations+1)
	for it := 0; it < iterations; it++ {
		for i := range disp {
			disp[i] = Point{}
		}
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				dx, dy := pos[i].X-pos[j].X, pos[i].Y-pos[j].Y
				d2 := dx*dx + dy*dy
				if d2 < 1e-9 {
					dx, dy = 1e-3*float64(j-i), 1e-3
					d2 = dx*dx + dy*dy
				}
				f := kr * mass[i] * mass[j] / d2 // kr·mi·mj/d, as a factor on (dx,dy)/d
				disp[i].X += dx * f
				disp[i].Y += dy * f
				disp[j].X -= dx * f
				disp[j].Y -= dy * f
			}
		}
		for _, l := range links {
			w := l.W
			if w <= 0 {
				w = 1
			}
			w = 1 + math.Log(w)
			dx, dy := pos[l.U].X-pos[l.V].X, pos[l.U].Y-pos[l.V].Y
			disp[l.U].X -= dx * w
			disp[l.U].Y -= dy * w
			disp[l.V].X += dx * w
			disp[l.V].Y += dy * w
		}
		for i := range pos {
			if d := math.Hypot(pos[i].X, pos[i].Y); d > 0 {
				disp[i].X -= kg * mass[i] * pos[i].X / d
				disp[i].Y -= kg * mass[i] * pos[i].Y / d
			}
			d := math.Hypot(disp[i].X, disp[i].Y)
			if d > 0 {
				step := math.Min(d/mass[i], temp)
				pos[i].X += disp[i].X / d * step
				pos[i].Y += disp[i].Y / d * step
			}
		}
		temp -= cool
	}
	return rotate(pos)
}

// extentRatio is the width/height ratio of the bounding box of pos.
func extentRatio(pos []Point) float64 {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
		minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
	}
	if maxY-minY < 1e-9 {
		return math.Inf(1)
	}
	return (maxX - minX) / (maxY - minY)
}

// rotate turns pos about its centroid so that its principal axis (the
// direction of greatest spread) is horizontal: wide drawings suit wide
// pages. The sign is fixed by putting node 0 on the left half.
func rotate(pos []Point) []Point {
	var cx, cy float64
	for _, p := range pos {
		cx += p.X
		cy += p.Y
	}
	cx /= float64(len(pos))
	cy /= float64(len(pos))
	var sxx, syy, sxy float64
	for _, p := range pos {
		dx, dy := p.X-cx, p.Y-cy
		sxx += dx * dx
		syy += dy * dy
		sxy += dx * dy
	}
	theta := 0.5 * math.Atan2(2*sxy, sxx-syy) // angle of the principal axis
	c, s := math.Cos(-theta), math.Sin(-theta)
	for i, p := range pos {
		dx, dy := p.X-cx, p.Y-cy
		pos[i] = Point{dx*c - dy*s, dx*s + dy*c}
	}
	if len(pos) > 0 && pos[0].X > 0 {
		for i := range pos {
			pos[i].X = -pos[i].X
		}
	}
	return pos
}

// fit scales pos into the unit square so that, once the caller stretches
// the square to a box of the given aspect (width/height), the drawing keeps
// its proportions and is centred.
func fit(pos []Point, aspect float64) []Point {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
		minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
	}
	w, h := maxX-minX, maxY-minY
	// The box is aspect wide for 1 high: grow the short side to match.
	bw, bh := math.Max(w, h*aspect), math.Max(h, w/aspect)
	if bw == 0 {
		bw = 1
	}
	if bh == 0 {
		bh = 1
	}
	offX, offY := (bw-w)/2, (bh-h)/2
	for i, p := range pos {
		pos[i] = Point{(p.X - minX + offX) / bw, (p.Y - minY + offY) / bh}
	}
	return pos
}

// Separate moves circles (centre pos[i], radius r[i]) apart until no two
// overlap by more than a pixel, or rounds passes are done. It costs
// O(rounds·n²).
func Separate(pos []Point, r []float64, gap float64, rounds int) {
	for round := 0; round < rounds; round++ {
		moved := false
		for i := range pos {
			for j := i + 1; j < len(pos); j++ {
				dx, dy := pos[j].X-pos[i].X, pos[j].Y-pos[i].Y
				d := math.Hypot(dx, dy)
				need := r[i] + r[j] + gap
				if d >= need-1 {
					continue
				}
				if d < 1e-9 {
					dx, dy, d = 1, float64(j-i), math.Hypot(1, float64(j-i))
				}
				push := (need - d) / 2
				pos[i].X -= dx / d * push
				pos[i].Y -= dy / d * push
				pos[j].X += dx / d * push
				pos[j].Y += dy / d * push
				moved = true
			}
		}
		if !moved {
			return
		}
	}
}

// Rect is an axis-aligned box.
type Rect struct{ X0, Y0, X1, Y1 float64 }

// Overlaps reports whether r and s share any area.
func (r Rect) Overlaps(s Rect) bool {
	return r.X0 < s.X1 && s.X0 < r.X1 && r.Y0 < s.Y1 && s.Y0 < r.Y1
}

// Label is a label to place beside a node.
type Label struct {
	At     Point   // node centre
	R      float64 // node radius
	W, H   float64 // label box size
	Anchor string  // set by Place: "start" (right of node), "end" (left) or "middle"
	X, Y   float64 // set by Place: the text baseline anchor point
	Shown  bool    // set by Place: false when every candidate spot collided
}

// Place puts labels in order (most important first) at the first of right,
// left, below, above and the four diagonals of their node where the box
// overlaps no label already
// placed, no node (obstacles), and stays inside bounds. A label with no free
// spot is left unshown. It costs O(n²).
func Place(labels []Label, obstacles []Rect, bounds Rect) {
	var taken []Rect
	for i := range labels {
		l := &labels[i]
		type cand struct {
			box    Rect
			anchor string
			x, y   float64
		}
		p, r, w, h := l.At, l.R, l.W, l.H
		cands := []cand{
			{Rect{p.X + r + 2, p.Y - h/2, p.X + r + 2 + w, p.Y + h/2}, "start", p.X + r + 2, p.Y + h*0.35},
			{Rect{p.X - r - 2 - w, p.Y - h/2, p.X - r - 2, p.Y + h/2}, "end", p.X - r - 2, p.Y + h*0.35},
			{Rect{p.X - w/2, p.Y + r + 1, p.X + w/2, p.Y + r + 1 + h}, "middle", p.X, p.Y + r + 1 + h*0.85},
			{Rect{p.X - w/2, p.Y - r - 1 - h, p.X + w/2, p.Y - r - 1}, "middle", p.X, p.Y - r - h*0.15 - 1},
			// Diagonals: the label's corner touches the node's bounding box.
			{Rect{p.X + r*0.7, p.Y - r*0.7 - h, p.X + r*0.7 + w, p.Y - r*0.7}, "start", p.X + r*0.7, p.Y - r*0.7 - h*0.15},
			{Rect{p.X + r*0.7, p.Y + r*0.7, p.X + r*0.7 + w, p.Y + r*0.7 + h}, "start", p.X + r*0.7, p.Y + r*0.7 + h*0.85},
			{Rect{p.X - r*0.7 - w, p.Y - r*0.7 - h, p.X - r*0.7, p.Y - r*0.7}, "end", p.X - r*0.7, p.Y - r*0.7 - h*0.15},
			{Rect{p.X - r*0.7 - w, p.Y + r*0.7, p.X - r*0.7, p.Y + r*0.7 + h}, "end", p.X - r*0.7, p.Y + r*0.7 + h*0.85},
		}
	next:
		for _, c := range cands {
			if c.box.X0 < bounds.X0 || c.box.X1 > bounds.X1 || c.box.Y0 < bounds.Y0 || c.box.Y1 > bounds.Y1 {
				continue
			}
			for _, t := range taken {
				if c.box.Overlaps(t) {
					continue next
				}
			}
			for _, o := range obstacles {
				if c.box.Overlaps(o) {
					continue next
				}
			}
			l.Anchor, l.X, l.Y, l.Shown = c.anchor, c.x, c.y, true
			taken = append(taken, c.box)
			break
		}
	}
}
