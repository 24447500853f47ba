package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// newsCases are general rules of English news style that the rule cases of
// docs/relations.md do not spell out: event anaphora, evaluative framing,
// protest channels, officials named only by a bare title, idioms of support
// and contact, conditional threats, requests to bodies, nominal conflicts,
// accusation nouns, pairs and long subjects. Each rule has cases in several
// wordings of our own and negative cases that must stay without an edge.
var newsCases = []ruleCase{
	// 1. Event anaphora: a reaction to "the raid" is aimed at the agent of
	// the latest such event in the article.
	{"anaphora raid", "Israeli forces raided a refugee camp near Jenin on Tuesday. Ankara condemned the raid.", []string{"Turkey ACCUSED Israel"}},
	{"anaphora launch", "North Korea fired a ballistic missile into the sea. Seoul denounced the launch as a provocation.", []string{"South Korea ACCUSED North Korea"}},
	{"anaphora move", "Russia annexed four regions of Ukraine. Berlin criticised the move.", []string{"Germany ACCUSED Russia", "Russia ATTACKED Ukraine"}},
	{"anaphora strikes synonym", "Pakistan carried out air strikes on Afghanistan. Kabul condemned the attack.", []string{"Pakistan ATTACKED Afghanistan", "Afghanistan ACCUSED Pakistan"}},
	{"anaphora possessor", "Officials met in Geneva. Kyiv condemned Moscow's strikes on its power grid.", []string{"Ukraine ACCUSED Russia", "Russia ATTACKED Ukraine"}},
	{"anaphora time possessive", "Egypt condemned Wednesday's Israeli air strike on Lebanon as a breach of sovereignty.", []string{"Egypt ACCUSED Israel", "Israel ATTACKED Lebanon"}},
	{"anaphora last week's", "Armenia shelled Azerbaijani villages on Friday. On Monday Baku denounced last week's shelling.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ACCUSED Armenia"}},
	{"anaphora sinking", "A Chinese coast guard ship sank a Philippine fishing boat on Sunday. Manila called the sinking a grave provocation.", []string{"China ATTACKED Philippines", "Philippines ACCUSED China"}},
	{"anaphora downing", "Iran shot down a Ukrainian airliner near Tehran. Canada condemned the downing.", []string{"Iran ATTACKED Ukraine", "Canada ACCUSED Iran"}},
	{"anaphora sinking with no act on record", "Manila called the sinking a grave provocation.", nil},
	{"anaphora armed act skips a deal", "Israeli commandos raided an aid ship on Monday. Turkey signed a trade deal with Russia on Tuesday. Qatar condemned this terrorist act.", []string{"Turkey SPOKE_WITH Russia", "Qatar ACCUSED Israel"}},
	{"progressive of a force verb", "M23 fighters were ambushing UN peacekeepers near Goma.", []string{"M23 ATTACKED United Nations"}},
	{"progressive of a contact verb", "Blinken was telephoning Lavrov when the news broke.", []string{"Antony Blinken SPOKE_WITH Sergei Lavrov"}},
	{"plural of a force noun", "Russia's repeated offensives against Ukraine have failed.", []string{"Russia ATTACKED Ukraine"}},
	{"plural of a meeting noun", "Putin and Xi held two summits last year.", []string{"Vladimir Putin SPOKE_WITH Xi Jinping"}},
	{"anaphora owned act with a noun modifier", "The Security Council met over Israel's commando raid on an aid ship. Turkey called the raid piracy.", []string{"Turkey ACCUSED Israel"}},
	{"subject past a closed whose clause", "Israel raided an aid ship. Davutoglu, whose country had long been an ally of Israel, called the raid piracy.", []string{"Ahmet Davutoğlu ACCUSED Israel"}},
	{"subject past a closed whom clause", "Ruto, whom Museveni had called an ally, accused Uganda of meddling.", []string{"William Ruto ACCUSED Uganda"}},
	{"subject past a whose clause holding an actor", "Trump, whose envoy had met Putin in Moscow on Monday, urged Ukraine to accept the plan.", []string{"Donald Trump URGED Ukraine"}},
	{"speaker past a closed whose clause", "Erdogan, whose government was mediating between Kyiv and Moscow, said \"we urge Russia to stop the strikes\".", []string{"Recep Tayyip Erdogan URGED Russia"}},
	{"the American spelling of a demonym", "Ecuadoran troops shelled Colombian positions on Monday.", []string{"Ecuador ATTACKED Colombia"}},
	{"members named after a comma", "Obama met several leaders, including Xi Jinping and Narendra Modi.", []string{"Barack Obama SPOKE_WITH Xi Jinping", "Barack Obama SPOKE_WITH Narendra Modi"}},
	{"a body's members named after a comma", "Tillerson met with UN representatives, including Staffan de Mistura, the UN envoy for Syria.", []string{"Rex Tillerson SPOKE_WITH United Nations", "Rex Tillerson SPOKE_WITH Staffan de Mistura"}},
	{"organised attacks between two states is no mediation", "Hezbollah organised attacks on the border between Israel and Lebanon.", nil},
	{"an act noun after a verb has no compound owner", "Russia struck Kyiv overnight. Ukraine condemned strikes on its grid. Poland condemned the attack.", []string{"Russia ATTACKED Ukraine", "Poland ACCUSED Russia"}},
	{"an election campaign is no armed act", "Russian missiles struck Kyiv on Monday. Biden's election campaign held a rally in Ohio. Poland condemned the attack.", []string{"Russia ATTACKED Ukraine", "Poland ACCUSED Russia"}},
	{"anaphora plural of a force noun", "Armenia shelled Azerbaijani villages on Friday. On Monday Baku denounced the shellings.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ACCUSED Armenia"}},
	{"a dated office before its holder", "Lavrov met then Secretary of State John Kerry in Geneva.", []string{"Sergei Lavrov SPOKE_WITH John Kerry"}},
	{"a hyphenated dated office before its holder", "Lavrov met then-Secretary of State John Kerry in Geneva.", []string{"Sergei Lavrov SPOKE_WITH John Kerry"}},
	{"an armed answer is force", "Saudi forces hit back at the Houthis.", []string{"Saudi Arabia ATTACKED Houthis"}},
	{"an answer with strikes is force", "Israel hit back at Hezbollah with air strikes.", []string{"Israel ATTACKED Hezbollah"}},
	{"an answer in words stays a charge", "Turkey hit back at France over the remarks.", []string{"Turkey ACCUSED France"}},
	{"put under siege", "Israeli troops have put Arafat under siege in Ramallah.", []string{"Israel ATTACKED Yasser Arafat"}},
	{"put under review is no force", "The UN put the matter under review.", nil},
	{"a planned siege is none", "Israel will put Gaza under siege.", nil},
	{"a place adverb before the by-agent", "The army said Sudanese troops were ambushed there by Ethiopian forces.", []string{"Ethiopia ATTACKED Sudan"}},
	{"a length of time before the verb's preposition", "Blinken met for two hours with Wang Yi.", []string{"Antony Blinken SPOKE_WITH Wang Yi"}},
	{"an ordinal time before the verb's preposition", "Blinken met for the first time with Wang Yi.", []string{"Antony Blinken SPOKE_WITH Wang Yi"}},
	{"a day splits a phrasal trigger", "Macron called Tuesday on Putin to halt the offensive.", []string{"Emmanuel Macron URGED Vladimir Putin"}},
	{"a day splits call for", "The United States called Sunday for Russia to halt its strikes.", []string{"United States URGED Russia"}},
	{"a denial inside a closed relative clause", "Russia, which denies any role, accused Ukraine of shelling the plant.", []string{"Russia ACCUSED Ukraine"}},
	{"a negation inside a closed relative clause", "Iran, which has not recognised Israel, warned Israel against new strikes.", []string{"Iran WARNED Israel"}},
	{"the main verb's own negation still holds", "Iran, which would not comment, did not accuse Israel.", nil},
	{"all sides within a state are no pair named before", "The UK and the UN condemned the coup in Myanmar. China urged all sides in the country to resolve differences.", []string{"United Kingdom ACCUSED Myanmar", "United Nations ACCUSED Myanmar"}},
	{"a relative clause set off by dashes", "Iran — which backs Hamas, Hezbollah and the Houthis — warned Israel against new strikes.", []string{"Iran SUPPORTED Hamas", "Iran SUPPORTED Hezbollah", "Iran SUPPORTED Houthis", "Iran WARNED Israel"}},
	{"a relative clause set off by spaced hyphens", "Iran - which denies arming the Houthis - warned Israel against new strikes.", []string{"Iran WARNED Israel"}},
	{"co-agents grouped by as well as", "Egypt, as well as Qatar, urged Israel to accept the deal.", []string{"Egypt URGED Israel", "Qatar URGED Israel"}},
	{"a closing verb of warning attributes the quotation", "\"Israel will pay a heavy price,\" Khamenei warned.", []string{"Ali Khamenei WARNED Israel"}},
	{"a closing verb of warning attributes the clause", "Israel will pay a heavy price, Khamenei warned on Tuesday.", []string{"Ali Khamenei WARNED Israel"}},
	{"a closing verb of appeal attributes the quotation", "\"Israel must stop its attacks now,\" Guterres urged.", []string{"António Guterres URGED Israel"}},
	{"a closing verb of charge attributes the quotation", "\"Russia is committing war crimes,\" Zelensky charged.", []string{"Volodymyr Zelensky ACCUSED Russia"}},
	{"a passive closing verb is no attribution", "Hamas must free the hostages, Qatar has been urged.", nil},
	{"a closing plural noun is no attribution", "Israel's strike on Iran was a grave mistake, ignoring Russian demands.", []string{"Israel ATTACKED Iran"}},
	{"a subordinate closing verb is no attribution", "Israel's occupation is illegal and Turkey agreed, as Iran urged.", nil},
	{"a place after the time word keeps the phrase whole", "Germany called Tuesday in Moscow for a ceasefire.", nil},
	{"all parties in a conflict are the pair named before", "Israel and Hamas exchanged fire on Monday. China urged all parties in the conflict to exercise restraint.", []string{"Israel ATTACKED Hamas", "Hamas ATTACKED Israel", "China URGED Israel", "China URGED Hamas"}},
	{"a negation inside a relative clause after an inserted phrase holds", "Hamas, which has never, despite its threats, attacked Egypt, held talks.", nil},
	{"a participle after a dashed relative clause is the main clause's", "Israel bombed Hezbollah — which Iran arms — killing Lebanese soldiers.", []string{"Israel ATTACKED Hezbollah", "Israel ATTACKED Lebanon"}},
	{"a bare plural length of time", "Blinken met for hours with Wang Yi.", []string{"Antony Blinken SPOKE_WITH Wang Yi"}},
	{"only an ordinal counts a time", "Blinken met for the right time with Wang Yi.", nil},
	{"a closing verb of warning before a time and a statement", "Israel will pay a heavy price, Khamenei warned last week in a statement.", []string{"Ali Khamenei WARNED Israel"}},
	{"a duty laid on a party is an appeal", "Rubio said it now falls on Russia to accept the ceasefire.", []string{"Marco Rubio URGED Russia"}},
	{"it is up to a party", "\"It is up to Hamas to accept the deal,\" Blinken said.", []string{"Antony Blinken URGED Hamas"}},
	{"up to with no infinitive is no appeal", "The decision is up to the government, Blinken said.", nil},
	{"anaphora test", "Pyongyang test-fired two cruise missiles on Sunday. Tokyo condemned the test.", []string{"Japan ACCUSED North Korea"}},
	{"anaphora too far back", "Russia annexed Crimea. Prices rose. Markets fell. Rain came. Schools closed. Trains stopped. Roads flooded. Shops shut. Later, Britain criticised the move.", []string{"Russia ATTACKED Ukraine"}},
	{"anaphora passive event", "The convoy was attacked by the RSF near El Fasher. Khartoum condemned the attack.", []string{"Sudan ACCUSED Rapid Support Forces"}},
	{"anaphora nominal launch", "North Korea's latest missile launch alarmed its neighbours. Tokyo denounced the launch.", []string{"Japan ACCUSED North Korea"}},
	{"copula names its agent", "Turkey shelled Afrin. Pompeo said the attacks were an unacceptable campaign of escalation by Iran.", []string{"Mike Pompeo ACCUSED Iran"}},
	{"passive judgement of an owned act", "Russia's invasion was condemned by the EU.", []string{"European Union ACCUSED Russia"}},
	{"passive judgement of an actor", "Uganda was condemned by the SPLM-IO.", []string{"Sudan People's Liberation Movement-in-Opposition ACCUSED Uganda"}},
	{"passive judgement no owner", "The vote was condemned by the EU.", nil},
	{"an appeal to stop presupposes the act", "China urged the United States to stop arming Taiwan.", []string{"China URGED United States", "United States SUPPORTED Taiwan"}},
	{"a demand to cease presupposes the act", "Blinken said Rwanda must cease supporting M23.", []string{"Antony Blinken URGED Rwanda", "Rwanda SUPPORTED M23"}},
	{"stop with no act gerund", "Qatar urged Israel to stop the fighting.", []string{"Qatar URGED Israel"}},
	{"a vowed response answers the latest act", "Israel struck Iran's consulate in Damascus. Iran vowed a forceful response.", []string{"Israel ATTACKED Iran", "Iran WARNED Israel"}},
	{"a promised response to an owned act", "Iran promised an effective response to the Israeli airstrikes.", []string{"Iran WARNED Israel"}},
	{"a vowed response with no act on record", "Iran vowed a forceful response.", nil},
	{"said X was behind the attack", "Israel said Hezbollah was behind the rocket attack.", []string{"Israel ACCUSED Hezbollah"}},
	{"must be held accountable", "\"Russia must be held accountable,\" Zelensky said.", []string{"Volodymyr Zelensky ACCUSED Russia"}},
	{"should not be held responsible", "\"Israel should not be held responsible,\" Biden said.", nil},
	{"a May dateline is no modal", "May 1, 2024 - Biden accused Iran of attacking Israel.", []string{"Joe Biden ACCUSED Iran", "Iran ATTACKED Israel"}},
	{"the modal may still blocks", "Iran may strike Israel.", nil},
	{"a denial holds only its own verb", "Algeria denied wrongdoing and accused Mali of aggression.", []string{"Algeria ACCUSED Mali", "Mali ATTACKED Algeria"}},
	{"the one condemned for an act did it", "The Philippines condemned China's coast guard for firing water cannon at its vessels.", []string{"Philippines ACCUSED China", "China ATTACKED Philippines"}},
	{"a stated future strike is a threat now", "North Korea said it will destroy targets in Seoul if provoked.", []string{"North Korea WARNED South Korea"}},
	{"a quoted future strike by our forces", "Kim Jong Un warned: \"Our armed forces will strike South Korea.\"", []string{"Kim Jong Un WARNED South Korea"}},
	{"a future strike by another is no threat of the sayer", "The ministry said the US would strike Iran.", nil},
	{"a future strike negated", "Iran said it would not attack Israel.", nil},
	{"a plural after a gerund is a noun", "Seoul accused Pyongyang of supplying arms to Moscow.", []string{"South Korea ACCUSED North Korea", "North Korea SUPPORTED Russia"}},
	{"an attack's relative clause tells its victims", "Hezbollah launched an attack that killed two Israeli soldiers.", []string{"Hezbollah ATTACKED Israel"}},
	{"the act of one accused in the passive", "The UAE has been accused of arming the RSF.", []string{"United Arab Emirates SUPPORTED Rapid Support Forces"}},
	{"a quoted pledge of support is an act now", "\"We will stand united with Ukraine for as long as it takes,\" Blinken said.", []string{"Antony Blinken SUPPORTED Ukraine"}},
	{"a quoted refusal of support is none", "\"We will not support Israel,\" Biden said.", nil},
	{"an act warned against is not done", "Russia cautioned NATO against sending troops to Ukraine.", []string{"Russia WARNED North Atlantic Treaty Organization"}},
	{"X had become a hostile state", "Mali said Algeria had become a hostile state.", []string{"Mali ACCUSED Algeria"}},
	{"anaphora media no actor", "Israel struck Gaza. CNN called the strike reckless.", nil},
	{"anaphora claimed responsibility later", "A suicide bomber struck a hotel in Mogadishu. The African Union condemned the attack. Al-Shabaab claimed responsibility for the blast.", []string{"African Union ACCUSED al-Shabaab"}},
	{"anaphora denied responsibility", "A bomb hit a market. Kenya condemned the attack. Al-Shabaab denied responsibility for the blast.", nil},
	{"anaphora no agent", "Dozens died in the attack. France condemned the attack.", nil},
	{"anaphora light verb war games", "Russia's navy staged war games in the Baltic Sea on Friday. Vilnius condemned the maneuvers as intimidation.", []string{"Lithuania ACCUSED Russia"}},
	{"anaphora drills synonym", "North Korea held artillery drills near the border. Seoul denounced the exercises.", []string{"South Korea ACCUSED North Korea"}},
	{"anaphora nominal strike no target", "A Russian strike on a grain terminal killed two workers. Kyiv condemned the port strike.", []string{"Ukraine ACCUSED Russia"}},
	{"anaphora fronted relative", "Egypt sent armoured vehicles to Somalia in August, a move Ethiopia criticised as reckless.", []string{"Egypt SUPPORTED Somalia", "Ethiopia ACCUSED Egypt"}},
	{"anaphora fronted relative needs indefinite", "Egypt sent armoured vehicles to Somalia in August, the plan Ethiopia condemned.", []string{"Egypt SUPPORTED Somalia"}},
	{"a clause after 'after' has its own subject", "Egypt sent armoured vehicles to Somalia in August, weeks after Ethiopia condemned the plan.", []string{"Egypt SUPPORTED Somalia", "Ethiopia ACCUSED Egypt"}},
	{"anaphora light verb talks no event", "China held talks with Vietnam. Hanoi condemned the drills.", []string{"China SPOKE_WITH Vietnam"}},
	{"anaphora light verb armed noun needs armed act", "China held exercises near Taiwan. Taipei condemned the attack.", nil},
	{"place what it called", "Iran fired missiles at what it described as militant bases in Iraq on Tuesday.", []string{"Iran ATTACKED Iraq"}},
	{"place across the border in", "Azerbaijani troops shelled farms across the frontier in Armenia overnight.", []string{"Azerbaijan ATTACKED Armenia"}},
	{"place org owns target", "American jets bombed Houthi depots in Yemen.", []string{"United States ATTACKED Houthis"}},
	{"place not after a clause break", "Russia struck a hospital, officials said, as aid arrived in Ukraine.", nil},
	{"intercepted with help speaker state", "Dozens of drones were shot down with the help of French jets, the Jordanian army said.", []string{"France SUPPORTED Jordan"}},
	{"intercepted with help latest target", "Russia launched drones at Poland overnight. Most of them were downed with support from Dutch fighter jets.", []string{"Russia ATTACKED Poland", "Netherlands SUPPORTED Poland"}},
	{"with help no interception", "The talks went ahead with help from Qatar.", nil},
	{"intercepted helper is no defender of itself", "Iran fired missiles at the United States. They were intercepted with help from the United States.", []string{"Iran ATTACKED United States"}},
	{"warning act copula", "Iran staged naval drills in the Gulf. State media said the maneuvers were a clear warning to Washington.", []string{"Iran WARNED United States"}},
	{"warning act sent a message", "Moscow moved tactical warheads into Belarus. The Kremlin said the deployment sent a strong message to NATO.", []string{"Russia WARNED North Atlantic Treaty Organization"}},
	{"warning act needs an act", "Analysts said the weather was a warning to Japan.", nil},
	{"message act copula is no threat", "China held drills near Taiwan. Officials said the exercises were a message to voters.", nil},
	{"accused of fighting alongside", "Kigali again accused the Congolese military of fighting alongside FDLR militiamen.", []string{"Rwanda ACCUSED Democratic Republic of the Congo", "Democratic Republic of the Congo SUPPORTED FDLR"}},
	{"accused organ of arming", "Washington accused Iran's government of arming the Houthis.", []string{"United States ACCUSED Iran", "Iran SUPPORTED Houthis"}},
	{"fought on the side of", "Belarus's troops fought on the side of Russia, Kyiv said.", []string{"Belarus SUPPORTED Russia"}},
	{"accused of fighting alongside denied", "Kinshasa denied fighting alongside the FDLR.", nil},
	{"apposition both leaders", "Erdogan met both leaders, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev, and urged them to sign the treaty.", []string{"Recep Tayyip Erdogan SPOKE_WITH Nikol Pashinyan", "Recep Tayyip Erdogan SPOKE_WITH Ilham Aliyev", "Recep Tayyip Erdogan URGED Nikol Pashinyan", "Recep Tayyip Erdogan URGED Ilham Aliyev"}},
	{"apposition needs a plural head", "Erdogan met the delegation, Nikol Pashinyan and Ilham Aliyev said.", nil},
	{"quote speaker in sentence before", "Russia shelled Kharkiv overnight.\n\nGerman government spokesman Steffen Hebestreit told reporters in Berlin. \"We condemn the Russian shelling in the strongest terms.\"", []string{"Russia ATTACKED Ukraine", "Steffen Hebestreit ACCUSED Russia"}},
	{"quote speaker in sentence after", "\"We urge Israel to let the convoys in.\" The words came as UN chief Antonio Guterres spoke in New York.", nil},
	{"quote speaker titled after demonym", "\"We urge Serbia to show restraint,\" Albanian foreign ministry spokesman Arben Hoxha told reporters.", []string{"Arben Hoxha URGED Serbia"}},
	{"quote speaker before quotes others", "Kirby said Iran had armed Hezbollah. \"It is a threat,\" Netanyahu told reporters. \"We urge Hamas to release the hostages.\"", []string{"Iran SUPPORTED Hezbollah", "Benjamin Netanyahu URGED Hamas"}},
	{"warring parties hostile pair first", "Israeli jets bombed Hezbollah positions. Qatar and Turkey offered aid. Qatar and Turkey sent envoys. Qatar and Turkey met in Doha. The African Union urged the warring parties to return to talks.", []string{"Israel ATTACKED Hezbollah", "Qatar SPOKE_WITH Turkey", "African Union URGED Israel", "African Union URGED Hezbollah"}},
	{"warring parties none", "The UN urged the warring parties to agree a ceasefire.", nil},
	{"anaphora deal is no armed noun", "Ethiopia signed a port deal with Somaliland on Monday. Mogadishu condemned the agreement.", []string{"Ethiopia SPOKE_WITH Somaliland", "Somalia ACCUSED Ethiopia"}},
	{"anaphora kind mismatch", "Ethiopia held drills near the border. Mogadishu condemned the pact.", nil},
	{"anaphora generic noun takes any kind", "Armenia held joint exercises with US troops. Moscow criticised the move.", []string{"Russia ACCUSED Armenia"}},
	{"anaphora demonym victim noun", "The Palestinian detention in Hebron drew protests. Jordan condemned the detention.", nil},
	{"anaphora possessive agent", "Israel's decision to halt aid drew anger. Cairo denounced the step.", []string{"Egypt ACCUSED Israel"}},
	{"anaphora relative which needs an act on record", "Turkey shipped drones to Ethiopia, which Egypt condemned as reckless.", nil},
	{"anaphora relative which after support", "Iran sent armed drones to Russia, which Kyiv condemned as complicity.", []string{"Iran SUPPORTED Russia", "Ukraine ACCUSED Iran"}},
	{"anaphora relative which names a group", "Israeli jets struck Hezbollah, which Washington condemned as a terrorist group.", []string{"Israel ATTACKED Hezbollah"}},
	{"anaphora in what", "North Korea fired rockets into the sea in what Seoul denounced as a provocation.", []string{"South Korea ACCUSED North Korea"}},
	{"anaphora multiword kind head", "Russia staged naval drills in the Baltic. Estonia's foreign ministry condemned the war games.", []string{"Estonia ACCUSED Russia"}},
	{"warning served as", "Russia's Northern Fleet held live-fire drills off Norway. The fleet said the maneuvers served as a warning to Oslo.", []string{"Russia WARNED Norway"}},
	{"named unit is its state", "China's Southern Theater Command accused Manila of provocations.", []string{"China ACCUSED Philippines"}},
	{"possessive person is no unit", "Iran's Supreme Leader Ali Khamenei warned Israel.", []string{"Ali Khamenei WARNED Israel"}},
	{"intercepted with help speaker organ", "The Israeli army said most of the drones were intercepted with help from Jordan.", []string{"Jordan SUPPORTED Israel"}},
	{"place what X described as", "Iranian drones hit what Tehran described as terrorist bases inside Iraq.", []string{"Iran ATTACKED Iraq"}},
	{"place coordinated states", "Turkish jets bombed Kurdish militant targets in northern Iraq and Syria.", []string{"Turkey ATTACKED Iraq", "Turkey ATTACKED Syria"}},
	{"place what X said is no attack", "Israel hit what it called weapons depots, officials in Syria said.", nil},
	{"place held by a group", "US warplanes struck Houthi-held airfields in Yemen on Friday.", []string{"United States ATTACKED Houthis"}},
	{"place held by a state is the place", "Ukrainian drones hit Russian-occupied towns in Crimea.", nil},
	{"anaphora fronted act", "Chinese coast guard ships fired water cannon at a Philippine supply boat, an act Manila condemned as dangerous.", []string{"China ATTACKED Philippines", "Philippines ACCUSED China"}},
	{"anaphora agent is the speaker", "Israel struck targets in Syria. Israel defended the strikes.", []string{"Israel ATTACKED Syria"}},
	// 2. Evaluative framing verbs are accusations.
	{"frame called reckless", "Manila called Beijing's conduct in the South China Sea 'reckless'.", []string{"Philippines ACCUSED China"}},
	{"frame branded", "Washington branded Caracas a threat to the region.", []string{"United States ACCUSED Venezuela"}},
	{"frame described as by", "Zelensky described the shelling as a war crime by Russia.", []string{"Volodymyr Zelensky ACCUSED Russia"}},
	{"frame called a provocation by", "Taipei called the incursion a provocation by China.", []string{"Taiwan ACCUSED China"}},
	{"frame lambasted", "Tehran lambasted Washington over the sanctions.", []string{"Iran ACCUSED United States"}},
	{"frame deplored", "The European Union deplored Moscow's decision.", []string{"European Union ACCUSED Russia"}},
	{"frame title called move unacceptable", "Spain's prime minister called the Moroccan move 'absolutely unacceptable'.", []string{"Spain ACCUSED Morocco"}},
	{"frame characterised as blackmail", "Beijing's commerce ministry characterised Washington's demand as blackmail.", []string{"China ACCUSED United States"}},
	{"frame called partner", "Delhi called Moscow a time-tested partner.", nil},
	{"frame called on", "Brazil called on Venezuela to publish the results.", []string{"Brazil URGED Venezuela"}},
	{"frame not negeval", "Seoul described the talks with Tokyo as constructive.", nil},
	{"frame hit out at", "Orban hit out at Brussels over the frozen funds.", []string{"Viktor Orbán ACCUSED European Union"}},
	{"frame took aim at", "Beijing took aim at Tokyo's defence budget.", []string{"China ACCUSED Japan"}},
	{"frame any phrase with by", "Brazil called the tariff threat an act of economic coercion by the United States.", []string{"Brazil ACCUSED United States"}},
	{"frame any phrase without by", "Brazil called the tariff threat an act of coercion.", nil},
	{"turned back is no support", "Colombia turned back two U.S. military aircraft.", nil},
	{"fought back is no support", "Ukraine fought back Russian assaults near Pokrovsk.", []string{"Russia ATTACKED Ukraine"}},
	{"in communication with", "Mexico was in constant communication with Washington.", []string{"Mexico SPOKE_WITH United States"}},
	{"frame called for calm", "Egypt called for calm.", nil},
	{"frame called a meeting", "Japan called a meeting of ministers.", nil},
	// 3. Protest channels.
	{"protest lodged with", "Beijing lodged a protest with Tokyo over the visit.", []string{"China ACCUSED Japan", "China SPOKE_WITH Japan"}},
	{"protest summoned ambassador", "Algeria summoned France's ambassador on Monday.", []string{"Algeria ACCUSED France", "Algeria SPOKE_WITH France"}},
	{"protest summoned the envoy of", "Poland summoned the ambassador of Belarus after the incident.", []string{"Poland ACCUSED Belarus", "Poland SPOKE_WITH Belarus"}},
	{"protest summoned demonym envoy", "Rwanda summoned the Belgian envoy.", []string{"Rwanda ACCUSED Belgium", "Rwanda SPOKE_WITH Belgium"}},
	{"protest complaint against", "Guyana filed a complaint against Venezuela at the UN.", []string{"Guyana ACCUSED Venezuela"}},
	{"protest protested to", "Turkey's foreign ministry protested to the Greek ambassador.", []string{"Turkey ACCUSED Greece", "Turkey SPOKE_WITH Greece"}},
	{"protest people protested", "Thousands protested against Israel in Amman.", nil},
	{"protest will summon", "Sweden will summon Iran's ambassador.", nil},
	// 4. Officials named by a bare title or an appositive.
	{"official appositive role", "Hwang Min-jun, the trade minister who became acting premier, told Japan to lift the curbs. Seoul is the capital.", []string{"Hwang Min-jun URGED Japan"}},
	{"official title locative", "Defence Minister Koo Ming-dao told lawmakers in Taipei that China had increased drills.", nil},
	{"official title locative warns", "Defence Minister Koo Ming-dao, speaking in Taipei, warned China against provocations.", []string{"Koo Ming-dao WARNED China"}},
	{"official spokesperson of the state", "Spokesperson Dana Ellis said Washington's commitment to Manila was firm and urged Beijing to stop.", []string{"Dana Ellis URGED China", "United States SUPPORTED Philippines"}},
	{"official ministry spokesperson", "Chinese Foreign Ministry spokesperson Lin Ruo urged Japan to reflect.", []string{"Lin Ruo URGED Japan"}},
	{"official particle name", "Foreign Minister Faisal bin Omar al-Harbi of Saudi Arabia called on Iran to restrain its proxies.", []string{"Faisal bin Omar al-Harbi URGED Iran"}},
	// 5. Support idioms.
	{"support solidarity", "Lithuania stood in full solidarity with Ukraine.", []string{"Lithuania SUPPORTED Ukraine"}},
	{"support main backer", "Iran, the main foreign backer of Syria's government, condemned the strikes.", nil},
	{"support trains army", "Britain trains Ukraine's army.", []string{"United Kingdom SUPPORTED Ukraine"}},
	{"support pledged aid", "Japan pledged aid to the Philippines.", []string{"Japan SUPPORTED Philippines"}},
	{"support commitment to defence", "Washington reaffirmed its commitment to Seoul's defence.", []string{"United States SUPPORTED South Korea"}},
	{"support helped forces", "American jets helped Israel's forces bring down the drones.", []string{"United States SUPPORTED Israel"}},
	{"support solidarity no addressee", "Thousands stood in solidarity outside the embassy.", nil},
	// 6. Contact idioms.
	{"contact consultation", "Paris acted in close consultation with Berlin and Rome.", []string{"France SPOKE_WITH Germany", "France SPOKE_WITH Italy"}},
	{"contact held a call", "Modi held a call with Putin on Friday.", []string{"Narendra Modi SPOKE_WITH Vladimir Putin"}},
	{"contact hosted president", "Erdogan hosted Syria's president in Ankara.", []string{"Recep Tayyip Erdogan SPOKE_WITH Syria"}},
	{"contact counterparts from", "Wang Yi met with counterparts from Brazil and India.", []string{"Wang Yi SPOKE_WITH Brazil", "Wang Yi SPOKE_WITH India"}},
	{"contact alerted", "Norway alerted Russia to the drill.", []string{"Norway SPOKE_WITH Russia"}},
	{"contact will hold talks", "Qatar will hold talks with Hamas next week.", nil},
	// 7. Stated threats with a condition.
	{"threat unless", "Trump threatened to halt trade talks with Thailand and Cambodia unless the fighting ended.", []string{"Donald Trump WARNED Thailand", "Donald Trump WARNED Cambodia"}},
	{"threat tariffs unless", "Washington threatened tariffs on Mexico unless it curbed migration.", []string{"United States WARNED Mexico"}},
	{"warned against further", "Seoul warned Pyongyang against any further tests.", []string{"South Korea WARNED North Korea"}},
	{"threat aimed at the condition's subject", "China has threatened to use force if Taiwan declares independence.", []string{"China WARNED Taiwan"}},
	{"warned it would respond unless", "Iran warned it would respond unless Israel halted its strikes.", []string{"Iran WARNED Israel"}},
	{"threat if its own", "Russia threatened to act if its troops were harmed.", nil},
	{"threat if negative", "If Iran threatens Israel, the US will act.", nil},
	// 8. Requests to bodies.
	{"request asked council", "Ukraine asked the UN Security Council to hold an emergency meeting.", []string{"Ukraine URGED United Nations Security Council"}},
	{"request the U.N. Security Council", "Cambodia asked the U.N. Security Council to meet.", []string{"Cambodia URGED United Nations Security Council"}},
	{"request called on AU", "Sudan called on the African Union to lift its suspension.", []string{"Sudan URGED African Union"}},
	// 9. Nominal conflict.
	{"conflict war against", "Kim Jong Un vowed support for Moscow's war against Ukraine.", []string{"Russia ATTACKED Ukraine", "Kim Jong Un SUPPORTED Russia"}},
	{"conflict invasion of", "Sanctions followed Russia's invasion of Ukraine.", []string{"Russia ATTACKED Ukraine"}},
	{"conflict troops sent to help", "The troops Pyongyang sent to help Moscow's war against Ukraine suffered losses.", []string{"Russia ATTACKED Ukraine", "North Korea SUPPORTED Russia"}},
	{"conflict strike on boat killed members", "A U.S. strike on a vessel killed six members of Hamas.", []string{"United States ATTACKED Hamas"}},
	{"conflict strike that killed", "A U.S. strike on a boat that killed 11 members of Hamas drew criticism.", []string{"United States ATTACKED Hamas"}},
	{"conflict that attack is a noun", "That attack on Kyiv was condemned.", nil},
	{"conflict possible invasion", "Officials feared a possible invasion of Taiwan by China.", nil},
	// 10. Accusation nouns.
	{"accusation repeated charge", "Rubio repeated Washington's charge that Maduro heads a drug cartel.", []string{"United States ACCUSED Nicolás Maduro", "Marco Rubio ACCUSED Nicolás Maduro"}},
	{"accusation claims that", "Moscow rejected Kyiv's claims that Russia shelled the plant.", []string{"Ukraine ACCUSED Russia"}},
	{"accusation blamed on", "The blast was blamed on Hezbollah.", nil},
	{"accusation blamed on by", "Israel blamed the blast on Hezbollah.", []string{"Israel ACCUSED Hezbollah"}},
	// 11. Groups of two.
	{"pair both leaders", "Donald Trump spoke with Xi Jinping on Friday. Both leaders agreed to meet.", []string{"Donald Trump SPOKE_WITH Xi Jinping"}},
	{"pair both governments", "Thailand and Cambodia exchanged fire at the border. Malaysia urged both governments to talk.", []string{"Thailand ATTACKED Cambodia", "Cambodia ATTACKED Thailand", "Malaysia URGED Thailand", "Malaysia URGED Cambodia"}},
	{"pair them", "Ethiopia and Eritrea traded accusations. Kenya urged them to talk.", []string{"Ethiopia ACCUSED Eritrea", "Eritrea ACCUSED Ethiopia", "Kenya URGED Ethiopia", "Kenya URGED Eritrea"}},
	{"pair they", "Vietnam and Laos signed a border accord. They also discussed trade with Cambodia.", []string{"Laos SPOKE_WITH Vietnam", "Cambodia SPOKE_WITH Laos", "Cambodia SPOKE_WITH Vietnam"}},
	{"pair the two men", "Emmanuel Macron and Friedrich Merz met in Paris. The two men later spoke with Volodymyr Zelensky.", []string{"Emmanuel Macron SPOKE_WITH Friedrich Merz", "Emmanuel Macron SPOKE_WITH Volodymyr Zelensky", "Friedrich Merz SPOKE_WITH Volodymyr Zelensky"}},
	{"pair both countries from leaders", "Donald Trump and Xi Jinping spoke by phone. Japan urged both countries to cut tariffs.", []string{"Donald Trump SPOKE_WITH Xi Jinping", "Japan URGED United States", "Japan URGED China"}},
	{"pair them after a list", "France, Germany and Italy met. Spain urged them to act.", []string{"France SPOKE_WITH Germany", "France SPOKE_WITH Italy", "Germany SPOKE_WITH Italy", "Spain URGED France", "Spain URGED Germany", "Spain URGED Italy"}},
	{"pair both countries after a list", "France, Germany and Italy met. Spain urged both countries to act.", []string{"France SPOKE_WITH Germany", "France SPOKE_WITH Italy", "Germany SPOKE_WITH Italy"}},
	{"pair they people", "Protesters gathered in Nairobi. They urged Kenya to act.", nil},
	// 12. Relative clauses and long appositives.
	{"relative urged both", "The United States, which had urged both governments to settle their differences, welcomed the deal. Thailand and Cambodia signed it.", []string{"Thailand SPOKE_WITH Cambodia", "United States URGED Thailand", "United States URGED Cambodia"}},
	{"relative urged both pair before", "Thailand and Cambodia fought for days. The United States, which had urged both governments to settle their differences, welcomed the truce.", []string{"Thailand ATTACKED Cambodia", "Cambodia ATTACKED Thailand", "United States URGED Thailand", "United States URGED Cambodia"}},
	{"appositive backer condemned", "Israel bombed Damascus. Turkey, the main backer of Syria's government, condemned the strikes.", []string{"Israel ATTACKED Syria", "Turkey ACCUSED Israel"}},
	// more wordings
	{"support stands with", "Canada stands firmly with Ukraine, Trudeau said.", []string{"Canada SUPPORTED Ukraine"}},
	{"support solidarity expressed", "Jordan expressed solidarity with Lebanon.", []string{"Jordan SUPPORTED Lebanon"}},
	{"support backer copula", "Russia is the main backer of Syria's government.", nil},
	{"support possessor backer", "Hezbollah's main backer, Iran, denied involvement.", nil},
	{"support equipped", "Turkey equipped Azerbaijan's army with drones.", []string{"Turkey SUPPORTED Azerbaijan"}},
	{"support training noun", "The training exercises ended.", nil},
	{"contact coordination", "Cairo was in close coordination with Doha and Washington.", []string{"Egypt SPOKE_WITH Qatar", "Egypt SPOKE_WITH United States"}},
	{"contact received envoy", "Putin received the Iranian envoy in the Kremlin.", []string{"Vladimir Putin SPOKE_WITH Iran"}},
	{"contact notified", "Israel notified Washington before the strike.", []string{"Israel SPOKE_WITH United States"}},
	{"contact telephone conversation", "Erdogan held a telephone conversation with Putin.", []string{"Recep Tayyip Erdogan SPOKE_WITH Vladimir Putin"}},
	{"threat sanctions on", "Brussels threatened sanctions against Belarus unless it released the prisoners.", []string{"European Union WARNED Belarus"}},
	{"threat warned of consequences", "Beijing warned Manila of consequences.", []string{"China WARNED Philippines"}},
	{"threat would halt", "Trump said he would halt aid to Colombia.", nil},
	{"request asked the IAEA", "Iran asked the International Atomic Energy Agency to condemn the attack.", []string{"Iran URGED International Atomic Energy Agency"}},
	{"request appealed to", "Lebanon appealed to the United Nations for help.", []string{"Lebanon URGED United Nations"}},
	{"conflict offensive against", "Israel's offensive against Hamas continued.", []string{"Israel ATTACKED Hamas"}},
	{"conflict war on", "Russia's war on Ukraine entered its fourth year.", []string{"Russia ATTACKED Ukraine"}},
	{"conflict war with mutual", "The war between Sudan and the RSF raged on.", []string{"Sudan ATTACKED Rapid Support Forces", "Rapid Support Forces ATTACKED Sudan"}},
	{"conflict strikes by on", "Strikes by Pakistan on Afghan territory killed civilians.", []string{"Pakistan ATTACKED Afghanistan"}},
	{"accusation allegation", "Kyiv dismissed Moscow's allegation that Ukraine attacked the Kremlin.", []string{"Russia ACCUSED Ukraine", "Ukraine ATTACKED Russia"}},
	{"accusation blamed for", "Sudan blamed the UAE for the drone attacks.", []string{"Sudan ACCUSED United Arab Emirates"}},
	{"accusation accused without that", "Venezuela's claims were rejected.", nil},
	// the speaker's second verb after a reported clause
	{"said and accused", "Cambodia's defence ministry said Thai forces had shelled villages and accused Bangkok of using cluster munitions.", []string{"Cambodia ACCUSED Thailand"}},
	{"said and vowed under negation", "The Houthis said the strikes would not go unanswered and vowed to retaliate against U.S. warships.", []string{"Houthis WARNED United States"}},
	{"said and described", "Iran's spokesman Esmaeil Baghaei said Washington had no right to interfere and described the strikes by the United States as a gross violation.", []string{"Esmaeil Baghaei ACCUSED United States"}},
	{"said and will", "Japan said China had raised tensions and will protest to Beijing.", nil},
	// heads after a possessor state and X-aligned modifiers
	{"state's group", "U.S. jets struck Yemen's Houthis overnight.", []string{"United States ATTACKED Houthis"}},
	{"aligned modifier is a descriptor", "Israel bombed the Iran-aligned Houthis.", []string{"Israel ATTACKED Houthis"}},
	{"recognised government", "Libya's internationally recognised government condemned Egypt.", []string{"Libya ACCUSED Egypt"}},
	// "United States" holds the word "states", which is no reporting verb
	{"United States must", "Mao Ning told reporters that the United States must stop arming Taiwan.", []string{"Mao Ning URGED United States", "United States SUPPORTED Taiwan"}},
	{"briefing is no meeting", "The spokesperson told a regular briefing that talks had stalled.", nil},
	{"stern representations", "Beijing said it had lodged stern representations with Washington.", []string{"China ACCUSED United States", "China SPOKE_WITH United States"}},
	{"the Gulf state", "Sudan cut ties with the United Arab Emirates, accusing the Gulf state of supplying drones to the RSF.", []string{"Sudan ACCUSED United Arab Emirates", "United Arab Emirates SUPPORTED Rapid Support Forces"}},
	{"accused of unresolved", "Sudan accused the militia's foreign friends of supplying drones to the RSF.", nil},
	{"thanked for support", "Ukraine's president thanked Japan and Canada for their support.", []string{"Canada SUPPORTED Ukraine", "Japan SUPPORTED Ukraine", "Ukraine SUPPORTED Canada", "Ukraine SUPPORTED Japan"}},
	{"thanked for nothing", "Chile thanked Peru for the invitation.", nil},
	{"quoted support", "The United States reaffirmed its \"unwavering support\" for Guyana's sovereignty.", []string{"United States SUPPORTED Guyana"}},
	{"ordered to", "The International Court of Justice ordered Venezuela to halt the vote.", []string{"International Court of Justice URGED Venezuela"}},
	{"both countries not the subject", "Uruguay and Brazil signed a deal. Brazil, which borders both countries, urged calm.", []string{"Brazil SPOKE_WITH Uruguay"}},
	{"bare kinship noun before the object", "Kyrgyzstan on Saturday accused neighbour Tajikistan of building up troops near the border.", []string{"Kyrgyzstan ACCUSED Tajikistan"}},
	{"bare rival before the object", "Ecuador accused rival Peru of violating its airspace.", []string{"Ecuador ACCUSED Peru"}},
	{"a munition between owner and attack", "The Syrian mortar strike on Turkey killed five people.", []string{"Syria ATTACKED Turkey"}},
	{"outraged at an act", "Washington is outraged at the Syrian mortar strike on Turkey.", []string{"United States ACCUSED Syria", "Syria ATTACKED Turkey"}},
	{"a modified gerund is a noun", "The United States condemned the alleged killing of hundreds in Uzbekistan.", nil},
	{"a modified gerund keeps its agent", "The United States condemned the brutal killing of Iranian diplomats by Israel.", []string{"United States ACCUSED Israel", "Israel ATTACKED Iran"}},
	{"a possessive state's modified title", "Ivory Coast's embattled strongman Laurent Gbagbo accused France of meddling.", []string{"Laurent Gbagbo ACCUSED France"}},
	{"a person described by a possessive state is the object", "The African Union has struggled to mediate between Ivory Coast's embattled strongman Laurent Gbagbo and Alassane Ouattara.", []string{"African Union SPOKE_WITH Laurent Gbagbo", "African Union SPOKE_WITH Alassane Ouattara"}},
	{"a letter's participle", "Otunbayeva said she had sent a letter to Russian President Dmitry Medvedev asking him to send troops.", []string{"Roza Otunbayeva SPOKE_WITH Dmitry Medvedev", "Roza Otunbayeva URGED Dmitry Medvedev"}},
	{"an ultimatum's participle", "Bush issued an ultimatum to Saddam Hussein demanding that Iraq disarm.", []string{"George W. Bush WARNED Saddam Hussein", "George W. Bush URGED Iraq"}},
	{"an attack framed is done", "Tony Blair called the Iranian seizure of 15 British sailors \"unjustified and wrong\".", []string{"Tony Blair ACCUSED Iran", "Iran ATTACKED United Kingdom"}},
	{"a counterpart named by office", "Lavrov told Kerry in a telephone call on Sunday that Moscow was alarmed. The Russian minister urged his US counterpart to refrain from military pressure.", []string{"Sergei Lavrov SPOKE_WITH John Kerry", "Sergei Lavrov URGED John Kerry"}},
	{"a participle describing a person", "ECOWAS demanded the release of ousted President Alpha Conde, detained by the military junta.", nil},
	{"a count of members in a list", "The AU and the 15-member Economic Community of West African States urged Laurent Gbagbo to step down.", []string{"African Union URGED Laurent Gbagbo", "Economic Community of West African States URGED Laurent Gbagbo"}},
	{"a rebel of the state's own country", "Colombian troops killed FARC commander Raul Reyes.", []string{"Colombia ATTACKED Raúl Reyes", "Colombia ATTACKED Revolutionary Armed Forces of Colombia"}},
	{"a body's member after its possessive", "Colombian troops killed FARC's second-in-command Raul Reyes.", []string{"Colombia ATTACKED Raúl Reyes", "Colombia ATTACKED Revolutionary Armed Forces of Colombia"}},
	{"these rebels", "M23 rebels advanced on Goma. The DRC government accuses Rwanda of supporting these rebels.", []string{"M23 ATTACKED Democratic Republic of the Congo", "Democratic Republic of the Congo ACCUSED Rwanda", "Rwanda SUPPORTED M23"}},
	{"a trigger of two words around a quotation mark", "Washington is \u201coutraged\u201d at the Syrian mortar strike on Turkey.", []string{"United States ACCUSED Syria", "Syria ATTACKED Turkey"}},
	{"a quoted phrase after an article is a noun", "Josep Borrell condemned the \"hideous attack\" on Kosovo police.", nil},
	{"aggression charged names its victim, the accuser", "The Congolese foreign ministry accused Rwanda of committing a frontal aggression.", []string{"Democratic Republic of the Congo ACCUSED Rwanda", "Rwanda ATTACKED Democratic Republic of the Congo"}},
	{"an act charged by the article is told elsewhere", "Tehran accused the Jewish state of the strike.", []string{"Iran ACCUSED Israel"}},
	{"a body of no state is no victim", "The United Nations accused Rwanda of aggression.", []string{"United Nations ACCUSED Rwanda"}},
	{"the regional leaders", "Regional bloc ECOWAS on Wednesday suspended Guinea and demanded the release of Alpha Conde. At the end of their summit, the regional leaders condemned Sunday's coup against the Conde government.", []string{"Economic Community of West African States ACCUSED Guinea"}},
	{"the regional leaders of two bodies are neither", "The African Union and ECOWAS met in Abuja. The regional leaders condemned the coup in Guinea.", []string{"African Union SPOKE_WITH Economic Community of West African States"}},
	{"a sayer after said and a long title", "\"The army has taken the police headquarters,\" said sports minister and leader of the Basotho National Party, Thesele Maseribane. He accused South Africa of meddling.", []string{"Thesele Maseribane ACCUSED South Africa"}},
	{"a verb coordinated with an intended one", "Hamas vowed months ago to form a new government and oust Abbas.", nil},
	{"a verb coordinated with an intended one, at once", "Hamas vowed to form a government and attack Israel.", nil},
	{"a list of states joined by commas alone", "The U.S., Germany, France, Canada urged Turkey to release Osman Kavala.", []string{"United States URGED Turkey", "Germany URGED Turkey", "France URGED Turkey", "Canada URGED Turkey"}},
	{"envoys at a post from states", "Ambassadors to Ankara from the U.S., Germany and France issued a joint statement, calling on Turkey to release Osman Kavala.", []string{"United States URGED Turkey", "Germany URGED Turkey", "France URGED Turkey"}},
	{"a passive in scare quotes", "A Hamas official in Gaza told AFP the group's negotiators had been \"targeted\" in Doha.", nil},
	{"the given name before a patronym", "Sheikh Tamim bin Hamad Al Thani spoke with Donald Trump. Tamim, for his part, condemned the Israeli attack.", []string{"Tamim bin Hamad Al Thani SPOKE_WITH Donald Trump", "Tamim bin Hamad Al Thani ACCUSED Israel"}},
	{"a quoted noun after the article", "Israel conducted a \"precise strike\" on senior Hamas leadership.", []string{"Israel ATTACKED Hamas"}},
	{"a modifier after a light verb", "China lodged solemn representations with the United States.", []string{"China ACCUSED United States", "China SPOKE_WITH United States"}},
	{"threatened force after a light verb is no force", "West African leaders met in Abuja. ECOWAS has threatened military intervention against the junta in Niger.", []string{"Economic Community of West African States WARNED Niger"}},
	{"a refusal to allow, said of the future", "Al-Jubeir said Riyadh would not allow the Islamic Republic to undermine the kingdom's security.", []string{"Saudi Arabia WARNED Iran"}},
	{"a refusal to allow under a condition", "If attacked, Iran would not allow Israel to escape.", nil},
	{"a refusal to allow a thing", "The United States will not allow the deal to collapse.", nil},
	{"on the phone with", "Blinken was on the phone with the leaders of Armenia and Azerbaijan.", []string{"Antony Blinken SPOKE_WITH Armenia", "Antony Blinken SPOKE_WITH Azerbaijan"}},
	{"force inside a state", "We have seen significant evidence of Azerbaijani shelling inside Armenia.", []string{"Azerbaijan ATTACKED Armenia"}},
	{"a commitment to work with", "Rubio reaffirmed the United States' commitment to work with India in the fight against terrorism.", []string{"United States SUPPORTED India", "Marco Rubio SUPPORTED India"}},
	{"the coup judged is the one told before", "Myanmar's army detained Aung San Suu Kyi in a coup on Monday. The United Nations and the UK have also condemned the coup. In the UK, Prime Minister Boris Johnson condemned the coup.", []string{"United Nations ACCUSED Myanmar", "United Kingdom ACCUSED Myanmar", "Boris Johnson ACCUSED Myanmar"}},
	{"no is its noun's", "No agreements were reached at a fourth round of Chinese-brokered talks between the Myanmar junta and the Three Brotherhood Alliance.", []string{"Myanmar SPOKE_WITH Three Brotherhood Alliance", "China SPOKE_WITH Myanmar", "China SPOKE_WITH Three Brotherhood Alliance"}},
	{"no before the act itself", "There was no Israeli strike on Iran.", nil},
	{"a participle between dashes describes the actor before", "Kosovo set up a showdown with Serbia - outraged at the Kosovar declaration - and Russia.", []string{"Serbia ACCUSED Kosovo"}},
	{"a quoted modifier is no quoted noun", "Barack Obama spoke with Vladimir Putin. The two had a \"constructive\" conversation on developments in Ukraine.", []string{"Barack Obama SPOKE_WITH Vladimir Putin"}},
	{"an office then its holder in apposition", "Abiy Ahmed met with the Chief of the Sudanese Transitional Military Council, Lt. Gen Abdel Fattah al-Burhan, on Friday.", []string{"Abiy Ahmed SPOKE_WITH Abdel Fattah al-Burhan"}},
	{"an office of a body then its holder", "Abiy Ahmed met with the head of the Sudanese military council, Abdel Fattah al-Burhan, on Friday.", []string{"Abiy Ahmed SPOKE_WITH Abdel Fattah al-Burhan"}},
	{"legitimacy denied", "Andres Manuel Lopez Obrador referred to Dina Boluarte as a \"spurious president\".", []string{"Andrés Manuel López Obrador ACCUSED Dina Boluarte"}},
	{"the two open a clause of their own", "US president Barack Obama called Russian president Vladimir Putin and the two had a long conversation on developments in Ukraine.", []string{"Barack Obama SPOKE_WITH Vladimir Putin"}},
	{"a deal brokered is its makers', not the last callers'", "Barack Obama spoke with Vladimir Putin. European leaders pledged support for the deal, which was brokered by the foreign ministers of France, Germany and Poland.", []string{"Barack Obama SPOKE_WITH Vladimir Putin"}},
	{"a deal brokered after its signing", "Armenia and Azerbaijan signed a peace deal on Friday. The deal was brokered by the United States.", []string{"Armenia SPOKE_WITH Azerbaijan", "United States SPOKE_WITH Armenia", "United States SPOKE_WITH Azerbaijan"}},
	{"signed on to a statement", "Russia and China, which have in the past blocked criticism of Syria, signed on to the statement.", nil},
	{"a war of words between two", "The announcement was the latest in a long-running war of words between Hugo Chavez and Alvaro Uribe.", []string{"Hugo Chávez ACCUSED Álvaro Uribe", "Álvaro Uribe ACCUSED Hugo Chávez"}},
	{"under pressure, fronted", "Under intense pressure from the United States and France, Haitian President Jean-Bertrand Aristide has left the country.", []string{"United States URGED Jean-Bertrand Aristide", "France URGED Jean-Bertrand Aristide"}},
	{"the region's countries are the list before", "The United States, France and Britain struck Syria on Saturday. The Western countries blame Assad for the Douma attack.", []string{"United States ATTACKED Syria", "France ATTACKED Syria", "United Kingdom ATTACKED Syria", "United States ACCUSED Bashar al-Assad", "France ACCUSED Bashar al-Assad", "United Kingdom ACCUSED Bashar al-Assad"}},
	{"a blow to a cause is a judgement", "Myanmar's military seized power on Monday. Guterres called the army's move a \"serious blow to democratic reforms\".", []string{"António Guterres ACCUSED Myanmar"}},
	{"accusations by X that Y", "Venezuela broke relations with Colombia following accusations by Bogota that Hugo Chavez's government was tolerating the presence of guerrillas.", []string{"Venezuela ACCUSED Colombia", "Colombia ACCUSED Venezuela"}},
	{"the expulsions named again", "Britain expelled four Russian diplomats on Monday. Moscow said the expulsions would have serious consequences.", []string{"Russia WARNED United Kingdom"}},
	{"grateful to", "Kurmanbek Bakiyev said he was grateful to Vladimir Putin for showing concern.", []string{"Kurmanbek Bakiyev SUPPORTED Vladimir Putin"}},
	{"an act asked of its agent, a word in scare quotes", "The European Union has demanded a \u201ctransparent\u201d investigation by the Russian government.", []string{"European Union URGED Russia"}},
	{"a body's members are the body", "The NATO members condemned Russia.", []string{"North Atlantic Treaty Organization ACCUSED Russia"}},
	{"a state's service meets its state not", "Russia held talks with Alexander Bortnikov.", nil},
	{"he in a long quotation is the person it named, not its speaker", "Ned Price spoke on Tuesday. \"Secretary Blinken stayed up late on this. He urged President Aliyev to halt the shelling at once,\" the spokesman told reporters.", []string{"Antony Blinken URGED Ilham Aliyev"}},
	{"a ministry told by its seat is its state", "The Turkish envoy was summoned on Friday by the foreign ministry in Damascus.", []string{"Syria ACCUSED Turkey", "Syria SPOKE_WITH Turkey"}},
	{"both sides are two rivals of one state named just before", "Somalia's president Hassan Sheikh Mohamud met his rival Sharif Sheikh Ahmed in Mogadishu. Both sides blamed each other for the failure of the talks.", []string{"Hassan Sheikh Mohamud SPOKE_WITH Sharif Sheikh Ahmed", "Hassan Sheikh Mohamud ACCUSED Sharif Sheikh Ahmed", "Sharif Sheikh Ahmed ACCUSED Hassan Sheikh Mohamud"}},
	{"the conflicting parties are the sides", "Armenian and Azerbaijani troops traded fire on the border. Moscow called on the conflicting parties to show restraint.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia", "Russia URGED Armenia", "Russia URGED Azerbaijan"}},
	{"a fronted participle clause holds no subject of the main verb", "Having studied it, Britain's foreign office summoned Iran's ambassador.", []string{"United Kingdom ACCUSED Iran", "United Kingdom SPOKE_WITH Iran"}},
	{"a stateless people's word before a titled person", "Antony Blinken met on Monday with Kurdish commander Mazloum Abdi in Syria.", []string{"Antony Blinken SPOKE_WITH Mazloum Abdi"}},
	{"exchanged drone strikes is force both ways", "Armenian and Azerbaijani forces exchanged drone strikes along the border.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia"}},
	{"underscored is a verb of saying", "Blinken underscored the urgent need for Israel to let aid into Gaza.", []string{"Antony Blinken URGED Israel"}},
	{"a member's short name in brackets is no member of its own", "Blinken stressed the need for the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) to return to talks.", []string{"Antony Blinken URGED Sudanese Armed Forces", "Antony Blinken URGED Rapid Support Forces"}},
	{"a judgement under a condition judges no one", "Kerry said there would be costs if Russia continues to escalate the crisis.", nil},
	{"a call made to stress support", "Secretary of State Hillary Clinton called Mahmoud Abbas to stress support for the Palestinian Authority.", []string{"Hillary Clinton SPOKE_WITH Mahmoud Abbas", "Hillary Clinton SUPPORTED Mahmoud Abbas"}},
	{"thanks for the one thanked's own work are praise", "Ban Ki-moon thanked Egyptian President Abdel Fattah el-Sisi on Tuesday for his role in brokering the truce.", []string{"Ban Ki-moon SUPPORTED Abdel Fattah el-Sisi"}},
	{"thanks for mediating are praise", "Khaled Meshaal thanked Mohamed Morsi for mediating the agreement.", []string{"Khaled Meshaal SUPPORTED Mohamed Morsi"}},
	{"thanks for helping us are help told", "Volodymyr Zelensky thanked Joe Biden for helping us.", []string{"Joe Biden SUPPORTED Volodymyr Zelensky", "Volodymyr Zelensky SUPPORTED Joe Biden"}},
	{"he in a quotation is never its own speaker", "Matthew Miller said Antony Blinken had phoned Ilham Aliyev. \"He told President Aliyev the United States backs talks,\" Miller said.", []string{"Antony Blinken SPOKE_WITH Ilham Aliyev"}},
	{"whom a signatory acts for is no signatory", "The accord was signed by Hakan Fidan on behalf of Turkey, Sergey Lavrov on behalf of Russia, and António Guterres.", []string{"Hakan Fidan SPOKE_WITH Sergei Lavrov", "Hakan Fidan SPOKE_WITH António Guterres", "Sergei Lavrov SPOKE_WITH António Guterres"}},
	{"a deadline reported as held is an appeal, its penalty a warning", "ECOWAS said Niger had seven days to free Mohamed Bazoum or face sanctions.", []string{"Economic Community of West African States URGED Niger", "Economic Community of West African States WARNED Niger"}},
	{"a deadline held, its sayer after", "Hamas has until Friday to answer the offer, Egypt said.", []string{"Egypt URGED Hamas"}},
	{"a span held with no one reporting it is no deadline", "Israel has had two years to respond.", nil},
	{"talks told with their holder in a relative clause", "Annalena Baerbock flew to Ankara on Monday. The talks she held with Hakan Fidan and Sergey Lavrov were useful.", []string{"Annalena Baerbock SPOKE_WITH Hakan Fidan", "Annalena Baerbock SPOKE_WITH Sergei Lavrov", "Annalena Baerbock SPOKE_WITH Turkey"}},
	{"a known person's full name with a further family name is that person", "Ashraf Ghani Ahmadzai met John Kerry in Kabul on Friday. Later Ghani met Abdullah Abdullah.", []string{"Ashraf Ghani SPOKE_WITH John Kerry", "Ashraf Ghani SPOKE_WITH Abdullah Abdullah"}},
	{"a request taken up was made", "Egypt is weighing a request from Israel for more troops in Sinai.", []string{"Israel URGED Egypt"}},
	{"a request taken up, its asker the possessor", "NATO is studying Turkey's request for Patriot missiles.", []string{"Turkey URGED North Atlantic Treaty Organization"}},
	{"a call taken up may be a telephone call", "Egypt answered a call from Israel on Friday.", nil},
	{"a person stating their state's support is a source too", "Hakan Fidan said that Turkey stands with Azerbaijan.", []string{"Turkey SUPPORTED Azerbaijan", "Hakan Fidan SUPPORTED Azerbaijan"}},
	{"the state whose support a person tells is a source too", "Antony Blinken told Nikol Pashinyan the United States firmly backs Armenia.", []string{"Antony Blinken SPOKE_WITH Nikol Pashinyan", "Antony Blinken SUPPORTED Armenia", "United States SUPPORTED Armenia"}},
	{"a state named inside a noun phrase is no source of what its official said", "Rubio did not confirm it, but a US State Department statement said Rubio praised Kenya.", []string{"Marco Rubio SUPPORTED Kenya"}},
	{"a document that undergoes support names no one helped", "Malaysia, Australia and the Netherlands drafted a resolution on the crash. The resolution was backed by Britain and France.", nil},
	{"help told after a charge helps the one charged", "Morocco accused rival Algeria of arming the rebels, with the help of Iran.", []string{"Morocco ACCUSED Algeria", "Iran SUPPORTED Algeria"}},
	{"a between noun whose other side is no actor", "Russia and China backed the ban, which ends under a 2015 deal between Iran and world powers.", nil},
	{"an act welcomed is praise, no guest received", "Antony Blinken welcomed the constructive approach of Turkey.", []string{"Antony Blinken SUPPORTED Turkey"}},
	{"a list named again as countries is their states", "The deal was signed by Hakan Fidan, Elina Valtonen and Tobias Billstrom. The three countries agreed to work together.", []string{"Hakan Fidan SPOKE_WITH Elina Valtonen", "Hakan Fidan SPOKE_WITH Tobias Billström", "Elina Valtonen SPOKE_WITH Tobias Billström", "Turkey SPOKE_WITH Finland", "Turkey SPOKE_WITH Sweden", "Finland SPOKE_WITH Sweden"}},
	{"its after a state object opening a phrase is that state's", "Vilnius has been a firm backer of Georgia in its war with Russia.", []string{"Georgia ATTACKED Russia", "Russia ATTACKED Georgia"}},
	{"a place named for a titled person is no person", "The Houthis fired a drone at Jeddah, targeting King Abdulaziz International Airport.", []string{"Houthis ATTACKED Saudi Arabia"}},
	{"a bare verb form after a verb of its own is its object", "EU condemns massacre in Sudan", []string{}},
	{"a bare verb form after a demonym's plural stays a verb", "US and British forces strike Houthi targets in Yemen", []string{"United States ATTACKED Houthis", "United Kingdom ATTACKED Houthis"}},
	{"the party a warning names is warned with the one told", "Blinken said he had warned Wang Yi that China should expect further sanctions.", []string{"Antony Blinken WARNED Wang Yi", "Antony Blinken WARNED China"}},
	{"troubled by an actor's acts is disapproval", "Paris was deeply troubled by Hezbollah's actions.", []string{"France ACCUSED Hezbollah"}},
	{"comments from X name their author", "Beijing was deeply alarmed by comments from Japanese officials on Taiwan.", []string{"China ACCUSED Japan"}},
	{"wants X not to act is an appeal too", "Pakistan wants Afghanistan not to shelter militants.", []string{"Pakistan URGED Afghanistan"}},
	{"disappointed that X did is disapproval of X", "Josep Borrell said he was disappointed that Serbia had walked out of the talks.", []string{"Josep Borrell ACCUSED Serbia"}},
	{"concocted is a charge's judgement", "Minsk insisted that Vilnius concocted the incident.", []string{"Belarus ACCUSED Lithuania"}},
	{"both sides of one state told by its demonym", "The Sudanese Armed Forces and the Rapid Support Forces fought again on Monday. Egypt urged both Sudanese parties to agree a truce.", []string{"Sudanese Armed Forces ATTACKED Rapid Support Forces", "Rapid Support Forces ATTACKED Sudanese Armed Forces", "Egypt URGED Sudanese Armed Forces", "Egypt URGED Rapid Support Forces"}},
	{"a pair told by its region", "Estonia and Latvia expelled Russian diplomats. Moscow summoned the envoys of the Baltic pair.", []string{"Russia ACCUSED Estonia", "Russia ACCUSED Latvia", "Russia SPOKE_WITH Estonia", "Russia SPOKE_WITH Latvia"}},
	{"officials of a body including named ones are those named", "Andrii Sybiha met with senior officials of EU states, including Kaja Kallas and Annalena Baerbock.", []string{"Andrii Sybiha SPOKE_WITH Kaja Kallas", "Andrii Sybiha SPOKE_WITH Annalena Baerbock"}},
	{"relative clause between dashes", "Iran — which warned Israel on Monday — said it had no wish for war.", []string{"Iran WARNED Israel"}},
	{"relative clause between unspaced dashes", "Brazil—which borders both countries—urged Uruguay to talk.", []string{"Brazil URGED Uruguay"}},
	{"both sides after between", "A truce between Israel and Hezbollah ended a year of fighting between the two sides.", []string{"Israel ATTACKED Hezbollah", "Hezbollah ATTACKED Israel"}},
	// ambiguous capitals by context
	{"Georgetown with Guyana", "Venezuela accused Georgetown of provocations, Guyanese officials said.", []string{"Venezuela ACCUSED Guyana"}},
	{"Georgetown without Guyana", "Students at Georgetown criticised Washington.", nil},
	{"launch is not the exercises", "North Korea fired missiles on Monday, hours after Seoul and Washington launched joint exercises. South Korea condemned the launch.", []string{"South Korea ACCUSED North Korea"}},
	{"the drills name the exercises", "Seoul and Washington launched joint exercises. Pyongyang called the drills a provocation.", []string{"North Korea ACCUSED South Korea", "North Korea ACCUSED United States"}},
	{"ally appositive", "China, North Korea's main ally, urged restraint.", nil},
	{"received troops", "Russia received North Korean troops last year.", []string{"North Korea SUPPORTED Russia"}},
	{"received envoy", "Russia received the North Korean envoy.", []string{"Russia SPOKE_WITH North Korea"}},
	{"its is the subject", "Russia, which deepened ties with Pyongyang, sent Iranian drones to help its war against Ukraine.", []string{"Russia ATTACKED Ukraine"}},
	{"sent demonym drones to", "Tehran sent Iranian drones to Moscow.", []string{"Iran SUPPORTED Russia"}},
	{"participle appositive then said and urged", "Zelenskiy, speaking after a call with Trump, said Moscow was stalling and urged Washington to act.", []string{"Donald Trump SPOKE_WITH Volodymyr Zelensky", "Volodymyr Zelensky URGED United States"}},
	{"parenthetical attribution", "Russia fired drones at Ukraine overnight, the Ukrainian air force said, and Poland condemned the attack.", []string{"Russia ATTACKED Ukraine", "Poland ACCUSED Russia"}},
	{"both leaders in a later clause", "Emmanuel Macron and Friedrich Merz met in Paris, where both leaders urged Russia to accept a truce.", []string{"Emmanuel Macron SPOKE_WITH Friedrich Merz", "Emmanuel Macron URGED Russia", "Friedrich Merz URGED Russia"}},
	{"the two prime ministers", "Cambodian Prime Minister Hun Manet and Thai Prime Minister Phumtham Wechayachai agreed to talks. Donald Trump urged the two prime ministers to accept a ceasefire.", []string{"Hun Manet SPOKE_WITH Phumtham Wechayachai", "Donald Trump URGED Hun Manet", "Donald Trump URGED Phumtham Wechayachai"}},
	{"both foreign ministers of the sides", "Armenia and Azerbaijan traded accusations. Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov were in Washington. Antony Blinken met both foreign ministers on Monday.", []string{"Armenia ACCUSED Azerbaijan", "Azerbaijan ACCUSED Armenia", "Antony Blinken SPOKE_WITH Ararat Mirzoyan", "Antony Blinken SPOKE_WITH Jeyhun Bayramov"}},
	{"the two foreign ministers unnamed are not the sides", "Israel and Hamas traded fire. Hakan Fidan spoke with Antony Blinken by phone. The call between the two foreign ministers came late.", []string{"Hamas ATTACKED Israel", "Israel ATTACKED Hamas", "Antony Blinken SPOKE_WITH Hakan Fidan"}},
	{"mediators from are no sides", "Mediators from Turkey and Qatar offered to host talks between the two sides.", nil},
	{"belonging to", "Israeli jets struck depots belonging to Hezbollah.", []string{"Israel ATTACKED Hezbollah"}},
	{"blatant aggression", "Israeli jets struck Syria on Thursday. Damascus condemned the \"blatant aggression\".", []string{"Israel ATTACKED Syria", "Syria ACCUSED Israel"}},
	{"held responsible", "Iran held Israel responsible for the killing.", []string{"Iran ACCUSED Israel"}},
	{"will hold responsible", "Iran will hold Israel responsible for any attack.", nil},
	{"hold talks is no accusation", "Iran held talks with Oman.", []string{"Iran SPOKE_WITH Oman"}},
	{"air defences supported operation", "Jordanian air defences supported the Israeli operation.", []string{"Jordan SUPPORTED Israel"}},
	{"al-Sisi", "Egyptian President Abdel Fattah al-Sisi urged Israel to halt the offensive. Sisi later called on Hamas to free the hostages.", []string{"Abdel Fattah el-Sisi URGED Israel", "Abdel Fattah el-Sisi URGED Hamas"}},
	{"family name first", "Japanese Prime Minister Ishiba Shigeru urged China to release the detained citizen.", []string{"Shigeru Ishiba URGED China"}},
	{"summoned own council", "Vladimir Putin summoned his Security Council on Friday.", nil},
	{"ordered own army", "Israel's defence minister Israel Katz ordered the Israel Defense Forces to prepare.", nil},
	{"letter to", "In a letter to Antonio Guterres, Ethiopia's foreign minister accused Eritrea of arming rebels.", []string{"Ethiopia SPOKE_WITH António Guterres", "Ethiopia ACCUSED Eritrea"}},
	{"chairperson appositive", "The African Union Commission chairperson, Mahmoud Ali Youssouf, urged Sudan to accept a truce.", []string{"Mahmoud Ali Youssouf URGED Sudan"}},
	{"portfolio minister", "Eritrea's information minister Yemane Gebremeskel accused Ethiopia of warmongering.", []string{"Yemane Gebremeskel ACCUSED Ethiopia"}},
	{"them after both leaders", "Ruto spoke with Abiy Ahmed and Isaias Afwerki by phone. Mahmoud Ali Youssouf later urged them to talk.", []string{"Abiy Ahmed SPOKE_WITH William Ruto", "Isaias Afwerki SPOKE_WITH William Ruto", "Mahmoud Ali Youssouf URGED Abiy Ahmed", "Mahmoud Ali Youssouf URGED Isaias Afwerki"}},
	{"each side blaming the other", "Talks between Israel and Hamas stalled, with each side blaming the other.", []string{"Israel SPOKE_WITH Hamas", "Israel ACCUSED Hamas", "Hamas ACCUSED Israel"}},
	{"accused each other", "Armenia and Azerbaijan accused each other of shelling.", []string{"Armenia ACCUSED Azerbaijan", "Azerbaijan ACCUSED Armenia"}},
	{"including far", "Israel's military said it struck more than 100 targets across Gaza, including Hamas command centres.", []string{"Israel ATTACKED Hamas"}},
	{"both sides from an attack", "India launched missile strikes on nine sites in Pakistan. China called on both sides to exercise restraint.", []string{"India ATTACKED Pakistan", "China URGED India", "China URGED Pakistan"}},
	{"both sides not the subject's", "India launched missile strikes on nine sites in Pakistan. China, Pakistan's ally, urged both sides to talk.", []string{"India ATTACKED Pakistan", "China URGED India", "China URGED Pakistan"}},
	{"war in a place is no pair", "Talks on ending Sudan's war opened in Switzerland. The envoy urged both warring parties to talk.", nil},
	{"bare both after a pair", "Rubio spoke with Asim Munir and Subrahmanyam Jaishankar, urging both to de-escalate.", []string{"Marco Rubio SPOKE_WITH Asim Munir", "Marco Rubio SPOKE_WITH Subrahmanyam Jaishankar", "Marco Rubio URGED Asim Munir", "Marco Rubio URGED Subrahmanyam Jaishankar"}},
	{"pair through her counterpart", "Thérèse Kayikwamba Wagner and her Rwandan counterpart Olivier Nduhungirehe signed the deal. Rubio urged both governments to carry it out.", []string{"Olivier Nduhungirehe SPOKE_WITH Thérèse Kayikwamba Wagner", "Marco Rubio URGED Democratic Republic of the Congo", "Marco Rubio URGED Rwanda"}},
	{"army chief", "Pakistan's army chief Asim Munir met Rubio.", []string{"Asim Munir SPOKE_WITH Marco Rubio"}},
	{"critic of", "Gustavo Petro, a critic of the U.S. deployment, spoke on Tuesday.", []string{"Gustavo Petro ACCUSED United States"}},
	{"called him a fugitive", "Rubio met reporters and called Maduro a fugitive from justice.", []string{"Marco Rubio ACCUSED Nicolás Maduro"}},
	{"called him pronoun", "Nicolás Maduro spoke on Monday. Rubio called him a fugitive.", []string{"Marco Rubio ACCUSED Nicolás Maduro"}},
	{"called him on a day is a call", "Nicolás Maduro spoke on Monday. Petro called him on Tuesday.", []string{"Gustavo Petro SPOKE_WITH Nicolás Maduro"}},
	{"strike killed gang members", "A U.S. strike on a boat killed 11 members of Tren de Aragua.", []string{"United States ATTACKED Tren de Aragua"}},
	{"a member is not the body", "Poland shot down drones, the first time a NATO member has fired on Russian assets.", []string{"Poland ATTACKED Russia"}},
	{"the alliance", "NATO met on Monday. Mark Rutte said the alliance stood in full solidarity with Warsaw.", []string{"North Atlantic Treaty Organization SUPPORTED Poland"}},
	{"speaker judges the act", "Russian drones entered Polish airspace overnight. Donald Tusk told parliament the incursion was \"a large-scale provocation\".", []string{"Donald Tusk ACCUSED Russia", "Russia ATTACKED Poland"}},
	{"speaker judges nothing", "Russian drones entered Polish airspace. Tusk said the incursion was short.", []string{"Russia ATTACKED Poland"}},
	{"offered to host talks between", "Russia and Ukraine fought on. Turkey offered to host negotiations between the two sides.", []string{"Russia ATTACKED Ukraine", "Ukraine ATTACKED Russia"}},
	{"talks between resumed", "Negotiations between Russia and Ukraine resumed in Istanbul.", []string{"Russia SPOKE_WITH Ukraine"}},
	// Congo by context
	{"congo drc context", "M23 rebels seized Goma. Congo accused Rwanda of backing the rebels.", []string{"M23 ATTACKED Democratic Republic of the Congo", "Democratic Republic of the Congo ACCUSED Rwanda", "Rwanda SUPPORTED M23"}},
	// media outlets stay no actors
	{"media outlet is no actor", "The New York Times criticised Washington's policy.", nil},
	// an act warned or urged against is not done (QA: read as an attack)
	{"warned against new strikes", "Iran warned Israel against any new strikes on Lebanon.", []string{"Iran WARNED Israel"}},
	{"warned on a day against further strikes", "Iran warned Israel on Monday against further strikes on its territory.", []string{"Iran WARNED Israel"}},
	{"urged against fresh attacks", "The United States urged Russia against fresh attacks on Ukraine.", []string{"United States URGED Russia"}},
	{"strikes against a target are done", "Israel carried out strikes against Hezbollah in Lebanon.", []string{"Israel ATTACKED Hezbollah"}},
	// text as web pages leave it (text.Clean): combining accents, and
	// invisible characters inside names
	{"combining accents", "Tu\u0308rkiye warned Syria on Friday.", []string{"Turkey WARNED Syria"}},
	{"combining accents in a person's name", "Emmanuel Macron spoke with Luiz Ina\u0301cio Lula da Silva on Monday.", []string{"Emmanuel Macron SPOKE_WITH Luiz Inácio Lula da Silva"}},
	{"zero-width space in a name", "Iran warned Isr\u200bael on Monday.", []string{"Iran WARNED Israel"}},
	{"soft hyphen and joiner in names", "The United States urged Rus\u200dsia to withdraw from Uk\u00adraine.", []string{"United States URGED Russia"}},
	// Eighteenth round: a headline in title case reads as the article writes
	// its words (truecaseHeadlines); a word the body capitalises stays a name.
	{"title-case headline: verb", "Erdogan Urges Putin to Halt Idlib Offensive\n\nThe talks in Sochi went on for hours.", []string{"Recep Tayyip Erdogan URGED Vladimir Putin"}},
	{"title-case headline: meeting", "Blinken Meets Chinese Counterpart Wang Yi in Beijing\n\nThe two ministers spoke for five hours.", []string{"Antony Blinken SPOKE_WITH Wang Yi"}},
	{"title-case headline: a name the body capitalises stays one", "Rice Warns Iran Over Nuclear Program\n\nSecretary of State Condoleezza Rice spoke in Berlin, where Rice met reporters.", []string{"Condoleezza Rice WARNED Iran"}},
	// a participle "warning that ..." states a prediction, not a warning
	// aimed at the main clause's object (relations.md: WARNED needs a threat
	// or caution aimed at the target); "warning of" still is
	{"warning that: no warning to the object", "Egypt condemned Israel for the raid on Jenin, warning that the violence could escalate.", []string{"Egypt ACCUSED Israel"}},
	{"warning of: aimed at the object", "North Korea slammed Seoul for the drills, warning of a disaster.", []string{"North Korea ACCUSED South Korea", "North Korea WARNED South Korea"}},
	// a reciprocal act "with" a party that is no actor: the subjects met
	// that party, not each other
	{"met with a party that is no actor", "Condoleezza Rice and David Miliband met with Arab foreign ministers.", nil},
	{"after meetings with a party that is no actor", "Condoleezza Rice, David Miliband and Bernard Kouchner accepted the wording after meetings with Arab foreign ministers.", nil},
	{"met with each other", "Condoleezza Rice and David Miliband met with each other.", []string{"Condoleezza Rice SPOKE_WITH David Miliband"}},
	{"a relative clause after a closing quotation has the quotation's last actor", "The Arab League met on Thursday amid fears of a possible Israeli strike against Syria,\" which backs Hezbollah, an official said.", []string{"Syria SUPPORTED Hezbollah"}},
	// signatories of a document that speaks for them are not SPOKE_WITH
	// each other (relations.md); the parties to an accord are
	{"signed a joint statement: no meeting", "Hashim Thaci and Fatmir Sejdiu signed a joint statement.", nil},
	{"signed a memorandum: an accord", "Hashim Thaci and Aleksandar Vucic signed a memorandum of understanding.", []string{"Hashim Thaçi SPOKE_WITH Aleksandar Vučić"}},
	{"a name after 'a' modifies an -ing noun", "Benjamin Netanyahu told a Likud meeting that Iran would pay.", nil},
	// a possessive pronoun before a noun of succession or rivalry names
	// another (othernoun), unless the name follows in apposition
	{"her predecessor is not her", "Dina Boluarte rebuked Andres Manuel Lopez Obrador for voicing his support for her overthrown predecessor.", []string{"Dina Boluarte ACCUSED Andrés Manuel López Obrador"}},
	{"its ally, named in apposition", "Russia is helping its ally, Syrian President Bashar al-Assad, retake Idlib.", []string{"Russia SUPPORTED Bashar al-Assad"}},
	{"the militants are no regional government", "John Kerry met Massoud Barzani, the president of the Kurdistan Regional Government, in Erbil. Kerry thanked the Kurdish leader for helping battle the militants.", []string{"John Kerry SPOKE_WITH Massoud Barzani"}},
	{"the two countries are no two groups with no state", "Niger's army fought Islamic State and al-Qaeda fighters near the border. A spokesman said the military agreement between the two countries was illegal.", []string{"Niger ATTACKED Islamic State", "Niger ATTACKED al-Qaeda", "Islamic State ATTACKED Niger", "al-Qaeda ATTACKED Niger"}},
	{"the downing of X names its victim, not the one condemned", "The UN condemned the downing of a Malaysian passenger plane.", nil},
	{"those responsible for an act are its unnamed agent", "Russia vetoed a resolution to try those responsible for shooting down the Malaysian airliner.", nil},
	{"the one named responsible did the act", "Israel said Hamas was responsible for firing rockets at Tel Aviv.", []string{"Hamas ATTACKED Israel", "Israel ACCUSED Hamas"}},
	{"a headline's infinitive is a plan", "Indonesia to summon Chinese envoy after boat clash\n\nThe ministry spoke on Monday.", nil},
	{"a headline's verb is done", "Indonesia summons Chinese envoy after boat clash\n\nThe ministry spoke on Monday.", []string{"Indonesia ACCUSED China", "Indonesia SPOKE_WITH China"}},
	{"an obligation is no meeting", "Park Geun-hye said South Korea should meet with North Korea.", nil},
	{"an act one is told to stop goes on", "Russia should stop attacking Ukraine, Biden said.", []string{"Joe Biden URGED Russia", "Russia ATTACKED Ukraine"}},
	{"a phrasal trigger in a headline's present", "Israel, Hezbollah trade blows as fears of war grow\n\nThe army spoke on Monday.", []string{"Israel ATTACKED Hezbollah", "Hezbollah ATTACKED Israel"}},
	{"a phrasal trigger in the progressive", "Armenia and Azerbaijan are trading artillery fire along the border.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia"}},
	{"shooting back at a target", "Hezbollah fighters shot back at Israeli troops near the border.", []string{"Hezbollah ATTACKED Israel"}},
	{"a force noun's by-agent after a possessed target", "Bangladesh condemned the shelling of its border posts by Myanmar.", []string{"Bangladesh ACCUSED Myanmar", "Myanmar ATTACKED Bangladesh"}},
	{"a force noun's by-agent after a possessive name", "The shelling of Israel's northern towns by Hezbollah went on for a week.", []string{"Hezbollah ATTACKED Israel"}},
	{"a fronted act with a relative pronoun", "Chavez sent troops to the border, a move that Washington condemned.", []string{"United States ACCUSED Hugo Chávez"}},
	{"a fronted act framed", "Chavez sent troops to the border, a move the White House called a mistake.", []string{"United States ACCUSED Hugo Chávez"}},
	{"support thrown behind a side", "Washington threw its support behind Guaido on Wednesday.", []string{"United States SUPPORTED Juan Guaidó"}},
	{"weight thrown behind a side", "Saudi Arabia threw its full weight behind the Yemeni government.", []string{"Saudi Arabia SUPPORTED Yemen"}},
	{"a pledge after a meeting threatens no one met", "Macron met Zelensky and pledged more weapons to Ukraine.", []string{"Emmanuel Macron SPOKE_WITH Volodymyr Zelensky", "Emmanuel Macron SUPPORTED Ukraine"}},
	{"a threat after a hostile act aims at its object", "ECOWAS imposed sanctions on Niger and threatened military action.", []string{"Economic Community of West African States WARNED Niger"}},
	{"a verb of increase is a light verb", "Xi deepened support for Russia during the visit.", []string{"Xi Jinping SUPPORTED Russia"}},
	{"a former union's demonym names a member, not the union", "Increasing U.S. pressure on the former Soviet republic, Powell said the vote was rigged.", nil},
	{"the one joined in an act does it too", "Jordan joined Egypt in condemning Israel on Sunday.", []string{"Jordan ACCUSED Israel", "Egypt ACCUSED Israel"}},
	{"the ones joined in a charge", "The United States joined Britain and Israel in blaming Iran for the drone attack.", []string{"United States ACCUSED Iran", "United Kingdom ACCUSED Iran", "Israel ACCUSED Iran"}},
	{"joining a body is no act", "Turkey joined NATO in 1952.", nil},
	{"a noun of giving, the thing given, and its recipient", "Iran's supply of drones to Russia has drawn new sanctions.", []string{"Iran SUPPORTED Russia"}},
	{"a noun of giving, its giver a demonym on the thing", "The transfer of North Korean shells to Russia worries Seoul.", []string{"North Korea SUPPORTED Russia"}},
	{"a noun of giving with nothing given", "The transfer of power to the junta was condemned by Nigeria.", nil},
	{"a subject past an apposition holding a relative clause", "Hezbollah, the Iran-backed group that controls southern Lebanon, fired rockets at Israel.", []string{"Hezbollah ATTACKED Israel"}},
	{"a subject past a grouped apposition holding a relative clause", "Hamas, the militant group that runs Gaza, accused Israel of stalling.", []string{"Hamas ACCUSED Israel"}},
	{"a subject past a participle's clause", "Erdogan, speaking in Ankara after meeting Zelensky, urged Russia to return to talks.", []string{"Recep Tayyip Erdogan SPOKE_WITH Volodymyr Zelensky", "Recep Tayyip Erdogan URGED Russia"}},
	{"an object's participle clause gives no subject", "Russia accused Ukraine, saying the drones, which came from the west, hit the plant.", []string{"Russia ACCUSED Ukraine"}},
	{"a condition before a subject set off by a clause", "If Erdogan, speaking in Ankara, urged Russia to stop, talks would resume.", nil},
	{"an inverted attribution closing an unquoted sentence", "Israel must halt the offensive, said Macron.", []string{"Emmanuel Macron URGED Israel"}},
	{"an inverted attribution with an apposition", "Russia is to blame for the war, said Zelensky, the Ukrainian president.", []string{"Volodymyr Zelensky ACCUSED Russia"}},
	{"a gapped second object past a place", "Israel struck Hezbollah in Lebanon and Hamas in Gaza on Sunday.", []string{"Israel ATTACKED Hezbollah", "Israel ATTACKED Hamas"}},
	{"a gapped second object past an infinitive", "The US urged Israel to allow aid and Hamas to free hostages.", []string{"United States URGED Israel", "United States URGED Hamas"}},
	{"a gapped second object after then", "Wang Yi met Lavrov and then Blinken.", []string{"Wang Yi SPOKE_WITH Sergei Lavrov", "Wang Yi SPOKE_WITH Antony Blinken"}},
	{"a second clause is no gapped object", "Israel struck Hezbollah in Lebanon and Hamas fired rockets in response.", []string{"Israel ATTACKED Hezbollah"}},
	{"help sought of its owner", "Nepal sought the Indian government's cooperation in moving supplies.", []string{"Nepal URGED India"}},
	{"what is sought of no one, from its giver", "Turkey sought Gulen's extradition from the United States.", []string{"Turkey URGED United States"}},
	{"a trip set off after the subject", "Antony Blinken, on a visit to Beijing, urged China to curb exports.", []string{"Antony Blinken SPOKE_WITH China", "Antony Blinken URGED China"}},
	{"a trip told with on", "Emmanuel Macron made the remarks on a trip to China.", []string{"Emmanuel Macron SPOKE_WITH China"}},
	{"an -s form after to is a noun", "The EU called for a halt to attacks on Ukraine.", nil},
	{"an appeal to end force goes to its agent, not the one hit", "The EU called for an immediate halt to Russian attacks on Ukraine.", []string{"European Union URGED Russia", "Russia ATTACKED Ukraine"}},
	{"munitions dropped on a place", "Russia dropped glide bombs on Kharkiv overnight.", []string{"Russia ATTACKED Ukraine"}},
	{"leaflets dropped are no force", "Israeli jets dropped leaflets on Lebanon.", nil},
	{"restraint urged from the ones asked", "Japan urged restraint from both China and the Philippines.", []string{"Japan URGED China", "Japan URGED Philippines"}},
	{"the place a withdrawal leaves is no one asked", "The UN called for the withdrawal of all foreign forces from Libya.", nil},
	{"a wire slug before a headline", "UPDATE 1-Russia pounds Ukraine with drones\n\nThe army spoke on Monday.", []string{"Russia ATTACKED Ukraine"}},
	{"a story-type slug before a headline", "EXCLUSIVE-Iran warns Israel over strikes\n\nThe army spoke on Monday.", []string{"Iran WARNED Israel"}},
	{"it, an act condemned before, charges the act's agent", "Britain condemned Iran's attack on Israel. Germany also condemned it.", []string{"United Kingdom ACCUSED Iran", "Iran ATTACKED Israel", "Germany ACCUSED Iran"}},
	{"them, acts framed, charges their agent", "Israel struck Hezbollah positions in Lebanon. Egypt condemned the strikes, while Turkey called them illegal.", []string{"Israel ATTACKED Hezbollah", "Egypt ACCUSED Israel", "Turkey ACCUSED Israel"}},
	{"it with no act before is the actor", "Iran is a threat. Germany condemned it.", []string{"Germany ACCUSED Iran"}},
	{"a verb pro-form carries the act before over", "France urged Israel to halt its offensive. Germany did too.", []string{"France URGED Israel", "Germany URGED Israel"}},
	{"so did X", "France urged Israel to halt its offensive. So did Germany.", []string{"France URGED Israel", "Germany URGED Israel"}},
	{"a similar appeal", "Egypt called on Israel to allow aid into Gaza. Jordan made a similar appeal.", []string{"Egypt URGED Israel", "Jordan URGED Israel"}},
	{"joining the call is an appeal, not a phone call", "Poland urged NATO to send troops. Latvia and Lithuania joined the call.", []string{"Poland URGED North Atlantic Treaty Organization", "Latvia URGED North Atlantic Treaty Organization", "Lithuania URGED North Atlantic Treaty Organization"}},
	{"the charge carried over, not the act inside it", "France accused Russia of attacking Ukraine. Germany did too.", []string{"France ACCUSED Russia", "Russia ATTACKED Ukraine", "Germany ACCUSED Russia"}},
	{"a pro-form after a clause of no act carries nothing", "Poland urged NATO to act. Kabila has signalled his accord and so has Kagame.", []string{"Poland URGED North Atlantic Treaty Organization"}},
	{"a negated pro-form carries nothing", "France urged Israel to halt its offensive. Germany did not do the same.", []string{"France URGED Israel"}},
	{"a definite act as a passive's subject", "Russia struck a hospital in Kyiv. The attack was condemned by France.", []string{"Russia ATTACKED Ukraine", "France ACCUSED Russia"}},
	{"a definite act drawing criticism", "Russia struck a hospital in Kyiv. The attack drew criticism from France.", []string{"Russia ATTACKED Ukraine", "France ACCUSED Russia"}},
	{"the world body, the UN's epithet", "The UN General Assembly met on Tuesday. The world body condemned Russia.", []string{"United Nations ACCUSED Russia"}},
	{"a bare counterpart in a readout is the other one met", "Biden spoke with Netanyahu on Monday. He pressed his counterpart to allow more aid.", []string{"Joe Biden SPOKE_WITH Benjamin Netanyahu", "Joe Biden URGED Benjamin Netanyahu"}},
	{"a passive accusation's by-agent is no agent of the act charged", "Iran was accused by the United States of supplying drones to Russia.", []string{"United States ACCUSED Iran", "Iran SUPPORTED Russia"}},
	{"a passive of force on what a state owns", "Iran's nuclear sites were bombed by the United States on Sunday.", []string{"United States ATTACKED Iran"}},
	{"a passive of force on a city", "Kharkiv was hit by Russian missiles on Saturday.", []string{"Russia ATTACKED Ukraine"}},
	{"a passive of force by a means and its agent", "Israeli towns were hit by rockets fired by Hezbollah.", []string{"Hezbollah ATTACKED Israel"}},
	{"a warning given to its target", "Trump gave Hamas a final warning.", []string{"Donald Trump WARNED Hamas"}},
	{"an ultimatum handed to its target", "The United States handed Iran an ultimatum.", []string{"United States WARNED Iran"}},
	{"a warning system is a thing", "The US gave Ukraine a warning system.", nil},
	{"accusations levelled against a party", "Pakistan levelled fresh accusations against India.", []string{"Pakistan ACCUSED India"}},
	{"criticism levelled at a party", "Iran levelled sharp criticism at Saudi Arabia.", []string{"Iran ACCUSED Saudi Arabia"}},
	{"the latter of a pair", "Azerbaijan and Armenia traded fire on Tuesday. The latter accused Baku of shelling its villages.", []string{"Azerbaijan ATTACKED Armenia", "Armenia ATTACKED Azerbaijan", "Armenia ACCUSED Azerbaijan"}},
	{"the former of a pair", "China and Russia held joint naval drills on Monday. The former also warned Japan against interfering.", []string{"China WARNED Japan"}},
	{"the former president is no member of a pair", "China and Russia held drills. The former president urged Israel to stop.", nil},
	{"a claim of responsibility names the agent of force told before", "A suicide bomber killed 12 soldiers at a checkpoint in northwest Pakistan on Tuesday. The Pakistani Taliban claimed responsibility.", []string{"Tehrik-i-Taliban Pakistan ATTACKED Pakistan"}},
	{"a claim for the strike on what a state owns", "A drone hit a Russian oil depot in Belgorod. Ukraine claimed responsibility for the strike.", []string{"Ukraine ATTACKED Russia"}},
	{"a denial of responsibility names no agent", "Gunmen attacked a US base in Iraq. Iran denied responsibility.", nil},
	{"a meeting of two named after of", "A meeting of Lavrov and Blinken in Geneva lasted 90 minutes.", []string{"Sergei Lavrov SPOKE_WITH Antony Blinken"}},
	{"a meeting of one body's ministers names no pair", "A meeting of NATO foreign ministers condemned Russia.", nil},
	{"a finite verb after a name in a clause a preposition opens", "Stocks slide after Iran attacks Israel\n\nThe army spoke on Monday.", []string{"Iran ATTACKED Israel"}},
	{"a plural noun after a name before its target preposition", "Markets fell after Hamas attacks on Israel.", []string{"Hamas ATTACKED Israel"}},
	{"a definite act with its agent named is done under a negated verb", "Neither Russia nor China condemned the attack by Hamas on Israel.", []string{"Hamas ATTACKED Israel"}},
	{"an indefinite act threatened is not done", "Iran threatened an attack by its proxies on Israel.", []string{"Iran WARNED Israel"}},
	// the review's cases of the twentieth round: each fired before its mend
	{"credit claimed for no act names no attacker", "A drone hit a Russian oil depot. Trump took credit for the ceasefire.", nil},
	{"a claim not yet made names no attacker", "A drone hit a Russian oil depot. Hamas has yet to claim responsibility.", nil},
	{"a verb after the second conjunct's adjunct opens a clause", "Israel struck Hezbollah in Lebanon and Iran on Sunday vowed revenge.", []string{"Israel ATTACKED Hezbollah"}},
	{"a by-agent in a passive's subject is no owner unless it holds", "Talks hosted by Qatar were attacked by Israel.", nil},
	{"the latter of a pair in its own sentence", "Russia and Ukraine fought. Azerbaijan and Armenia traded fire, and the latter accused Baku of shelling.", []string{"Russia ATTACKED Ukraine", "Ukraine ATTACKED Russia", "Azerbaijan ATTACKED Armenia", "Armenia ATTACKED Azerbaijan", "Armenia ACCUSED Azerbaijan"}},
	{"the former ally is no member of a pair", "China and Russia held drills. The former ally of Moscow urged Japan to stop.", nil},
	{"a similar call with its own target carries nothing over", "Egypt called on Israel to allow aid. Jordan made a similar call to Hamas.", []string{"Egypt URGED Israel", "Jordan URGED Hamas"}},
	// the twenty-first round
	{"two transitive verbs of different relations share the object", "Iran condemned and warned Israel after the strike.", []string{"Iran ACCUSED Israel", "Iran WARNED Israel"}},
	{"two present verbs share the object", "China criticises and warns the Philippines.", []string{"China ACCUSED Philippines", "China WARNED Philippines"}},
	{"a verb of contact shares the object of an appeal", "Turkey met and urged Hamas to release the hostages.", []string{"Turkey SPOKE_WITH Hamas", "Turkey URGED Hamas"}},
	{"two verbs with no object share nothing", "Iran condemned and warned of a response.", nil},
	{"it in a second conjunct is the first one's object, not its adjunct's", "China backed Russia at the UN but urged it to avoid escalation.", []string{"China SUPPORTED Russia", "China URGED Russia"}},
	{"them in a second conjunct is the first one's object", "Qatar hosted Hamas leaders and urged them to accept the deal.", []string{"Qatar SPOKE_WITH Hamas", "Qatar URGED Hamas"}},
	{"them after a definite object in a second conjunct", "Israel struck the Houthis in Yemen and warned them against new attacks.", []string{"Israel ATTACKED Houthis", "Israel WARNED Houthis"}},
	{"them with no object in the first conjunct is no one", "Qatar spoke on Monday and urged them to accept the deal.", nil},
	{"troops that would be legitimate targets are threatened", "Russia said any NATO troops in Ukraine would be legitimate targets.", []string{"Russia WARNED North Atlantic Treaty Organization"}},
	{"bases that would become legitimate targets are threatened", "Iran said US bases in the region would become legitimate targets.", []string{"Iran WARNED United States"}},
	{"a legal opinion on targets is no threat", "Experts said the bridges were legitimate targets under the law.", nil},
	{"a capital after in is a place, no body for the bloc", "Mark Rutte spoke in Brussels. The alliance accused Russia of sabotage.", nil},
	{"a titled person's body is named for a later description", "NATO chief Mark Rutte spoke in Brussels. The alliance accused Russia of sabotage.", []string{"North Atlantic Treaty Organization ACCUSED Russia"}},
	{"a state's description is not a state its sentence names after it", "Chinese warships surrounded Taiwan on Monday. The country accused Beijing of provocation.", []string{"Taiwan ACCUSED China"}},
	{"a description of an island state", "Chinese warships surrounded Taiwan on Monday. The island's defence ministry accused Beijing of provocation.", []string{"Taiwan ACCUSED China"}},
	{"the side struck names its attacker: a charge", "Volodymyr Zelensky said Russian missiles hit a hospital in Kyiv.", []string{"Russia ATTACKED Ukraine", "Volodymyr Zelensky ACCUSED Russia"}},
	{"a closing attribution of the side struck", "Russian missiles hit a hospital in Kyiv, Zelensky said.", []string{"Russia ATTACKED Ukraine", "Volodymyr Zelensky ACCUSED Russia"}},
	{"a state names who struck its forces", "The Pentagon said the Houthis carried out the missile strike on a US destroyer.", []string{"Houthis ATTACKED United States", "United States ACCUSED Houthis"}},
	{"according to the side struck", "According to Israel, the rockets that hit Haifa were fired by Hezbollah.", []string{"Hezbollah ATTACKED Israel", "Israel ACCUSED Hezbollah"}},
	{"according to the side struck, closing the sentence", "Hezbollah fired rockets at Haifa, according to Israeli officials.", []string{"Hezbollah ATTACKED Israel", "Israel ACCUSED Hezbollah"}},
	{"according to a source of the toll, not of the act", "Hamas fired rockets at Israel, killing three people, according to Israel.", []string{"Hamas ATTACKED Israel"}},
	{"a side that tells of its own strikes charges no one", "Russia said its forces struck Ukrainian positions.", []string{"Russia ATTACKED Ukraine"}},
	{"a third party's report is no charge", "The UN said Russian missiles hit a hospital in Kyiv.", []string{"Russia ATTACKED Ukraine"}},
	{"a state's report of strikes on an armed group is no charge", "Congo said Ugandan jets bombed ADF camps in Ituri.", []string{"Uganda ATTACKED Allied Democratic Forces"}},
	{"an appeal to end an act told before goes to its agent", "Russian forces shelled Kharkiv. Olaf Scholz demanded an end to the shelling.", []string{"Russia ATTACKED Ukraine", "Olaf Scholz URGED Russia"}},
	{"an appeal to halt a bombardment told before", "Russian forces kept pounding the Ukrainian town of Avdiivka. Olaf Scholz called for an end to the bombardment.", []string{"Russia ATTACKED Ukraine", "Olaf Scholz URGED Russia"}},
	{"an appeal to end a war with no agent told names no one", "Olaf Scholz called for an end to the war.", nil},
	{"what is given as a compound's first word before a noun of giving", "Iran's drone deliveries to Russia continued.", []string{"Iran SUPPORTED Russia"}},
	{"artillery shipments as a compound", "North Korea's artillery shipments to Russia grew.", []string{"North Korea SUPPORTED Russia"}},
	{"a transfer of no help with a compound", "The power transfer to the army was delayed.", nil},
	{"a state of mind is about the act the clause after it tells", "Japan voiced concern after North Korea tested a new long-range missile.", []string{"Japan ACCUSED North Korea"}},
	{"concern after a meeting names no cause", "Japan voiced concern after talks with China.", []string{"Japan SPOKE_WITH China"}},
	{"concern after one's own troops acted charges no one", "Japan voiced concern after Japanese troops left Iraq.", nil},
	{"a named attacker before the noun of force after under", "An Israeli patrol came under Hezbollah fire near the border.", []string{"Hezbollah ATTACKED Israel"}},
	{"a possessor before the noun of force after under", "Israeli troops came under Hezbollah's fire.", []string{"Hezbollah ATTACKED Israel"}},
	{"under a named actor's control is no force", "Israeli troops came under Hezbollah control.", nil},
	{"a truce agreed and mediated by a named agent", "Israel and Hamas agreed a truce mediated by Egypt.", []string{"Israel SPOKE_WITH Hamas", "Egypt SPOKE_WITH Israel", "Egypt SPOKE_WITH Hamas"}},
	{"with the mediation of M names mediators, no partners", "Israel and Hamas reached a truce with the mediation of Egypt and Qatar.", []string{"Israel SPOKE_WITH Hamas", "Egypt SPOKE_WITH Israel", "Egypt SPOKE_WITH Hamas", "Qatar SPOKE_WITH Israel", "Qatar SPOKE_WITH Hamas"}},
	{"through a demonym's mediation", "Israel and Hamas reached a deal through Egyptian mediation.", []string{"Israel SPOKE_WITH Hamas", "Egypt SPOKE_WITH Israel", "Egypt SPOKE_WITH Hamas"}},
	{"a partner before the mediation", "Israel reached a truce with Hamas with Qatari mediation.", []string{"Israel SPOKE_WITH Hamas"}},
	{"an offer to mediate is no mediation", "Turkey offered to mediate between Russia and Ukraine.", nil},
	// the review's cases of the twenty-first round: each fired before its mend
	{"an echo takes the act of the first source, not the outlet", "According to Reuters, France urged Israel to halt its offensive. Germany did too.", []string{"France URGED Israel", "Germany URGED Israel"}},
	{"an echo takes the act of the first source, not the speaker", "Macron said France urged Israel to halt its offensive. Germany did too.", []string{"France URGED Israel", "Germany URGED Israel"}},
	{"a by-agent after a noun of giving beats a demonym on the thing given", "Russia condemned the supply of American weapons to Ukraine by Britain.", []string{"Russia ACCUSED United Kingdom", "United Kingdom SUPPORTED Ukraine"}},
	{"a definite act in a condition is not presupposed", "If the strike by Israel on Iran goes ahead, Russia will respond.", nil},
	{"a definite act under a negation of its own clause is not presupposed", "China said it would not welcome the visit by Modi to Beijing.", nil},
	{"a second place of the adjunct is no gapped object", "Israel struck Hezbollah in Lebanon and Syria.", []string{"Israel ATTACKED Hezbollah"}},
	{"the former before an adjective and its noun is no member of a pair", "Russia and Ukraine signed a deal. The former jailed opposition leader condemned Iran.", []string{"Russia SPOKE_WITH Ukraine"}},
	{"an echo not yet made carries nothing over", "France urged Israel to halt its offensive. Germany has yet to follow suit.", []string{"France URGED Israel"}},
	{"a charge not yet made", "Germany has yet to condemn Russia.", nil},
	{"a claim not yet made names no one to charge", "A bomb exploded in Kabul. The Taliban have yet to claim responsibility. Pakistan condemned the attack.", nil},
	{"a habitual claim names no attacker of the act told", "A suicide bomber killed 12 soldiers in northwest Pakistan. Officials said the Pakistani Taliban often claimed responsibility for such attacks.", nil},
	{"a claim for acts of a kind names no attacker", "A suicide bomber killed 12 soldiers in northwest Pakistan. The Pakistani Taliban have claimed responsibility for such attacks before.", nil},
	{"the former before a noun ending in -ed is no member of a pair", "Russia and Ukraine signed a deal. The former speed skater criticised Iran.", []string{"Russia SPOKE_WITH Ukraine"}},
	{"the world body is the UN whatever body was named", "ASEAN met on Monday. The world body condemned Russia.", []string{"United Nations ACCUSED Russia"}},
	{"the one joined lends only the joiner's act", "Jordan joined Egypt in condemning Israel, while Iran was condemning Saudi Arabia.", []string{"Jordan ACCUSED Israel", "Egypt ACCUSED Israel", "Iran ACCUSED Saudi Arabia"}},
	{"a pro-form carries over the sentence right before only", "France urged Israel to stop. Iran said the talks would go on. Germany did too.", []string{"France URGED Israel"}},
	{"joining a war is no act carried over", "Russia invaded Ukraine. Belarus joined the war.", []string{"Russia ATTACKED Ukraine"}},
	{"a quotation left open at a paragraph's end goes on in the next", "\"Russia must halt its strikes on Ukraine's power plants.\n\n\"Winter is coming,\" Kallas said.", []string{"Russia ATTACKED Ukraine", "Kaja Kallas URGED Russia"}},
	{"a quotation closed in its paragraph is no continued one", "\"Russia must halt its strikes on Ukraine's power plants,\" a diplomat said.\n\n\"Winter is coming,\" Kallas said.", []string{"Russia ATTACKED Ukraine"}},
	{"a sentence-case headline is left alone", "Erdogan urges Putin to halt Idlib offensive\n\nThe talks went on.", []string{"Recep Tayyip Erdogan URGED Vladimir Putin"}},
}

