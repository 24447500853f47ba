package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// meetingSettings reads a meeting told as the setting of the clause's act
// (relations.md: "Meetings told by their setting are SPOKE_WITH"): "Macron
// told Putin so in a phone call with him", "Lavrov said during talks with
// Wang Yi", "after a meeting with Y" give the clause's subject SPOKE_WITH
// Y. The noun is a SPOKE_WITH trigger whose frame takes "with"; a planned
// or negated clause gives none. Cost: linear in the sentence.
func (ar *article) meetingSettings(s *sent) {
	if !s.mayKey(keySetting) {
		return // (no setting preposition: nothing to read)
	}
	toks := s.toks
	for k := 0; k+3 < len(toks); k++ {
		if s.at[k+1] >= 0 || !s.key(k, keySetting) {
			continue
		}
		q := k + max(1, s.cue(ar.x.lex, k, lexicon.SettingPrep)) // ("fresh from talks with X")
		for lim := k + 4; q < len(toks) && q <= lim && s.at[q] < 0; q++ {
			if s.is(q, lexicon.TimeUnit) && q+1 < len(toks) && toks[q+1].Lower == "of" {
				q, lim = q+1, q+4 // a measure of time: "after four hours of talks with X"
				continue
			}
			if !s.is(q, lexicon.Det) && !s.is(q, lexicon.Adj) && !quoteLike(toks[q]) &&
				toks[q].Kind != text.Number && !s.isWord(q, lexicon.NumberWord) {
				break
			}
		}
		if q >= len(toks) || s.at[q] >= 0 {
			continue
		}
		senses, n := s.triggerWithin(q, 3)
		if n == 0 || q+n+1 >= len(toks) {
			continue
		}
		with := ar.placeSetting(s, q+n) // "during a meeting at the Pentagon with X"
		if toks[with].Lower != "with" {
			continue
		}
		meeting := false
		for _, tr := range senses {
			if tr.POS == lexicon.Noun && tr.Relation == graph.SpokeWith && tr.Frame.HasPrep("with") {
				meeting = true
			}
		}
		if !meeting || ar.blocked(s, k) {
			continue
		}
		tgts, _ := ar.objectAt(s, with+1)
		if len(tgts) == 0 {
			continue
		}
		srcs, w := ar.subject(s, k, nil)
		if len(srcs) == 0 && k <= 2 && s.at[0] < 0 && (k <= 1 || s.at[1] < 0) {
			// "Speaking after talks with X, Y said", "After hours of talks
			// with X, Y said": a fronted clause's subject is the main
			// clause's, after its comma
			srcs, w = ar.afterFrontedComma(s, with+1), wInherited/wVerb
		}
		ar.emitAll(s, srcs, graph.SpokeWith, ar.otherSide(srcs, tgts), triggerText(toks[q:q+n]), wNoun*w)
	}
}

// placeSetting reads a short place phrase after a meeting noun, "at the
// Pentagon", "in Cairo", "at the White House", that stands before its
// "with" phrase; it returns the token after the phrase when "with"
// follows, else j. Cost: a few tokens.
func (ar *article) placeSetting(s *sent, j int) int {
	toks := s.toks
	if j+2 >= len(toks) || !s.isWord(j, lexicon.SettingPrep) || !s.is(j, lexicon.Prep) {
		return j // (a preposition of setting: "at", "in"; not "during" a place)
	}
	for q := j + 1; q < len(toks) && q <= j+4; q++ {
		switch {
		case toks[q].Lower == "with":
			if q > j+1 {
				return q
			}
			return j
		case toks[q].Lower == "the" && q == j+1, toks[q].Cap && toks[q].Kind == text.Word:
		default:
			return j
		}
	}
	return j
}

// warningKey are the nouns settingWarnings reads (keyWarning).
var warningKey = []string{"warning", "deterrent"}

// settingWarnings reads an act told as a warning (relations.md: drills and
// launches are WARNED where the text calls them a warning or deterrent):
// "North Korea fired missiles in a warning to Seoul", "China staged
// drills as a stern deterrent against Taiwan" give the clause's subject
// WARNED the one named. Cost: linear in the sentence.
func (ar *article) settingWarnings(s *sent) {
	if !s.mayKey(keyWarning) {
		return // (no warningKey: nothing to read)
	}
	toks := s.toks
	for k := 1; k+3 < len(toks); k++ {
		if w := toks[k].Lower; w != "in" && w != "as" || s.at[k+1] >= 0 {
			continue
		}
		q := k + 1
		for q < len(toks) && q <= k+4 && s.at[q] < 0 && (s.is(q, lexicon.Det) || s.is(q, lexicon.Adj) || quoteLike(toks[q]) || toks[q].Lower == "clear" || toks[q].Lower == "solemn" || toks[q].Lower == "stern") {
			q++
		}
		if q+2 >= len(toks) {
			continue
		}
		switch toks[q].Lower {
		case "warning", "deterrent":
		default:
			continue
		}
		if p := toks[q+1].Lower; p != "to" && p != "against" || ar.blocked(s, k) {
			continue
		}
		tgts, _ := ar.objectAt(s, q+2)
		if len(tgts) == 0 {
			continue
		}
		srcs, w := ar.subject(s, k, nil)
		ar.emitAll(s, srcs, graph.Warned, ar.otherSide(srcs, tgts), toks[q].Lower, wNoun*w)
	}
}

