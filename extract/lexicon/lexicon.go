// Package lexicon holds the words the extractor reads relations by: the
// triggers of the six relations with a frame each (where source and target
// sit), cue words for negation, modality, reporting and clause structure,
// role words for titles, and the spellings of name parts news uses
// interchangeably. The data is embedded from triggers.tsv, cues.tsv,
// roles.tsv and spellings.tsv in this folder; users extend or override it
// with files of the same names (see Load).
//
// # Concurrency
//
// A Lexicon is immutable once loaded and safe for concurrent use.
package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

//go:embed *.tsv
var embedded embed.FS

// POS is the part of speech a trigger form is read as.
type POS uint8

// The parts of speech of triggers.
const (
	Verb POS = iota + 1
	Noun
)

// Frame says where a trigger's target (and, for nouns, its source) sit.
type Frame struct {
	Obj      bool           // the direct object is a target
	Preps    []string       // a target follows one of these prepositions
	Gap      bool           // an object may stand between the trigger and the preposition
	Between  bool           // "between A and B" gives the ends
	Mutual   bool           // with Between: both directions
	Tell     bool           // "told X to" is URGED, "told X that" SPOKE_WITH
	That     bool           // "demanded that X withdraw": the subject after "that" is a target
	Recip    bool           // "A and B met": a coordinated subject with no target gives each pair
	SrcPreps []string       // nouns: a source follows one of these prepositions
	Also     graph.Relation // each edge is also emitted with this relation ("summoned X's envoy": ACCUSED and SPOKE_WITH)
	PossObj  bool           // nouns: the possessor is the target ("Syria's main backer")
	Then     []string       // with Obj: the object is a target only when one of these words follows it ("drove X out of")
	Given    bool           // the words before the target's preposition name help given ("sent weapons to X")
	Griev    bool           // "with X" is a target only when a grievance follows it ("cut ties with X over its raid")
}

// HasPrep reports whether p is one of the frame's target prepositions.
func (f Frame) HasPrep(p string) bool { return has(f.Preps, p) }

// HasSrcPrep reports whether p is one of the frame's source prepositions.
func (f Frame) HasSrcPrep(p string) bool { return has(f.SrcPreps, p) }

