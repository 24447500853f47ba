package extract

import "testing"

// eventCases are the constructions of docs/decisions/ext4b.md: nominal
// events, acts with no trigger verb and stated threats, each in sentences
// of our own, with what must not become an edge beside them.
var eventCases = []ruleCase{
	// an act called a warning or a deterrent (warningByAct, warnnoun cues)
	{"drills were a warning to X", "North Korea staged artillery drills on Tuesday. Pyongyang said the drills were a stern warning to Seoul.",
		[]string{"North Korea WARNED South Korea"}},
	{"meant to be a deterrent against misconduct by X", "Russia held naval exercises in the Baltic. Moscow said the exercises were meant to be a firm deterrent against provocations by Finland.",
		[]string{"Russia WARNED Finland", "Russia ACCUSED Finland"}},
	{"deterrent against misconduct between A and B", "China launched large-scale drills around the island. The defence ministry said the drills were intended to be a \"powerful deterrent against collusion between Taiwan and Japan\".",
		[]string{"China WARNED Taiwan", "China WARNED Japan", "China ACCUSED Taiwan", "China ACCUSED Japan"}},
	{"the drills of an article, told far back", "Iran began naval drills in the Gulf of Oman on Monday. The manoeuvres cover a wide area. Ships from three fleets take part. Helicopters fly overhead. Submarines are also deployed. The navy chief spoke to reporters. Analysts watched closely. State television said the drills were a clear warning to Israel.",
		[]string{"Iran WARNED Israel"}},
	{"no agent for the drills: no edge", "Officials said the drills were a warning to Taiwan.", nil},
	{"warning against a thing between two, no misconduct: no edge", "China held drills near the island. Beijing said the drills were a warning against tension between Taiwan and Japan.", nil},
	{"negated: no edge", "China held drills near the island. Beijing said the drills were not a warning to Japan.", nil},
	{"future: no edge", "China held drills near the island. Beijing said the next drills will be a warning to Japan.", nil},
	{"a deterrent against no one: no edge", "Japan held drills on Okinawa. Tokyo said the drills were a deterrent against aggression.", nil},
	// a judging adjective on an act noun, in the speaker's words (judgedActs)
	{"speaker's adjective on X's act", "\"Moscow must end its reckless moves,\" Estonian Foreign Minister Margus Tsahkna said.",
		[]string{"Margus Tsahkna ACCUSED Russia", "Margus Tsahkna URGED Russia"}},
	{"conduct of X", "\"The irresponsible conduct of Rwanda cannot go on,\" Congolese President Felix Tshisekedi said.",
		[]string{"Félix Tshisekedi ACCUSED Rwanda"}},
	{"said and a judged act", "Chinese Foreign Ministry spokesperson Mao Ning said Manila's dangerous manoeuvres had raised tension.",
		[]string{"Mao Ning ACCUSED Philippines"}},
	{"the writer's adjective: no edge", "Japan's reckless decision hurt ties with China.", nil},
	{"denied: no edge", "\"It was not an unprovoked attack by Russia,\" Hungarian Foreign Minister Peter Szijjarto said.", nil},
	{"a victim after 'of': no accusation of the victim", "\"The brutal killing of Hamas fighters is a crime,\" Turkish President Recep Tayyip Erdogan said.", nil},
	// a stated readiness to use force (stanceThreats, threatstance cues)
	{"reserves the right to respond to X's act", "Venezuela reserves the right to respond to Guyana's provocations, Venezuelan Defence Minister Vladimir Padrino said.",
		[]string{"Venezuela WARNED Guyana"}},
	{"will not hesitate to strike X", "Israeli Defence Minister Israel Katz said Israel would not hesitate to strike Hezbollah.", []string{"Israel WARNED Hezbollah"}},
	{"will not hesitate to act against X", "Ankara will not hesitate to act against the YPG, Turkish Defence Minister Yasar Guler said.", []string{"Turkey WARNED People's Protection Units"}},
	{"stance with no one aimed at: no edge", "Pakistan reserves the right to respond at a time and place of its choosing.", nil},
	{"stance under a condition: no edge", "If Iran attacks, Israel will not hesitate to strike Iran.", nil},
	{"a right that is no force: no edge", "Iran reserves the right to take legal action against the United States.", nil},
}

func TestEventRules(t *testing.T) { runRuleCases(t, eventCases) }
