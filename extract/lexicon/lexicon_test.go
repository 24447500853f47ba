package lexicon

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

func TestDefaultTriggers(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		rel  graph.Relation
		pos  POS
		n    int
	}{
		{"called on Iran", graph.Urged, Verb, 2},
		{"urged", graph.Urged, Verb, 1},
		{"spoke with", graph.SpokeWith, Verb, 1},
		{"airstrike on", graph.Attacked, Noun, 1},
		{"air strike on", graph.Attacked, Noun, 2},
		{"accused", graph.Accused, Verb, 1},
		{"backed", graph.Supported, Verb, 1},
		{"threats against", graph.Warned, Noun, 1},
		// a quotation mark inside a form of several words is spanned
		{"deeply alarmed\u201d by the US", graph.Accused, Verb, 4},
		{"outraged\" at", graph.Accused, Verb, 3},
	}
	for _, c := range cases {
		toks := text.Tokenize(c.text)
		trs, n := l.Trigger(toks, 0)
		if n != c.n {
			t.Errorf("%q: matched %d tokens, want %d", c.text, n, c.n)
			continue
		}
		found := false
		for _, tr := range trs {
			if tr.Relation == c.rel && tr.POS == c.pos {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %v sense of %s", c.text, c.pos, c.rel)
		}
	}
}

func TestCuesAndRoles(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for class, w := range map[Class]string{Neg: "not", Modal: "would", Cond: "if", Refuse: "mulls", Say: "said", Deontic: "should"} {
		if !l.Is(class, w) {
			t.Errorf("%q is not a cue of class %d", w, class)
		}
	}
	if n := l.Cue(Refuse, text.Tokenize("refrained from striking"), 0); n != 2 {
		t.Errorf("refrained from: cue of %d tokens, want 2", n)
	}
	// a class past the mask bits is read by its phrases
	if c, ok := ParseClass("ongoing"); !ok || c != Ongoing {
		t.Errorf("ParseClass(ongoing) = %d, %v; want %d, true", c, ok, Ongoing)
	}
	if n := l.Cue(Ongoing, text.Tokenize("continue to back"), 0); n != 2 {
		t.Errorf("continue to: ongoing cue of %d tokens, want 2", n)
	}
	if !l.Is(Ongoing, "keep") || l.Is(Ongoing, "said") {
		t.Errorf("Is(Ongoing): keep %v, said %v; want true, false", l.Is(Ongoing, "keep"), l.Is(Ongoing, "said"))
	}
	for role, class := range map[string]string{"Foreign Secretary": "foreign", "Secretary of State": "foreign", "Defence Minister": "defence", "prime minister": "government"} {
		if got := l.RoleClass(role); got != class {
			t.Errorf("RoleClass(%q) = %q, want %q", role, got, class)
		}
	}
}

func TestUserFilesExtendAndRemove(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("triggers.tsv", "# mine\nATTACKED\tV\tobj\tzap, zapped\nNONE\tV\t-\turged\n")
	write("roles.tsv", "chief negotiator\tenvoy\n")
	l, err := LoadWithDefault(dir)
	if err != nil {
		t.Fatal(err)
	}
	if trs, n := l.Trigger(text.Tokenize("zapped"), 0); n != 1 || trs[0].Relation != graph.Attacked {
		t.Errorf("user trigger not loaded")
	}
	if _, n := l.Trigger(text.Tokenize("urged"), 0); n != 0 {
		t.Errorf("NONE line did not remove 'urged'")
	}
	if _, n := l.Trigger(text.Tokenize("urge"), 0); n != 1 {
		t.Errorf("NONE removed more than its forms")
	}
	if l.RoleClass("chief negotiator") != "envoy" {
		t.Errorf("user role not loaded")
	}
	// the default is untouched
	d, _ := Default()
	if _, n := d.Trigger(text.Tokenize("urged"), 0); n != 1 {
		t.Errorf("user files changed the shared default lexicon")
	}
}

