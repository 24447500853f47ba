package extract

import "testing"

// eighthCases cover the eighth round's rules (docs/extractor.md, "Eighth
// round"): sentences of our own that must give the edges, and sentences
// with the same words that must give none.
var eighthCases = []ruleCase{
	// a time adjunct between a verb of intent and its infinitive
	{"threatened on Sunday to march on", "Putin threatened on Sunday to march on Kyiv.", []string{"Vladimir Putin WARNED Ukraine"}},
	{"vowed last week to strike", "Putin vowed last week to strike Kyiv.", []string{"Vladimir Putin WARNED Ukraine"}},
	{"struck on Sunday is done", "Russia struck Kyiv on Sunday to punish Ukraine.", []string{"Russia ATTACKED Ukraine"}},
	// a person the dictionary lacks, named in apposition after an office
	{"the leader of an unknown body, NAME,", "The leader of the rebel Alliance for Renewal, Jean-Baptiste Mwamba Lukusa, accused President Felix Tshisekedi of betraying the peace deal.", []string{"Jean-Baptiste Mwamba Lukusa ACCUSED Félix Tshisekedi"}},
	{"the surname later", "The leader of the rebel Alliance for Renewal, Jean-Baptiste Mwamba Lukusa, spoke on Sunday. Lukusa accused Tshisekedi of betraying the deal.", []string{"Jean-Baptiste Mwamba Lukusa ACCUSED Félix Tshisekedi"}},
	{"the leader of a named state body", "The leader of the Sudanese delegation, Khalid Siddig Mansour, met Saudi officials.", []string{"Khalid Siddig Mansour SPOKE_WITH Saudi Arabia"}},
	{"a list after an office is no name", "The leader of the talks, Sudan, Egypt and Ethiopia, met.", []string{"Sudan SPOKE_WITH Egypt", "Sudan SPOKE_WITH Ethiopia", "Egypt SPOKE_WITH Ethiopia"}},
	// a reaction an act draws is aimed at its agent
	{"strikes drew condemnation from", "Israel's strikes on Lebanon drew condemnation from France and Egypt.", []string{"Israel ATTACKED Lebanon", "France ACCUSED Israel", "Egypt ACCUSED Israel"}},
	{"faced criticism from", "Seoul faced sharp criticism from Tokyo over the ruling.", []string{"Japan ACCUSED South Korea"}},
	{"the raid by X prompted", "The raid by Israeli forces on Jenin prompted condemnation from Jordan.", []string{"Jordan ACCUSED Israel"}},
	{"the strike on T by A drew", "The strike on Iran by Israel drew condemnation from Saudi Arabia.", []string{"Israel ATTACKED Iran", "Saudi Arabia ACCUSED Israel"}},
	{"an act with no agent draws nothing", "The decision drew criticism from France.", nil},
	{"a reaction that is only feared", "The strikes could draw condemnation from France.", nil},
	// an act inside a charge is the accused one's
	{"blamed X for the attack on its embassy", "Azerbaijan blamed Iran for the attack on its embassy.", []string{"Azerbaijan ACCUSED Iran", "Iran ATTACKED Azerbaijan"}},
	{"accused X of the strike on Y", "Kyiv accused Moscow of the strike on Ukraine's grid.", []string{"Ukraine ACCUSED Russia", "Russia ATTACKED Ukraine"}},
	{"held X responsible for the attack on", "Israel held Hamas responsible for the attack on Israeli civilians.", []string{"Israel ACCUSED Hamas", "Hamas ATTACKED Israel"}},
	{"a charge of something else", "Azerbaijan accused Iran of inaction after the attack on its embassy.", []string{"Azerbaijan ACCUSED Iran"}},
	// a title resolves first to the person who bore that very title
	{"the crown prince after a president", "Iranian President Masoud Pezeshkian spoke with Saudi Crown Prince Mohammed bin Salman. The crown prince condemned the Israeli strikes.", []string{"Masoud Pezeshkian SPOKE_WITH Mohammed bin Salman", "Mohammed bin Salman ACCUSED Israel"}},
	{"the president after a crown prince", "Saudi Crown Prince Mohammed bin Salman spoke with Iranian President Masoud Pezeshkian. The president condemned the Israeli strikes.", []string{"Mohammed bin Salman SPOKE_WITH Masoud Pezeshkian", "Masoud Pezeshkian ACCUSED Israel"}},
	// a war named after "fought" is no quarrel over something
	{"fought two wars over", "Armenia and Azerbaijan have fought two wars over the region.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia"}},
	{"clashed over trade", "Armenia and Azerbaijan clashed over trade.", nil},
	// an act of state told by a trigger is one "the decision" may name
	{"regretted the decision", "Algeria severed diplomatic relations with Morocco on Tuesday. Morocco regretted the decision.", []string{"Morocco ACCUSED Algeria"}},
	// a threat with no target aims at the object of the verb it is coordinated with
	{"imposed sanctions on X and threatened", "ECOWAS imposed sanctions on Niger and threatened military action.", []string{"Economic Community of West African States WARNED Niger"}},
	{"condemned X and vowed a response", "The United States condemned Russia and vowed a response.", []string{"United States ACCUSED Russia", "United States WARNED Russia"}},
	{"a noun after and is no verb", "Sudanese troops seized the oilfield from South Sudan, prompting condemnation and vows of revenge.", []string{"Sudan ATTACKED South Sudan"}},
	// mediation told after the talks' place, in a "with" adjunct, or as a part served
	{"agreed after talks in a city mediated by M", "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey.", []string{"Pakistan SPOKE_WITH Afghanistan", "Qatar SPOKE_WITH Pakistan", "Qatar SPOKE_WITH Afghanistan", "Turkey SPOKE_WITH Pakistan", "Turkey SPOKE_WITH Afghanistan"}},
	{"the talks took place with mediation by M", "Kenya and Ethiopia agreed on Sunday to a truce. The talks took place in Kampala with mediation by Uganda.", []string{"Kenya SPOKE_WITH Ethiopia", "Uganda SPOKE_WITH Kenya", "Uganda SPOKE_WITH Ethiopia"}},
	{"who served as chief mediator in the talks between", "Norway's foreign minister, who served as chief mediator in the negotiations between Colombia and Venezuela, said the talks would resume.", []string{"Colombia SPOKE_WITH Venezuela", "Norway SPOKE_WITH Colombia", "Norway SPOKE_WITH Venezuela"}},
	{"acted as mediator after talks", "Serbia and Kosovo held talks in Brussels, and the European Union acted as mediator.", []string{"Serbia SPOKE_WITH Kosovo", "European Union SPOKE_WITH Serbia", "European Union SPOKE_WITH Kosovo"}},
	{"acted as a mediator with no talks", "Ecuador acted as a mediator in the past.", nil},
	// a time of day after a day between a nominal act and its target
	{"air raid on Friday night against", "A Pakistani air raid on Friday night against Afghanistan's border posts killed ten soldiers.", []string{"Pakistan ATTACKED Afghanistan"}},
	// fears and vows of an act name no act done
	{"fears of a new conflict between", "Fears of a new conflict between Kenya and Somalia are growing.", nil},
	{"vows of retaliation", "The border raid drew vows of retaliation from Khartoum against Juba.", nil},
	// adjectives of worry are judgements
	{"called the drills concerning", "Stephen Sklenka called the Chinese exercises concerning.", []string{"Stephen Sklenka ACCUSED China"}},
	// "as did X" lends the main clause's acts to X
	{"recognised, as did", "Argentina and Ecuador recognized Juan Guaido as president, as did Paraguay and Panama.", []string{"Argentina SUPPORTED Juan Guaidó", "Ecuador SUPPORTED Juan Guaidó", "Paraguay SUPPORTED Juan Guaidó", "Panama SUPPORTED Juan Guaidó"}},
	{"urged, as have", "The United States urged Israel to halt the offensive, as have Britain and France.", []string{"United States URGED Israel", "United Kingdom URGED Israel", "France URGED Israel"}},
	{"a relative clause's act is not lent", "The United States, which had urged Israel and Iran to talk, welcomed the declaration, as did the African Union.", []string{"United States URGED Israel", "United States URGED Iran"}},
	// a fronted adjunct's comma closes no list
	{"In southern Lebanon, A and B exchanged fire", "In southern Lebanon, Israel and Hezbollah exchanged fire.", []string{"Israel ATTACKED Hezbollah", "Hezbollah ATTACKED Israel"}},
	{"In talks with A, B and C, the subject", "In talks with Russia, China and Iran, the US said it would press on.", []string{"United States SPOKE_WITH Russia", "United States SPOKE_WITH China", "United States SPOKE_WITH Iran"}},
	{"On Monday, A, B and C urged", "On Monday, France, Germany and Italy urged Israel to stop.", []string{"France URGED Israel", "Germany URGED Israel", "Italy URGED Israel"}},
	// a possessive in a fronted adjunct points past a list to the subject
	{"In his meetings with A, B and C, X discussed", "In his meetings with Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan, Antony Blinken discussed trade.", []string{"Antony Blinken SPOKE_WITH William Ruto", "Antony Blinken SPOKE_WITH Yoweri Museveni", "Antony Blinken SPOKE_WITH Samia Suluhu Hassan"}},
	// a threat told by an act that will not go unanswered aims at its agent
	{"the strike would not go unanswered", "The United States struck a Syrian airbase on Friday. Russia's envoy to Washington said the strike on Syria would not go unanswered.", []string{"United States ATTACKED Syria", "Russia WARNED United States"}},
	{"any aggression by X would not go unanswered", "Iran said any aggression by Israel would not go unanswered.", []string{"Iran WARNED Israel"}},
	{"the launch at us will be met with a response", "Iran launched drones at Israel. The IDF said its jets downed most of them. \u201cThis launch will be met with a response,\u201d the Israeli army chief Herzi Halevi said.", []string{"Iran ATTACKED Israel", "Herzi Halevi WARNED Iran"}},
	{"a crime with no agent", "Iran said the crime would not go unpunished.", nil},
	// judgements: "referred to X as", "stoking conflict", a state's institution judged
	{"referred to X as a provocation by", "Vladimir Putin referred to the raid into Belgorod as a provocation by Kyiv.", []string{"Vladimir Putin ACCUSED Ukraine"}},
	{"referred to the talks", "Putin referred to the talks in his speech.", nil},
	{"said X was stoking conflict", "Eritrea said its neighbour Ethiopia was stoking conflict.", []string{"Eritrea ACCUSED Ethiopia"}},
	{"X's junta was illegitimate", "Le Drian said Mali's junta was illegitimate.", []string{"Jean-Yves Le Drian ACCUSED Mali"}},
	{"the demonym junta was illegitimate", "Paris said the Malian junta was illegitimate.", []string{"France ACCUSED Mali"}},
	{"X's junta was ready", "France said Mali's junta was ready to talk.", nil},
	// "the sides" that meet or fight are the pair named before
	{"the sides met", "Chile and Peru both export copper to Asian markets. Last week, the sides met in Lima and reached a tentative deal.", []string{"Chile SPOKE_WITH Peru"}},
	{"the parties in parliament", "Chile and Peru held talks. The parties in parliament voted on Monday.", []string{"Chile SPOKE_WITH Peru"}},
	// a given name of the dictionary's persons opens a name it lacks
	{"met GivenName Surname", "Benjamin Netanyahu met John Thune on Monday.", []string{"Benjamin Netanyahu SPOKE_WITH John Thune"}},
	{"a given name before a place word", "Israel struck Peter Street in Gaza.", nil},
	// a definite act as the subject of a verb of force is its agent's, told before
	{"the raids targeted", "Turkey launched air raids on Sunday. The raids targeted bases of the PKK and the YPG.", []string{"Turkey ATTACKED Kurdistan Workers' Party", "Turkey ATTACKED People's Protection Units"}},
	{"the raids with no agent told", "The raids targeted bases of the PKK.", nil},
	// an ultimatum to a state's diplomats; fighters named by whom they follow
	{"gave demonym diplomats N hours to leave", "Nicolas Maduro gave American diplomats 72 hours to leave Venezuela.", []string{"Nicolás Maduro URGED United States"}},
	{"militants led by X are at war with", "Israel and Palestinian militants led by Hamas are at war.", []string{"Israel ATTACKED Hamas", "Hamas ATTACKED Israel"}},
	{"struck militants led by X", "Israel struck Palestinian militants led by Hamas.", []string{"Israel ATTACKED Hamas"}},
	// "locked in (embroiled in, mired in) a conflict with": a light verb
	{"which has been locked in conflict with", "Chad let Emirati arms reach the RSF, which has been locked in conflict with the Sudanese army since April.", []string{"Rapid Support Forces ATTACKED Sudanese Armed Forces", "Sudanese Armed Forces ATTACKED Rapid Support Forces"}},
	{"embroiled in a war with", "Ethiopia is embroiled in a war with Eritrea.", []string{"Ethiopia ATTACKED Eritrea", "Eritrea ATTACKED Ethiopia"}},
	// a demonym as a noun before a verb of saying is the person of that state named before
	{"the Brazilian told", "Macron met Lula. The Brazilian told France to act.", []string{"Emmanuel Macron SPOKE_WITH Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva URGED France"}},
	{"the Lebanese armed group stays", "Syria accused the Lebanese armed group Hezbollah of abducting soldiers. Aoun said Lebanon would respond.", []string{"Syria ACCUSED Hezbollah"}},
	// a concern raised with one actor about another
	{"raised concerns with X about Y's", "Albin Kurti raised concerns with the EU envoy about Serbia's threatening rhetoric.", []string{"Albin Kurti SPOKE_WITH European Union", "Albin Kurti ACCUSED Serbia"}},
	{"expressed concern to X over Y's", "Japan expressed concern to China over Russia's drills.", []string{"Japan SPOKE_WITH China", "Japan ACCUSED Russia"}},
	// a fronted adjunct before the clause that "as did" follows; a threat in a quote after its act
	{"After X, A and B recognised, as did", "After Trump's statement, Brazil and Canada also recognized Guaido as Venezuela's leader, as did Peru and Chile.", []string{"Brazil SUPPORTED Juan Guaidó", "Canada SUPPORTED Juan Guaidó", "Peru SUPPORTED Juan Guaidó", "Chile SUPPORTED Juan Guaidó"}},
	{"the attack \u201cwill not be left without consequences\u201d", "The United States struck Syria on Friday. Russia's ambassador said the attack on its ally \u201cwill not be left without consequences\u201d.", []string{"United States ATTACKED Syria", "Russia WARNED United States"}},
	// a title word outside a list member's mention ("and Parliament Speaker X")
	{"meetings with A, B, and Parliament Speaker C", "During her meetings with Lebanese President Joseph Aoun, Prime Minister Nawaf Salam, and Parliament Speaker Nabih Berri, Morgan Ortagus stressed the need for reform.", []string{"Morgan Ortagus SPOKE_WITH Joseph Aoun", "Morgan Ortagus SPOKE_WITH Nawaf Salam", "Morgan Ortagus SPOKE_WITH Nabih Berri"}},
	// a bare organ noun after a state's forces in a list: the junta is the state
	{"between the X military junta and Y", "A ceasefire was adopted at a meeting between the Myanmar military junta and the Three Brotherhood Alliance.", []string{"Myanmar SPOKE_WITH Three Brotherhood Alliance"}},
	// "mediation by M" fronted before the pair that then agreed; "the parties later met"
	{"After months of mediation by M, A and B signed", "After months of mediation by Switzerland, Armenia and Azerbaijan signed a border protocol.", []string{"Armenia SPOKE_WITH Azerbaijan", "Switzerland SPOKE_WITH Armenia", "Switzerland SPOKE_WITH Azerbaijan"}},
	{"the parties later met", "Yemen and the Houthis held talks. The parties later met again.", []string{"Yemen SPOKE_WITH Houthis"}},
	// bringing the sides together is mediation
	{"bringing A and B together", "Qatar brought Israel and Hamas together for talks.", []string{"Qatar SPOKE_WITH Israel", "Qatar SPOKE_WITH Hamas", "Israel SPOKE_WITH Hamas"}},
	{"a crisis brings no one together", "The crisis brought Russia and China together.", nil},
	// "They" after "The members of the Security Council ..." is the Council
	{"the members of X ... They called on", "The members of the Security Council met on Monday. They called on Hamas to release the hostages.", []string{"United Nations Security Council URGED Hamas"}},
	{"They past a list of capitals", "The members of the Security Council welcomed new flights between Sanaa and Amman and Sanaa and Cairo. They encouraged the Houthis to keep negotiating.", []string{"United Nations Security Council URGED Houthis"}},
	// partitives of time, a future visit looked forward to, gun battles, deals rejected as illegal
	{"held a full day of meetings with", "Guterres held a full day of meetings with Nicos Anastasiades.", []string{"António Guterres SPOKE_WITH Nicos Anastasiades"}},
	{"looking forward to visiting", "Erdogan said he was looking forward to visiting Athens.", nil},
	{"a gun battle between", "A gun battle between Indian and Chinese troops broke out.", []string{"India ATTACKED China", "China ATTACKED India"}},
	{"rejected the A-B accord as null and void", "Greece rejected the Turkish-Libyan accord as null and void.", []string{"Greece ACCUSED Turkey", "Greece ACCUSED Libya"}},
	{"rejected a proposal as a starting point", "Egypt rejected the proposal as a starting point.", nil},
	// a plural title closing a list stands for each state after it
	{"A and B, as well as the ministers of C, D and E", "Antony Blinken held separate meetings with Benjamin Netanyahu and Isaac Herzog, as well as the foreign ministers of Jordan, Egypt and Qatar.", []string{"Antony Blinken SPOKE_WITH Benjamin Netanyahu", "Antony Blinken SPOKE_WITH Isaac Herzog", "Antony Blinken SPOKE_WITH Jordan", "Antony Blinken SPOKE_WITH Egypt", "Antony Blinken SPOKE_WITH Qatar"}},
	// a deal rejected by its between-phrase; protested (transitive); a briefing received
	{"dismissed the deal between A and B as illegal", "Egypt dismissed the deal between Turkey and Libya as illegal.", []string{"Egypt ACCUSED Turkey", "Egypt ACCUSED Libya"}},
	{"protested X's decision", "Kenya protested Uganda's decision.", []string{"Kenya ACCUSED Uganda"}},
	{"received a briefing from", "ECOWAS leaders received a briefing from Goodluck Jonathan on the crisis.", []string{"Goodluck Jonathan SPOKE_WITH Economic Community of West African States"}},
	// an object "them" is never the clause's own subject
	{"A and B ... accused them", "France and the United Nations branded the fighters mercenaries from the Wagner Group and accused them of abuses.", nil},
	{"A and B met; C urged them", "Israel and Hamas met on Monday and Qatar urged them to keep the truce.", []string{"Israel SPOKE_WITH Hamas", "Qatar URGED Israel", "Qatar URGED Hamas"}},
	// "captured" on camera is filmed; the Soviet Union is a state of its time
	{"captured on camera", "The Philippine coast guard captured Chinese ships firing water cannon on camera.", nil},
	{"the Soviet Union seized", "The Soviet Union seized the islands from Japan in 1945.", []string{"Soviet Union ATTACKED Japan"}},
	// an act done at the request (invitation) of another
	{"at the request of", "NATO sent peacekeepers to Kosovo at the request of its president, Vjosa Osmani.", []string{"North Atlantic Treaty Organization SUPPORTED Kosovo", "Vjosa Osmani URGED North Atlantic Treaty Organization"}},
	{"at X's request", "Russian troops arrived in Kazakhstan at Tokayev's request.", []string{"Kassym-Jomart Tokayev URGED Russia"}},
	{"at the invitation of", "Macron visited Beijing at the invitation of Xi Jinping.", []string{"Emmanuel Macron SPOKE_WITH China", "Xi Jinping SPOKE_WITH Emmanuel Macron"}},
	// a demonym right before the person of its state is part of the name
	{"talks between demonym-named persons", "Talks between German Olaf Scholz, French Emmanuel Macron and Polish Donald Tusk focused on Ukraine.", []string{"Olaf Scholz SPOKE_WITH Emmanuel Macron", "Olaf Scholz SPOKE_WITH Donald Tusk", "Emmanuel Macron SPOKE_WITH Donald Tusk"}},
	// a trigger word after a possessive determiner is a noun, never a verb
	{"its demands from", "The EU renewed its demands for Russia to withdraw its forces from Moldova.", []string{"European Union URGED Russia"}}, // (the noun "demands" is an appeal since the ninth round; "from Moldova" is still no target)
	// land occupied is its state's; a body's positions stay the body's
	{"occupying a breakaway region", "Georgia accused Russia of occupying Abkhazia.", []string{"Georgia ACCUSED Russia", "Russia ATTACKED Georgia"}},
	{"occupied a body's positions", "Israel occupied Hezbollah positions.", []string{"Israel ATTACKED Hezbollah"}},
	// a state never accuses its own office-holder through a title
	{"accusing its foreign minister", "Ghana hit back at Togo on Tuesday, accusing its foreign minister of lying. \u201cThis must stop,\u201d Ghanaian Foreign Minister Shirley Ayorkor Botchway said.", []string{"Ghana ACCUSED Togo"}},
}

func TestEighthRound(t *testing.T) { runRuleCases(t, eighthCases) }
