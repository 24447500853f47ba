package extract

import (
	"iter"

	"github.com/actorgraph/actorgraph/extract/lexicon"
)

// A passKey names the words a pass starts from: the pass reads a sentence
// only at a token that is one of them ("thank", "thanked" ... for
// thanks). findMentions records, from the one lookup a token makes in
// Extractor.words, the keys each token is a word of (sent.keys) and those
// of the whole sentence (sent.anyKeys), so that such a pass tests a bit,
// not a string, at each token (eachKey), and returns at once from a
// sentence that holds none of its words (most sentences, mayKey). The words themselves are
// defined next to the pass that reads them, or in the lexicon;
// passKeyWords and lexiconKeys list them.
type passKey uint8

const (
	keyThanks         passKey = iota // thanks: the lexicon's thankverb cues
	keyHeld                          // heldResponsible: the lexicon's holdverb cues
	keyClaim                         // noteClaims: the lexicon's claimverb cues
	keyRebuttal                      // rebuttals: the lexicon's rebuttalverb cues
	keySetting                       // meetingSettings: the lexicon's settingprep cues
	keyResponse                      // responseThreats: the lexicon's respondverb cues
	keyAirspace                      // airspaceViolations: the lexicon's entryverb cues
	keyCall                          // phoneCalls: the lexicon's callverb cues
	keyUltimatum                     // ultimatums: the lexicon's giveverb cues
	keyOrigin                        // originCharges: the lexicon's launchverb cues
	keyExpect                        // expectedMeasures: the lexicon's expectverb cues
	keyUnder                         // underFire: underKey
	keyResponsibility                // responsibilityCharges: the lexicon's responsibilityword cues
	keyLightVerb                     // lightEvent: the lexicon's eventverb cues
	keyAnswer                        // answeredForce: the lexicon's answer cues
	keyAnswerTo                      // answeredAttacks: the lexicon's answerto cues
	keyWarnVerb                      // objectlessWarnings: the lexicon's warnverb cues
	keyCapture                       // releaseDemands: the lexicon's captureverb cues
	keyWrong                         // namedWrongs: the lexicon's wrongnoun cues
	keyStance                        // answerWithForce: the lexicon's stanceanswer cues
	keyAppealFor                     // timeFor: the lexicon's appealfor cues
	keySide                          // onSideOf: sideKey
	keyDied                          // diedFighting: diedKey
	keyOpen                          // openedTalks: the lexicon's openverb cues
	keyCalm                          // restraintAppeals: the lexicon's calmnoun cues
	keyProtest                       // protestAdjuncts: the lexicon's protestprep cues
	keyAssure                        // assuredSupport: the lexicon's assureverb cues
	keyPartake                       // tookPart: the lexicon's partakeverb cues
	keyHeed                          // heededRequests: the lexicon's heedverb cues
	keyHolding                       // talksHeldBy: holdingKey
	keyHave                          // deadlinesHeld: haveKey
	keyAttended                      // attendedBy: attendedKey
	keyInvolving                     // involving: involvingKey
	keySigned                        // signatories, cosignedWith: signedKey
	keyRequest                       // atRequest: requestKey
	keyMessage                       // warningByAct: messageKey
	keyPit                           // pitted: pitKey
	keyAfter                         // pairFights: afterKey
	keyIf                            // conditionalThreats: ifKey
	keyPresided                      // mediation: the lexicon's presidednoun cues
	keyThreatHead                    // orFaceThreats: the lexicon's threathead cues
	keyTaken                         // measuresAgainst: takenKey
	keyMediatorRole                  // mediatorsNamed: the lexicon's mediatorrole cues
	keyBring                         // broughtTogether: bringKey
	keyWarning                       // settingWarnings: warningKey
	keyJoin                          // joinedIn: the lexicon's joinverb cues
	keyProForm                       // carriedOver: the lexicon's proform cues
	keySimilar                       // carriedOver: the lexicon's similarmod cues
	keyEcho                          // carriedOver: the lexicon's echoverb cues
	keyRelative                      // relativeCharges: relativeKey
	keyStop                          // stops: stopKey
	keyPodium                        // podiumCompany: the lexicon's podiumprep cues
	numPassKeys
)

// (a key is a bit of a uint64)
var _ [64 - numPassKeys]struct{}