func TestNewsStyle(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range newsCases {
		t.Run(c.rule, func(t *testing.T) {
			got := edgeStrings(x.Extract(graph.Article{Doc: "case.txt", Text: c.text}))
			want := norm(c.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, want)
			}
		})
	}
}

// officialCases are persons the dictionary does not know, with the country
// the context gives them.
var officialCases = []struct {
	rule, text, name, country string
}{
	{"locative", "Defence Minister Koo Ming-dao told lawmakers in Taipei that drills had grown.", "Koo Ming-dao", "Taiwan"},
	{"possessor state", "Spokesperson Dana Ellis said Washington's commitment to Manila was firm.", "Dana Ellis", "United States"},
	{"dateline", "SEOUL (Reuters) - Unification Minister Park Ji-hoon said talks were possible.", "Park Ji-hoon", "South Korea"},
	{"main state", "Kenya's parliament met on Tuesday. Kenyan lawmakers debated the budget. Treasury Secretary John Mbadi said the deficit would fall.", "John Mbadi", "Kenya"},
	{"preceding clause", "JAKARTA (Reuters) - Malaysia urged calm on Sunday. Prime Minister Razak Hamid said talks would resume.", "Razak Hamid", "Malaysia"},
	{"appositive with affiliation", "Ana Ruiz, Chile's foreign minister, said the deal was fair.", "Ana Ruiz", "Chile"},
	{"appositive from context", "South Korea faced a crisis. Hwang Min-jun, the trade minister who became acting premier, said calm had returned.", "Hwang Min-jun", "South Korea"},
	{"demonym ministry spokesperson", "Chinese Foreign Ministry spokesperson Lin Ruo said the visit was a provocation.", "Lin Ruo", "China"},
	{"particles", "Foreign Minister Faisal bin Omar al-Harbi of Saudi Arabia arrived in Cairo.", "Faisal bin Omar al-Harbi", "Saudi Arabia"},
	{"honorific", "Qatar's prime minister, Sheikh Hamad bin Nasser Al Thani, met envoys.", "Hamad bin Nasser Al Thani", "Qatar"},
	{"van der", "Dutch Defence Minister Joris van der Berg visited Kyiv.", "Joris van der Berg", "Netherlands"},
}

