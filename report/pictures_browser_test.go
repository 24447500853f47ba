package report

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// box is a viewBox as the page reports it.
type box struct{ X, Y, W, H float64 }

func viewBox(t *testing.T, ctx context.Context) box {
	t.Helper()
	var b box
	must(t, chromedp.Run(ctx, chromedp.Evaluate(`(function(){var v=document.querySelector("#net-actor svg").viewBox.baseVal;return {X:v.x,Y:v.y,W:v.width,H:v.height};})()`, &b)))
	return b
}

// setControl sets a form control's value and fires its change event.
func setControl(t *testing.T, ctx context.Context, name, value string) {
	t.Helper()
	must(t, chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf(`(function(){var e=document.getElementById("controls").elements[%q];e.value=%q;e.dispatchEvent(new Event("change",{bubbles:true}));})()`, name, value), nil)))
}

// nodeWidths returns the drawn width of each visible node of the actor
// view (-1 for a folded one).
func nodeWidths(t *testing.T, ctx context.Context) []float64 {
	t.Helper()
	var w []float64
	must(t, chromedp.Run(ctx, chromedp.Evaluate(`Array.from(document.querySelectorAll("#net-actor .node")).map(function(g){return g.classList.contains("fold")?-1:g.querySelector("path").getBBox().width;})`, &w)))
	return w
}

