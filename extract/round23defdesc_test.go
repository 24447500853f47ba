package extract

import "testing"

// round23defdescCases are definite descriptions and titles whose referent
// the text names elsewhere: "the army chief" is a title, never the army;
// "armed forces chief" is a military office; "the junta leaders" are the
// junta's state; "the administration" and
// "the regime" are the state whose government the text named with that
// word before.
var round23defdescCases = []ruleCase{
	{"army title: the army chief", "Army chief Eyal Zamir toured the border on Sunday. The army chief condemned Iran on Monday.", []string{"Eyal Zamir ACCUSED Iran"}},
	{"army title: the military chief", "Military chief Eyal Zamir toured the border on Sunday. The military chief warned Hezbollah on Monday.", []string{"Eyal Zamir WARNED Hezbollah"}},
	{"armed forces chief after the name", "Army chief Eyal Zamir toured the border on Sunday. Israel's armed forces chief vowed to target Hamas leaders abroad.", []string{"Eyal Zamir WARNED Hamas"}},
	{"armed forces chief before the name", "Israel's armed forces chief vowed on Friday to target Hamas leaders abroad. Lieutenant General Eyal Zamir said the campaign would go on.", []string{"Eyal Zamir WARNED Hamas"}},
	{"administration: a leader's", "The Biden administration is divided over Rafah. The administration pressed Israel on Monday to consider other options.", []string{"United States URGED Israel"}},
	{"administration: a state's", "The US administration held a meeting on Sunday. The administration condemned Iran on Tuesday.", []string{"United States ACCUSED Iran"}},
	{"administration: a clause after", "The rift grew as the Biden administration weighed its options. The administration began pushing Israel to drop the ground operation.", []string{"United States URGED Israel"}},
	{"regime: a state's", "Syria's regime is isolated. Turkey condemned the regime on Sunday.", []string{"Turkey ACCUSED Syria"}},
	{"regime: a leader's", "The Assad regime is isolated. Turkey condemned the regime on Sunday.", []string{"Turkey ACCUSED Syria"}},
	// no government named with that word: unresolved
	{"administration: none named", "Israel struck Rafah on Sunday. The administration condemned Iran on Tuesday.", nil},
	{"administration: a leader only", "President Joe Biden spoke on Monday. The administration condemned Iran on Tuesday.", nil},
	{"regime: a sanctions regime", "The sanctions regime failed. The regime condemned Iran on Tuesday.", nil},
	{"junta leaders: after a coup", "Soldiers seized power in Mali on Tuesday. ECOWAS envoys met the junta leaders on Saturday.", []string{"Economic Community of West African States SPOKE_WITH Mali"}},
	{"junta leaders: as subject", "Soldiers seized power in Mali on Tuesday. The junta leaders accused France of plotting.", []string{"Mali ACCUSED France"}},
	{"junta leaders: a named junta", "Mali's junta expelled the French envoy. ECOWAS condemned the junta leaders on Saturday.", []string{"Economic Community of West African States ACCUSED Mali"}},
	{"army title: no holder named", "The army chief condemned Iran on Monday.", nil},
}

func TestRound23Defdesc(t *testing.T) { runRuleCases(t, round23defdescCases) }
