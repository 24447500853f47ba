package extract

import "testing"

// round23forceCases are force told in non-canonical syntax (round 23,
// helper "force"): fights named as a topic, fronted fights, and force told
// from the side of the one it hit.
var round23forceCases = []ruleCase{
	// a fight named as the topic of a worry or a talk ("about" is no intent here)
	{"fight about", "Lisa Monaco said she was concerned about clashes between Sudan and South Sudan.", []string{"Sudan ATTACKED South Sudan", "South Sudan ATTACKED Sudan"}},
	{"fight about", "The envoy talked about the fighting between Ethiopia and Eritrea.", []string{"Ethiopia ATTACKED Eritrea", "Eritrea ATTACKED Ethiopia"}},
	{"fight about", "Officials were worried about renewed clashes between Armenian forces and Azerbaijan.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia"}},
	// a fight in a fronted adjunct of time is the pair's that settles it
	{"fronted fight", "After three weeks of fighting, Armenia and Azerbaijan agreed on a ceasefire.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia", "Armenia SPOKE_WITH Azerbaijan"}},
	{"fronted fight", "After years of war, Ethiopia and Eritrea signed a peace deal.", []string{"Ethiopia ATTACKED Eritrea", "Eritrea ATTACKED Ethiopia", "Ethiopia SPOKE_WITH Eritrea"}},
	{"fronted fight", "Following months of clashes that killed hundreds, Sudan and South Sudan reached a truce.", []string{"Sudan ATTACKED South Sudan", "South Sudan ATTACKED Sudan", "Sudan SPOKE_WITH South Sudan"}},
	{"fronted fight, a place of its own (no fight)", "After weeks of fighting in Gaza, Egypt and Qatar proposed a truce.", nil},
	{"fronted fight, no deal (no fight)", "After the fighting, Egypt and Qatar met.", []string{"Egypt SPOKE_WITH Qatar"}},
	{"fronted fight, a deal the pair mediates (no fight)", "After weeks of heavy fighting, Turkey and Qatar mediated a ceasefire in Gaza.", nil},
	{"fronted fight, a deal for a third state (no fight)", "After years of war, France and Britain agreed a ceasefire plan for Libya.", []string{"France SPOKE_WITH United Kingdom"}},
	{"fronted fight, a deal for a place (no fight)", "After months of clashes, Egypt and Jordan signed a truce for Gaza.", []string{"Egypt SPOKE_WITH Jordan"}},
	// third parties (review 23c, finding 18): brokers and outside powers are no fighters
	{"fronted fight, brokers (no fight)", "After months of fighting, Egypt and Qatar brokered a truce in Gaza.", nil},
	{"fronted fight, outside powers (no fight)", "After years of civil war, the United States and Russia agreed a ceasefire plan for Syria.", []string{"United States SPOKE_WITH Russia"}},
	{"about to (no act)", "Armenia is about to attack Azerbaijan.", nil},
	{"about a possible act (no act)", "The envoy talked about a possible attack by Ethiopia on Eritrea.", nil},
}

func TestRound23Force(t *testing.T) { runRuleCases(t, round23forceCases) }
