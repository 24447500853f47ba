package analyze

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/mediation"
)

// OutputOptions choose what WriteJSON writes. The zero value writes the
// compact analysis.json: what the report and users read.
type OutputOptions struct {
	// Full writes every actor row and every dyad (the whole Result).
	Full bool
	// Top is how many actors are kept per measure; zero means DefaultTop.
	Top int
	// Central is how many actors are kept in the report's order of
	// centrality (betweenness, degree, PageRank, name); zero means
	// DefaultCentral, enough for the largest network the report draws.
	Central int
	// TopRelation is how many actors are kept per relation and direction
	// (most edges of that relation sent, most received); zero means
	// DefaultTopRelation.
	TopRelation int
	// Dyads is how many of the conflict dyads with the most hostile edges
	// are kept per level; zero means DefaultDyads.
	Dyads int
	// Mediations is how many of the best mediations (by score) keep their
	// dyad per level: every mediation of a kept dyad is written, those of
	// other dyads are not; zero means DefaultMediations.
	Mediations int
	// Evidence caps the sentences kept per dyad and per mediation (the
	// first ones: joint sentences first for a mediation); zero means
	// DefaultEvidence. The counts (relations, ties) are not capped.
	Evidence int
}

// Defaults of OutputOptions.
const (
	DefaultTop         = 100
	DefaultCentral     = 300
	DefaultTopRelation = 10
	DefaultDyads       = 1000
	DefaultMediations  = 1000
	DefaultEvidence    = 2
)

// Compact returns res as the compact analysis.json holds it: per level, the
// actors that matter (the top opt.Top by each measure — betweenness,
// weighted betweenness, PageRank, harmonic centrality, in-, out- and total
// degree, mediation score, brokerage — the first opt.Central in the
// report's order of centrality, the top opt.TopRelation per relation and
// direction, and every mediator kept), the dyads keptDyads chooses (the
// opt.Dyads most hostile and those of the opt.Mediations best mediations)
// with all their mediations and path mediators, each with at most
// opt.Evidence sentences. Rows keep their order; Level.ActorsOmitted,
// Level.DyadsOmitted and Level.MediationsOmitted count what was left out. With opt.Full it returns res unchanged. res is not modified.
// Cost: O(n log n) per level for n actors.
func Compact(res Result, opt OutputOptions) Result {
	if opt.Full {
		return res
	}
	res.Actor = compactLevel(res.Actor, opt)
	res.Country = compactLevel(res.Country, opt)
	if res.Windows != nil {
		ws := make([]Window, len(res.Windows))
		for i, w := range res.Windows {
			w.Actor, w.Country = compactLevel(w.Actor, opt), compactLevel(w.Country, opt)
			ws[i] = w
		}
		res.Windows = ws
	}
	return res
}

