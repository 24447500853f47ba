package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// actorCases are rules of news English for who the actors of an act are
// (issue 10, actor resolution and collective actors), each read off a short
// text of our own: the edges it must give, and nothing else.
var actorCases = []ruleCase{
	{"quote continues in the next paragraph",
		"\"The launch shows that the regime keeps choosing weapons over its people,\" spokesperson Karen Dahl said.\n\n\"Pyongyang must stop its provocations at once and return to talks.\"",
		[]string{"Karen Dahl URGED North Korea"}},
	{"a paragraph with its own speaker keeps it",
		"\"The launch shows that the regime keeps choosing weapons over its people,\" spokesperson Karen Dahl said.\n\n\"Pyongyang must stop its provocations at once,\" Antony Blinken said.",
		[]string{"Antony Blinken URGED North Korea"}},
	{"a two-word region names the state before it, and makes a pair of sides",
		"Prime Minister Ralph Gonsalves flew to Venezuela as tensions grew between the South American country and Guyana over the oil field.\nGonsalves urged both parties to settle the dispute.",
		[]string{"Ralph Gonsalves URGED Venezuela", "Ralph Gonsalves URGED Guyana"}},
	{"a one-word region with a state noun makes a pair of sides",
		"Tensions grew in Venezuela as the row between the Caribbean nation and Guyana deepened.\nPrime Minister Ralph Gonsalves urged both parties to settle the dispute.",
		[]string{"Ralph Gonsalves URGED Venezuela", "Ralph Gonsalves URGED Guyana"}},
	{"a region before state media is no state",
		"The West African state media said Nigeria condemned the coup.", nil},
	{"the heads of the warring sides are the two persons named before",
		"President Salva Kiir, who leads the army, and Riek Machar, the head of the opposition, both came to Addis Ababa.\nPresident William Ruto held talks with the heads of Sudan's warring parties on Monday.",
		[]string{"William Ruto SPOKE_WITH Salva Kiir", "William Ruto SPOKE_WITH Riek Machar"}},
	{"the subject is never one of the heads",
		"Emmanuel Macron and Olaf Scholz met in Paris.\nEmmanuel Macron and Olaf Scholz later held talks with the leaders of the two countries.",
		[]string{"Emmanuel Macron SPOKE_WITH Olaf Scholz"}},
	{"the leaders of the countries names no pair",
		"President William Ruto held talks with the leaders of the countries in the region.", nil},
	{"them in a quotation never holds its speaker",
		"President Salva Kiir and Riek Machar arrived in Berlin on Sunday.\nChancellor Olaf Scholz and Foreign Minister Annalena Baerbock held talks with the heads of the warring sides.\n\"We spoke with them one by one,\" Scholz said.",
		[]string{"Salva Kiir SPOKE_WITH Germany", "Riek Machar SPOKE_WITH Germany", "Olaf Scholz SPOKE_WITH Salva Kiir", "Olaf Scholz SPOKE_WITH Riek Machar", "Annalena Baerbock SPOKE_WITH Salva Kiir", "Annalena Baerbock SPOKE_WITH Riek Machar"}},
	{"we who made something clear stay the state",
		"\"We made it very clear to Iran what we would do,\" John Kirby said.",
		[]string{"United States SPOKE_WITH Iran"}},
	{"a bare both with no pair in its sentence is the two sides",
		"Ethiopia and Eritrea clashed again on the border.\nAddis Ababa, which closed the crossing despite Kenya's calls for both to show restraint, said it acted in self-defence.",
		[]string{"Ethiopia ATTACKED Eritrea", "Eritrea ATTACKED Ethiopia", "Kenya URGED Ethiopia", "Kenya URGED Eritrea"}},
	{"the two sides are the two states most named, met in a clash",
		"The Chinese army handed back ten Indian soldiers held since the deadly clash in the valley.\nThe release followed tense negotiations between the two sides in a border town, Beijing said.\nNew Delhi confirmed the release.",
		[]string{"China SPOKE_WITH India"}},
	{"a host and a guest are no sides",
		"Chancellor Olaf Scholz welcomed Kenyan President William Ruto in Berlin.\nThe talks between the two sides covered trade, Kenya said.\nGermany agreed.",
		[]string{"Olaf Scholz SPOKE_WITH William Ruto"}},
	{"a bare organ is the state in focus",
		"Jordan said on Monday it would recall its envoy.\n\nThe foreign ministry condemned Israel in a statement.",
		[]string{"Jordan ACCUSED Israel"}},
	{"a bare organ takes the person in focus's state",
		"Foreign Minister Ayman Safadi flew home on Monday.\n\nThe government condemned Israel's raids.",
		[]string{"Jordan ACCUSED Israel"}},
	{"an organ with its state after it is not the state in focus",
		"Jordan said on Monday it would recall its envoy.\n\nThe government of Egypt condemned Israel.", nil},
	{"an office without a modifier is no organ",
		"Jordan said on Monday it would recall its envoy.\n\nThe office condemned Israel.", nil},
	{"X and its allies Y and Z is a list for a later collective",
		"Mali and its allies Burkina Faso and Niger recalled their envoys on Sunday.\nThe three Sahel countries condemned the raid by Algeria.",
		[]string{"Mali ACCUSED Algeria", "Burkina Faso ACCUSED Algeria", "Niger ACCUSED Algeria"}},
	{"a state told by description is the state in focus, not the one last named",
		"Mali blamed Algeria for the loss of a drone.\nThe West African country later condemned Algeria again.\nThe country also criticised Morocco.",
		[]string{"Mali ACCUSED Algeria", "Mali ACCUSED Morocco"}},
	{"a region's leaders are its bloc when the article names the bloc",
		"West African leaders threatened force against Niger. The leaders gave the junta a week to free the president.\n\nLeaders from ECOWAS met in Abuja.",
		[]string{"Economic Community of West African States WARNED Niger", "Economic Community of West African States URGED Niger"}},
	{"a region's leaders are no actor when the article names no bloc",
		"West African leaders threatened force against Niger.", nil},
	{"we with a lead-in before the speech verb is the speaker",
		"\"We strongly condemn the seizure of the tanker by Iran,\" Minister Penny Wong said.",
		[]string{"Penny Wong ACCUSED Iran"}},
	{"a statement read out goes on in the speaker's next paragraph",
		"\"The strikes are a grave breach of the truce,\" Ambassador Ana Ruiz read from a statement signed by 12 countries, including Chile, Peru and Brazil.\n\n\"We once again urge Russia to halt the strikes,\" Ruiz said.",
		[]string{"Ana Ruiz URGED Russia", "Chile URGED Russia", "Peru URGED Russia", "Brazil URGED Russia"}},
	{"a statement read out does not go on past the next paragraph",
		"\"The strikes are a grave breach of the truce,\" Ambassador Ana Ruiz read from a statement signed by 12 countries, including Chile, Peru and Brazil.\n\nThe session ended late.\n\n\"We once again urge Russia to halt the strikes,\" Ruiz said.",
		[]string{"Ana Ruiz URGED Russia"}},
	{"a title owned by a definite state is that state's office",
		"Beijing sent warships near Taiwan, as the island's president met Japanese lawmakers.",
		[]string{"Taiwan SPOKE_WITH Japan"}},
	{"a title owned by the territory is that state's office",
		"Beijing sent warships near Taiwan, as the territory's leader met Japanese lawmakers.",
		[]string{"Taiwan SPOKE_WITH Japan"}},
	{"the territory with no possessive is no actor",
		"Beijing sent warships near Taiwan, and Japan condemned the drills near the territory.", nil},
	{"a state's warring parties are the two sides of that country",
		"The Houthis seized Sanaa in 2014.\nThe Houthis fought government forces for years.\nThe UN urged Yemen's warring parties to extend the truce.",
		[]string{"Houthis ATTACKED Yemen", "United Nations URGED Houthis", "United Nations URGED Yemen"}},
	{"a state's warring parties with no group of that country stay unread",
		"Qatar hosted talks on Monday.\nThe UN urged Yemen's warring parties to extend the truce.",
		[]string{"United Nations URGED Yemen"}},
	{"a state that modifies someone's trip is its destination, not the subject",
		"President Lula da Silva's China trip came after meeting with President Joe Biden in Washington.",
		[]string{"Luiz Inácio Lula da Silva SPOKE_WITH Joe Biden"}},
	{"a leader's forces are the party the article says they lead",
		"The raid was condemned by Machar's party, the Sudan People's Liberation Movement-in-Opposition (SPLM-IO), on Monday.\nArmy spokesman Lul Ruai Koang accused Machar's forces of shelling the barracks.",
		[]string{"Lul Ruai Koang ACCUSED Sudan People's Liberation Movement-in-Opposition"}},
	{"a leader's forces stay the leader when the article names no party",
		"Army spokesman Lul Ruai Koang accused Machar's forces of shelling the barracks.",
		[]string{"Lul Ruai Koang ACCUSED Riek Machar"}},
	{"the office the text gives wins over the dictionary's role",
		"Thailand's acting Prime Minister Phumtham Wechayachai spoke on Monday.\nThe Thai prime minister urged Cambodia to stop.",
		[]string{"Phumtham Wechayachai URGED Cambodia"}},
}

func TestActorRules(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range actorCases {
		t.Run(c.rule, func(t *testing.T) {
			got := edgeStrings(x.Extract(graph.Article{Doc: "case.txt", Text: c.text}))
			want := norm(c.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, want)
			}
		})
	}
}
