package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// lexicalCases cover the second walk of the trigger inventory
// (triggers.tsv, "Issue 10, second walk"): one sentence of our own for each
// new trigger class, and sentences that must stay without an edge.
var lexicalCases = []ruleCase{
	// CAMEO 10 demand, 02 appeal
	{"lobbied", "Paris lobbied Berlin to drop the tariffs.", []string{"France URGED Germany"}},
	{"nudged", "Tokyo nudged Manila toward a deal.", []string{"Japan URGED Philippines"}},
	{"sought help from", "Kyiv sought air defence systems from Berlin.", []string{"Ukraine URGED Germany"}},
	{"sought to is no appeal", "Kyiv sought to reassure its neighbours.", nil},
	{"demands on", "Washington's demands on Tehran hardened this week.", []string{"United States URGED Iran"}},
	{"request to", "Lebanon's request to Cyprus went unanswered.", []string{"Lebanon URGED Cyprus"}},
	{"pressure on", "French pressure on Israel mounted over the aid convoys.", []string{"France URGED Israel"}},
	// CAMEO 04 consult
	{"shook hands", "Modi shook hands with Xi Jinping at the summit.", []string{"Narendra Modi SPOKE_WITH Xi Jinping"}},
	{"dined with", "Erdogan dined with Putin in Sochi.", []string{"Recep Tayyip Erdogan SPOKE_WITH Vladimir Putin"}},
	{"exchanged views", "Brazil exchanged views with Argentina on the crisis.", []string{"Brazil SPOKE_WITH Argentina"}},
	{"greeted", "Xi Jinping greeted Lula at the Great Hall.", []string{"Xi Jinping SPOKE_WITH Luiz Inácio Lula da Silva"}},
	{"wrote to", "Zelensky wrote to Guterres on Friday.", []string{"Volodymyr Zelensky SPOKE_WITH António Guterres"}},
	{"audience with", "Orban had an audience with Erdogan in Ankara.", []string{"Viktor Orbán SPOKE_WITH Recep Tayyip Erdogan"}},
	{"videoconference", "Germany held a videoconference with Poland on Monday.", []string{"Germany SPOKE_WITH Poland"}},
	// CAMEO 05 praise, 07 aid
	{"praise for", "Russia's praise for Iran drew criticism in Europe.", []string{"Russia SUPPORTED Iran"}},
	{"gratitude to", "Armenia expressed gratitude to France for its help.", []string{"Armenia SUPPORTED France"}},
	{"propped up", "Moscow propped up the government in Damascus for a decade.", []string{"Russia SUPPORTED Syria"}},
	{"shielded", "Beijing shielded Pyongyang from new sanctions.", []string{"China SUPPORTED North Korea"}},
	{"rallied behind", "The European Union rallied behind Denmark.", []string{"European Union SUPPORTED Denmark"}},
	{"came to the aid of", "Chad came to the aid of Niger.", []string{"Chad SUPPORTED Niger"}},
	// CAMEO 11 disapprove
	{"objected to", "Hungary objected to Ukraine's demands.", []string{"Hungary ACCUSED Ukraine"}},
	{"frustration with", "Ankara voiced frustration with Washington over the jets.", []string{"Turkey ACCUSED United States"}},
	{"disappointment over", "Seoul expressed disappointment over Tokyo's decision.", []string{"South Korea ACCUSED Japan"}},
	{"critical of", "Oslo has been sharply critical of Moscow.", []string{"Norway ACCUSED Russia"}},
	{"concerned about", "Egypt is deeply concerned about Ethiopia's dam.", []string{"Egypt ACCUSED Ethiopia"}},
	{"mocked", "Maduro mocked Milei on state television.", []string{"Nicolás Maduro ACCUSED Javier Milei"}},
	// CAMEO 18-19 assault, fight
	{"sank", "Ukraine sank a Russian landing ship.", []string{"Ukraine ATTACKED Russia"}},
	{"lobbed", "Hezbollah lobbed rockets at Israel overnight.", []string{"Hezbollah ATTACKED Israel"}},
	{"barrage", "A Russian missile barrage on Ukraine knocked out power.", []string{"Russia ATTACKED Ukraine"}},
	{"military operation in", "Turkey's military operation in Syria entered its second week.", []string{"Turkey ATTACKED Syria"}},
	{"occupation of", "Azerbaijan's occupation of Armenian villages angered Yerevan.", []string{"Azerbaijan ATTACKED Armenia"}},
	{"waged war on", "Russia waged war on Georgia in 2008.", []string{"Russia ATTACKED Georgia"}},
	// CAMEO 12 reject, read only for an actor's charge (rebuttal.go)
	{"rebuttal plain", "Cairo dismissed Jerusalem's allegations on Monday.", []string{"Israel ACCUSED Egypt"}},
	{"rebuttal judged", "Ankara rejected Athens's accusations as baseless.", []string{"Greece ACCUSED Turkey", "Turkey ACCUSED Greece"}},
	{"rebuttal objections", "Baku rejected Moscow's objections regarding the raid.", []string{"Russia ACCUSED Azerbaijan"}},
	{"rebuttal as-phrase first", "Beijing dismissed as groundless Kyiv's allegation.", []string{"Ukraine ACCUSED China", "China ACCUSED Ukraine"}},
	{"rebuttal by-agent", "Tehran rejected the accusations by Washington.", []string{"United States ACCUSED Iran"}},
	{"rebuttal territorial claim", "Manila rejected Beijing's claims to the shoal as unlawful.", []string{"Philippines ACCUSED China"}},
	{"rebuttal no claimant", "Iran denied the allegations.", nil},
	{"rebuttal negated", "Russia did not reject Kyiv's charges.", nil},
	{"rebuttal of a proposal is none", "Israel rejected Egypt's proposal.", nil},
	// threats told by their consequence (cues threat, threatnoun)
	{"threat will regret", "Moldova will regret hosting the troops, Moscow said.", []string{"Russia WARNED Moldova"}},
	{"threat face a response", "Azerbaijan would face a decisive response, Yerevan said.", []string{"Armenia WARNED Azerbaijan"}},
	{"threat response not faced", "The plan met a lukewarm response in Congress.", nil},
	{"threat regret negated", "Hungary would not regret it, Orban said.", nil},
	// a speaker's "I want to" before a verb of speech performs the act
	{"performative want to repeat", "\"I want to repeat our urgent call to Serbia to calm the north,\" Kurti said.", []string{"Albin Kurti URGED Serbia", "Kosovo URGED Serbia"}},
	{"performative would like to stress", "\"We would like to stress our support for Moldova,\" Macron said.", []string{"France SUPPORTED Moldova"}},
	{"want to act is a plan", "\"We want to strike Hamas again,\" Gallant said.", nil},
	{"destroyed", "Israeli jets destroyed Iran's air defences.", []string{"Israel ATTACKED Iran"}},
	{"destroyed no actor", "The storm destroyed the Iranian embassy.", nil},
	// support told as a circumstance (backing.go)
	{"with demonym support", "Syria shelled Idlib with Russian support.", []string{"Russia SUPPORTED Syria"}},
	{"with possessive backing", "The Sudanese army advanced on Omdurman with Egypt's backing.", []string{"Egypt SUPPORTED Sudanese Armed Forces"}},
	{"with support inside a charge", "Ankara accuses the Syrian government of bombing Idlib with Russian support.", []string{"Turkey ACCUSED Syria", "Russia SUPPORTED Syria"}},
	{"on the side of", "Eritrea intervened in the war on the side of Ethiopia.", []string{"Eritrea SUPPORTED Ethiopia"}},
	{"with support negated", "Syria did not attack with Russian support.", nil},
	{"with support future", "Iran would strike Israel with Russian help.", nil},
	// passives of praise and defence; gifts told in the passive are no help
	{"passive praised", "Ghana was praised by the African Union.", []string{"African Union SUPPORTED Ghana"}},
	{"passive defended", "Venezuela was defended by Cuba at the assembly.", []string{"Cuba SUPPORTED Venezuela"}},
	{"passive sent by is no support", "None of the drones sent by Tehran reached Israel.", nil},
	// a meeting told as the setting of the act (contacts.go)
	{"setting phone call", "Scholz said in a phone call with Erdogan that the talks must resume.", []string{"Olaf Scholz SPOKE_WITH Recep Tayyip Erdogan"}},
	{"setting after a meeting", "Blinken condemned the raid after a meeting with Netanyahu.", []string{"Antony Blinken SPOKE_WITH Benjamin Netanyahu"}},
	{"setting planned", "Scholz will raise it at a meeting with Biden.", nil},
	// a body told by its leader (led.go)
	{"led coalition verb", "The Saudi-led coalition bombed Yemen again.", []string{"Saudi Arabia ATTACKED Yemen"}},
	{"led coalition possessive noun", "The US-led coalition's air strikes on Syria resumed.", []string{"United States ATTACKED Syria"}},
	{"led compound noun", "A French-led offensive against the Islamic State began.", []string{"France ATTACKED Islamic State"}},
	{"led future", "The Saudi-led coalition will strike Yemen.", nil},
	{"backed stays a descriptor", "The Iran-backed militia shelled the base.", nil},
	// blame told with no trigger verb (charges.go)
	{"responsibility lies with", "Ruto warned that responsibility for the crisis lies squarely with the Somali government.", []string{"William Ruto ACCUSED Somalia"}},
	{"blame rests with", "Manila said the blame rests with Beijing.", []string{"Philippines ACCUSED China"}},
	{"bears full responsibility", "Kyiv said Moscow bears full responsibility for the blackout.", []string{"Ukraine ACCUSED Russia"}},
	{"has been responsible, speaker after", "Israel has been responsible for the blast, Hezbollah leader Hassan Nasrallah said.", []string{"Hassan Nasrallah ACCUSED Israel"}},
	{"would bear is a threat", "Iran would bear full responsibility for any escalation, the US said.", []string{"United States WARNED Iran"}},
	{"responsibility negated", "Seoul said the responsibility does not lie with Tokyo.", nil},
	// an act told as a warning (contacts.go, settingWarnings)
	{"in a warning to", "Pyongyang fired two missiles in a warning to Tokyo.", []string{"North Korea WARNED Japan"}},
	{"as a deterrent against", "Beijing staged drills as a stern deterrent against Taipei.", []string{"China WARNED Taiwan"}},
	{"warning planned", "Russia may hold drills as a warning to Finland.", nil},
	{"hit back at", "Petro hit back at Trump on Friday.", []string{"Gustavo Petro ACCUSED Donald Trump"}},
	// force told from the side attacked (underfire.go)
	{"came under fire from", "The Turkish convoy came under fire from Syrian forces.", []string{"Syria ATTACKED Turkey"}},
	{"came under demonym shelling", "Kyiv came under heavy Russian shelling overnight.", []string{"Russia ATTACKED Ukraine"}},
	{"under pressure is no force", "The government came under pressure from Washington.", nil},
	{"could come under", "Kyiv could come under Russian attack.", nil},
	// a ship's flag is its state; a sum before an aid noun
	{"flagged ship seized", "Iran seized a British-flagged tanker in the strait.", []string{"Iran ATTACKED United Kingdom"}},
	{"flagged ship sold is none", "China sold a Panama-flagged ship.", nil},
	{"sum before arms sale", "Washington approved a $1 billion arms sale to Taiwan.", []string{"United States SUPPORTED Taiwan"}},
	// a vow to answer any act, with the means between (reprisals.go)
	{"respond with force to any", "Tehran will respond with force to any aggression from Israel.", []string{"Iran WARNED Israel"}},
	{"responded with a statement is none", "Iran responded with a statement to the UN.", nil},
	{"feared military action is none", "Caracas fears US military action in Venezuela.", nil},
}

func TestLexical(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range lexicalCases {
		t.Run(c.rule, func(t *testing.T) {
			got := edgeStrings(x.Extract(graph.Article{Doc: "case.txt", Text: c.text}))
			want := norm(c.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, want)
			}
		})
	}
}
