// Package fallback fits the model that ranks the candidates the
// extractor's rules leave (extract.Candidate, extract/rank) on gold
// folders in the layout of ../shared/news/dev (docs/, gold.jsonl,
// actors.jsonl), and chooses its threshold by cross-validation over
// documents, for the F1 at actor level of the rules and the kept
// candidates together (score-edges --optional-disputable semantics: rows
// noted "disputable:" are neither missed nor extra).
package fallback

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/eval"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/rank"
	"github.com/actorgraph/actorgraph/graph"
)

// Set is a gold folder (gold.jsonl, actors.jsonl) and the folder of its
// articles (Docs; Dir/docs when empty, the layout of ../shared/news/dev);
// documents whose name Skip matches are left out (news/dev's set-aside
// part).
type Set struct {
	Dir  string
	Docs string
	Skip *regexp.Regexp
}

// articles is the folder that holds the set's .txt articles.
func (s Set) articles() string {
	if s.Docs != "" {
		return s.Docs
	}
	return filepath.Join(s.Dir, "docs")
}

// Doc is one document read for training: the keys its rules found, and
// its candidates with their labels.
type Doc struct {
	Name  string
	rules map[eval.Key]bool
	cands []cand
	firm  map[eval.Key]bool
	opt   map[eval.Key]bool
}

type cand struct {
	key   eval.Key
	feats []string
	label int // 1 firm gold, 0 not gold, -1 optional (disputable): not trained on
}

// Load reads every set's documents and labels their rule edges and
// candidates. x must keep no ranked candidates (extract.WithRanker(nil)).
// Errors name the file.
func Load(ctx context.Context, x *extract.Extractor, sets []Set) ([]Doc, error) {
	var out []Doc
	for _, set := range sets {
		g, err := eval.LoadGold(set.Dir)
		if err != nil {
			return nil, err
		}
		lab := eval.NewLabeller(g)
		files, err := filepath.Glob(filepath.Join(set.articles(), "*.txt"))
		if err != nil || len(files) == 0 {
			return nil, fmt.Errorf("%s: no .txt articles in %s (keep them in the gold folder's docs/, or name their folder: -set GOLD:ARTICLES)", set.Dir, set.articles())
		}
		sort.Strings(files)
		have := map[string]bool{}
		for _, f := range files {
			have[filepath.Base(f)] = true
		}
		var missing []string
		for _, ge := range g.Edges {
			doc := filepath.Base(ge.Doc)
			if !have[doc] && (set.Skip == nil || !set.Skip.MatchString(doc)) && !slices.Contains(missing, doc) {
				missing = append(missing, doc)
			}
		}
		if len(missing) > 0 {
			// training on part of the gold would count its other edges as
			// never found: a wrong folder, or one that misses files
			return nil, fmt.Errorf("%s: %d documents of the gold have no article in %s (first: %s)", set.Dir, len(missing), set.articles(), missing[0])
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			name := filepath.Base(f)
			if set.Skip != nil && set.Skip.MatchString(name) {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			a := graph.Article{Doc: name, Text: string(b)}
			d := Doc{Name: set.Dir + "/" + name, rules: map[eval.Key]bool{}, firm: map[eval.Key]bool{}, opt: map[eval.Key]bool{}}
			for k := range lab.Firm(map[string]bool{name: true}) {
				d.firm[k] = true
			}
			for _, e := range x.Extract(a) {
				if k, _, opt := lab.Label(e); k.Doc != "" {
					d.rules[k] = true
					if opt {
						d.opt[k] = true
					}
				}
			}
			for _, c := range x.Candidates(a) {
				e := graph.Edge{Doc: name, Source: c.Source, Relation: c.Relation, Target: c.Target}
				k, firm, opt := lab.Label(e)
				if k.Doc == "" {
					continue
				}
				l := 0
				switch {
				case firm:
					l = 1
				case opt:
					l = -1
					d.opt[k] = true
				}
				d.cands = append(d.cands, cand{key: k, feats: c.Features, label: l})
			}
			out = append(out, d)
		}
	}
	return out, nil
}

// examples returns the labelled candidates of docs (not the optional).
func examples(docs []Doc) []rank.Example {
	var ex []rank.Example
	for _, d := range docs {
		for _, c := range d.cands {
			if c.label >= 0 {
				ex = append(ex, rank.Example{Features: c.feats, Edge: c.label == 1})
			}
		}
	}
	return ex
}

// Point is the actor-level score of the rules with the candidates kept at
// one threshold.
type Point struct {
	Threshold  float64
	TP, FP, FN int
	Added      int // candidate keys kept that the rules did not find
}

// F1 returns the point's F1.
func (p Point) F1() float64 {
	if p.TP == 0 {
		return 0
	}
	pr, rc := float64(p.TP)/float64(p.TP+p.FP), float64(p.TP)/float64(p.TP+p.FN)
	return 2 * pr * rc / (pr + rc)
}

func (p Point) String() string {
	pr, rc := 0.0, 0.0
	if p.TP+p.FP > 0 {
		pr = float64(p.TP) / float64(p.TP+p.FP)
	}
	if p.TP+p.FN > 0 {
		rc = float64(p.TP) / float64(p.TP+p.FN)
	}
	return fmt.Sprintf("threshold %.2f: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d, %d candidates kept)", p.Threshold, pr, rc, p.F1(), p.TP, p.FP, p.FN, p.Added)
}

// Score returns the actor-level score of docs when the candidates whose
// probability under prob reaches t are kept with the rule edges.
func Score(docs []Doc, prob func(d, c int) float64, t float64) Point {
	p := Point{Threshold: t}
	for i, d := range docs {
		found := map[eval.Key]bool{}
		for k := range d.rules {
			found[k] = true
		}
		for j, c := range d.cands {
			if !found[c.key] && prob(i, j) >= t {
				found[c.key] = true
				p.Added++
			}
		}
		for k := range found {
			switch {
			case d.firm[k]:
				p.TP++
			case !d.opt[k]:
				p.FP++
			}
		}
		for k := range d.firm {
			if !found[k] {
				p.FN++
			}
		}
	}
	return p
}

// Thresholds are the thresholds CrossValidate tries.
var Thresholds = []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01}

