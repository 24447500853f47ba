package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// ninthCases cover the ninth round's rules (docs/extractor.md, "Ninth
// round"): sentences of our own that must give the edges, and sentences
// with the same words that must give none.
var ninthCases = []ruleCase{
	// a fronted time is no place the subject stands in apposition to
	{"On DAY, A, an apposition, accused", "On Tuesday, Poland, a NATO member, accused Belarus of pushing migrants across the border.", []string{"Poland ACCUSED Belarus"}},
	{"In MONTH, A, an apposition, accused", "In March, Poland, a NATO member, accused Belarus of pushing migrants.", []string{"Poland ACCUSED Belarus"}},
	{"in a city, its state, is a place", "In Geneva, Switzerland, Russia urged Ukraine to negotiate.", []string{"Russia URGED Ukraine"}},
	// co-agents in a parenthetical share the subject's verb; helpers do not
	{"A, along with B and C, condemned", "The United States, along with Britain and France, condemned Russia's actions.", []string{"United States ACCUSED Russia", "United Kingdom ACCUSED Russia", "France ACCUSED Russia"}},
	{"A, along with its ally, B, immediately condemned", "The Philippine government, along with its treaty ally, the United States, immediately condemned China's actions.", []string{"Philippines ACCUSED China", "United States ACCUSED China"}},
	{"A, together with B, urged", "Qatar, together with Egypt, urged Hamas to accept the deal.", []string{"Qatar URGED Hamas", "Egypt URGED Hamas"}},
	{"A, backed by B, attacked", "Russia, backed by Iran, attacked Ukraine.", []string{"Russia ATTACKED Ukraine", "Iran SUPPORTED Russia"}},
	// "They" for the one armed body or state organ that opened the sentence before
	{"the coast guard ... They accused", "In response, the Chinese coast guard defended its conduct. They accused the Philippine crew of ramming a Chinese ship.", []string{"China ACCUSED Philippines"}},
	{"the Houthis ... They warned", "The Houthis said the ship was a legitimate target. They also warned the United States against retaliation.", []string{"Houthis WARNED United States"}},
	{"a state named by name is no body", "China defended its conduct. They accused the Philippine crew of ramming a Chinese ship.", nil},
	// the act a response answers was done to the one who responds
	{"responded to an X attack", "Iranian border guards responded to a Taliban attack on their post.", []string{"Taliban ATTACKED Iran"}},
	{"an attack on a thing may be a third party's", "Iranian border guards responded to a Taliban attack on shipping.", nil},
	{"struck B in response to an X attack", "Israel struck Lebanon in response to a Hezbollah attack.", []string{"Israel ATTACKED Lebanon", "Hezbollah ATTACKED Israel"}},
	{"In retaliation for X's strikes, A bombed", "In retaliation for Russia's missile strikes, Ukraine bombed the Belgorod depot.", []string{"Russia ATTACKED Ukraine", "Ukraine ATTACKED Russia"}},
	{"an attack whose target is named is the noun's", "Russia responded to an attack on Ukraine.", nil},
	{"a response only threatened", "Israel said it would respond to an Iranian attack.", []string{"Israel WARNED Iran"}},
	// the one released is no addressee of a call for release
	{"calls for his release", "Bazoum remains in custody, with the African Union leading calls for his release.", nil},
	{"calls for the release of X", "The African Union issued calls for the release of Bazoum.", nil},
	{"calls for X's withdrawal", "France renewed calls for Russia's withdrawal.", []string{"France URGED Russia"}},
	// "is to", "was due to": a plan; "is to blame": a charge
	{"is to visit", "Ghana's foreign minister is to visit Guinea on Thursday.", nil},
	{"was due to meet", "Blinken was due to meet Netanyahu.", nil},
	{"is to blame", "Russia is to blame for the attack, Kyiv said.", []string{"Ukraine ACCUSED Russia"}},
	// a plural before "were" is a noun; "despite" opens a phrase, no subject
	{"supplies were delivered", "Despite the Chinese coast guard's actions, supplies were still delivered to Filipino marines.", nil},
	{"despite X, A struck B", "Despite the ceasefire, Israel struck Hamas.", []string{"Israel ATTACKED Hamas"}},
	// "spoke of" names a thing, not each other
	{"A and B spoke of", "Iran and Afghanistan usually spoke of misunderstandings.", nil},
	{"A and B spoke", "Iran and Afghanistan spoke on Monday.", []string{"Iran SPOKE_WITH Afghanistan"}},
	// a person's own name words written apart are one mention
	{"between A El B and C", "A meeting between Egyptian President Abdel Fattah El Sisi and his Turkish counterpart Recep Tayyip Erdogan took place in Doha.", []string{"Abdel Fattah el-Sisi SPOKE_WITH Recep Tayyip Erdogan"}},
	// mediators named by their states as a clause's subject speak with the sides
	{"A and B mediators stepped up efforts to end the war", "Israel and Hamas fought for weeks. Qatari and Egyptian mediators stepped up efforts to end the war.", []string{"Israel ATTACKED Hamas", "Hamas ATTACKED Israel", "Qatar SPOKE_WITH Israel", "Qatar SPOKE_WITH Hamas", "Egypt SPOKE_WITH Israel", "Egypt SPOKE_WITH Hamas"}},
	{"the co-sources of a rift are sides", "Saudi Arabia, the UAE and Egypt cut ties with Qatar, accusing it of backing terrorism. Kuwaiti mediators worked to end the rift.", []string{"Saudi Arabia ACCUSED Qatar", "United Arab Emirates ACCUSED Qatar", "Egypt ACCUSED Qatar", "Kuwait SPOKE_WITH Qatar", "Kuwait SPOKE_WITH Saudi Arabia", "Kuwait SPOKE_WITH United Arab Emirates", "Kuwait SPOKE_WITH Egypt"}},
	{"mediators with no conflict told", "Qatari mediators stepped up efforts.", nil},
	{"mediators as an object", "Israel and Hamas fought for weeks. Hamas held talks with Qatari mediators.", []string{"Israel ATTACKED Hamas", "Hamas ATTACKED Israel", "Hamas SPOKE_WITH Qatar"}},
	// an apposition between two members keeps the list
	{"met A, the B leader, and C", "Guterres met Nicos Anastasiades, the Greek Cypriot leader, and Mustafa Akinci.", []string{"António Guterres SPOKE_WITH Nicos Anastasiades", "António Guterres SPOKE_WITH Mustafa Akinci"}},
	{"met A, the B leader, and his counterpart C", "Guterres met President Nicos Anastasiades, the Greek-Cypriot leader, and his Turkish-Cypriot counterpart Mustafa Akinci.", []string{"António Guterres SPOKE_WITH Nicos Anastasiades", "António Guterres SPOKE_WITH Mustafa Akinci"}},
	{"A, a close US ally, and B condemned", "Israel, a close US ally, and Egypt condemned Iran.", []string{"Israel ACCUSED Iran", "Egypt ACCUSED Iran"}},
	{"a name before the comma is a member", "Iran, the US, and Israel met.", []string{"Iran SPOKE_WITH United States", "Iran SPOKE_WITH Israel", "United States SPOKE_WITH Israel"}},
	// a seizure of power judged by its place or victim is its state's
	{"condemned the military takeover in X", "The African Union strongly condemned the military takeover in Niger.", []string{"African Union ACCUSED Niger"}},
	{"condemned the coup against the X government", "The African Union condemned the coup against the Bazoum government.", []string{"African Union ACCUSED Niger"}},
	{"condemned the impeachment of X", "Kenya strongly condemned the impeachment of Pedro Castillo.", []string{"Kenya ACCUSED Peru"}},
	{"rejected the takeover told before as unconstitutional", "A military junta seized power in Gabon. The African Union rejected the military takeover as unconstitutional.", []string{"African Union ACCUSED Gabon"}},
	{"called the coup in X a violation", "The AU called the coup in Burkina Faso a flagrant violation of its charter.", []string{"African Union ACCUSED Burkina Faso"}},
	{"a coup with no place named", "ECOWAS condemned the coup.", nil},
	{"an attack in a place is no seizure", "The UN condemned the attack in Niger.", nil},
	// acting for a side; backing up
	{"struck A in support of B", "Russia launched air strikes in Libya in support of Khalifa Haftar's forces.", []string{"Russia ATTACKED Libya", "Russia SUPPORTED Khalifa Haftar"}},
	{"backed up X's assertion", "The United States backed up Greece's assertion.", []string{"United States SUPPORTED Greece"}},
	// schedules and purposes after a journey are not done
	{"are scheduled to meet", "Blinken and Lavrov are scheduled to meet on Thursday.", nil},
	{"left for X to meet with", "Blinken left for Doha yesterday to meet with Qatar's foreign minister.", nil},
	{"went to X and met", "Blinken went to Doha and met Qatar's emir.", []string{"Antony Blinken SPOKE_WITH Qatar"}},
	// an object "it" after a verb's particle is the object before, never the subject
	{"condemned X and called on it to", "The leaders of Canada and Australia have condemned China and called on it to release the detainees.", []string{"Canada ACCUSED China", "Australia ACCUSED China", "Canada URGED China", "Australia URGED China"}},
	// a headline's list opening it is joined by commas alone
	{"headline A, B slam X", "EU, NATO slam Belarus over jet diversion\n\nThe row grew.", []string{"European Union ACCUSED Belarus", "North Atlantic Treaty Organization ACCUSED Belarus"}},
	{"headline A, B strike X", "US, UK strike Houthi targets in Yemen\n\nThe strikes came overnight.", []string{"United States ATTACKED Houthis", "United Kingdom ATTACKED Houthis"}},
	{"a body's comma list needs and", "Talks resume\n\nIn Yemen, Saudi Arabia struck the Houthis.", []string{"Saudi Arabia ATTACKED Houthis"}},
	// a warning with no one named, whose words threaten, aims at the other side
	{"'dare test us,' X warned", "Greece accused Turkey of violating its airspace. \"Nobody should dare test Greece's capabilities,\" Nikos Dendias warned.", []string{"Greece ACCUSED Turkey", "Nikos Dendias WARNED Turkey"}},
	{"X warned: 'serious consequences'", "Turkey shot down a Russian jet. Putin warned: \"The tragic event will have serious consequences for our relations.\"", []string{"Turkey ATTACKED Russia", "Vladimir Putin WARNED Turkey"}},
	{"a warning with no threat is a prediction", "Turkey shot down a Russian jet. \"Prices will rise,\" Putin warned.", []string{"Turkey ATTACKED Russia"}},
	// a bare organ in title case stands for the state in focus
	{"The Foreign Ministry summoned", "Saudi Arabia cut ties with Iran. The Foreign Ministry summoned Iran's ambassador.", []string{"Saudi Arabia ACCUSED Iran", "Saudi Arabia SPOKE_WITH Iran"}},
	// protests lodged with a forum accuse no forum
	{"lodged protests with bodies", "Saudi Arabia said it had lodged formal protests with the Arab League and the Gulf Cooperation Council.", []string{"Saudi Arabia SPOKE_WITH Arab League", "Saudi Arabia SPOKE_WITH Gulf Cooperation Council"}},
	{"lodged a protest with a state", "Saudi Arabia lodged a protest with Iran.", []string{"Saudi Arabia SPOKE_WITH Iran", "Saudi Arabia ACCUSED Iran"}},
	// a state organ's "of" names the subject
	{"The government of X condemned", "The government of Sudan condemned Chad.", []string{"Sudan ACCUSED Chad"}},
	{"The army of X attacked", "The army of Sudan attacked Chad.", []string{"Sudan ATTACKED Chad"}},
	{"The administration of President X has supported", "The administration of US President Joe Biden has continually supported Ukraine.", []string{"United States SUPPORTED Ukraine"}},
	{"talks on the future of X are no subject", "Talks on the future of Sudan continued.", nil},
	// force told by what it destroyed; a target with a demonym before the agent
	{"accused X of downing", "Turkey accused Syria of downing a Turkish jet.", []string{"Turkey ACCUSED Syria", "Syria ATTACKED Turkey"}},
	{"the downing of a jet by X", "The downing of a Turkish jet by Syria angered Ankara.", []string{"Syria ATTACKED Turkey"}},
	{"the strike on a demonym's base by X", "The strike on a Turkish base by Syrian forces angered Ankara.", []string{"Syria ATTACKED Turkey"}},
	{"X was responsible for the sinking of", "Seoul said North Korea was responsible for the sinking of the South Korean ship.", []string{"South Korea ACCUSED North Korea", "North Korea ATTACKED South Korea"}},
	{"a sinking with no agent", "The sinking of the ferry killed 300 people.", nil},
	// organ plurals of two states; reprimand idioms; a démarche
	{"the defence ministries of A and B blamed each other", "Earlier, the defense ministries of Armenia and Azerbaijan blamed each other for the clashes.", []string{"Armenia ACCUSED Azerbaijan", "Azerbaijan ACCUSED Armenia"}},
	{"read the riot act to", "India has read the riot act to the Maldives.", []string{"India ACCUSED Maldives"}},
	{"demarched", "India demarched the Maldives.", []string{"India ACCUSED Maldives", "India SPOKE_WITH Maldives"}},
	// one person's attack on another is in words; a recall in response to a grievance
	{"X's attacks on person Y", "Spain has withdrawn its ambassador to Argentina in response to Javier Milei's attacks on Pedro Sanchez.", []string{"Spain ACCUSED Javier Milei", "Javier Milei ACCUSED Pedro Sánchez"}},
	{"a state's attack on a person is force", "Russia attacked Zelensky's office.", []string{"Russia ATTACKED Volodymyr Zelensky"}},
	{"withdrew its ambassador with no grievance", "Spain withdrew its ambassador from Argentina.", nil},
	// a leader's government is the state; persona non grata; "prepares to"
	{"His government summoned", "Benjamin Netanyahu said Lula had crossed a red line. His government summoned Brazil's ambassador.", []string{"Benjamin Netanyahu ACCUSED Luiz Inácio Lula da Silva", "Israel ACCUSED Brazil", "Israel SPOKE_WITH Brazil"}},
	{"declared X persona non grata", "Israel declared Lula \"persona non grata\".", []string{"Israel ACCUSED Luiz Inácio Lula da Silva"}},
	{"declared the envoy persona non grata", "Peru declared the Mexican ambassador persona non grata.", []string{"Peru ACCUSED Mexico"}},
	{"prepares to host", "Brazil prepares to host a G20 meeting.", nil},
	{"clarified to", "India has clarified to Nepal that the road lies within Indian territory.", []string{"India SPOKE_WITH Nepal"}},
	// a trigger right after a transitive verb is its object; an attributive participle is no verb
	{"condemns attack on X", "Security Council condemns attack on Lebanese army post\n\nThe row grew.", nil},
	{"condemned the attack which led to the sinking", "The Security Council condemned the attack which led to the sinking of the Lebanese navy ship.", nil},
	{"a meeting over downed jet", "NATO held a meeting on Tuesday over downed Turkish fighter jet.", nil},
	// joint acts told with their parties as by-agents
	{"the declaration signed by A and B", "The Panmunjom Declaration signed by Kim Jong Un and Moon Jae-in was hailed.", []string{"Kim Jong Un SPOKE_WITH Moon Jae-in"}},
	{"the deal was signed by A and B", "The deal was signed by Erdogan and Assad.", []string{"Recep Tayyip Erdogan SPOKE_WITH Bashar al-Assad"}},
	{"the agreement reached by A and B", "The agreement reached by Libya and Turkey angered Greece.", []string{"Libya SPOKE_WITH Turkey"}},
	// a charge told by a verb of misconduct in a speaker's complement
	{"claimed that X was endangering", "Erdogan claimed that Greece was endangering the safety of all ships in the region.", []string{"Recep Tayyip Erdogan ACCUSED Greece"}},
	{"said X was sabotaging", "Moscow said Kyiv was sabotaging the talks.", []string{"Russia ACCUSED Ukraine"}},
	{"hampered by weather", "Talks were hampered by bad weather.", nil},
	// a demand for captives' release appeals to their captor
	{"demanded the release of those detained by X", "Ghana demanded the release of the soldiers detained by Mali.", []string{"Ghana URGED Mali"}},
	{"his call for the release of those detained in the coup in X", "Guterres renewed his call for the immediate release of all those detained in the military coup in Sudan.", []string{"António Guterres URGED Sudan"}},
	{"welcomed a release", "Ghana welcomed the release of the soldiers detained by Mali.", nil},
	{"it was X that should", "Kenya responded that it was Somalia that should apologize.", []string{"Kenya URGED Somalia"}},
	// a threat told as a condition on the other's conduct
	{"said that if X does not, it would intervene", "Nigeria said that if Niger's junta does not free Bazoum, it would intervene militarily.", []string{"Nigeria WARNED Niger", "Nigeria URGED Niger"}},
	{"saying that if he does not step down, they would", "ECOWAS leaders upped the ante for Laurent Gbagbo, saying that if he does not step down, they would have to use force.", []string{"Economic Community of West African States WARNED Laurent Gbagbo", "Economic Community of West African States URGED Laurent Gbagbo"}},
	{"a condition with no force", "Israel said that if Iran does not respond, the region will calm.", nil},
	{"a condition met is no threat", "Israel said that if Hamas frees the hostages, it will pause the war.", nil},
	// a framing in the passive: the by-agents judge the subject
	{"listed as a terrorist organisation by A, B and C", "The PKK is listed as a terrorist organization by Turkey, the EU, and the US.", []string{"Turkey ACCUSED Kurdistan Workers' Party", "European Union ACCUSED Kurdistan Workers' Party", "United States ACCUSED Kurdistan Workers' Party"}},
	{"was branded a terrorist group by X", "Hamas was branded a terrorist group by Israel.", []string{"Israel ACCUSED Hamas"}},
	{"was called off by X", "The talks were called off by Iran.", nil},
	// a demand as a noun; a judgement through an infinitive
	{"demands for X not to", "The talks focus on Russian demands for NATO not to expand further.", []string{"Russia URGED North Atlantic Treaty Organization"}},
	{"X is trying to destabilize", "Zelensky met Maia Sandu, saying that \"Russia is trying to destabilize the situation.\"", []string{"Volodymyr Zelensky SPOKE_WITH Maia Sandu", "Volodymyr Zelensky ACCUSED Russia"}},
	{"a response to aggression is no judgement of its subject", "The strikes were a response to Chinese aggression.", nil},
	// plural anaphors of a list: "these nations", "their representatives"
	{"accusing these nations of", "Nicaragua expelled the ambassadors of Spain, Italy and Sweden. Denis Moncada announced the expulsions, accusing these nations of meddling.", []string{"Denis Moncada ACCUSED Spain", "Denis Moncada ACCUSED Italy", "Denis Moncada ACCUSED Sweden"}},
	{"demanded their representatives leave", "Nicaragua expelled the ambassadors of Spain, Italy and Sweden. Denis Moncada demanded their representatives leave Nicaraguan territory immediately.", []string{"Denis Moncada URGED Spain", "Denis Moncada URGED Italy", "Denis Moncada URGED Sweden"}},
	{"these nations with no list before", "Denis Moncada accused these nations of meddling.", nil},
	// onlookers named with "with ... -ing" are no sides; a titled surname is the office's holder
	{"both sides after onlookers", "Thai and Cambodian leaders held talks in Malaysia, with Washington and Beijing dispatching envoys. Both sides accused each other of targeting civilian areas.", []string{"Thailand SPOKE_WITH Cambodia", "Thailand ACCUSED Cambodia", "Cambodia ACCUSED Thailand"}},
	{"UN Special Envoy SURNAME", "Blinken backed the efforts of UN Special Envoy Griffiths.", []string{"Antony Blinken SUPPORTED Martin Griffiths"}},
	// hosting and mediating in the progressive; praise for facilitating names the mediator
	{"is hosting talks between A and B", "Kenya is hosting talks between Sudan and South Sudan.", []string{"Sudan SPOKE_WITH South Sudan", "Kenya SPOKE_WITH Sudan", "Kenya SPOKE_WITH South Sudan"}},
	{"is hosting a summit next week between", "Kenya is hosting a summit next week between Sudan and South Sudan.", nil},
	{"gratitude to A and B for facilitating", "Afghanistan and Pakistan agreed to a ceasefire. The Taliban administration expressed gratitude to Qatar and Turkey for facilitating the dialogue.", []string{"Afghanistan SPOKE_WITH Pakistan", "Taliban SUPPORTED Qatar", "Taliban SUPPORTED Turkey", "Qatar SPOKE_WITH Afghanistan", "Qatar SPOKE_WITH Pakistan", "Turkey SPOKE_WITH Afghanistan", "Turkey SPOKE_WITH Pakistan"}},
	{"held telecon with", "Lavrov held telecon with Araghchi.", []string{"Sergei Lavrov SPOKE_WITH Abbas Araghchi"}},
	// what is denied is not reported as done
	{"denied that its forces were fighting in", "Rwanda has previously denied that its forces were fighting in Congo.", nil},
	{"denied ..., and accused", "Vucic denied that Belgrade had any role, and he accused Kurti of provoking the violence.", []string{"Aleksandar Vučić ACCUSED Albin Kurti"}},
	{"Houthi rebel strongholds in Yemen", "Saudi jets attacked Houthi rebel strongholds in northern Yemen.", []string{"Saudi Arabia ATTACKED Houthis"}},
	// a leader's forces and a leader's supporters are sides
	{"fighting between X's forces and supporters of Y", "Talks aimed at ending the fighting between Burhan's forces and supporters of Mohamed Hamdan Dagalo continued.", []string{"Abdel Fattah al-Burhan ATTACKED Mohamed Hamdan Dagalo", "Mohamed Hamdan Dagalo ATTACKED Abdel Fattah al-Burhan"}},
	{"drew swift condemnation from", "Trump's remarks drew swift condemnation from Greenland and Denmark.", []string{"Greenland ACCUSED Donald Trump", "Denmark ACCUSED Donald Trump"}},
	// a state told by description after only its leader was named
	{"the South American ally must", "Marco Rubio spoke with Gustavo Petro. Rubio said the South American ally must stop the flights.", []string{"Marco Rubio SPOKE_WITH Gustavo Petro", "Marco Rubio URGED Colombia"}},
	{"A, B and C have all said they are concerned", "Japan, South Korea and the United States have all said they are concerned about China's drills.", []string{"Japan ACCUSED China", "South Korea ACCUSED China", "United States ACCUSED China"}},
	{"at the behest of", "Russia sent troops at the behest of Kazakhstan's president.", []string{"Kazakhstan URGED Russia"}},
	{"said X needed to", "Nigeria said Cameroon needed to withdraw its troops.", []string{"Nigeria URGED Cameroon"}},
	// a demand closed by its sanction; measures taken against, in the passive
	{"must ... or face retaliation", "Trump said Colombia must take back the flights or face retaliation.", []string{"Donald Trump URGED Colombia", "Donald Trump WARNED Colombia"}},
	{"further measures will be taken against", "Morocco said further measures will be taken against Algiers.", []string{"Morocco WARNED Algeria"}},
	{"measures were taken", "Kenya said measures were taken against Somalia.", nil},
	// victims of the main clause, their attacker in a "when" clause
	{"soldiers were killed when X hit", "Twenty-four Pakistani soldiers were killed when NATO aircraft hit two border posts.", []string{"North Atlantic Treaty Organization ATTACKED Pakistan"}},
	{"people were killed when a bridge collapsed", "Three people were killed when the bridge collapsed.", nil},
	// persons coordinated as speakers both speak; a comma alone is no list of speakers
	{"'We urge,' A and B said", "\"We urge Russia to stop,\" Macron and Scholz said.", []string{"Emmanuel Macron URGED Russia", "Olaf Scholz URGED Russia"}},
	{"recalled its ambassador, accusing", "Chile recalled its ambassador to Peru, accusing Peru of spying.", []string{"Chile ACCUSED Peru"}},
	// a right affirmed by a verb; a war of words; a coalition led by a state; paying heavily
	{"affirmed X's right to self-defence", "Egypt affirmed Israel's right to self-defence.", []string{"Egypt SUPPORTED Israel"}},
	{"a war of words", "Armenia and Azerbaijan waged a war of words.", []string{"Armenia ACCUSED Azerbaijan", "Azerbaijan ACCUSED Armenia"}}, // words both ways, no force
	{"a coalition led by X attacked", "A coalition led by Saudi Arabia attacked the Houthis.", []string{"Saudi Arabia ATTACKED Houthis"}},
	{"would pay heavily", "Iran said Israel would pay heavily for the attack.", []string{"Iran WARNED Israel"}},
	// an unnamed plural title of a pair; a capital for its state
	{"the foreign ministers of the two countries met", "India and Pakistan clashed. The foreign ministers of the two countries met in Astana.", []string{"India ATTACKED Pakistan", "Pakistan ATTACKED India", "India SPOKE_WITH Pakistan"}},
	{"Lima and Santiago held talks", "Lima and Santiago held talks.", []string{"Peru SPOKE_WITH Chile"}},
	// a message given is no help
	{"delivered a rebuke to", "Biden delivered a rebuke to Netanyahu.", []string{"Joe Biden ACCUSED Benjamin Netanyahu"}},
	{"provided X with evidence", "Russia provided Estonia with evidence.", nil},
	{"provided X with weapons", "Russia provided Syria with weapons.", []string{"Russia SUPPORTED Syria"}},
	// threats told by their consequence
	{"will not be left without an answer", "Israel struck Iran. Iran said the strike will not be left without an answer.", []string{"Israel ATTACKED Iran", "Iran WARNED Israel"}},
	{"any move by X would have serious consequences", "Russia warned that any move by NATO would have serious consequences.", []string{"Russia WARNED North Atlantic Treaty Organization"}},
	{"a prediction threatens no one", "Economists warned the policy would have serious consequences for the economy.", nil},
	{"it is time for X to", "\"It is time for Russia to withdraw,\" Blinken said.", []string{"Antony Blinken URGED Russia"}},
	{"urges all countries, including X, to", "The EU urges all countries, including Peru, to respect the ruling.", []string{"European Union URGED Peru"}},
	{"her contacts with", "Merkel defended her contacts with Russian officials.", []string{"Angela Merkel SPOKE_WITH Russia"}},
	{"contacts suspended", "Contacts with Iran have been suspended.", nil},
	// the mediators of talks are no sides, nor the parties of a by-phrase
	{"talks mediated by M and N; both parties agreed", "Afghanistan and Pakistan held talks mediated by Qatar and Turkey. Both parties agreed to cease hostilities.", []string{"Afghanistan SPOKE_WITH Pakistan", "Qatar SPOKE_WITH Afghanistan", "Qatar SPOKE_WITH Pakistan", "Turkey SPOKE_WITH Afghanistan", "Turkey SPOKE_WITH Pakistan"}},
	{"pushed to the brink", "The war pushed the country to the brink of collapse.", nil},
	// pressing tried is pressing done; a grievance "in reaction to"; a charge's second conjunct
	{"tried to persuade X to", "Britain and France tried to persuade Sri Lanka to end its offensive.", []string{"United Kingdom URGED Sri Lanka", "France URGED Sri Lanka"}},
	{"tried to strike", "Britain tried to strike Iran.", nil},
	{"recalled its ambassador in reaction to", "Egypt recalled its ambassador in reaction to Kuwait's interference.", []string{"Egypt ACCUSED Kuwait"}},
	{"withdrawing their ambassadors because", "Chile and Peru said on Monday they were withdrawing their ambassadors from Bolivia because La Paz had broken its word.", []string{"Chile ACCUSED Bolivia", "Peru ACCUSED Bolivia"}},
	{"recalled its envoy, grievance with no agent: the host", "Sweden recalled its envoy to Iraq after the attack on its embassy.", []string{"Sweden ACCUSED Iraq"}},
	{"recalled its envoy after talks: no grievance", "Sweden recalled its envoy to Iraq after talks with Turkey.", []string{"Sweden SPOKE_WITH Turkey"}},
	{"Having V-ed ..., SUBJ", "Having recalled its ambassador to Nairobi over the raids by Kenya, Somalia is now seeking talks.", []string{"Somalia ACCUSED Kenya"}},
	{"After V-ing ..., SUBJ", "After condemning Serbia, Croatia offered to host talks.", []string{"Croatia ACCUSED Serbia"}},
	{"V-ing ..., SUBJ", "Denouncing the blockade, Qatar asked Kuwait to mediate.", []string{"Qatar URGED Kuwait"}},
	{"fronted participle with no main subject", "Having condemned Serbia, and then Croatia too, the statement ended.", nil},
	{"recalled envoy over its (the host's) act", "Serbia recalled its ambassador to Canada over its recognition of Kosovo.", []string{"Serbia ACCUSED Canada"}},
	{"requested X's intervention", "Mali requested France's military intervention.", []string{"Mali URGED France"}},
	{"asked for help from X", "Lebanon asked for help from Cyprus.", []string{"Lebanon URGED Cyprus"}},
	{"wants X's territory is no appeal", "Russia wants Ukraine's land.", nil},
	{"stressed the need for the X troops to", "Abdullah Gul stressed the need for the Syrian troops to withdraw.", []string{"Abdullah Gül URGED Syria"}},
	{"ministers of the BODY", "Foreign ministers of the G7 urged Russia to withdraw.", []string{"Group of Seven URGED Russia"}},
	{"the ministers of the BODY", "The defence ministers of NATO condemned Russia.", []string{"North Atlantic Treaty Organization ACCUSED Russia"}},
	{"the resolution demands that", "The Security Council adopted a resolution. The resolution demands that Eritrea withdraw its troops.", []string{"United Nations Security Council URGED Eritrea"}},
	{"a resolution (on Monday) that urges", "The Security Council adopted a resolution on Monday that urges Eritrea to withdraw.", []string{"United Nations Security Council URGED Eritrea"}},
	{"a declaration of war has no issuer", "Eritrea called the blockade a declaration of war. The declaration urges Ethiopia to withdraw.", nil},
	{"suspended X over", "The African Union suspended Guinea over the coup.", []string{"African Union ACCUSED Guinea"}},
	{"suspended X for its", "The Arab League suspended Libya for its crackdown on protesters.", []string{"Arab League ACCUSED Libya"}},
	{"suspended X, no grievance", "The African Union suspended Guinea.", nil},
	{"suspended talks with X over", "Iran suspended talks with Britain over the seizure.", nil},
	{"considering a strike on X", "Pakistan said it was considering a missile strike on India.", []string{"Pakistan WARNED India"}},
	{"weighing military action against X", "The US is weighing military action against Venezuela.", []string{"United States WARNED Venezuela"}},
	{"not considering military action", "The US was not considering military action against Venezuela.", nil},
	{"considering a visit is none", "Modi is considering a visit to Nepal.", nil},
	{"will not hesitate to strike at X", "Turkey will not hesitate to strike at the PKK.", []string{"Turkey WARNED Kurdistan Workers' Party"}},
	{"he'd respond to X's threats with force", "Biden said he'd respond to more Russian threats with force.", []string{"Joe Biden ACCUSED Russia", "Joe Biden WARNED Russia"}},
	{"would respond to X with a proposal is none", "Iran would respond to the European letter with a proposal.", nil},
	{"a state and its own armed group are two sides", "Nigeria accused Boko Haram of the attack.", []string{"Nigeria ACCUSED Boko Haram"}},
	{"a state and its own army are one side", "Joseph Aoun directed the Lebanese army to respond.", nil},
	{"summoned STATE High Commissioner NAME", "Bangladesh summoned India High Commissioner Pranay Verma.", []string{"Bangladesh ACCUSED India", "Bangladesh SPOKE_WITH Pranay Verma"}},
	{"the Zionist regime is Israel", "Iran accused the Zionist regime of the assassination.", []string{"Iran ACCUSED Israel"}},
	{"intruded N km inside X territory", "Pakistani troops intruded nearly 5 km inside Indian territory.", []string{"Pakistan ATTACKED India"}},
	{"entered X territory", "Turkish forces entered Syrian territory.", []string{"Turkey ATTACKED Syria"}},
	{"entered X's market is none", "Turkish firms entered Syrian markets.", nil},
	{"engaging with X", "Egyptian officials had been engaging with Hamas leaders.", []string{"Egypt SPOKE_WITH Hamas"}},
	{"engaged in fighting with X is the fighting", "Israel engaged in fighting with Hezbollah.", []string{"Hezbollah ATTACKED Israel", "Israel ATTACKED Hezbollah"}},
	{"the X government should", "Putin said the Ukrainian government should withdraw its troops.", []string{"Vladimir Putin URGED Ukraine"}},
	{"a party accuses the government of", "The Free Syrian Army accused the government of shelling civilians.", []string{"Free Syrian Army ACCUSED Syria"}},
	{"the government of STATE stays the state", "The government of Sudan accused Chad of aggression.", []string{"Sudan ACCUSED Chad", "Chad ATTACKED Sudan"}},
	{"STATE's own party is the party", "Lebanon's Hezbollah fired rockets at Israel.", []string{"Hezbollah ATTACKED Israel"}},
	{"STATE's organ keeps the state", "Iran's Revolutionary Guards seized a British tanker.", []string{"Iran ATTACKED United Kingdom"}},
	{"said X had masterminded", "Kenya said al-Shabaab had masterminded the bombing.", []string{"Kenya ACCUSED al-Shabaab"}},
	{"said X ignored Y's demands", "Egypt said Ethiopia ignored its repeated demands.", []string{"Egypt ACCUSED Ethiopia"}},
	{"recalled its envoy, saying X had not", "Qatar recalled its envoy to Libya, saying the Libyan government had not acted against hostile media.", []string{"Qatar ACCUSED Libya"}},
	{"recalled its envoy, saying it wanted", "Qatar recalled its envoy to Libya, saying it wanted consultations.", nil},
	{"fought against X", "Somali troops fought against al-Shabaab.", []string{"Somalia ATTACKED al-Shabaab", "al-Shabaab ATTACKED Somalia"}},
	{"fought a battle against members of X", "Kenyan troops fought a six-hour battle against members of al-Shabaab.", []string{"Kenya ATTACKED al-Shabaab", "al-Shabaab ATTACKED Kenya"}},
	{"brought X to fight against Y is a purpose", "Mali brought the Wagner Group there to fight against the Tuareg rebels.", nil},
	{"talks with the government of President X", "The ELN began peace talks with the government of President Gustavo Petro.", []string{"National Liberation Army of Colombia SPOKE_WITH Colombia"}},
	{"BODY and TITLE NAME as subjects", "The African Union and President Yoweri Museveni urged Salva Kiir to show restraint.", []string{"African Union URGED Salva Kiir", "Yoweri Museveni URGED Salva Kiir"}},
	{"the North after North Korea", "North Korea fired a missile. Japan accused the North of provocation.", []string{"Japan ACCUSED North Korea"}},
	{"the North with no such state", "Japan accused the North of provocation.", nil},
	{"vowed to intensify the offensive against X", "Tinubu vowed to intensify the offensive against Boko Haram.", []string{"Bola Tinubu WARNED Boko Haram"}},
	{"threatened to renew its assault on X", "Chad threatened to renew its assault on Boko Haram.", []string{"Chad WARNED Boko Haram"}},
	{"vowed to intensify talks is none", "Tinubu vowed to intensify talks with Boko Haram.", nil},
	{"fired warning shots at X", "South Korea fired warning shots at North Korean soldiers.", []string{"South Korea WARNED North Korea"}},
	{"his first visit to X", "Modi made his first visit to Israel.", []string{"Narendra Modi SPOKE_WITH Israel"}},
	{"A and B restored ties", "Qatar and Egypt restored diplomatic ties.", []string{"Qatar SPOKE_WITH Egypt"}},
	{"received a warm welcome from X", "Lula received a warm welcome from Xi Jinping.", []string{"Luiz Inácio Lula da Silva SPOKE_WITH Xi Jinping"}},
	{"A and B reached a China-brokered agreement", "Armenia and Azerbaijan reached a US-brokered agreement.", []string{"Armenia SPOKE_WITH Azerbaijan", "United States SPOKE_WITH Armenia", "United States SPOKE_WITH Azerbaijan"}},
	{"A and B reached a ceasefire", "India and Pakistan reached a ceasefire.", []string{"India SPOKE_WITH Pakistan"}},
	{"attack on U.S.-led forces", "Iran launched a missile attack on U.S.-led forces in Iraq.", []string{"Iran ATTACKED United States"}},
	{"commitment to a U.S.-brokered deal", "Rwanda and Burundi affirmed their commitment to a U.S.-brokered peace agreement.", []string{"United States SPOKE_WITH Rwanda", "United States SPOKE_WITH Burundi"}},
	{"infiltrate to target: a purpose", "Militants infiltrate into Afghanistan to target NATO-led forces.", nil},
	{"South American is a region", "Lula called on South American countries to unite.", nil},
	{"South Korean stays the state", "South Korean troops fired at North Korean soldiers.", []string{"South Korea ATTACKED North Korea"}},
	{"visited X, pledging aid", "Scholz visited Kyiv, pledging more German aid.", []string{"Olaf Scholz SPOKE_WITH Ukraine", "Olaf Scholz SUPPORTED Ukraine"}},
	{"the United Nations Charter is a document", "China reaffirmed its support for the United Nations Charter.", nil},
	{"two leaders clash: words", "Macron and Trump clash over tariffs.", []string{"Emmanuel Macron ACCUSED Donald Trump", "Donald Trump ACCUSED Emmanuel Macron"}},
	{"two leaders' forces clash: force", "Kiir's troops clashed with Machar's troops.", []string{"Salva Kiir ATTACKED Riek Machar", "Riek Machar ATTACKED Salva Kiir"}},
	{"aim was not to V but to V: a plan", "Sudan said its aim was not to enter the town but to destroy the Ethiopian army.", nil},
	{"X bears ultimate responsibility, quoted", "\"Russia bears ultimate responsibility,\" Mark Rutte said.", []string{"Mark Rutte ACCUSED Russia"}},
	{"STATE's ORG rebel group was responsible", "Colombia's ELN rebel group was responsible for the attack, Gustavo Petro said.", []string{"Gustavo Petro ACCUSED National Liberation Army of Colombia"}},
	{"blamed E on a faction led by P", "India blamed the bombing on a faction led by Hafiz Saeed.", []string{"India ACCUSED Hafiz Saeed"}},
	{"strike on a hospital run by X", "The US air strike on a hospital run by Doctors Without Borders killed 42.", []string{"United States ATTACKED Doctors Without Borders"}},
	{"dropped a bomb on X territory", "A Sudanese warplane dropped a bomb on Chadian territory.", []string{"Sudan ATTACKED Chad"}},
	{"dropped leaflets is none", "Israeli planes dropped leaflets on Lebanon.", nil},
	{"fought on X's side", "North Korean troops fought on Russia's side.", []string{"North Korea SUPPORTED Russia"}},
	{"on X's side of the border is a place", "Indian troops were deployed on Pakistan's side of the border.", nil},
	{"solidarity with war-torn X", "Modi expressed solidarity with war-torn Ukraine.", []string{"Narendra Modi SUPPORTED Ukraine"}},
	{"said the X aggression", "Serbia said the NATO aggression killed civilians.", []string{"Serbia ACCUSED North Atlantic Treaty Organization"}},
	{"quoted X aggression", "\"Israeli aggression will not go unanswered,\" Iran said.", []string{"Iran ACCUSED Israel", "Iran WARNED Israel"}},
	{"the narrator's aggression is no charge", "Russian aggression against Ukraine began in 2014.", []string{"Russia ATTACKED Ukraine"}},
	{"a phrase's verb is no speaker", "Kostunica said the US move continued the NATO aggression.", nil},
	{"X's wrong in a place must stop", "Lavrov said the US interference in Ukraine must stop.", []string{"Sergei Lavrov ACCUSED United States", "Sergei Lavrov URGED United States"}},
	{"the war in X must stop names no one", "Lavrov said the war in Ukraine must stop.", nil},
	{"X's government, which asked Y", "The troops had the support of Mali's government, which asked France for help.", []string{"Mali URGED France"}},
	{"the U.S.'s outreach to X", "The U.S.'s outreach to Russia alarmed Europe.", []string{"United States SPOKE_WITH Russia"}},
	{"appeared with X", "Biden appeared with Zelensky at a news conference.", []string{"Joe Biden SPOKE_WITH Volodymyr Zelensky"}},
	{"appeared with a rifle is none", "The gunman appeared with a rifle.", nil},
	{"annexation of a region", "Kyiv said Russia's annexation of Crimea was illegal.", []string{"Russia ATTACKED Ukraine", "Ukraine ACCUSED Russia"}},
	{"struck a region", "Eritrean troops struck Tigray.", []string{"Eritrea ATTACKED Ethiopia"}},
	{"his travel to X", "Modi announced his travel to Nepal.", []string{"Narendra Modi SPOKE_WITH Nepal"}},
	{"travel to X is banned names no traveller", "Travel to Russia is banned.", nil},
	{"South Korea accused the North", "South Korea accused the North of flying drones across the border.", []string{"South Korea ACCUSED North Korea"}},
	{"concern at the killing of X: a victim", "The council expressed grave concern at the impact of the killing of Benazir Bhutto.", nil},
	{"recalled envoy over the assassination of X: the host", "The United States recalled its ambassador to Syria over the assassination of Rafik Hariri.", []string{"United States ACCUSED Syria"}},
	{"the army seized power; condemned the coup", "The Malian army seized power. Blinken condemned the coup.", []string{"Antony Blinken ACCUSED Mali"}},
	{"condemned Thursday's coup in X", "Blinken condemned Thursday's coup in Niger.", []string{"Antony Blinken ACCUSED Niger"}},
	{"aid to X after the army seized power; the coup", "The US suspended aid to Mali, its ally, after the army seized power. Blinken condemned Thursday's coup.", []string{"Antony Blinken ACCUSED Mali"}},
	{"said X had failed to", "Boris Johnson said Venezuela had flagrantly failed to protect the embassy.", []string{"Boris Johnson ACCUSED Venezuela"}},
	{"the failure of X to ... was a disgrace", "\"The failure of the Venezuelan government to protect our diplomats was a disgrace,\" Boris Johnson said.", []string{"Boris Johnson ACCUSED Venezuela"}},
	{"the talks failed names no one", "The talks failed to produce a deal, Egypt said.", nil},
	{"recalled its ambassador in CAPITAL following", "Indonesia recalled its ambassador in Canberra following disclosures of spying.", []string{"Indonesia ACCUSED Australia"}},
	{"recalled the country's ambassador to X after", "Colombia recalled the country's ambassador to Venezuela after Caracas closed the border.", []string{"Colombia ACCUSED Venezuela"}},
	{"cut ties with X as ... in Y names no Y", "Venezuela cut ties with Colombia as four were killed in Ecuador border clashes.", nil},
	{"got support from allies including", "The Netherlands got support from allies including the US and the EU.", []string{"United States SUPPORTED Netherlands", "European Union SUPPORTED Netherlands"}},
	{"points finger of blame at X", "India points finger of blame at Pakistan", []string{"India ACCUSED Pakistan"}},
	{"troops are pursuing X", "Kenyan troops are pursuing al-Shabaab across the border.", []string{"Kenya ATTACKED al-Shabaab"}},
	{"pursued talks is none", "Iran pursued talks with the US.", nil},
	{"we will crush X", "\"We will crush Hamas,\" Netanyahu said.", []string{"Israel WARNED Hamas"}},
	{"vowed to eliminate tariffs is none", "Trump vowed to eliminate tariffs on China.", nil},
	{"I will strike X stays the speaker's", "\"I will strike Hamas,\" Netanyahu said.", []string{"Benjamin Netanyahu WARNED Hamas"}},
	{"said the state would destroy X", "Netanyahu said Israel would destroy Hamas.", []string{"Israel WARNED Hamas"}},
	{"said X were abandoning their promises", "Pakistan said the Taliban were abandoning their promises.", []string{"Pakistan ACCUSED Taliban"}},
	{"said X had reneged", "Iran said the US had reneged on its commitments.", []string{"Iran ACCUSED United States"}},
	{"prisoners of war between A and B is no fighting", "The UAE mediated an exchange of prisoners of war between Russia and Ukraine.", []string{"United Arab Emirates SPOKE_WITH Russia", "United Arab Emirates SPOKE_WITH Ukraine"}},
	{"hosted a summit where A and B signed", "Trump hosted a summit where the leaders of Armenia and Azerbaijan signed a peace deal.", []string{"Armenia SPOKE_WITH Azerbaijan", "Donald Trump SPOKE_WITH Armenia", "Donald Trump SPOKE_WITH Azerbaijan"}},
	{"expressed its firm protest at X's remarks", "Azerbaijan expressed its firm protest at Iran's remarks.", []string{"Azerbaijan ACCUSED Iran"}},
	{"a protest at an embassy names no protester", "A protest at the Iranian embassy drew thousands.", nil},
	{"condemned as reprehensible the X strikes", "Turkey condemned as \"reprehensible\" the Israeli strikes.", []string{"Turkey ACCUSED Israel"}},
	{"an attack claimed by X, condemned later", "Two bombings, claimed by ISIS, killed 90 people. Turkey condemned the attack.", []string{"Turkey ACCUSED Islamic State"}},
	{"Cotonou and Abidjan name their states", "Abidjan recalled its ambassador to Cotonou over the arrests.", []string{"Ivory Coast ACCUSED Benin"}},
	{"warned that it would close its borders to X", "Niger warned that it would close its borders to Benin.", []string{"Niger WARNED Benin"}},
	{"warned that A will bring consequences for X", "China warned that the visit will bring bad consequences for Taiwan.", []string{"China WARNED Taiwan"}},
	{"warned that the fighting would spread to X: a forecast", "The UN warned that the fighting would spread to Lebanon.", nil},
	{"entered into dialogue with X", "Mali's junta entered into dialogue with ECOWAS.", []string{"Mali SPOKE_WITH Economic Community of West African States"}},
	{"opened talks with X", "Mali opened talks with ECOWAS.", []string{"Mali SPOKE_WITH Economic Community of West African States"}},
	{"is working to meet X: a plan", "ECOWAS is working to meet Assimi Goita.", nil},
	{"agreements were signed between A, B and C", "Agreements were signed between Malawi, Tanzania and Mozambique.", []string{"Malawi SPOKE_WITH Tanzania", "Malawi SPOKE_WITH Mozambique", "Tanzania SPOKE_WITH Mozambique"}},
	{"pledged allegiance to X", "The RSF pledged allegiance to Hemedti.", []string{"Rapid Support Forces SUPPORTED Mohamed Hamdan Dagalo"}},
	{"filed a claim against X", "Guyana filed a claim against Venezuela at the ICJ.", []string{"Guyana ACCUSED Venezuela"}},
	{"soldiers died in a battle against X", "Ten Kenyan soldiers died in a battle against al-Shabaab.", []string{"Kenya ATTACKED al-Shabaab", "al-Shabaab ATTACKED Kenya"}},
	{"died in a road accident is none", "Ten Kenyans died in a road accident in Uganda.", nil},
	{"said the state's organ will hunt down X", "Kenyatta said KDF soldiers will hunt down al-Shabaab.", []string{"Kenya WARNED al-Shabaab"}},
	{"further called on X", "Hungary further called on the EU to lift sanctions.", []string{"Hungary URGED European Union"}},
	{"A and B swapped prisoners", "Armenia and Azerbaijan swapped prisoners on Monday.", []string{"Armenia SPOKE_WITH Azerbaijan"}},
	{"said X had crossed a line", "Iran said Israel had crossed a line.", []string{"Iran ACCUSED Israel"}},
	{"sent troops following a request from X", "Russia sent troops to Kazakhstan following a request from Tokayev.", []string{"Russia SUPPORTED Kazakhstan", "Kassym-Jomart Tokayev URGED Russia"}},
	{"the response of X to Y's attacks crossed a line", "Pandor said the response of Israel to Hamas attacks crossed a line.", []string{"Naledi Pandor ACCUSED Israel"}},
	{"X's response was disproportionate", "Iran said Israel's response was disproportionate.", []string{"Iran ACCUSED Israel"}},
	{"was fired upon by X", "The Philippine vessel was fired upon by Chinese ships.", []string{"China ATTACKED Philippines"}},
	{"traveled to X to discuss ... with Y: a purpose", "Zelensky traveled to Washington to discuss a peace settlement with Russia.", []string{"Volodymyr Zelensky SPOKE_WITH United States"}},
	{"says it may send forces into X", "Iran says it may send forces into Pakistan to free its border guards.", []string{"Iran WARNED Pakistan"}},
	{"analysts said X could strike Y names no warner", "Analysts said Israel could strike Iran.", nil},
	{"raised the matter with X", "India raised the matter with Pakistan.", []string{"India SPOKE_WITH Pakistan"}},
	{"an official message from A to B", "An official message from Emmanuel Macron to King Mohammed VI was published.", []string{"Emmanuel Macron SPOKE_WITH Mohammed VI"}},
	{"a leader never strikes their own state", "Modi's visit came as Putin's invasion of Ukraine went on. Putin began his invasion of Russia's neighbour.", []string{"Vladimir Putin ATTACKED Ukraine"}},
	{"the need for X to, in a statement", "The Danish foreign ministry said in a statement, highlighting the need for Libyan authorities to protect diplomats.", []string{"Denmark URGED Libya"}},
	{"recalled its envoy, a later clause's after is a time", "Sweden recalled its envoy to Iraq, a year after the country expelled a Danish diplomat.", nil},
	{"charged that ... and demanded that", "India charged that a militant group carried out the attack and demanded that Pakistan halt its support.", []string{"India URGED Pakistan"}},
	{"charged on Friday that ... and demanded that", "India charged on Friday that Jaish-e-Mohammed carried out the attack and demanded that Pakistan ban the group.", []string{"India ACCUSED Jaish-e-Mohammed", "India URGED Pakistan"}},
	{"demanded on Monday that", "Russia demanded on Monday that Ukraine withdraw its troops.", []string{"Russia URGED Ukraine"}},
	// concern that X did; an owned act rejected
	{"expressed concern that X was", "Japan expressed concern that China was building a base.", []string{"Japan ACCUSED China"}},
	{"concern that talks fail", "Japan voiced concern that the talks would fail.", nil},
	{"rejected X's decision", "Estonia rejected Russia's decision.", []string{"Estonia ACCUSED Russia"}},
	{"rejected X's proposal", "Estonia rejected Russia's proposal.", nil},
	// a charge "with"; a demand for an apology blames
	{"charged X with", "Erdogan charged the opposition leader Ozgur Ozel with betraying the nation.", []string{"Recep Tayyip Erdogan ACCUSED Özgür Özel"}},
	{"demanded an apology from X", "Malaysia demanded an apology from North Korea.", []string{"Malaysia URGED North Korea", "Malaysia ACCUSED North Korea"}},
	{"apologised and urged", "Kenya apologised and urged Somalia to hold talks.", []string{"Kenya URGED Somalia"}},
	{"A and B ended a standoff after two days of talks", "Peru and Chile ended a standoff after two days of talks.", []string{"Peru SPOKE_WITH Chile"}},
	// no measures, no threat
	{"no measures will be taken against", "Lebanon said no measures will be taken against Israel.", nil},
	{"they after a list, another list after", "Japan, South Korea and Australia said they were concerned, while Britain, France and Germany met in Paris. They urged Russia to withdraw.", []string{"United Kingdom SPOKE_WITH France", "United Kingdom SPOKE_WITH Germany", "France SPOKE_WITH Germany", "United Kingdom URGED Russia", "France URGED Russia", "Germany URGED Russia"}},
	// an act's attacker and target stand in its clause
	{"agreed to halt hostilities, after a push by the US; both sides accused", "Thai and Cambodian leaders agreed to halt hostilities in their border conflict, after a push by the US for a diplomatic resolution. Both sides accused each other of targeting civilian areas.", []string{"Thailand SPOKE_WITH Cambodia", "Thailand ATTACKED Cambodia", "Cambodia ATTACKED Thailand", "Thailand ACCUSED Cambodia", "Cambodia ACCUSED Thailand"}},
	// a message delivered is a message conveyed
	{"the message was delivered to X by Y", "The message was delivered to Iran's leadership by a US delegation.", []string{"United States SPOKE_WITH Iran"}},
	{"delivered a message to X", "The US delivered a message to Iran.", []string{"United States SPOKE_WITH Iran"}},
	{"summoned NAME, X's senior diplomat", "India summoned Syed Haider Shah, Pakistan's senior diplomat in New Delhi.", []string{"India ACCUSED Pakistan", "India SPOKE_WITH Syed Haider Shah"}},
}

func TestNinthRound(t *testing.T) { runRuleCases(t, ninthCases) }

// TestNinthRoundTextEnds: texts that end right after a cue once read past
// the last token; each must extract without a panic.
func TestNinthRoundTextEnds(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"A spokesman for China",
		"Israel accused a spokesman for China",
		"said the strikes would not go unanswered",
		"Iran stands ready to",
		"Obama said it is important that",
		"Putin received the Iranian",
		"Ghana demanded the release of",
		"if Gbagbo does not",
		"Kenyan and US mediators",
		"It is time for",
		"persona non grata",
	} {
		t.Run(text, func(t *testing.T) {
			x.Extract(graph.Article{Doc: "end.txt", Text: text}) // must not panic
		})
	}
}
