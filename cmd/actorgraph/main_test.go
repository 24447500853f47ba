package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// run runs the CLI in-process and returns its exit code, stdout and stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := runMain(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestHelpOnEveryCommand(t *testing.T) {
	a := &app{stdout: new(bytes.Buffer), stderr: new(bytes.Buffer)}
	root := a.rootCmd()
	names := []string{""}
	for _, c := range root.Commands() {
		if c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		names = append(names, c.Name())
	}
	if len(names) < 6 {
		t.Fatalf("only %d commands registered", len(names)-1)
	}
	for _, name := range names {
		t.Run("help "+name, func(t *testing.T) {
			args := []string{"--help"}
			if name != "" {
				args = []string{name, "--help"}
			}
			code, out, _ := run(t, args...)
			if code != exitOK {
				t.Fatalf("exit %d", code)
			}
			if !strings.Contains(out, "Usage:") || !strings.Contains(out, "actorgraph") {
				t.Fatalf("help output lacks usage:\n%s", out)
			}
			if name != "" && !strings.Contains(out, "Examples:") {
				t.Fatalf("%s --help has no example:\n%s", name, out)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"extract"}, "missing PATH"},
		{[]string{"run", "x"}, "--out"},
		{[]string{"analyze"}, "want one EDGES.jsonl"},
		{[]string{"analyze", "a", "--format", "xml"}, "--format"},
		{[]string{"eval", "e.jsonl"}, "--gold"},
		{[]string{"extract", "--no-such-flag", "x"}, "unknown flag"},
		{[]string{"no-such-command"}, "unknown command"},
		{[]string{"--log-format", "yaml", "extract", "x"}, "--log-format"},
		{[]string{"extract", "x", "-q", "--log-level", "debug"}, "--quiet and --log-level debug exclude each other"},
		{[]string{"analyze", "a", "--max-evidence", "-2"}, "--max-evidence -2"},
		{[]string{"analyze", "a", "--max-mediators", "0"}, "--max-mediators 0"},
		{[]string{"run", "x", "--out", "o", "--workers", "-1"}, "--workers -1"},
		{[]string{"run", "x", "--out", "o", "--fetch-timeout", "-1s"}, "--fetch-timeout -1s"},
		{[]string{"run", "x", "--out", "o", "--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-timeout", "0s"}, "--neo4j-timeout 0s"},
		{[]string{"load", "e.jsonl", "--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-load-timeout", "-1s"}, "--neo4j-load-timeout -1s"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, _, stderr := run(t, tc.args...)
			if code != exitUsage {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitUsage, stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Fatalf("stderr lacks %q:\n%s", tc.want, stderr)
			}
		})
	}
}

// TestJSONLogsHaveNoPlainLines: with --log-format json, the error a
// command ends with is a JSON record too, as a log reader expects.
func TestJSONLogsHaveNoPlainLines(t *testing.T) {
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("Iran warned Israel."), 0o644)
	for _, args := range [][]string{
		{"analyze", "/nonexistent/edges.jsonl"},
		{"run", "/nonexistent", "--out", t.TempDir()},
		{"run", in, "--out", t.TempDir(), "--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-timeout", "2s"},
		{"extract", "--no-such-flag", "x"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, _, stderr := run(t, append(args, "--log-format", "json")...)
			if code == exitOK {
				t.Fatalf("exit 0, want a failure")
			}
			var last map[string]any
			for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
				if err := json.Unmarshal([]byte(line), &last); err != nil {
					t.Fatalf("a plain line among JSON logs: %q\n%s", line, stderr)
				}
			}
			if last["level"] != "ERROR" || last["err"] == "" || last["exit"] != float64(code) {
				t.Errorf("last record %v, want the error with exit %d", last, code)
			}
		})
	}
}

