package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/feedtest"
	"github.com/actorgraph/actorgraph/neo4j/bolttest"
)

// fastFetch are the fetch flags of tests: no spacing between requests to
// the local server, quick retries.
var fastFetch = []string{"--host-interval", "-1ns", "--fetch-backoff", "10ms", "--fetch-timeout", "2s"}

// wire is a long story, syndicated under two addresses in TestRunFeedsKeepHistory.
const wire = "Israel accused Iran of attacking its territory. " +
	"The statement came after a night of alarms across the north of the country, where residents spent hours in shelters. " +
	"Officials said the damage was limited and that the army was assessing its response."

// rotation is what the feed serves at each of three runs: items scroll
// out as new ones come in.
var rotation = [][]feedtest.Item{
	{
		{GUID: "https://wire.test/a", Link: "https://wire.test/a", Title: "A", Description: "Iran launched missiles at Israel on Saturday."},
		{GUID: "https://wire.test/b", Link: "https://wire.test/b", Title: "B", Description: "The United States urged Israel to show restraint."},
	},
	{
		{GUID: "https://wire.test/b", Link: "https://wire.test/b", Title: "B", Description: "The United States urged Israel to show restraint."},
		{GUID: "https://wire.test/c", Link: "https://wire.test/c?utm_source=rss", Title: "C", Description: wire},
	},
	{
		{GUID: "https://wire.test/c", Link: "https://wire.test/c?utm_source=rss", Title: "C", Description: wire},
		{GUID: "https://wire.test/d", Link: "https://wire.test/d", Title: "D", Description: "Qatar urged Israel and Iran to show restraint."},
	},
}

