package extract

import (
	"math"
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Emitting: every pass writes its edges through emit, which drops an edge
// whose end is unresolved or a media outlet, or whose ends are one actor or a
// person and their own state; weighs the frame weight by how each end was
// resolved (resolutionWeight) and by the writer's hedge (hedged); and keeps
// one edge per key, the highest confidence. emitAll emits each source-target
// pair, triggerText is the trigger an edge carries, and otherSide drops the
// targets of a source's own country.

// emit writes one edge, unless an end is unresolved, a media outlet or the
// same actor as the other end. Confidence is the frame weight times the
// resolution weights of both ends (docs/extractor.md).
func (ar *article) emit(s *sent, src mention, rel graph.Relation, tgt mention, trig string, w float64) bool {
	if tgt.via == viaPlace && !tgt.ok {
		var keep bool
		if tgt, keep = ar.x.placeTarget(src, rel, tgt); !keep {
			return false
		}
	}
	if !src.ok || !tgt.ok || src.media || tgt.media || src.actor.Name == "" || tgt.actor.Name == "" {
		return false
	}
	// "Haftar's forces struck ...": the armed party the person leads,
	// when the article names it (relations.md), else the person
	src.actor, tgt.actor = ar.forcesLed(s, src), ar.forcesLed(s, tgt)
	if tgt.city && tgt.end < len(s.toks) && s.cue(ar.x.lex, tgt.end, lexicon.ProcessNoun) > 0 {
		return false // "support to the Luanda process": a place names the process
	}
	if rel == graph.Warned && (src.pron == "we" || src.pron == "we'll") && src.actor.Kind == graph.Person && src.actor.Country != "" {
		// "'We will crush Hamas,' Netanyahu said": a threat whose "we" is
		// the speaker's state is the state's (relations.md)
		src.actor = stateActor(src.actor.Country)
	}
	if rel == graph.Attacked && src.actor.Kind == graph.Person && tgt.actor.Kind == graph.Person && ar.x.lex.Is(lexicon.VerbalForce, trig) && !ar.forcesOf(s, src) && !ar.forcesOf(s, tgt) {
		// "Milei's attacks on Sánchez", "Trump attacked Biden": one person's
		// attack on another is in words (CAMEO 111 criticize or denounce)
		rel = graph.Accused
	}
	if rel == graph.Accused && ar.armedAnswer(s, src, tgt) && ar.responseTrigger(trig) {
		// "Saudi forces hit back at the Houthis", "Israel hit back at
		// Hezbollah with air strikes": an answer in force, not in words
		rel = graph.Attacked
	}
	if rel == graph.Attacked && ar.x.stateOrgans[tgt.actor.Name] && tgt.end > tgt.start && tgt.end < len(s.toks) && s.at[tgt.end] < 0 {
		// "Indian military installations", "Pakistani army posts": the
		// organ names the state's property, and the state was attacked
		if s.isWord(tgt.end, lexicon.AssetNoun) {
			tgt.actor = stateActor(tgt.actor.Country)
		}
	}
	if rel == graph.Attacked && ar.x.stateOrgans[src.actor.Name] && tgt.actor.Country != src.actor.Country && tgt.actor.Name != src.actor.Country {
		// "the IDF struck Hezbollah", "the Sudanese army bombed South
		// Sudan": a state's forces abroad are the state (relations.md)
		src.actor = stateActor(src.actor.Country)
	}
	if src.actor.Name == tgt.actor.Name || !src.actor.Kind.Valid() || !tgt.actor.Kind.Valid() {
		return false
	}
	// (a member of an armed group of the state's own country, named by
	// the dictionary as that group's, is a side of its own: "Colombian
	// troops killed FARC commander Raúl Reyes", "the government held talks
	// with the rebels' spokesman")
	insurgent := ar.x.insurgents[src.actor.Name] || ar.x.insurgents[tgt.actor.Name]
	if (rel == graph.SpokeWith || rel == graph.Supported) && ownState(src.actor, tgt.actor) && !(insurgent && rel == graph.SpokeWith) {
		return false // "Lourenço met Angola's opposition": a person and their own state do not meet
	}
	if rel == graph.Attacked && ownState(src.actor, tgt.actor) && !insurgent {
		return false // "since Putin began his invasion of Ukraine ... Russia": a leader never strikes their own state
	}
	if rel != graph.SpokeWith && src.actor.Kind == graph.State && tgt.actor.Kind == graph.Person && tgt.actor.Country == src.actor.Name && tgt.via == viaTitle {
		return false // "Ghana ..., accusing its foreign minister": a title the state's own office-holder answers to is the other state's
	}
	if (rel == graph.Warned || rel == graph.Urged) && ownState(src.actor, tgt.actor) {
		return false // "vowed that his country would retaliate": one's own state is no one warned or urged (an appeal to it is policy)
	}
	conf := w * resolutionWeight(src.via) * resolutionWeight(tgt.via)
	if s.hedge < 0 {
		s.hedge = 0
		if ar.hedged(s) {
			s.hedge = 1
		}
	}
	if s.hedge == 1 {
		conf *= wHedge
	}
	conf = math.Round(min(conf, 1)*100) / 100
	a, b := src.actor.Name, tgt.actor.Name
	if rel.Symmetric() && b < a {
		a, b = b, a
	}
	key := edgeKey{s.Index, a, string(rel), b}
	if at, ok := ar.seen[key]; ok {
		if ar.out[at].Confidence < conf {
			ar.out[at].Confidence = conf
			ar.out[at].Trigger = trig
		}
		return true
	}
	if rel == graph.Attacked && tgt.org == nil && tgt.actor.Kind == graph.Person && tgt.class == "military" && tgt.actor.Country != "" && tgt.actor.Country != src.actor.Country && tgt.actor.Country != src.actor.Name {
		// "killed Iranian military commander X": his state was attacked too
		// (relations.md, "kill (its soldiers)")
		defer ar.emit(s, src, rel, mention{actor: stateActor(tgt.actor.Country), ok: true, via: viaDemonym}, trig, w)
	}
	if rel == graph.Attacked && tgt.org != nil && tgt.org.Name != src.actor.Name {
		// "killed Hezbollah commander X": Hezbollah was attacked too
		o := tgt
		o.actor, o.org = *tgt.org, nil
		defer ar.emit(s, src, rel, o, trig, w)
	}
	e := graph.Edge{
		Doc: ar.a.Doc, SentenceIndex: s.Index, Sentence: s.Text,
		Source: src.actor, Relation: rel, Target: tgt.actor,
		Trigger: trig, Published: ar.published, Confidence: conf,
	} // (its ID is set when the article's edges are final: extract)
	ar.seen[key] = len(ar.out)
	ar.out = append(ar.out, e)
	return true
}

// emitAll emits every source-target pair; it reports whether any edge came
// of it.
func (ar *article) emitAll(s *sent, srcs []mention, rel graph.Relation, tgts []mention, trig string, w float64) bool {
	ok := false
	for _, a := range srcs {
		for _, b := range tgts {
			if ar.emit(s, a, rel, b, trig, w) {
				ok = true
			}
		}
	}
	return ok
}

// triggerText is the lower-case words of toks joined by spaces: for one
// word, the word itself, with no copy.
func triggerText(toks []text.Token) string {
	if len(toks) == 1 {
		return toks[0].Lower
	}
	n := len(toks)
	for i := range toks {
		n += len(toks[i].Lower)
	}
	var b strings.Builder
	b.Grow(n)
	for _, t := range toks {
		if t.Kind == text.Quote {
			continue // 'is “outraged” at': the words of the form
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Lower)
	}
	return b.String()
}

// resolutionWeight is how sure the extractor is that a mention names its
// actor.
func resolutionWeight(v via) float64 {
	switch v {
	case viaName:
		return 1
	case viaDemonym, viaMetonym, viaTitled, viaLocal:
		return 0.95
	case viaTitle, viaSpeaker:
		return 0.85
	case viaCounter, viaDefinite:
		return 0.8
	case viaBoth:
		return 0.75
	case viaPronoun, viaPlace:
		return 0.8
	}
	return 0.5
}

func (ar *article) hedged(s *sent) bool {
	for i := range s.toks {
		if s.cue(ar.x.lex, i, lexicon.Hedge) > 0 {
			return true
		}
	}
	return false
}

// ownState reports whether one of a and b is a person and the other that
// person's own state.
func ownState(a, b graph.Actor) bool {
	return a.Kind == graph.Person && b.Kind == graph.State && a.Country == b.Name ||
		b.Kind == graph.Person && a.Kind == graph.State && b.Country == a.Name
}

// forcesLed is the actor that "X's forces" stands for at mention m: the
// organisation no state owns that the dictionary has person X lead, when
// the article has named it so far; else m's own actor. Cost: a walk back
// over the actors named, only for a person before "'s forces".
func (ar *article) forcesLed(s *sent, m mention) graph.Actor {
	if m.actor.Kind != graph.Person || len(ar.x.ledOrgs[m.actor.Name]) == 0 {
		return m.actor
	}
	if m.start >= len(s.toks) || s.at[m.start] < 0 || s.ments[s.at[m.start]].actor.Name != m.actor.Name || !ar.forcesOf(s, m) {
		return m.actor // (an agent carried from another sentence is read where it was named)
	}
	for q := len(ar.recent) - 1; q >= 0; q-- {
		for _, o := range ar.x.ledOrgs[m.actor.Name] {
			if ar.recent[q].Name == o {
				return ar.recent[q]
			}
		}
	}
	return m.actor
}

// forcesOf reports whether the mention m owns forces named right after it,
// "Machar's forces", "Kiir's troops" (a person's armed side, no words), or
// is the forces loyal to it, "forces loyal to Machar".
func (ar *article) forcesOf(s *sent, m mention) bool {
	if m.start+1 < m.end && s.isWord(m.start, lexicon.ForceNoun) && s.isWord(m.start+1, lexicon.LoyalAdj) {
		return true // "forces loyal to Machar" (one mention, ledForces)
	}
	e := m.end
	return e+1 < len(s.toks) && e > m.start && s.toks[e].Kind == text.Poss && (s.isWord(e+1, lexicon.ForceNoun) || s.isWord(e+1, lexicon.OrganNoun))
}

// armedAnswer reports whether an answer of src to tgt ("hit back at") was
// given in force: src is armed (a state's organ of force, "Saudi forces",
// "Israel's army"), or "with" names the means after the target ("with air
// strikes", "with missiles"). Cost: constant.
func (ar *article) armedAnswer(s *sent, src, tgt mention) bool {
	toks := s.toks
	if ar.x.stateOrgans[src.actor.Name] || ar.forcesOf(s, src) || src.via == viaDemonym && src.end < len(toks) && src.end == src.start+1 && s.isWord(src.end, lexicon.ForceNoun) {
		return true
	}
	for q := tgt.end; q < len(toks) && q < tgt.end+3; q++ {
		if toks[q].Lower != "with" {
			continue
		}
		for k := q + 1; k < len(toks) && k < q+5; k++ {
			if s.isWord(k, lexicon.ForceNoun) || s.isWord(k, lexicon.Projectile) || ar.attackNoun(s, k) {
				return true
			}
		}
		return false
	}
	return false
}

// responseTrigger reports whether the trigger words trig are a verb of
// answering (lexicon class responseverb: "hit back"). Cost: the words
// tokenized once.
func (ar *article) responseTrigger(trig string) bool {
	toks := text.Tokenize(trig)
	return len(toks) > 0 && ar.x.lex.CueFrom(lexicon.ResponseVerb, toks, 0) == len(toks)
}

// countryOf is the country an actor belongs to: a state is its own.
func countryOf(a graph.Actor) string {
	if a.Kind == graph.State {
		return a.Name
	}
	return a.Country
}

// otherSide drops the targets that belong to a source's own country; a
// state and a party or armed group of its own (armedParty) stay two sides,
// and so do two persons of one state (rivals or colleagues: "Salva Kiir
// accused Riek Machar").
// Cost: len(srcs) x len(tgts).
func (ar *article) otherSide(srcs, tgts []mention) []mention {
	if len(srcs) == 0 {
		return tgts
	}
	var out []mention
	for _, t := range tgts {
		own := false
		for _, sm := range srcs {
			// (a state and its own armed group or party are two sides:
			// "Turkey will not hesitate to strike the PKK")
			if c := countryOf(sm.actor); c != "" && c == countryOf(t.actor) && (sm.actor.Name == t.actor.Name || !ar.armedParty(sm.actor) && !ar.armedParty(t.actor) && !(sm.actor.Kind == graph.Person && t.actor.Kind == graph.Person)) {
				own = true
			}
		}
		if !own {
			out = append(out, t)
		}
	}
	return out
}

// armedParty reports whether a is an organisation of a state that is not
// one of its organs (dictionary field state_organ): a party, a movement,
// an armed group. Such a party and its state are two sides.
func (ar *article) armedParty(a graph.Actor) bool {
	return a.Kind == graph.Org && a.Country != "" && !ar.x.stateOrgans[a.Name]
}
