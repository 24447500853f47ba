package extract

import "testing"

// twelfthBCases cover the rules read off the pooled misses of the twelfth
// round (categories 1, 2, 4 and 5: lexical gaps, nominal events, acts with
// no trigger verb, threats; /work/analysis/pooled-lexical.md): sentences of
// our own that must give the edges, and sentences with the same words that
// must give none.
var twelfthBCases = []ruleCase{
	// "after" or "before" standing alone is an adverb, no clause opener
	{"blamed X shortly after and vowed", "Syria blamed Turkey for the raid shortly after and said it would retaliate.", []string{"Syria ACCUSED Turkey", "Syria WARNED Turkey"}},
	{"a clause opened by after keeps its own subject", "Syria said it would retaliate after Turkey struck its border posts.", []string{"Turkey ATTACKED Syria"}},
	// a vow answers the act that a marker of sequence names as an actor's
	{"after the X announcement, Y pledged to retaliate", "Shortly after the Algerian announcement, Morocco pledged to retaliate.", []string{"Morocco WARNED Algeria"}},
	{"following X's decision, Y vowed a response", "Following Pakistan's decision, India vowed a firm response.", []string{"India WARNED Pakistan"}},
	{"in response to the X move, Y said it would retaliate", "In response to the Chinese move, Japan said it would retaliate.", []string{"Japan WARNED China"}},
	{"after its own announcement (own side)", "After the Moroccan announcement, Morocco pledged to retaliate.", nil},
	{"after a meeting with X, a vow with no act answered", "After the meeting, Morocco pledged to retaliate.", nil},
	// an appeal answered by the clause's subject: "after/following" an appeal noun
	{"acted following intense pressure by X", "Nepal postponed the signing following intense pressure by China.", []string{"China URGED Nepal"}},
	{"following pressure from X, Y acted", "Following pressure from Washington, Seoul dropped the tariffs.", []string{"United States URGED South Korea"}},
	{"acted after calls from X", "Armenia withdrew its troops after calls from Russia.", []string{"Russia URGED Armenia"}},
	{"after any pressure (no act)", "Seoul dropped the tariffs after any pressure from Washington.", nil},
	{"struck following calls by X for weapons (no appeal to the striker)", "Russia struck Kyiv following calls by Ukraine for more weapons.", []string{"Russia ATTACKED Ukraine"}},
	// two modifiers between a possessor or an article and the trigger noun
	{"during his recent state visit to X, Y", "During his recent state visit to Japan, Marcos signed three accords.", []string{"Ferdinand Marcos Jr. SPOKE_WITH Japan"}},
	{"X's latest border deal with Y", "Kyrgyzstan's latest border deal with Tajikistan angered villagers.", []string{"Kyrgyzstan SPOKE_WITH Tajikistan"}},
	{"his planned state visit (no act)", "His planned state visit to Japan was cancelled.", nil},
	// a wrong named with its agent after a participle of doing, or past a
	// word of judgement
	{"said the violations being committed by X", "Armenia said the violations being committed by Azerbaijan must stop.", []string{"Armenia ACCUSED Azerbaijan"}},
	{"said the atrocities carried out by X", "Ukraine said the atrocities carried out by Russia would be punished.", []string{"Ukraine ACCUSED Russia"}},
	{"said X's unacceptable violation", "Manila said China's unacceptable violation of its waters must end.", []string{"Philippines ACCUSED China"}},
	{"violations reported by X (a reporter, no agent)", "Armenia said the violations reported by Azerbaijan were false.", nil},
	// a noun of force judged in a speaker's words
	{"'X's unprovoked and unjustified war against Y,' Z said", "\"The summit was overshadowed by Russia's unprovoked and unjustified war against Georgia,\" Condoleezza Rice said.", []string{"Condoleezza Rice ACCUSED Russia", "Russia ATTACKED Georgia"}},
	{"said X's brutal bombardment of Y", "Turkey said Syria's brutal bombardment of Idlib must end.", []string{"Turkey ACCUSED Syria"}},
	{"the writer's own judging words (no speaker)", "Russia's unprovoked war against Georgia began in 2008.", []string{"Russia ATTACKED Georgia"}},
	{"a speaker's own side judged", "\"Our relentless war against Hamas will go on,\" Benjamin Netanyahu said.", []string{"Israel ATTACKED Hamas"}},
	// a wrong named before a closing attribution
	{"faced with the provocations of X, ..., Y said", "Faced with the repeated provocations of the Houthis near the border, the army acted, the Saudi defence ministry said on Monday.", []string{"Saudi Arabia ACCUSED Houthis"}},
	{"X's aggression killed ..., Y said", "Israeli aggression killed five people in Gaza, Hamas said.", []string{"Hamas ACCUSED Israel"}},
	{"a wrong with no attribution (the writer's words)", "Israeli aggression killed five people in Gaza on Monday.", nil},
	// "we advise", "we encourage": the speaker performs the appeal
	{"'We advise the X side not to ...,' Y said", "\"We advise the Japanese side not to stir up trouble,\" Chinese spokeswoman Hua Chunying said.", []string{"Hua Chunying URGED Japan"}},
	{"'We encourage X to ...,' Y said", "\"We encourage Serbia to return to the talks,\" EU envoy Miroslav Lajcak said.", []string{"Miroslav Lajčák URGED Serbia"}},
	{"'We were advised by X' (the appeal is X's)", "\"We were advised by Serbia to wait,\" Kosovo's prime minister Albin Kurti said.", []string{"Serbia URGED Kosovo"}},
	// congratulations are conveyed and are praise
	{"X congratulated Y on ...", "Erdogan congratulated Azerbaijan on its victory.", []string{"Recep Tayyip Erdogan SPOKE_WITH Azerbaijan", "Recep Tayyip Erdogan SUPPORTED Azerbaijan"}},
	{"X did not congratulate Y", "Erdogan did not congratulate Armenia.", nil},
	// "him" after an office no actor holds is that office-holder
	{"telephoned the chairman ... to congratulate him", "Armenia's president Serzh Sargsyan rejected the vote. Vladimir Putin telephoned the chairman of the regional assembly to congratulate him.", nil},
	{"him with no office before is the person named last", "Armenia's president Serzh Sargsyan rejected the vote. Vladimir Putin criticised him.", []string{"Vladimir Putin ACCUSED Serzh Sargsyan"}},
	// "X and other (ADJ) calls": X owns the appeal turned down
	{"defied a X and other international calls", "Pyongyang defied a U.N. and other international calls to stop its missile tests.", []string{"United Nations URGED North Korea"}},
	{"defied other international calls (no owner)", "Pyongyang defied other international calls to stop its missile tests.", nil},
	// "a delegation from the X" as the subject: X acts
	{"a delegation from the X made a trip to Y", "A delegation from the European Parliament made a historic trip to Armenia.", []string{"European Parliament SPOKE_WITH Armenia"}},
	{"a trip from the X (a place, no delegation)", "The flight from the European Parliament building to Armenia was delayed.", nil},
	// "authorities from X" are X's
	{"advised authorities from X to", "Ugandan President Yoweri Museveni advised authorities from Kenya to settle the dispute.", []string{"Yoweri Museveni URGED Kenya"}},
	{"advised the local authorities (no state)", "Ugandan President Yoweri Museveni advised the local authorities to settle the dispute.", nil},
	// an act told as coming is no act: "upcoming", "forthcoming", "proposed", "scheduled"
	{"his upcoming state visit to X (future)", "Marcos discussed his upcoming state visit to Japan.", nil},
	{"the scheduled talks with X (future)", "Marcos prepared for the scheduled talks with Japan.", nil},
	// disapproval told as a noun aimed at a definite act named before
	{"voiced dissatisfaction at the move (the latest act's agent)", "Japan shot down a Chinese drone on Monday. China voiced its strong dissatisfaction at the move.", []string{"Japan ATTACKED China", "China ACCUSED Japan"}},
	{"voiced concern over the exercises held before", "South Korea held live-fire drills near the island. Russia voiced \"grave concern\" over the exercises.", []string{"Russia ACCUSED South Korea"}},
	{"concern over the move with no act on record", "China voiced its strong dissatisfaction at the move.", nil},
	// a note of formal protest handed to a state
	{"delivered a note of formal protest to the X embassy", "Morocco delivered a note of formal protest to the Spanish embassy in Rabat.", []string{"Morocco ACCUSED Spain", "Morocco SPOKE_WITH Spain"}},
	{"a note of formal protest with no addressee", "Morocco prepared a note of formal protest.", nil},
}

func TestTwelfthRoundB(t *testing.T) { runRuleCases(t, twelfthBCases) }