func compactLevel(lv Level, opt OutputOptions) Level {
	top := cmp.Or(opt.Top, DefaultTop)
	keep := make([]bool, len(lv.Actors))
	var worst []int // a max-heap of the k best so far, the worst on top
	// mark keeps the k actors first in order (ties by name), in
	// O(n log k): each actor is compared with the worst kept so far.
	mark := func(k int, order func(a, b *ActorMetrics) int) {
		if k >= len(keep) {
			for i := range keep {
				keep[i] = true
			}
			return
		}
		before := func(x, y int) bool { // x comes before y
			return cmp.Or(order(&lv.Actors[x], &lv.Actors[y]), cmp.Compare(lv.Actors[x].Name, lv.Actors[y].Name)) < 0
		}
		down := func(i int) {
			for {
				c := 2*i + 1
				if c >= len(worst) {
					return
				}
				if c+1 < len(worst) && before(worst[c], worst[c+1]) {
					c++
				}
				if !before(worst[i], worst[c]) {
					return
				}
				worst[i], worst[c] = worst[c], worst[i]
				i = c
			}
		}
		worst = worst[:0]
		for i := range lv.Actors {
			switch {
			case len(worst) < k:
				worst = append(worst, i)
				for j := len(worst) - 1; j > 0 && before(worst[(j-1)/2], worst[j]); j = (j - 1) / 2 {
					worst[j], worst[(j-1)/2] = worst[(j-1)/2], worst[j]
				}
			case k > 0 && before(i, worst[0]):
				worst[0] = i
				down(0)
			}
		}
		for _, i := range worst {
			keep[i] = true
		}
	}
	desc := func(get func(*ActorMetrics) float64) func(a, b *ActorMetrics) int {
		return func(a, b *ActorMetrics) int { return cmp.Compare(get(b), get(a)) }
	}
	for _, get := range []func(*ActorMetrics) float64{
		func(m *ActorMetrics) float64 { return m.Betweenness },
		func(m *ActorMetrics) float64 { return m.WeightedBetweenness },
		func(m *ActorMetrics) float64 { return m.PageRank },
		func(m *ActorMetrics) float64 { return m.Harmonic },
		func(m *ActorMetrics) float64 { return float64(m.InDegree) },
		func(m *ActorMetrics) float64 { return float64(m.OutDegree) },
		func(m *ActorMetrics) float64 { return float64(m.InDegree + m.OutDegree) },
		func(m *ActorMetrics) float64 { return m.Mediation },
		func(m *ActorMetrics) float64 { return m.PathMediation },
		func(m *ActorMetrics) float64 { return m.DiplomaticBetweenness },
		func(m *ActorMetrics) float64 { return float64(m.Brokerage.Total()) },
	} {
		mark(top, desc(get))
	}
	mark(cmp.Or(opt.Central, DefaultCentral), func(a, b *ActorMetrics) int {
		return cmp.Or(cmp.Compare(b.Betweenness, a.Betweenness),
			cmp.Compare(b.InDegree+b.OutDegree, a.InDegree+a.OutDegree),
			cmp.Compare(b.PageRank, a.PageRank))
	})
	for _, r := range graph.Relations() {
		mark(cmp.Or(opt.TopRelation, DefaultTopRelation), desc(func(m *ActorMetrics) float64 { return float64(m.In[r]) }))
		mark(cmp.Or(opt.TopRelation, DefaultTopRelation), desc(func(m *ActorMetrics) float64 { return float64(m.Out[r]) }))
	}
	lv = pruneDyads(lv, keptDyads(&lv, opt))
	mediators := map[string]bool{}
	for _, m := range lv.Mediators {
		mediators[m.Mediator] = true
	}
	// The report draws the sides and go-betweens of the most hostile
	// conflicts first (report/focus.go): keep them.
	focus := map[[2]string]bool{}
	for _, i := range mostHostile(lv.Dyads, focusDyads) {
		d := lv.Dyads[i]
		focus[[2]string{d.A, d.B}] = true
		mediators[d.A], mediators[d.B] = true, true
	}
	for _, m := range lv.PathMediators {
		if focus[m.Dyad] {
			mediators[m.Mediator] = true
		}
	}
	actors := make([]ActorMetrics, 0, min(len(lv.Actors), 16*top))
	for i, a := range lv.Actors {
		if keep[i] || mediators[a.Name] {
			actors = append(actors, a)
		}
	}
	lv.ActorsOmitted += len(lv.Actors) - len(actors)
	lv.Actors = actors

	ev := cmp.Or(opt.Evidence, DefaultEvidence)
	// (a list of more than ev entries may still hold ev sentences or fewer:
	// capped then keeps it whole)
	if slices.ContainsFunc(lv.Dyads, func(d Dyad) bool { return len(d.Evidence) > ev }) {
		lv.Dyads = slices.Clone(lv.Dyads)
		for i := range lv.Dyads {
			lv.Dyads[i].Evidence = capped(lv.Dyads[i].Evidence, ev)
		}
	}
	if slices.ContainsFunc(lv.Mediators, func(m Mediation) bool { return len(m.Evidence) > ev }) {
		lv.Mediators = slices.Clone(lv.Mediators)
		for i := range lv.Mediators {
			lv.Mediators[i].Evidence = capped(lv.Mediators[i].Evidence, ev)
		}
	}
	if slices.ContainsFunc(lv.PathMediators, func(m PathMediation) bool { return len(m.Evidence) > ev }) {
		lv.PathMediators = slices.Clone(lv.PathMediators)
		for i := range lv.PathMediators {
			lv.PathMediators[i].Evidence = capped(lv.PathMediators[i].Evidence, ev)
		}
	}
	return lv
}

