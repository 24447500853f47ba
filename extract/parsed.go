package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/parse"
	"github.com/actorgraph/actorgraph/graph"
)

// Parsed frames (docs/extractor.md, "Thirteenth round"; off unless
// WithParser gives a parser): after the rules, a
// sentence that holds a trigger no rule edge came from and two actors is
// parsed (package parse: a tagger and dependency parser trained on
// Universal Dependencies English-EWT), and the trigger's arguments are
// read from the tree, not from token windows: a verb's subject (or the
// subject it shares as a conjunct, a complement or a relative clause), a
// passive's by-agent, its object and the prepositional phrases its frame
// names; a noun's possessor, demonym and by-phrase, and its "on"/"against"
// phrases. Each actor's conjuncts stand with it. Negation, modality,
// condition and questions keep a trigger from giving an edge, as they do
// in the rules.

// wParsed is the frame weight of an edge read from the parse tree.
const wParsed = 0.7

// parsedFrames emits the edges the parse tree gives for the triggers of
// the article that no rule read. Cost: a parse (linear in the sentence's
// words, about 0.15-0.27 ms for 25 words) of each sentence with an unread
// trigger and two actors: 258 of the 422 sentences of news/dev's tune
// part, which makes extraction about eight times slower.
func (ar *article) parsedFrames() {
	p := ar.x.parser
	if p == nil {
		return
	}
	var done map[[3]string]bool
	ar.eachParsed(p, func(s *sent, t *parse.Tree, trigs []trigAt, actors []candActor) {
		if done == nil {
			done = ar.doneEdges()
		}
		for _, tg := range trigs {
			ar.treeEdges(s, t, tg, actors, done)
		}
	})
}

// eachParsed calls fn with each sentence of the article that holds a
// trigger no rule read and two to twelve actors, parsed by p, with those
// triggers and actors. The tree is the article's buffer: fn must not keep
// it.
func (ar *article) eachParsed(p *parse.Model, fn func(s *sent, t *parse.Tree, trigs []trigAt, actors []candActor)) {
	for _, s := range ar.sents {
		actors := candActors(s)
		if len(actors) < 2 || len(actors) > 12 {
			continue
		}
		trigs := ar.unreadTriggers(s)
		if len(trigs) == 0 {
			continue
		}
		fn(s, ar.parseSentence(p, s), trigs, actors)
	}
}

// trigAt is a trigger of a sentence: k its first token, n its tokens.
type trigAt struct {
	k, n  int
	sense []*lexicon.Trigger
}

// unreadTriggers lists the triggers of s that stand outside every mention
// and gave no rule edge.
func (ar *article) unreadTriggers(s *sent) []trigAt {
	var out []trigAt
	for k := 0; k < len(s.toks); k++ {
		if s.at[k] >= 0 || !s.is(k, lexicon.TriggerStart) {
			continue
		}
		trs, n := s.triggerWithin(k, len(s.toks))
		if n == 0 {
			continue
		}
		used := false
		tt := triggerText(s.toks[k : k+n])
		for i := range ar.out {
			if e := &ar.out[i]; e.SentenceIndex == s.Index && strings.HasPrefix(tt, e.Trigger) {
				used = true
				break
			}
		}
		if !used {
			out = append(out, trigAt{k, n, trs})
		}
		k += n - 1
	}
	return out
}

// candActors lists the resolved actors of s, members of lists and both
// sides of a pair each on its own.
func candActors(s *sent) []candActor {
	var actors []candActor
	for k := range s.ments {
		m := s.ments[k]
		if !m.ok || m.media || m.actor.Name == "" || !m.actor.Kind.Valid() {
			continue
		}
		g := -1
		if m.start < len(s.gAt) {
			g = s.gAt[m.start]
		}
		add := func(a graph.Actor) {
			mm := m
			mm.actor = a
			actors = append(actors, candActor{m: mm, start: m.start, end: m.end, group: g})
		}
		switch {
		case len(m.members) > 1:
			for _, a := range m.members {
				add(a)
			}
		case m.pair != nil:
			add(m.pair[0])
			add(m.pair[1])
		default:
			add(m.actor)
		}
	}
	if len(actors) > 0 {
		actors[0].first = true
	}
	return actors
}

// parseSentence parses the words of s into the article's tree buffer.
func (ar *article) parseSentence(p *parse.Model, s *sent) *parse.Tree {
	sc := ar.sc
	sc.words = sc.words[:0]
	for i := range s.toks {
		sc.words = append(sc.words, s.toks[i].Text)
	}
	p.Parse(sc.words, &sc.tree)
	return &sc.tree
}

