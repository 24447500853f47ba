package extract

import "testing"

// round23contactCases are contact shapes of round 23 (helper contact): a
// meeting told as company at one appearance ("stood next to", "speaking
// alongside", "was joined by ... at a news conference"), and a summons
// whose host is the organ it is made to, or told as a gerund.
var round23contactCases = []ruleCase{
	{"stood next to a counterpart", "Saimumin Yatiyev said the clashes must end as he stood next to his Kyrgyz counterpart Kamchybek Tashiyev.", []string{"Saimumin Yatiyev SPOKE_WITH Kamchybek Tashiyev"}},
	{"fronted speaking alongside", "Speaking alongside Emmanuel Macron at a news conference, Joe Biden said the alliance was strong.", []string{"Joe Biden SPOKE_WITH Emmanuel Macron"}},
	{"standing beside in apposition", "Joe Biden, standing beside Emmanuel Macron, said the alliance was strong.", []string{"Joe Biden SPOKE_WITH Emmanuel Macron"}},
	{"news conference alongside", "Joe Biden told a news conference alongside Emmanuel Macron that the alliance was strong.", []string{"Joe Biden SPOKE_WITH Emmanuel Macron"}},
	{"joined by several at a press conference", "John Kerry presented the accord at a press conference in Kabul where he was joined by Ashraf Ghani and Abdullah Abdullah.", []string{"John Kerry SPOKE_WITH Ashraf Ghani", "John Kerry SPOKE_WITH Abdullah Abdullah", "Ashraf Ghani SPOKE_WITH Abdullah Abdullah"}},
	{"joined at the event by", "Khaled Meshaal, who was joined at the event by Ramadan Shalah, praised the truce.", []string{"Khaled Meshaal SPOKE_WITH Ramadan Shalah"}},
	{"standing alongside a state is no meeting", "Britain stands alongside Ukraine.", nil},
	{"joined by in an act is no meeting", "The United States was joined by Britain in the talks on trade.", nil},
	{"a planned appearance is none", "Joe Biden will appear alongside Emmanuel Macron on Friday.", nil},
	{"a negated appearance is none", "Joe Biden did not stand next to Emmanuel Macron.", nil},
	{"summoned to a named organ", "Georgia's ambassador was summoned to the US State Department on Monday.", []string{"United States ACCUSED Georgia", "United States SPOKE_WITH Georgia"}},
	{"summoned to a foreign ministry named by its demonym", "Iran's ambassador was summoned to the French foreign ministry.", []string{"France ACCUSED Iran", "France SPOKE_WITH Iran"}},
	{"a gerund summons", "Irakli Kobakhidze declined to comment on Georgia's ambassador, Tamar Taliashvili, being summoned to the US State Department.", []string{"United States ACCUSED Georgia", "United States SPOKE_WITH Tamar Taliashvili"}},
}

func TestRound23Contact(t *testing.T) { runRuleCases(t, round23contactCases) }
