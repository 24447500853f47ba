package parse

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

// TrainOptions sets up Train. Zero fields take the defaults noted.
type TrainOptions struct {
	Seed        uint64  // shuffling seed (1)
	TagEpochs   int     // tagger epochs (5)
	ParseEpochs int     // parser epochs (12)
	Folds       int     // jackknife folds for the parser's training tags (10)
	MinCount    int     // features seen fewer times get no weights (3)
	Prune       float32 // averaged weights of smaller magnitude are dropped (1)
	// Logf, when not nil, receives progress lines.
	Logf func(format string, args ...any)
}

func (o *TrainOptions) defaults() {
	o.Seed = cmp.Or(o.Seed, 1)
	o.TagEpochs = cmp.Or(o.TagEpochs, 5)
	o.ParseEpochs = cmp.Or(o.ParseEpochs, 12)
	o.Folds = cmp.Or(o.Folds, 10)
	o.MinCount = cmp.Or(o.MinCount, 3)
	o.Prune = cmp.Or(o.Prune, 1)
	if o.Logf == nil {
		o.Logf = func(string, ...any) {}
	}
}

// Train trains a tagger and a parser on sents. The parser is trained on
// tags predicted by jackknifing (each fold tagged by a tagger trained on
// the other folds), so that it sees the tagger's errors.
func Train(sents []Sentence, o TrainOptions) (*Model, error) {
	o.defaults()
	if len(sents) < o.Folds {
		return nil, fmt.Errorf("parse: %d training sentences, need at least %d", len(sents), o.Folds)
	}
	m := &Model{}
	m.tags = byFrequency(sents, func(t Token) string { return t.XPOS })
	m.labels = byFrequency(sents, func(t Token) string { return t.Rel })
	if len(m.tags) > 250 || len(m.labels) > 250 {
		return nil, fmt.Errorf("parse: %d tags and %d labels, at most 250 each", len(m.tags), len(m.labels))
	}
	m.root = labNone
	for i, l := range m.labels {
		if l == "root" {
			m.root = uint8(i)
		}
	}
	if m.root == labNone {
		return nil, fmt.Errorf("parse: no root relation in the training data")
	}
	tagIndex := index(m.tags)
	labIndex := index(m.labels)

	// Jackknifed tags for the parser.
	start := time.Now()
	pred := make([][]uint8, len(sents))
	for k := range o.Folds {
		var in []Sentence
		var outIdx []int
		for i := range sents {
			// Contiguous folds, so that sentences of one document
			// mostly fall in the same fold.
			if i*o.Folds/len(sents) == k {
				outIdx = append(outIdx, i)
			} else {
				in = append(in, sents[i])
			}
		}
		fm := &Model{tags: m.tags}
		fm.tagdict, fm.tagger = trainTagger(in, tagIndex, len(m.tags), o, o.Seed+uint64(k)+1)
		sc := fm.getScratch()
		for _, i := range outIdx {
			words := sents[i].Words()
			fm.prepare(words, sc)
			pred[i] = make([]uint8, len(words))
			fm.tag(words, sc.ws, pred[i], sc)
		}
	}
	correct, total := 0, 0
	for i, s := range sents {
		for j, t := range s.Tokens {
			total++
			if m.tags[pred[i][j]] == t.XPOS {
				correct++
			}
		}
	}
	o.Logf("jackknifed tags (%d folds): accuracy %.2f%%, %s", o.Folds, pct(correct, total), time.Since(start).Round(time.Second))

	start = time.Now()
	m.tagdict, m.tagger = trainTagger(sents, tagIndex, len(m.tags), o, o.Seed)
	o.Logf("tagger: %d dictionary words, %d feature rows, %s", len(m.tagdict), m.tagger.len(), time.Since(start).Round(time.Second))

	start = time.Now()
	m.trans, m.label = trainParser(sents, pred, labIndex, len(m.labels), m.root, o)
	o.Logf("parser: %d transition rows, %d label rows, %s", m.trans.len(), m.label.len(), time.Since(start).Round(time.Second))
	return m, nil
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

// byFrequency lists the values of f over all tokens, most frequent first.
func byFrequency(sents []Sentence, f func(Token) string) []string {
	count := map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			count[f(t)]++
		}
	}
	var out []string
	for k := range count {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return out
}

func index(list []string) map[string]uint8 {
	m := make(map[string]uint8, len(list))
	for i, s := range list {
		m[s] = uint8(i)
	}
	return m
}