// treeEdges emits the edges the tree gives the trigger tg of s.
func (ar *article) treeEdges(s *sent, t *parse.Tree, tg trigAt, actors []candActor, done map[[3]string]bool) {
	h := spanHead(t, tg.k, tg.k+tg.n)
	verb := strings.HasPrefix(t.Tags[h], "VB")
	noun := strings.HasPrefix(t.Tags[h], "NN")
	if !verb && !noun || ar.blocked(s, tg.k) || unasserted(ar.x.lex, t, h) {
		return
	}
	for _, tr := range tg.sense {
		if verb != (tr.POS == lexicon.Verb) || tr.Frame.Tell {
			continue
		}
		var srcs, tgts []int
		if verb {
			srcs, tgts = verbArgs(t, h, tr.Frame)
		} else {
			srcs, tgts = ar.nounArgs(s, t, h, tr.Frame)
		}
		if len(tgts) == 0 && (tr.Frame.Recip || tr.Relation.Symmetric()) && len(srcs) > 1 {
			tgts = srcs // "A and B met": each pair
		}
		emitted := false
		for _, sn := range srcs {
			for _, tn := range tgts {
				for _, a := range actorsAt(t, sn, actors) {
					for _, b := range actorsAt(t, tn, actors) {
						if ar.treeEdge(s, a, tr, b, tg, done) {
							emitted = true
						}
					}
				}
			}
		}
		if emitted {
			return // one sense a trigger
		}
	}
}

// treeEdge emits one edge read from the tree, unless the rules hold it or
// its ends are one actor or one state.
func (ar *article) treeEdge(s *sent, a *candActor, tr *lexicon.Trigger, b *candActor, tg trigAt, done map[[3]string]bool) bool {
	x, y := a.m.actor, b.m.actor
	if x.Name == y.Name || ownState(x, y) || ownState(y, x) || x.Country != "" && x.Country == y.Country {
		return false
	}
	key := [3]string{x.Name, string(tr.Relation), y.Name}
	if done[key] {
		return false
	}
	if !ar.emit(s, a.m, tr.Relation, b.m, triggerText(s.toks[tg.k:tg.k+tg.n]), wParsed) {
		return false
	}
	done[key] = true
	if tr.Relation.Symmetric() {
		done[[3]string{y.Name, string(tr.Relation), x.Name}] = true
	}
	return true
}

// spanHead is the word of [i, j) whose head lies outside it.
func spanHead(t *parse.Tree, i, j int) int {
	for k := i; k < j; k++ {
		if h := t.Heads[k]; h < i || h >= j {
			return k
		}
	}
	return i
}

// children returns the dependents of h whose relation begins with rel
// ("obl" also finds "obl:agent"), in word order.
func children(t *parse.Tree, h int, rel string) []int {
	var out []int
	for k, hk := range t.Heads {
		if hk == h && (t.Rels[k] == rel || strings.HasPrefix(t.Rels[k], rel+":")) {
			out = append(out, k)
		}
	}
	return out
}

// caseWord is the lower-case preposition of the nominal n ("on" of "on
// Ukraine"), or "".
func caseWord(t *parse.Tree, n int) string {
	for k, hk := range t.Heads {
		if hk == n && t.Rels[k] == "case" {
			return strings.ToLower(t.Words[k])
		}
	}
	return ""
}

// unasserted reports whether the predicate h is negated, under a modal or
// a condition, or asked: "did not attack", "could strike", "if Iran
// attacks", "Will Iran strike?". The words are the lexicon's cue classes
// neg, modal and cond (cues.tsv), as the rules' own blocked reads them.
func unasserted(lex *lexicon.Lexicon, t *parse.Tree, h int) bool {
	for n, steps := h, 0; n >= 0 && steps < 8; n, steps = t.Heads[n], steps+1 {
		for k, hk := range t.Heads {
			if hk != n {
				continue
			}
			w := strings.ToLower(t.Words[k])
			switch t.Rels[k] {
			case "advmod":
				if n == h && lex.Is(lexicon.Neg, w) {
					return true
				}
			case "aux":
				if n == h && t.Tags[k] == "MD" && lex.Is(lexicon.Modal, w) {
					return true
				}
			case "mark":
				if lex.Is(lexicon.Cond, w) {
					return true
				}
			}
		}
		if r := t.Rels[n]; r != "conj" && r != "xcomp" {
			break // a condition reaches a conjunct or a complement, not the verb's governor
		}
	}
	last := len(t.Words) - 1
	return last >= 0 && t.Words[last] == "?"
}

