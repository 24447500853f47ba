package extract

import "testing"

// round23cthreatCases are stated threats and appeals of real news told
// without the usual frame: measures to be taken against another, a verb of
// warning whose clause has no "that".
var round23cthreatCases = []ruleCase{
	// measures the speaker's side will take against another: a threat now
	{"would take measures against Y", "China said it would take resolute measures against Japan.", []string{"China WARNED Japan"}},
	{"will take action against Y's acts", "Manila said it would take firm action against attacks by the Chinese coast guard.", []string{"Philippines WARNED China"}},
	{"measures in response to provocations by Y", "Pyongyang said it could take stronger measures in response to provocations by Washington.", []string{"North Korea ACCUSED United States", "North Korea WARNED United States"}},
	{"quoted modifiers before the measures", "Seoul said it would take \"swift, proportionate\" countermeasures against North Korea.", []string{"South Korea WARNED North Korea"}},
	{"quoted act by Y", "Tokyo said it would take measures in response to repeated \"incursions\" by China.", []string{"Japan WARNED China"}},
	// a verb of warning with no "that" before its clause
	{"warned it would strike Y", "Israel warned it would strike Iran.", []string{"Israel WARNED Iran"}},
	{"warned it would take measures against Y", "Turkey warned it would take all necessary measures against the PKK.", []string{"Turkey WARNED Kurdistan Workers' Party"}},
	{"warned his government would act against Y's attacks", "Lula warned his government would take action against attacks by Venezuela.", []string{"Luiz Inácio Lula da Silva WARNED Venezuela"}},
	// a dare to act is an appeal (WordNet 3.0 challenge.v.01)
	{"challenged Y to act", "Colombia challenged Venezuela to let independent observers visit the camps.", []string{"Colombia URGED Venezuela"}},
	{"challenged the officials of Y to act", "Bogota challenged the officials of Venezuela to hand over the rebels.", []string{"Colombia URGED Venezuela"}},
	{"challenged Y's claims is no appeal", "Venezuela challenged Colombia's claims.", nil},
	{"challenged Y in court is no appeal", "Colombia challenged Venezuela in court.", nil},
	// none: measures not stated by the one who takes them, negated, past,
	// conditional, or aimed at no actor
	{"another's forecast of measures", "Analysts said China would take measures against Japan.", nil},
	{"measures negated", "China said it would not take measures against Japan.", nil},
	{"measures taken, past", "China took countermeasures against Japan.", nil},
	{"measures under a condition", "If Japan sends ships, China will take measures against Japan.", nil},
	{"measures against no actor", "China said it would take measures against the floods.", nil},
}

func TestRound23Cthreat(t *testing.T) { runRuleCases(t, round23cthreatCases) }
