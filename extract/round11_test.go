package extract

import "testing"

// eleventhCases cover the eleventh round's rules (docs/extractor.md,
// "Eleventh round"): sentences of our own that must give the edges, and
// sentences with the same words that must give none.
var eleventhCases = []ruleCase{
	// a threat told as the consequences the other side will answer for
	{"X shall be responsible for all the ensuing consequences", "China said Lithuania shall be responsible for all the ensuing consequences.", []string{"China WARNED Lithuania"}},
	{"X will bear all the consequences", "Beijing said Vilnius will bear all the consequences.", []string{"China WARNED Lithuania"}},
	{"X is responsible for the consequences of a past act", "Poland said Belarus is responsible for the consequences of the crisis.", []string{"Poland ACCUSED Belarus"}},
	// a stated readiness to take measures against someone
	{"reserves the right to take other measures against X", "Moscow said it reserves the right to take other measures against Britain.", []string{"Russia WARNED United Kingdom"}},
	{"is ready to take all necessary measures against X", "Beijing is ready to take all necessary measures against Taipei.", []string{"China WARNED Taiwan"}},
	{"reserves the right to take measures to protect (no one aimed at)", "Russia reserves the right to take measures to protect its citizens.", nil},
	// a reprisal told to the one it is aimed at
	{"X told Y that it would retaliate", "Turkey told the Netherlands on Sunday that it would retaliate in the harshest ways.", []string{"Turkey WARNED Netherlands", "Turkey SPOKE_WITH Netherlands"}},
	{"X told Y it will respond", "Iran told the United States it will respond.", []string{"Iran WARNED United States", "Iran SPOKE_WITH United States"}},
	{"X told Y it would respond to Z's attacks", "Iran told Qatar it would respond to Israel's attacks.", []string{"Iran WARNED Israel", "Iran SPOKE_WITH Qatar"}},
	{"X told Y it would not respond", "Iran told the United States it would not respond.", []string{"Iran SPOKE_WITH United States"}},
	{"X told Y it would respond to a proposal", "Iran told Qatar it would respond to the proposal.", []string{"Iran SPOKE_WITH Qatar"}},
	{"X told Y it would retaliate if Z", "Iran told Qatar that it would retaliate if Israel attacked.", []string{"Iran SPOKE_WITH Qatar"}},
	{"X told Y it would act as mediator", "The Netherlands told Turkey that it would act as a mediator.", []string{"Netherlands SPOKE_WITH Turkey"}},
	// an act done in protest at another's
	{"downgraded ties in protest of X opening", "China downgraded its relations with Lithuania in protest of Taiwan opening an office in Vilnius.", []string{"China ACCUSED Taiwan"}},
	{"recalled its ambassador in protest at X's raid", "Jordan recalled its ambassador in protest at Israel's raid.", []string{"Jordan ACCUSED Israel"}},
	{"marched in protest at a visit (no actor protests)", "Hundreds of people marched in protest at the visit.", nil},
	// suspicion voiced of someone
	{"X suspects Y of involvement", "Britain suspects Russia of involvement in the attack.", []string{"United Kingdom ACCUSED Russia"}},
	{"suspected X agents fled (a hedge)", "The suspected Russian agents fled to Moscow.", nil},
	// a release demanded of the state the captives are held in
	{"called for the release of N detained in STATE", "Canada called for the release of activists detained in Saudi Arabia.", []string{"Canada URGED Saudi Arabia"}},
	{"detained during a wave of arrests in STATE", "Canada called for the immediate release of campaigners detained during a wave of arrests in Saudi Arabia.", []string{"Canada URGED Saudi Arabia"}},
	{"held in STATE by a group: the group", "France called for the release of hostages held in Mali by JNIM.", []string{"France URGED Jama'at Nusrat al-Islam wal-Muslimin"}},
	// a relative clause of an agent no actor names has its own subject
	{"supporting a rebel group that launched attacks", "Burundi accuses Rwanda of supporting a rebel group that has launched deadly attacks on its territory.", []string{"Burundi ACCUSED Rwanda"}},
	{"an attack that killed keeps its owner", "Israel launched an attack that killed two Hamas commanders.", []string{"Israel ATTACKED Hamas"}},
	// "the two leaders" after a sentence of exactly two persons
	{"A met B. The two leaders urged X", "Ethiopian Prime Minister Abiy Ahmed met Eritrean President Isaias Afwerki in Jeddah. The two leaders urged Egypt to return to talks.",
		[]string{"Abiy Ahmed SPOKE_WITH Isaias Afwerki", "Abiy Ahmed URGED Egypt", "Isaias Afwerki URGED Egypt"}},
	// a duty told to the ones told is an appeal to them
	{"told X they should", "Mevlut Cavusoglu told the Greek Cypriots they should forget about the guarantees.", []string{"Mevlut Cavusoglu URGED Cyprus", "Mevlut Cavusoglu SPOKE_WITH Cyprus"}},
	{"told X we should (the speaker's duty)", "Blinken told Netanyahu that we should work together.", []string{"Antony Blinken SPOKE_WITH Benjamin Netanyahu"}},
	{"told X he should not", "Blinken told Netanyahu that he should not expect support.", []string{"Antony Blinken SPOKE_WITH Benjamin Netanyahu"}},
	// the two communities of Cyprus as the press names them
	{"the Greek Cypriot side accused the Turkish Cypriots", "The Greek Cypriot side accused the Turkish Cypriots of stalling.", []string{"Cyprus ACCUSED Turkish Republic of Northern Cyprus"}},
	// a deadline set for someone to act
	{"ignored a deadline set by X for Y to explain", "Moscow ignored a deadline set by Britain for Russia to explain the attack.", []string{"United Kingdom URGED Russia"}},
	{"X's deadline for Y to explain", "Britain's deadline for Russia to explain the attack passed.", []string{"United Kingdom URGED Russia"}},
	{"the deadline for the talks (no one given it)", "The deadline for the talks passed.", nil},
	// a participle between a noun and its agent
	{"the demand issued by X to Y", "The demand issued by Britain to Russia went unanswered.", []string{"United Kingdom URGED Russia"}},
	// an accord agreed to by its parties, with the one it is "with"
	{"the deal with X, agreed to by A, B and C", "The deal with Iran, agreed to by the United States, China and Russia, lifts sanctions.",
		[]string{"United States SPOKE_WITH China", "United States SPOKE_WITH Russia", "China SPOKE_WITH Russia", "United States SPOKE_WITH Iran", "China SPOKE_WITH Iran", "Russia SPOKE_WITH Iran"}},
	{"the plan was agreed to by A and B", "The plan was agreed to by Israel and Hamas.", []string{"Israel SPOKE_WITH Hamas"}},
	// an envoy expelled stands for his state; a charge made with the act is its grievance
	{"expelled X's ambassador NAME over", "Saudi Arabia expelled Canadian ambassador Dennis Horak over alleged interference.", []string{"Saudi Arabia ACCUSED Canada"}},
	{"expelled an X diplomat, alleging", "Canada expelled an Indian diplomat, alleging that agents of India were linked to the killing.", []string{"Canada ACCUSED India"}},
	{"expelled X diplomats, accusing them of spying", "Russia expelled two Estonian diplomats, accusing them of spying.", []string{"Russia ACCUSED Estonia"}},
	{"expelled X diplomats (no grievance told)", "Russia expelled two Estonian diplomats on Monday.", nil},
	// a readiness to help, said now, is a pledge
	{"was prepared to support X", "Washington was prepared to support Ukraine for as long as it takes.", []string{"United States SUPPORTED Ukraine"}},
	{"stands ready to help X", "The US stands ready to help Israel.", []string{"United States SUPPORTED Israel"}},
	// a pledge of support told to the one it is made to
	{"promised X that Y would not abandon it", "Obama promised a sceptical Israel that Washington would not abandon it.", []string{"Barack Obama SUPPORTED Israel", "United States SUPPORTED Israel"}},
	{"promised X that Y would defend Z", "Putin promised Assad that Russia would defend Syria.", []string{"Vladimir Putin SUPPORTED Syria", "Russia SUPPORTED Syria"}},
	{"promised X that Y would not support Z", "Putin promised Assad that Russia would not support the rebels.", nil},
	{"promised X that Y would not attack it", "Trump promised Kim Jong Un that the US would not attack North Korea.", nil},
	// a threat noun with the act threatened after "to"
	{"his warning to impose sanctions against X", "Trump followed through on his warning last week to impose sanctions against Turkey.", []string{"Donald Trump WARNED Turkey"}},
	{"X's threat to strike Y", "Israel's threat to strike Iran alarmed Washington.", []string{"Israel WARNED Iran"}},
	{"the threat to X (no act)", "The threat to Israel grew.", nil},
	// an ultimatum for someone to act; an ultimatum to someone
	{"issued an ultimatum for X to return ... or face", "Eritrea issued an ultimatum for Djibouti to return the deserters or face armed action.", []string{"Eritrea URGED Djibouti", "Eritrea WARNED Djibouti"}},
	{"X's ultimatum to Y", "Eritrea's ultimatum to Djibouti expired.", []string{"Eritrea WARNED Djibouti"}},
	// a pair in contact, with no "with"
	{"A and B have been in contact", "China and Indonesia have been in contact.", []string{"China SPOKE_WITH Indonesia"}},
	// India's foreign ministry by its own name
	{"the MEA said", "\"We urge the Nepal government to refrain from unjustified cartographic assertion,\" the MEA said.", []string{"India URGED Nepal"}},
	// a claim backed up is no actor helped
	{"backed up its claim", "A row between Seoul and Tokyo escalated after Japan released a video it said backed up its claim.", nil},
	{"support our efforts", "\"The Israelis support our efforts to achieve a ceasefire,\" Blinken said.", []string{"Israel SUPPORTED United States"}},
	// the owner of the grievance behind a protest act
	{"summoned X's ambassadors, in response to comments from NAME", "Saudi Arabia and the UAE summoned Lebanon's ambassadors, in response to comments from the Lebanese Information Minister George Kordahi.",
		[]string{"Saudi Arabia ACCUSED Lebanon", "United Arab Emirates ACCUSED Lebanon", "Saudi Arabia SPOKE_WITH Lebanon", "United Arab Emirates SPOKE_WITH Lebanon", "Saudi Arabia ACCUSED George Kordahi", "United Arab Emirates ACCUSED George Kordahi"}},
	{"summoned the X envoy over the Y strikes", "Iran summoned the Swiss envoy over the US strikes.", []string{"Iran ACCUSED Switzerland", "Iran SPOKE_WITH Switzerland", "Iran ACCUSED United States"}},
	// a warning against an act names its agent; pushing back on an act
	{"warned against any military action by X", "David Cameron warned against any military action by Argentina.", []string{"David Cameron WARNED Argentina"}},
	{"warned of attacks by X (an alert, no warning to X)", "China warned of attacks by the Houthis.", nil},
	{"pushed back on X's decision", "Germany pushed back on the US decision over the territory.", []string{"Germany ACCUSED United States"}},
	// "out of control" judges; "the junta" is the state whose junta was named
	{"X's junta was out of control. He called the junta illegitimate", "French Foreign Minister Jean-Yves Le Drian said that Mali's ruling junta was out of control. He also called the junta illegitimate.", []string{"Jean-Yves Le Drian ACCUSED Mali"}},
	// two persons of one state are two sides
	{"A accused B, both of one state", "Salva Kiir accused Riek Machar of plotting a coup.", []string{"Salva Kiir ACCUSED Riek Machar"}},
	{"a state and its own official are one side", "Kenya's envoy Macharia Kamau said Kenya was disappointed.", nil},
	// a scare quote before "between" hides no side
	{"a settlement of the \"open issues\" between A and B", "Ukraine called for a peaceful settlement of the \"open issues\" between Moldova and Transnistria.", []string{"Ukraine URGED Moldova", "Ukraine URGED Transnistria"}},
	// "was quoted as saying" attributes
	{"\"...,\" X was quoted as saying", "\"Russia must leave Ukraine,\" Wopke Hoekstra was quoted as saying by a newspaper.", []string{"Wopke Hoekstra URGED Russia"}},
	{"\"...,\" X was quoted as saying (no act)", "\"The weather is bad,\" Wopke Hoekstra was quoted as saying.", nil},
	// a threat told as consequences for the one threatened
	{"warned of serious consequences for X", "Patrushev warned of serious consequences for Lithuania.", []string{"Nikolai Patrushev WARNED Lithuania"}},
	{"X's response will have consequences for Y", "Russia's response will have serious consequences for Lithuania, Patrushev said.", []string{"Russia WARNED Lithuania"}},
	{"the drought will have consequences for X", "Patrushev said the drought will have serious consequences for Lithuania.", nil},
	// an act of the one named before its noun, welcomed, is praised
	{"welcomed the X decision", "Stoltenberg welcomed the US decision to deploy more jets.", []string{"Jens Stoltenberg SUPPORTED United States"}},
	{"welcomed the X president (a meeting)", "Stoltenberg welcomed the Finnish president in Brussels.", []string{"Jens Stoltenberg SPOKE_WITH Finland"}},
	// an adverbial set off by commas between a subject and its verb
	{"X, after the talks, accused Y", "Russia, after the talks, accused Estonia of provocation.", []string{"Russia ACCUSED Estonia"}},
	{"X, in a note, urged Y", "Estonia, in a note, urged Russia to return the buoys.", []string{"Estonia URGED Russia"}},
	{"X, accused by Y, said nothing", "Russia, accused by Estonia of provocation, said nothing.", []string{"Estonia ACCUSED Russia"}},
	// force that a demand to stop it presupposes, with "the"
	{"asked X to stop the attacks on Y", "Iohannis asked Russia to stop the attacks on Ukraine.", []string{"Klaus Iohannis URGED Russia", "Russia ATTACKED Ukraine"}},
	{"X condemned the aggression against Y (no agent)", "Russia condemned the aggression against Ukraine.", nil},
	// a distancing free relative before an object
	{"condemned what it called X's refusal", "Germany condemned what it called Moscow's refusal to cooperate.", []string{"Germany ACCUSED Russia"}},
	{"expelled diplomats over what it said was X's refusal", "Germany expelled two diplomats at the Russian embassy over what it said was Moscow's refusal to cooperate.", []string{"Germany ACCUSED Russia"}},
	{"condemned what it called a routine matter", "Germany condemned what it called a routine matter.", nil},
	// counted members of a body are not the body
	{"three EU member states, A, B and C, pressured Brussels", "Three EU member states, Poland, Hungary and Slovakia, pressured Brussels to impose a ban.", []string{"Poland URGED European Union", "Hungary URGED European Union", "Slovakia URGED European Union"}},
	{"two NATO members urged X (no one named)", "Two NATO members urged Germany to send tanks.", nil},
	// "poses a threat" judges; "politically motivated" is a judgement
	{"said X poses a threat to Y", "Huitfeldt said Russia poses a threat to Norway.", []string{"Anniken Huitfeldt ACCUSED Russia"}},
	{"said climate change poses a threat", "Huitfeldt said climate change poses a threat to Norway.", nil},
	{"called the X verdict politically motivated", "Russia called the Dutch verdict politically motivated.", []string{"Russia ACCUSED Netherlands"}},
	// a denied charge that names its own target
	{"denied X's claims that Y did", "Peskov denied Finland's claims that Russia directed migrants to the border.", []string{"Finland ACCUSED Russia"}},
	// the "of" phrase of a noun of force names the one it is done to
	{"condemned the invasion of X", "The EU condemned the invasion of Ukraine.", nil},
	{"condemned the invasion of X by Y", "The EU condemned the invasion of Ukraine by Russia.", []string{"European Union ACCUSED Russia", "Russia ATTACKED Ukraine"}},
	{"condemned the shelling of X cities by Y", "The EU condemned the shelling of Ukrainian cities by Russia.", []string{"European Union ACCUSED Russia", "Russia ATTACKED Ukraine"}},
	// a protest against an act names its agent
	{"protested against the restrictions imposed by X", "Russia protested against the restrictions imposed by Lithuania.", []string{"Russia ACCUSED Lithuania"}},
	{"protested against the sanctions imposed on X", "Russia protested against the sanctions imposed on Lithuania.", nil},
	// a quote's speaker named after a title
	{"\"We condemn X,\" said Treasury Secretary NAME", "\"We condemn Russia,\" said Treasury Secretary Janet Yellen.", []string{"Janet Yellen ACCUSED Russia"}},
	{"\"We condemn X,\" Treasury Secretary NAME said", "\"We condemn Russia,\" Treasury Secretary Janet Yellen said.", []string{"Janet Yellen ACCUSED Russia"}},
	{"\"We condemn nobody,\" said Treasury Secretary NAME", "\"We condemn nobody,\" said Treasury Secretary Janet Yellen.", nil},
	// "the military" is the state it rules or is named in
	{"seized power in X. ... called on the military", "Soldiers seized power in Burkina Faso. The African Union called on the military to cease violence against civilians.", []string{"African Union URGED Burkina Faso"}},
	{"called on the military in X", "The African Union called on the military in Burkina Faso to cease violence.", []string{"African Union URGED Burkina Faso"}},
	{"called on the military (no state)", "The African Union called on the military to cease violence.", nil},
	// a readiness to pursue or impose measures against someone
	{"stands ready to pursue action against X", "The United States stands ready to pursue further action against Ethiopia.", []string{"United States WARNED Ethiopia"}},
	{"stands ready to take action against the Government of X", "The United States stands ready to take action against the Government of Ethiopia.", []string{"United States WARNED Ethiopia"}},
	{"stands ready to impose sanctions on X", "The United States stands ready to impose sanctions on Eritrea.", []string{"United States WARNED Eritrea"}},
	// a document issued by its issuer speaks for it
	{"a communique issued by X ordered Y", "A communique issued by ECOWAS ordered Guinea's junta to release Alpha Conde.", []string{"Economic Community of West African States URGED Guinea"}},
	{"a communique issued by X was read out", "A communique issued by ECOWAS was read out in Guinea.", nil},
	// a role named in passing between subject and verb
	{"X, as chair of ORG, met Y", "Nana Akufo-Addo, as chair of ECOWAS, met Mamady Doumbouya.", []string{"Nana Akufo-Addo SPOKE_WITH Mamady Doumbouya"}},
	{"X, in his capacity as chair of ORG, held talks with Y", "Nana Akufo-Addo, in his capacity as chair of ECOWAS, held talks with Guinea's junta.", []string{"Nana Akufo-Addo SPOKE_WITH Guinea"}},
	{"X, as G7 president, met Y", "Emmanuel Macron, as G7 president, met Vladimir Putin.", []string{"Emmanuel Macron SPOKE_WITH Vladimir Putin"}},
	// officials and experts "of" or "from" a state are the state
	{"experts of A and B held talks", "Experts of DR Congo and Zambia held talks in Lubumbashi.", []string{"Democratic Republic of the Congo SPOKE_WITH Zambia"}},
	{"urged authorities from X to", "John Magufuli urged authorities from Kenya to reopen the border.", []string{"John Magufuli URGED Kenya"}},
	// an invitation to act, by its agent, is no act yet
	{"was invited by X to facilitate talks between A and B", "Uhuru Kenyatta was invited by the African Union to facilitate peace talks between the Government of Ethiopia and the TPLF.", nil},
	// condolences conveyed to someone are a contact
	{"offered his condolences to X", "Joe Biden offered his condolences to Pope Francis.", []string{"Joe Biden SPOKE_WITH Pope Francis"}},
	{"expressed condolences to the X people", "Joe Biden expressed his condolences to the Japanese people.", []string{"Joe Biden SPOKE_WITH Japan"}},
	{"offered his condolences (no one)", "Joe Biden offered his condolences.", nil},
	// seeing someone as a threat or an enemy is a charge
	{"sees X as an existential threat", "Israel sees Iran as an existential threat.", []string{"Israel ACCUSED Iran"}},
	{"views X as its main adversary", "Saudi Arabia views the Houthis as its main adversary.", []string{"Saudi Arabia ACCUSED Houthis"}},
	{"calls X its sworn enemy", "North Korea calls the United States its sworn enemy.", []string{"North Korea ACCUSED United States"}},
	{"views X as a key partner", "India views Japan as a key partner.", nil},
	{"sees X as a possible mediator", "Egypt sees Turkey as a possible mediator.", nil},
	// removing a ruler by force
	{"led a military coup against X", "Abdel Fattah el-Sisi led a military coup against Mohamed Morsi.", []string{"Abdel Fattah el-Sisi ATTACKED Mohamed Morsi"}},
	{"overthrew X", "Abdel Fattah el-Sisi overthrew Mohamed Morsi.", []string{"Abdel Fattah el-Sisi ATTACKED Mohamed Morsi"}},
	{"survived a coup attempt (no agent)", "Recep Tayyip Erdogan survived a coup attempt in 2016.", nil},
	{"accused X of plotting to topple Y (a plot)", "Nicolas Maduro accused Washington of plotting to topple his government.", []string{"Nicolás Maduro ACCUSED United States"}},
	// "the spokesperson" takes up an unnamed office-holder of a state named before
	{"A X spokesperson ... The spokesperson condemned Y", "A State Department spokesperson spoke to reporters. The spokesperson condemned Iran's missile test.", []string{"United States ACCUSED Iran"}},
	{"A X ministry spokesperson ... The spokesperson urged Y", "A Chinese foreign ministry spokesperson held a briefing. The spokesperson urged Japan to show restraint.", []string{"China URGED Japan"}},
	{"The spokesperson condemned Y (no one named)", "The spokesperson condemned Iran.", nil},
	// the members named after "including" are the subject, commas or none
	{"X states including the Y condemned Z", "Arab states including the UAE condemned Iran.", []string{"United Arab Emirates ACCUSED Iran"}},
	{"X countries including A and B condemned Z", "Western countries including France and Germany condemned Iran.", []string{"France ACCUSED Iran", "Germany ACCUSED Iran"}},
	{"X states except the Y condemned Z", "Gulf states except the UAE condemned Iran.", nil},
	// a critic of another is the copula's subject past "has long been"
	// ("a backer of", "an ally of" stay descriptors: relations.md)
	{"X has long been a critic of Y", "Turkey has long been a critic of the Muslim Brotherhood.", []string{"Turkey ACCUSED Muslim Brotherhood"}},
	{"X has long been a backer of Y (a descriptor)", "Turkey has long been a backer of the Muslim Brotherhood.", nil},
	// an exchange of prisoners is a deal between its sides
	{"A and B carried out a prisoner swap", "Russia and the United States carried out a prisoner swap.", []string{"Russia SPOKE_WITH United States"}},
	{"freed X in a prisoner exchange with Y", "Russia freed an American journalist in a prisoner exchange with the United States.", []string{"Russia SPOKE_WITH United States"}},
	{"proposed a prisoner exchange with Y", "Russia proposed a prisoner exchange with the United States.", nil},
	// a ban "as" a terrorist group is a designation
	{"outlawed X as a terrorist organization", "Egypt has outlawed the Muslim Brotherhood as a terrorist organization.", []string{"Egypt ACCUSED Muslim Brotherhood"}},
	{"banned imports from X", "Egypt banned imports from Turkey.", nil},
	// a detention judged wrongful charges the captor
	{"said X had been wrongfully detained by Y", "Joe Biden said Evan Gershkovich had been wrongfully detained by Russia.", []string{"Joe Biden ACCUSED Russia"}},
	{"said X was wrongfully imprisoned in Y", "Antony Blinken said Paul Whelan was wrongfully imprisoned in Russia.", []string{"Antony Blinken ACCUSED Russia"}},
	{"said X had been detained in Y (no judgement)", "Joe Biden said the journalist had been detained in Russia.", nil},
	// an organisation the dictionary does not know, named after its state
	{"met the STATE Opposition Movements Alliance", "Kenya met the South Sudan Opposition Movements Alliance.", []string{"Kenya SPOKE_WITH South Sudan Opposition Movements Alliance"}},
	{"met the DEMONYM National Movement", "Kenya met the Somali National Movement.", []string{"Kenya SPOKE_WITH Somali National Movement"}},
	{"met the DEMONYM government (the state)", "Kenya met the Somali government.", []string{"Kenya SPOKE_WITH Somalia"}},
	{"a known name wins", "Kenya met the Sudan People's Liberation Movement.", []string{"Kenya SPOKE_WITH Sudan People's Liberation Movement"}},
	// a gathering attended or taken part in is a meeting of its participants
	{"the session was attended by A, B and C", "The session was attended by Vladimir Putin, Alexander Lukashenko and Kassym-Jomart Tokayev.",
		[]string{"Vladimir Putin SPOKE_WITH Alexander Lukashenko", "Vladimir Putin SPOKE_WITH Kassym-Jomart Tokayev", "Alexander Lukashenko SPOKE_WITH Kassym-Jomart Tokayev"}},
	{"A and B took part in the session", "Vladimir Putin and Xi Jinping took part in the session.", []string{"Vladimir Putin SPOKE_WITH Xi Jinping"}},
	{"A and B will attend a session (future)", "Vladimir Putin and Xi Jinping will attend a session next month.", nil},
	{"A and B took part in the war (no gathering)", "Russia and China took part in the war.", nil},
	// titles of office before a name
	{"met House Speaker NAME", "Xi Jinping met House Speaker Nancy Pelosi.", []string{"Xi Jinping SPOKE_WITH Nancy Pelosi"}},
	{"met Chief Adviser NAME", "Narendra Modi met Chief Adviser Muhammad Yunus.", []string{"Narendra Modi SPOKE_WITH Muhammad Yunus"}},
	// "he" after a person's act named before in the sentence is that person
	{"after X's visit to Y, where he discussed ... with Z", "Touhid Hossain spoke in Dhaka. The request comes after Indian Foreign Secretary Vikram Misri's visit to Bangladesh, where he discussed bilateral issues with Chief Advisor Muhammad Yunus.",
		[]string{"Vikram Misri SPOKE_WITH Bangladesh", "Vikram Misri SPOKE_WITH Muhammad Yunus"}},
	// pressure put on someone, or an act done under another's pressure
	{"X put pressure on Y", "India put pressure on Sri Lanka to delay the ship.", []string{"India URGED Sri Lanka"}},
	{"inflation put pressure on the government (no actor)", "Inflation put pressure on the government.", nil},
	{"Y did V after pressure from X", "Sri Lanka delayed the ship's arrival after pressure from India.", []string{"India URGED Sri Lanka"}},
	{"Y suffered under pressure (no source)", "Sri Lanka's economy suffered under pressure.", nil},
	// a stop made in a capital on a journey is a visit
	{"X stopped in CAPITAL on his way back", "Emmanuel Macron stopped in Riyadh on his way back from Abu Dhabi.", []string{"Emmanuel Macron SPOKE_WITH Saudi Arabia"}},
	{"the fighting stopped in PLACE (no actor)", "The fighting stopped in Gaza.", nil},
}

func TestEleventhRound(t *testing.T) { runRuleCases(t, eleventhCases) }