func has(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// Trigger is one sense of a trigger word: its relation, part of speech,
// frame and the form that was matched.
type Trigger struct {
	Relation graph.Relation
	POS      POS
	Frame    Frame
	Lemma    string // the first form of its line, to name it
}

// Lexicon is a loaded lexicon.
type Lexicon struct {
	triggers phrases[[]*Trigger]
	cues     [endClasses]phrases[bool]
	masks    map[string]masks // word -> the classes it is a cue of: one lookup per word
	roles    phrases[string]
	spell    map[string][]string // a name part -> the other spellings of its set (spellings.tsv)
	// idx holds, for every word above, all of it in one place, found with
	// one probe (index); Load builds it once the files are read. Nil
	// before: the maps are read.
	idx *wordIndex
}

// Class is a class of cue words (a line of cues.tsv).
type Class uint8

// The cue classes of cues.tsv.
const (
	Message Class = iota
	NonState
	Neg
	Modal
	Cond
	Refuse
	NounMod
	Hedge
	Say
	Deontic
	Light
	Inst
	Clause
	Prep
	Det
	Help
	Defend
	Imper
	Adj
	RelPron
	Aux
	PassAux
	Intent
	SpeechAct
	EvNoun
	Act
	NegEval
	Framing
	Mediate
	Threat
	Cosign
	EvalVerb
	MediaNoun
	Particle
	ThreatHead
	ThreatNoun
	Pledge
	Guarded
	ManyNoun
	Seated
	JointEvent
	Stative
	AdjunctOpener
	TimeUnit
	Month
	AppositionHead
	CivilMod
	CallPurpose
	Occur
	WarnNoun
	ConductNoun
	ThreatStance
	Past
	OtherNoun
	Cessative
	Receipt
	Given
	Vow
	ResponseNoun
	Undergo
	Accord
	ResponseVerb
	numClasses

	// Not cue classes, but bits of Masks too: the word begins a trigger
	// form, or a role phrase.
	TriggerStart Class = 62
	RoleStart    Class = 63
)

// Cue classes past the 64 mask bits: read by a phrase match (Cue,
// CueFrom, Is), never by a mask bit, so they suit cues read rarely, at a
// word another class has already found.
const (
	// Ongoing holds the verbs of continuing aspect after a modal: "will
	// continue to support", "will keep pressing" report an act under way.
	Ongoing Class = 64 + iota
	// Answer holds the verbs of force answered with force, told with no
	// one after them: "returned fire", "retaliated", "struck back".
	Answer
	// Grievance holds the markers of a grievance after an act that reduces
	// relations: "cut ties with X over ...", "... in retaliation for ...".
	Grievance
	// Envoy holds the nouns of a state's diplomats abroad: "expelled the
	// Canadian ambassador" reduces relations with Canada.
	Envoy
	// Order holds the verbs of command that give the force they govern as
	// done: "ordered strikes on X" is an attack, "threatened strikes" not.
	Order
	// Deadline holds the words that may stand inside a date told as a
	// deadline: "until the end of the month", "until midnight on Friday".
	Deadline
	// AppealNoun holds the nouns of an appeal or a warning that a rebuttal
	// turns down: "Kyiv rejected Moscow's demand" is Moscow's appeal.
	AppealNoun
	WarningNoun
	// Document holds the nouns of documents that speak for their issuers:
	// "a statement by X", "issued a statement, which called on Y".
	Document
	// MediatorRole holds the nouns of a third party's part in talks:
	// "ratified Cuba and Norway as guarantor countries in the talks".
	MediatorRole
	// PlaceNoun holds the nouns of a state's ground that a demonym before
	// them makes a place, not an actor: "used Syrian territory to launch".
	PlaceNoun
	// Importance holds the phrases of a speaker's judgement that another
	// must act: "it is important that X ...", "we must make sure that X".
	Importance
	// AssetNoun holds the nouns of a state's military property that a state
	// organ before them owns: "Indian military installations" are India's.
	AssetNoun
	// Article holds the determiners proper: an actor after one is inside a
	// noun phrase ("the Hezbollah targets").
	Article
	// OrganNoun holds the nouns of a state's organs after its name:
	// "Congo's army of fighting alongside" accuses Congo.
	OrganNoun
	// CalledVerb holds the verbs that name a thing in someone's words:
	// "what it called/described as".
	CalledVerb
	// NumberWord holds the words that count the people or things of an
	// object: "killed six members of Hamas".
	NumberWord
	// TimeWord holds the nouns of a time that may own an act: "Wednesday's
	// strike" (weekdays and the units of a calendar).
	TimeWord
	// MilitaryAid holds the nouns of what one state sends another to
	// fight: "received North Korean troops" (CAMEO 07 provide aid, its
	// military aid).
	MilitaryAid
	// Belong holds the words that link a thing to its owner: "depots
	// belonging to Hezbollah".
	Belong
	// BackParticle holds the verbs after which "back" is a particle:
	// "turned back", "pushed back", "fought back".
	BackParticle
	// Intrusion holds the verbs of armed intrusion a later "the incursion"
	// may name: "Russian drones entered Polish airspace".
	Intrusion
	// Copula holds the copulas that link a subject to a noun describing
	// it: "Iran is the main backer of ...".
	Copula
	// FromNoun holds the nouns of people who come from a state:
	// "counterparts from Brazil".
	FromNoun
	// InterceptVerb holds the verbs of defence against an attack in the
	// air: "intercepted drones launched by X".
	InterceptVerb
	// RightVerb holds the verbs that hold a right: "Israel has/retains the
	// right to ...".
	RightVerb
	// VictimVerb holds the verbs that report harm done to their subject by
	// the attack after them: "was killed in an Israeli strike".
	VictimVerb
	// FloatingQuant holds the quantifiers that float between a subject and
	// its verb: "A and B both condemned", "the allies all agreed".
	FloatingQuant
	// ForceOrgan holds the nouns of a state's armed organs: "the Ukrainian
	// army", "the Chinese coast guard", "Israeli forces".
	ForceOrgan
	// BothNoun holds the nouns of the two sides of a conflict after "both"
	// or "the two": "both sides", "the two countries".
	BothNoun
	// PairVerb holds the words that may follow a bare "the two" naming the
	// pair before it: auxiliaries and the irregular past forms of meeting
	// and saying.
	PairVerb
	// NameHead holds the head words of bodies' names that a definite
	// description may repeat alone: "the league", "the Council".
	NameHead
	// StateAdjUse holds the nouns after which "state" is an adjective:
	// "the Gulf state media" is no state.
	StateAdjUse
	// Indefinite holds the indefinite determiners before a body's member:
	// "a NATO member", "another EU country" name one member, not the body.
	Indefinite
	// MemberNoun holds the nouns of one member of a body after an
	// indefinite: "a NATO member", "another EU country".
	MemberNoun
	// GovNoun holds the nouns of a state's government: "the Biden
	// administration", "the Iranian regime".
	GovNoun
	// NotName holds the capitalised words that do not begin a name after a
	// title (function words, weekdays, months, offices).
	NotName
	// RoleMod holds the modifiers that may stand between an affiliation
	// and a role: "Lebanese caretaker Prime Minister", "Iran's acting
	// foreign minister".
	RoleMod
	// AffStop holds the capitalised words that are no part of a body's
	// name.
	AffStop
	// BackingNoun holds the nouns of support told as the manner of an act:
	// "with Russian support", "with Iran's backing" (CAMEO 07 provide
	// aid).
	BackingNoun
	// Money holds the words that may stand in a sum before a noun of aid:
	// "a $1 billion arms sale to Taiwan" (currency symbols and names,
	// large numbers).
	Money
	// BlocMember holds the nouns after a region adjective that name a
	// bloc's members acting together: "West African leaders", "Gulf
	// states".
	BlocMember
	// AllyNoun holds the nouns of the members of a list after "X and its
	// ...": "Mali and its allies Burkina Faso and Niger".
	AllyNoun
	// PersonNoun holds the nouns that make "both leaders", "the two men"
	// the persons of a pair.
	PersonNoun
	// UnitHead holds the nouns that end the names of armed units and
	// offices: "Eastern Theater Command", "Northern Fleet".
	UnitHead
	// GroupHead holds the nouns of an armed or political group after a
	// demonym: "the Palestinian militant group", "the Lebanese armed
	// movement".
	GroupHead
	// GroupMod holds the modifiers that may stand between a demonym and a
	// group head: "militant", "armed", "islamist".
	GroupMod
	// PartyNoun holds the nouns of the body a person leads, told by
	// apposition: "Machar's party, the SPLM-IO", "Haftar's forces, the
	// Libyan National Army".
	PartyNoun
	// ForceNoun holds the nouns of the armed body a leader leads after
	// their possessive: "Machar's forces", "Haftar's fighters"; before
	// "loyal to" too.
	ForceNoun
	// LedHead holds the nouns of the bodies a "X-led" compound may lead:
	// the leader is their acts' source (relations.md: a coalition resolves
	// to its leader).
	LedHead
	// ServeVerb holds the verbs that take "as": "served as a warning".
	ServeVerb
	// VictimNoun holds the nouns of acts whose demonym may be the victim:
	// "Palestinian killings", "the Iranian detentions".
	VictimNoun
	// ArmedNoun holds the nouns of armed acts that are no trigger of their
	// own: "the launch", "the test-firing".
	ArmedNoun
	// Punished holds the participles of punishment that make an appeal a
	// charge against the one to be punished: "called for Israel to be
	// punished".
	Punished
	// Purpose holds the participles that tell what an act is meant to be:
	// "were meant to be a warning".
	Purpose
	// OrganBare holds the heads of a state organ named with no state: "the
	// foreign ministry said", "the government condemned" (news names the
	// state once, then its organs bare).
	OrganBare
	// OrganMod holds the modifiers that may stand between "the" and an
	// organ head: "the foreign ministry", "the defence department".
	OrganMod
	// TripNoun holds the nouns of visits told by their destination as a
	// noun modifier: "his Moscow trip".
	TripNoun
	// LeadIn holds the words that may stand between "we" and the speech
	// verb it performs: "we strongly condemn", "we once again urge", "we
	// would like to reiterate", "we take this opportunity to reiterate".
	LeadIn
	// CallTime holds the words that open a call's time after its object:
	// "called X hours before", "called X late on Friday", "called X
	// again".
	CallTime
	// Compelled holds the participles of "will be obliged to respond".
	Compelled
	// UnderNoun holds the force nouns of "came under X" (CAMEO 19 fight
	// told from the side attacked).
	UnderNoun
	// Pronoun holds the personal pronouns (subject and object, with their
	// contractions) that may stand for an actor.
	Pronoun
	// PossPronoun holds the possessive determiners that may stand for an
	// actor: "its ally", "their talks".
	PossPronoun
	// BearVerb holds the verbs of bearing responsibility: "X bears full
	// responsibility for".
	BearVerb
	// ChargeAdj holds the words that may stand between such a verb and
	// "responsibility": "bears full responsibility", "carries the sole
	// responsibility".
	ChargeAdj
	// SettingPrep holds the prepositions that open a phrase telling the
	// meeting an act took place in: "said in talks with X", "during a
	// visit to X".
	SettingPrep
	// RebuttalVerb holds the verbs that turn down a charge (CAMEO 12
	// reject): "Iran rejected the accusations".
	RebuttalVerb
	// ChargeNoun holds the nouns of a charge that such a verb turns down:
	// "dismissed the allegations by X".
	ChargeNoun
	// HeadsNoun holds the nouns of "the heads of both sides": "the leaders
	// of the warring parties".
	HeadsNoun
	// SideNoun holds the nouns of the sides of a conflict after a side
	// modifier: "the warring parties", "the two sides".
	SideNoun
	// SideMod holds the modifiers before such a noun: "warring", "rival",
	// "feuding".
	SideMod
	// ExerciseKind holds the act nouns that name war games and no other
	// act: "the maneuvers" names the drills reported before, not a deal
	// (nouns of no kind, "the move", "the step", name any act).
	ExerciseKind
	// DealKind holds the act nouns that name a deal and no other act: "the
	// pact".
	DealKind
	// SanctionKind holds the act nouns that name a sanction and no other
	// act; strict: "the sanctions" never names an act a verb told (a
	// strike).
	SanctionKind
	// DefiniteGroup holds the nouns of a definite description that points
	// back at an armed group or party: "the group", "the militants".
	DefiniteGroup
	// DefiniteState holds the nouns of a definite description that points
	// back at a state: "the country", "the kingdom".
	DefiniteState
	// DefiniteArmy holds the nouns of a definite description that points
	// back at an army: "the military".
	DefiniteArmy
	// DefiniteBody holds the nouns of a definite description that points
	// back at an alliance or bloc: "the alliance", "the union".
	DefiniteBody
	// Elicit holds the verbs by which an act draws a reaction: "Israel's
	// strikes drew condemnation from France" is France's reaction to Israel.
	Elicit
	// NamedPlace holds the head nouns of names of places and buildings:
	// "Peter Street", "John Hopkins Hospital" name no person.
	NamedPlace
	// ThankVerb holds the forms of "thank" that open a thanks (pass key
	// keyThanks): "S thanked X for its support".
	ThankVerb
	// HoldVerb holds the forms of "hold" that open a holding to account
	// (pass key keyHeld): "held X responsible".
	HoldVerb
	// ClaimVerb holds the verbs that open a claim of responsibility for an
	// attack (pass key keyClaim): "Al-Shabaab claimed the attack", "took
	// responsibility".
	ClaimVerb
	// RespondVerb holds the verbs that open a threatened response (pass
	// key keyResponse): "will respond to any attack by X".
	RespondVerb
	// EntryVerb holds the verbs that open an entry into a state's space
	// (pass key keyAirspace): "Russian drones entered Polish airspace".
	EntryVerb
	// CallVerb holds the forms of "call" that open a phone call (pass key
	// keyCall): "Putin called Erdogan".
	CallVerb
	// GiveVerb holds the forms of "give" that open an ultimatum (pass key
	// keyUltimatum): "gave X 72 hours to leave".
	GiveVerb
	// LaunchVerb holds the verbs that open a charge of where an attack
	// came from (pass key keyOrigin): "the missiles were launched from X".
	LaunchVerb
	// ExpectVerb holds the forms of "expect" that open an expectation
	// (pass key keyExpect): "we expect X to take measures".
	ExpectVerb
	// ResponsibilityWord holds the words a charge of responsibility told
	// with no trigger verb starts from (pass key keyResponsibility):
	// "responsibility lies with X", "the blame rests with X", "X has been
	// responsible for".
	ResponsibilityWord
	// EventVerb holds the light verbs that take a noun naming an act a
	// later "the maneuvers" or "the move" may name (pass key
	// keyLightVerb): "held war games", "staged drills", "signed a deal".
	EventVerb
	// RestVerb holds the verbs by which a responsibility or blame rests
	// with someone: "responsibility lies squarely with X", "the blame
	// rests with X".
	RestVerb
	// LedVerb holds the participles that name who leads a body: "militants
	// led by Hamas", "a coalition headed by X".
	LedVerb
	// LoyalAdj holds the words of allegiance between a force noun and "to"
	// or "with": "forces loyal to X", "troops allied with X".
	LoyalAdj
	// ActAsVerb holds the verbs before "as" that give a third party a part
	// in talks: "Qatar acted as mediator between".
	ActAsVerb
	// UnderVerb holds the verbs that link a subject to "under fire": "the
	// convoy came under fire", "the town remains under attack".
	UnderVerb
	// PerformModal holds the modal cues by which a speaker performs the
	// act of speech he names, which is then no plan: "I want to repeat our
	// call", "we would like to stress".
	PerformModal
	// StanceAnswer holds the verbs of an answer after a stated readiness
	// to use force, aimed "to" or "against" someone: "X reserves the right
	// to respond to Y's aggression".
	StanceAnswer
	// UseVerb holds the verbs of using force after a stated readiness to
	// use it: "is prepared to use force against X".
	UseVerb
	// TellVerb holds the forms of "tell", a verb of saying whose object is
	// the one told, no speaker: "X told Y".
	TellVerb
	// WarnVerb holds the forms of "warn", read as a vow or a verb of
	// saying of a threat: "X warned that it would strike".
	WarnVerb
	// RivalMod holds the modifiers that make a plural noun the sides of
	// one conflict with no number before it: "the warring parties",
	// "Libya's rival factions".
	RivalMod
	// RivalNoun holds the plural nouns such a modifier makes the sides of
	// a conflict: "the feuding factions".
	RivalNoun
	// PairMod holds the modifiers that may stand between "both" or "the
	// two" and a noun of the pair: "both warring parties", "the two
	// nuclear-armed neighbours".
	PairMod
	// ArmedMod holds the modifiers of a definite description of an armed
	// group: "the paramilitary force", "the militant group".
	ArmedMod
	// ArmedHead holds the heads of such a description: "the rebel forces".
	ArmedHead
	// TruceNoun holds the nouns of a truce that a third party brokers
	// after a fight: "fought a war until Putin brokered a truce".
	TruceNoun
	// ForceMet holds the nouns of force an act is threatened to be met
	// with: "will be met with force", "will face consequences".
	ForceMet
	// IntentNoun holds the nouns of intent before "to" that make the act
	// after it no act done: "its readiness to strike", "a bid to seize".
	IntentNoun
	// DayPart holds the parts of a day after a time word: "on Friday
	// night", "late Monday evening".
	DayPart
	// MinisterNoun holds the plural nouns of a state's foreign service
	// after a pair of states, read as their foreign or defence ministers:
	// "the ministers of A and B".
	MinisterNoun
	// TargetPrep holds the prepositions of a place or a target after a
	// plural that follows a name, which make the plural a noun: "Hezbollah
	// targets in Lebanon", "Hamas attacks on Israel".
	TargetPrep
	// WithinPrep holds the prepositions that place an attack within a
	// state, the state it hit: "strikes across Syria", "drones flew into
	// Poland".
	WithinPrep
	// CompanyWord holds the words after a comma that open a parenthetical
	// of company or help between a subject and its verb: "the armed forces
	// of A and B, with support from C, conducted strikes".
	CompanyWord
	// CoAgent holds the openers of a parenthetical that names co-agents
	// of the subject, who share its verb: "the US, along with Britain,
	// condemned"; never help ("with support from", "backed by").
	CoAgent
	// AnswerTo holds the phrases that name the act a response answers:
	// "in response to", "retaliated for", "reacted to" (pass
	// answeredAttacks: the act's owner attacked the one who responds).
	AnswerTo
	// SeizureNoun holds the nouns of a seizure or use of power by a state's
	// own rulers (a coup, a crackdown, an election or a vote they held),
	// named by its place: "condemned the military takeover in Niger" is
	// ACCUSED Niger (a junta resolves to its state).
	SeizureNoun
	// OusterNoun holds the nouns of a leader's removal by their own state,
	// named by the leader: "condemned the impeachment of Lugo" is ACCUSED
	// Lugo's state.
	OusterNoun
	// MotionVerb holds the verbs of a journey whose destination may be
	// followed by a purpose: "left for Doha to meet X" (a purpose, not done).
	MotionVerb
	// VerbalForce holds the words of force that, between two persons, are
	// words: "Milei's attacks on Sánchez" is ACCUSED.
	VerbalForce
	// CaptureVerb holds the participles of holding captives: "the soldiers
	// detained by Mali" (pass releaseDemands: the captor is the one appealed to).
	CaptureVerb
	// AffirmVerb holds the verbs that affirm a right of another: "affirmed
	// Israel's right to self-defence" (pass rightToDefend).
	AffirmVerb
	// NotFramed holds the particles and pronouns after a framing cue that
	// make it no framing of a thing: "called on", "called for", "described
	// itself as".
	NotFramed
	// SoughtAid holds the nouns of help one asks another for: "requested
	// South Africa's military intervention" is an appeal to South Africa
	// (CAMEO 02 appeal: 021 appeal for material cooperation, 022 for aid).
	SoughtAid
	// AppealFor holds the phrases that put an act on another in one's own
	// words: "it is time for Iran to", "stressed the need for Turkey to".
	AppealFor
	// StateHead holds the first words of states' names that a definite
	// description repeats alone for the state: "the North" after North
	// Korea, "the South" after South Sudan.
	StateHead
	// EscalateVerb holds the verbs that make more of an act: "vowed to
	// intensify the offensive against X" (WordNet 3.0 "intensify",
	// "escalate", "renew", "resume").
	EscalateVerb
	// RegionMod holds the capitalised words that make a state's demonym a
	// region's: "South American", "Central Asian", "Latin American".
	RegionMod
	// DocName holds the capitalised head nouns that make a body's name a
	// document's: "the United Nations Charter", "the NATO Treaty".
	DocName
	// HeldVerb holds the participles that name who holds a place: "a
	// hospital run by MSF", "a base manned by Kenyan troops".
	HeldVerb
	// WrongNoun holds the nouns that name another's act as a wrong: "said
	// the NATO aggression killed civilians" charges NATO (CAMEO 112).
	WrongNoun
	// DistanceWord holds the words that measure a distance inside another's
	// land: "intruded nearly 10 kms inside Indian territory".
	DistanceWord
	// ConcludeVerb holds the participles that tell an accord was concluded
	// by the sides after "between": "a truce agreed between A and B", "the
	// deal struck between A and B".
	ConcludeVerb
	// CompoundHead holds the nouns that make a force noun before them a
	// modifier: "a Russian war plane", "attack drones", "war crimes".
	CompoundHead
	// KinNoun holds the nouns of a family after a surname: "the Badawi
	// family" names no one person.
	KinNoun
	// AgentOfNoun holds the wrong nouns whose "of" names their agent: "the
	// interference of the British Government".
	AgentOfNoun
	// BorderNoun holds the nouns of a state's edge: help sent "to the
	// Colombian border" is a deployment at the state, not help to it.
	BorderNoun
	// CreditNoun holds the nouns of an actor's work that praise is given
	// for: "praised efforts by the United States", "welcomed the role
	// played by Qatar".
	CreditNoun
	// OpenVerb holds the verbs of opening talks that a third party holds
	// between two sides: "started talks between Kosovo and Serbia".
	OpenVerb
	// VetoVerb holds the verbs that stop a document before it is adopted:
	// "Russia vetoed a resolution condemning Syria" condemns no one.
	VetoVerb
	// CalmNoun holds what an appeal with no addressee asks of the sides of
	// a fight: "urged restraint", "called for calm".
	CalmNoun
	// BarrierNoun holds the physical barriers a verb of breach may break:
	// "breached defences in southern Israel" is force, no charge of a
	// breach of a norm.
	BarrierNoun
	// ProcessNoun holds the nouns a capital city names a process or a deal
	// by: "the Luanda process", "the Minsk agreements".
	ProcessNoun
	// Projectile holds the munitions whose course names their target:
	// "Iranian drones headed to Israel".
	Projectile
	// CityNoun holds the nouns of a settlement a city's name may follow in
	// apposition: "the regional capital, Goma".
	CityNoun
	// MeasureNoun holds the nouns of measures taken against someone, read
	// after a stated readiness or in a stated future: "reserves the right
	// to take other measures against X", "action will be taken against X".
	MeasureNoun
	// TakeVerb holds the forms of "take" that take a measure noun: "take
	// measures against X".
	TakeVerb
	// ProtestPrep holds the nouns of protest with the preposition that
	// names what is protested, after "in": "in protest at X's decision".
	ProtestPrep
	// AssureVerb holds the verbs of assurance whose object is told a pledge:
	// "promised Israel that Washington would not abandon it".
	AssureVerb
	// ForsakeVerb holds the verbs of forsaking whose negation is a pledge of
	// support: "would not abandon", "will never desert".
	ForsakeVerb
	// OfPatient holds the nouns of force whose "of" phrase names the one it
	// is done to: "the invasion of Ukraine".
	OfPatient
	// AsFraming holds the framing verbs that frame only through "as":
	// "rejected the deal as illegal", "sees Iran as a threat".
	AsFraming
	// WrongfulAdv holds the adverbs that judge a detention wrongful:
	// "wrongfully detained by Russia".
	WrongfulAdv
	// BodyHead holds the head nouns of political bodies whose names may
	// open with a state's: "the Somali National Movement".
	BodyHead
	// GatheringNoun holds the nouns of a gathering that is a meeting of
	// those who attend it: "the session was attended by A, B and C".
	GatheringNoun
	// PartakeVerb holds the verbs of taking part in a gathering: "A and B
	// took part in the summit".
	PartakeVerb
	// DoneVerb holds the participles of doing a wrong before its agent's
	// "by": "the violations committed by India".
	DoneVerb
	// PresidedNoun holds the nouns of a host who presides over a signing
	// without mediating it, read only after "under/in the ... of":
	// "signed the deal in the presence of M", "under the supervision of M".
	PresidedNoun
	// Patronym holds the particles of a patronymic name after which the
	// given name before them is the short form news uses: "Tamim bin
	// Hamad Al Thani" is "Tamim" after.
	Patronym
	// PermitVerb holds the verbs of letting an act happen whose refusal,
	// said of the future, is a warning: "will not allow Iran to", "would
	// never tolerate".
	PermitVerb
	// CreditVerb holds the gerunds of an actor's work that thanks are
	// given for, as creditnoun holds its nouns: "thanked Morsi for
	// mediating the truce".
	CreditVerb
	// HeedVerb holds the verbs of taking up a request, whose subject is
	// the one asked: "is considering a request from Saudi Arabia",
	// "responded to a request from Yemen's president".
	HeedVerb
	// TitleSmall holds the short function words that Title Case leaves in
	// lower case: "Erdogan Urges Putin to Halt Idlib Offensive".
	TitleSmall
	// ArmedAct holds the modifiers that make a noun of an act an armed
	// one: "this terrorist act" points back at an attack, never at a visit
	// or a deal.
	ArmedAct
	// UnderCause holds the verbs of placing whose object is then under
	// what follows: "Israeli troops put Arafat under siege".
	UnderCause
	// JoinVerb holds the forms of "join" whose object, before "in" and a
	// gerund, shares the gerund's act: "Jordan joined Egypt in condemning
	// Israel".
	JoinVerb
	// LeaveNoun holds the nouns of leaving a place: in "called for the
	// withdrawal of troops from Libya" the place after "from" is left, no
	// one asked.
	LeaveNoun
	// WireSlug holds the slugs a wire service sets before a headline,
	// joined to it by a hyphen: "UPDATE 1-Russia pounds Ukraine".
	WireSlug
	// ProForm holds the verb phrases that stand for the act of the
	// sentence before: "Germany did too", "Italy followed suit".
	ProForm
	// SimilarMod holds the modifiers of a noun of an act that point back
	// at one told before: "Jordan made a similar appeal".
	SimilarMod
	// EchoVerb holds the verbs that take up another's act, told by its
	// noun: "South Korea echoed the condemnation", "joined the call".
	EchoVerb
	// ClaimNoun holds the nouns after a claim verb that make the claim
	// one of authorship of an act: "claimed responsibility", "took credit".
	ClaimNoun
	// Habitual holds the words that make a clause tell of what is done as
	// a rule, not of one act: "often claimed responsibility for such
	// attacks".
	Habitual
	// PressurePrep holds the words before a noun of pressure whose clause
	// is done under it, or against it: "after pressure from India",
	// "despite US pressure".
	PressurePrep
	// EvidenceNoun holds the nouns of proof before a "that" clause that
	// make the clause a charge: "had evidence that North Korea shipped
	// shells to Russia".
	EvidenceNoun
	// ProspectNoun holds the nouns of an act possible, feared or weighed,
	// whose "of" and a gerund name no act done: "the risk of attacking
	// Ukraine", "weighed the option of striking Iran".
	ProspectNoun
	// OpinionVerb holds the verbs whose complement is hoped, believed,
	// feared, doubted or predicted, never told as done or pledged: "Kyiv
	// hopes Germany will send tanks".
	OpinionVerb
	// AskedNoun holds the nouns of "at the request of X" and "at X's
	// request": the act of the clause was done for the one who asked.
	AskedNoun
	// ForecastAdv holds the adverbs that make a "will" a forecast, not a
	// pledge: "Germany will likely send tanks".
	ForecastAdv
	// SuspectVerb holds the verbs and phrases of belief or finding whose
	// complement, an act of force with its agent named, is a charge: "the
	// United States believes Israel conducted the strike".
	SuspectVerb
	// RetractVerb holds the verbs that take back a stance told by a noun:
	// "withdrew its objections", "dropped its demand".
	RetractVerb
	// Unanswered holds the phrases of an act let pass with no answer,
	// whose refusal said of the future is a threat to the act's agent:
	// "will not let Y's attacks go unanswered".
	Unanswered
	// PodiumPrep holds the words that set one actor beside another at one
	// appearance: "stood next to X", "was joined by X".
	PodiumPrep
	// Podium holds the nouns of a press appearance and the verbs of
	// standing or speaking at one, which make such company a meeting.
	Podium
	// OpeningConj holds the coordinating conjunctions that may open a
	// sentence before its first clause word: "But by sidestepping ...",
	// "And after ...".
	OpeningConj
	// ScopePhrase holds the phrases of place that may follow the head
	// noun of a list before "including": "allies in the region including
	// X".
	ScopePhrase
	endClasses
)

var classNames = [numClasses]string{"message", "nonstate", "neg", "modal", "cond", "refuse", "nounmod", "hedge", "say", "deontic", "light", "inst", "clause", "prep", "det", "help", "defend", "imper", "adj", "relpron", "aux", "passaux", "intent", "speechact", "evnoun", "act", "negeval", "framing", "mediate", "threat", "cosign", "evalverb", "medianoun", "particle", "threathead", "threatnoun", "pledge", "guarded", "manynoun", "seated", "jointevent", "stative", "adjunctopener", "timeunit", "month", "appositionhead", "civilmod", "callpurpose", "occur", "warnnoun", "conductnoun", "threatstance", "past", "othernoun", "cessative", "receipt", "given", "vow", "responsenoun", "undergo", "accord", "responseverb"}

// unmaskedNames name the classes from 64 on, in order.
var unmaskedNames = [endClasses - 64]string{"ongoing", "answer", "grievance", "envoy", "order", "deadline", "appealnoun", "warningnoun", "document", "mediatorrole", "placenoun", "importance", "assetnoun", "article", "organnoun", "calledverb", "numberword", "timeword", "militaryaid", "belong", "backparticle", "intrusion", "copula", "fromnoun", "interceptverb", "rightverb", "victimverb", "floatingquant", "forceorgan", "bothnoun", "pairverb", "namehead", "stateadjuse", "indefinite", "membernoun", "govnoun", "notname", "rolemod", "affstop", "backingnoun", "money", "blocmember", "allynoun", "personnoun", "unithead", "grouphead", "groupmod", "partynoun", "forcenoun", "ledhead", "serveverb", "victimnoun", "armednoun", "punished", "purpose", "organbare", "organmod", "tripnoun", "leadin", "calltime", "compelled", "undernoun", "pronoun", "posspronoun", "bearverb", "chargeadj", "settingprep", "rebuttalverb", "chargenoun", "headsnoun", "sidenoun", "sidemod", "exercisekind", "dealkind", "sanctionkind", "definitegroup", "definitestate", "definitearmy", "definitebody", "elicit", "namedplace", "thankverb", "holdverb", "claimverb", "respondverb", "entryverb", "callverb", "giveverb", "launchverb", "expectverb", "responsibilityword", "eventverb", "restverb", "ledverb", "loyaladj", "actasverb", "underverb", "performmodal", "stanceanswer", "useverb", "tellverb", "warnverb", "rivalmod", "rivalnoun", "pairmod", "armedmod", "armedhead", "trucenoun", "forcemet", "intentnoun", "daypart", "ministernoun", "targetprep", "withinprep", "companyword", "coagent", "answerto", "seizurenoun", "ousternoun", "motionverb", "verbalforce", "captureverb", "affirmverb", "notframed", "soughtaid", "appealfor", "statehead", "escalateverb", "regionmod", "docname", "heldverb", "wrongnoun", "distanceword", "concludeverb", "compoundhead", "kinnoun", "agentofnoun", "bordernoun", "creditnoun", "openverb", "vetoverb", "calmnoun", "barriernoun", "processnoun", "projectile", "citynoun", "measurenoun", "takeverb", "protestprep", "assureverb", "forsakeverb", "ofpatient", "asframing", "wrongfuladv", "bodyhead", "gatheringnoun", "partakeverb", "doneverb", "presidednoun", "patronym", "permitverb", "creditverb", "heedverb", "titlesmall", "armedact", "undercause", "joinverb", "leavenoun", "wireslug", "proform", "similarmod", "echoverb", "claimnoun", "habitual", "pressureprep", "evidencenoun", "prospectnoun", "opinionverb", "askednoun", "forecastadv", "suspectverb", "retractverb", "unanswered", "podiumprep", "podium", "openingconj", "scopephrase"}

// ParseClass returns the class named s ("neg", "modal", ...).
func ParseClass(s string) (Class, bool) {
	for i, n := range classNames {
		if n == s {
			return Class(i), true
		}
	}
	for i, n := range unmaskedNames {
		if n == s {
			return Class(64 + i), true
		}
	}
	return 0, false
}

// FirstWords returns the words that begin a cue of class c, in no order:
// for callers that index a class's words once.
func (l *Lexicon) FirstWords(c Class) []string {
	ws := make([]string, 0, len(l.cues[c].byFirst))
	for w, ps := range l.cues[c].byFirst {
		if len(ps) > 0 {
			ws = append(ws, w)
		}
	}
	return ws
}

// masked reports whether class c has a bit in a word's masks.
func masked(c Class) bool { return c < 64 }

// phrases maps multi-word phrases to values, matched longest first.
type phrases[V any] struct {
	byFirst map[string][]phrase[V] // first word -> phrases, longest first
}

type phrase[V any] struct {
	words []string
	next  string // words[1], or "" for one word: compared first, with no look into words
	val   V
}

func (p *phrases[V]) put(words []string, merge func(old V, ok bool) V) {
	if p.byFirst == nil {
		p.byFirst = map[string][]phrase[V]{}
	}
	l := p.byFirst[words[0]]
	for i := range l {
		if equal(l[i].words, words) {
			l[i].val = merge(l[i].val, true)
			return
		}
	}
	var zero V
	ph := phrase[V]{words: words, val: merge(zero, false)}
	if len(words) > 1 {
		ph.next = words[1]
	}
	l = append(l, ph)
	sort.SliceStable(l, func(i, j int) bool { return len(l[i].words) > len(l[j].words) })
	p.byFirst[words[0]] = l
}

func (p *phrases[V]) remove(words []string) {
	l := p.byFirst[words[0]]
	for i := range l {
		if equal(l[i].words, words) {
			p.byFirst[words[0]] = append(l[:i:i], l[i+1:]...)
			return
		}
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// match returns the longest phrase starting at toks[i] and its length in
// tokens (0 when none).
func (p *phrases[V]) match(toks []text.Token, i int) (V, int) {
	return p.matchWithin(toks, i, len(toks))
}

// matchWithin is match for phrases of at most max tokens.
func (p *phrases[V]) matchWithin(toks []text.Token, i, max int) (V, int) {
	if p.byFirst == nil || i >= len(toks) {
		var zero V
		return zero, 0
	}
	return matchFrom(p.byFirst[toks[i].Lower], toks, i, max)
}

// matchFrom is matchWithin over l, the phrases that begin with toks[i]'s
// word.
func matchFrom[V any](l []phrase[V], toks []text.Token, i, max int) (V, int) {
	var zero V
	// 'is “outraged” at': a quotation mark inside the phrase
	quoted := i+1 < len(toks) && toks[i+1].Kind == text.Quote
	for k := range l {
		ph := &l[k]
		n := len(ph.words)
		if i+n > len(toks) || n > max {
			continue
		}
		if n > 1 && toks[i+1].Lower != ph.next {
			if quoted && i+n+1 <= len(toks) && n+1 <= max && quotedMatch(ph.words, toks, i, i+1) {
				return ph.val, n + 1
			}
			continue // (the second word, held in the phrase itself)
		}
		ok := true
		for w := 2; w < n; w++ {
			if toks[i+w].Lower != ph.words[w] {
				if toks[i+w].Kind == text.Quote && i+n+1 <= len(toks) && n+1 <= max && quotedMatch(ph.words, toks, i, i+w) {
					return ph.val, n + 1 // 'was “deeply alarmed” by'
				}
				ok = false
				break
			}
		}
		if ok {
			return ph.val, n
		}
	}
	return zero, 0
}

// quotedMatch reports whether words match toks from i with the quotation
// mark at q skipped: 'was “deeply alarmed” by' for "deeply alarmed by".
func quotedMatch(words []string, toks []text.Token, i, q int) bool {
	for w, t := 1, i+1; w < len(words); w, t = w+1, t+1 {
		if t == q {
			t++
		}
		if toks[t].Lower != words[w] {
			return false
		}
	}
	return true
}

// words splits a phrase the way text.Tokenize would ("n't" and "'s" kept
// with their word as Tokenize keeps them).
func words(s string) []string {
	var out []string
	for _, t := range text.Tokenize(s) {
		out = append(out, t.Lower)
	}
	return out
}

// Trigger returns the trigger senses of the longest trigger form starting
// at toks[i] and the form's length in tokens.
func (l *Lexicon) Trigger(toks []text.Token, i int) ([]*Trigger, int) {
	return l.TriggerWithin(toks, i, len(toks))
}

// TriggerWithin is Trigger for forms of at most max tokens: "calls" in
// "held calls on Monday", where the longer form "calls on" does not fit.
func (l *Lexicon) TriggerWithin(toks []text.Token, i, max int) ([]*Trigger, int) {
	if l.idx == nil {
		return l.triggers.matchWithin(toks, i, max)
	}
	if i >= len(toks) {
		return nil, 0
	}
	if e := l.idx.get(toks[i].Lower); e != nil && e.ph != nil {
		return matchFrom(e.ph.trig, toks, i, max)
	}
	return nil, 0
}

// Forms are the trigger forms that begin with one word, for callers that
// look each word of a text up once (TriggerForms) and match at it often:
// f.Match(toks, i, max) is TriggerWithin(toks, i, max) with no lookup.
// The zero Forms holds none.
type Forms struct{ l []phrase[[]*Trigger] }

// TriggerForms returns the trigger forms that begin with the lower-case
// word w.
func (l *Lexicon) TriggerForms(w string) Forms { return Forms{l.triggers.byFirst[w]} }

// Match is Lexicon.TriggerWithin(toks, i, max) for f the forms of
// toks[i].Lower.
func (f Forms) Match(toks []text.Token, i, max int) ([]*Trigger, int) {
	if i < 0 || i >= len(toks) {
		return nil, 0
	}
	return matchFrom(f.l, toks, i, max)
}

// Cue returns the length in tokens of the longest cue of class c at
// toks[i], or 0. Cost: one lookup (wordIndex), and a phrase match only when a
// longer cue begins with the word.
func (l *Lexicon) Cue(c Class, toks []text.Token, i int) int {
	if i < 0 || i >= len(toks) {
		return 0
	}
	w := toks[i].Lower
	if l.idx != nil {
		e := l.idx.get(w)
		if e == nil {
			return 0
		}
		if !masked(c) || e.m.multi>>c&1 != 0 {
			return e.cues.Match(c, toks, i)
		}
		return int(e.m.single >> c & 1)
	}
	if !masked(c) {
		_, n := l.cues[c].match(toks, i)
		return n
	}
	if l.masks[w].multi>>c&1 != 0 {
		_, n := l.cues[c].match(toks, i)
		return n
	}
	return int(l.masks[w].single >> c & 1)
}

// CueFrom is Cue for a word known to begin a longer cue of class c (its
// multi mask has bit c): the phrase match alone, no map lookup for the
// word's masks.
func (l *Lexicon) CueFrom(c Class, toks []text.Token, i int) int {
	if l.idx == nil {
		_, n := l.cues[c].match(toks, i)
		return n
	}
	if i < 0 || i >= len(toks) {
		return 0
	}
	return l.idx.get(toks[i].Lower).cuesOrNil().Match(c, toks, i)
}

// CueForms are the cues of every class that begin with one word, for
// callers that look each word of a text up once (EachCueForms) and match
// at it often: f.Match(c, toks, i) is CueFrom(c, toks, i) for f the forms
// of toks[i].Lower, with no lookup. A nil *CueForms holds none.
type CueForms struct {
	lists [][]phrase[bool] // the cues of each class in has, in ascending order of class, as cues[c].byFirst holds them
	has   classSet         // the classes with a cue that begins with the word: a class absent costs one bit test
	one   classSet         // the classes with a cue of one word (has1)
}

// classSet is a set of classes, a bit each.
type classSet [(int(endClasses) + 63) / 64]uint64

// holds reports whether c is in the set.
func (cs *classSet) holds(c Class) bool { return cs[c>>6]>>(c&63)&1 != 0 }

// add puts c in the set.
func (cs *classSet) add(c Class) { cs[c>>6] |= 1 << (c & 63) }

// index is the position of c among the set's classes in ascending order
// (c in the set): the number of classes below it.
func (cs *classSet) index(c Class) int {
	n := 0
	for w := 0; w < int(c>>6); w++ {
		n += bits.OnesCount64(cs[w])
	}
	return n + bits.OnesCount64(cs[c>>6]&(1<<(c&63)-1))
}

// Match is CueFrom(c, toks, i) for f the cue forms of toks[i].Lower.
func (f *CueForms) Match(c Class, toks []text.Token, i int) int {
	if f == nil || i < 0 || i >= len(toks) || !f.has.holds(c) {
		return 0
	}
	_, n := matchFrom(f.lists[f.has.index(c)], toks, i, len(toks))
	return n
}

// EachCueForms calls fn with every word that begins a cue of some class
// and the cue forms that begin with it, in no order, for callers that
// index words once.
func (l *Lexicon) EachCueForms(fn func(w string, f *CueForms)) {
	all := map[string]*CueForms{}
	for c := range l.cues {
		for w, ps := range l.cues[c].byFirst {
			f := all[w]
			if f == nil {
				f = &CueForms{}
				all[w] = f
			}
			f.lists = append(f.lists, ps) // (c ascends: classSet.index)
			f.has.add(Class(c))
			for _, ph := range ps {
				if len(ph.words) == 1 {
					f.one.add(Class(c))
					break
				}
			}
		}
	}
	for w, f := range all {
		fn(w, f)
	}
}

// Has1 reports whether f holds a cue of class c of one word: Lexicon.Is
// for the word f was looked up for, with no lookup.
func (f *CueForms) Has1(c Class) bool { return f.has1(c) }

// has1 reports whether f holds a cue of class c of one word (as
// Lexicon.Is reads an unmasked class).
func (f *CueForms) has1(c Class) bool {
	return f != nil && f.one.holds(c)
}

// wordIndex holds what the lexicon knows of each word that has masks or
// begins a phrase (a trigger form, a cue of any class, a role), found
// with one probe: an open-addressing table with a byte array of tags (so
// that a word the lexicon does not hold mostly costs no other read) and
// its entries in the slots. Trigger, TriggerWithin, Role, Cue, CueFrom and
// Is read it instead of a map lookup each (of the masks, or of a class's
// first words).
type wordIndex struct {
	tags  []uint8 // slot -> a tag of its word's hash, 0 for an empty slot; linear probing
	mask  uint64
	words []lexWord // slot -> its word
	keys  []string  // slot -> the word
}

// lexWord is a word of wordIndex: its first 8 bytes and length (to find
// it), its masks, and the phrases that begin with it.
type lexWord struct {
	head uint64
	size int
	m    masks
	cues *CueForms   // its cues of every class, or nil
	ph   *lexPhrases // its trigger forms and roles, or nil
}

// lexPhrases are the trigger forms and roles that begin with a word, as
// triggers.byFirst and roles.byFirst hold them.
type lexPhrases struct {
	trig  []phrase[[]*Trigger]
	roles []phrase[string]
}

// cuesOrNil returns e's cue forms, nil for a nil e.
func (e *lexWord) cuesOrNil() *CueForms {
	if e == nil {
		return nil
	}
	return e.cues
}

// index builds l's wordIndex from its maps.
func (l *Lexicon) index() *wordIndex {
	all := map[string]*lexWord{}
	word := func(w string) *lexWord {
		e := all[w]
		if e == nil {
			e = &lexWord{}
			all[w] = e
		}
		return e
	}
	for w, m := range l.masks {
		word(w).m = m
	}
	l.EachCueForms(func(w string, f *CueForms) { word(w).cues = f })
	for w, ps := range l.triggers.byFirst {
		e := word(w)
		if e.ph == nil {
			e.ph = &lexPhrases{}
		}
		e.ph.trig = ps
	}
	for w, ps := range l.roles.byFirst {
		e := word(w)
		if e.ph == nil {
			e.ph = &lexPhrases{}
		}
		e.ph.roles = ps
	}
	ws := make([]string, 0, len(all))
	for w := range all {
		ws = append(ws, w)
	}
	slices.Sort(ws) // (the same table every run)
	n := 16
	for n < len(ws)+len(ws)/2 {
		n <<= 1
	}
	x := &wordIndex{tags: make([]uint8, n), mask: uint64(n - 1), words: make([]lexWord, n), keys: make([]string, n)}
	for _, w := range ws {
		h, head := HashWord(w)
		for j := h & x.mask; ; j = (j + 1) & x.mask {
			if x.tags[j] == 0 {
				x.tags[j] = hashTag(h)
				x.words[j] = *all[w]
				x.words[j].head, x.words[j].size = head, len(w)
				x.keys[j] = w
				break
			}
		}
	}
	return x
}

// get returns the entry of word w, or nil.
func (x *wordIndex) get(w string) *lexWord {
	h, head := HashWord(w)
	tag := hashTag(h)
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		switch x.tags[j] {
		case 0:
			return nil
		case tag:
			// a word of at most 8 bytes is its first 8 bytes and its length
			if e := &x.words[j]; e.head == head && e.size == len(w) && (len(w) <= 8 || x.keys[j] == w) {
				return e
			}
		}
	}
}

// hashTag is the tag of hash h in wordIndex.tags: its top byte, never 0.
func hashTag(h uint64) uint8 {
	if t := uint8(h >> 56); t != 0 {
		return t
	}
	return 1
}

// HashWord returns a hash of w and w's first 8 bytes (little-endian, zero
// padded), reading w in at most two loads up to 8 bytes and 8 bytes at a
// time past that (the last load overlapping the one before). The lexicon's
// word index and the extractor's word table both probe with it. Cost:
// len(w)/8 multiplications.
func HashWord(w string) (h, head uint64) {
	const k0, k1 = 0x9e3779b97f4a7c15, 0xbf58476d1ce4e5b9
	n := len(w)
	switch {
	case n >= 8:
		head = load64(w)
		h = (uint64(n)*k0 ^ head) * k1
		for i := 8; i < n; i += 8 {
			h ^= h >> 31
			h = (h ^ load64(w[min(i, n-8):])) * k1
		}
	case n >= 4:
		head = uint64(load32(w)) | uint64(load32(w[n-4:]))<<(8*(n-4))
		h = (uint64(n)*k0 ^ head) * k1
	case n >= 2:
		head = uint64(load16(w)) | uint64(load16(w[n-2:]))<<(8*(n-2))
		h = (uint64(n)*k0 ^ head) * k1
	case n == 1:
		head = uint64(w[0])
		h = (k0 ^ head) * k1
	}
	h ^= h >> 29
	h *= k0
	h ^= h >> 32
	return h, head
}

// load64, load32 and load16 read the first 8, 4 and 2 bytes of s,
// little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func load16(s string) uint16 {
	_ = s[1]
	return uint16(s[0]) | uint16(s[1])<<8
}

// Masks returns the classes the word w is a one-word cue of, and those a
// longer cue of begins with it, as bit sets (bit c for class c), for
// callers that test a token against many classes.
func (l *Lexicon) Masks(w string) (single, multi uint64) {
	m := l.masks[w]
	return m.single, m.multi
}

// EachMasks calls fn with every word that has a mask and its two masks, in
// no order, for callers that index words once (Masks gives the same).
func (l *Lexicon) EachMasks(fn func(w string, single, multi uint64)) {
	for w, m := range l.masks {
		fn(w, m.single, m.multi)
	}
}

// masks are the classes a word is a one-word cue of (single) and begins a
// longer cue of (multi), kept together so that a word costs one map lookup.
type masks struct{ single, multi uint64 }

// set adds class bit c to w's single (or multi) mask.
func (l *Lexicon) set(w string, c Class, multi bool) {
	m := l.masks[w]
	if multi {
		m.multi |= 1 << c
	} else {
		m.single |= 1 << c
	}
	l.masks[w] = m
}

// Is reports whether the single lower-case word w is a cue of class c.
// Cost: one lookup (wordIndex).
func (l *Lexicon) Is(c Class, w string) bool {
	if l.idx != nil {
		e := l.idx.get(w)
		if e == nil {
			return false
		}
		if !masked(c) {
			return e.cues.has1(c)
		}
		return e.m.single>>c&1 != 0
	}
	if !masked(c) {
		for _, ph := range l.cues[c].byFirst[w] {
			if len(ph.words) == 1 {
				return true
			}
		}
		return false
	}
	return l.masks[w].single>>c&1 != 0
}

// Role returns the role class of the longest role phrase at toks[i] and its
// length, or ("", 0).
func (l *Lexicon) Role(toks []text.Token, i int) (string, int) {
	if l.idx == nil {
		return l.roles.match(toks, i)
	}
	if i >= len(toks) {
		return "", 0
	}
	if e := l.idx.get(toks[i].Lower); e != nil && e.ph != nil {
		return matchFrom(e.ph.roles, toks, i, len(toks))
	}
	return "", 0
}

// RoleClass returns the class of the role phrase s ("Foreign Secretary"),
// or of the role phrase s opens before "for" or "of" ("High Representative
// for Foreign Affairs"), or "".
func (l *Lexicon) RoleClass(s string) string {
	toks := text.Tokenize(s)
	c, n := l.roles.match(toks, 0)
	if n > 0 && n < len(toks) && (toks[n].Lower == "for" || toks[n].Lower == "of") {
		return c // "High Representative for Foreign Affairs and Security Policy"
	}
	if n != len(toks) {
		return ""
	}
	return c
}

var defaultOnce = sync.OnceValues(func() (*Lexicon, error) { return Load(embedded) })

// Default returns the embedded lexicon, parsed once and shared.
func Default() (*Lexicon, error) { return defaultOnce() }

// Files are the file names a lexicon is read from.
var Files = []string{"triggers.tsv", "cues.tsv", "roles.tsv", "spellings.tsv"}

// Load reads triggers.tsv, cues.tsv, roles.tsv and spellings.tsv from fsys, then the
// files of the same names in each of the user's folders dirs, which add to
// (and, for a trigger line of relation NONE, remove from) what was read
// before. Errors name the file and line.
func Load(fsys fs.FS, dirs ...string) (*Lexicon, error) {
	l := &Lexicon{masks: map[string]masks{}, spell: map[string][]string{}}
	read := func(name string, r io.Reader) error {
		switch filepath.Base(name) {
		case "triggers.tsv":
			return l.readTriggers(name, r)
		case "cues.tsv":
			return l.readCues(name, r)
		case "roles.tsv":
			return l.readRoles(name, r)
		case "spellings.tsv":
			return l.readSpellings(name, r)
		}
		return nil
	}
	for _, n := range Files {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", n, err)
		}
		if err := read(n, strings.NewReader(string(b))); err != nil {
			return nil, err
		}
	}
	for _, d := range dirs {
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			if err == nil {
				return nil, fmt.Errorf("lexicon %s: not a folder (--lexicon names a folder holding %s)", d, strings.Join(Files, ", "))
			}
			return nil, fmt.Errorf("lexicon %s: no such folder", d)
		}
		found := false
		for _, n := range Files {
			p := filepath.Join(d, n)
			f, err := os.Open(p)
			if os.IsNotExist(err) {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("lexicon: %w", err)
			}
			found = true
			err = read(p, f)
			f.Close()
			if err != nil {
				return nil, err
			}
		}
		if !found {
			return nil, fmt.Errorf("lexicon %s: holds none of %s", d, strings.Join(Files, ", "))
		}
	}
	l.idx = l.index()
	return l, nil
}