func TestMissingEdgesFileNamesIt(t *testing.T) {
	code, _, stderr := run(t, "analyze", "/nonexistent/edges.jsonl")
	if code != exitFailed || !strings.Contains(stderr, "/nonexistent/edges.jsonl") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

func TestBadEdgeLineNamesFileAndLine(t *testing.T) {
	p := filepath.Join(t.TempDir(), "edges.jsonl")
	os.WriteFile(p, []byte("{\"doc\":\"a\"}\n"), 0o644)
	code, _, stderr := run(t, "analyze", p)
	if code != exitFailed || !strings.Contains(stderr, p+":1:") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

func writeArticles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a/one.txt": "Iran launched missiles at Israel on Saturday.\nThe United States urged Israel to show restraint.\n",
		"two.md":    "The United States urged Iran to stop.\n",
		"skip.bin":  "not an article extension",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunWritesTheFourFiles(t *testing.T) {
	in := writeArticles(t)
	out := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := run(t, "run", in, "--out", out)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, f := range []string{"edges.jsonl", "analysis.json", "report.html", "report.md"} {
		if st, err := os.Stat(filepath.Join(out, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s missing or empty: %v", f, err)
		}
	}
	if !strings.Contains(stdout, "Read 2 articles") {
		t.Errorf("summary does not count 2 articles:\n%s", stdout)
	}
	edges, err := graph.ReadEdgesFile(context.Background(), filepath.Join(out, "edges.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(edges) == 0 {
		t.Fatal("no edges from articles that state edges")
	}
	for _, e := range edges {
		if e.ID != graph.EdgeID(e.Doc, e.SentenceIndex, e.Source.Name, e.Relation, e.Target.Name) {
			t.Errorf("edge id %s is not the stable hash", e.ID)
		}
		if e.Doc != "a/one.txt" && e.Doc != "two.md" {
			t.Errorf("doc %q is not relative to the folder", e.Doc)
		}
	}
	var res map[string]json.RawMessage
	b, _ := os.ReadFile(filepath.Join(out, "analysis.json"))
	if err := json.Unmarshal(b, &res); err != nil || res["actor"] == nil || res["country"] == nil {
		t.Fatalf("analysis.json lacks actor/country levels: %v", err)
	}
}

func TestExtractBadInputExitsThreeAndKeepsGoodEdges(t *testing.T) {
	in := writeArticles(t)
	os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(in, "bin.txt"), []byte{0, 1, 2, 3}, 0o644)
	code, stdout, stderr := run(t, "extract", in, filepath.Join(in, "missing.txt"))
	if code != exitBadInput {
		t.Fatalf("exit %d, want %d\n%s", code, exitBadInput, stderr)
	}
	for _, want := range []string{"empty.txt", "bin.txt", "missing.txt"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %s:\n%s", want, stderr)
		}
	}
	if !strings.Contains(stdout, `"relation":"URGED"`) {
		t.Errorf("good articles' edges lost:\n%s", stdout)
	}
}

// TestExtractNamesTwoArticlesOfOneName: two files of one name under two
// PATHs keep their edges (both written, exit 0) and are named in a
// warning, since their edges share the doc name; one file reached by two
// PATHs is read once and is no warning.
func TestExtractNamesTwoArticlesOfOneName(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(a, "x.txt"), []byte("Iran warned Israel."), 0o644)
	os.WriteFile(filepath.Join(b, "x.txt"), []byte("Turkey urged Russia to stop."), 0o644)
	code, stdout, stderr := run(t, "extract", filepath.Join(a, "x.txt"), filepath.Join(b, "x.txt"))
	if code != exitOK || !strings.Contains(stdout, `"relation":"WARNED"`) || !strings.Contains(stdout, `"relation":"URGED"`) {
		t.Fatalf("exit %d, want both articles' edges\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "same name") || !strings.Contains(stderr, "x.txt") {
		t.Errorf("no warning naming the shared name x.txt:\n%s", stderr)
	}
	code, _, stderr = run(t, "extract", filepath.Join(a, "x.txt"), a)
	if code != exitOK || strings.Contains(stderr, "same name") {
		t.Errorf("one file by two PATHs: exit %d, stderr:\n%s", code, stderr)
	}
}

// TestExtractNothingReadFails: when every input is bad, extract fails (exit
// 1) as run does, so "extract | analyze -" does not go on with nothing.
func TestExtractNothingReadFails(t *testing.T) {
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "bin.txt"), []byte{0, 1, 2, 3}, 0o644)
	code, stdout, stderr := run(t, "extract", "/nonexistent", filepath.Join(in, "bin.txt"))
	if code != exitFailed || stdout != "" || !strings.Contains(stderr, "nothing read") || !strings.Contains(stderr, "/nonexistent") {
		t.Fatalf("exit %d, want %d\nstdout %q\nstderr:\n%s", code, exitFailed, stdout, stderr)
	}
}

// TestDebugLogNamesEachArticle: --log-level debug says which article gave
// how many edges, for extract and for run.
func TestDebugLogNamesEachArticle(t *testing.T) {
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("Iran warned Israel."), 0o644)
	os.WriteFile(filepath.Join(in, "b.txt"), []byte("Nothing happened here."), 0o644)
	for _, args := range [][]string{{"extract", in}, {"run", in, "--out", t.TempDir()}} {
		code, _, stderr := run(t, append(args, "--log-level", "debug")...)
		if code != exitOK {
			t.Fatalf("%v: exit %d\n%s", args, code, stderr)
		}
		for _, want := range []string{`msg="article extracted" doc=a.txt`, "edges=1", `msg="article extracted" doc=b.txt`, "edges=0"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("%s: debug log lacks %s:\n%s", args[0], want, stderr)
			}
		}
	}
}

