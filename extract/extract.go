// Package extract reads news articles and finds edges between actors: who
// urged, warned, spoke with, attacked, supported or accused whom, each with
// the sentence it came from, the words that signalled it and a confidence.
//
// The pipeline, one idea a step (docs/extractor.md tells it at length):
//
//  1. text.Segment: tokens with rune offsets, paragraphs, sentences (that
//     know abbreviations), quotations, with datelines, bylines, captions
//     and page debris left out; text.Published finds the article's date.
//  2. Mentions: the longest match of the actor dictionary over the tokens
//     (a token trie), titled persons not in the dictionary ("spokesman Sean
//     Savet"), surnames of persons named earlier, titles without a name
//     ("the British prime minister"), counterparts and pronouns.
//  3. Coordination: "the US, UK and France" is one argument that fans out.
//  4. Triggers from the lexicon (package lexicon), each with a frame that
//     says where its source and target sit; clauses bound the search.
//  5. Modality: a trigger under negation, future, condition, deliberation
//     or refusal gives no edge.
//  6. Discourse: quotation speakers, "I"/"we"/"our" inside quotes, appeals
//     reported as "X should ..." by a speaker.
//
// # Concurrency
//
// An Extractor is immutable after New and safe for concurrent use; Stream
// runs it over all cores.
package extract