// trainTagger trains the tag dictionary and the tagger's weights.
func trainTagger(sents []Sentence, tagIndex map[string]uint8, ntags int, o TrainOptions, seed uint64) (map[string]uint8, *table) {
	// Tag dictionary: words seen at least 20 times with one tag at least
	// 97% of the time.
	counts := map[string]map[uint8]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			c := counts[t.Form]
			if c == nil {
				c = map[uint8]int{}
				counts[t.Form] = c
			}
			c[tagIndex[t.XPOS]]++
		}
	}
	dict := map[string]uint8{}
	for w, c := range counts {
		n, best, bestN := 0, uint8(0), 0
		for t, k := range c {
			n += k
			if k > bestN || k == bestN && t < best {
				best, bestN = t, k
			}
		}
		if n >= 20 && float64(bestN)/float64(n) >= 0.97 {
			dict[w] = best
		}
	}

	type sent struct {
		words []string
		ws    []wordInfo
		gold  []uint8
	}
	data := make([]sent, len(sents))
	var buf []byte
	freq := map[uint64]int32{}
	var feats []uint64
	for i, s := range sents {
		d := sent{words: s.Words(), ws: make([]wordInfo, len(s.Tokens)), gold: make([]uint8, len(s.Tokens))}
		for j, t := range s.Tokens {
			buf = analyse(t.Form, &d.ws[j], buf)
			d.gold[j] = tagIndex[t.XPOS]
		}
		prev, prev2 := uint64(tagStart), uint64(tagStart)
		for j := range d.ws {
			if _, ok := dict[d.words[j]]; !ok {
				feats = tagFeatures(feats[:0], d.ws, j, prev, prev2)
				for _, f := range feats {
					freq[f]++
				}
			}
			prev2, prev = prev, uint64(d.gold[j])
		}
		data[i] = d
	}
	tt := newTrainTable(ntags, allowedSet(freq, o.MinCount))
	rng := rand.New(rand.NewPCG(seed, 0x7461676765720000))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	scores := make([]int32, ntags)
	for range o.TagEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			d := &data[i]
			prev, prev2 := uint64(tagStart), uint64(tagStart)
			for j := range d.ws {
				guess, ok := dict[d.words[j]]
				if !ok {
					feats = tagFeatures(feats[:0], d.ws, j, prev, prev2)
					tt.score(feats, scores)
					guess = uint8(argmax(scores))
					if guess != d.gold[j] {
						tt.update(feats, int(d.gold[j]), 1)
						tt.update(feats, int(guess), -1)
					}
					tt.tick()
				}
				prev2, prev = prev, uint64(guess)
			}
		}
	}
	return dict, tt.average(o.Prune)
}

func allowedSet(freq map[uint64]int32, min int) map[uint64]struct{} {
	out := make(map[uint64]struct{}, len(freq)/2)
	for f, n := range freq {
		if int(n) >= min {
			out[f] = struct{}{}
		}
	}
	return out
}

// parseExample is one training sentence for the parser.
type parseExample struct {
	v      view
	gold   []int   // gold heads, n for the root
	labels []uint8 // gold labels
}

// IsProjective reports whether a sentence's gold tree has no crossing arcs
// (the root counted as a word before the sentence).
func IsProjective(s *Sentence) bool {
	n := len(s.Tokens)
	head := func(i int) int { // 1-based, 0 root
		return s.Tokens[i].Head + 1
	}
	for i := range n {
		a, b := min(i+1, head(i)), max(i+1, head(i))
		for j := range n {
			c, d := min(j+1, head(j)), max(j+1, head(j))
			if a < c && c < b && b < d || c < a && a < d && d < b {
				return false
			}
		}
	}
	return true
}