// afterFrontedComma returns the subject of the main clause after a fronted
// phrase that runs on from j to its first comma; nil if none.
func (ar *article) afterFrontedComma(s *sent, j int) []mention {
	for c := j; c < len(s.toks); c++ {
		if s.toks[c].Text == "," {
			// the subject stands right after the comma: "..., the group
			// will travel to meet X" names no subject, and X is no one's
			if g := ar.subjectGroup(s, c+1, len(s.toks)); g >= 0 && (s.groups[g].start == c+1 || s.groups[g].start == c+2 && s.is(c+1, lexicon.Det)) {
				return s.groupMentions(g)
			}
			return nil
		}
	}
	return nil
}

// phoneCalls reads "called X" as a phone call when what follows is the
// call's purpose or date, not a name for X ("Biden called Netanyahu to
// offer support", "called Erdogan on Monday"; never "called X a
// terrorist"): SPOKE_WITH, and SUPPORTED when the call was made "to offer
// support" (relations.md).
func (ar *article) phoneCalls(s *sent) {
	if !s.mayKey(keyCall) {
		return // (no callverb cue: nothing to read)
	}
	toks := s.toks
	for k := range s.eachKey(keyCall, 1, len(toks)-1) {
		if s.at[k+1] < 0 || toks[k+1].Lower == "on" || ar.blocked(s, k) {
			continue
		}
		tgts, e := ar.objectAt(s, k+1)
		if len(tgts) == 0 || e < 0 {
			continue
		}
		purpose, support := false, false
		switch {
		case e >= len(toks) || toks[e].Text == "." || toks[e].Text == ",":
			// "Biden called Netanyahu.", and a headline's "Pashinyan calls
			// Macron" that ends with the one called
			purpose = e >= len(toks) || toks[e].Text == "."
		case toks[e].Lower == "on" && e+1 < len(toks) && (s.isWord(e+1, lexicon.TimeWord) || s.is(e+1, lexicon.Month)):
			purpose = true
		case toks[e].Lower == "to" && e+1 < len(toks) && s.is(e+1, lexicon.CallPurpose):
			purpose = true
			for q := e + 2; q < len(toks) && q < e+5; q++ {
				if toks[q].Lower == "support" || toks[q].Lower == "solidarity" {
					support = true
				}
			}
		case s.isWord(e, lexicon.CallTime):
			purpose = true // "called his counterparts hours before the truce"
		case toks[e].Lower == "and" && e+1 < len(toks) && s.at[e+1] < 0 && (strings.HasSuffix(toks[e+1].Lower, "ed") || s.is(e+1, lexicon.Past)):
			purpose = true // "called X and urged both sides to ..."
		case toks[e].Lower == "and" && e+1 < len(toks) && s.at[e+1] >= 0 && (s.ments[s.at[e+1]].via == viaBoth || s.ments[s.at[e+1]].via == viaPronoun && !s.ments[s.at[e+1]].possPron):
			purpose = true // "called Putin and the two had a long conversation", "called X and they discussed"
		case tgts[0].via == viaCounter && toks[e].Lower != "a" && toks[e].Lower != "an" && toks[e].Lower != "the":
			purpose = true // "called his Armenian counterpart": no name for him
		}
		if !purpose {
			continue
		}
		srcs, w := ar.subject(s, k, nil)
		ar.emitAll(s, srcs, graph.SpokeWith, tgts, toks[k].Lower, wVerb*w)
		if support {
			ar.emitAll(s, srcs, graph.Supported, tgts, "call to offer support", wVerb*w)
		}
	}
}

// holdingKey holds the verbs of holding talksHeldBy reads (keyHolding).
var holdingKey = []string{"held", "had", "conducted", "hosted", "led"}