// passKeyWords are the words of each key.
var passKeyWords = [numPassKeys][]string{
	keyUnder:     underKey,
	keyHolding:   holdingKey,
	keyHave:      haveKey,
	keySide:      sideKey,
	keyDied:      diedKey,
	keyAttended:  attendedKey,
	keyInvolving: involvingKey,
	keySigned:    signedKey,
	keyRequest:   requestKey,
	keyMessage:   messageKey,
	keyPit:       pitKey,
	keyAfter:     afterKey,
	keyIf:        ifKey,
	keyTaken:     takenKey,
	keyBring:     bringKey,
	keyWarning:   warningKey,
	keyRelative:  relativeKey,
	keyStop:      stopKey,
}

// lexiconKeys are the keys whose words are the first words of a lexicon
// cue class (a user's lexicon may add some): buildWords reads them there.
var lexiconKeys = [...]struct {
	key   passKey
	class lexicon.Class
}{{keyRebuttal, lexicon.RebuttalVerb}, {keySetting, lexicon.SettingPrep}, {keyAnswer, lexicon.Answer},
	{keyThanks, lexicon.ThankVerb},
	{keyHeld, lexicon.HoldVerb},
	{keyClaim, lexicon.ClaimVerb},
	{keyResponse, lexicon.RespondVerb},
	{keyAirspace, lexicon.EntryVerb},
	{keyCall, lexicon.CallVerb},
	{keyUltimatum, lexicon.GiveVerb},
	{keyOrigin, lexicon.LaunchVerb},
	{keyExpect, lexicon.ExpectVerb},
	{keyResponsibility, lexicon.ResponsibilityWord},
	{keyLightVerb, lexicon.EventVerb},
	{keyAnswerTo, lexicon.AnswerTo},
	{keyWarnVerb, lexicon.WarnVerb},
	{keyCapture, lexicon.CaptureVerb},
	{keyWrong, lexicon.WrongNoun},
	{keyStance, lexicon.StanceAnswer},
	{keyAppealFor, lexicon.AppealFor},
	{keyOpen, lexicon.OpenVerb},
	{keyCalm, lexicon.CalmNoun},
	{keyProtest, lexicon.ProtestPrep},
	{keyAssure, lexicon.AssureVerb},
	{keyPartake, lexicon.PartakeVerb},
	{keyHeed, lexicon.HeedVerb},
	{keyPresided, lexicon.PresidedNoun},
	{keyThreatHead, lexicon.ThreatHead},
	{keyMediatorRole, lexicon.MediatorRole},
	{keyJoin, lexicon.JoinVerb},
	{keyProForm, lexicon.ProForm},
	{keySimilar, lexicon.SimilarMod},
	{keyEcho, lexicon.EchoVerb},
	{keyPodium, lexicon.PodiumPrep},
}

// key reports whether token k is one of the words of key c.
func (s *sent) key(k int, c passKey) bool { return s.keys[k]>>c&1 != 0 }

// mayKey reports whether any token of the sentence is one of the words of
// key c: when not, a pass that starts only from them can return at once.
func (s *sent) mayKey(c passKey) bool { return s.anyKeys>>c&1 != 0 }

// eachKey yields, in order, each token k in [from, to) that is one of the
// words of key c (s.key(k, c)); nothing when no token of the sentence is
// (mayKey). It is the loop of the passes that start only from the words
// of one key:
//
//	if !s.mayKey(keyThanks) {
//		return
//	}
//	for k := range s.eachKey(keyThanks, 0, len(s.toks)-3) {
//
// The pass keeps its mayKey guard before the range: the range sets up its
// loop body's closure before eachKey runs, more than the one bit test that
// most sentences stop at. Cost: a bit test at each token of the range
// (the keys read once), a call of the loop's body at each word of the key;
// nothing when the sentence holds none.
func (s *sent) eachKey(c passKey, from, to int) iter.Seq[int] {
	return func(yield func(k int) bool) {
		if !s.mayKey(c) {
			return
		}
		keys := s.keys // (set by findMentions, before the passes)
		for k := from; k < to; k++ {
			if keys[k]>>c&1 == 0 {
				continue // (s.key is false)
			}
			if !yield(k) {
				return
			}
		}
	}
}