// keptDyads marks the dyads of lv that a compact file keeps: the opt.Dyads
// with the most hostile edges (as the report orders conflicts) and the
// dyads of the first opt.Mediations mediations (lv.Mediators is best
// first, as the report ranks mediators). Cost: O(d log d + m).
func keptDyads(lv *Level, opt OutputOptions) []bool {
	keep := make([]bool, len(lv.Dyads))
	index := make(map[[2]string]int, len(lv.Dyads))
	for i, d := range lv.Dyads {
		index[[2]string{d.A, d.B}] = i
	}
	for _, i := range mostHostile(lv.Dyads, cmp.Or(opt.Dyads, DefaultDyads)) {
		keep[i] = true
	}
	for _, m := range lv.Mediators[:min(len(lv.Mediators), cmp.Or(opt.Mediations, DefaultMediations))] {
		if i, ok := index[m.Dyad]; ok {
			keep[i] = true
		}
	}
	return keep
}

// pruneDyads returns lv with only the dyads keep marks, and only their
// mediations and path mediators, counting the rest in DyadsOmitted and
// MediationsOmitted. lv's slices are not modified.
func pruneDyads(lv Level, keep []bool) Level {
	if !slices.Contains(keep, false) {
		return lv
	}
	kept := make(map[[2]string]bool, len(lv.Dyads))
	for i, d := range lv.Dyads {
		if keep[i] {
			kept[[2]string{d.A, d.B}] = true
		}
	}
	lv.DyadsOmitted += len(lv.Dyads) - len(kept)
	lv.Dyads = keepIf(lv.Dyads, func(d *Dyad) bool { return kept[[2]string{d.A, d.B}] })
	n := len(lv.Mediators)
	lv.Mediators = keepIf(lv.Mediators, func(m *Mediation) bool { return kept[m.Dyad] })
	lv.MediationsOmitted += n - len(lv.Mediators)
	pms := keepIf(lv.PathMediators, func(m *PathMediation) bool { return kept[m.Dyad] })
	lv.PathMediators = pms
	return lv
}

// keepIf returns a new slice, of just the right size, of the elements of
// s for which ok is true.
func keepIf[T any](s []T, ok func(*T) bool) []T {
	n := 0
	for i := range s {
		if ok(&s[i]) {
			n++
		}
	}
	out := make([]T, 0, n)
	for i := range s {
		if ok(&s[i]) {
			out = append(out, s[i])
		}
	}
	return out
}

// focusDyads is how many of the most hostile dyads a compact file keeps
// the sides and path mediators of as actor rows: more than the report's
// per-conflict view offers (12).
const focusDyads = 50

// mostHostile returns the indices of the n dyads with the most hostile
// edges (ties by the sides' names), as the report orders conflicts.
// Cost: O(d log d).
func mostHostile(ds []Dyad, n int) []int {
	idx := make([]int, len(ds))
	total := make([]int, len(ds))
	for i, d := range ds {
		idx[i] = i
		for _, k := range d.Relations {
			total[i] += k
		}
	}
	slices.SortStableFunc(idx, func(x, y int) int {
		return cmp.Or(cmp.Compare(total[y], total[x]), cmp.Compare(ds[x].A, ds[y].A), cmp.Compare(ds[x].B, ds[y].B))
	})
	return idx[:min(n, len(idx))]
}

// capped keeps the entries of the first n sentences of ev, as the analysis
// does (mediation.CapSentences).
func capped(ev []Evidence, n int) []Evidence { return mediation.CapSentences(ev, n) }

