package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// ruleCase is one rule of docs/relations.md read off a short text: the
// edges it must give, as "Source RELATION Target", and nothing else.
type ruleCase struct {
	rule string
	text string
	want []string
}

// ruleCases holds every example of docs/relations.md (the spec) and
// sentences of our own in the same shapes.
var ruleCases = []ruleCase{
	// Actors: metonyms, demonyms, possessives
	{"metonym Washington", "Washington condemned Tehran on Monday.", []string{"United States ACCUSED Iran"}},
	{"metonym White House", "The White House warned the Islamic Republic against any escalation.", []string{"United States WARNED Iran"}},
	{"metonym Biden administration", "The Biden administration backed Israel.", []string{"United States SUPPORTED Israel"}},
	{"metonym Jewish state", "Tehran accused the Jewish state of the strike.", []string{"Iran ACCUSED Israel"}},
	{"metonym Downing Street", "Downing Street urged Jerusalem to show restraint.", []string{"United Kingdom URGED Israel"}},
	{"metonym Elysee", "The Elysee called on Moscow to halt the offensive.", []string{"France URGED Russia"}},
	{"metonym Kremlin", "The Kremlin accused Kyiv of attacking a power plant.", []string{"Russia ACCUSED Ukraine"}},
	{"demonym ministry", "The French foreign ministry urged Israel to refrain from any escalation.", []string{"France URGED Israel"}},
	{"demonym drones", "Iranian drones struck Israeli territory overnight.", []string{"Iran ATTACKED Israel"}},
	{"possessive war cabinet", "Israel's war cabinet warned Hezbollah on Sunday.", []string{"Israel WARNED Hezbollah"}},
	{"possessive forces", "Russia's forces shelled Ukrainian positions.", []string{"Russia ATTACKED Ukraine"}},
	// Titles, counterparts, pronouns
	{"title after name", "British Prime Minister Keir Starmer spoke of the crisis. Later the British prime minister urged Tehran not to retaliate.", []string{"Keir Starmer URGED Iran"}},
	{"title the president", "President Joe Biden spoke on Sunday. The president later called Netanyahu's government to back a truce, and urged Israel to pause.", []string{"Joe Biden URGED Israel"}},
	{"unnamed counterpart", "Antony Blinken held talks with his Turkish counterpart.", []string{"Antony Blinken SPOKE_WITH Turkey"}},
	{"counterparts coordinated", "Blinken has engaged in discussions with his Turkish, Chinese, and Saudi counterparts.", []string{"Antony Blinken SPOKE_WITH Turkey", "Antony Blinken SPOKE_WITH China", "Antony Blinken SPOKE_WITH Saudi Arabia"}},
	{"named counterpart", "U.S. Defense Secretary Lloyd Austin spoke with his Israeli counterpart Yoav Gallant on Monday.", []string{"Lloyd Austin SPOKE_WITH Yoav Gallant"}},
	{"pronoun he", "Emmanuel Macron arrived in Beirut. He urged Hezbollah to lay down its arms.", []string{"Emmanuel Macron SPOKE_WITH Lebanon", "Emmanuel Macron URGED Hezbollah"}},
	{"surname after full name", "Lloyd Austin landed in Tel Aviv. Austin met Netanyahu hours later.", []string{"Lloyd Austin SPOKE_WITH Israel", "Lloyd Austin SPOKE_WITH Benjamin Netanyahu"}},
	{"titled unknown person", "\"We urge Iran to end its attacks on Israel,\" US National Security Council spokesman Sean Savet said.", []string{"Sean Savett URGED Iran", "Iran ATTACKED Israel"}},
	{"titled unknown affiliation", "Pakistan's Army Chief General Asim Munir warned India against any adventure.", []string{"Asim Munir WARNED India"}},
	// "we" and "our" in quotes
	{"we performs the act", "\"We urge Iran to stop,\" Kirby said.", []string{"John Kirby URGED Iran"}},
	{"our is the state", "\"Our commitment to Israel's security is ironclad,\" Biden said.", []string{"United States SUPPORTED Israel"}},
	{"I is the speaker", "\"As I told Prime Minister Netanyahu, we stand together,\" Biden said.", []string{"Joe Biden SPOKE_WITH Benjamin Netanyahu"}},
	// Officials of international bodies, media
	{"UN official has no country", "U.N. Secretary-General António Guterres told a meeting of the Security Council that Israel and Iran should step back from the brink.",
		[]string{"António Guterres URGED Israel", "António Guterres URGED Iran", "António Guterres SPOKE_WITH United Nations Security Council"}},
	{"media is no actor", "Cameron said on Monday, telling the BBC that the strike was a mistake.", nil},
	{"media in its name", "According to the Times of Israel, Iran threatened the United States.", []string{"Iran WARNED United States"}},
	// The six relations
	{"URGED urge", "Germany urged Israel to allow aid into Gaza.", []string{"Germany URGED Israel"}},
	{"URGED call on", "Egypt called on Hamas to accept the proposal.", []string{"Egypt URGED Hamas"}},
	{"URGED call for between", "The US, UK and France have called for restraint and to avoid further escalation between Israel and Iran.",
		[]string{"United States URGED Israel", "United States URGED Iran", "United Kingdom URGED Israel", "United Kingdom URGED Iran", "France URGED Israel", "France URGED Iran"}},
	{"URGED press", "Washington pressed Kyiv to hold elections.", []string{"United States URGED Ukraine"}},
	{"URGED demand that", "China demanded that Japan withdraw its remarks.", []string{"China URGED Japan"}},
	{"URGED take the win", "“You got a win. Take the win,” Biden told Netanyahu.", []string{"Joe Biden URGED Benjamin Netanyahu"}},
	{"WARNED warn", "Iran warned Israel against any attack on its soil.", []string{"Iran WARNED Israel"}},
	{"WARNED threaten", "North Korea threatened South Korea with a nuclear response.", []string{"North Korea WARNED South Korea"}},
	{"WARNED vow", "Iran vowed to retaliate against Israel.", []string{"Iran WARNED Israel"}},
	{"WARNED noun", "During the briefing, Matthew Miller spoke of Iran's threats against Israel.", []string{"Iran WARNED Israel"}},
	{"WARNED issued a warning", "Army chief of staff Major General Mohammad Bagheri issued a stern warning against Israeli retaliation.", []string{"Mohammad Bagheri WARNED Israel"}},
	{"SPOKE_WITH speak with", "Putin spoke with Erdogan by phone on Tuesday.", []string{"Vladimir Putin SPOKE_WITH Recep Tayyip Erdogan"}},
	{"SPOKE_WITH meet", "Xi Jinping met Vladimir Putin in Moscow.", []string{"Xi Jinping SPOKE_WITH Vladimir Putin"}},
	{"SPOKE_WITH hold talks", "Qatar held talks with Hamas in Doha.", []string{"Qatar SPOKE_WITH Hamas"}},
	{"SPOKE_WITH talks between", "Talks between Russia and Ukraine resumed in Istanbul.", []string{"Russia SPOKE_WITH Ukraine"}},
	{"SPOKE_WITH coordinated subject", "India and Pakistan held talks on Saturday.", []string{"India SPOKE_WITH Pakistan"}},
	{"SPOKE_WITH convey to", "President Joe Biden conveyed to Prime Minister Benjamin Netanyahu that the United States would refrain from joining any strike.", []string{"Joe Biden SPOKE_WITH Benjamin Netanyahu"}},
	{"SPOKE_WITH told that", "Biden told Netanyahu that Washington will not support an Israeli counterattack.", []string{"Joe Biden SPOKE_WITH Benjamin Netanyahu"}},
	{"URGED told to", "Biden told Netanyahu to take the win.", []string{"Joe Biden URGED Benjamin Netanyahu"}},
	{"told and should", "Axios said the president had told Netanyahu he would oppose an Israeli counterattack against Iran and that the prime minister should take the win. Biden is the president; Netanyahu is the prime minister.",
		[]string{"Joe Biden SPOKE_WITH Benjamin Netanyahu", "Joe Biden URGED Benjamin Netanyahu"}},
	{"ATTACKED strike", "Israel struck Iran's consulate in Damascus.", []string{"Israel ATTACKED Iran"}},
	{"ATTACKED launch at", "The Islamic Republic launched more than 300 drones and missiles at the Jewish state.", []string{"Iran ATTACKED Israel"}},
	{"ATTACKED carried out an airstrike", "This happened after Israel carried out an airstrike on Iran on October 26.", []string{"Israel ATTACKED Iran"}},
	{"ATTACKED nominal possessive", "Iran's attack on Israel was unprecedented.", []string{"Iran ATTACKED Israel"}},
	{"ATTACKED nominal demonym", "It was a response to the Israeli strike on Iran's consulate in Damascus.", []string{"Israel ATTACKED Iran"}},
	{"ATTACKED nominal by", "It came after a deadly strike by Israel on Tehran's consulate in Damascus.", []string{"Israel ATTACKED Iran"}},
	{"ATTACKED passive", "Saudi oil facilities were attacked by the Houthis.", []string{"Houthis ATTACKED Saudi Arabia"}},
	{"ATTACKED kill members", "Iran has accused Israel of carrying out the strike on its consulate in Damascus, which resulted in the deaths of senior members of the Islamic Revolutionary Guard Corps.",
		[]string{"Iran ACCUSED Israel", "Israel ATTACKED Iran", "Israel ATTACKED Islamic Revolutionary Guard Corps"}},
	{"ATTACKED clashes between", "Clashes between Armenia and Azerbaijan killed dozens.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia"}},
	{"SUPPORTED back", "Russia backed Syria at the Security Council.", []string{"Russia SUPPORTED Syria"}},
	{"SUPPORTED reaffirm support", "US President Joe Biden has reaffirmed Washington's \"ironclad\" support for Israel.", []string{"Joe Biden SUPPORTED Israel", "United States SUPPORTED Israel"}},
	{"SUPPORTED self-defence", "\"Israel has a right to defend itself,\" Starmer said.", []string{"Keir Starmer SUPPORTED Israel"}},
	{"SUPPORTED with help from", "Israel, with help from the US, Jordan and Britain, intercepted the drones.",
		[]string{"United States SUPPORTED Israel", "Jordan SUPPORTED Israel", "United Kingdom SUPPORTED Israel"}},
	{"X-backed is a descriptor (relations.md)", "Iran-backed Houthis fired a missile at Israel.", []string{"Houthis ATTACKED Israel"}},
	{"ACCUSED accuse of", "Saudi Arabia accused Iran of supplying weapons to the Houthis.", []string{"Saudi Arabia ACCUSED Iran", "Iran SUPPORTED Houthis"}},
	{"ACCUSED condemn", "Egypt condemned Israel's strike on Rafah.", []string{"Egypt ACCUSED Israel"}},
	{"ACCUSED blame", "Kyiv blamed Moscow for the blackout.", []string{"Ukraine ACCUSED Russia"}},
	{"both sides", "India and Pakistan traded fire across the border. The UN urged both sides to show restraint.", []string{"India ATTACKED Pakistan", "Pakistan ATTACKED India", "United Nations URGED India", "United Nations URGED Pakistan"}},
	{"killing a member attacks the body", "Israel killed Hezbollah commander Fuad Shukr in Beirut.", []string{"Israel ATTACKED Fuad Shukr", "Israel ATTACKED Hezbollah"}},
	{"place of the attack", "A Russian drone struck a bus carrying civilians in Ukraine's Sumy region.", []string{"Russia ATTACKED Ukraine"}},
	{"noun after an object actor", "Israeli jets pounded Hezbollah targets in Beirut.", []string{"Israel ATTACKED Hezbollah"}},
	{"persons of states", "Foreign Ministers Sergey Lavrov of Russia and Ayman Safadi of Jordan met on Tuesday.", []string{"Sergei Lavrov SPOKE_WITH Ayman Safadi"}},
	{"their meeting", "Sergey Lavrov and Ayman Safadi praised their meeting.", []string{"Sergei Lavrov SPOKE_WITH Ayman Safadi"}},
	{"call inside a clause", "China's foreign minister delivered the message in phone calls to his Pakistani and Indian counterparts. Wang Yi is China's foreign minister.", []string{"Wang Yi SPOKE_WITH Pakistan", "Wang Yi SPOKE_WITH India"}},
	{"opposition is not the state", "Russia accused Washington of arming the Syrian opposition.", []string{"Russia ACCUSED United States"}},
	{"the group", "Israel struck Lebanon overnight, and Hezbollah vowed revenge. The group fired rockets at northern Israel.", []string{"Israel ATTACKED Lebanon", "Hezbollah ATTACKED Israel", "Hezbollah WARNED Israel"}},
	{"the two leaders", "Armenia and Azerbaijan agreed to talks. Trump hosted Ilham Aliyev and Nikol Pashinyan, the president and prime minister, at the White House. The two leaders met again on Friday.",
		[]string{"Armenia SPOKE_WITH Azerbaijan", "Donald Trump SPOKE_WITH Ilham Aliyev", "Donald Trump SPOKE_WITH Nikol Pashinyan", "Ilham Aliyev SPOKE_WITH Nikol Pashinyan"}},
	{"threatened to strike", "Iran threatened to strike Israel.", []string{"Iran WARNED Israel"}},
	{"struck a deal", "Qatar struck a deal with Iran in Doha.", []string{"Qatar SPOKE_WITH Iran"}},
	{"launched an inquiry", "The UN launched an inquiry into Israel's conduct.", nil},
	{"victim of a strike", "Hezbollah leader Hassan Nasrallah was killed in an Israeli strike on Beirut.", []string{"Israel ATTACKED Hassan Nasrallah", "Israel ATTACKED Hezbollah", "Israel ATTACKED Lebanon"}},
	// What is not an edge
	{"denied act", "Iran denied attacking the tanker near Oman.", nil},
	{"negated", "The US will not take part in any action against Iran.", nil},
	{"negated support", "Washington will not support an Israeli retaliatory attack.", nil},
	{"future", "Israel will respond to the attack.", nil},
	{"deliberation", "Israel mulls a response to Iran.", nil},
	{"conditional", "If Iran attacks Israel, the region will burn.", nil},
	{"refusal", "Britain refused to join strikes on Iran.", nil},
	{"prevented act", "The G7 agreed to prevent Israel from attacking Iran.", nil},
	{"possible act", "Officials discussed a possible strike on Iran by Israel.", nil},
	{"no addressee", "Germany called for restraint.", nil},
	{"no target", "Iran pledged retaliation.", nil},
	{"attribution alone", "According to Savet, the situation is tense, Kirby said.", nil},
	{"no actor target", "Israel struck military targets overnight.", nil},
	{"hedge keeps the edge", "Israel reportedly struck Iran on Friday.", []string{"Israel ATTACKED Iran"}},
}

func edgeStrings(es []graph.Edge) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range es {
		s := fmt.Sprintf("%s %s %s", e.Source.Name, e.Relation, e.Target.Name)
		if e.Relation.Symmetric() && e.Target.Name < e.Source.Name {
			s = fmt.Sprintf("%s %s %s", e.Target.Name, e.Relation, e.Source.Name)
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func norm(want []string) []string {
	var out []string
	for _, w := range want {
		p := strings.SplitN(w, " SPOKE_WITH ", 2)
		if len(p) == 2 && p[1] < p[0] {
			w = p[1] + " SPOKE_WITH " + p[0]
		}
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

func TestRules(t *testing.T) { runRuleCases(t, ruleCases) }

// runRuleCases extracts each case's text with the default extractor and
// checks that it gives exactly the case's edges.
func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			got := edgeStrings(x.Extract(graph.Article{Doc: "case.txt", Text: c.text}))
			want := norm(c.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, want)
			}
		})
	}
}