func TestOfficialsCountry(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range officialCases {
		t.Run(c.rule, func(t *testing.T) {
			ar := x.newArticle(graph.Article{Doc: "case.txt", Text: c.text})
			ar.extract()
			var got []string
			for _, p := range ar.persons {
				got = append(got, p.actor.Name+" / "+p.actor.Country)
				if p.actor.Name == c.name {
					if p.actor.Country != c.country {
						t.Errorf("%s: country %q, want %q", c.text, p.actor.Country, c.country)
					}
					return
				}
			}
			t.Errorf("%s: no person %q; persons: %q", c.text, c.name, got)
		})
	}
}

// TestTimeOpeningAnInfinitive: a sentence whose words before "to" are all
// a time ("Last week to ...") reads with no fault (review: the modality of
// coordinated infinitives indexed the token before the time).
func TestTimeOpeningAnInfinitive(t *testing.T) {
	var fault error
	x, err := New(WithFaults(func(_ string, err error) { fault = err }))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"Last week to meet Putin and attack Ukraine.", "This week to talk and attack Israel.", "On Monday to Baku denounced Armenia."} {
		x.Extract(graph.Article{Doc: "case.txt", Text: text})
		if fault != nil {
			t.Fatalf("%q: %v", text, fault)
		}
	}
}