func TestEvalMatchesItsOwnGold(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "gold.jsonl"), []byte(`{"doc":"a.txt","sentence":"s","source":"Iran","relation":"ATTACKED","target":"Israel"}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "actors.jsonl"), []byte(`{"name":"Iran","kind":"state","country":"Iran","aliases":[]}`+"\n"+`{"name":"Israel","kind":"state","country":"Israel","aliases":[]}`+"\n"), 0o644)
	e := graph.Edge{Doc: "a.txt", Source: graph.Actor{Name: "Iran", Kind: graph.State, Country: "Iran"}, Relation: graph.Attacked,
		Target: graph.Actor{Name: "Israel", Kind: graph.State, Country: "Israel"}}
	var buf bytes.Buffer
	w := graph.NewEdgeWriter(&buf)
	w.Write(e)
	w.Flush()
	ep := filepath.Join(dir, "e.jsonl")
	os.WriteFile(ep, buf.Bytes(), 0o644)
	code, stdout, stderr := run(t, "eval", "--gold", dir, ep, "--min-f1", "0.99")
	if code != exitOK || !strings.Contains(stdout, "F1 actor level: 1.000") {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	code, _, _ = run(t, "eval", "--gold", dir, ep, "--level", "country", "--min-f1", "1.01")
	if code != exitFailed {
		t.Fatalf("--min-f1 above the score: exit %d, want %d", code, exitFailed)
	}
	// a disputable row the edges miss is missed, unless optional
	os.WriteFile(filepath.Join(dir, "gold.jsonl"), []byte(`{"doc":"a.txt","sentence":"s","source":"Iran","relation":"ATTACKED","target":"Israel"}`+"\n"+
		`{"doc":"a.txt","sentence":"t","source":"Israel","relation":"WARNED","target":"Iran","note":"disputable: no act named"}`+"\n"), 0o644)
	code, stdout, _ = run(t, "eval", "--gold", dir, ep)
	if code != exitOK || !strings.Contains(stdout, "F1 actor level: 0.667") {
		t.Fatalf("disputable row firm by default: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = run(t, "eval", "--gold", dir, ep, "--optional-disputable", "--min-f1", "0.99")
	if code != exitOK || !strings.Contains(stdout, "(1 disputable actor-level keys are optional)") || !strings.Contains(stdout, "F1 actor level: 1.000") {
		t.Fatalf("--optional-disputable: exit %d\n%s", code, stdout)
	}
}

func TestShellWord(t *testing.T) {
	for in, want := range map[string]string{
		"limit=10":              "limit=10",
		"edge_source=Joe Biden": "'edge_source=Joe Biden'",
		"a=it's":                `'a=it'\''s'`,
	} {
		if got := shellWord(in); got != want {
			t.Errorf("shellWord(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestUserDictionaryClaimsItsPhrases: a --dict entry's alias that names
// another actor too is the user's (whatever the entries' kinds and names),
// and the run warns with the file, line and phrase (QA: the winner used to
// depend on the alphabetical order of kind and name, silently).
func TestUserDictionaryClaimsItsPhrases(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "e.txt")
	os.WriteFile(in, []byte("Iran warned Israel on Monday.\n\nThe US warned Israel on Tuesday.\n"), 0o644)
	for _, kind := range []string{"org", "state"} {
		d := filepath.Join(dir, kind+".jsonl")
		os.WriteFile(d, []byte(`{"name": "Kanoria", "kind": "`+kind+`", "aliases": ["Iran", "US"]}`+"\n"), 0o644)
		code, stdout, stderr := run(t, "extract", in, "--dict", d)
		if code != exitOK {
			t.Fatalf("%s: exit %d\n%s", kind, code, stderr)
		}
		if n := strings.Count(stdout, `"source":{"name":"Kanoria"`); n != 2 {
			t.Errorf("%s: %d edges from Kanoria, want 2:\n%s", kind, n, stdout)
		}
		for _, want := range []string{d + `:1: \"Iran\" of Kanoria is also a name of Iran`, d + `:1: \"US\" of Kanoria is also a name of United States`} {
			if !strings.Contains(stderr, want) {
				t.Errorf("%s: no warning %s:\n%s", kind, want, stderr)
			}
		}
	}
}

// failingWriter fails every write, as a full disk does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestStdoutWriteErrorsFail: a command whose standard output could not be
// written exits 1 and says so (QA: eval, query --list, run's summary and
// --help exited 0 with their output lost).
func TestStdoutWriteErrorsFail(t *testing.T) {
	edges := filepath.Join(t.TempDir(), "e.jsonl")
	if code, _, stderr := run(t, "extract", filepath.Join("..", "..", "examples", "articles"), "--out", edges); code != exitOK {
		t.Fatalf("extract: %d\n%s", code, stderr)
	}
	for _, args := range [][]string{
		{"eval", "--gold", filepath.Join("..", "..", "examples", "gold"), edges},
		{"query", "--list"},
		{"--help"},
		{"run", filepath.Join("..", "..", "examples", "articles"), "--out", t.TempDir()},
		{"analyze", edges, "--format", "table"},
	} {
		var stderr bytes.Buffer
		code := runMain(context.Background(), args, failingWriter{}, &stderr)
		if code != exitFailed || !strings.Contains(stderr.String(), "no space left on device") {
			t.Errorf("%v: exit %d, stderr %q; want %d and the write error", args, code, stderr.String(), exitFailed)
		}
		if n := strings.Count(stderr.String(), "no space left on device"); n != 1 {
			t.Errorf("%v: the write error said %d times, want once:\n%s", args, n, stderr.String())
		}
	}
}

// TestBadDataFilesFail: a --dict, --lexicon or --ranker file that cannot be
// read or parsed fails the command (exit 1) naming it, as a missing --gold
// or --analysis file does; exit 2 stays for a malformed command line.
func TestBadDataFilesFail(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "e.txt")
	os.WriteFile(in, []byte("Iran warned Israel.\n"), 0o644)
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"name\": \"A\"\n"), 0o644)
	for _, args := range [][]string{
		{"extract", in, "--dict", bad},
		{"extract", in, "--dict", filepath.Join(dir, "none.jsonl")},
		{"extract", in, "--lexicon", filepath.Join(dir, "nolex")},
		{"extract", in, "--ranker", bad},
		{"run", in, "--out", t.TempDir(), "--dict", bad},
		{"eval", "--gold", filepath.Join(dir, "nogold"), in},
	} {
		code, _, stderr := run(t, args...)
		if code != exitFailed || strings.Contains(stderr, "--help' for usage") || !strings.Contains(stderr, dir) {
			t.Errorf("%v: exit %d, stderr %q; want %d naming the file, no usage hint", args, code, stderr, exitFailed)
		}
	}
}

