package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/graph"
)

// This file lists the passes of issue 10 and after that read acts a
// trigger verb's window misses (thirdParties), and holds the one that
// lends the main clause's acts to more sources (asDid). The passes stand
// in files by kind: mediation.go (a third party in talks), accords.go
// (co-signatories, deals judged), threats.go and reprisals.go (threats
// told by their consequence, vowed answers), force.go, appeals.go,
// support.go, wrongs.go (charges by the wrong named), pairs.go
// (hyphenated pairs), contacts.go (phone calls), judgement.go and
// collective.go. Each pass reads one sentence after relations has read
// its triggers and emits through emit, so the edge bookkeeping (one edge
// per key, the highest confidence kept) is shared. Their words are the cue
// classes mediate, cosign and threat of cues.tsv.

// Frame weights of these passes (docs/extractor.md, "Confidence").
const (
	wMediate = 0.75 // "talks between A and B mediated by M"
	wCosign  = 0.75 // "A signed the deal alongside B and C"
	wThreat  = 0.75 // "X will pay a heavy price", said Y
)

// thirdParties runs these passes on one sentence.
func (ar *article) thirdParties(s *sent) {
	if len(s.groups) == 0 {
		return
	}
	ar.mediation(s)
	ar.openedTalks(s)
	ar.restraintAppeals(s)
	ar.projectilesAimed(s)
	ar.cosigners(s)
	ar.threats(s)
	ar.judgements(s)
	ar.judgedActs(s)
	ar.originCharges(s)
	ar.appealsOnCall(s)
	ar.threatHeads(s)
	ar.pledges(s)
	ar.hyphenPairs(s)
	ar.ultimatums(s)
	ar.deadlinesHeld(s)
	ar.talksHeldBy(s)
	ar.heededRequests(s)
	ar.jointEvents(s)
	ar.podiumCompany(s)
	ar.attendedBy(s)
	ar.tookPart(s)
	ar.responseThreats(s)
	ar.vowedResponses(s)
	ar.vowedReprisals(s)
	ar.futureForce(s)
	ar.stanceThreats(s)
	ar.refusedLicence(s)
	ar.answerWithForce(s)
	ar.toldReprisals(s)
	ar.protestAdjuncts(s)
	ar.assuredSupport(s)
	ar.grievanceOwners(s)
	ar.wrongfulDetention(s)
	ar.underPressure(s)
	ar.onSideOf(s)
	ar.namedWrongs(s)
	ar.diedFighting(s)
	ar.expectedMeasures(s)
	ar.phoneCalls(s)
	ar.airspaceViolations(s)
	ar.answeredForce(s)
	ar.pairFights(s)
	ar.judgedAccords(s)
	ar.concludedAccords(s)
	ar.pitted(s)
	ar.asGuarantors(s)
	ar.mediatorsNamed(s)
	ar.objectlessWarnings(s)
	ar.personaNonGrata(s)
	ar.releaseDemands(s)
	ar.conditionalThreats(s)
	ar.orFaceThreats(s)
	ar.measuresAgainst(s)
	ar.victimsOfLastAttack(s)
	ar.importanceAppeals(s)
	ar.relativeCharges(s)
	ar.asDid(s)
	ar.joinedIn(s)
	ar.carriedOver(s)
	ar.claimedForce(s)
	ar.broughtTogether(s)
	ar.atRequest(s)
}

// asDid reads an ellipsis that lends the main clause's acts to more
// sources: "Argentina and Ecuador recognised Guaido, as did Paraguay and
// Panama", "..., as have France and Germany": each act the sentence's
// subject did before the comma is done by the actors after "as did" too.
// The subject is the sentence's first group, read as the source of an
// edge; acts of other sources are not lent.
func (ar *article) asDid(s *sent) {
	toks := s.toks
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].Text != "," || toks[k+1].Lower != "as" {
			continue
		}
		switch toks[k+2].Lower {
		case "did", "have", "has", "had", "do", "does":
		default:
			continue
		}
		others, _ := ar.objectAt(s, k+3)
		if len(others) == 0 || ar.blocked(s, k+2) {
			continue
		}
		// the main clause's verb: the last trigger word of an edge of the
		// sentence before the comma, outside a relative clause
		verbAt := func(trig string) int {
			w, _, _ := strings.Cut(trig, " ")
			for q := k - 1; q > 0; q-- {
				if toks[q].Lower == w {
					return q
				}
			}
			return -1
		}
		inRelative := func(q int) bool {
			for b := q - 1; b > 0; b-- {
				if toks[b].Text == "," {
					return toks[b+1].Lower == "which" || toks[b+1].Lower == "who"
				}
			}
			return false
		}
		ar.lend(s, others, "", func(e graph.Edge) bool {
			if e.SentenceIndex != s.Index {
				return false
			}
			q := verbAt(e.Trigger)
			if q < 0 || inRelative(q) {
				return false
			}
			subj, _ := ar.subject(s, q, nil)
			return namedIn(e.Source.Name, subj)
		})
		return
	}
}

// joinedIn lends a gerund's acts to the one joined: "Jordan joined Egypt
// in condemning Israel", "Britain joined the United States in striking
// the Houthis". The object of a join verb (cue class joinverb) right
// before "in" and a gerund is a source, as the subject is, of each edge
// of the sentence from the subject whose trigger begins with the gerund. Cost: linear in the
// sentence and its edges; a bit test where it holds no join verb.
func (ar *article) joinedIn(s *sent) {
	if !s.mayKey(keyJoin) {
		return // (no joinverb cue: nothing to read)
	}
	toks := s.toks
	for k := range s.eachKey(keyJoin, 0, len(toks)-3) {
		n := s.cue(ar.x.lex, k, lexicon.JoinVerb)
		if n == 0 || s.at[k] >= 0 {
			continue
		}
		joined, e := ar.objectAt(s, k+n)
		if len(joined) == 0 || e < 0 || e+1 >= len(toks) || toks[e].Lower != "in" || !strings.HasSuffix(toks[e+1].Lower, "ing") {
			continue
		}
		gerund := toks[e+1].Lower
		subj, _ := ar.subject(s, k, nil)
		ar.lend(s, joined, "", func(e graph.Edge) bool {
			// (the joiner's own act: "... while Iran was condemning X" is another's)
			w, _, _ := strings.Cut(e.Trigger, " ")
			return e.SentenceIndex == s.Index && w == gerund && namedIn(e.Source.Name, subj)
		})
	}
}

// lend emits again, from each of srcs, every edge that ar.out held when
// it was called and keep accepts, with trigger trig (the edge's own when
// trig is ""), at the weight of an inherited source; never from the
// edge's own source or target. It is how a pass lends acts to more
// sources: asDid, joinedIn, carry. Cost: linear in the edges.
func (ar *article) lend(s *sent, srcs []mention, trig string, keep func(graph.Edge) bool) {
	n := len(ar.out)
	for i := 0; i < n; i++ {
		e := ar.out[i]
		if !keep(e) {
			continue
		}
		t := trig
		if t == "" {
			t = e.Trigger
		}
		tgt := mention{actor: e.Target, ok: true, via: viaName}
		for _, m := range srcs {
			if m.actor.Name != e.Target.Name && m.actor.Name != e.Source.Name {
				ar.emit(s, m, e.Relation, tgt, t, wInherited)
			}
		}
	}
}

// namedIn reports whether one of ms is the actor called name.
func namedIn(name string, ms []mention) bool {
	for _, m := range ms {
		if m.actor.Name == name {
			return true
		}
	}
	return false
}