// verbArgs returns the source and target words of the verb h under frame
// f: its subject (or a passive's by-agent) and its object or the phrases
// its frame names (or a passive's subject).
func verbArgs(t *parse.Tree, h int, f lexicon.Frame) (srcs, tgts []int) {
	passive := len(children(t, h, "nsubj:pass")) > 0 || len(children(t, h, "aux:pass")) > 0
	if passive {
		for _, a := range children(t, h, "obl") {
			if caseWord(t, a) == "by" {
				srcs = append(srcs, a)
			}
		}
		tgts = append(tgts, children(t, h, "nsubj:pass")...)
		return srcs, tgts
	}
	srcs = subjectOf(t, h)
	if f.Obj {
		tgts = append(tgts, children(t, h, "obj")...)
		tgts = append(tgts, children(t, h, "iobj")...)
	}
	if len(f.Preps) > 0 {
		for _, a := range children(t, h, "obl") {
			if f.HasPrep(caseWord(t, a)) {
				tgts = append(tgts, a)
			}
		}
	}
	if f.That {
		for _, c := range children(t, h, "ccomp") {
			tgts = append(tgts, children(t, c, "nsubj")...)
		}
	}
	if f.Between {
		tgts = append(tgts, betweenArgs(t, h)...)
	}
	return srcs, tgts
}

// subjectOf is the subject of the verb h: its own, or the one it shares
// as a conjunct ("attacked and seized"), as an open complement ("vowed to
// strike": the governor's subject; "urged X to": its object), or as a
// relative clause ("Iran, which attacked X": the antecedent).
func subjectOf(t *parse.Tree, h int) []int {
	for n, steps := h, 0; n >= 0 && steps < 4; steps++ {
		if s := children(t, n, "nsubj"); len(s) > 0 {
			if n == h || t.Rels[h] != "acl:relcl" || !relativeWord(t.Words[s[0]]) {
				return s
			}
		}
		switch t.Rels[n] {
		case "conj":
			n = t.Heads[n]
		case "xcomp":
			g := t.Heads[n]
			if o := children(t, g, "obj"); len(o) > 0 {
				return o
			}
			n = g
		case "acl:relcl":
			return []int{t.Heads[n]}
		default:
			return nil
		}
	}
	return nil
}

func relativeWord(w string) bool {
	switch strings.ToLower(w) {
	case "who", "which", "that":
		return true
	}
	return false
}

// betweenArgs is the nominals after "between" under h ("talks between A
// and B"): the first and its conjuncts.
func betweenArgs(t *parse.Tree, h int) []int {
	var out []int
	for k, hk := range t.Heads {
		if hk == h && (strings.HasPrefix(t.Rels[k], "nmod") || strings.HasPrefix(t.Rels[k], "obl")) && caseWord(t, k) == "between" {
			out = append(out, k)
		}
	}
	return out
}

// nounArgs returns the source and target words of the noun h under frame
// f: its possessor, a demonym or name before it, a by-phrase, or the
// subject of a light verb it is the object of ("launched strikes"); its
// targets are the phrases its frame names ("strikes on X").
func (ar *article) nounArgs(s *sent, t *parse.Tree, h int, f lexicon.Frame) (srcs, tgts []int) {
	for k, hk := range t.Heads {
		if hk != h {
			continue
		}
		switch r := t.Rels[k]; {
		case r == "nmod:poss":
			if f.PossObj {
				tgts = append(tgts, k)
			} else {
				srcs = append(srcs, k)
			}
		case r == "amod" || r == "compound":
			srcs = append(srcs, k)
		case strings.HasPrefix(r, "nmod"):
			p := caseWord(t, k)
			switch {
			case f.HasSrcPrep(p):
				srcs = append(srcs, k)
			case f.HasPrep(p):
				tgts = append(tgts, k)
			}
		}
	}
	if f.Between {
		tgts = append(tgts, betweenArgs(t, h)...)
	}
	if len(srcs) == 0 && t.Rels[h] == "obj" {
		if v := t.Heads[h]; v >= 0 && s.isWord(v, lexicon.Light) {
			srcs = subjectOf(t, v)
		}
	}
	return srcs, tgts
}

// actorsAt returns the actors that the word n names: the actors whose
// mention holds n or a modifier of n naming it ("the Russian army",
// "Iran's foreign ministry"), and those of n's conjuncts.
func actorsAt(t *parse.Tree, n int, actors []candActor) []*candActor {
	var out []*candActor
	var add func(n, depth int)
	add = func(n, depth int) {
		found := false
		for i := range actors {
			if a := &actors[i]; a.start <= n && n < a.end {
				out = append(out, a)
				found = true
			}
		}
		if !found {
			for k, hk := range t.Heads {
				if hk != n {
					continue
				}
				switch t.Rels[k] {
				case "amod", "compound", "nmod:poss", "flat":
					for i := range actors {
						if a := &actors[i]; a.start <= k && k < a.end {
							out = append(out, a)
						}
					}
				}
			}
		}
		if depth < 6 {
			for k, hk := range t.Heads {
				if hk == n && t.Rels[k] == "conj" {
					add(k, depth+1)
				}
			}
		}
	}
	add(n, 0)
	return out
}

