package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// Wrongs: ACCUSED told by the wrong named rather than by a verb of charge.
// A charge inside a relative clause ("a group that India says carried out a
// bombing"), a wrong named in a speaker's words ("Israeli aggression will
// not go unanswered"), a detention judged wrongful, an act done "in protest
// at" another, the owner of the grievance behind a protest act, a
// declaration of persona non grata.

// relativeKey are the relative pronouns relativeCharges starts from.
var relativeKey = []string{"that", "which", "who"}

// relativeCharges reads a charge told inside a relative clause: "a
// militant group that India says carried out a bombing", "the RSF, which
// Khartoum says was behind the attack": Y names X as the one who did an
// act of force, a charge (relations.md: naming who did an attack is a
// charge; "X, which it considers a terrorist group" is ACCUSED X).
func (ar *article) relativeCharges(s *sent) {
	if !s.mayKey(keyRelative) {
		return
	}
	toks := s.toks
	for r := 1; r+3 < len(toks); r++ {
		if !s.key(r, keyRelative) {
			continue
		}
		g := ar.relAntecedent(s, r)
		if g < 0 || s.gAt[r+1] < 0 {
			continue
		}
		judge := s.groups[s.gAt[r+1]]
		v := judge.end
		if v+1 >= len(toks) || s.cue(ar.x.lex, v, lexicon.Say) == 0 || toks[v].Lower == "according" {
			continue
		}
		// the act: a verb of force, or "was behind" / "was responsible"
		a := v + 1
		act := false
		if trs, n := s.trigger(a); n > 0 && trs[0].Relation == graph.Attacked && !ar.blocked(s, a) {
			act = true
		} else if a+1 < len(toks) && s.is(a, lexicon.Aux) && (toks[a+1].Lower == "behind" || toks[a+1].Lower == "responsible") {
			act = true
		} else if n := s.cue(ar.x.lex, a, lexicon.Light); n > 0 {
			// "carried out a bombing", "launched the attack"
			for q := a + n; q < len(toks) && q < a+n+4 && !act; q++ {
				act = s.at[q] < 0 && ar.attackNoun(s, q)
			}
		}
		if !act {
			continue
		}
		ar.emitAll(s, s.groupMentions(s.gAt[r+1]), graph.Accused, s.groupMentions(g), triggerText(toks[v:v+1]), wAnaphora)
	}
}

// namedWrongs reads a wrong named in a speaker's words as a charge against
// its owner: "Serbia said the NATO aggression killed civilians", "“Israeli
// aggression will not go unanswered,” Iran said" (relations.md: naming who
// did an attack is a charge). The noun is a wrongnoun cue owned by a
// possessor, a demonym or a name right before it, or told "by X"; the
// narrator's own words ("Russian aggression began in 2014") name no
// speaker and give nothing. Cost: linear in the sentence.
func (ar *article) namedWrongs(s *sent) {
	if !s.mayKey(keyWrong) {
		return // (no wrongnoun cue: nothing to read)
	}
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		if !s.key(k, keyWrong) {
			continue
		}
		n := s.cue(ar.x.lex, k, lexicon.WrongNoun)
		if n == 0 || s.at[k] >= 0 {
			continue
		}
		src := ar.sayerBefore(s, k)
		if src == nil && toks[k].QuoteID != 0 {
			src = ar.wordsSpeaker(s, k) // the quote's speaker
		}
		if src == nil {
			src = ar.trailingSayer(s, k) // "..., the ministry said"
		}
		if src == nil || negatedNear(s, ar.x.lex, k) {
			continue
		}
		// the owner: a possessor, demonym or name right before the noun,
		// past adjectives ("Israel's brutal aggression"), or "by X"; "any
		// aggression by X" is a hypothesis, no charge
		b := k - 1
		for b > 0 && s.at[b] < 0 && (s.is(b, lexicon.Adj) || judgedWrong(s, b)) {
			b--
		}
		if s.at[b] < 0 && s.is(b, lexicon.NounMod) {
			continue
		}
		if toks[b].Kind == text.Poss && b > 0 {
			b--
		}
		var owner []mention
		if m := s.at[b]; m >= 0 && s.ments[m].end >= b && s.ments[m].ok && !s.ments[m].media && !s.ments[m].possPron {
			owner = []mention{s.ments[m]}
		} else if k+n+1 < len(toks) && (toks[k+n].Lower == "by" || toks[k+n].Lower == "of" && s.cue(ar.x.lex, k, lexicon.AgentOfNoun) == n) && s.at[b] < 0 {
			owner, _ = ar.objectAt(s, k+n+1) // ("the interference of the British Government")
		} else if by := ar.doneBy(s, k+n); by > 0 && s.at[b] < 0 {
			owner, _ = ar.objectAt(s, by+1) // ("the violations being committed by India")
		}
		if len(owner) == 0 || owner[0].start > k && sameActor(owner[0], []mention{*src}) {
			continue
		}
		// "would respond to Indian aggression": the answer's threat, read
		// by the threat passes, no charge of its own
		if p := min(owner[0].start, b); p >= 1 {
			if s.is(p-1, lexicon.Det) && p >= 2 {
				p--
			}
			if w := toks[p-1].Lower; w == "to" || w == "against" {
				continue
			}
		}
		ar.emitAll(s, []mention{*src}, graph.Accused, ar.otherSide([]mention{*src}, owner), triggerText(toks[k:k+n]), wAnaphora)
		k += n - 1
	}
}