// TestUserCuesExtendWordLists checks that a user's cues.tsv adds to the
// word lists of the extractor's passes as to any cue class: they are
// read from the lexicon, not from Go.
func TestUserCuesExtendWordLists(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "cues.tsv"), []byte("timeword\tfortnight\nrebuttalverb\tdisavowed\nmoney\t¥\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := LoadWithDefault(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		class Class
		w     string
	}{{TimeWord, "fortnight"}, {TimeWord, "monday"}, {RebuttalVerb, "disavowed"}, {Money, "¥"}, {Money, "$"}, {Money, "€"}} {
		if !l.Is(c.class, c.w) {
			t.Errorf("%q is not a cue of class %d", c.w, c.class)
		}
	}
	if d, _ := Default(); d.Is(TimeWord, "fortnight") {
		t.Errorf("user files changed the shared default lexicon")
	}
}

func TestLoadErrorsNameFileAndLine(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "triggers.tsv"), []byte("URGED\tV\tobj\turge\nBOGUS\tV\tobj\tx\n"), 0o644)
	_, err := LoadWithDefault(dir)
	if err == nil || !strings.Contains(err.Error(), "triggers.tsv:2") {
		t.Errorf("error %v should name triggers.tsv:2", err)
	}
	os.WriteFile(filepath.Join(dir, "triggers.tsv"), []byte("URGED\tX\tobj\turge\n"), 0o644)
	if _, err := LoadWithDefault(dir); err == nil || !strings.Contains(err.Error(), "pos") {
		t.Errorf("bad pos: error %v", err)
	}
	os.Remove(filepath.Join(dir, "triggers.tsv"))
	os.WriteFile(filepath.Join(dir, "cues.tsv"), []byte("nonsense\tx\n"), 0o644)
	if _, err := LoadWithDefault(dir); err == nil || !strings.Contains(err.Error(), "cue class") {
		t.Errorf("bad cue class: error %v", err)
	}
	os.Remove(filepath.Join(dir, "cues.tsv"))
	os.WriteFile(filepath.Join(dir, "triggers.tsv"), []byte("URGED\tV\tsideways\turge\n"), 0o644)
	if _, err := LoadWithDefault(dir); err == nil || !strings.Contains(err.Error(), "frame") {
		t.Errorf("bad frame: error %v", err)
	}
	if _, err := LoadWithDefault(t.TempDir()); err == nil {
		t.Errorf("an empty folder should be an error")
	}
	// QA: each of these was accepted silently
	for _, tc := range []struct{ file, data, want string }{
		{"triggers.tsv", "URGED\tV\tobj prep=\turge\n", `frame part "prep=" wants a value`},
		{"triggers.tsv", "URGED\tV\tobj=x\turge\n", `frame part "obj=x" takes no value`},
		{"triggers.tsv", "URGED\tV\tprep=to,,on\turge\n", "wants a value"},
		{"cues.tsv", "neg\t\n", "cue class neg: no words"},
		{"triggers.tsv", "URGED\tV\tprep=with=to\turge\n", "wants a value"},
		{"triggers.tsv", "URGED\tV\tprep=with prep=to\turge\n", "given twice"},
		{"triggers.tsv", "NONE\tQ\t-\turge\n", "is not V, N, - or empty"},
		{"triggers.tsv", "NONE\tV\tjunk=1\turge\n", "junk"},
	} {
		sub := t.TempDir()
		os.WriteFile(filepath.Join(sub, tc.file), []byte(tc.data), 0o644)
		if _, err := LoadWithDefault(sub); err == nil || !strings.Contains(err.Error(), tc.file+":1") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s %q: error %v, want one naming %s:1 and %q", tc.file, tc.data, err, tc.file, tc.want)
		}
	}
	missing := filepath.Join(t.TempDir(), "nowhere")
	if _, err := LoadWithDefault(missing); err == nil || !strings.Contains(err.Error(), missing+": no such folder") {
		t.Errorf("missing folder: error %v", err)
	}
	// a NONE line may leave its pos and frame empty, as before (QA)
	none := t.TempDir()
	os.WriteFile(filepath.Join(none, "triggers.tsv"), []byte("NONE\t\t\tsanctioned\n"), 0o644)
	if _, err := LoadWithDefault(none); err != nil {
		t.Errorf("NONE with empty pos and frame: %v", err)
	}
	// a byte-order mark before a comment, and CRLF line ends, are read
	bom := t.TempDir()
	os.WriteFile(filepath.Join(bom, "triggers.tsv"), []byte("\ufeff# my triggers\r\nATTACKED\tV\tobj\tfrobnicate\r\n"), 0o644)
	os.WriteFile(filepath.Join(bom, "cues.tsv"), []byte("\ufeffneg\tnary\n"), 0o644)
	if _, err := LoadWithDefault(bom); err != nil {
		t.Errorf("a byte-order mark: %v", err)
	}
}