// pathSig names the tree path from word a up to the lowest common
// ancestor and down to word b: the relations on the way, "T" where the
// trigger word h stands, the tag class of the other words, and the
// preposition of b. "" when the path is longer than 6 arcs or misses h.
func pathSig(t *parse.Tree, a, b, h int) string {
	up := func(n int) []int {
		var out []int
		for steps := 0; n >= 0 && steps < 12; steps++ {
			out = append(out, n)
			n = t.Heads[n]
		}
		return out
	}
	ua, ub := up(a), up(b)
	lca, ia, ib := -1, 0, 0
	for i, x := range ua {
		for j, y := range ub {
			if x == y {
				lca, ia, ib = x, i, j
				break
			}
		}
		if lca >= 0 {
			break
		}
	}
	if lca < 0 || ia+ib > 6 || ia+ib == 0 {
		return ""
	}
	onPath := false
	var sb strings.Builder
	node := func(n int) {
		switch {
		case n == h:
			onPath = true
			sb.WriteString("T")
		case strings.HasPrefix(t.Tags[n], "VB"):
			sb.WriteString("V")
		case strings.HasPrefix(t.Tags[n], "NN"):
			sb.WriteString("N")
		default:
			sb.WriteString("O")
		}
	}
	for i := 0; i < ia; i++ {
		if i > 0 {
			node(ua[i])
		}
		sb.WriteString("<" + t.Rels[ua[i]] + "<")
	}
	node(lca)
	for j := ib - 1; j >= 0; j-- {
		sb.WriteString(">" + t.Rels[ub[j]] + ">")
		if j > 0 {
			node(ub[j])
		}
	}
	if c := caseWord(t, b); c != "" {
		sb.WriteString("[" + c + "]")
	}
	if !onPath {
		return ""
	}
	return sb.String()
}

// TreePath is a pair of actors of a sentence whose tree path runs through
// a trigger no rule read: what eval/devloop/paths counts against gold to
// ask whether argument structure would find the edges the rules miss.
type TreePath struct {
	Doc      string
	Sentence int
	Text     string // the sentence
	Source   graph.Actor
	Relation graph.Relation
	Target   graph.Actor
	Trigger  string
	Path     string // pathSig: "<nsubj<T>obj>", "<nmod:poss<T>nmod>[on]"
	Asserted bool   // not negated, modal, conditional or asked
}

// TreePaths returns, for article a, every ordered pair of the actors of a
// sentence with a trigger the rules left unread and a tree path through
// it, under each relation of the trigger; nil without a parser
// (WithParser). Cost: the extraction's, plus a parse of each such
// sentence and the pairs of its actors.
func (x *Extractor) TreePaths(a graph.Article) []TreePath {
	if x.parser == nil {
		return nil
	}
	ar := x.newArticle(a)
	ar.training = true
	ar.extract()
	var out []TreePath
	ar.eachParsed(x.parser, func(s *sent, t *parse.Tree, trigs []trigAt, actors []candActor) {
		for _, tg := range trigs {
			h := spanHead(t, tg.k, tg.k+tg.n)
			asserted := !ar.blocked(s, tg.k) && !unasserted(x.lex, t, h)
			for i := range actors {
				for j := range actors {
					src, tgt := &actors[i], &actors[j]
					if i == j || src.m.actor.Name == tgt.m.actor.Name {
						continue
					}
					sig := pathSig(t, spanHead(t, src.start, src.end), spanHead(t, tgt.start, tgt.end), h)
					if sig == "" {
						continue
					}
					var seen [8]bool
					for _, tr := range tg.sense {
						if k := relIndex(tr.Relation); seen[k] {
							continue
						} else {
							seen[k] = true
						}
						out = append(out, TreePath{Doc: a.Doc, Sentence: s.Index, Text: s.Text, Source: src.m.actor, Relation: tr.Relation,
							Target: tgt.m.actor, Trigger: triggerText(s.toks[tg.k : tg.k+tg.n]), Path: sig, Asserted: asserted})
					}
				}
			}
		}
	})
	x.release(ar)
	return out
}

// relIndex numbers the relations for a seen-set.
func relIndex(r graph.Relation) int {
	for i, x := range graph.Relations() {
		if x == r {
			return i + 1
		}
	}
	return 0
}
