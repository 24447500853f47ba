package extract

import "testing"

// tenthCases cover the tenth round's rules (docs/extractor.md, "Tenth
// round"): sentences of our own that must give the edges, and sentences
// with the same words that must give none.
var tenthCases = []ruleCase{
	// an appeal noun that heads its own clause asks for nothing after it
	{"the appeal came during talks between A and B", "The appeal came during talks between Lavrov and Araghchi.", []string{"Sergei Lavrov SPOKE_WITH Abbas Araghchi"}},
	{"the appeal for talks between A and B asks for them", "The appeal for talks between Lavrov and Araghchi went unanswered.", nil},
	// an accord concluded between its sides
	{"a truce agreed between A and B", "The ministers welcomed the truce agreed between Pakistan and Afghanistan.", []string{"Pakistan SPOKE_WITH Afghanistan"}},
	{"an agreement was reached between A and B on DAY", "An agreement was reached between Pakistan and Afghanistan on Sunday.", []string{"Pakistan SPOKE_WITH Afghanistan"}},
	{"the deal struck between A and B", "The deal struck between Ethiopia and Eritrea held.", []string{"Ethiopia SPOKE_WITH Eritrea"}},
	{"no deal was reached between A and B", "No deal was reached between Pakistan and Afghanistan.", nil},
	{"a bare ceasefire between A and B is a state of things", "The ceasefire between Pakistan and Afghanistan held.", nil},
	{"called for a truce agreed between A and B", "Qatar called for a truce agreed between Pakistan and Afghanistan to be respected.", nil},
	// an unnamed counterpart joins a coordinated subject as its state
	{"A and his X counterpart spoke", "Lavrov and his Chinese counterpart spoke by phone on Thursday.", []string{"Sergei Lavrov SPOKE_WITH China"}},
	{"X's minister and his Y counterpart met", "India's foreign minister and his Chinese counterpart met in Moscow.", []string{"India SPOKE_WITH China"}},
	{"A and his X counterpart NAME met", "Jaishankar and his Chinese counterpart Wang Yi met in Moscow.", []string{"Subrahmanyam Jaishankar SPOKE_WITH Wang Yi"}},
	// a wrong named in a speaker's words
	{"said X's violation of", "Rajnath Singh said China's violation of border agreements had eroded ties.", []string{"Rajnath Singh ACCUSED China"}},
	// a verb after a state is no portfolio of a title
	{"STATE met President NAME", "The United States met President Nicolas Maduro.", []string{"United States SPOKE_WITH Nicolás Maduro"}},
	{"STATE condemned President NAME", "Iran condemned President Joe Biden.", []string{"Iran ACCUSED Joe Biden"}},
	{"STATE backed President NAME", "Russia backed President Bashar al-Assad.", []string{"Russia SUPPORTED Bashar al-Assad"}},
	// a titled leader's government is the state
	{"supported President NAME's government", "Russia supported President Bashar al-Assad's government.", []string{"Russia SUPPORTED Syria"}},
	// a state helped is not the state struck in one sentence
	{"strikes in X in support of X's regime", "Russia launched air strikes in Syria in support of President Bashar al-Assad's regime.", []string{"Russia SUPPORTED Syria"}},
	{"strikes in X in support of a rebel side", "Russia launched air strikes in Libya in support of Khalifa Haftar's forces.", []string{"Russia ATTACKED Libya", "Russia SUPPORTED Khalifa Haftar"}},
	// a demonym before a thing hosted names no guest
	{"host X military bases", "Kyrgyzstan and Tajikistan host Russian military bases.", nil},
	{"hosted an X delegation", "Egypt hosted a Russian delegation.", []string{"Egypt SPOKE_WITH Russia"}},
	// a middle name of three may be the one news uses
	{"Minister A B C ... B accused", "Congolese Communications Minister Patrick Muyaya Katembwe spoke. Muyaya also accused Rwandan President Paul Kagame of fueling the conflict.", []string{"Patrick Muyaya Katembwe ACCUSED Paul Kagame"}},
	// an offer of talks is no talks
	{"open to talks with X", "M23 said the group was open to talks with Kinshasa.", nil},
	{"ready for talks with X", "Russia said it was ready for talks with Ukraine.", nil},
	{"returned to talks with X", "Russia returned to talks with Ukraine.", []string{"Russia SPOKE_WITH Ukraine"}},
	// a meeting hosted and attended
	{"the meeting hosted by X, which was also attended by Y", "Tshisekedi skipped the virtual meeting hosted by Kenya, which was also attended by Kagame.", []string{"Kenya SPOKE_WITH Paul Kagame"}},
	{"X hosted a summit attended by Y", "Kenya hosted a summit attended by Paul Kagame.", []string{"Kenya SPOKE_WITH Paul Kagame"}},
	{"attended by without a meeting noun", "The funeral was attended by Paul Kagame.", nil},
	// the purpose of an act charged is the accused's
	{"accused X of sending troops to support Y", "Congo accused Rwanda of sending troops to the city to support the M23 rebels.", []string{"Democratic Republic of the Congo ACCUSED Rwanda", "Rwanda SUPPORTED M23"}},
	{"sent troops to support Y", "Congo sent troops to the city to support the M23 rebels.", []string{"Democratic Republic of the Congo SUPPORTED M23"}},
	// a state broadcaster is a medium
	{"told X state broadcaster NAME", "Putin told Iraqi state television that Russia would help.", nil},
	// guests hosted for talks met each other
	{"hosted A and B for talks", "Blinken hosted Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov for the first direct talks.", []string{"Antony Blinken SPOKE_WITH Ararat Mirzoyan", "Antony Blinken SPOKE_WITH Jeyhun Bayramov", "Ararat Mirzoyan SPOKE_WITH Jeyhun Bayramov"}},
	{"hosted A and B for dinner", "Blinken hosted Ararat Mirzoyan and Jeyhun Bayramov for dinner.", []string{"Antony Blinken SPOKE_WITH Ararat Mirzoyan", "Antony Blinken SPOKE_WITH Jeyhun Bayramov"}},
	// unnamed counterparts in their states
	{"spoke with his counterparts in A and B", "Lavrov spoke by phone with his counterparts in Kyrgyzstan and Tajikistan.", []string{"Sergei Lavrov SPOKE_WITH Kyrgyzstan", "Sergei Lavrov SPOKE_WITH Tajikistan"}},
	// a body's title resolves to the one the article names in that office
	{"EU envoy in a headline, the envoy named after", "EU envoy tells Kosovo and Serbia to return to dialogue. The European Union Special Envoy Miroslav Lajcak urged Serbia and Kosovo to return to dialogue.", []string{"Miroslav Lajčák URGED Kosovo", "Miroslav Lajčák URGED Serbia"}},
	// a fronted meeting's source stands right after its comma
	{"After talks with X, the group will meet Y", "After discussions with Albin Kurti, the group will travel to meet Serbian President Aleksandar Vucic.", nil},
	{"After talks with X, NAME flew", "After talks with Albin Kurti, Lajcak flew home.", []string{"Miroslav Lajčák SPOKE_WITH Albin Kurti"}},
	// a gerund with "of" is a noun
	{"disappointed by signing of X's pact with Y", "Australia was deeply disappointed by signing of Solomon Islands' security pact with China.", []string{"Australia ACCUSED Solomon Islands", "China SPOKE_WITH Solomon Islands"}},
	// a force noun before a thing is its modifier
	{"shot down a X war plane, an act P denounced", "Turkey shot down a Russian war plane, an act President Vladimir Putin denounced as a stab in the back.", []string{"Turkey ATTACKED Russia", "Vladimir Putin ACCUSED Turkey"}},
	{"supplied attack drones to X", "Iran supplied attack drones to Russia.", []string{"Iran SUPPORTED Russia"}},
	{"X's war on Y", "Israel's war on Hamas continued.", []string{"Israel ATTACKED Hamas"}},
	// the UN system's agencies are actors
	{"called on the ICAO", "The EU called on the International Civil Aviation Organisation to investigate.", []string{"European Union URGED International Civil Aviation Organization"}},
	// taking a place back strikes its holder
	{"helped liberate X from Y", "The PKK helped liberate the region from the Islamic State.", []string{"Kurdistan Workers' Party ATTACKED Islamic State"}},
	{"recaptured X from Y", "Iraqi forces recaptured Mosul from the Islamic State.", []string{"Iraq ATTACKED Islamic State"}},
	{"liberated a place of its own", "Ukraine liberated Kherson.", nil},
	// a verb with no noun sense after "The NAME" stays a verb
	{"The NAME liberates", "The PKK liberates the region from the Islamic State.", []string{"Kurdistan Workers' Party ATTACKED Islamic State"}},
	// a surname names no one person in a family or a longer unknown name
	{"stands with the NAME family", "Canada stands together with the Badawi family.", nil},
	{"met activist Samar Badawi", "Canada said its envoy met activist Samar Badawi.", nil},
	{"STATE warns President NAME", "Iran warns President Joe Biden.", []string{"Iran WARNED Joe Biden"}},
	{"X's defence minister NAME is one person", "Kenya's defence minister Aden Duale met Somalia's president.", []string{"Aden Duale SPOKE_WITH Somalia"}},
	// words of negative judgement
	{"calling X's actions reprehensible", "Nicaragua cut relations with Ecuador, calling Ecuador's actions reprehensible.", []string{"Nicaragua ACCUSED Ecuador"}},
	// the agent of a wrong or an attack named after a charge noun
	{"concern over violations by X", "India expressed grave concern over ceasefire violations by Pakistani forces.", []string{"India ACCUSED Pakistan"}},
	{"concern over a visit by X is no charge", "India expressed concern over the visit by Pakistani officials.", nil},
	{"said X's complicity", "India said the attack showed Pakistan's complicity in terrorism.", []string{"India ACCUSED Pakistan"}},
	// the helpers are none of the helped
	{"the militaries of A and B, at the direction of their governments with support from C and D", "Yesterday, the militaries of the United States and United Kingdom, at the direction of their respective governments with support from Australia and Canada, conducted strikes against the Houthis.", []string{"United States ATTACKED Houthis", "United Kingdom ATTACKED Houthis", "Australia SUPPORTED United States", "Australia SUPPORTED United Kingdom", "Canada SUPPORTED United States", "Canada SUPPORTED United Kingdom"}},
	// a warning turned down was made to the one who turns it down
	{"defied warnings from X", "Lithuania defied warnings from Beijing.", []string{"China WARNED Lithuania"}},
	{"ignored the warnings by X", "Iran ignored the warnings by the United States.", []string{"United States WARNED Iran"}},
	// a wrong's agent after "of"
	{"said ties were damaged by the interference of X", "Lavrov said ties had been damaged by the interference of the British Government in Hong Kong.", []string{"Sergei Lavrov ACCUSED United Kingdom"}},
	{"said the occupation of a region", "Lavrov said the occupation of Crimea was over.", nil},
	// a state's broadcaster is a medium
	{"told X's state broadcaster NAME", "Lavrov later told Turkey's state broadcaster TRT that staff were leaving.", nil},
	// a quotation opening with the verb right after its subject
	{"The Council \"calls upon the parties ...,\" it said", "Eritrea and Djibouti clashed. The UN Security Council met. The Council \"calls upon the parties to commit to a ceasefire and to show maximum restraint in the border area,\" it said.", []string{"Eritrea ATTACKED Djibouti", "Djibouti ATTACKED Eritrea", "United Nations Security Council URGED Eritrea", "United Nations Security Council URGED Djibouti"}},
	// a summons with no agent is the post's host's
	{"X's ambassador to Y has been summoned", "China's ambassador to the UK has been summoned to the Foreign Office to explain comments from Beijing.", []string{"United Kingdom ACCUSED China", "United Kingdom SPOKE_WITH China"}},
	{"seized yet another X island", "Uganda has seized yet another Kenyan island.", []string{"Uganda ATTACKED Kenya"}},
	// wanting or needing X to act is an appeal to X
	{"X needs Y to V", "Ukraine needs the United States to send more weapons.", []string{"Ukraine URGED United States"}},
	{"X needs help", "Kenya needs help.", nil},
	{"described X's policy as expansionist", "Raila Odinga described Museveni's policy as expansionist.", []string{"Raila Odinga ACCUSED Yoweri Museveni"}},
	// a region's state noun resolves to a state of that region
	{"the Central American country after China and Taiwan", "Honduras ended its relationship with Taiwan and said it only recognised China, as Taiwan's foreign minister Joseph Wu accused the Central American country of demanding money.", []string{"Joseph Wu ACCUSED Honduras"}},
	// an attempt at a third party's work between two sides is the work
	{"was trying to mediate talks between A and B", "The EU was trying to mediate talks between Kosovo and Serbia.", []string{"European Union SPOKE_WITH Kosovo", "European Union SPOKE_WITH Serbia"}},
	{"tried to broker a deal between A and B", "Qatar tried to broker a deal between Israel and Hamas.", []string{"Qatar SPOKE_WITH Israel", "Qatar SPOKE_WITH Hamas"}},
	{"plans to mediate between A and B", "Qatar plans to mediate between Israel and Hamas.", nil},
	{"will try to mediate between A and B", "Qatar will try to mediate a deal between Israel and Hamas.", nil},
	// the pair named before, with a region's words
	{"between the two Balkan states", "Serbia attacked Kosovo. The EU mediated talks between the two Balkan states.", []string{"Serbia ATTACKED Kosovo", "European Union SPOKE_WITH Serbia", "European Union SPOKE_WITH Kosovo", "Serbia SPOKE_WITH Kosovo"}},
	{"the two Hamas leaders are Hamas", "Israel struck Hamas. The two Hamas leaders met Qatar.", []string{"Israel ATTACKED Hamas", "Hamas SPOKE_WITH Qatar"}},
	// help sent to a state's border is a deployment there
	{"send troops to X border", "Venezuela and Ecuador send troops to Colombian border.", nil},
	{"sent troops to X's border with Y", "Russia sent troops to Syria's border with Turkey.", nil},
	{"sent troops to X", "Russia sent troops to Syria.", []string{"Russia SUPPORTED Syria"}},
	// a place between a passive participle and its agent
	{"were received at a hotel in CITY by X", "Felix Tshisekedi and Vincent Biruta were received at a hotel in Luanda by Angolan President Joao Lourenco.", []string{"João Lourenço SPOKE_WITH Félix Tshisekedi", "João Lourenço SPOKE_WITH Vincent Biruta"}},
	{"was received in CITY by X", "Blinken was received in Cairo by Egyptian President Abdel Fattah el-Sisi.", []string{"Abdel Fattah el-Sisi SPOKE_WITH Antony Blinken"}},
	// a "that" clause of fact after an appeal verb is a claim, no appeal
	{"insisted that X's ships had entered", "Zhao Lijian insisted that the Philippine ships had sailed into the lagoon.", nil},
	{"insisted that X must stop", "Iran insisted that Israel must stop the strikes.", []string{"Iran URGED Israel"}},
	{"demanded that X's forces withdraw", "Russia demanded that Ukrainian forces withdraw.", []string{"Russia URGED Ukraine"}},
	// the one told before a noun of disapproval
	{"expressed to X its outrage", "The Philippines expressed to China its outrage over the incident.", []string{"Philippines SPOKE_WITH China", "Philippines ACCUSED China"}},
	{"expressed to X its support", "The Philippines expressed to China its support.", []string{"Philippines SPOKE_WITH China", "Philippines SUPPORTED China"}},
	{"expressed to X its support for Y", "The Philippines expressed to China its support for Vietnam.", []string{"Philippines SPOKE_WITH China", "Philippines SUPPORTED Vietnam"}},
	// acronyms as the British press writes them; a mixed-case acronym keeps its capitals
	{"Nato warned X", "Nato warned Russia on Monday.", []string{"North Atlantic Treaty Organization WARNED Russia"}},
	{"killed Farc rebels", "Colombian troops killed Farc rebels.", []string{"Colombia ATTACKED Revolutionary Armed Forces of Colombia"}},
	{"Let us warn X is no LeT", "Let us warn Iran.", nil},
	{"LeT attacked X", "LeT attacked India.", []string{"Lashkar-e-Taiba ATTACKED India"}},
	// armed forces crossing into a state
	{"X troops crossed into Y", "Colombian troops crossed into Ecuador.", []string{"Colombia ATTACKED Ecuador"}},
	{"X troops crossed the border into Y", "Colombian troops crossed the border into Ecuador and killed rebels.", []string{"Colombia ATTACKED Ecuador"}},
	{"X refugees crossed into Y", "Ukrainian refugees crossed into Poland.", nil},
	// a hyphenated pair of allies owns the act after it
	{"the A-B strikes on X", "The US-British strikes on the Houthis began on Thursday.", []string{"United States ATTACKED Houthis", "United Kingdom ATTACKED Houthis"}},
	{"condemned the A-B strikes on X", "Israel condemned the US-British strikes on the Houthis.", []string{"United States ATTACKED Houthis", "United Kingdom ATTACKED Houthis", "Israel ACCUSED United States", "Israel ACCUSED United Kingdom"}},
	{"condemned the A-B offensive", "Turkey condemned the Russian-Syrian offensive against the rebels.", []string{"Turkey ACCUSED Russia", "Turkey ACCUSED Syria"}},
	{"A-B talks", "US-China talks resumed.", []string{"United States SPOKE_WITH China"}},
	// a superlative before a noun of the pair's conflict; a dateline in brackets
	{"halt hostilities in their deadliest border conflict", "Thailand and Cambodia agreed to halt hostilities in their deadliest border conflict in a decade.", []string{"Thailand SPOKE_WITH Cambodia", "Thailand ATTACKED Cambodia", "Cambodia ATTACKED Thailand"}},
	{"[CITY] A and B leaders agreed", "[PUTRAJAYA] Thai and Cambodian leaders agreed to halt hostilities.", []string{"Thailand SPOKE_WITH Cambodia"}},
	{"NAME`s warning to X (a backtick for the apostrophe)", "Prime Minister Manmohan Singh`s stern warning to Pakistan came on Monday.", []string{"Manmohan Singh WARNED Pakistan"}},
	// envoys "from" a state are its envoys
	{"summoned ambassadors from A and B", "China summoned ambassadors from North Korea and South Korea.", []string{"China ACCUSED North Korea", "China ACCUSED South Korea", "China SPOKE_WITH North Korea", "China SPOKE_WITH South Korea"}},
	// talks a deal is made conditional on are not held
	{"made X conditional on a dialogue between A and B", "Rwanda made the signing conditional on a direct dialogue between Congo and the M23 rebels.", nil},
	{"conditional on talks between A and B", "Rwanda made the deal conditional on talks between Congo and the M23.", nil},
	// a list of pairs after "between"
	{"talks between A and B, C and D", "Talks between Israel and Hamas, Russia and Ukraine were held in Doha.", []string{"Israel SPOKE_WITH Hamas", "Russia SPOKE_WITH Ukraine"}},
	{"talks between A, B and C", "Talks between Israel, Hamas and Egypt were held.", []string{"Israel SPOKE_WITH Hamas", "Israel SPOKE_WITH Egypt", "Hamas SPOKE_WITH Egypt"}},
	// praise credits the agent of the work praised
	{"praised efforts by X", "Pashinyan praised efforts by the United States to end the war.", []string{"Nikol Pashinyan SUPPORTED United States"}},
	{"commended the role played by X", "Egypt commended the role played by Qatar.", []string{"Egypt SUPPORTED Qatar"}},
	{"praised the troops sent by X: no work credited", "Egypt praised the troops sent by Qatar.", nil},
	// talks a third party opens between two sides
	{"M started talks between A and B", "Borrell on Thursday started high-level crisis talks between Kosovo and Serbia in Brussels.", []string{"Kosovo SPOKE_WITH Serbia", "Josep Borrell SPOKE_WITH Kosovo", "Josep Borrell SPOKE_WITH Serbia"}},
	{"M will open talks between A and B", "Borrell will open talks between Kosovo and Serbia.", nil},
	{"fighting started between A and B", "Fighting started between Kosovo and Serbia.", []string{"Kosovo ATTACKED Serbia", "Serbia ATTACKED Kosovo"}},
	{"the two Balkan leaders arrived for the M-mediated talks", "Serbia attacked Kosovo. The two Balkan leaders arrived for the EU-mediated talks.", []string{"Serbia ATTACKED Kosovo", "Serbia SPOKE_WITH Kosovo", "European Union SPOKE_WITH Serbia", "European Union SPOKE_WITH Kosovo"}},
	// a city after "in" in the object of force is its state's
	{"hit a residential building in CITY", "A Russian missile hit a residential building in Odesa.", []string{"Russia ATTACKED Ukraine"}},
	{"met X at a palace in CITY", "Putin met Erdogan at a palace in Sochi.", []string{"Vladimir Putin SPOKE_WITH Recep Tayyip Erdogan"}},
	{"X strikes on sites in STATE", "Indian strikes on terror sites in Pakistan killed 100 people.", []string{"India ATTACKED Pakistan"}},
	{"X strikes on plants in STATE", "Russian strikes on power plants in Ukraine continued.", []string{"Russia ATTACKED Ukraine"}},
	// fighting alongside one against another
	{"fought alongside X forces against Y", "North Korean troops fought alongside Russian forces against Ukraine.", []string{"North Korea SUPPORTED Russia", "North Korea ATTACKED Ukraine"}},
	{"fought alongside X forces", "North Korean troops fought alongside Russian forces.", []string{"North Korea SUPPORTED Russia"}},
	// a document stopped speaks for no one
	{"vetoed a resolution condemning X", "Russia vetoed a resolution that condemned Syria.", nil},
	{"vetoed a US draft resolution condemning X", "Russia vetoed a US draft resolution condemning Syria.", nil},
	{"adopted a resolution condemning X", "The UN Security Council adopted a resolution condemning Syria.", []string{"United Nations Security Council ACCUSED Syria"}},
	// a handshake is a meeting
	{"A and B shook hands", "Narendra Modi and Shehbaz Sharif shook hands at the summit.", []string{"Narendra Modi SPOKE_WITH Shehbaz Sharif"}},
	{"refused to shake hands with X", "Narendra Modi refused to shake hands with Shehbaz Sharif.", nil},
	// an appeal for restraint with no addressee is aimed at the sides of the fight
	{"urged restraint after A and B traded fire", "India and Pakistan traded fire on Monday. The UN urged restraint.", []string{"India ATTACKED Pakistan", "Pakistan ATTACKED India", "United Nations URGED India", "United Nations URGED Pakistan"}},
	{"calls for restraint as A and B trade fire", "Guterres calls for restraint as India and Pakistan trade fire.", []string{"India ATTACKED Pakistan", "Pakistan ATTACKED India", "António Guterres URGED India", "António Guterres URGED Pakistan"}},
	{"frustration with X calls for restraint", "Erdogan expressed frustration with US calls for restraint as Turkey and the SDF clashed.", []string{"Recep Tayyip Erdogan ACCUSED United States", "Turkey ATTACKED Syrian Democratic Forces", "Syrian Democratic Forces ATTACKED Turkey"}},
	{"urged restraint, no fight told", "Guterres urged restraint.", nil},
	// appreciation is praise (CAMEO 051)
	{"appreciates the mediation efforts of X", "Pakistan appreciates the mediation efforts of Qatar.", []string{"Pakistan SUPPORTED Qatar"}},
	// co-signers of a joint statement "with" the issuer
	{"in a joint statement with A and B, C urged X", "In a joint statement with French President Emmanuel Macron and German Chancellor Olaf Scholz released Monday, Starmer urged Iran not to escalate.", []string{"Keir Starmer URGED Iran", "Emmanuel Macron URGED Iran", "Olaf Scholz URGED Iran"}},
	{"in a joint statement with A, C condemned X's attack on Y", "In a joint statement with Egypt, Qatar condemned Israel's attack on Lebanon.", []string{"Qatar ACCUSED Israel", "Egypt ACCUSED Israel", "Israel ATTACKED Lebanon"}},
	// a barrier breached is force, a norm breached a charge
	{"breached defenses in STATE, according to STATE", "On Oct. 7 last year, Hamas breached defenses in southern Israel, killing about 1,200 people, according to Israel.", []string{"Hamas ATTACKED Israel"}},
	{"said X had breached the treaty", "Egypt said Israel had breached the treaty.", []string{"Egypt ACCUSED Israel"}},
	// the unqualified Secretary-General, no holder named, is the UN's
	{"The Secretary-General condemned X", "The Secretary-General condemned M23.", []string{"United Nations ACCUSED M23"}},
	{"NATO Secretary-General NAME ... The Secretary-General", "NATO Secretary-General Mark Rutte met Zelensky. The Secretary-General condemned Russia.", []string{"Mark Rutte SPOKE_WITH Volodymyr Zelensky", "Mark Rutte ACCUSED Russia"}},
	// a capital names a process, a deal or a meeting series
	{"support to the CAPITAL process", "France reaffirmed its support to the Luanda process.", nil},
	{"backed the CAPITAL agreements", "France backed the Minsk agreements.", nil},
	{"backed the Kremlin plan", "France backed the Kremlin plan.", []string{"France SUPPORTED Russia"}},
	// help "with the support of" an act's owner
	{"X's offensive with the support of Y", "The Secretary-General condemned the M23 armed group's ongoing offensive and advances towards Goma with the support of the Rwanda Defence Forces.", []string{"United Nations ACCUSED M23", "Rwanda SUPPORTED M23"}},
	{"P's offensive, with the support of Y,", "Haftar's offensive on Tripoli, with the support of Russia, stalled.", []string{"Russia SUPPORTED Khalifa Haftar"}},
	{"X struck with the support of Y", "Israel struck Gaza with the support of the United States.", []string{"United States SUPPORTED Israel"}},
	// a clause after "after", "before", "since"; places near a city
	{"a day after the US struck X", "A day after the US struck Iran, Israel hit Syria.", []string{"United States ATTACKED Iran", "Israel ATTACKED Syria"}},
	{"hit the site south of CAPITAL", "The US hit the underground site south of Tehran.", []string{"United States ATTACKED Iran"}},
	{"struck a depot near CAPITAL", "Russia struck a depot near Kyiv.", []string{"Russia ATTACKED Ukraine"}},
	{"spoke after the X envoy", "He spoke after the US envoy.", nil},
	{"strikes against numerous X targets", "The US and UK armed forces carried out strikes against numerous Houthi targets.", []string{"United States ATTACKED Houthis", "United Kingdom ATTACKED Houthis"}},
	// "the nuclear-armed neighbours": the pair named before
	{"fighting between the nuclear-armed neighbours", "India struck Pakistan. This was the most widespread fighting between the nuclear-armed neighbours in decades.", []string{"India ATTACKED Pakistan", "Pakistan ATTACKED India"}},
	{"the neighbouring countries are no pair", "India struck Pakistan. The neighbouring countries met.", []string{"India ATTACKED Pakistan"}},
	// munitions told by their course
	{"shot down X drones headed to Y", "The US has shot down Iranian drones headed to Israel.", []string{"United States ATTACKED Iran", "Iran ATTACKED Israel"}},
	{"X missiles fired at CAPITAL", "Ukraine intercepted Russian missiles fired at Kyiv.", []string{"Ukraine ATTACKED Russia", "Russia ATTACKED Ukraine"}},
	{"X drones bound for Y were seized", "Iranian drones bound for Russia were seized.", nil},
	// a reprisal said after a charge in the same sentence is aimed at the one charged
	{"blamed X and said it would retaliate", "Iran blamed Israel for the attack and said it would retaliate.", []string{"Iran ACCUSED Israel", "Iran WARNED Israel"}},
	{"said it would retaliate, no one named", "Iran said it would retaliate.", nil},
	// a city in apposition to a noun of settlement; "most of", "parts of"
	{"taken control of most of the regional capital, CITY", "M23 has taken control of most of the regional capital, Goma.", []string{"M23 ATTACKED Democratic Republic of the Congo"}},
	{"struck the port city, CITY", "Russia struck the port city, Odesa.", []string{"Russia ATTACKED Ukraine"}},
	{"occupies parts of X", "Russia occupies parts of Ukraine.", []string{"Russia ATTACKED Ukraine"}},
	// those who face a threat are none of its sources
	{"A and B will have to pay a high price, UNKNOWN said", "America and Britain will have to pay a high price, al-Ezzi said.", nil},
	{"A and B will have to pay a high price, P said", "America and Britain will pay a high price, Ali Khamenei said.", []string{"Ali Khamenei WARNED United States", "Ali Khamenei WARNED United Kingdom"}},
	// an answered act that names its own place is not aimed at the responder
	{"in retaliation for X's campaign in PLACE", "The Houthis said the attacks were in retaliation for Israel's military campaign in Gaza.", nil},
	{"in response to an X attack in northern Y", "Israel struck Lebanon in response to a Hezbollah attack in northern Israel.", []string{"Israel ATTACKED Lebanon", "Hezbollah ATTACKED Israel"}},
	// co-mediators and co-hosts
	{"held talks in CITY, co-mediated by M", "Pakistan and Afghanistan held talks in Doha, co-mediated by Turkey.", []string{"Pakistan SPOKE_WITH Afghanistan", "Turkey SPOKE_WITH Pakistan", "Turkey SPOKE_WITH Afghanistan"}},
	// two appeals or warnings turned down
	{"defied X calls to V and warnings from Y", "The Houthis defied U.N. calls to halt attacks and warnings from the United States.", []string{"United Nations URGED Houthis", "United States WARNED Houthis"}},
	{"defied international calls to V and warnings from Y", "The Houthis defied other international calls to halt their attacks on shipping and warnings from the United States of consequences.", []string{"United States WARNED Houthis"}},
	{"seized cities in mineral-rich eastern X", "M23 rebels seized two major cities in mineral-rich eastern Congo.", []string{"M23 ATTACKED Democratic Republic of the Congo"}},
	// "he" after an unnamed office-holder
	{"The Secretary-General condemns X. He calls on X", "The Secretary-General condemns the M23 offensive. He calls on the M23 to cease all hostile actions.", []string{"United Nations ACCUSED M23", "United Nations URGED M23"}},
	{"The Turkish foreign minister ... He urged", "The Turkish foreign minister condemned Israel. He also urged the US to act.", []string{"Turkey ACCUSED Israel", "Turkey URGED United States"}},
	// an apology is conveyed to its addressee (CAMEO 055)
	{"apologized to X", "Colombia apologized to Ecuador for the troops crossing the frontier.", []string{"Colombia SPOKE_WITH Ecuador"}},
	{"refused to apologise to X", "Colombia refused to apologise to Ecuador.", nil},
	// the forces "of" a state act for it in a judged act
	{"the presence of X troops in Y is illegal, Y said", "The presence of Turkish troops in Iraq is illegal, Baghdad said.", []string{"Iraq ACCUSED Turkey"}},
	{"the killing of X soldiers is unacceptable", "The killing of Turkish soldiers is unacceptable, Ankara said.", nil},
	{"stands ready to respond to any aggression by the US", "North Korea stands ready to respond to any aggression by the US.", []string{"North Korea WARNED United States"}},
	// an agent "by the US": the name opens past its article
	{"in response to an attack by the US", "Israel struck Lebanon in response to an attack by the US.", []string{"Israel ATTACKED Lebanon", "United States ATTACKED Israel"}},
	{"the decision by the US is regrettable, X said", "The decision by the US is regrettable, Iran said.", []string{"Iran ACCUSED United States"}},
	// a coordinated subject judged whole; a backer is no agent of the act
	{"said A and B were responsible for the attack", "Tehran said the US and the UK were responsible for the attack.", []string{"Iran ACCUSED United States", "Iran ACCUSED United Kingdom"}},
	{"X's attack, backed by Y, was illegal", "Tehran said Israel's attack, backed by the US, was illegal.", []string{"United States SUPPORTED Israel", "Iran ACCUSED Israel"}},
	// "its airspace" is not a state inside a phrase before it
	{"X, a rival with Y, ... Z violated its airspace", "Turkey, a former Cold War rival with the Soviet Union, brought down the plane because officials said Russia violated its airspace once again.", []string{"Russia ATTACKED Turkey"}},
	// words of judgement before a noun of force are its adjectives
	{"condemned X's unprovoked and unjustified war against Y", "Blinken condemned Russia's unprovoked and unjustified war against Ukraine.", []string{"Antony Blinken ACCUSED Russia", "Russia ATTACKED Ukraine"}},
	{"X's relentless bombardment of Y", "Russia's relentless bombardment of Ukraine continued.", []string{"Russia ATTACKED Ukraine"}},
	// an appeal for an act "by X" is an appeal to X
	{"called for a credible and transparent investigation by X", "The US called for a credible and transparent investigation by Israel.", []string{"United States URGED Israel"}},
	{"urged a swift response by the Security Council", "Egypt urged a swift response by the Security Council.", []string{"Egypt URGED United Nations Security Council"}},
	// a charge "made by X" turned down
	{"rejected the allegations made by P that X was involved", "India rejected the allegations made by Canadian Prime Minister Justin Trudeau that New Delhi was involved in the killing.", []string{"Justin Trudeau ACCUSED India"}},
	{"rejected the claims made by X (a claim to land)", "India rejected the claims made by Canada.", nil},
	// "X better V": an appeal, as "had better" is
	{"said X better close up", "Trump said Petro better close up these killing fields immediately.", []string{"Donald Trump URGED Gustavo Petro"}},
	{"said the US better understood", "Trump said the US better understood Iran's position.", nil},
	// concern over a coup is a charge against the state whose rulers seized power
	{"expressed deep concerns about the military coup in X", "Blinken expressed deep concerns about the military coup in Burma.", []string{"Antony Blinken ACCUSED Myanmar"}},
	{"expressed concern over the situation in X", "Blinken expressed concern over the situation in Myanmar.", nil},
	// coercion, bullying, intimidation and harassment are wrongs named
	{"said Y faced X harassment", "Blinken said the Philippines faced Chinese harassment at sea.", []string{"Antony Blinken ACCUSED China"}},
	{"said the harassment of journalists must end", "Blinken said the harassment of journalists must end.", nil},
}

func TestTenthRound(t *testing.T) { runRuleCases(t, tenthCases) }
