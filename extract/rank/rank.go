// Package rank scores candidate edges with a linear model over named
// features: the logistic of the sum of the weights of the features a
// candidate has. The extractor's rules decide the edges they can read; the
// candidates they leave (a trigger and two actors in one sentence, with
// no rule edge between them) are kept when the model's probability
// reaches its threshold (docs/extractor.md, "Ranked candidates").
//
// The default model is trained by eval/fallback/train on the tuning part of
// ../shared/news/dev and examples/ and shipped as the embedded weights.tsv;
// a user's own model, in the same format, replaces it.
package rank

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"strconv"
	"strings"
)

//go:embed weights.tsv
var weightsTSV string

// Model is a linear model over named features. It is immutable after
// Parse or Train and safe for concurrent use.
type Model struct {
	w         map[string]float64
	bias      float64
	Threshold float64 // a candidate is kept when Prob reaches it
}

// Default returns the embedded model. Cost: parses about a thousand lines
// once per call; callers keep the result.
func Default() *Model {
	m, err := Parse(strings.NewReader(weightsTSV), "embedded weights.tsv")
	if err != nil {
		panic(err) // the embedded file is checked by the package's tests
	}
	return m
}

// Parse reads a model: lines "threshold<TAB>p", "bias<TAB>w" and
// "feature<TAB>weight"; blank lines and lines starting with # are skipped.
// An error names the file and the line.
func Parse(r io.Reader, name string) (*Model, error) {
	m := &Model{w: map[string]float64{}, Threshold: 0.5}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f, v, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want feature<TAB>weight, got %q", name, n, line)
		}
		x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("%s:%d: weight %q is not a number", name, n, v)
		}
		switch f {
		case "threshold":
			if x <= 0 || x > 1 {
				return nil, fmt.Errorf("%s:%d: threshold %v is not in (0, 1]", name, n, x)
			}
			m.Threshold = x
		case "bias":
			m.bias = x
		default:
			m.w[f] = x
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// Prob returns the model's probability that a candidate with these
// features is an edge. Cost: one map lookup a feature.
func (m *Model) Prob(feats []string) float64 {
	z := m.bias
	for _, f := range feats {
		z += m.w[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// Example is one labelled candidate for Train.
type Example struct {
	Features []string
	Edge     bool
}

// Options set Train's regularisation and passes.
type Options struct {
	L2     float64 // weight decay a step (default 1e-3)
	Epochs int     // passes over the examples (default 60)
	Rate   float64 // learning rate (default 0.1)
	Seed   int64   // shuffling seed: the same seed gives the same model
}

// Train fits a logistic regression by stochastic gradient descent with L2
// decay. The threshold is left at 0.5; SetThreshold chooses another. Cost:
// Epochs passes over the examples' features.
func Train(ex []Example, o Options) *Model {
	if o.L2 == 0 {
		o.L2 = 1e-3
	}
	if o.Epochs == 0 {
		o.Epochs = 60
	}
	if o.Rate == 0 {
		o.Rate = 0.1
	}
	m := &Model{w: map[string]float64{}, Threshold: 0.5}
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(o.Seed))
	for ep := 0; ep < o.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := o.Rate / (1 + float64(ep)/10)
		for _, i := range order {
			e := ex[i]
			y := 0.0
			if e.Edge {
				y = 1
			}
			g := y - m.Prob(e.Features)
			m.bias += rate * g
			for _, f := range e.Features {
				m.w[f] += rate * (g - o.L2*m.w[f])
			}
		}
	}
	return m
}

// WriteTo writes the model in Parse's format, features sorted, weights
// that round to zero left out.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "threshold\t%.3f\nbias\t%.4f\n", m.Threshold, m.bias)
	keys := make([]string, 0, len(m.w))
	for k, v := range m.w {
		if math.Abs(v) >= 5e-5 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%.4f\n", k, m.w[k])
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}
