package extract

import "testing"

// twelfthBCases cover the rules read off the pooled misses of the twelfth
// round (categories 1, 2, 4 and 5: lexical gaps, nominal events, acts with
// no trigger verb, threats; /work/analysis/pooled-lexical.md): sentences of
// our own that must give the edges, and sentences with the same words that
// must give none.
var twelfthBCases = []ruleCase{
	// "after" or "before" standing alone is an adverb, no clause opener
	{"blamed X shortly after and vowed", "Peru blamed Chile for the shelling soon after and said it would hit back.", []string{"Peru ACCUSED Chile", "Peru WARNED Chile"}},
	{"a clause opened by after keeps its own subject", "Peru said it would hit back after Chile shelled its border posts.", []string{"Chile ATTACKED Peru", "Peru ACCUSED Chile"}},
	// a vow answers the act that a marker of sequence names as an actor's
	{"after the X announcement, Y pledged to retaliate", "Hours after the Bolivian announcement, Paraguay pledged to retaliate.", []string{"Paraguay WARNED Bolivia"}},
	{"following X's decision, Y vowed a response", "Following Chile's decision, Peru vowed a firm response.", []string{"Peru WARNED Chile"}},
	{"in response to the X move, Y said it would retaliate", "In response to the Peruvian move, Ecuador said it would retaliate.", []string{"Ecuador WARNED Peru"}},
	{"after its own announcement (own side)", "After the Paraguayan announcement, Paraguay pledged to retaliate.", nil},
	{"after a meeting with X, a vow with no act answered", "After the meeting, Paraguay pledged to retaliate.", nil},
	// an appeal answered by the clause's subject: "after/following" an appeal noun
	{"acted following intense pressure by X", "Bhutan postponed the signing following strong pressure by India.", []string{"India URGED Bhutan"}},
	{"following pressure from X, Y acted", "Following pressure from Washington, Tokyo scrapped the levy.", []string{"United States URGED Japan"}},
	{"acted after calls from X", "Serbia pulled back its police after calls from Brussels.", []string{"European Union URGED Serbia"}},
	{"after any pressure (no act)", "Tokyo scrapped the levy after any pressure from Washington.", nil},
	{"struck following calls by X for weapons (no appeal to the striker)", "Russia bombed Kyiv following calls by Ukraine for new weapons.", []string{"Russia ATTACKED Ukraine"}},
	// two modifiers between a possessor or an article and the trigger noun
	{"during his recent state visit to X, Y", "During his recent state visit to Chile, Modi signed two accords.", []string{"Narendra Modi SPOKE_WITH Chile"}},
	{"X's latest border deal with Y", "Peru's latest water deal with Bolivia upset farmers.", []string{"Peru SPOKE_WITH Bolivia"}},
	{"his planned state visit (no act)", "His planned state visit to Chile was called off.", nil},
	// a wrong named with its agent after a participle of doing, or past a
	// word of judgement
	{"said the violations being committed by X", "Vietnam said the violations being committed by China had to end.", []string{"Vietnam ACCUSED China"}},
	{"said the atrocities carried out by X", "Sudan said the atrocities carried out by the RSF would not go unpunished.", []string{"Sudan ACCUSED Rapid Support Forces"}},
	{"said X's unacceptable violation", "Hanoi said China's unacceptable violation of its fishing grounds had to stop.", []string{"Vietnam ACCUSED China"}},
	{"violations reported by X (a reporter, no agent)", "Vietnam said the violations reported by China were invented.", nil},
	// a noun of force judged in a speaker's words
	{"'X's unprovoked and unjustified war against Y,' Z said", "\"Grain prices rose because of Russia's unprovoked and unjustified war against Ukraine,\" Olaf Scholz said.", []string{"Olaf Scholz ACCUSED Russia", "Russia ATTACKED Ukraine"}},
	{"said X's brutal bombardment of Y", "Jordan said Israel's brutal bombardment of Gaza had to stop.", []string{"Jordan ACCUSED Israel"}},
	{"the writer's own judging words (no speaker)", "Russia's unprovoked war against Ukraine entered its third year.", []string{"Russia ATTACKED Ukraine"}},
	{"a speaker's own side judged", "\"Our relentless war against Hamas is far from over,\" Yoav Gallant said.", []string{"Israel ATTACKED Hamas"}},
	// a wrong named before a closing attribution
	{"faced with the provocations of X, ..., Y said", "Faced with the constant provocations of the Taliban along the frontier, the troops fired back, the Pakistani foreign ministry said on Tuesday.", []string{"Pakistan ACCUSED Taliban"}},
	{"X's aggression killed ..., Y said", "Russian aggression left three villages in ruins, Kyiv said.", []string{"Ukraine ACCUSED Russia"}},
	{"a wrong with no attribution (the writer's words)", "Russian aggression left three villages in ruins last week.", nil},
	// "we advise", "we encourage": the speaker performs the appeal
	{"'We advise the X side not to ...,' Y said", "\"We advise the Indian side to show restraint at the border,\" Chinese spokesman Lin Jian said.", []string{"Lin Jian URGED India"}},
	{"'We encourage X to ...,' Y said", "\"We encourage Armenia to keep the channel open,\" EU foreign policy chief Josep Borrell said.", []string{"Josep Borrell URGED Armenia"}},
	{"'We were advised by X' (the appeal is X's)", "\"We were advised by Russia to wait,\" Armenia's prime minister Nikol Pashinyan said.", []string{"Russia URGED Armenia"}},
	// congratulations are conveyed and are praise
	{"X congratulated Y on ...", "Modi congratulated Sri Lanka on its smooth election.", []string{"Narendra Modi SPOKE_WITH Sri Lanka", "Narendra Modi SUPPORTED Sri Lanka"}},
	{"X did not congratulate Y", "Modi did not congratulate Pakistan.", nil},
	// "him" after an office no actor holds is that office-holder
	{"telephoned the chairman ... to congratulate him", "Kenya's president William Ruto disputed the count. Yoweri Museveni rang the governor of the border county to congratulate him.", nil},
	{"him with no office before is the person named last", "Kenya's president William Ruto disputed the count. Yoweri Museveni criticised him.", []string{"Yoweri Museveni ACCUSED William Ruto"}},
	// "X and other (ADJ) calls": X owns the appeal turned down
	{"defied a X and other international calls", "Minsk defied EU and other repeated calls to free the jailed reporters.", []string{"European Union URGED Belarus"}},
	{"defied other international calls (no owner)", "Minsk defied other repeated calls to free the jailed reporters.", nil},
	// "a delegation from the X" as the subject: X acts
	{"a delegation from the X made a trip to Y", "A delegation from the European Parliament made a two-day trip to Moldova.", []string{"European Parliament SPOKE_WITH Moldova"}},
	{"a trip from the X (a place, no delegation)", "The bus from the European Parliament building to Moldova was late.", nil},
	// "authorities from X" are X's
	{"advised authorities from X to", "Kenyan President William Ruto advised authorities from Somalia to reopen the crossing.", []string{"William Ruto URGED Somalia"}},
	{"advised the local authorities (no state)", "Kenyan President William Ruto advised the local authorities to reopen the crossing.", nil},
	// an act told as coming is no act: "upcoming", "forthcoming", "proposed", "scheduled"
	{"his upcoming state visit to X (future)", "Modi discussed his upcoming state visit to Chile.", nil},
	{"the scheduled talks with X (future)", "Modi got ready for the scheduled talks with Chile.", nil},
	// disapproval told as a noun aimed at a definite act named before
	{"voiced dissatisfaction at the move (the latest act's agent)", "India shot down a Pakistani drone at dawn. Pakistan voiced its strong dissatisfaction at the move.", []string{"India ATTACKED Pakistan", "Pakistan ACCUSED India"}},
	{"voiced concern over the exercises held before", "Taiwan held live-fire drills off the coast. China voiced \"grave concern\" over the exercises.", []string{"China ACCUSED Taiwan"}},
	{"concern over the move with no act on record", "Pakistan voiced its strong dissatisfaction at the move.", nil},
	// a note of formal protest handed to a state
	{"delivered a note of formal protest to the X embassy", "Algeria delivered a note of formal protest to the French embassy.", []string{"Algeria ACCUSED France", "Algeria SPOKE_WITH France"}},
	{"a note of formal protest with no addressee", "Algeria drafted a note of formal protest.", nil},
}

func TestTwelfthRoundB(t *testing.T) { runRuleCases(t, twelfthBCases) }
