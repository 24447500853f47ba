package extract

import "testing"

// round23threatCases are threats told without a verb of warning: a stance
// or a refusal whose target stands in a condition, in the agent of an act
// let pass, or in the receiver of a supply that force would hit.
var round23threatCases = []ruleCase{
	// a condition told as an existential clause names the act's agent
	{"respond if there is an act by Y", "Yoon Suk Yeol said South Korea would respond strongly if there is any provocation by North Korea.", []string{"South Korea WARNED North Korea"}},
	{"retaliate if there is an attack by Y, quoted", "\"We will retaliate if there is another attack by Hamas,\" Benjamin Netanyahu said.", []string{"Israel WARNED Hamas"}},
	{"existential condition with no agent", "Yoon Suk Yeol said South Korea would respond strongly if there is any provocation.", nil},
	// a stance of readiness, told as a noun or with an adverb, and a condition
	{"readiness to respond if", "\"We are keeping our readiness to firmly respond if there is any further provocation by North Korea,\" Yoon Suk Yeol said.", []string{"South Korea WARNED North Korea"}},
	{"ready to respond if Y acts", "Yoon Suk Yeol said South Korea is ready to respond strongly if North Korea provokes again.", []string{"South Korea WARNED North Korea"}},
	{"readiness to strike Y", "Seoul maintains readiness to strike North Korea.", []string{"South Korea WARNED North Korea"}},
	{"readiness to talk is no threat", "Iran expressed readiness to hold talks with Iraq.", nil},
	// an act that will not be let pass unanswered
	{"not let Y's attacks go unanswered", "Putin said Russia would not let Ukraine's attacks go unanswered.", []string{"Russia WARNED Ukraine"}},
	{"not let attacks by Y go unpunished", "Putin said Moscow would not let attacks by Kyiv go unpunished.", []string{"Russia WARNED Ukraine"}},
	{"not allow the attacks by Y to go unpunished", "The Kremlin would not allow the raids by Ukraine to go unpunished, Putin said.", []string{"Russia WARNED Ukraine"}},
	{"not let Y get away with it", "\"We will not let Hamas get away with this,\" Benjamin Netanyahu said.", []string{"Israel WARNED Hamas"}},
	{"not let Y attack", "Russia would not let Ukraine attack Crimea, Putin said.", []string{"Russia WARNED Ukraine"}},
	{"not let the attack pass: the latest attacker", "Ukraine struck a Russian air base on Sunday. Putin said Russia would not let the attack pass without a response.", []string{"Ukraine ATTACKED Russia", "Russia WARNED Ukraine"}},
	{"not let Y fall is no threat", "Biden said the United States would not let Ukraine fall.", nil},
	{"not let such acts pass, no act on record", "Putin said Russia would not let such actions pass without a response.", nil},
	// force against a supply threatens its receiver
	{"would target any transfer of weapons to Y", "Israel has long said it would target any transfer of weapons to Hezbollah.", []string{"Israel WARNED Hezbollah"}},
	{"would strike all deliveries to Y", "The United States said it would strike all weapons deliveries to the Houthis.", []string{"United States WARNED Houthis"}},
	{"would destroy shipments to Y", "Russia said it would destroy any arms shipments to Ukraine.", []string{"Russia WARNED Ukraine"}},
	{"a supply to Y with no force", "Israel said it would monitor any transfer of weapons to Hezbollah.", nil},
}

func TestRound23Threat(t *testing.T) { runRuleCases(t, round23threatCases) }
