package extract

import "testing"

// lexical2Cases cover the third walk of the trigger inventory (triggers.tsv,
// "Issue 10, third walk"; docs/decisions/ext4c.md): for each group of forms
// sentences of our own that must give the edge, and sentences with the same
// words that must give none.
var lexical2Cases = []ruleCase{
	// CAMEO 04 consult, 05 cooperate
	{"contacted", "Macron contacted Zelensky on Sunday.", []string{"Emmanuel Macron SPOKE_WITH Volodymyr Zelensky"}},
	{"apprised", "Berlin apprised Warsaw of the plan.", []string{"Germany SPOKE_WITH Poland"}},
	{"toured", "Blinken toured Israel last week.", []string{"Antony Blinken SPOKE_WITH Israel"}},
	{"chatted with", "Erdogan chatted with Putin in Sochi.", []string{"Recep Tayyip Erdogan SPOKE_WITH Vladimir Putin"}},
	{"huddled with", "Scholz huddled with Macron before the vote.", []string{"Olaf Scholz SPOKE_WITH Emmanuel Macron"}},
	{"inked a deal with", "Kenya inked a deal with Ethiopia.", []string{"Kenya SPOKE_WITH Ethiopia"}},
	{"hammered out a deal with", "Russia hammered out a grain deal with Turkey.", []string{"Russia SPOKE_WITH Turkey"}},
	{"toured no actor", "The minister toured the flooded villages.", nil},
	{"contact negated", "Paris has not contacted Niamey since the coup.", nil},
	// mediation: "M negotiated (presided over, shuttled) ... between A and B"
	{"negotiated between", "Turkey negotiated a ceasefire between Russia and Ukraine.", []string{"Turkey SPOKE_WITH Russia", "Turkey SPOKE_WITH Ukraine"}},
	{"presided over a signing between", "Putin presided over the signing of a deal between Armenia and Azerbaijan.",
		[]string{"Armenia SPOKE_WITH Azerbaijan", "Vladimir Putin SPOKE_WITH Armenia", "Vladimir Putin SPOKE_WITH Azerbaijan"}},
	{"shuttled between", "Egypt shuttled between Israel and Hamas all week.", []string{"Egypt SPOKE_WITH Israel", "Egypt SPOKE_WITH Hamas"}},
	{"negotiated with stays", "Qatar negotiated with Hamas.", []string{"Qatar SPOKE_WITH Hamas"}},
	{"presided over a cabinet is none", "Netanyahu presided over a cabinet meeting.", nil},
	// CAMEO 17-20 force
	{"intercepted a vessel", "Iran intercepted a British tanker.", []string{"Iran ATTACKED United Kingdom"}},
	{"intercepted drones", "Israel intercepted Iranian drones over the Golan.", []string{"Israel ATTACKED Iran"}},
	{"intercepted no actor", "Ottawa intercepted communications between the two men.", nil},
	// annexation is a legal act, left out (news_test "anaphora move")
	{"annexed is none", "Russia annexed four regions of Ukraine.", nil},
	{"repelled", "Ukraine repelled Russian troops near Kharkiv.", []string{"Ukraine ATTACKED Russia"}},
	{"beat back", "Kyiv's forces beat back Russian troops.", []string{"Ukraine ATTACKED Russia"}},
	{"battered", "Russia battered Ukraine's energy grid.", []string{"Russia ATTACKED Ukraine"}},
	{"hammered", "Russia hammered Ukrainian cities overnight.", []string{"Russia ATTACKED Ukraine"}},
	{"encircled", "Ukrainian forces encircled Russian troops near Kursk.", []string{"Ukraine ATTACKED Russia"}},
	{"massacred", "Eritrean troops massacred Ethiopian soldiers in Tigray.", []string{"Eritrea ATTACKED Ethiopia"}},
	{"shot dead", "Indian troops shot dead two Pakistani soldiers.", []string{"India ATTACKED Pakistan"}},
	// split phrasal verbs of force: the particle after the object makes the act
	{"drove out of", "The SDF drove Islamic State out of Raqqa.", []string{"Syrian Democratic Forces ATTACKED Islamic State"}},
	{"pushed back", "Ukraine pushed Russian forces back from Kharkiv.", []string{"Ukraine ATTACKED Russia"}},
	{"pushed to stays an appeal", "Washington pushed Israel to accept a ceasefire.", []string{"United States URGED Israel"}},
	{"forced out of", "Turkey forced the YPG out of Afrin.", []string{"Turkey ATTACKED People's Protection Units"}},
	{"drove no particle is none", "Russia drove a hard bargain with Ukraine.", nil},
	{"traded fire", "Indian and Pakistani troops traded fire across the Line of Control.", []string{"India ATTACKED Pakistan", "Pakistan ATTACKED India"}},
	{"exchanged gunfire with", "Thai troops exchanged gunfire with Cambodian forces.", []string{"Thailand ATTACKED Cambodia", "Cambodia ATTACKED Thailand"}},
	// CAMEO 07 provide aid: "pledged X to Y"
	{"pledged systems to", "Germany pledged more air defence systems to Ukraine.", []string{"Germany SUPPORTED Ukraine"}},
	{"pledged to infinitive is no aid", "Qatar pledged to rebuild Gaza's schools.", nil},
	{"X's war with Y", "Israel's war with Hamas has killed thousands.", []string{"Israel ATTACKED Hamas", "Hamas ATTACKED Israel"}},
	{"X's conflict with Y", "Ethiopia's conflict with Eritrea ended in 2018.", []string{"Ethiopia ATTACKED Eritrea", "Eritrea ATTACKED Ethiopia"}},
	// a judgement before a shifted object
	{"denounced as adj the", "Ankara denounced as \"unacceptable\" the Israeli strikes on Lebanon.", []string{"Turkey ACCUSED Israel", "Israel ATTACKED Lebanon"}},
	{"condemned in the strongest terms the", "Egypt condemned in the strongest terms the Israeli raid on Rafah.", []string{"Egypt ACCUSED Israel"}},
	// invective: framing verbs and nouns of wrongdoers
	{"compared to a criminal", "Vucic compared Kurti to a criminal.", []string{"Aleksandar Vučić ACCUSED Albin Kurti"}},
	{"the only culprit", "\"Kurti is the only culprit,\" Vucic said.", []string{"Aleksandar Vučić ACCUSED Albin Kurti"}},
	{"branded a separatist", "Beijing branded Lai Ching-te a separatist.", []string{"China ACCUSED Lai Ching-te"}},
	{"crossed a red line", "Israel said Hezbollah had crossed a red line.", []string{"Israel ACCUSED Hezbollah"}},
	{"compared no invective is none", "Vucic compared Kurti to his predecessor.", nil},
	// "sent X to Y" is support only when X is help given
	{"sent systems to", "Germany sent more air defence systems to Ukraine.", []string{"Germany SUPPORTED Ukraine"}},
	{"sent Y bombs", "The US sent Israel more bombs.", []string{"United States SUPPORTED Israel"}},
	{"sent a delegation is no support", "Egypt sent a delegation to Israel.", nil},
	{"sent balloons is no support", "North Korea sent balloons to South Korea.", nil},
	{"received a call from", "Zelensky received a call from Macron.", []string{"Emmanuel Macron SPOKE_WITH Volodymyr Zelensky"}},
	{"welcomed a visit stays no guest", "Kyiv welcomed Macron's visit.", nil},
	// a passive giving verb: the giver after "by", the one helped after "to"
	{"support provided by X to Y", "The UN condemned the support provided by Rwanda to M23.", []string{"United Nations ACCUSED Rwanda", "Rwanda SUPPORTED M23"}},
	{"drones supplied by X to Y", "Kyiv denounced the drones supplied by Iran to Russia.", []string{"Ukraine ACCUSED Iran", "Iran SUPPORTED Russia"}},
	{"conveyed by X to Y", "India's concern was conveyed by Jaishankar to Wang Yi in a phone call.", []string{"Subrahmanyam Jaishankar SPOKE_WITH Wang Yi"}},
	{"fired by X at Y", "The missiles were fired by Iran at Israel.", []string{"Iran ATTACKED Israel"}},
	{"a message delivered by X to Y is no support", "The message was delivered by Qatar to Hamas.", nil},
	{"a delegation sent by X to Y is no support", "A delegation sent by Egypt to Israel arrived.", nil},
	// support received: the giver after "of"/"from", the subject receives
	{"had the backing of", "Manila had the backing of the United States.", []string{"United States SUPPORTED Philippines"}},
	{"received support from", "Kyiv received support from Washington.", []string{"United States SUPPORTED Ukraine"}},
	{"under pressure from", "Israel is under pressure from Washington to allow more aid.", []string{"United States URGED Israel"}},
	{"faces pressure from", "Netanyahu faces pressure from Biden to agree to a ceasefire.", []string{"Joe Biden URGED Benjamin Netanyahu"}},
	{"won the support of", "Ukraine won the support of Poland.", []string{"Poland SUPPORTED Ukraine"}},
	// "claimed responsibility for" lends its subject to the act
	{"claimed responsibility for", "Hamas claimed responsibility for the rocket attack on Israel.", []string{"Hamas ATTACKED Israel"}},
	{"claimed responsibility for a dated attack", "The Houthis claimed responsibility for Saturday's attack on Saudi Arabia.", []string{"Houthis ATTACKED Saudi Arabia"}},
	{"carried out last week's strike", "Israel carried out last week's strike on Iran.", []string{"Israel ATTACKED Iran"}},
	{"denied responsibility is none", "Iran denied responsibility for the attack on the tankers.", nil},
	{"rained rockets on", "Hezbollah rained rockets on Israel overnight.", []string{"Hezbollah ATTACKED Israel"}},
	{"unleashed on", "Israel unleashed a wave of strikes on Lebanon.", []string{"Israel ATTACKED Lebanon"}},
	{"battered weather", "The hurricane battered Cuba.", nil},
	{"rained weather", "It rained on Israel all week.", nil},
	{"hammered home", "Iran hammered home its message to Washington.", nil},
	{"repelled future", "Taiwan will repel any Chinese landing.", nil},
	// water cannon, ramming and seizure told as a verb or a noun (relations.md)
	{"water-cannoned", "Chinese vessels water-cannoned a Philippine boat.", []string{"China ATTACKED Philippines"}},
	{"used water cannon against", "Chinese coast guard ships used water cannon against Philippine vessels.", []string{"China ATTACKED Philippines"}},
	{"turned water cannons on", "Chinese ships turned water cannons on a Philippine supply boat.", []string{"China ATTACKED Philippines"}},
	{"ramming of", "China's ramming of a Philippine vessel drew protests.", []string{"China ATTACKED Philippines"}},
	{"seizure of", "Iran's seizure of a British tanker angered London.", []string{"Iran ATTACKED United Kingdom"}},
	{"interception of", "Israel's interception of Iranian drones was praised.", []string{"Israel ATTACKED Iran"}},
	{"water cannon on protesters is none", "Police used water cannon against protesters.", nil},
	{"seizure of drugs is none", "The seizure of drugs by police was reported.", nil},
	// CAMEO 11 disapprove
	{"belittled", "Erdogan belittled Macron.", []string{"Recep Tayyip Erdogan ACCUSED Emmanuel Macron"}},
	{"denigrated", "Beijing denigrated Taipei.", []string{"China ACCUSED Taiwan"}},
	{"upbraided", "Ankara upbraided Athens over the islands.", []string{"Turkey ACCUSED Greece"}},
	{"smeared", "Moscow smeared Kyiv on state television.", []string{"Russia ACCUSED Ukraine"}},
	{"snubbed", "Modi snubbed Trudeau at the summit.", []string{"Narendra Modi ACCUSED Justin Trudeau"}},
	{"implicated", "Kenya implicated Rwanda in the attack.", []string{"Kenya ACCUSED Rwanda"}},
	{"called out", "Washington called out Beijing for its coercion.", []string{"United States ACCUSED China"}},
	{"tore into", "Trump tore into Zelensky.", []string{"Donald Trump ACCUSED Volodymyr Zelensky"}},
	{"took a swipe at", "Orban took a swipe at Brussels.", []string{"Viktor Orbán ACCUSED European Union"}},
	{"scoffed at", "Tehran scoffed at Washington's offer.", []string{"Iran ACCUSED United States"}},
	{"bristled at", "India bristled at Canada's remarks.", []string{"India ACCUSED Canada"}},
	{"remonstrated with", "Dublin remonstrated with London over the bill.", []string{"Ireland ACCUSED United Kingdom"}},
	{"slammed the door is none", "Trump slammed the door on a deal with Iran.", nil},
	{"smeared negated", "Moscow did not smear Kyiv.", nil},
	{"called out to is none", "The crowd called out to the president.", nil},
	// CAMEO 051 praise, 07 aid
	{"complimented", "Biden complimented Kishida on the summit.", []string{"Joe Biden SUPPORTED Fumio Kishida"}},
	{"championed", "Paris championed Kyiv's bid to join the bloc.", []string{"France SUPPORTED Ukraine"}},
	{"safeguarded", "Turkey safeguarded Azerbaijan.", []string{"Turkey SUPPORTED Azerbaijan"}},
	{"bailed out", "Beijing bailed out Islamabad again.", []string{"China SUPPORTED Pakistan"}},
	{"donated to", "Norway donated $10 million to Ukraine.", []string{"Norway SUPPORTED Ukraine"}},
	{"lent to", "Japan lent patrol boats to the Philippines.", []string{"Japan SUPPORTED Philippines"}},
	{"stood up for", "Madrid stood up for Rabat in the dispute.", []string{"Spain SUPPORTED Morocco"}},
	{"thanks to is none", "Thanks to Russian air power, Syria retook Aleppo.", nil},
	{"lent credence is none", "The report lent credence to the theory.", nil},
	// CAMEO 10 demand, 13 threaten
	{"begged", "Orban begged Brussels to release the funds.", []string{"Viktor Orbán URGED European Union"}},
	{"cajoled", "Kyiv cajoled Berlin into sending tanks.", []string{"Ukraine URGED Germany"}},
	{"dissuaded", "Seoul dissuaded Washington from withdrawing troops.", []string{"South Korea URGED United States"}},
	{"prevailed on", "Doha prevailed on Hamas to free the hostages.", []string{"Qatar URGED Hamas"}},
	{"intimidated", "Russia intimidated Moldova with drills.", []string{"Russia WARNED Moldova"}},
	{"served notice on", "Ankara served notice on Athens.", []string{"Turkey WARNED Greece"}},
	{"prevailing is none", "The prevailing view in Cairo is caution.", nil},
}

func TestLexical2(t *testing.T) { runRuleCases(t, lexical2Cases) }