// talksHeldBy reads a meeting noun whose holder is told in a relative
// clause: "the talks he conducted with Ghani and Abdullah were
// constructive", "the meeting Lavrov held with Kerry": the holder SPOKE_WITH
// the ones after "with". The noun is a SPOKE_WITH noun of the lexicon; an
// optional "that" or "which", the holder (a name or a pronoun), a verb of
// holding (held, had, conducted, hosted) and "with" follow it. Cost:
// linear in the sentence.
func (ar *article) talksHeldBy(s *sent) {
	if !s.mayKey(keyHolding) {
		return // (no verb of holding: nothing to read)
	}
	toks := s.toks
	for k := 1; k+4 < len(toks); k++ {
		if !s.is(k, lexicon.TriggerStart) || s.at[k] >= 0 {
			continue
		}
		trs, n := s.trigger(k)
		if n == 0 || !hasSense(trs, graph.SpokeWith, lexicon.Noun) {
			continue
		}
		j := k + n
		if j < len(toks) && (toks[j].Lower == "that" || toks[j].Lower == "which") {
			j++
		}
		if j >= len(toks) || s.at[j] < 0 || s.ments[s.at[j]].start != j {
			continue
		}
		holder := s.ments[s.at[j]]
		v := holder.end
		if v < len(toks) && s.is(v, lexicon.Aux) {
			v++ // "the talks he had held with"
		}
		if v+2 >= len(toks) {
			continue
		}
		if !s.key(v, keyHolding) {
			continue
		}
		w := v + 1
		if strings.HasSuffix(toks[w].Lower, "ly") && toks[w].Kind == text.Word {
			w++
		}
		if w+1 >= len(toks) || toks[w].Lower != "with" || !holder.ok || holder.media || ar.blocked(s, v) {
			continue
		}
		tgts, _ := ar.objectAt(s, w+1)
		if len(tgts) == 0 {
			continue
		}
		ar.emitAll(s, []mention{holder}, graph.SpokeWith, tgts, triggerText(toks[k:k+n]), wNoun)
	}
}

// podiumCompany reads a meeting told as company at one appearance
// (relations.md: a joint press conference is SPOKE_WITH): "X said as he
// stood next to Y", "Speaking alongside Y, X said", "X told a news
// conference alongside Y" give X SPOKE_WITH Y; "X, who was joined by A
// and B at a press conference" and "X was joined at the event by A" give
// X SPOKE_WITH each of them, and them with each other. The company word
// (podiumprep) must follow a verb of standing or speaking or a noun of
// the appearance (podium), or be "joined"/"flanked by" in a sentence that
// names such an appearance; the one who stands and those beside are
// persons ("stands alongside Ukraine", "the United States stands
// alongside Zelensky" are support, no meeting). A planned or negated clause gives
// none. Cost: linear in the sentence, from its podiumprep words only.
func (ar *article) podiumCompany(s *sent) {
	if !s.mayKey(keyPodium) {
		return // (no podiumprep word: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for k := range s.eachKey(keyPodium, 1, len(toks)-1) {
		n := s.cue(lex, k, lexicon.PodiumPrep)
		j := k + n
		// "joined by", "flanked by": a participle of the company words,
		// whose subject is the one joined
		passive := strings.HasSuffix(toks[k].Lower, "ed")
		if n == 0 && passive && toks[k+1].Lower == "at" {
			// "was joined at the event by A": the setting before the agent
			for q := k + 2; q < len(toks) && q <= k+6 && s.at[q] < 0; q++ {
				if toks[q].Lower == "by" {
					n, j = 1, q+1
					break
				}
			}
		}
		if n == 0 || j >= len(toks) || s.at[j] < 0 {
			continue
		}
		v := k - 1 // the verb or noun the company word follows
		if v > 0 && strings.HasSuffix(toks[v].Lower, "ly") && s.at[v] < 0 {
			v-- // "stood silently beside"
		}
		setting := s.isWord(v, lexicon.Podium) || v > 0 && s.cue(lex, v-1, lexicon.Podium) == 2
		if !setting && passive {
			for range s.eachCue(lex, lexicon.Podium, 0, len(toks)) {
				setting = true
				break
			}
			setting = setting || toks[k+1].Lower == "at" // (the setting told between "joined" and "by")
		}
		if !setting || ar.blocked(s, k) || ar.intended(s, k) {
			continue
		}
		all, _ := ar.objectAt(s, j)
		var tgts []mention
		for _, m := range all {
			if m.ok && !m.media && m.actor.Kind == graph.Person {
				tgts = append(tgts, m)
			}
		}
		if len(tgts) == 0 {
			continue
		}
		at := v
		if passive {
			at = k
		}
		srcs, w := ar.subject(s, max(at, 0), nil)
		if len(srcs) == 0 || srcs[0].actor.Kind != graph.Person {
			continue // "the United States stands alongside Zelensky": support, no company
		}
		tgts = ar.otherSide(srcs, tgts)
		trig := triggerText(toks[k:min(k+n, j)])
		ar.emitAll(s, srcs, graph.SpokeWith, tgts, trig, wNoun*w)
		if passive && len(tgts) >= 2 && len(tgts) <= 4 {
			ar.pairs(s, tgts, graph.SpokeWith, false, trig, wNoun*w)
		}
	}
}