func TestSpellings(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	got := l.Spellings("Mohamed")
	if !slices.Contains(got, "Mohammed") || !slices.Contains(got, "Muhammad") || slices.Contains(got, "Mohamed") {
		t.Errorf("Spellings(Mohamed) = %q; want the other spellings of its set, not itself", got)
	}
	if got := l.Spellings("Lavrov"); got != nil {
		t.Errorf("Spellings(Lavrov) = %q; want none", got)
	}
}

func TestSpellingsErrors(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"one spelling", "Mohamed\n", "two or more"},
		{"two words", "Abdel Rahman\tAbdelrahman\n", "one word"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"triggers.tsv": &fstest.MapFile{}, "cues.tsv": &fstest.MapFile{}, "roles.tsv": &fstest.MapFile{}, "spellings.tsv": &fstest.MapFile{Data: []byte(tc.data)}}
			_, err := Load(fsys)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "spellings.tsv:1") {
				t.Errorf("Load = %v; want an error naming spellings.tsv:1 and %q", err, tc.want)
			}
		})
	}
}

// TestPhrasalTriggersInflected: a verb phrase of the default lexicon
// ("traded fire", "filed a lawsuit") is written out in every inflection of
// its verb, as the file's header promises, so that a headline's present
// ("India, Pakistan trade fire") and a progressive ("are trading fire")
// read as the past does. The paradigms are those of the light verbs the
// phrases begin with.
func TestPhrasalTriggersInflected(t *testing.T) {
	paradigms := [][]string{
		{"exchange", "exchanges", "exchanged", "exchanging"},
		{"trade", "trades", "traded", "trading"},
		{"file", "files", "filed", "filing"},
		{"bring", "brings", "brought", "bringing"},
		{"take", "takes", "took", "taking"},
		{"make", "makes", "made", "making"},
		{"rally", "rallies", "rallied", "rallying"},
		{"come", "comes", "came", "coming"},
		{"turn", "turns", "turned", "turning"},
		{"spray", "sprays", "sprayed", "spraying"},
		{"fight", "fights", "fought", "fighting"},
	}
	b, err := os.ReadFile("triggers.tsv")
	if err != nil {
		t.Fatal(err)
	}
	forms := map[string]map[string]bool{} // relation -> verb form
	type phrase struct{ rel, form string }
	var phrases []phrase
	for line := range strings.Lines(string(b)) {
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if strings.HasPrefix(line, "#") || len(f) < 4 || f[1] != "V" {
			continue
		}
		if forms[f[0]] == nil {
			forms[f[0]] = map[string]bool{}
		}
		for form := range strings.SplitSeq(f[3], ",") {
			form = strings.TrimSpace(form)
			forms[f[0]][form] = true
			phrases = append(phrases, phrase{f[0], form})
		}
	}
	for _, p := range phrases {
		verb, rest, ok := strings.Cut(p.form, " ")
		if !ok {
			continue
		}
		for _, par := range paradigms {
			if !slices.Contains(par, verb) {
				continue
			}
			for _, v := range par {
				if !forms[p.rel][v+" "+rest] {
					t.Errorf("%s %q: no %q", p.rel, p.form, v+" "+rest)
				}
			}
		}
	}
}