// WriteJSON writes res as analysis.json (JSON, HTML not escaped):
// Compact(res, opt), or everything with opt.Full. It streams: each actor
// row, dyad, mediation and window is encoded on its own into a buffered
// writer, so memory stays that of the largest single row. The layout is
// indented with each row (actor, dyad, mediation) on one line; with
// opt.Full the bytes are those of json.MarshalIndent(v, "", "  ") with
// HTML left unescaped. A newline ends the output. It returns ctx's error
// when cancelled.
func WriteJSON(ctx context.Context, w io.Writer, res Result, opt OutputOptions) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	s := &streamer{ctx: ctx, w: bw, oneLine: !opt.Full}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	s.value(reflect.ValueOf(Compact(res, opt)), "")
	s.write("\n")
	if s.err != nil {
		return s.err
	}
	return bw.Flush()
}

// streamer writes a value as indented JSON, descending into structs and
// slices of structs and encoding every other value (and every element of
// such a slice) whole.
type streamer struct {
	ctx  context.Context
	w    *bufio.Writer
	buf  bytes.Buffer
	enc  *json.Encoder
	err  error
	rows int
	// oneLine writes each row (a slice element that is not a container)
	// on one line.
	oneLine bool
}

func (s *streamer) write(str string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(str)
	}
}

// leaf encodes v whole at the given indent; row says v is a slice element.
func (s *streamer) leaf(v reflect.Value, indent string, row bool) {
	if s.err != nil {
		return
	}
	if s.rows++; s.rows%1024 == 0 {
		if s.err = s.ctx.Err(); s.err != nil {
			return
		}
	}
	s.buf.Reset()
	s.enc.SetIndent(indent, "  ")
	if row && s.oneLine {
		s.enc.SetIndent("", "")
	}
	if s.err = s.enc.Encode(v.Interface()); s.err != nil {
		return
	}
	b := bytes.TrimSuffix(s.buf.Bytes(), []byte("\n"))
	_, s.err = s.w.Write(b)
}

// deep reports whether t is one of the containers written field by field:
// Result, Level and Window. Their slices are written element by element;
// any other value (an actor row, a dyad, a mediation) is encoded whole.
func deep(t reflect.Type) bool {
	switch t {
	case reflect.TypeFor[Result](), reflect.TypeFor[Level](), reflect.TypeFor[Window]():
		return true
	}
	return false
}

func (s *streamer) value(v reflect.Value, indent string) {
	t := v.Type()
	switch {
	case deep(t):
		s.object(v, indent)
	case t.Kind() == reflect.Slice && !v.IsNil() && t.Elem().Kind() == reflect.Struct:
		if v.Len() == 0 {
			s.write("[]")
			return
		}
		s.write("[\n")
		in := indent + "  "
		for i := range v.Len() {
			s.write(in)
			if deep(t.Elem()) {
				s.object(v.Index(i), in)
			} else {
				s.leaf(v.Index(i), in, true)
			}
			if i < v.Len()-1 {
				s.write(",\n")
			}
		}
		s.write("\n" + indent + "]")
	default:
		s.leaf(v, indent, false)
	}
}

// object writes a struct field by field, with encoding/json's rules for
// names and omitempty (the types of this package use no other options).
func (s *streamer) object(v reflect.Value, indent string) {
	t := v.Type()
	in := indent + "  "
	first := true
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if !f.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		fv := v.Field(i)
		if strings.Contains(opts, "omitempty") && empty(fv) {
			continue
		}
		if first {
			s.write("{\n")
			first = false
		} else {
			s.write(",\n")
		}
		key, _ := json.Marshal(name)
		s.write(fmt.Sprintf("%s%s: ", in, key))
		s.value(fv, in)
	}
	if first {
		s.write("{}")
		return
	}
	s.write("\n" + indent + "}")
}

// empty is encoding/json's omitempty test.
func empty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}
