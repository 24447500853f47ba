package extract

import (
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Ranked candidates (docs/extractor.md, "Ranked candidates"): after the
// rules, every sentence that holds a trigger and two actors with no rule
// edge between them gives candidate edges, one per (source, relation,
// target), each described by general features (the trigger's relation and
// lemma, where each actor stands from it, the word before each, their
// kinds and how they were resolved, modality, quotation, distance). A
// linear model (package rank) keeps those whose probability reaches its
// threshold.

// Candidate is a candidate edge the rules left, with its features: what
// eval/fallback/train labels against gold to fit the model.
type Candidate struct {
	Doc      string
	Sentence int
	Source   graph.Actor
	Relation graph.Relation
	Target   graph.Actor
	Trigger  string
	Features []string
}

// wRanked is the frame weight of a ranked candidate: its confidence is
// this times the model's probability (and the ends' resolution weights).
const wRanked = 0.6

// Candidates returns the candidates of article a that the rules leave,
// with their features, in sentence order. Cost: the extraction's, plus
// the pairs of actors of each sentence with a trigger.
func (x *Extractor) Candidates(a graph.Article) []Candidate {
	ar := x.newArticle(a)
	ar.training = true
	ar.extract()
	var out []Candidate
	done := ar.doneEdges()
	for _, s := range ar.sents {
		for _, c := range ar.candidates(s, done) {
			out = append(out, Candidate{Doc: a.Doc, Sentence: s.Index, Source: c.src.actor, Relation: c.rel, Target: c.tgt.actor, Trigger: c.trig, Features: c.feats})
		}
	}
	x.release(ar)
	return out
}

type candidate struct {
	src, tgt mention
	rel      graph.Relation
	trig     string
	feats    []string
	dist     int // tokens from the trigger to both ends: the nearest trigger wins
}

// doneEdges returns the (source, relation, target) of the rule edges of
// the article, both ways for a symmetric relation.
func (ar *article) doneEdges() map[[3]string]bool {
	done := make(map[[3]string]bool, 2*len(ar.out))
	for _, e := range ar.out {
		done[[3]string{e.Source.Name, string(e.Relation), e.Target.Name}] = true
		if e.Relation.Symmetric() {
			done[[3]string{e.Target.Name, string(e.Relation), e.Source.Name}] = true
		}
	}
	return done
}

// ranked emits the candidates of the article that the model keeps.
func (ar *article) ranked() {
	if ar.x.rank == nil || ar.x.rank.Threshold >= 1 {
		return // no model, or one that keeps nothing: no candidates built
	}
	done := ar.doneEdges()
	for _, s := range ar.sents {
		for _, c := range ar.candidates(s, done) {
			if p := ar.x.rank.Prob(c.feats); p >= ar.x.rank.Threshold {
				if ar.emit(s, c.src, c.rel, c.tgt, c.trig, wRanked*p) {
					done[[3]string{c.src.actor.Name, string(c.rel), c.tgt.actor.Name}] = true
				}
			}
		}
	}
}

// candActor is an actor of a sentence with where it stands.
type candActor struct {
	m          mention
	start, end int
	group      int
	first      bool
}

// candidates lists the candidate edges of s that done does not hold.
func (ar *article) candidates(s *sent, done map[[3]string]bool) []candidate {
	toks := s.toks
	actors := candActors(s)
	if len(actors) < 2 || len(actors) > 12 {
		return nil
	}
	type trigSense struct {
		k, n int
		tr   *lexicon.Trigger
	}
	var trigs []trigSense
	for k := 0; k < len(toks); k++ {
		if s.at[k] >= 0 {
			continue
		}
		trs, n := s.triggerWithin(k, len(toks))
		if n == 0 {
			continue
		}
		seenRel := map[graph.Relation]bool{}
		for _, tr := range trs {
			if !seenRel[tr.Relation] {
				seenRel[tr.Relation] = true
				trigs = append(trigs, trigSense{k, n, tr})
			}
		}
	}
	if len(trigs) == 0 {
		return nil
	}
	var out []candidate
	best := map[[3]string]int{} // key -> index in out
	for _, t := range trigs {
		blocked := ar.blocked(s, t.k)
		for i := range actors {
			for j := range actors {
				a, b := &actors[i], &actors[j]
				if i == j || a.m.actor.Name == b.m.actor.Name || ownState(a.m.actor, b.m.actor) || ownState(b.m.actor, a.m.actor) ||
					a.m.actor.Country != "" && a.m.actor.Country == b.m.actor.Country {
					continue
				}
				if t.tr.Relation.Symmetric() && a.start > b.start {
					continue
				}
				key := [3]string{a.m.actor.Name, string(t.tr.Relation), b.m.actor.Name}
				if done[key] {
					continue
				}
				// one candidate a key: the trigger nearest the pair
				dist := abs(t.k-a.start) + abs(t.k-b.start)
				if at, ok := best[key]; ok && out[at].dist <= dist {
					continue
				}
				c := candidate{src: a.m, tgt: b.m, rel: t.tr.Relation, trig: triggerText(toks[t.k : t.k+t.n]), dist: dist}
				c.feats = ar.candFeatures(s, t.k, t.n, t.tr, a, b, blocked, len(actors))
				if at, ok := best[key]; ok {
					out[at] = c
				} else {
					best[key] = len(out)
					out = append(out, c)
				}
			}
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// candFeatures describes a candidate: source a and target b of the
// trigger at k (n words). Every feature but the bias-like "r" ones is
// conjoined with the relation.
func (ar *article) candFeatures(s *sent, k, n int, tr *lexicon.Trigger, a, b *candActor, blocked bool, nActors int) []string {
	toks := s.toks
	r := string(tr.Relation)
	f := make([]string, 0, 24)
	add := func(parts ...string) { f = append(f, r+"|"+strings.Join(parts, "=")) }
	add("rel")
	add("lemma", tr.Lemma)
	add("pos", posName(tr.POS))
	add("apos", side(a.start, k))
	add("bpos", side(b.start, k))
	add("order", side(a.start, k)+side(b.start, k))
	add("da", bucket(gap(a.start, a.end, k, k+n)))
	add("db", bucket(gap(b.start, b.end, k, k+n)))
	add("aprep", prevWord(ar, s, a.start))
	add("bprep", prevWord(ar, s, b.start))
	add("akind", string(a.m.actor.Kind))
	add("bkind", string(b.m.actor.Kind))
	add("avia", viaLabel(a.m.via))
	add("bvia", viaLabel(b.m.via))
	add("afirst", strconv.FormatBool(a.first))
	add("samegroup", strconv.FormatBool(a.group >= 0 && a.group == b.group))
	add("blocked", strconv.FormatBool(blocked))
	add("actors", bucket(nActors))
	q := toks[k].QuoteID > 0
	add("quote", strconv.FormatBool(q))
	if q && s.speaker != nil && s.speaker.ok {
		add("aspeaker", strconv.FormatBool(s.speaker.actor.Name == a.m.actor.Name))
	}
	between := false
	for q := min(k, b.start); q < max(k, b.start); q++ {
		if toks[q].Lower == "between" {
			between = true
		}
	}
	add("between", strconv.FormatBool(between))
	// another actor between an end and the trigger: the end is not the
	// trigger's own argument
	inter := func(e *candActor) bool {
		lo, hi := e.end, k
		if e.start > k {
			lo, hi = k+n, e.start
		}
		for q := lo; q < hi; q++ {
			if s.at[q] >= 0 && s.ments[s.at[q]].ok && (e.group < 0 || s.gAt[q] != e.group) {
				return true
			}
		}
		return false
	}
	add("ainter", strconv.FormatBool(inter(a)))
	add("binter", strconv.FormatBool(inter(b)))
	add("inter", strconv.FormatBool(inter(a)), strconv.FormatBool(inter(b)), side(a.start, k)+side(b.start, k))
	// a rule edge already read this trigger: its frame is spent
	used := false
	for _, e := range ar.out {
		if e.SentenceIndex == s.Index && strings.HasPrefix(triggerText(toks[k:k+n]), e.Trigger) {
			used = true
			break
		}
	}
	add("used", strconv.FormatBool(used))
	add("lemma", tr.Lemma, "apos", side(a.start, k), "bpos", side(b.start, k))
	return f
}

// side says whether an actor starting at m stands before or after the
// trigger at k.
func side(m, k int) string {
	if m < k {
		return "B"
	}
	return "A"
}

// gap is the number of tokens between the spans [s1, e1) and [s2, e2).
func gap(s1, e1, s2, e2 int) int {
	if e1 <= s2 {
		return s2 - e1
	}
	if e2 <= s1 {
		return s1 - e2
	}
	return 0
}

// bucket groups a count: 0, 1, 2, 3-5, 6-10, more.
func bucket(d int) string {
	switch {
	case d <= 2:
		return strconv.Itoa(d)
	case d <= 5:
		return "3-5"
	case d <= 10:
		return "6-10"
	}
	return "11+"
}

// prevWord is the preposition or cue word before the token at i, "^" at
// the start, "," after a comma, "-" for any other word.
func prevWord(ar *article, s *sent, i int) string {
	if i == 0 {
		return "^"
	}
	t := s.toks[i-1]
	if t.Kind == text.Poss {
		t = s.toks[max(i-2, 0)]
	}
	switch {
	case t.Text == ",":
		return ","
	case s.is(i-1, lexicon.Prep) || s.is(i-1, lexicon.Det) || s.is(i-1, lexicon.Clause):
		return t.Lower
	}
	return "-"
}

// viaLabel names how a mention was resolved, for features.
func viaLabel(v via) string {
	switch v {
	case viaName:
		return "name"
	case viaDemonym:
		return "demonym"
	case viaMetonym:
		return "metonym"
	case viaTitled, viaLocal:
		return "titled"
	case viaTitle, viaCounter:
		return "title"
	case viaPronoun, viaSpeaker:
		return "pronoun"
	case viaBoth, viaMany:
		return "collective"
	}
	return "other"
}

func posName(p lexicon.POS) string {
	if p == lexicon.Noun {
		return "N"
	}
	return "V"
}