// doneBy returns the position of "by" when the words at e tell a wrong's
// agent through a participle of doing: "(the violations) committed by
// China", "being carried out by X", "perpetrated by X"; 0 when they do
// not. The participle is a cue of the doneverb class ("committed",
// "carried out"), with "being" before it or not. Cost: constant.
func (ar *article) doneBy(s *sent, e int) int {
	toks := s.toks
	if e < len(toks) && toks[e].Lower == "being" {
		e++
	}
	if e+1 >= len(toks) || s.at[e] >= 0 {
		return 0
	}
	n := s.cue(ar.x.lex, e, lexicon.DoneVerb)
	if n == 0 || e+n+1 >= len(toks) || toks[e+n].Lower != "by" {
		return 0
	}
	return e + n
}

// trailingSayer returns who speaks the clause at k when the sentence ends
// with its attribution: "Faced with the constant provocations of X, the
// troops fired back, the ministry said" (the ministry). The speaker is the subject right
// before the closing verb of saying or warning, named after k; nil when the
// sentence has no such attribution. Cost: linear in the sentence.
func (ar *article) trailingSayer(s *sent, k int) *mention {
	v := ar.trailingSay(s, k)
	if v < 0 {
		return nil
	}
	if sp := ar.subjectBefore(s, v); sp != nil && sp.start > k && sp.ok && !sp.media {
		return sp
	}
	return nil
}

// sayerBefore returns who speaks the clause at k when a verb of saying
// outside quotes governs it: "Serbia said the NATO aggression ...".
func (ar *article) sayerBefore(s *sent, k int) *mention {
	toks := s.toks
	if toks[k].QuoteID != 0 {
		return nil
	}
	for v := k - 1; v >= 1 && v >= k-12; v-- {
		if toks[v].Text == ";" || toks[v].QuoteID != 0 {
			return nil
		}
		if ar.sayVerbAt(s, v) {
			// the speaker stands right before the verb ("Serbia said"),
			// never inside another phrase ("the US move continued")
			q := v
			for q > 0 && (s.is(q-1, lexicon.Aux) || strings.HasSuffix(toks[q-1].Lower, "ly")) {
				q--
			}
			if m := ar.subjectBefore(s, v); m != nil && m.end == q {
				return m
			}
			return nil
		}
	}
	return nil
}

// wrongfulDetention reads a detention judged wrongful as a charge against
// the captor: "Biden said Gershkovich had been wrongfully detained by
// Russia", "Paul Whelan was unjustly imprisoned in Russia" (relations.md:
// disapproval is ACCUSED). The adverb (wrongfuladv) stands right before a
// verb of capture; the captor follows "by", or is the state held in; the
// source is the sayer, else the sentence's speaker. Cost: linear in the
// sentence.
func (ar *article) wrongfulDetention(s *sent) {
	if !s.mayKey(keyCapture) {
		return // (no verb of capture: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for q := range s.eachKey(keyCapture, 1, len(toks)-2) {
		if s.cue(lex, q, lexicon.CaptureVerb) == 0 || !s.isWord(q-1, lexicon.WrongfulAdv) {
			continue
		}
		var captor []mention
		if toks[q+1].Lower == "by" {
			captor, _ = ar.objectAt(s, q+2)
		} else {
			captor = ar.heldInState(s, q+1)
		}
		if len(captor) == 0 {
			continue
		}
		var srcs []mention
		if m := ar.sayerBefore(s, q); m != nil {
			srcs = []mention{*m}
		} else if s.speaker != nil && s.speaker.ok {
			srcs = []mention{*s.speaker}
		}
		ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, captor), toks[q-1].Lower+" "+toks[q].Lower, wVerb)
	}
}

// protestAdjuncts reads an act done "in protest at" another: "China
// downgraded ties with Lithuania in protest of Taiwan opening an office",
// "Jordan recalled its ambassador in protest at Israel's raid": the
// clause's subject ACCUSED the owner of the act protested (relations.md:
// disapproval is ACCUSED), whatever the act done in protest. Cost: linear
// in the sentence.
func (ar *article) protestAdjuncts(s *sent) {
	if !s.mayKey(keyProtest) {
		return // (no protestprep cue: nothing to read)
	}
	toks := s.toks
	for k := range s.eachKey(keyProtest, 2, len(toks)-2) {
		if toks[k-1].Lower != "in" {
			continue
		}
		n := s.cue(ar.x.lex, k, lexicon.ProtestPrep)
		if n == 0 || k+n >= len(toks) {
			continue
		}
		owners := ar.aimedAt(s, k+n)
		if len(owners) == 0 || ar.blocked(s, k-1) {
			continue
		}
		srcs, w := ar.subject(s, k-1, nil)
		ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, owners), "in "+triggerText(toks[k:k+n]), wVerb*w)
	}
}