// TestWireSlug: the slugs a wire service sets before a headline, and
// openings that only look like one.
func TestWireSlug(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want int
	}{
		{"UPDATE 1-Russia pounds Ukraine", len("UPDATE 1-")},
		{"EXCLUSIVE-Iran warns Israel", len("EXCLUSIVE-")},
		{"  Factbox-What we know", len("  Factbox-")},
		{"UPDATE 1 - Russia pounds Ukraine", 0}, // spaced: a dash the tokenizer reads
		{"NATO-Russia council meets", 0},
		{"Israel-Hamas war: talks resume", 0},
		{"update-the text", 0},
		{"UPDATE", 0},
		{"UPDATE-", 0},
		{"Feature-length film shows Russia attacked Ukraine", 0},
		{"Poll-tax riots: ministers meet", 0},
	} {
		if got := wireSlug(x.lex, c.text); got != c.want {
			t.Errorf("%q: %d, want %d", c.text, got, c.want)
		}
	}
}

// TestCarriedOverInWindows: a pro-form in a window of a long article
// reads the sentence before by its index, never past the window's own
// sentences (the review of the round: ar.sents is the window's).
func TestCarriedOverInWindows(t *testing.T) {
	var fault error
	x, err := New(WithWindow(300), WithFaults(func(_ string, err error) { fault = err }))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("France urged Israel to halt its offensive on Monday. Germany did too. ", 40)
	es := x.Extract(graph.Article{Doc: "long.txt", Text: text})
	if fault != nil {
		t.Fatal(fault)
	}
	found := false
	for _, e := range es {
		found = found || e.Source.Name == "Germany" && e.Relation == graph.Urged
	}
	if !found {
		t.Errorf("no Germany URGED Israel in %d edges", len(es))
	}
}