// edgeDocs reads the edges file of out: the ids and the documents.
func edgeDocs(t *testing.T, out string) (ids map[string]bool, docs map[string]int) {
	t.Helper()
	edges, err := graph.ReadEdgesFile(t.Context(), filepath.Join(out, "edges.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	ids, docs = map[string]bool{}, map[string]int{}
	for _, e := range edges {
		ids[e.ID] = true
		docs[e.Doc]++
	}
	return ids, docs
}

// sentIDs are the ids of every edge committed to the Bolt server.
func sentIDs(s *bolttest.Server) map[string]bool {
	ids := map[string]bool{}
	for _, tx := range s.Committed() {
		for _, q := range tx {
			rows, _ := q.Params["edges"].([]any)
			for _, r := range rows {
				if m, ok := r.(map[string]any); ok {
					if id, ok := m["id"].(string); ok {
						ids[id] = true
					}
				}
			}
		}
	}
	return ids
}

// dropped are the documents whose edges the Bolt server was told to drop
// (all of them), each named once, and the Article nodes deleted.
func dropped(s *bolttest.Server) (emptied, articles []string) {
	seen := map[string]bool{}
	for _, q := range s.Queries() {
		switch {
		case strings.Contains(q.Cypher, "NOT r.id IN d.ids"):
			for _, r := range q.Params["docs"].([]any) {
				row := r.(map[string]any)
				if ids, _ := row["ids"].([]any); len(ids) == 0 && !seen[row["doc"].(string)] {
					seen[row["doc"].(string)] = true
					emptied = append(emptied, row["doc"].(string))
				}
			}
		case strings.Contains(q.Cypher, "MATCH (a:Article {doc: d.doc})"):
			for _, d := range q.Params["docs"].([]any) {
				articles = append(articles, d.(map[string]any)["doc"].(string))
			}
		}
	}
	return emptied, articles
}

// TestRunFeedsKeepHistory runs 'run' three times against a local feed whose
// items rotate, with a second feed that carries story C under another
// address from the second run on: every item ever seen keeps its edges in
// edges.jsonl and in Neo4j (the Bolt test server), and C is one article.
func TestRunFeedsKeepHistory(t *testing.T) {
	srv := feedtest.Start()
	defer srv.Close()
	bolt := boltServer(t, nil)
	neo4jEnv(t, bolt.URI())
	out := t.TempDir()
	mirror := []feedtest.Item{{GUID: "mirror-1", Link: "https://mirror.test/world/1", Title: "E", Description: "Turkey warned Syria."}}
	everDocs := map[string]bool{"mirror-1": true}
	for run, items := range rotation {
		if run == 1 {
			mirror = append(mirror, feedtest.Item{GUID: "mirror-77", Link: "https://mirror.test/world/2024/iran-israel-77", Title: "C (syndicated)", Description: wire})
		}
		srv.SetFeed("/mirror.xml", mirror...)
		srv.SetFeed("/world.xml", items...)
		for _, it := range items {
			everDocs[it.GUID] = true
		}
		args := append([]string{"run", srv.URL("/world.xml"), srv.URL("/mirror.xml"), "--out", out}, fastFetch...)
		code, stdout, stderr := cli(t, args...)
		if code != exitOK {
			t.Fatalf("run %d: exit %d\n%s\n%s", run+1, code, stdout, stderr)
		}
		if strings.Contains(stdout, "removed, ") && !strings.Contains(stdout, " 0 removed") {
			t.Errorf("run %d removed articles:\n%s", run+1, stdout)
		}
		ids, docs := edgeDocs(t, out)
		for d := range everDocs {
			if docs[d] == 0 {
				t.Errorf("run %d: item %s, seen before, has no edge in edges.jsonl\n%s", run+1, d, stdout)
			}
		}
		if docs["mirror-77"] > 0 {
			t.Errorf("run %d: the syndicated copy of C was read as an article of its own", run+1)
		}
		sent := sentIDs(bolt)
		for id := range ids {
			if !sent[id] {
				t.Errorf("run %d: edge %s of edges.jsonl never reached Neo4j", run+1, id)
			}
		}
		if run == 1 && !strings.Contains(stdout, "1 read twice") {
			t.Errorf("run 2: C under two addresses not reported as read twice:\n%s", stdout)
		}
		if run == 2 && !strings.Contains(stdout, "1 not modified (304)") {
			t.Errorf("run 3: the unchanged mirror feed was fetched again:\n%s", stdout)
		}
	}
	if emptied, articles := dropped(bolt); len(emptied)+len(articles) > 0 {
		t.Errorf("Neo4j was told to drop the edges of %v and the articles %v; history must be kept", emptied, articles)
	}
	if c := srv.Counts("/mirror.xml"); c.OK != 2 || c.NotModified != 1 {
		t.Errorf("mirror feed answered %+v, want 2 full answers (it changed once) and 1 not modified", c)
	}
}

// TestRunFeedFaults: a feed that fails (500s), one that is malformed, one
// too slow: each is named with its URL, the good feed is read, the exit
// code is 3; when every feed fails, nothing is read and the exit code is 1.
func TestRunFeedFaults(t *testing.T) {
	srv := feedtest.Start()
	defer srv.Close()
	srv.SetFeed("/good.xml", rotation[0]...)
	srv.SetFeed("/down.xml", rotation[1]...)
	srv.Fail("/down.xml", 1000)
	srv.SetRaw("/broken.xml", "<rss><channel><item><title>cut off")
	srv.SetFeed("/slow.xml", rotation[2]...)
	srv.Slow("/slow.xml", 5*time.Second)
	out := t.TempDir()
	flags := []string{"--host-interval", "-1ns", "--fetch-backoff", "10ms", "--fetch-timeout", "300ms", "--fetch-retries", "1"}
	args := append([]string{"run", srv.URL("/good.xml"), srv.URL("/down.xml"), srv.URL("/broken.xml"), srv.URL("/slow.xml"), "--out", out}, flags...)
	code, stdout, stderr := runCLI(args...)
	if code != exitBadInput {
		t.Fatalf("exit %d, want 3\n%s\n%s", code, stdout, stderr)
	}
	for _, want := range []string{srv.URL("/down.xml") + ": server answered 503", srv.URL("/broken.xml"), "not an RSS or Atom feed", srv.URL("/slow.xml"), "within 300ms"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	// (the broken feed was fetched but not read: it counts as failed)
	if !strings.Contains(stdout, "Read 2 articles: 2 new") || !strings.Contains(stdout, "Fetched 1 of 4 URLs: 0 not modified (304), 3 failed") {
		t.Errorf("summary:\n%s", stdout)
	}

	// A URL of the feeds file whose body is no feed is a bad input, never an
	// article of its own.
	srv.SetRaw("/plain.xml", "this is not xml at all")
	feeds := filepath.Join(t.TempDir(), "feeds.txt")
	os.WriteFile(feeds, []byte(srv.URL("/good.xml")+"\n"+srv.URL("/plain.xml")+"\n"), 0o644)
	out3 := t.TempDir()
	code, stdout, stderr = runCLI(append([]string{"run", "--feeds", feeds, "--out", out3}, flags...)...)
	if code != exitBadInput || !strings.Contains(stderr, srv.URL("/plain.xml")) || !strings.Contains(stderr, "not an RSS or Atom feed") {
		t.Errorf("a feed that is plain text: exit %d, want 3 naming it\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "Fetched 1 of 2 URLs: 0 not modified (304), 1 failed") || strings.Contains(outputs(t, out3)["edges.jsonl"], "plain.xml") {
		t.Errorf("a feed that is plain text is counted or read as an article:\n%s", stdout)
	}

	out2 := t.TempDir()
	args = append([]string{"run", srv.URL("/down.xml"), srv.URL("/slow.xml"), "--out", out2}, flags...)
	code, stdout, stderr = runCLI(args...)
	if code != exitFailed || !strings.Contains(stderr, "nothing read") {
		t.Errorf("every feed down: exit %d, want 1 with 'nothing read'\n%s\n%s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(out2, "report.html")); err == nil {
		t.Error("a run that read nothing wrote a report")
	}
}

// TestRunExitCodes: every input missing or unreadable is exit 1 with the
// reason; some bad is 3.
func TestRunExitCodes(t *testing.T) {
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "good.txt"), []byte("Iran warned Israel."), 0o644)
	os.WriteFile(filepath.Join(in, "bin.txt"), []byte("\x00\x01"), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"only path missing", []string{filepath.Join(in, "nope")}, exitFailed, "nothing read: every input was missing or unreadable"},
		{"only file binary", []string{filepath.Join(in, "bin.txt")}, exitFailed, "nothing read"},
		{"one good one missing", []string{filepath.Join(in, "good.txt"), filepath.Join(in, "nope")}, exitBadInput, "no such file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(append(append([]string{"run"}, tc.args...), "--out", t.TempDir())...)
			if code != tc.code || !strings.Contains(stderr, tc.msg) {
				t.Errorf("exit %d, want %d with %q\n%s\n%s", code, tc.code, tc.msg, stdout, stderr)
			}
		})
	}
}

// TestRunFetchArticles takes an item's text from its page (readability),
// and falls back to its description when the page cannot be fetched.
func TestRunFetchArticles(t *testing.T) {
	srv := feedtest.Start()
	defer srv.Close()
	srv.SetPage("/story-1", "Gulf talks", "Qatar urged Israel and Iran to show restraint.",
		"Diplomats met for a second day in Doha, where the talks were described as difficult but useful by all of the parties present.",
		"Iran warned Israel on Sunday.")
	srv.SetFeed("/f.xml",
		feedtest.Item{GUID: "s1", Link: srv.URL("/story-1"), Title: "Gulf talks", Description: "Talks in Doha."},
		feedtest.Item{GUID: "s2", Link: srv.URL("/gone"), Title: "Warning", Description: "Turkey warned Syria."})
	out := t.TempDir()
	code, stdout, stderr := runCLI(append([]string{"run", srv.URL("/f.xml"), "--fetch-articles", "--out", out}, fastFetch...)...)
	if code != exitOK {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	edges := outputs(t, out)["edges.jsonl"]
	for _, want := range []string{`"doc":"s1"`, "Qatar urged", `"sentence":"Iran warned Israel on Sunday."`, `"doc":"s2"`, "Turkey"} {
		if !strings.Contains(edges, want) {
			t.Errorf("edges lack %s:\n%s", want, edges)
		}
	}
	if !strings.Contains(stderr, "article page not fetched") || !strings.Contains(stderr, srv.URL("/gone")) {
		t.Errorf("the failed page is not named:\n%s", stderr)
	}
	// A second run fetches the feed (304) and no page again.
	code, stdout, _ = runCLI(append([]string{"run", srv.URL("/f.xml"), "--fetch-articles", "--out", out}, fastFetch...)...)
	if code != exitOK || !strings.Contains(stdout, "1 not modified (304)") || srv.Counts("/story-1").Requests != 1 {
		t.Errorf("second run: exit %d, page fetched %d times\n%s", code, srv.Counts("/story-1").Requests, stdout)
	}
}

// TestRunStdinAppendOnly pipes one feed, then the next version of it, to
// 'run -': the items that left it keep their edges.
func TestRunStdinAppendOnly(t *testing.T) {
	srv := feedtest.Start()
	defer srv.Close()
	out := t.TempDir()
	for i, items := range rotation[:2] {
		srv.SetFeed("/f.xml", items...)
		r, err := srv.Client().Get(srv.URL("/f.xml"))
		if err != nil {
			t.Fatal(err)
		}
		cmd := command("run", "-", "--out", out)
		cmd.Stdin = r.Body
		b, err := cmd.CombinedOutput()
		r.Body.Close()
		if err != nil {
			t.Fatalf("run %d: %v\n%s", i+1, err, b)
		}
		if !strings.Contains(string(b), " 0 removed") {
			t.Errorf("run %d removed articles:\n%s", i+1, b)
		}
	}
	_, docs := edgeDocs(t, out)
	for _, d := range []string{"https://wire.test/a", "https://wire.test/b", "https://wire.test/c"} {
		if docs[d] == 0 {
			t.Errorf("no edge of %s after it left the piped feed: %v", d, docs)
		}
	}
}

// TestRunPruneMissing: a JSON-lines file named directly keeps the
// articles gone from it, unless --prune-missing.
func TestRunPruneMissing(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "news.jsonl")
	two := `{"id":"x","text":"Iran warned Israel."}` + "\n" + `{"id":"y","text":"Israel attacked Iran."}` + "\n"
	one := `{"id":"y","text":"Israel attacked Iran."}` + "\n"
	for _, tc := range []struct {
		flag string
		want string
	}{{"", "0 removed"}, {"--prune-missing", "1 removed"}} {
		out := t.TempDir()
		os.WriteFile(file, []byte(two), 0o644)
		if code, _, stderr := runCLI("run", file, "--out", out); code != 0 {
			t.Fatal(stderr)
		}
		os.WriteFile(file, []byte(one), 0o644)
		args := []string{"run", file, "--out", out}
		if tc.flag != "" {
			args = append(args, tc.flag)
		}
		code, stdout, stderr := runCLI(args...)
		if code != 0 || !strings.Contains(stdout, tc.want) {
			t.Errorf("%q: exit %d, want %q\n%s\n%s", tc.flag, code, tc.want, stdout, stderr)
		}
	}
}

// TestRunEveryFeedsUnattended runs 'run --every 1s --feeds feeds.txt' in a
// child process against the local server: it runs again and again, fetches
// only what changed (304s otherwise, counted in its log), picks up a new
// item, and stops cleanly on SIGTERM.
func TestRunEveryFeedsUnattended(t *testing.T) {
	srv := feedtest.Start()
	defer srv.Close()
	srv.SetFeed("/world.xml", rotation[0]...)
	srv.SetFeed("/region.xml", rotation[2][1])
	dir, out := t.TempDir(), t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte("# test feeds\n"+srv.URL("/world.xml")+"\n\n"+srv.URL("/region.xml")+"\n"), 0o644)
	cmd := command(append([]string{"run", "--every", "1s", "--feeds", feeds, "--out", out, "--log-format", "json"}, fastFetch...)...)
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = pw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	defer cmd.Process.Kill()
	type runLog struct {
		Msg         string `json:"msg"`
		New         int    `json:"new"`
		Fetched     int    `json:"feeds_fetched"`
		NotModified int    `json:"feeds_not_modified"`
		Failed      int    `json:"failed"`
	}
	runs := make(chan runLog)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			var l runLog
			if json.Unmarshal(sc.Bytes(), &l) == nil && l.Msg == "run done" {
				runs <- l
			}
		}
		close(runs)
	}()
	next := func() runLog {
		select {
		case l, ok := <-runs:
			if !ok {
				t.Fatal("the scheduler stopped")
			}
			return l
		case <-time.After(30 * time.Second):
			t.Fatal("no run within 30s")
		}
		return runLog{}
	}
	first := next()
	srv.SetFeed("/world.xml", rotation[1]...) // one item scrolls out, one comes in
	var later []runLog
	for range 3 {
		later = append(later, next())
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 0 {
			t.Errorf("scheduler exit: %v", err)
		}
	}
	if first.Fetched != 2 || first.New != 3 {
		t.Errorf("first run %+v, want 2 feeds fetched and 3 new articles", first)
	}
	newC, notModified := 0, 0
	for _, l := range later {
		newC += l.New
		notModified += l.NotModified
		if l.Failed != 0 {
			t.Errorf("a run failed: %+v", l)
		}
	}
	if newC != 1 || notModified < 4 {
		t.Errorf("later runs %+v: want the one new item read once, and the unchanged feeds answered 304", later)
	}
	if c := srv.Counts("/region.xml"); c.OK != 1 || c.NotModified < 3 {
		t.Errorf("the unchanged feed was fetched %d times in full (%d not modified), want once", c.OK, c.NotModified)
	}
	_, docs := edgeDocs(t, out)
	if docs["https://wire.test/a"] == 0 || docs["https://wire.test/c"] == 0 {
		t.Errorf("edges by document %v: the item that scrolled out or the new one is missing", docs)
	}
}