// grievanceOwners reads the owner of the grievance behind a protest act:
// "Saudi Arabia summoned Lebanon's ambassador, in response to comments
// from Information Minister George Kordahi", "inviting him to leave
// following hostile comments by the French foreign minister": the one
// whose act the grievance names (aimedAt) is accused too, beside the
// envoy's state the act itself reads. The act is an ACCUSED verb of the
// lexicon that a grievance makes a charge (frame grievance) or that is a
// contact as well (summon), standing at most fourteen tokens before the
// grievance cue. Cost: linear in the sentence.
func (ar *article) grievanceOwners(s *sent) {
	if !s.griefActs {
		return // (verb read no protest act in the sentence: nothing to read)
	}
	lex := ar.x.lex
	toks := s.toks
	for v := 0; v+3 < len(toks); v++ {
		if !s.is(v, lexicon.TriggerStart) || s.at[v] >= 0 {
			continue
		}
		trs, tn := s.trigger(v)
		if len(trs) == 0 || trs[0].Relation != graph.Accused || trs[0].POS != lexicon.Verb || !trs[0].Frame.Griev && trs[0].Frame.Also != graph.SpokeWith {
			continue
		}
		object := false // the envoy or state the act is done to comes first
		for k := v + tn; k+2 < len(toks) && k <= v+14; k++ {
			if toks[k].Text == "." || toks[k].Text == ";" {
				break
			}
			if s.at[k] >= 0 && !s.ments[s.at[k]].possPron {
				object = true
				k = s.ments[s.at[k]].end - 1
				continue
			}
			if !object {
				continue
			}
			n := s.cue(lex, k, lexicon.Grievance)
			if n == 0 || n == 1 && toks[k].Lower != "over" && toks[k].Lower != "following" && toks[k].Lower != "after" {
				continue // ("saying", "citing", "because": a clause, not an act named)
			}
			owners := ar.aimedAt(s, k+n)
			if len(owners) > 0 && !ar.blocked(s, v) && ar.actNamedAt(s, k+n) {
				srcs, w := ar.subject(s, v, nil)
				ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, owners), triggerText(toks[k:k+n]), wVerb*w)
			}
			break
		}
	}
}

// actNamedAt reports whether the noun phrase at j names an act one can be
// charged with: a noun of force, a wrong, or a noun of conduct or speech
// ("the US strikes", "Israel's violations", "comments from X").
func (ar *article) actNamedAt(s *sent, j int) bool {
	j = pastFreeRelative(s, j)
	for q := j; q < len(s.toks) && q < j+7; q++ {
		if s.at[q] >= 0 || quoteLike(s.toks[q]) {
			continue // (an actor, or scare quotes: "repeated \"incursions\"")
		}
		if ar.attackNoun(s, q) || s.isWord(q, lexicon.WrongNoun) || s.is(q, lexicon.ConductNoun) {
			return true
		}
		if ar.stops(s, q) {
			break
		}
	}
	return false
}

// personaNonGrata reads an expulsion told by its formula: "Israel
// declared Lula persona non grata", "Peru declared the Mexican ambassador
// persona non grata": the declaring side ACCUSED the one declared (an
// envoy's state for an envoy), the formula itself naming the grievance.
// Cost: linear in the sentence.
func (ar *article) personaNonGrata(s *sent) {
	toks := s.toks
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].Lower != "persona" || toks[k+1].Lower != "non" || toks[k+2].Lower != "grata" {
			continue
		}
		// the verb of declaring a few words before, the one declared between
		v := -1
		for q := k - 1; q >= 0 && q >= k-8; q-- {
			if w := toks[q].Lower; strings.HasPrefix(w, "declar") {
				v = q
				break
			}
		}
		if v < 0 || ar.blocked(s, v) {
			continue
		}
		tgts, _ := ar.objectAt(s, v+1)
		if len(tgts) == 0 {
			continue
		}
		srcs, w := ar.subject(s, v, nil)
		if len(srcs) == 0 {
			continue
		}
		for q := range tgts {
			// an envoy declared persona non grata stands for the state;
			// a leader so declared ("Israel declared Lula ...") is himself
			if t := tgts[q]; t.actor.Kind == graph.Person && t.actor.Country != "" && ar.isEnvoy(t) {
				tgts[q].actor = stateActor(t.actor.Country)
			}
		}
		ar.emitAll(s, srcs, graph.Accused, ar.otherSide(srcs, tgts), "persona non grata", wVerb*w)
	}
}