// checkPictures checks what the pictures must answer: nodes sized by the
// mediation measure (the warring sides are not the largest), mediators
// ringed and partisan ones told apart, node size selectable, the
// per-conflict view, zoom and pan by buttons, keys, wheel and drag, a
// default view that folds the actors outside the conflicts and shows no
// overlapping labels, a colour or a named grey for every node, and no
// sideways scroll at 900 px. It leaves the page as it found it.
func checkPictures(t *testing.T, ctx context.Context, f *findings, save func(string, func(*[]byte) chromedp.Action), figure func(*[]byte) chromedp.Action) {
	nw := f.Nets[0]
	if len(nw.Nodes) == 0 {
		return
	}

	// Size: the largest visible node is the one with the largest
	// mediation measure, and no side of a conflict is larger than every
	// mediator.
	widths := nodeWidths(t, ctx)
	top, topW, topPM := -1, 0.0, 0.0
	for i, w := range widths {
		if w > topW {
			top, topW = i, w
		}
		if w >= 0 {
			topPM = math.Max(topPM, nw.Nodes[i].M.PathMediation)
		}
	}
	if topPM > 0 {
		if got := nw.Nodes[top].M.PathMediation; got != topPM {
			t.Errorf("largest node drawn is %s (mediation %v), want one with the largest mediation %v", nw.Nodes[top].Name, got, topPM)
		}
		for _, fd := range nw.Focus {
			for _, side := range []int{fd.A, fd.B} {
				if widths[side] >= topW && nw.Nodes[side].M.PathMediation < topPM {
					t.Errorf("%s, a side of a conflict, is drawn as large as the largest mediator", nw.Nodes[side].Name)
				}
			}
		}
		t.Logf("largest node: %s (mediation %.3f)", nw.Nodes[top].Name, topPM)
	}

	// Rings: one per mediator, dashed for the partisan ones.
	mediators, partisans := 0, 0
	for _, n := range nw.Nodes {
		if n.Mediator {
			mediators++
		}
		if n.Partisan {
			partisans++
		}
	}
	var rings, dashed int
	must(t, chromedp.Run(ctx,
		chromedp.Evaluate(`document.querySelectorAll("#net-actor .ring").length`, &rings),
		chromedp.Evaluate(`document.querySelectorAll("#net-actor .ring.partisan").length`, &dashed)))
	if rings != mediators || dashed != partisans {
		t.Errorf("%d rings (%d partisan), want %d (%d)", rings, dashed, mediators, partisans)
	}
	// Each ring shown surrounds its node: centred on it, wider than it.
	var ringBoxes []struct{ N, X, Y, W, NX, NY, NW float64 }
	must(t, chromedp.Run(ctx, chromedp.Evaluate(`Array.from(document.querySelectorAll("#net-actor .ring:not(.fold)")).map(function(r){
		var b=r.getBBox(), n=document.querySelector('#net-actor .node[data-n="'+r.dataset.n+'"] path').getBBox();
		return {N:+r.dataset.n,X:b.x+b.width/2,Y:b.y+b.height/2,W:b.width,NX:n.x+n.width/2,NY:n.y+n.height/2,NW:n.width};})`, &ringBoxes)))
	for _, r := range ringBoxes {
		if !nw.Nodes[int(r.N)].Mediator || r.W <= r.NW || math.Hypot(r.X-r.NX, r.Y-r.NY) > 1 {
			t.Errorf("ring of %s: centre (%.1f, %.1f) width %.1f, node centre (%.1f, %.1f) width %.1f", nw.Nodes[int(r.N)].Name, r.X, r.Y, r.W, r.NX, r.NY, r.NW)
		}
	}
	if len(nw.Focus) > 0 && len(nw.Focus[0].Meds) > 0 && nw.Focus[0].Meds[0].Share > 0 && mediators == 0 {
		t.Error("the top conflict has mediators but none is ringed")
	}
	// Every ringed mediator of the top conflict has its name shown.
	if len(nw.Focus) > 0 {
		for r, m := range nw.Focus[0].Meds {
			if r >= markedMeds || m.Share == 0 {
				continue
			}
			var shown bool
			must(t, chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf(`getComputedStyle(document.querySelector('#net-actor .labels text[data-n="%d"]')).display!=="none"`, m.Node), &shown)))
			if !shown {
				t.Errorf("mediator %s has no label shown", nw.Nodes[m.Node].Name)
			}
		}
	}

	// Labels never overlap in the default view.
	var overlaps []string
	must(t, chromedp.Run(ctx, chromedp.Evaluate(`(function(){
		var ts=Array.from(document.querySelectorAll("#net-actor .labels text")).filter(function(t){return getComputedStyle(t).display!=="none";});
		var r=ts.map(function(t){return t.getBoundingClientRect();}), out=[];
		for(var i=0;i<r.length;i++)for(var j=i+1;j<r.length;j++){
			var w=Math.min(r[i].right,r[j].right)-Math.max(r[i].left,r[j].left), h=Math.min(r[i].bottom,r[j].bottom)-Math.max(r[i].top,r[j].top);
			if(w>1&&h>1)out.push(ts[i].textContent+" / "+ts[j].textContent);
		}
		return out;})()`, &overlaps)))
	if len(overlaps) > 0 {
		t.Errorf("%d pairs of labels overlap, for example %s", len(overlaps), overlaps[0])
	}

	// Fold: a view past foldAbove drawn actors shows the conflict
	// neighbourhoods and says how many it folds; ticking "show every drawn
	// actor" shows them all.
	visible := func() int {
		n := 0
		for _, w := range nodeWidths(t, ctx) {
			if w >= 0 {
				n++
			}
		}
		return n
	}
	if nw.Fold {
		var status string
		must(t, chromedp.Run(ctx, chromedp.Text("#status", &status, chromedp.ByQuery)))
		if got := visible(); got != nw.Core {
			t.Errorf("default view shows %d actors, want the %d around the conflicts", got, nw.Core)
		}
		if want := fmt.Sprintf("%d actors outside the conflicts are folded", len(nw.Nodes)-nw.Core); !strings.Contains(status, want) {
			t.Errorf("status %q does not say %q", status, want)
		}
		must(t, chromedp.Run(ctx, chromedp.Evaluate(`document.querySelector("input[name=all]").click()`, nil)))
		if got := visible(); got != len(nw.Nodes) {
			t.Errorf("with every drawn actor shown, %d are visible, want %d", got, len(nw.Nodes))
		}
		save("unfolded", figure)
		must(t, chromedp.Run(ctx, chromedp.Evaluate(`document.querySelector("input[name=all]").click()`, nil)))
	} else if got := visible(); got != len(nw.Nodes) {
		t.Errorf("%d of %d drawn actors are visible in a view that does not fold", got, len(nw.Nodes))
	}

	// Colours: every node has its country's colour, or the grey the
	// legend names.
	legend := map[string]bool{}
	grey := false
	for _, l := range nw.Legend {
		legend[l.Color] = true
		grey = grey || strings.HasPrefix(l.Label, "grey: ")
	}
	var fills []string
	must(t, chromedp.Run(ctx, chromedp.Evaluate(`Array.from(document.querySelectorAll("#net-actor .node path")).map(function(p){return p.getAttribute("fill");})`, &fills)))
	for i, c := range fills {
		if !legend[c] {
			t.Errorf("%s is drawn in %s, which the legend does not name", nw.Nodes[i].Name, c)
		}
		if c == otherColor && !grey {
			t.Errorf("%s is grey but the legend does not say what grey is", nw.Nodes[i].Name)
		}
	}

	// Size by another measure: node 0 is redrawn with that radius.
	setControl(t, ctx, "size", "2")
	if w, want := nodeWidths(t, ctx)[0], shapeWidth(nw.Nodes[0], nw.Nodes[0].Radii[2]); math.Abs(w-want) > 0.5 {
		t.Errorf("sized by betweenness, %s is %.1f wide, want %.1f", nw.Nodes[0].Name, w, want)
	}
	save("by-betweenness", figure)
	setControl(t, ctx, "size", "0")
	if w, want := nodeWidths(t, ctx)[0], shapeWidth(nw.Nodes[0], nw.Nodes[0].Radii[0]); math.Abs(w-want) > 0.5 {
		t.Errorf("sized by mediation again, %s is %.1f wide, want %.1f", nw.Nodes[0].Name, w, want)
	}

	// The per-conflict view: the sides, the mediators and the evidence.
	if len(nw.Focus) > 0 {
		fd := nw.Focus[0]
		before := viewBox(t, ctx)
		setControl(t, ctx, "focus", "0")
		var title string
		var items, dimmed int
		must(t, chromedp.Run(ctx,
			chromedp.Text("#panel h3", &title, chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelectorAll("#panel li").length`, &items),
			chromedp.Evaluate(`document.querySelectorAll("#net-actor .node.dim").length`, &dimmed)))
		if want := nw.Nodes[fd.A].Name + " – " + nw.Nodes[fd.B].Name; title != want {
			t.Errorf("conflict view titled %q, want %q", title, want)
		}
		if items != len(fd.Meds) {
			t.Errorf("conflict view lists %d mediators, want %d", items, len(fd.Meds))
		}
		if want := len(nw.Nodes) - 2 - len(fd.Meds); dimmed != want {
			t.Errorf("conflict view dims %d nodes, want the %d outside it", dimmed, want)
		}
		if after := viewBox(t, ctx); after.W > before.W+0.5 {
			t.Errorf("conflict view zooms out (%v to %v)", before, after)
		}
		save("conflict", figure)
		setControl(t, ctx, "focus", "")
	}

	// Zoom and pan: buttons, keys, wheel, drag; Fit brings it back.
	b0 := viewBox(t, ctx)
	must(t, chromedp.Run(ctx, chromedp.Click(`#net-actor .zoom button[data-zoom=in]`, chromedp.ByQuery)))
	if b := viewBox(t, ctx); !(b.W < b0.W*0.8) {
		t.Errorf("zoom in: viewBox %v from %v", b, b0)
	}
	b1 := viewBox(t, ctx)
	must(t, chromedp.Run(ctx, chromedp.Focus(`#net-actor svg`, chromedp.ByQuery), chromedp.KeyEvent("+")))
	if b := viewBox(t, ctx); !(b.W < b1.W*0.9) {
		t.Errorf("key +: viewBox %v from %v", b, b1)
	}
	b2 := viewBox(t, ctx)
	must(t, chromedp.Run(ctx, chromedp.KeyEvent(kb.ArrowRight)))
	if b := viewBox(t, ctx); !(b.X > b2.X+1) || b.W != b2.W {
		t.Errorf("key →: viewBox %v from %v", b, b2)
	}
	b3 := viewBox(t, ctx)
	must(t, chromedp.Run(ctx, chromedp.Evaluate(`(function(){var s=document.querySelector("#net-actor svg"),r=s.getBoundingClientRect();s.dispatchEvent(new WheelEvent("wheel",{deltaY:120,clientX:r.left+r.width/2,clientY:r.top+r.height/2,bubbles:true,cancelable:true}));})()`, nil)))
	if b := viewBox(t, ctx); !(b.W > b3.W*1.1) {
		t.Errorf("wheel: viewBox %v from %v", b, b3)
	}
	b4 := viewBox(t, ctx)
	var rect struct{ X, Y, W, H float64 }
	must(t, chromedp.Run(ctx, chromedp.Evaluate(`(function(){var r=document.querySelector("#net-actor svg").getBoundingClientRect();return {X:r.left,Y:r.top,W:r.width,H:r.height};})()`, &rect)))
	x, y := rect.X+8, rect.Y+rect.H-8 // a corner: no node there
	must(t, chromedp.Run(ctx,
		chromedp.MouseEvent(input.MousePressed, x, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.MouseMoved, x+60, y-20, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.MouseMoved, x+120, y-40, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.MouseReleased, x+120, y-40, chromedp.ButtonLeft)))
	if b := viewBox(t, ctx); !(b.X < b4.X-1 && b.Y > b4.Y+0.1) || math.Abs(b.W-b4.W) > 0.1 {
		t.Errorf("drag: viewBox %v from %v", b, b4)
	}
	save("zoomed", figure)
	must(t, chromedp.Run(ctx, chromedp.Click(`#net-actor .zoom button[data-zoom=fit]`, chromedp.ByQuery)))
	if b := viewBox(t, ctx); math.Abs(b.W-b0.W) > 0.5 || math.Abs(b.X-b0.X) > 0.5 {
		t.Errorf("Fit: viewBox %v, want %v", b, b0)
	}

	// No sideways scroll at 900 px.
	var scroll struct{ Scroll, Client float64 }
	must(t, chromedp.Run(ctx, chromedp.EmulateViewport(900, 1000),
		chromedp.Evaluate(`({Scroll:document.documentElement.scrollWidth,Client:document.documentElement.clientWidth})`, &scroll)))
	if scroll.Scroll > scroll.Client {
		var wide []string
		must(t, chromedp.Run(ctx, chromedp.Evaluate(`Array.from(document.querySelectorAll("body *")).filter(function(e){return e.getBoundingClientRect().right>document.documentElement.clientWidth+1;}).slice(0,5).map(function(e){return e.tagName+"."+e.className+"#"+e.id;})`, &wide)))
		t.Errorf("at 900 px the page is %v wide for %v: it scrolls sideways (widest: %v)", scroll.Scroll, scroll.Client, wide)
	}
	save("900px", func(b *[]byte) chromedp.Action { return chromedp.FullScreenshot(b, 100) })
	must(t, chromedp.Run(ctx, chromedp.EmulateViewport(1400, 1000)))
}

// shapeWidth is the width of n's outline drawn with radius r.
func shapeWidth(n netNode, r float64) float64 {
	switch n.Kind {
	case "org":
		return 1.8 * r
	case "person":
		return 2.3 * r
	}
	return 2 * r
}
