package extract

import "testing"

// round23censbCases come from a census of unseen news sentences with two
// actors and no edge (each written anew).
var round23censbCases = []ruleCase{
	{"two adjectives coordinated before an attack noun", "The US condemned Russia's repeated and deadly attacks on Ukraine.", []string{"United States ACCUSED Russia", "Russia ATTACKED Ukraine"}},
	{"continuing and intensifying attacks with a by-agent", "Britain condemned the continuing and intensifying attacks by Russia on Ukraine.", []string{"United Kingdom ACCUSED Russia", "Russia ATTACKED Ukraine"}},
	{"a press conference with a person, parenthetical", "Blinken, at a press conference with Wang Yi, said the talks were useful.", []string{"Antony Blinken SPOKE_WITH Wang Yi"}},
	{"a news conference with a person, fronted", "At a news conference with Emmanuel Macron, Olaf Scholz said Europe stood united.", []string{"Olaf Scholz SPOKE_WITH Emmanuel Macron"}},
	{"a news conference with a person after said", "Scholz said at a news conference with Macron that Europe stood united.", []string{"Olaf Scholz SPOKE_WITH Emmanuel Macron"}},
	{"a press conference with reporters is no meeting", "Speaking at a press conference with reporters, Joe Biden said Vladimir Putin had miscalculated.", nil},
	{"a person in what was said is no partner", "Joe Biden, speaking at a press conference with Emmanuel Macron, said Bashar al-Assad had lost all legitimacy.", []string{"Joe Biden SPOKE_WITH Emmanuel Macron"}},
	{"a press conference planned", "Joe Biden will hold a press conference with Emmanuel Macron on Friday.", nil},
	{"the object before the setting is no speaker", "Biden rebuked Netanyahu at a news conference with Macron on Thursday.", []string{"Joe Biden ACCUSED Benjamin Netanyahu", "Joe Biden SPOKE_WITH Emmanuel Macron"}},
	{"the subject of what was said is no speaker", "Scholz said Putin had lied, at a press conference with Macron.", []string{"Olaf Scholz SPOKE_WITH Emmanuel Macron"}},
	{"two adjectives coordinated with a comma", "Japan denounced China's sustained, escalating strikes on Taiwan.", []string{"Japan ACCUSED China", "China ATTACKED Taiwan"}},
}

func TestRound23censb(t *testing.T) { runRuleCases(t, round23censbCases) }