// TestPendingHintNamesTheServer: the command a failed load prints to send
// the pending edges names the server and database they are owed to (QA: it
// named only the state folder, and run without NEO4J_URI it could not work).
func TestPendingHintNamesTheServer(t *testing.T) {
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("Iran warned Israel on Monday."), 0o644)
	out := t.TempDir()
	code, _, stderr := run(t, "run", in, "--out", out, "--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-database", "news", "--neo4j-timeout", "2s")
	if code != exitFailed || !strings.Contains(stderr, "--neo4j-uri bolt://127.0.0.1:1 --neo4j-database news' with no file sends only them") {
		t.Fatalf("exit %d; the hint does not name the server:\n%s", code, stderr)
	}
}

// TestLaterUserEntryWinsAPhrase: of two user entries with the same alias,
// the later line's is the one the text names, whatever their names sort
// as, and the warnings say so; a flood of overlaps is capped (QA).
func TestLaterUserEntryWinsAPhrase(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "e.txt")
	os.WriteFile(in, []byte("Iran warned Israel on Monday.\n"), 0o644)
	for _, order := range [][2]string{{"Zeta Front", "Alpha Front"}, {"Alpha Front", "Zeta Front"}} {
		d := filepath.Join(dir, "d.jsonl")
		os.WriteFile(d, []byte(`{"name": "`+order[0]+`", "kind": "org", "aliases": ["Iran"]}`+"\n"+`{"name": "`+order[1]+`", "kind": "org", "aliases": ["Iran"]}`+"\n"), 0o644)
		code, stdout, stderr := run(t, "extract", in, "--dict", d)
		if code != exitOK || !strings.Contains(stdout, `"source":{"name":"`+order[1]+`"`) {
			t.Fatalf("%v: exit %d, the later line's entry is not the source:\n%s", order, code, stdout)
		}
		if !strings.Contains(stderr, `read later, which takes it: the text's \"Iran\" is read as `+order[1]) {
			t.Errorf("%v: no warning that the later entry takes the phrase:\n%s", order, stderr)
		}
	}
	var b strings.Builder
	for i := range 100 {
		fmt.Fprintf(&b, `{"name": "Front %d", "kind": "org", "aliases": ["Iran %d", "Israel"]}`+"\n", i, i)
	}
	flood := filepath.Join(dir, "flood.jsonl")
	os.WriteFile(flood, []byte(b.String()), 0o644)
	_, _, stderr := run(t, "extract", in, "--dict", flood)
	if n := strings.Count(stderr, "level=WARN"); n != 21 || !strings.Contains(stderr, "80 more phrases") {
		t.Errorf("%d warnings, want 20 and a count of the rest:\n%s", n, stderr)
	}
}
