package extract

import "testing"

// seventhCases cover the seventh round's rules (docs/extractor.md,
// "Seventh round"): sentences of our own that must give the edges, and
// sentences with the same words that must give none.
var seventhCases = []ruleCase{
	// people sent by states stand for them as a subject
	{"delegates from A and B held talks", "Delegates from Armenia and Azerbaijan held talks in Washington.", []string{"Armenia SPOKE_WITH Azerbaijan"}},
	{"officials from A and B signed", "Officials from Sudan and South Sudan signed an agreement in Juba.", []string{"Sudan SPOKE_WITH South Sudan"}},
	{"senior envoys of A met B", "Senior envoys of Serbia met Kosovo's negotiators in Brussels.", []string{"Serbia SPOKE_WITH Kosovo"}},
	{"from after a verb is no subject", "Troops withdrew from Armenia and Azerbaijan met.", nil},
	// a shared head: the first conjunct is the name with the second's head
	{"North and South Korea", "North and South Korea held talks at Panmunjom.", []string{"North Korea SPOKE_WITH South Korea"}},
	{"South and North Korea", "South and North Korea exchanged fire across the border on Tuesday.", []string{"South Korea ATTACKED North Korea", "North Korea ATTACKED South Korea"}},
	{"a plural shared head", "Russia said it was defending the Donetsk and Lugansk People's Republics.", []string{"Russia SUPPORTED Donetsk People's Republic", "Russia SUPPORTED Luhansk People's Republic"}},
	{"no gapped name", "Seoul and South Korea's allies held talks.", nil},
	// the mediator named in a noun of effort or role
	{"efforts in brokering", "Qatar's efforts in brokering a deal between Rwanda and Congo won praise.", []string{"Qatar SPOKE_WITH Rwanda", "Qatar SPOKE_WITH Democratic Republic of the Congo", "Rwanda SPOKE_WITH Democratic Republic of the Congo"}},
	{"role in brokering", "Turkey's role in brokering the grain deal between Russia and Ukraine was praised.", []string{"Turkey SPOKE_WITH Russia", "Turkey SPOKE_WITH Ukraine", "Russia SPOKE_WITH Ukraine"}},
	// the mediator told in an adjunct after "under"
	{"under demonym mediation", "Ethiopian and Somali leaders met in Ankara under Turkish mediation.", []string{"Ethiopia SPOKE_WITH Somalia", "Turkey SPOKE_WITH Ethiopia", "Turkey SPOKE_WITH Somalia"}},
	{"under X's mediation", "Ethiopia and Somalia held talks under Turkey's mediation.", []string{"Ethiopia SPOKE_WITH Somalia", "Turkey SPOKE_WITH Ethiopia", "Turkey SPOKE_WITH Somalia"}},
	{"under the auspices of", "Ethiopia and Somalia reached a deal under the auspices of Turkey.", []string{"Ethiopia SPOKE_WITH Somalia", "Turkey SPOKE_WITH Ethiopia", "Turkey SPOKE_WITH Somalia"}},
	{"after talks mediated by M on a day, A and B agreed", "After talks mediated by the United States on Saturday, India and Pakistan agreed to a ceasefire.", []string{"India SPOKE_WITH Pakistan", "United States SPOKE_WITH India", "United States SPOKE_WITH Pakistan"}},
	{"talks mediated by M in a quote", "\u201cAfter a long night of talks mediated by the United States, I am pleased to announce that India and Pakistan have agreed to a ceasefire,\u201d Trump said.", []string{"India SPOKE_WITH Pakistan", "United States SPOKE_WITH India", "United States SPOKE_WITH Pakistan"}},
	{"offered mediation is no act", "Turkey offered its mediation to Ethiopia and Somalia.", nil},
	// "They" after a sentence that named a list of three or more
	{"They after a list", "The ministers of Egypt, Jordan and France met in Cairo. They urged Israel to halt the offensive.", []string{"Egypt SPOKE_WITH Jordan", "Egypt SPOKE_WITH France", "Jordan SPOKE_WITH France", "Egypt URGED Israel", "Jordan URGED Israel", "France URGED Israel"}},
	{"They two sentences on", "Egypt, Jordan and France sent aid. The aid arrived. They urged Israel to open the crossings.", nil},
	// a participle after the object of a verb of saying is the sayer's
	{"announced X, accusing", "Iran announced the arrest of ten people, accusing Israel of sending them.", []string{"Iran ACCUSED Israel"}},
	{"wrote to X, warning him", "Putin wrote to Zelensky, warning him against joining NATO.", []string{"Vladimir Putin SPOKE_WITH Volodymyr Zelensky", "Vladimir Putin WARNED Volodymyr Zelensky"}},
	// an appeal or warning turned down was made to the one who turns it down
	{"rejected X's demand", "Ukraine rejected Russia's demand for a withdrawal from four regions.", []string{"Russia URGED Ukraine"}},
	{"dismissed X's threats", "Seoul dismissed Pyongyang's threats.", []string{"North Korea WARNED South Korea"}},
	{"rejected the demonym ultimatum", "Niger rejected the ECOWAS ultimatum to restore the president.", []string{"Economic Community of West African States URGED Niger"}},
	{"rejected calls names no one", "Israel rejected calls for a ceasefire.", nil},
	{"denied the request names no one", "Hungary denied Ukraine's request.", nil},
	// a plural after a light verb is its object, a noun
	{"to sell arms to", "Beijing slammed Washington's decision to sell arms to Taiwan.", []string{"China ACCUSED United States"}},
	{"supplied weapons to", "Iran supplied weapons to the Houthis.", []string{"Iran SUPPORTED Houthis"}},
	{"sold arms to", "France sold arms to Egypt.", []string{"France SUPPORTED Egypt"}},
	// an acronym in brackets after a name is part of it and names it later
	{"between A (ACR) and B", "Talks between the Rapid Support Forces (RSF) and the Sudanese army opened in Jeddah.", []string{"Rapid Support Forces SPOKE_WITH Sudanese Armed Forces"}},
	{"the ACR later", "The Arakan Army (AA) seized the town. Later the AA met with Chinese officials.", []string{"Arakan Army SPOKE_WITH China"}},
	{"(ACR) before a title stays out", "Republic of Korea (ROK) Foreign Minister Park Jin spoke with Blinken.", []string{"Park Jin SPOKE_WITH Antony Blinken"}},
	// a participle after a postposed sayer and a short adjunct is the sayer's
	{"said in a statement on Friday, describing", "Chinese ships rammed Philippine boats, Manila said in a statement on Friday, describing the move as illegal.", []string{"China ATTACKED Philippines", "Philippines ACCUSED China"}},
	{"quote, said on Friday, warning", "\u201cWe will not stand by,\u201d Macron said on Friday, warning Russia against any escalation.", []string{"Emmanuel Macron WARNED Russia"}},
	// an unresolved subject is never replaced by the objects
	{"They addressed A and B, urging them", "In particular, they addressed the OSCE, the European Parliament and the Red Cross, urging them to press Georgia.", nil},
	// breakaway authorities are parties of their own
	{"Transnistria appeals to Russia", "Transnistria appealed to Russia for protection against Moldova.", []string{"Transnistria URGED Russia"}},
	// "updated X on" is consulting X (CAMEO 04); spellings of one surname
	{"updated X on", "Blinken updated Kagame on the talks.", []string{"Antony Blinken SPOKE_WITH Paul Kagame"}},
	{"updated a thing", "The ministry updated its travel advice for Israel.", nil},
	{"Afeworki", "Somalia's president met Eritrean President Isaias Afeworki in Asmara.", []string{"Somalia SPOKE_WITH Isaias Afwerki"}},
	// the participants of talks after "involving" or "among"
	{"talks involving A, B and C", "Talks involving Russia, Ukraine and Turkey resumed in Istanbul.", []string{"Russia SPOKE_WITH Ukraine", "Russia SPOKE_WITH Turkey", "Ukraine SPOKE_WITH Turkey"}},
	{"negotiations among", "Negotiations among Egypt, Sudan and Ethiopia ended without a deal.", []string{"Egypt SPOKE_WITH Sudan", "Egypt SPOKE_WITH Ethiopia", "Sudan SPOKE_WITH Ethiopia"}},
	{"planned talks involving", "Talks involving Russia and Ukraine could resume next week.", nil},
	{"a plan involving is no meeting", "A plan involving Russia and Ukraine was rejected.", nil},
	// a fight in an adjunct of time with no parties of its own: the pair
	{"after days of clashes", "India and Pakistan agreed to a ceasefire after four days of clashes.", []string{"India SPOKE_WITH Pakistan", "India ATTACKED Pakistan", "Pakistan ATTACKED India"}},
	{"chiefs of A and B after a week of border clashes", "Defence chiefs of Pakistan and Afghanistan held talks in Doha after a week of border clashes.", []string{"Pakistan SPOKE_WITH Afghanistan", "Pakistan ATTACKED Afghanistan", "Afghanistan ATTACKED Pakistan"}},
	{"two leaders after decades of conflict", "Pashinyan and Aliyev met in Washington after decades of conflict.", []string{"Nikol Pashinyan SPOKE_WITH Ilham Aliyev"}},
	{"a fight with its own parties", "India and Pakistan held talks after clashes between Indian troops and militants.", []string{"India SPOKE_WITH Pakistan"}},
	// disapproval of a deal told with its two parties
	{"condemned the deal between", "Somalia condemned the deal between Ethiopia and Somaliland.", []string{"Ethiopia SPOKE_WITH Somaliland", "Somalia ACCUSED Ethiopia", "Somalia ACCUSED Somaliland"}},
	{"concern over the agreement signed between", "Somalia expressed concern over the agreement signed between Ethiopia and Somaliland.", []string{"Ethiopia SPOKE_WITH Somaliland", "Somalia ACCUSED Ethiopia", "Somalia ACCUSED Somaliland"}},
	{"criticised the pact between", "Russia criticised the security pact between Japan and the Philippines.", []string{"Japan SPOKE_WITH Philippines", "Russia ACCUSED Japan", "Russia ACCUSED Philippines"}},
	{"welcomed the deal is no charge", "Egypt welcomed the deal between Ethiopia and Somalia.", []string{"Ethiopia SPOKE_WITH Somalia"}},
	{"did not condemn the deal", "Somalia did not condemn the deal between Ethiopia and Kenya.", nil},
	// observers of a meeting did not meet each other
	{"attended as observers", "Envoys from the United States and China attended Monday's meeting as observers.", nil},
	{"attended the meeting", "Envoys from the United States and China attended Monday's meeting.", []string{"United States SPOKE_WITH China"}},
	// a headline drops "the" before a title
	{"headline title", "Armenian prime minister calls France\n\nArmenia's Prime Minister Nikol Pashinyan spoke with Macron on Tuesday.", []string{"Nikol Pashinyan SPOKE_WITH France", "Nikol Pashinyan SPOKE_WITH Emmanuel Macron"}},
	{"headline title, no holder named", "Armenian prime minister calls France", []string{"Armenia SPOKE_WITH France"}},
	{"headline X calls Y", "Pashinyan calls Macron", []string{"Nikol Pashinyan SPOKE_WITH Emmanuel Macron"}},
	{"calls X a liar is no call", "Pashinyan calls Aliyev a liar.", []string{"Nikol Pashinyan ACCUSED Ilham Aliyev"}},
	// a plural title after coordinated demonyms is their head, and the list goes on
	{"the French and Russian presidents and the US Secretary of State", "Pashinyan talked with the French and Russian presidents and the US Secretary of State.", []string{"Nikol Pashinyan SPOKE_WITH France", "Nikol Pashinyan SPOKE_WITH Russia", "Nikol Pashinyan SPOKE_WITH United States"}},
	// a city as the object of force stands for its state (places.tsv)
	{"struck a city", "Russian missiles struck Kharkiv overnight.", []string{"Russia ATTACKED Ukraine"}},
	{"rockets at a city", "Hezbollah fired rockets at Haifa on Sunday.", []string{"Hezbollah ATTACKED Israel"}},
	{"strikes on two cities", "Russian strikes on Odesa and Kharkiv killed five people.", []string{"Russia ATTACKED Ukraine"}},
	{"an armed group in its own state", "The RSF shelled El Fasher again.", []string{"Rapid Support Forces ATTACKED Sudan"}},
	{"advanced on a city", "M23 rebels have advanced on Goma.", []string{"M23 ATTACKED Democratic Republic of the Congo"}},
	{"took control of a city", "The Houthis took control of Taiz in 2015.", []string{"Houthis ATTACKED Yemen"}},
	{"took control of a company is no force", "The state took control of the company in 2014.", nil},
	{"a state's army in its own state", "The Sudanese army shelled Nyala.", nil},
	{"a city never meets", "Putin met Erdogan in Sochi.", []string{"Vladimir Putin SPOKE_WITH Recep Tayyip Erdogan"}},
	{"a city is no addressee", "Zelensky urged Kharkiv to stay calm.", nil},
	// a document speaks for those who issued it
	{"statement, which called on", "France and Germany issued a joint statement on Monday, which called on Russia to withdraw.", []string{"France URGED Russia", "Germany URGED Russia"}},
	{"resolution which condemned", "The Security Council passed a resolution which condemned the attacks by the Houthis.", []string{"United Nations Security Council ACCUSED Houthis"}},
	{"the statement by X condemned", "The statement by the UN Security Council condemned Houthi attacks on shipping.", []string{"United Nations Security Council ACCUSED Houthis"}},
	{"a letter from X called on", "A letter from Macron called on Putin to end the war.", []string{"Emmanuel Macron URGED Vladimir Putin"}},
	{"a plan is no document", "Egypt drafted a plan on Monday, which called on Israel to withdraw.", nil},
	{"the joint statement accused", "Mali, Niger and Burkina Faso issued a joint statement on Sunday. The joint statement accused ECOWAS of betraying its principles.", []string{"Mali ACCUSED Economic Community of West African States", "Niger ACCUSED Economic Community of West African States", "Burkina Faso ACCUSED Economic Community of West African States"}},
	{"the statement with no document issued before", "Kenya hosted talks. The statement accused Rwanda of backing rebels.", nil},
	// a grievance told by a noun that names an act reported before
	{"recalled its ambassador over the strikes", "Iran struck targets in Pakistan on Tuesday. Pakistan recalled its ambassador to Tehran over the strikes.", []string{"Iran ATTACKED Pakistan", "Pakistan ACCUSED Iran"}},
	{"announced it was recalling its ambassador over", "Iran struck targets in Pakistan on Tuesday. Islamabad announced it was recalling its ambassador over the strikes.", []string{"Iran ATTACKED Pakistan", "Pakistan ACCUSED Iran"}},
	{"recalled its ambassador with no grievance", "Pakistan recalled its ambassador from Tehran.", nil},
	// a war pitting A against B: both ways
	{"the conflict pits A against B", "The conflict pits Armenia against Azerbaijan.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia"}},
	{"a war pitting", "A war broke out in 2020, pitting Ethiopia against the TPLF.", []string{"Ethiopia ATTACKED Tigray People's Liberation Front", "Tigray People's Liberation Front ATTACKED Ethiopia"}},
	{"a match pitting is no fight", "The final pits Brazil against Argentina.", nil},
	{"the forces of A and B", "The forces of Russia and Belarus attacked Ukraine.", []string{"Russia ATTACKED Ukraine", "Belarus ATTACKED Ukraine"}},
	{"fronted adjunct, the forces of A and B", "In response to the attacks, the forces of Russia and Belarus struck Ukraine.", []string{"Russia ATTACKED Ukraine", "Belarus ATTACKED Ukraine"}},
	// a person the dictionary does not know, by the shape of attribution
	{"unknown sayer told", "Abdou Karim Sall told reporters that Mali must release the soldiers.", []string{"Abdou Karim Sall URGED Mali"}},
	{"unknown name opens a clause", "Abdou Karim Sall accused Mali of holding the soldiers illegally.", []string{"Abdou Karim Sall ACCUSED Mali"}},
	{"unknown postposed sayer with apposition", "\u201cWe call on Mali to release them,\u201d said Abdou Karim Sall, a spokesman for the Senegalese government.", []string{"Abdou Karim Sall URGED Mali"}},
	{"quote, sayer with apposition, said", "\u201cWe call on Mali to release them,\u201d Abdou Karim Sall, a government spokesman, said.", []string{"Abdou Karim Sall URGED Mali"}},
	{"unknown name, who", "Abdou Karim Sall, who heads the foreign ministry, accused Mali of lying.", []string{"Abdou Karim Sall ACCUSED Mali"}},
	{"title, name, in apposition", "Sudan's Information Minister, Khalid al-Isaa, accused the UAE of bankrolling the RSF.", []string{"Khalid al-Isaa ACCUSED United Arab Emirates", "United Arab Emirates SUPPORTED Rapid Support Forces"}},
	{"title, name, later by surname", "Ghana's Trade Minister, Kwame Boateng, met Togolese officials. Boateng urged Togo to reopen the border.", []string{"Kwame Boateng SPOKE_WITH Togo", "Kwame Boateng URGED Togo"}},
	{"family name first, later alone", "Chinese Defense Ministry spokesperson Wu Qian spoke on Thursday. Wu said the US arms sale violated the one-China principle.", []string{"Wu Qian ACCUSED United States"}},
	{"an attribution drops the", "\u201cThe strikes must stop,\u201d Russian foreign minister said, accusing Ukraine of shelling Belgorod.", []string{"Russia ACCUSED Ukraine", "Ukraine ATTACKED Russia"}},
	{"an organisation's name is no sayer", "Amnesty International said Israel committed war crimes in Gaza.", nil},
	// an attack condemned names no attacker: never the one who condemns
	{"condemned the unprecedented attack on X", "Antonio Guterres condemned the unprecedented attack on Peru.", nil},
	{"condemned the rocket attack that killed", "Chilean officials on Monday condemned the rocket attack that killed two Peruvian soldiers near the border.", nil},
	{"condemning the group's bomb attacks that targeted", "The Security Council issued a statement condemning the Shabaab bomb attacks that targeted Kenya, as well as Ethiopia.", []string{"United Nations Security Council ACCUSED al-Shabaab", "al-Shabaab ATTACKED Kenya", "al-Shabaab ATTACKED Ethiopia"}},
	{"launched an attack that killed", "Israel launched an attack that killed two Hamas commanders.", []string{"Israel ATTACKED Hamas"}},
	// a diplomatic act in the passive with no agent is the reporting side's
	{"was asked, the minister said", "The Pakistani side was asked to refrain from such actions, the Indian foreign minister said.", []string{"India URGED Pakistan"}},
	{"was urged, X said", "Iran was urged to show restraint, the French foreign minister said.", []string{"France URGED Iran"}},
	{"was ordered to leave is no appeal", "Maduro said Colombian diplomats had been ordered to leave Venezuela.", nil},
	{"an attack with no agent stays none", "Iran was attacked overnight, the Iranian foreign minister said.", nil},
	// force told by a phrasal verb
	{"took over a post", "Venezuelan troops took over an abandoned Guyanese army post near the border.", []string{"Venezuela ATTACKED Guyana"}},
	{"forced their way into an embassy", "Bolivian police forced their way into the Peruvian embassy in La Paz.", []string{"Bolivia ATTACKED Peru"}},
	{"took over a presidency is no force", "Petro took over the presidency in August.", nil},
	// a vow to retaliate answers the attacker past the sayer's own acts
	{"vowed it would retaliate after interceptions", "Hezbollah fired rockets at Israel on Monday. Most were shot down by Israeli air defences. Israel immediately vowed it would retaliate.", []string{"Hezbollah ATTACKED Israel", "Israel WARNED Hezbollah"}},
	// third parties named in a mediator's part in talks told before
	{"ratify X and Y as guarantor countries", "The Philippine government and the New People's Army held talks in Oslo. On Friday they agreed to ratify Norway and Japan as guarantor countries in the talks.", []string{"Philippines SPOKE_WITH New People's Army", "Norway SPOKE_WITH Philippines", "Norway SPOKE_WITH New People's Army", "Japan SPOKE_WITH Philippines", "Japan SPOKE_WITH New People's Army"}},
	{"as mediators with no talks told", "Qatar and Egypt were named as mediators.", nil},
	// a demonym before a noun of ground names a place, not the subject
	{"used X territory to launch", "These militants have used Syrian territory to launch rocket attacks inside Israeli territory.", nil},
	{"the X side is the state", "The Syrian side fired shells into Lebanon.", []string{"Syria ATTACKED Lebanon"}},
	// "our nation" in a quotation is the speaker's state
	{"our nation encourages", "\u201cOur nation encourages political leaders in Nepal to engage in dialogue,\u201d Antony Blinken wrote on X.", []string{"United States URGED Nepal"}},
	{"our country urges", "\u201cOur country urges Nepal to engage in dialogue,\u201d Blinken said.", []string{"United States URGED Nepal"}},
	{"his visit with", "The US envoy Amos Hochstein began his visit with Lebanese leaders on Monday.", []string{"Amos Hochstein SPOKE_WITH Lebanon"}},
	// a Title Case headline capitalises verbs: no name from capitals alone
	{"title case headline", "Bosnian Serb Leader Defies Court Ruling, Meets Putin", []string{"Bosnia and Herzegovina SPOKE_WITH Vladimir Putin"}},
	// victims of an act named before: its agents attacked the victims' side
	{"killed in the strike", "Israel struck southern Lebanon on Monday. Three Hezbollah fighters were killed in the strike.", []string{"Israel ATTACKED Lebanon", "Israel ATTACKED Hezbollah"}},
	{"killed in the strike by X keeps its frame", "Three Hezbollah fighters were killed in an Israeli strike.", []string{"Israel ATTACKED Hezbollah"}},
	{"died in the attack with no act before", "Three Hezbollah fighters died in the attack.", nil},
	// a number opening a sentence is no part of a name
	{"Three Hezbollah fighters", "Three Hezbollah fighters attacked Israel.", []string{"Hezbollah ATTACKED Israel"}},
	{"Several Hezbollah fighters", "Several Hezbollah fighters attacked Israel.", []string{"Hezbollah ATTACKED Israel"}},
	{"National Security Council stays one name", "National Security Council spokesman John Kirby warned Iran.", []string{"John Kirby WARNED Iran"}},
	// a judgement of necessity is an appeal, and its complement is no act
	{"it is important that A and B talk", "Obama said it is important that Russia and Turkey talk to each other.", []string{"Barack Obama URGED Russia", "Barack Obama URGED Turkey"}},
	{"make sure that both", "\u201cIt's very important to make sure that both the Russians and the Turks are talking to each other,\u201d Obama said.", []string{"Barack Obama URGED Russia", "Barack Obama URGED Turkey"}},
	{"it is important that we", "\u201cIt is important that we stay united,\u201d Macron said.", nil},
	// a charge told in a relative clause
	{"a group that X says carried out", "The strike hit a camp of Jaish-e-Mohammed, a militant group that India says carried out a bombing.", []string{"India ACCUSED Jaish-e-Mohammed"}},
	{"which X says was behind", "Sudan's army fought the RSF, which Khartoum says was behind the attack on El Fasher.", []string{"Sudan ATTACKED Rapid Support Forces", "Rapid Support Forces ATTACKED Sudan", "Sudan ACCUSED Rapid Support Forces"}},
	{"which X says it supports is no charge", "Israel struck Hezbollah, which Lebanon says it supports.", []string{"Israel ATTACKED Hezbollah"}},
	{"X will have to, said by a speaker", "\u201cArmenia will have to withdraw from our lands,\u201d Aliyev said.", []string{"Ilham Aliyev URGED Armenia"}},
	{"the gratitude of X to Y", "Kyiv conveyed the deep gratitude of the Ukrainian people to Germany.", []string{"Ukraine SPOKE_WITH Germany", "Ukraine SUPPORTED Germany"}},
	// "insisted that X would ..." is an assurance, not an appeal
	{"insisted that X would", "Guterres insisted that the United Nations would seek accountability.", nil},
	{"insisted that X withdraw", "Guterres insisted that Israel withdraw its troops.", []string{"António Guterres URGED Israel"}},
	// a state organ before a noun of military property names the state's asset
	{"strikes on X military installations", "Pakistan launched strikes on Indian military installations.", []string{"Pakistan ATTACKED India"}},
	{"an organ's soldiers stay the organ", "Pakistan attacked Indian Army soldiers.", []string{"Pakistan ATTACKED Indian Army"}},
	// "The two" who talk are the persons of the sentence before
	{"the two discussed", "Blinken spoke with Rwandan President Paul Kagame on Tuesday. The two discussed the volatile situation along the border between Rwanda and Congo.", []string{"Antony Blinken SPOKE_WITH Paul Kagame"}},
	{"the two fought", "Rwanda and Congo clashed on Monday. The two traded accusations.", []string{"Rwanda ATTACKED Democratic Republic of the Congo", "Democratic Republic of the Congo ATTACKED Rwanda", "Rwanda ACCUSED Democratic Republic of the Congo", "Democratic Republic of the Congo ACCUSED Rwanda"}},
	// a parenthetical between a subject and its verb; "the armed forces of X" are X's
	{"the armed forces of A and B, with support from C,", "In response to Houthi attacks on shipping, the armed forces of the United States and the United Kingdom, with support from Australia, conducted strikes against Houthi targets in Yemen.", []string{"United States ATTACKED Houthis", "United Kingdom ATTACKED Houthis", "Australia SUPPORTED United States", "Australia SUPPORTED United Kingdom"}},
	// "accused X of V-ing by W-ing": W-ing is X's
	{"of declaring war by supporting", "Congo's foreign minister accused Rwanda of declaring war by supporting M23.", []string{"Democratic Republic of the Congo ACCUSED Rwanda", "Rwanda SUPPORTED M23"}},
	// a demonym before a people's plural names a people, not the state
	{"Congolese Tutsis", "The M23 claims to defend Congolese Tutsis against the FDLR.", nil},
	{"Malian Tuaregs", "The army attacked Malian Tuaregs near Kidal.", nil},
}

func TestSeventhRound(t *testing.T) { runRuleCases(t, seventhCases) }
