package extract

import "testing"

// round23censaCases come from a census of real article openings where the
// extractor resolved two actors and found no edge; the texts are our own.
var round23censaCases = []ruleCase{
	// a meeting told as the setting, with a measure of time or a place
	{"after hours of talks with X, Y", "After four hours of talks with Vladimir Putin, Emmanuel Macron said the plan was ready.", []string{"Emmanuel Macron SPOKE_WITH Vladimir Putin"}},
	{"after days of talks with X, Y", "After two days of talks with Recep Tayyip Erdogan, Olaf Scholz flew home.", []string{"Olaf Scholz SPOKE_WITH Recep Tayyip Erdogan"}},
	{"after several hours of talks with X", "After several hours of talks with Xi Jinping, Joe Biden spoke to reporters.", []string{"Joe Biden SPOKE_WITH Xi Jinping"}},
	{"during a meeting at a place with X", "Lloyd Austin said during a meeting at the Pentagon with Rustem Umerov that aid would continue.", []string{"Lloyd Austin SPOKE_WITH Rustem Umerov"}},
	{"days of talks to come: no edge", "Emmanuel Macron will fly home after two days of talks with Vladimir Putin.", nil},
	{"a place phrase that is no setting: no edge", "Joe Biden spoke after a meeting in Cairo with no result.", nil},
	// an act called a warning, its agent told by a possessor
	{"X's launches were a warning to Y", "Kim Jong Un said North Korea's missile launches were a warning to the United States.", []string{"North Korea WARNED United States"}},
	{"its drills were a warning to Y", "China said its latest drills were a stern warning to Taiwan.", []string{"China WARNED Taiwan"}},
	{"X's tests were a warning to Y, said after", "Iran's missile tests were a clear warning to Israel, state media said.", []string{"Iran WARNED Israel"}},
	{"possessor not an act's owner: no edge", "Japan's prime minister said the weather was a warning to Tokyo.", nil},
	{"negated: no edge", "Seoul said North Korea's launches were not a warning to Japan.", nil},
	// the members of a group after "with", past "in the region"
	{"in touch with allies in the region including X and Y", "The State Department said Washington is in constant touch with allies in the region including India and Japan.", []string{"United States SPOKE_WITH India", "United States SPOKE_WITH Japan"}},
	{"met partners in the region, including X", "Emmanuel Macron met partners in the region, including Egypt and Jordan.", []string{"Emmanuel Macron SPOKE_WITH Egypt", "Emmanuel Macron SPOKE_WITH Jordan"}},
	{"in the region, no list: no edge", "Emmanuel Macron met partners in the region on Monday.", nil},
}

func TestRound23censa(t *testing.T) { runRuleCases(t, round23censaCases) }