func trainParser(sents []Sentence, pred [][]uint8, labIndex map[string]uint8, nlab int, root uint8, o TrainOptions) (*table, *table) {
	data := make([]parseExample, len(sents))
	var buf []byte
	var wi wordInfo
	nonProj := 0
	for i, s := range sents {
		n := len(s.Tokens)
		e := parseExample{v: view{wh: make([]uint64, n+1), tg: make([]uint64, n+1)}, gold: make([]int, n), labels: make([]uint8, n)}
		for j, t := range s.Tokens {
			buf = analyse(t.Form, &wi, buf)
			e.v.wh[j] = wi.lower
			e.v.tg[j] = uint64(pred[i][j])
			e.gold[j] = t.Head
			if t.Head < 0 {
				e.gold[j] = n
			}
			e.labels[j] = labIndex[t.Rel]
		}
		e.v.wh[n], e.v.tg[n] = hashRoot, tagRoot
		if !IsProjective(&s) {
			nonProj++
		}
		data[i] = e
	}
	o.Logf("parser: %d of %d training sentences are non-projective (trained on with the dynamic oracle's least-cost moves)", nonProj, len(sents))

	// Counting pass along the oracle's path, for feature pruning.
	tfreq, lfreq := map[uint64]int32{}, map[uint64]int32{}
	var st state
	var feats []uint64
	var costs [nMoves]int
	for i := range data {
		e := &data[i]
		st.reset(len(e.gold))
		for !st.terminal() {
			feats = transFeatures(feats[:0], &st, &e.v)
			for _, f := range feats {
				tfreq[f]++
			}
			mv := -1
			for m := range nMoves {
				if st.valid(m) {
					costs[m] = st.cost(m, e.gold)
					if mv < 0 || costs[m] < costs[mv] {
						mv = m
					}
				}
			}
			lab := uint8(labNone)
			if mv != mShift {
				h, d := st.arc(mv)
				lab = e.labels[d]
				if e.gold[d] == h && h != st.n {
					feats = labelFeatures(feats[:0], &st, &e.v, h, d)
					for _, f := range feats {
						lfreq[f]++
					}
				}
			}
			st.apply(mv, lab)
		}
	}
	tt := newTrainTable(nMoves, allowedSet(tfreq, o.MinCount))
	lt := newTrainTable(nlab, allowedSet(lfreq, o.MinCount))
	tfreq, lfreq = nil, nil

	rng := rand.New(rand.NewPCG(o.Seed, 0x7061727365720000))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	tscores := make([]int32, nMoves)
	lscores := make([]int32, nlab)
	for epoch := range o.ParseEpochs {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		moves, wrong, arcs, arcsRight := 0, 0, 0, 0
		for _, i := range order {
			e := &data[i]
			st.reset(len(e.gold))
			for !st.terminal() {
				feats = transFeatures(feats[:0], &st, &e.v)
				tt.score(feats, tscores)
				guess, best := -1, -1
				minCost := 1 << 30
				for m := range nMoves {
					if !st.valid(m) {
						continue
					}
					costs[m] = st.cost(m, e.gold)
					minCost = min(minCost, costs[m])
					if guess < 0 || tscores[m] > tscores[guess] {
						guess = m
					}
				}
				for m := range nMoves {
					if st.valid(m) && costs[m] == minCost && (best < 0 || tscores[m] > tscores[best]) {
						best = m
					}
				}
				moves++
				if costs[guess] > minCost {
					wrong++
					tt.update(feats, best, 1)
					tt.update(feats, guess, -1)
				}
				tt.tick()
				// Explore: after the first epoch, follow the model's
				// own (possibly wrong) move most of the time.
				mv := best
				if epoch > 0 && rng.Float64() < 0.9 {
					mv = guess
				}
				lab := uint8(labNone)
				if mv != mShift {
					h, d := st.arc(mv)
					if h == st.n {
						lab = root
					} else {
						feats = labelFeatures(feats[:0], &st, &e.v, h, d)
						lt.score(feats, lscores)
						lg := -1
						for c, v := range lscores {
							if c != int(root) && (lg < 0 || v > lscores[lg]) {
								lg = c
							}
						}
						if e.gold[d] == h {
							arcs++
							if lg == int(e.labels[d]) {
								arcsRight++
							} else {
								lt.update(feats, int(e.labels[d]), 1)
								lt.update(feats, lg, -1)
							}
							lt.tick()
						}
						lab = uint8(lg)
					}
				}
				st.apply(mv, lab)
			}
		}
		o.Logf("parser epoch %d: %.2f%% moves not optimal, %.2f%% labels right on gold arcs, %s",
			epoch+1, pct(wrong, moves), pct(arcsRight, arcs), time.Since(start).Round(time.Second))
	}
	return tt.average(o.Prune), lt.average(o.Prune)
}

// Scores are accuracies in percent.
type Scores struct {
	Sentences, Words int
	Tag              float64 // XPOS accuracy
	UAS, LAS         float64 // all tokens
	UASNoPunct       float64 // tokens whose gold UPOS is not PUNCT
	LASNoPunct       float64
}

func (s Scores) String() string {
	return fmt.Sprintf("XPOS %.2f  UAS %.2f  LAS %.2f  (punctuation excluded: UAS %.2f  LAS %.2f; %d sentences, %d words)",
		s.Tag, s.UAS, s.LAS, s.UASNoPunct, s.LASNoPunct, s.Sentences, s.Words)
}

// Evaluate parses sents with m (predicted tags) and scores it against them.
func Evaluate(m *Model, sents []Sentence) Scores {
	var t Tree
	var tag, uas, las, np, uasNP, lasNP, n int
	for i := range sents {
		s := &sents[i]
		m.Parse(s.Words(), &t)
		for j, g := range s.Tokens {
			n++
			if t.Tags[j] == g.XPOS {
				tag++
			}
			headOK := t.Heads[j] == g.Head
			labOK := headOK && t.Rels[j] == g.Rel
			punct := g.UPOS == "PUNCT"
			if headOK {
				uas++
			}
			if labOK {
				las++
			}
			if !punct {
				np++
				if headOK {
					uasNP++
				}
				if labOK {
					lasNP++
				}
			}
		}
	}
	return Scores{Sentences: len(sents), Words: n, Tag: pct(tag, n), UAS: pct(uas, n), LAS: pct(las, n),
		UASNoPunct: pct(uasNP, np), LASNoPunct: pct(lasNP, np)}
}