// CrossValidate trains on all folds but one and scores the one left, for
// each fold, and returns the score of the whole at each threshold, the
// last (1.01) being the rules alone. Folds split documents by index.
func CrossValidate(docs []Doc, folds int, o rank.Options) []Point {
	probs := make([][]float64, len(docs))
	for f := 0; f < folds; f++ {
		var train []Doc
		for i, d := range docs {
			if i%folds != f {
				train = append(train, d)
			}
		}
		m := rank.Train(examples(train), o)
		for i, d := range docs {
			if i%folds == f {
				probs[i] = make([]float64, len(d.cands))
				for j, c := range d.cands {
					probs[i][j] = m.Prob(c.feats)
				}
			}
		}
	}
	var out []Point
	for _, t := range Thresholds {
		out = append(out, Score(docs, func(d, c int) float64 { return probs[d][c] }, t))
	}
	return out
}

// Fit trains on all docs and sets the threshold to the cross-validated
// best (the rules alone, 1.01 capped to 1, when no threshold beats them).
func Fit(docs []Doc, folds int, o rank.Options) (*rank.Model, []Point) {
	pts := CrossValidate(docs, folds, o)
	best := pts[len(pts)-1]
	for _, p := range pts {
		if p.F1() > best.F1()+1e-9 {
			best = p
		}
	}
	m := rank.Train(examples(docs), o)
	m.Threshold = min(best.Threshold, 1)
	return m, pts
}

// Summary counts the candidates and their labels.
func Summary(docs []Doc) string {
	var n, pos, opt int
	for _, d := range docs {
		for _, c := range d.cands {
			n++
			switch c.label {
			case 1:
				pos++
			case -1:
				opt++
			}
		}
	}
	return strings.TrimSpace(fmt.Sprintf("%d documents, %d candidates: %d gold, %d disputable, %d not gold", len(docs), n, pos, opt, n-pos-opt))
}
