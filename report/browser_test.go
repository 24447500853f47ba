package report

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	cdpnet "github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/actorgraph/actorgraph/graph"
)

// chromium finds a Chromium binary: $ACTORGRAPH_CHROMIUM, else the first
// of the usual names on $PATH.
func chromium() string {
	if p := os.Getenv("ACTORGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// screenshotDir is $ACTORGRAPH_SCREENSHOTS, or testdata/out (ignored by
// git), where the screenshots stay for a reader to look at.
func screenshotDir(t *testing.T) string {
	d := os.Getenv("ACTORGRAPH_SCREENSHOTS")
	if d == "" {
		d = filepath.Join("testdata", "out")
	}
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(d)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", abs)
	return abs
}

// TestBrowser opens report.html in headless Chromium and checks what a
// reader relies on: no request leaves the file, one SVG node per drawn
// actor, clicking a node shows its evidence, the relation and date filters
// hide arcs, the country view switches. It saves screenshots and logs their
// paths.
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium binary found (set ACTORGRAPH_CHROMIUM, or install Debian's chromium package: apt-get install -y chromium); skipping the browser test")
	}
	shots := screenshotDir(t)
	for _, tc := range []struct {
		name string
		in   func() Input
	}{
		{"gold", func() Input { return loadCase(t, "gold") }},
		{"2000actors", func() Input { return synthetic(2000, 8000, 120, 150) }},
		{"23actors-seeds", func() Input { return loadCase(t, "seeds") }},
		{"80actors", func() Input { in, _ := world(80, 1); return in }},
		{"300actors", func() Input { in, _ := world(300, 1); return in }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in()
			dir := t.TempDir()
			if err := WriteFiles(dir, in); err != nil {
				t.Fatal(err)
			}
			browse(t, bin, filepath.Join(dir, "report.html"), laidOut(newFindings(in)), filepath.Join(shots, tc.name))
		})
	}
}

