package extract

import "testing"

// sixthCases cover the sixth round's rules (docs/extractor.md, "Sixth
// round"): sentences of our own that must give the edges, and sentences
// with the same words that must give none.
var sixthCases = []ruleCase{
	// a verb of continuing aspect: the act is under way, not planned
	{"continues to", "Russia continues to attack Ukraine.", []string{"Russia ATTACKED Ukraine"}},
	{"continued to past", "Russia continued to shell Ukrainian positions.", []string{"Russia ATTACKED Ukraine"}},
	{"will continue to", "France will continue to support Ukraine, Macron said.", []string{"France SUPPORTED Ukraine"}},
	{"will keep -ing", "Germany will keep supporting Kyiv.", []string{"Germany SUPPORTED Ukraine"}},
	{"will continue to adverb", "China will continue to firmly support Russia.", []string{"China SUPPORTED Russia"}},
	{"will continue a noun is a plan", "Germany will continue talks with Iran next week.", nil},
	{"plain future stays a plan", "Russia will attack Ukraine.", nil},
	{"claimed to have", "Pakistan claimed to have shot down two Indian jets.", []string{"Pakistan ATTACKED India"}},
	// an inverted attribution is a clause of its own
	{"modal before the attribution", "Britain would back Ukraine, Sunak told Zelensky.", []string{"Rishi Sunak SPOKE_WITH Volodymyr Zelensky"}},
	// a junta or military government is its state (the seated nouns)
	{"X's junta", "Mali's junta accused Paris of hostile statements.", []string{"Mali ACCUSED France"}},
	{"X's military government", "Niger's military government accused France of arming jihadists.", []string{"Niger ACCUSED France"}},
	// a rank before the affiliation belongs to the title
	{"the top EU diplomat", "Josep Borrell, the EU's foreign policy chief, visited Kyiv. The top EU diplomat urged Russia to withdraw.", []string{"Josep Borrell SPOKE_WITH Ukraine", "Josep Borrell URGED Russia"}},
	{"the top U.S. diplomat", "Secretary of State Antony Blinken landed in Beijing. The top U.S. diplomat urged China to release the detainees.", []string{"Antony Blinken SPOKE_WITH China", "Antony Blinken URGED China"}},
	{"top diplomat unnamed is the state", "The top EU diplomat urged Russia to withdraw.", []string{"European Union URGED Russia"}},
	// a compound pair: "A-B" with no spaces joins two actors
	{"U.S.-South Korean drills", "North Korea condemned the U.S.-South Korean drills.", []string{"North Korea ACCUSED United States", "North Korea ACCUSED South Korea"}},
	{"spaced dash is no pair", "North Korea condemned the drills - South Korea said nothing.", nil},
	// the mediator of a pair's talks told inside the noun phrase
	{"brokered the A-B deal", "China brokered the Saudi-Iranian deal in March.", []string{"China SPOKE_WITH Saudi Arabia", "China SPOKE_WITH Iran", "Saudi Arabia SPOKE_WITH Iran"}},
	{"hosted A-B talks", "Oman hosted U.S.-Iranian talks in Muscat.", []string{"Oman SPOKE_WITH United States", "Oman SPOKE_WITH Iran", "United States SPOKE_WITH Iran"}},
	{"offered to host is no mediation", "Qatar offered to host Israel-Hamas negotiations.", nil},
	// a force noun owned by an actor as the subject of a force verb
	{"X's offensive pounded", "Russia's offensive has pounded Ukrainian cities.", []string{"Russia ATTACKED Ukraine"}},
	{"its operation targeted", "Turkey said its operation targeted YPG fighters.", []string{"Turkey ATTACKED People's Protection Units"}},
	{"X's sanctions hit is no force", "Russia's decision hit Ukrainian exporters.", nil},
	// the object past a phrase of belonging
	{"sites belonging to", "The US and UK have struck 91 sites belonging to the Iran-backed Houthis in Yemen.", []string{"United States ATTACKED Houthis", "United Kingdom ATTACKED Houthis"}},
	// a time between the verb of occurrence and "between"
	{"erupted on Monday between", "Fighting erupted on Monday between Sudan and South Sudan.", []string{"Sudan ATTACKED South Sudan", "South Sudan ATTACKED Sudan"}},
	// force answered with force attacks the latest attacker
	{"returned fire", "Azerbaijani forces opened fire on Armenian positions. Armenian troops returned fire.", []string{"Azerbaijan ATTACKED Armenia", "Armenia ATTACKED Azerbaijan"}},
	{"retaliated with airstrikes", "Hezbollah fired rockets at northern Israel on Sunday. Israel retaliated with airstrikes.", []string{"Hezbollah ATTACKED Israel", "Israel ATTACKED Hezbollah"}},
	{"retaliated with tariffs is no force", "Hezbollah fired rockets at northern Israel. The United States retaliated with tariffs.", []string{"Hezbollah ATTACKED Israel"}},
	{"returned fire with no attack before", "Armenian troops returned fire.", nil},
	// a clause coordinated after a list that follows a preposition
	{"and a new subject", "Russia fired missiles at Kyiv and Ukraine attacked Russian positions.", []string{"Russia ATTACKED Ukraine", "Ukraine ATTACKED Russia"}},
	{"and a demonym's army", "North Korea fired shells at South Korean troops and the South Korean army returned fire.", []string{"North Korea ATTACKED South Korea", "South Korea ATTACKED North Korea"}},
	{"between keeps its pair", "The war between Russia and Ukraine killed thousands.", []string{"Russia ATTACKED Ukraine", "Ukraine ATTACKED Russia"}},
	// a participle after a noun of force is that noun's
	{"airstrikes targeting", "Qatar condemned Israeli airstrikes targeting Hamas leaders.", []string{"Qatar ACCUSED Israel", "Israel ATTACKED Hamas"}},
	{"the demonym's group stays a head", "Syria accused the Lebanese armed group Hezbollah of abducting soldiers.", []string{"Syria ACCUSED Hezbollah"}},
	// a quantifier floating between a subject and its verb
	{"A and B both condemned", "Saudi Crown Prince Mohammed bin Salman and Jordanian Foreign Minister Ayman Safadi both condemned the Israeli strikes.", []string{"Mohammed bin Salman ACCUSED Israel", "Ayman Safadi ACCUSED Israel"}},
	// shooting is force (CAMEO 190)
	{"shot a water cannon at", "China's coast guard shot a water cannon at a Philippine boat.", []string{"China ATTACKED Philippines"}},
	{"shot at", "Ethiopian troops shot at UN staff near Mekelle.", []string{"Ethiopia ATTACKED United Nations"}},
	{"shot a video is no force", "Russian state television shot a video in Kyiv.", nil},
	// the agent of an act named after its noun: "by X", or "of X" after conduct
	{"aggression of X", "Cambodia strongly condemns the reckless military aggression of the Kingdom of Thailand.", []string{"Cambodia ACCUSED Thailand"}},
	{"interference of X", "China condemned the interference of the United States in its affairs.", []string{"China ACCUSED United States"}},
	{"the raid by X", "Iran condemned the raid by Israel on its consulate.", []string{"Iran ACCUSED Israel", "Israel ATTACKED Iran"}},
	// after an act done to someone, "of" names the victim
	{"the killing of X is a victim", "Egypt condemned the brutal killing of Palestinians in Gaza.", nil},
	{"the arrest of X is a victim", "Britain condemned the arrest of Iranian journalists.", nil},
	// reducing relations is a charge only where the grievance is told
	{"cut ties with X over", "Nicaragua cut diplomatic ties with Ecuador over the raid.", []string{"Nicaragua ACCUSED Ecuador"}},
	{"ended ties after", "Peru ended diplomatic ties with Ecuador after police stormed its embassy.", []string{"Peru ACCUSED Ecuador"}},
	{"broke off relations, citing", "Mexico broke off relations with Ecuador on Friday, citing the raid.", []string{"Mexico ACCUSED Ecuador"}},
	{"suspended ties in protest at", "Iran suspended ties with Saudi Arabia in protest at the execution.", []string{"Iran ACCUSED Saudi Arabia"}},
	{"cut relations, no grievance", "Nicaragua cut all diplomatic relations with Ecuador.", nil},
	{"severed ties amid is no grievance", "Maduro severed diplomatic ties with Colombia amid escalating violence.", nil},
	{"expelled the ambassador in retaliation for", "Saudi Arabia is expelling the Canadian ambassador in retaliation for Canada's calls.", []string{"Saudi Arabia ACCUSED Canada"}},
	{"expelled diplomats over", "Russia expelled 23 British diplomats on Saturday over the Skripal poisoning.", []string{"Russia ACCUSED United Kingdom"}},
	{"expelled diplomats, no grievance", "Britain expelled 23 Russian diplomats.", nil},
	{"expelled people is no envoy", "Israel expelled Palestinians from the village over the protests.", nil},
	// a time told right after a noun of force, before its preposition
	{"airstrikes late Monday in", "Iran staged airstrikes late Monday in Iraq and Syria.", []string{"Iran ATTACKED Iraq", "Iran ATTACKED Syria"}},
	{"airstrikes overnight in", "Israel carried out airstrikes overnight in Lebanon.", []string{"Israel ATTACKED Lebanon"}},
	{"fighting Tuesday between", "Fighting Tuesday between Sudan and South Sudan killed ten.", []string{"Sudan ATTACKED South Sudan", "South Sudan ATTACKED Sudan"}},
	{"a time, then no preposition", "Iran staged airstrikes late Monday, officials in Iraq said.", nil},
	// a state's organ named after the quotation speaks for it
	{"quote, the X ministry said", "\"We call on Nigeria to free the detainees,\" the Ghanaian foreign ministry said.", []string{"Ghana URGED Nigeria"}},
	{"quote, X's army said", "\"We call on Nigeria to free the detainees,\" Ghana's foreign ministry said.", []string{"Ghana URGED Nigeria"}},
	{"quote, a X spokesman said", "\"We call on Nigeria to free the detainees,\" a Ghanaian spokesman said.", []string{"Ghana URGED Nigeria"}},
	{"quote, a X journalist is no organ", "\"We call on Nigeria to free the detainees,\" a Ghanaian journalist said.", nil},
	{"quote, an X ministry statement said", "\"Israel must stop its attacks,\" an Egyptian foreign ministry statement said.", []string{"Egypt URGED Israel"}},
	{"quote, a Kremlin statement said", "\"Israel must stop its attacks,\" a Kremlin statement said.", []string{"Russia URGED Israel"}},
	{"quote, an X newspaper is no organ", "\"Israel must stop its attacks,\" an Egyptian newspaper said.", nil},
	// the visitor told with "of", the place with "to"
	{"the visit of X to Y", "The visit of Abiy Ahmed to Eritrea ended a feud.", []string{"Abiy Ahmed SPOKE_WITH Eritrea"}},
	// firing rockets or mortars at a place (CAMEO 190)
	{"rocketed", "The TPLF rocketed Asmara.", []string{"Tigray People's Liberation Front ATTACKED Eritrea"}},
	// a deadline told as a date is an ultimatum
	{"gave X until a date to", "Trump gave Hamas until Saturday to release the hostages.", []string{"Donald Trump URGED Hamas"}},
	{"gave X up until a date to", "ECOWAS gave Gambia up until January 19 to hand over power.", []string{"Economic Community of West African States URGED Gambia"}},
	{"until the end of the month", "The EU gave Serbia until the end of the month to comply.", []string{"European Union URGED Serbia"}},
	{"until a place is no deadline", "Trump gave Hamas until Cairo to decide.", nil},
	// "fighting" after an auxiliary is the verb; "at war (with)" is fighting
	{"has been fighting X", "The Sudanese army has been fighting the RSF since April.", []string{"Sudanese Armed Forces ATTACKED Rapid Support Forces", "Rapid Support Forces ATTACKED Sudanese Armed Forces"}},
	{"is fighting X", "Russia is fighting Ukraine.", []string{"Russia ATTACKED Ukraine", "Ukraine ATTACKED Russia"}},
	{"A and B have been fighting", "The Sudanese army and the RSF have been fighting since April.", []string{"Sudanese Armed Forces ATTACKED Rapid Support Forces", "Rapid Support Forces ATTACKED Sudanese Armed Forces"}},
	{"A and B have been at war", "Israel and Hamas have been at war since October.", []string{"Israel ATTACKED Hamas", "Hamas ATTACKED Israel"}},
	{"at war with X", "Russia has been at war with Ukraine since 2022.", []string{"Russia ATTACKED Ukraine", "Ukraine ATTACKED Russia"}},
	{"at war with no party", "The country has been at war for decades.", nil},
	{"the pretext of fighting a crime is no fight", "Maduro accused Washington of plotting under the pretext of fighting drug trafficking.", []string{"Nicolás Maduro ACCUSED United States"}},
	// a weapon's impact told as the act
	{"missiles slammed into", "Russian missiles slammed into a hospital in Kyiv.", []string{"Russia ATTACKED Ukraine"}},
	{"shells rained down on", "Israeli shells rained down on Lebanon.", []string{"Israel ATTACKED Lebanon"}},
	{"slammed into with no weapon", "A truck slammed into a Russian checkpoint.", nil},
	// an incursion names where it went with "into"
	{"the X incursion into Y", "The Turkish incursion into Syria drew criticism.", []string{"Turkey ATTACKED Syria"}},
	{"X's incursion into Y's region", "Ukraine's incursion into Russia's Kursk region surprised Moscow.", []string{"Ukraine ATTACKED Russia"}},
	// a verb of answering with "by" and a gerund tells a means, not speech
	{"responded by attacking", "Turkey responded by attacking Syria.", []string{"Turkey ATTACKED Syria"}},
	{"replied by accusing", "Iran replied by accusing Israel of sabotage.", []string{"Iran ACCUSED Israel"}},
	{"responded that stays speech", "Iran responded that Israel had attacked Syria.", []string{"Israel ATTACKED Syria"}},
	// "but" before a verb coordinates it with the main clause's subject
	{"denies X but accuses Y", "Rwanda denies the claim but accuses Kinshasa of lying.", []string{"Rwanda ACCUSED Democratic Republic of the Congo"}},
	{"rejected X, but has also accused Y", "Rwanda rejected the report, but has also accused Kinshasa of lying.", []string{"Rwanda ACCUSED Democratic Republic of the Congo"}},
	{"but with a subject of its own", "Rwanda sought talks, but Uganda attacked the ADF.", []string{"Uganda ATTACKED Allied Democratic Forces"}},
	// an act in the infinitive of "called on X to" is asked for, not done
	{"called on A and B to agree", "Qatar and Egypt called on Israel and Hamas to agree to a ceasefire.", []string{"Qatar URGED Israel", "Qatar URGED Hamas", "Egypt URGED Israel", "Egypt URGED Hamas"}},
	{"called on X to hold talks with Y", "Qatar called on Israel to hold talks with Hamas.", []string{"Qatar URGED Israel"}},
	// a state named after a place after a preposition is the place's
	{"in City, State, is no subject", "The conference opened in Aswan, Egypt, with a deal between Israel and Hamas, sponsored by the United States.", []string{"Israel SPOKE_WITH Hamas", "United States SPOKE_WITH Israel", "United States SPOKE_WITH Hamas"}},
	{"In City, State verb: the subject", "Speaking in Geneva, Russia urged Ukraine to negotiate.", []string{"Russia URGED Ukraine"}},
	{"In City, a list: the subject", "In Geneva, Russia, the US and Ukraine held talks.", []string{"Russia SPOKE_WITH United States", "Russia SPOKE_WITH Ukraine", "United States SPOKE_WITH Ukraine"}},
	// an appeal for an end to a fight, or for talks, between two sides
	{"demanded an end to the fighting between", "The Security Council demanded an end to the fighting between Sudan and South Sudan.", []string{"United Nations Security Council URGED Sudan", "United Nations Security Council URGED South Sudan"}},
	{"urged dialogue between", "Guterres urged dialogue between Serbia and Kosovo.", []string{"António Guterres URGED Serbia", "António Guterres URGED Kosovo"}},
	// a visit one is invited to make is not made
	{"invited X to visit Y", "Erdogan invited Putin to visit Turkey.", nil},
	// force threatened or vowed is not done; a plural after a past verb is its object
	{"threatened strikes on X", "Russia threatened strikes on Ukraine.", []string{"Russia WARNED Ukraine"}},
	{"vowed a military operation against X", "Israel vowed a military operation against Hamas.", []string{"Israel WARNED Hamas"}},
	{"threatened military intervention in X", "ECOWAS threatened military intervention in Niger.", []string{"Economic Community of West African States WARNED Niger"}},
	{"launched strikes stays done", "Russia launched strikes on Ukraine.", []string{"Russia ATTACKED Ukraine"}},
	{"ordered strikes stays done", "Trump ordered strikes on Iran.", []string{"Donald Trump ATTACKED Iran"}},
	{"threatened, then in a speech", "Putin threatened NATO in a speech in Moscow.", []string{"Vladimir Putin WARNED North Atlantic Treaty Organization"}},
	// a place with its state's possessive between a meeting noun and "with"
	{"talks in X's City with", "Kuwait's emir held talks in UAE's Dubai with Mohammed bin Zayed.", []string{"Kuwait SPOKE_WITH Mohammed bin Zayed Al Nahyan"}},
	// an appositive name closes with punctuation; a name before a verb is the subject
	{"In a call with his counterpart, NAME urged", "In a call with his Japanese counterpart, Wang Yi urged Tokyo to reflect on history.", []string{"Wang Yi SPOKE_WITH Japan", "Wang Yi URGED Japan"}},
	{"his counterpart, NAME, on Monday", "Blinken spoke with his Japanese counterpart, Yoko Kamikawa, on Monday.", []string{"Antony Blinken SPOKE_WITH Yoko Kamikawa"}},
	// a possessive in a fronted adjunct refers forward to the subject
	{"During his meeting with X, Y", "Xi Jinping called Macron on Tuesday. During his meeting with Modi, Putin praised India.", []string{"Xi Jinping SPOKE_WITH Emmanuel Macron", "Vladimir Putin SPOKE_WITH Narendra Modi", "Vladimir Putin SUPPORTED India"}},
	// a state or working visit, paid or made
	{"paid a state visit to", "Modi paid a state visit to Washington.", []string{"Narendra Modi SPOKE_WITH United States"}},
	{"a state visit cancelled is none", "The state visit to Beijing was cancelled.", nil},
	// "the sanctions" names only sanctions told before, never a strike
	{"the sanctions after a strike", "Israel struck Gaza on Monday.\n\nThe Kremlin described the sanctions as illegal.", nil},
	{"the sanctions after sanctions imposed", "The EU imposed new sanctions on Russia on Monday.\n\nThe Kremlin described the sanctions as illegal.", []string{"Russia ACCUSED European Union"}},
	// "accused X of deliberately V-ing": X did it
	{"accused X of deliberately ramming", "China accused the Philippines of deliberately ramming a Chinese vessel.", []string{"China ACCUSED Philippines", "Philippines ATTACKED China"}},
	// displeasure with an act
	{"dissatisfaction with X's act", "China expressed strong dissatisfaction with the US decision.", []string{"China ACCUSED United States"}},
	{"concerns shared with a partner", "Japan shared concerns with Australia about China.", nil},
	// a state's unnamed official or organ after a quotation speaks for it
	{"quote, a senior US official told", "\"We urge Beijing to act with restraint,\" a senior US official told reporters.", []string{"United States URGED China"}},
	{"quote, a X spokesperson said", "\"We urge Beijing to act with restraint,\" a State Department spokesperson said.", []string{"United States URGED China"}},
	{"quote, titled person after the organ", "\"We are asking Belgrade to pull back,\" White House spokesman John Kirby said.", []string{"John Kirby URGED Serbia"}},
	// an adverb and a participle after an article make an adjective
	{"the internationally backed government", "Al-Shabaab is fighting to overthrow the internationally backed government in Mogadishu.", nil},
	// a date inside a nominal trigger
	{"X's February 24 invasion of Y", "Russia's February 24 invasion of Ukraine fuelled prices.", []string{"Russia ATTACKED Ukraine"}},
	// the addressee of a call for a withdrawal is the one withdrawing, past adjectives
	{"the immediate withdrawal of X's troops from Y", "The G7 called for the immediate withdrawal of Russian troops from Ukraine.", []string{"Group of Seven URGED Russia"}},
	{"the full and immediate withdrawal", "The UN demanded the full and immediate withdrawal of Israeli forces from Lebanon.", []string{"United Nations URGED Israel"}},
	// the one released is no addressee
	{"the release of X's prisoners by Y", "The G7 called for the release of Ukrainian prisoners by Russia.", []string{"Group of Seven URGED Russia"}},
	{"the release of X's prisoners", "The G7 called for the immediate release of Ukrainian prisoners.", nil},
	// a stated readiness to use force against someone is a threat now
	{"is prepared to use force against", "Haley said the United States is prepared to use force against North Korea.", []string{"United States WARNED North Korea"}},
	{"stands ready to strike", "Israel stands ready to strike Iran.", []string{"Israel WARNED Iran"}},
	{"is prepared to host is no threat", "Egypt is prepared to host talks between Israel and Hamas.", nil},
	// a word of a name is no cue of modality
	{"Theresa May blamed", "Theresa May blamed Russia for the attack.", []string{"Theresa May ACCUSED Russia"}},
	// a time or place between a participle of mediation and its agent
	{"talks hosted on Monday by M", "Kurti and Vucic held talks hosted on Monday by Josep Borrell.", []string{"Albin Kurti SPOKE_WITH Aleksandar Vučić", "Josep Borrell SPOKE_WITH Albin Kurti", "Josep Borrell SPOKE_WITH Aleksandar Vučić"}},
	// force told by its result or by troops sent in
	{"went to war", "Britain and Argentina went to war in 1982.", []string{"United Kingdom ATTACKED Argentina", "Argentina ATTACKED United Kingdom"}},
	{"sent troops into", "Eritrea sent troops into Djibouti.", []string{"Eritrea ATTACKED Djibouti"}},
	{"inflicted losses on", "Sudanese troops inflicted heavy losses on Ethiopian forces.", []string{"Sudan ATTACKED Ethiopia"}},
	{"inflicted damage on no actor", "The war inflicted damage on the economy.", nil},
	// travel to a state is a visit, as "arrived in" is
	{"traveled to X", "Zelensky traveled to Washington on Monday.", []string{"Volodymyr Zelensky SPOKE_WITH United States"}},
	// a grievance told with "due to"
	{"expelled the ambassador due to", "Peru expelled the Mexican ambassador due to Mexico's interference.", []string{"Peru ACCUSED Mexico"}},
	// a plural after a preposition (not "of") is a noun
	{"urged X and Y to engage in talks", "Saudi Arabia and the US urged the SAF and the RSF to engage in talks.", []string{"Saudi Arabia URGED Sudanese Armed Forces", "Saudi Arabia URGED Rapid Support Forces", "United States URGED Sudanese Armed Forces", "United States URGED Rapid Support Forces"}},
	{"in talks with", "Iran is in talks with the IAEA.", []string{"Iran SPOKE_WITH International Atomic Energy Agency"}},
	// a vow is a threat only of force or of an answer to it
	{"vowed to complain to", "Argentina vowed to complain to the United Nations.", nil},
	{"vowed to retaliate against", "Iran vowed to retaliate against Israel.", []string{"Iran WARNED Israel"}},
	{"vowed to punish", "Putin vowed to punish Ukraine.", []string{"Vladimir Putin WARNED Ukraine"}},
	// "has since" is an adverb, no clause
	{"has since accused", "Sudan has since accused Ethiopia of violence.", []string{"Sudan ACCUSED Ethiopia"}},
	// a blockade is force only when naval or military (relations.md)
	{"a blockade against", "Saudi Arabia and Bahrain launched a blockade against Qatar.", nil},
	{"a naval blockade against", "Russia launched a naval blockade against Ukraine.", []string{"Russia ATTACKED Ukraine"}},
	// the chance or risk of a conflict is none
	{"the chance of conflict between", "The deal lowers the chance of conflict between Iran and Saudi Arabia.", nil},
	// a list that speaks: its quotation's "we" is each of them
	{"A, B and C said: we", "Iran, Russia and Turkey said: \"We call for a cessation of Israeli attacks.\"", []string{"Iran URGED Israel", "Russia URGED Israel", "Turkey URGED Israel"}},
	{"we, A, B and C said", "\"We call for a cessation of Israeli attacks,\" Iran, Russia and Turkey said.", []string{"Iran URGED Israel", "Russia URGED Israel", "Turkey URGED Israel"}},
	// an object "it" is not its clause's subject: the nearest other state or body
	{"cut ties with X, accusing it of", "Saudi Arabia and Bahrain cut ties with Qatar, accusing it of supporting terrorism.", []string{"Saudi Arabia ACCUSED Qatar", "Bahrain ACCUSED Qatar"}},
	{"called it a crime names no one", "Iran called it a crime.", nil},
	// a reduced relative names its own noun as what was acted on
	{"intercepted the drones fired by X", "American forces intercepted the drones fired by Iran.", nil},
	{"the drones fired by X at Y", "The drones fired by Iran at Israel were intercepted.", []string{"Iran ATTACKED Israel"}},
	{"repelled an attack launched by X", "The Sudanese army repelled an attack launched by the RSF.", []string{"Rapid Support Forces ATTACKED Sudanese Armed Forces"}},
	// more forms of water cannon and of mediation; an amount in words before aid
	{"blasted water cannons at", "The Chinese coast guard blasted water cannons at Philippine vessels.", []string{"China ATTACKED Philippines"}},
	{"acted as mediator between", "Badr Albusaidi acted as mediator between the US and Iran.", []string{"Badr al-Busaidi SPOKE_WITH United States", "Badr al-Busaidi SPOKE_WITH Iran"}},
	{"carried messages between", "Oman carried messages between the US and Iran.", []string{"Oman SPOKE_WITH United States", "Oman SPOKE_WITH Iran"}},
	{"billions in military aid for", "The United States recently approved billions in military aid for Taipei.", []string{"United States SUPPORTED Taiwan"}},
	// a person named in another spelling of the dictionary's (spellings.tsv)
	{"other spellings of names", "Fighting began between Abdel-Fattah Burhan and Mohammed Hamdan Dagalo.", []string{"Abdel Fattah al-Burhan ATTACKED Mohamed Hamdan Dagalo", "Mohamed Hamdan Dagalo ATTACKED Abdel Fattah al-Burhan"}},
	{"Sergey for Sergei", "Sergey Lavrov met Antony Blinken.", []string{"Sergei Lavrov SPOKE_WITH Antony Blinken"}},
	// a truce brokered after a fight: the mediator speaks with the two who fought
	{"fought until M brokered a truce", "Armenia and Azerbaijan fought a 44-day war in 2020 until Putin brokered a truce.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia", "Vladimir Putin SPOKE_WITH Armenia", "Vladimir Putin SPOKE_WITH Azerbaijan", "Armenia SPOKE_WITH Azerbaijan"}},
	{"offered to broker a truce", "Israel and Hamas fought for weeks. Egypt offered to broker a ceasefire.", []string{"Israel ATTACKED Hamas", "Hamas ATTACKED Israel"}},
	// a participle after a comma goes with the main clause past an adjunct
	{"after the drills, describing", "The United States urged China to show restraint after the drills, describing Beijing's actions as reckless.", []string{"United States URGED China", "United States ACCUSED China"}},
	// a participle after an attribution is the speaker's
	{"quote, X said, warning Y", "\"We urge Beijing to act with restraint,\" a US official said, warning China not to use the transition as a pretext.", []string{"United States URGED China", "United States WARNED China"}},
	{"X said Y struck Z, killing", "Iran said Israel struck Syria, killing five.", []string{"Israel ATTACKED Syria"}},
	// "if X ..., it will pay a price": "it" is the condition's subject, and the threat is aimed at it
	{"if X were to ..., it would pay", "A Chinese Defense Ministry spokesperson said that if Japan were to use force in a contingency involving Taiwan, it would only pay a heavy price.", []string{"China WARNED Japan"}},
	{"if X attacks, Y will face", "If Iran attacks, Israel will face consequences, Biden said.", []string{"Joe Biden WARNED Israel"}},
	// warnings sent by radio
	{"radioed warnings to", "Japanese coast guard ships radioed warnings to the Chinese vessels.", []string{"Japan WARNED China"}},
}

func TestSixthRound(t *testing.T) { runRuleCases(t, sixthCases) }
