package extract

import "testing"

// eleventhBCases cover the second part of the eleventh round's rules
// (docs/extractor.md, "Eleventh round, second part"): sentences of our own
// that must give the edges, and sentences with the same words that must
// give none.
var eleventhBCases = []ruleCase{
	// a topic noun between the article (or possessor) and an agreement
	{"reached a security agreement with X", "Japan reached a security agreement with Australia.", []string{"Japan SPOKE_WITH Australia"}},
	{"announced a trade deal with X", "Britain announced a trade deal with India.", []string{"United Kingdom SPOKE_WITH India"}},
	{"reached a maritime agreement with X", "Greece reached a maritime agreement with Egypt.", []string{"Greece SPOKE_WITH Egypt"}},
	{"announced a defence agreement with X (a one-word trigger as modifier)", "Libya announced a defence agreement with Tunisia.", []string{"Libya SPOKE_WITH Tunisia"}},
	{"X's security agreement with Y", "Libya's security agreement with Tunisia took effect.", []string{"Libya SPOKE_WITH Tunisia"}},
	{"is seeking a trade deal with X (not struck)", "Britain is seeking a trade deal with India.", nil},
	{"rejected a security agreement with X", "Japan rejected a security agreement with China.", nil},
	{"X's growing concern at Y's interference", "India voiced its growing concern at the interference of Canadian diplomats.", []string{"India ACCUSED Canada"}},
	{"their immediate conflict of interest (no force)", "Leaders from Tanzania and Malawi should be excluded due to their immediate conflict of interest.", nil},
	// "wage" lends its subject to a campaign or war
	{"is waging an air campaign against X", "The US is waging an air campaign against Islamic State.", []string{"United States ATTACKED Islamic State"}},
	{"waged a campaign against X", "Saudi Arabia waged a campaign against the Houthis.", []string{"Saudi Arabia ATTACKED Houthis"}},
	{"is waging a war on X", "Israel is waging a war on Hamas.", []string{"Israel ATTACKED Hamas"}},
	{"is waging a diplomatic campaign against X (no force)", "Israel is waging a diplomatic campaign against Iran.", nil},
	{"will wage war on X (future)", "Israel will wage war on Hamas.", nil},
	// "it": an object with only its own subject before it, a where-clause's
	// place, a subject after ", and"
	{"X fired. Y struck it", "Hamas fired rockets. Israel struck it the next day.", []string{"Israel ATTACKED Hamas"}},
	{"X seized a city. Y bombed it (the city)", "Islamic State seized Mosul. The United States bombed it.", []string{"Islamic State ATTACKED Iraq"}},
	{"X fired. Y warned it would respond (a subject it)", "Hamas fired rockets. Israel said it would respond.", nil},
	{"in A and B, where a coalition wages a campaign against it", "Islamic State holds towns in Syria and Iraq, where a US-led coalition is engaged in an air campaign against it.", []string{"United States ATTACKED Islamic State"}},
	{"A backs B, where C ..., and it has been sending", "The United States backs Kenya, where Al Shabaab militants stage attacks, and it has been sending money to Kenya.", []string{"United States SUPPORTED Kenya"}},
	{"demanded that the group be met in A, where a coalition wages a campaign against it (no antecedent named)", "Egypt demanded that the radical group be met in Libya as in Iraq, where a US-led coalition is engaged in an air campaign against it.", nil},
	{"A fights B, which C arms, and it strikes D", "Israel fights Hezbollah, which Iran arms, and it also strikes Syria.", []string{"Hezbollah ATTACKED Israel", "Israel ATTACKED Hezbollah", "Israel ATTACKED Syria"}},
	// a mandative clause with no "that"
	{"insisted X withdraw", "Kyiv insisted Russia withdraw its troops.", []string{"Ukraine URGED Russia"}},
	{"insisted the X troops be pulled out", "Baghdad insisted the Turkish forces be withdrawn.", []string{"Iraq URGED Turkey"}},
	{"insisted X withdrew (a statement)", "Kyiv insisted Russia withdrew its troops.", nil},
	{"insisted X had withdrawn (a statement)", "Kyiv insisted Russia had withdrawn its troops.", nil},
	{"insisted X wants (a statement)", "Kyiv insisted Russia wants war.", nil},
	// an appeal passed on: the party the addressee is to make act
	{"called on X to order Y to pull back", "Armenia called on the UN Security Council to order Azerbaijan to pull back its troops.", []string{"Armenia URGED Azerbaijan", "Armenia URGED United Nations Security Council"}},
	{"urged X to press Y to withdraw", "Ukraine urged NATO to press Russia to withdraw its troops.", []string{"Ukraine URGED North Atlantic Treaty Organization", "Ukraine URGED Russia"}},
	{"urged X to condemn Y (no act asked of Y)", "Ukraine urged the United Nations to condemn Russia.", []string{"Ukraine URGED United Nations"}},
}

func TestEleventhRoundB(t *testing.T) { runRuleCases(t, eleventhBCases) }