// LoadWithDefault is Load over the embedded data plus the user's folders.
func LoadWithDefault(dirs ...string) (*Lexicon, error) {
	if len(dirs) == 0 {
		return Default()
	}
	return Load(embedded, dirs...)
}

func lines(name string, r io.Reader, each func(n int, cols []string) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff") // a byte-order mark, as Windows editors write
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := each(n, strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("lexicon %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	return nil
}

func forms(s string) [][]string {
	var out [][]string
	for _, f := range strings.Split(s, ",") {
		if w := words(strings.TrimSpace(f)); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}

func (l *Lexicon) readTriggers(name string, r io.Reader) error {
	return lines(name, r, func(_ int, cols []string) error {
		if len(cols) != 4 {
			return fmt.Errorf("want 4 tab-separated columns (relation, pos, frame, forms), got %d", len(cols))
		}
		fs := forms(cols[3])
		if len(fs) == 0 {
			return fmt.Errorf("no forms")
		}
		if cols[0] == "NONE" {
			// (a removal reads no pos or frame, but a line with a wrong one
			// is a mistake to name, not to pass over)
			if cols[1] != "V" && cols[1] != "N" && cols[1] != "-" && cols[1] != "" {
				return fmt.Errorf("pos %q is not V, N, - or empty (a NONE line removes forms of either)", cols[1])
			}
			if _, err := parseFrame(cols[2]); err != nil {
				return err
			}
			for _, f := range fs {
				l.triggers.remove(f)
			}
			return nil
		}
		rel, err := graph.ParseRelation(cols[0])
		if err != nil {
			return err
		}
		t := &Trigger{Relation: rel, Lemma: strings.Join(fs[0], " ")}
		switch cols[1] {
		case "V":
			t.POS = Verb
		case "N":
			t.POS = Noun
		default:
			return fmt.Errorf("pos %q is not V or N", cols[1])
		}
		if t.Frame, err = parseFrame(cols[2]); err != nil {
			return err
		}
		for _, f := range fs {
			l.triggers.put(f, func(old []*Trigger, _ bool) []*Trigger {
				if len(t.Frame.Then) > 0 {
					// a sense that needs a particle is tried before the
					// plain one: "pushed X out of" before "pushed X to"
					return append([]*Trigger{t}, old...)
				}
				return append(old, t)
			})
			l.set(f[0], TriggerStart, false)
		}
		return nil
	})
}

func parseFrame(s string) (Frame, error) {
	var f Frame
	seen := map[string]bool{}
	for _, p := range strings.Fields(s) {
		k, v, hasValue := strings.Cut(p, "=")
		if seen[k] && k != "-" {
			if hasValue {
				return f, fmt.Errorf("frame part %q given twice (write one %s=a,b)", k, k)
			}
			return f, fmt.Errorf("frame part %q given twice", k)
		}
		seen[k] = true
		switch k {
		case "prep", "src", "also", "then":
			if v == "" || strings.Contains(","+v+",", ",,") || strings.Contains(v, "=") {
				return f, fmt.Errorf("frame part %q wants a value (%s=word,word)", p, k)
			}
			if k != "also" {
				v = strings.ToLower(v) // the words are matched in lower case
			}
		default:
			if hasValue {
				return f, fmt.Errorf("frame part %q takes no value (write %s)", p, k)
			}
		}
		switch k {
		case "-":
		case "obj":
			f.Obj = true
		case "gap":
			f.Gap = true
		case "between":
			f.Between = true
		case "mutual":
			f.Mutual = true
		case "tell":
			f.Tell = true
		case "that":
			f.That = true
		case "recip":
			f.Recip = true
		case "prep":
			f.Preps = strings.Split(v, ",")
			if has(f.Preps, "between") {
				f.Between = true
			}
		case "src":
			f.SrcPreps = strings.Split(v, ",")
		case "also":
			r, err := graph.ParseRelation(v)
			if err != nil {
				return f, fmt.Errorf("frame part %q: %w", p, err)
			}
			f.Also = r
		case "possobj":
			f.PossObj = true
		case "then":
			f.Then = strings.Split(v, ",")
		case "given":
			f.Given = true
		case "grievance":
			f.Griev = true
		default:
			return f, fmt.Errorf("unknown frame part %q", p)
		}
	}
	return f, nil
}

func (l *Lexicon) readCues(name string, r io.Reader) error {
	return lines(name, r, func(_ int, cols []string) error {
		if len(cols) != 2 {
			return fmt.Errorf("want 2 tab-separated columns (class, words), got %d", len(cols))
		}
		c, ok := ParseClass(cols[0])
		if !ok {
			return fmt.Errorf("unknown cue class %q (want one of %s)", cols[0], strings.Join(append(classNames[:], unmaskedNames[:]...), ", "))
		}
		if len(forms(cols[1])) == 0 {
			return fmt.Errorf("cue class %s: no words", cols[0])
		}
		for _, f := range forms(cols[1]) {
			l.cues[c].put(f, func(bool, bool) bool { return true })
			if !masked(c) {
				continue
			} else if len(f) == 1 {
				l.set(f[0], c, false)
			} else {
				l.set(f[0], c, true)
			}
		}
		return nil
	})
}

func (l *Lexicon) readSpellings(name string, r io.Reader) error {
	return lines(name, r, func(_ int, cols []string) error {
		var set []string
		for _, c := range cols {
			if c = strings.TrimSpace(c); c != "" && !strings.ContainsAny(c, " ,") {
				set = append(set, c)
			} else if c != "" {
				return fmt.Errorf("a spelling is one word, got %q", c)
			}
		}
		if len(set) < 2 {
			return fmt.Errorf("want a set of two or more spellings, got %d", len(set))
		}
		for _, a := range set {
			for _, b := range set {
				if a != b && !slices.Contains(l.spell[a], b) {
					l.spell[a] = append(l.spell[a], b)
				}
			}
		}
		return nil
	})
}

// Spellings returns the other spellings of the name part w
// (spellings.tsv: "Mohamed" gives "Mohammed", "Muhammad", ...), nil when
// it has none. The slice is shared: do not modify it. Cost: one map
// lookup.
func (l *Lexicon) Spellings(w string) []string { return l.spell[w] }

func (l *Lexicon) readRoles(name string, r io.Reader) error {
	return lines(name, r, func(_ int, cols []string) error {
		if len(cols) != 2 {
			return fmt.Errorf("want 2 tab-separated columns (phrase, class), got %d", len(cols))
		}
		w := words(cols[0])
		if len(w) == 0 {
			return fmt.Errorf("empty role")
		}
		class := strings.TrimSpace(cols[1])
		l.roles.put(w, func(string, bool) string { return class })
		l.set(w[0], RoleStart, false)
		return nil
	})
}