// TestRunKilledBeforeNeo4jReconcile: a run that found an article deleted is
// killed (SIGKILL) after saving its state and files but before telling
// Neo4j; the next run, with nothing else changed, still drops the deleted
// article's edges from Neo4j, and the one after has nothing left to drop.
func TestRunKilledBeforeNeo4jReconcile(t *testing.T) {
	bolt := boltServer(t, nil)
	neo4jEnv(t, bolt.URI())
	in, out := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(in, "keep.txt"), []byte("Iran launched missiles at Israel on Saturday.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "gone.txt"), []byte("The United States urged Israel to show restraint.\n"), 0o644)
	if code, _, stderr := cli(t, "run", in, "--out", out); code != exitOK {
		t.Fatalf("first run: exit %d\n%s", code, stderr)
	}
	os.Remove(filepath.Join(in, "gone.txt"))
	bolt.Reset()
	cmd := command("run", in, "--out", out)
	cmd.Env = append(cmd.Env, "ACTORGRAPH_KILL_AFTER_SAVE=1")
	b, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || !ee.ProcessState.Sys().(syscall.WaitStatus).Signaled() {
		t.Fatalf("the run was not killed: %v\n%s", err, b)
	}
	if emptied, _ := dropped(bolt); len(emptied) > 0 {
		t.Fatalf("the killed run reached Neo4j's reconcile: %v", emptied)
	}
	_, docs := edgeDocs(t, out)
	if docs["gone.txt"] != 0 || docs["keep.txt"] == 0 {
		t.Fatalf("the killed run did not save its outputs first: %v", docs)
	}
	code, stdout, stderr := cli(t, "run", in, "--out", out)
	if code != exitOK || !strings.Contains(stdout, "Nothing changed") {
		t.Fatalf("run after the kill: exit %d\n%s\n%s", code, stdout, stderr)
	}
	emptied, articles := dropped(bolt)
	if len(emptied) != 1 || emptied[0] != "gone.txt" || len(articles) != 1 || articles[0] != "gone.txt" {
		t.Errorf("after the kill, Neo4j was told to drop %v and articles %v, want gone.txt", emptied, articles)
	}
	bolt.Reset()
	if code, _, stderr := cli(t, "run", in, "--out", out); code != exitOK {
		t.Fatalf("third run: exit %d\n%s", code, stderr)
	}
	if emptied, articles := dropped(bolt); len(emptied)+len(articles) != 0 {
		t.Errorf("the deletion was sent again: %v %v", emptied, articles)
	}
}