import (
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/dict"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/parse"
	"github.com/actorgraph/actorgraph/extract/rank"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Extractor finds edges in articles. It is safe for concurrent use.
type Extractor struct {
	names   *trie
	words   *wordTable // lexicon masks and first name words, one lookup a token
	offices offices
	// variants: the dictionary's persons by the skeleton of their names,
	// for names spelt another way (variants.go), built on first use
	variants     variantIndex
	variantsOnce sync.Once
	lex          *lexicon.Lexicon
	dict         *dict.Dictionary
	// peoples: a stateless people's word -> the organisations standing for
	// it (dictionary field "people"), built once (bodies.go)
	peoples    map[string][]string
	peopleOnce sync.Once
	// familyFirst: the states whose persons are named family name first
	// (dictionary field name_order)
	familyFirst map[string]bool
	// givenNames: the first words of the dictionary's persons of states
	// that write the given name first, less words the lexicon knows
	// ("Said", "King"): a bare "GivenName Surname" the dictionary lacks
	// is read as a person (sayerNames)
	givenNames map[string]bool
	// stateOrgans: the organisations that are a state's armed force or
	// service (dictionary field state_organ)
	stateOrgans map[string]bool
	// insurgents: the persons whose every office is one of a non-state
	// organisation of their own country (a rebel commander, a militia's
	// spokesman): their state may strike, warn or meet them
	insurgents map[string]bool
	// ledOrgs: for each person, the organisations no state owns that the
	// dictionary has them hold an office of ("Khalifa Haftar": the Libyan
	// National Army), for "Haftar's forces" (relations.md: the armed party
	// X leads, when the text names it)
	ledOrgs map[string][]string
	// rank: the model that keeps ranked candidates (fallback.go), or nil
	rank *rank.Model
	// parser reads the arguments of the triggers the rules leave
	// (parsed.go); nil leaves that pass off (WithParser)
	parser *parse.Model
	// places: city names and their states, for targets of force (places.go)
	places placeIndex
	// subregions: the words of a region of states ("west african") -> its
	// states (dict.DefaultSubregions), for "the West African country"
	subregions map[string]map[string]bool
	// window: articles longer than this many bytes are read in windows
	// (window.go); 0 reads every article whole.
	window int
	// faults: told of an article the extractor failed on (WithFaults)
	faults func(doc string, err error)
	// foreign is told of an article that gave no edge and is not English
	foreign func(doc string)
	// scratch pools the buffers of articles read (*scratch: tokens,
	// sentences, masks), so that a worker reuses them article after
	// article; a pool is safe for concurrent use and holds nothing an
	// edge refers to.
	scratch sync.Pool
}

// Option configures an Extractor.
type Option func(*config)

type config struct {
	dict      *dict.Dictionary
	lex       *lexicon.Lexicon
	window    int
	windowSet bool
	rank      *rank.Model
	rankSet   bool
	places    *dict.Places
	faults    func(doc string, err error)
	foreign   func(doc string)
	parser    *parse.Model
}

// WithDictionary makes the extractor use d instead of the embedded
// dictionary.
func WithDictionary(d *dict.Dictionary) Option { return func(c *config) { c.dict = d } }

// WithLexicon makes the extractor use l instead of the embedded lexicon.
func WithLexicon(l *lexicon.Lexicon) Option { return func(c *config) { c.lex = l } }

// WithPlaces makes the extractor read cities as the targets of force from
// p instead of the embedded gazetteer (dict.DefaultPlaces).
func WithPlaces(p *dict.Places) Option { return func(c *config) { c.places = p } }

// WithRanker makes the extractor keep the candidates the rules leave that
// model m ranks at or above its threshold (docs/extractor.md, "Ranked
// candidates"); nil keeps none. Without this option the embedded model
// (rank.Default) is used.
func WithRanker(m *rank.Model) Option { return func(c *config) { c.rank, c.rankSet = m, true } }

// WithParser makes the extractor read the triggers its rules leave with
// the dependency parser m (parsed.go; docs/extractor.md, "Thirteenth round"),
// usually parse.Default(); nil, the default, leaves that pass off. It is
// off by default because, measured on real news, it adds few edges at
// about 40% precision and parses more than half of the sentences of
// news, which makes extraction about eight times slower.
func WithParser(m *parse.Model) Option { return func(c *config) { c.parser = m } }

// WithFaults makes the extractor call fn when it fails on an article: a
// bug of a rule meeting text it was not written for, which would
// otherwise stop a whole batch. That article gives no edges (Stream emits
// nothing for it, so an incremental run reads it again next time; a long
// article loses only the failed window's edges), the others go on, and fn
// is told its document and a *Fault. fn may be called from several
// goroutines at once. Without this option a fault is logged with slog's
// default logger.
func WithFaults(fn func(doc string, err error)) Option { return func(c *config) { c.faults = fn } }

// Fault is the error WithFaults reports: the extractor failed on the
// article Doc (its rules panicked with Value). It is a bug to report with
// the article.
type Fault struct {
	Doc   string
	Value any
}

func (f *Fault) Error() string {
	return fmt.Sprintf("%s: the extractor failed on this article (%v); it gives no edges; please report it with the article", f.Doc, f.Value)
}

// NewParsed is New with the embedded dependency parser on
// (WithParser(parse.Default()), which actorgraph leaves off): the opt-in
// pass that eval/devloop and bench/extract --parse run. It comes after
// opts, so it overrides a WithParser among them.
func NewParsed(opts ...Option) (*Extractor, error) {
	p, err := parse.Default()
	if err != nil {
		return nil, err
	}
	return New(append(opts, WithParser(p))...)
}

// New returns an extractor over the embedded dictionary and lexicon, or
// the ones given as options. Building it indexes every name of the
// dictionary once (a few milliseconds).
func New(opts ...Option) (*Extractor, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	if c.dict == nil {
		d, err := dict.Default()
		if err != nil {
			return nil, err
		}
		c.dict = d
	}
	if c.lex == nil {
		l, err := lexicon.Default()
		if err != nil {
			return nil, err
		}
		c.lex = l
	}
	if !c.windowSet {
		c.window = DefaultWindow
	}
	if !c.rankSet {
		c.rank = rank.Default()
	}
	if c.places == nil {
		p, err := dict.DefaultPlaces()
		if err != nil {
			return nil, err
		}
		c.places = p
	}
	sr, err := dict.DefaultSubregions()
	if err != nil {
		return nil, err
	}
	x := &Extractor{lex: c.lex, dict: c.dict, window: max(c.window, 0), rank: c.rank, parser: c.parser, faults: c.faults, foreign: c.foreign, subregions: map[string]map[string]bool{}}
	for region, states := range sr {
		x.subregions[region] = map[string]bool{}
		for _, st := range states {
			x.subregions[region][st] = true
		}
	}
	x.names = buildNames(c.dict, c.lex.RoleClass, c.lex.Spellings)
	x.places = buildPlaces(c.places)
	x.words = newWordTable(buildWords(c.lex, x.names))
	x.offices = buildOffices(c.dict, c.lex.RoleClass)
	x.familyFirst, x.stateOrgans = map[string]bool{}, map[string]bool{}
	for _, e := range c.dict.Entries() {
		if e.Kind == dict.State && e.NameOrder == "family-first" {
			x.familyFirst[e.Name] = true
		}
		if e.Kind == dict.Org && e.StateOrgan && e.Country != "" {
			x.stateOrgans[e.Name] = true
		}
	}
	orgs := orgEntries(c.dict)
	x.insurgents = insurgents(c.dict, orgs)
	x.ledOrgs = ledOrgs(c.dict, orgs)
	x.givenNames = givenNames(c.dict, c.lex, x.familyFirst)
	return x, nil
}

// insurgents returns the persons of d whose every role is "of" an
// organisation of orgs, of their own country, that is no state organ
// ("Raúl Reyes, Spokesman of the Revolutionary Armed Forces of
// Colombia"). Cost: one pass over the dictionary.
func insurgents(d *dict.Dictionary, orgs map[string]dict.Entry) map[string]bool {
	out := map[string]bool{}
	for _, e := range d.Entries() {
		if e.Kind != dict.Person || len(e.Roles) == 0 || e.Country == "" {
			continue
		}
		all := true
		for _, r := range e.Roles {
			o, ok := orgs[r.Of]
			if !ok || o.StateOrgan || o.Country != e.Country {
				all = false
				break
			}
		}
		if all {
			out[e.Name] = true
		}
	}
	return out
}

// orgEntries returns the organisations of d by name. Cost: one pass over
// the dictionary.
func orgEntries(d *dict.Dictionary) map[string]dict.Entry {
	orgs := map[string]dict.Entry{}
	for _, e := range d.Entries() {
		if e.Kind == dict.Org {
			orgs[e.Name] = e
		}
	}
	return orgs
}

// ledOrgs returns, for each person of d, the organisations of orgs that
// are no state organ and that one of the person's roles is "of". Cost:
// one pass over the dictionary.
func ledOrgs(d *dict.Dictionary, orgs map[string]dict.Entry) map[string][]string {
	out := map[string][]string{}
	for _, e := range d.Entries() {
		if e.Kind != dict.Person {
			continue
		}
		for _, r := range e.Roles {
			if o, ok := orgs[r.Of]; ok && !o.StateOrgan {
				out[e.Name] = append(out[e.Name], r.Of)
			}
		}
	}
	return out
}

// givenNames returns the lower-case first words of the dictionary's
// persons of several words whose state writes the given name first: a
// name word of three letters or more that no cue, trigger or title of the
// lexicon begins. Cost: one pass over the dictionary.
func givenNames(d *dict.Dictionary, lex *lexicon.Lexicon, familyFirst map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, e := range d.Entries() {
		if e.Kind != dict.Person || familyFirst[e.Country] {
			continue
		}
		first, rest, ok := strings.Cut(e.Name, " ")
		if !ok || rest == "" || len(first) < 3 || strings.ContainsAny(first, ".-'") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(first)
		if !unicode.IsUpper(r) {
			continue
		}
		w := strings.ToLower(first)
		if single, multi := lex.Masks(w); single != 0 || multi != 0 {
			continue // "Said", "King", "Grant": words of the lexicon
		}
		out[w] = true
	}
	return out
}

// Extract returns the edges of one article, in sentence order, each with a
// stable id. Cost: linear in the article's length (a few dictionary and
// lexicon lookups per token); an article longer than the window
// (WithWindow) is read in windows, so working memory stays a constant
// times the window, not the article.
func (x *Extractor) Extract(a graph.Article) []graph.Edge {
	var out []graph.Edge
	x.extractParts(a, func(part []graph.Edge) error {
		out = append(out, part...)
		return nil
	})
	return out
}

// extractParts calls yield with the edges of a, in order: once for an
// article read whole, once a window for a long one. It stops at yield's
// first error and returns it. An article read whole that the rules fail
// on (guarded) yields nothing and returns a *Fault; a failed window of a
// long one yields no edges and the next window goes on.
func (x *Extractor) extractParts(a graph.Article, yield func([]graph.Edge) error) error {
	a.Text = withHeadline(a)
	a.Text = text.Clean(a.Text) // invisible characters out, accents composed
	if x.window > 0 && len(a.Text) > x.window {
		return x.extractWindows(a, yield)
	}
	ar := x.newArticle(a)
	edges, fault := x.guarded(a.Doc, ar)
	if fault != nil {
		// (no part at all: a stream emits nothing for the article, so an
		// incremental run does not record it and reads it again next time;
		// its buffers are dropped, not pooled: they may be half-written)
		return fault
	}
	if len(edges) > 0 {
		edges = append(make([]graph.Edge, 0, len(edges)), edges...) // out of the pooled buffer, sized once
		for i := range edges {
			// (set once the edges are final: passes drop and amend edges
			// after emit; a window sets its own, after renumbering)
			edges[i] = edges[i].WithID()
		}
	} else {
		edges = nil
	}
	x.release(ar)
	if edges == nil && x.foreign != nil && !x.English(a.Text) {
		x.foreign(a.Doc)
	}
	return yield(edges)
}

// guarded runs ar.extract and turns a panic of a rule into a *Fault,
// reported to x.faults (or logged) and returned, with no edges. Cost: one
// deferred call an article.
func (x *Extractor) guarded(doc string, ar *article) (edges []graph.Edge, fault *Fault) {
	defer func() {
		if r := recover(); r != nil {
			fault = &Fault{Doc: doc, Value: r}
			if x.faults != nil {
				x.faults(doc, fault)
			} else {
				slog.Warn("extract: article skipped", "doc", doc, "err", fault)
			}
			edges = nil
		}
	}()
	return ar.extract(), nil
}

// withHeadline returns a's text with its title (the headline of a JSON
// article, a feed item, a page's h1, a Markdown title) as its first
// paragraph, as a text file has it, so that the headline is read like any
// sentence; a text that already holds its title (a page whose h1 is in
// its article, a feed item of a title only) is left as it is. Cost: linear
// in the text.
func withHeadline(a graph.Article) string {
	title := strings.TrimSpace(a.Title)
	if title == "" || strings.Contains(a.Text, title) {
		return a.Text
	}
	return title + "\n\n" + a.Text
}