func browse(t *testing.T, bin, page string, f *findings, shotPrefix string) {
	pageURL := (&url.URL{Scheme: "file", Path: page}).String()
	userData, err := os.MkdirTemp("", "actorgraph-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(userData) })
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(userData),
		chromedp.WindowSize(1400, 1000),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer func() {
		// Close the browser before the test removes its user-data folder.
		chromedp.Cancel(bctx)
		bcancel()
		acancel()
	}()

	var mu sync.Mutex
	var problems []string
	chromedp.ListenTarget(bctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *cdpnet.EventRequestWillBeSent:
			// data: URLs never leave the browser (Chromium's own date
			// picker icon is one); anything else is a network request.
			if e.Request.URL != pageURL && !strings.HasPrefix(e.Request.URL, "data:") {
				problems = append(problems, "request to "+e.Request.URL)
			}
		case *cdpnet.EventLoadingFailed:
			problems = append(problems, fmt.Sprintf("failed load (%s): %s", e.Type, e.ErrorText))
		case *runtime.EventExceptionThrown:
			problems = append(problems, "script error: "+e.ExceptionDetails.Error())
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.APITypeError || e.Type == runtime.APITypeWarning {
				problems = append(problems, fmt.Sprintf("console %s from the page", e.Type))
			}
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.LevelError {
				problems = append(problems, "console error: "+e.Entry.Text)
			}
		}
	})
	start := time.Now()
	if err := chromedp.Run(bctx, cdpnet.Enable(), cdplog.Enable(), runtime.Enable(),
		chromedp.Navigate(pageURL), chromedp.WaitVisible("#net-actor svg", chromedp.ByQuery)); err != nil {
		t.Fatalf("load %s: %v", pageURL, err)
	}
	t.Logf("loaded in %v", time.Since(start).Round(time.Millisecond))
	save := func(name string, shot func(*[]byte) chromedp.Action) {
		t.Helper()
		var buf []byte
		if err := chromedp.Run(bctx, shot(&buf)); err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		path := shotPrefix + "-" + name + ".png"
		if err := os.WriteFile(path, buf, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
	}
	whole := func(b *[]byte) chromedp.Action { return chromedp.FullScreenshot(b, 100) }
	figure := func(b *[]byte) chromedp.Action { return chromedp.Screenshot(".netwrap", b, chromedp.ByQuery) }

	actor := f.Nets[0]
	var nodes, arcs int
	must(t, chromedp.Run(bctx,
		chromedp.Evaluate(`document.querySelectorAll("#net-actor .node").length`, &nodes),
		chromedp.Evaluate(`document.querySelectorAll("#net-actor .arc").length`, &arcs)))
	if nodes != len(actor.Nodes) || arcs != len(actor.Arcs) {
		t.Errorf("actor view has %d nodes and %d arcs, want %d and %d", nodes, arcs, len(actor.Nodes), len(actor.Arcs))
	}
	save("page", whole)
	save("network", figure)
	checkPictures(t, bctx, f, save, figure)
	sections := []string{"summary", "timeline", "mediators", "dyads", "central"}
	if len(f.Windows) > 0 {
		sections = append(sections, "windows")
	}
	if len(f.Brokers) > 0 {
		sections = append(sections, "brokerage")
	}
	for _, sec := range sections {
		save(sec, func(b *[]byte) chromedp.Action { return chromedp.Screenshot("#"+sec, b, chromedp.ByQuery) })
	}

	// Clicking the most central actor shows its name and evidence.
	var title, quote string
	must(t, chromedp.Run(bctx,
		chromedp.Click(`#net-actor .node[data-n="0"]`, chromedp.ByQuery),
		chromedp.WaitVisible("#panel blockquote", chromedp.ByQuery),
		chromedp.Text("#panel h3", &title, chromedp.ByQuery),
		chromedp.Text("#panel blockquote", &quote, chromedp.ByQuery)))
	if title != actor.Nodes[0].Name {
		t.Errorf("panel shows %q after clicking %q", title, actor.Nodes[0].Name)
	}
	if !evidenceOf(f, actor, 0, quote) {
		t.Errorf("panel quote %q is not evidence of an arc of %s", quote, actor.Nodes[0].Name)
	}
	save("selected", figure)

	// The keyboard does the same: Tab to a node, press Enter.
	if len(actor.Nodes) > 1 {
		must(t, chromedp.Run(bctx,
			chromedp.Focus(`#net-actor .node[data-n="1"]`, chromedp.ByQuery),
			chromedp.KeyEvent("\r"),
			chromedp.Text("#panel h3", &title, chromedp.ByQuery)))
		if title != actor.Nodes[1].Name {
			t.Errorf("panel shows %q after Enter on %q", title, actor.Nodes[1].Name)
		}
	}

	// Unticking ATTACKED hides exactly the ATTACKED arcs.
	hidden := func() int {
		var n int
		must(t, chromedp.Run(bctx, chromedp.Evaluate(`document.querySelectorAll("#net-actor .arc.off").length`, &n)))
		return n
	}
	wantOff := 0
	for _, a := range actor.Arcs {
		if a.Rel == graph.Attacked {
			wantOff++
		}
	}
	must(t, chromedp.Run(bctx, chromedp.Click(`input[name=rel][value=ATTACKED]`, chromedp.ByQuery)))
	if got := hidden(); got != wantOff {
		t.Errorf("after unticking ATTACKED, %d arcs are hidden, want %d", got, wantOff)
	}
	// A date filter to the first timeline bar keeps only arcs with an edge
	// in it (and not ATTACKED).
	if len(f.Timeline.Bars) > 1 {
		first := f.Timeline.Bars[0].Start
		wantOff = 0
		for _, a := range actor.Arcs {
			if a.Rel == graph.Attacked || !slices.Contains(a.Buckets, 0) {
				wantOff++
			}
		}
		must(t, chromedp.Run(bctx, chromedp.Evaluate(fmt.Sprintf(`(function(){var e=document.querySelector("input[name=to]");e.value=%q;e.dispatchEvent(new Event("change",{bubbles:true}));})()`, first), nil)))
		if got := hidden(); got != wantOff {
			t.Errorf("after filtering to %s, %d arcs are hidden, want %d", first, got, wantOff)
		}
		save("filtered", figure)
	}
	// The country view.
	var countryShown, actorShown bool
	must(t, chromedp.Run(bctx,
		chromedp.Click(`button[type=reset]`, chromedp.ByQuery),
		chromedp.Click(`input[name=view][value=country]`, chromedp.ByQuery),
		chromedp.Evaluate(`!document.getElementById("net-country").hidden`, &countryShown),
		chromedp.Evaluate(`!document.getElementById("net-actor").hidden`, &actorShown)))
	if !countryShown || actorShown {
		t.Errorf("after choosing Countries: country view shown %v, actor view shown %v", countryShown, actorShown)
	}
	if got := hidden(); got != 0 {
		t.Errorf("after Reset, %d actor arcs are still hidden", got)
	}
	save("countries", figure)

	// Colouring by community, when the analysis found communities.
	if cn := f.Nets[1]; len(cn.LegendComm) > 0 {
		var fill string
		must(t, chromedp.Run(bctx,
			chromedp.Click(`input[name=colour][value=community]`, chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelector('#net-country .node[data-n="0"] path').getAttribute("fill")`, &fill)))
		if fill != cn.Nodes[0].ColorComm {
			t.Errorf("coloured by community, %s is %s, want %s", cn.Nodes[0].Name, fill, cn.Nodes[0].ColorComm)
		}
		save("communities", figure)
	}
	// A mediator's name in the tables shows it in the country network.
	if len(f.MedCountry) > 0 {
		want := f.MedCountry[0].Mediators[0].Name
		must(t, chromedp.Run(bctx,
			chromedp.Click(`#mediators button.goto[data-goto=country]`, chromedp.ByQuery),
			chromedp.Text("#panel h3", &title, chromedp.ByQuery),
			chromedp.Evaluate(`!document.getElementById("net-country").hidden`, &countryShown)))
		if title != want || !countryShown {
			t.Errorf("after clicking mediator %s: panel shows %q, country view shown %v", want, title, countryShown)
		}
	}
	// Reset brings back the actor view.
	must(t, chromedp.Run(bctx, chromedp.Click(`button[type=reset]`, chromedp.ByQuery), chromedp.WaitVisible("#net-actor svg", chromedp.ByQuery),
		chromedp.Evaluate(`!document.getElementById("net-actor").hidden`, &actorShown)))
	if !actorShown {
		t.Error("after Reset the actor view is not shown")
	}

	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Error(p)
	}
}

// evidenceOf reports whether quote starts with the sentence of an arc of
// node i.
func evidenceOf(f *findings, nw *network, i int, quote string) bool {
	for _, a := range nw.Arcs {
		if a.S != i && a.T != i {
			continue
		}
		for _, e := range a.Ev {
			if strings.HasPrefix(quote, f.ev.Rows[e].Sentence) {
				return true
			}
		}
	}
	return false
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func laidOut(f *findings) *findings {
	f.layoutNetworks()
	return f
}
