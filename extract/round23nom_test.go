package extract

import "testing"

// round23nomCases: acts told by a noun (a vow's infinitive, a request "for
// X to act") and release demands whose captor is the one who took the
// captives in an earlier sentence.
var round23nomCases = []ruleCase{
	// a release demand aimed at the captor of the latest capture
	{"release of captives told as held, captor before", "Hezbollah fighters seized three Israeli soldiers near the border on Tuesday. Israel moved tanks north. France appealed for the swift release of the abducted Israeli soldiers.",
		[]string{"Hezbollah ATTACKED Israel", "France URGED Hezbollah"}},
	{"release of those detained, captor before", "The Sudanese army arrested Prime Minister Abdalla Hamdok on Monday. Markets were shut. The African Union demanded the release of the officials who had been detained.",
		[]string{"African Union URGED Sudanese Armed Forces"}},
	{"release, passive capture before", "Two Indian fishermen were detained by Sri Lanka on Friday. New Delhi called for the release of the jailed fishermen.",
		[]string{"India URGED Sri Lanka"}},
	{"release, no capture reported", "Talks resumed on Monday. The African Union demanded the release of the officials who had been detained.", nil},
	{"release, seized power is no capture", "The army seized power in Niger on Wednesday. The African Union demanded the release of the officials who had been detained.", nil},
	{"release, capture too far back", "The Sudanese army arrested Prime Minister Abdalla Hamdok on Monday. Markets were shut. Banks closed. Schools closed. Roads closed. Flights stopped. Shops closed. Buses stopped. Phones were cut. The African Union demanded the release of the officials who had been detained.",
		nil},
	{"release of other captives, no definite phrase", "Hamas seized two Israeli soldiers on Sunday. Separately, the United Nations urged the release of jailed journalists.",
		[]string{"Hamas ATTACKED Israel"}},
	{"release of the same captives, bare but agreeing", "Hamas seized two Israeli soldiers on Sunday. Israel shut the crossings. The United Nations urged the release of abducted Israeli soldiers.",
		[]string{"Hamas ATTACKED Israel", "United Nations URGED Hamas"}},
	{"release of other captives, a new group", "Iran detained a French tourist in Tehran. Germany's foreign minister later demanded the release of arrested students.", nil},
	// a vow's infinitive names the threatened act
	{"vow to strike", "Despite repeated Israeli vows to destroy Hamas, talks went on in Cairo.", []string{"Israel WARNED Hamas"}},
	{"vow to sanction", "The EU's vow to impose new sanctions on Russia was welcomed in Kyiv.", []string{"European Union WARNED Russia"}},
	{"coordinated vow", "Despite British and French vows to strike Iran, the talks continued.", []string{"United Kingdom WARNED Iran", "France WARNED Iran"}},
	{"pledge of help is no threat", "Germany's pledge to defend Poland was repeated on Monday.", nil},
	// a request for X to act
	{"request for X to act", "Cambodia's request for ASEAN to intervene in the dispute was turned down.", []string{"Cambodia URGED Association of Southeast Asian Nations"}},
	{"request by X for Y to act", "A request by Kenya for Uganda to withdraw its troops went unanswered.", []string{"Kenya URGED Uganda"}},
	{"request for aid, no actor", "Kenya's request for more food aid went unanswered.", nil},
	// "they" for one actor named in the plural, subject of the verb of saying
	{"they for a plural demonym", "The Israelis said they had struck Hamas positions overnight.", []string{"Israel ATTACKED Hamas"}},
	{"they for a plural group", "The Houthis say they answered a request from Iran.", []string{"Iran URGED Houthis"}},
	{"they for a state name in -s is none", "The United States said they had struck Iran.", nil},
}

func TestRound23Nom(t *testing.T) { runRuleCases(t, round23nomCases) }
