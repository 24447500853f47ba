package extract

import "testing"

// round23cforceCases are force against a state's places and forces, aid
// told by giving, talks told by their setting, and an ended war (round 23,
// helper "cforce", from the corpus23 census).
var round23cforceCases = []ruleCase{
	// entering premises by force (CAMEO 1724)
	{"forcibly entered", "Peruvian police forcibly entered the Bolivian embassy in Lima.", []string{"Peru ATTACKED Bolivia"}},
	{"forcibly entered", "Chadian soldiers forcibly entered the Sudanese consulate on Monday.", []string{"Chad ATTACKED Sudan"}},
	// a face-off or scuffle named as the fight the dead died in
	{"face-off", "Four Nepalese soldiers were killed in a violent face-off with Indian troops.", []string{"Nepal ATTACKED India", "India ATTACKED Nepal"}},
	{"scare-quoted clash", "Two Thai soldiers died in a \"brief clash\" with Cambodian troops near the temple.", []string{"Thailand ATTACKED Cambodia", "Cambodia ATTACKED Thailand"}},
	{"scuffle", "Dozens of Armenian soldiers were wounded in scuffles with Azerbaijani troops.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia"}},
	// a premodifier of a front position before the demonym
	{"forward positions", "Indian troops have been shelling forward Pakistani posts since dawn.", []string{"India ATTACKED Pakistan"}},
	{"frontline positions", "Russian artillery pounded frontline Ukrainian positions overnight.", []string{"Russia ATTACKED Ukraine"}},
	// giving help with the receiver first, a sum "in aid"
	{"gave X sum in aid", "Japan gave Kenya 50 million dollars in aid last year.", []string{"Japan SUPPORTED Kenya"}},
	{"gave X sum (gloss) in aid", "Norway gave Malawi 30 million euros (26 million pounds) in humanitarian aid.", []string{"Norway SUPPORTED Malawi"}},
	{"gave X weapons", "Iran is giving the Houthis drones and missiles.", []string{"Iran SUPPORTED Houthis"}},
	{"sent X sum in aid", "Germany sent Ukraine 2 billion euros in military aid.", []string{"Germany SUPPORTED Ukraine"}},
	{"gave X no help (no edge)", "The summit gave Russia a platform.", nil},
	{"gave X a deadline is no aid", "Putin gave Trump a football.", nil},
	// talks that bring two sides together
	{"brought together with", "The meeting in Doha brought Sudan together with Chad for the first time.", []string{"Sudan SPOKE_WITH Chad"}},
	{"brought together again with", "Norway brought Sri Lanka together again with the Tamil Tigers.", []string{"Norway SPOKE_WITH Sri Lanka", "Norway SPOKE_WITH Liberation Tigers of Tamil Eelam", "Sri Lanka SPOKE_WITH Liberation Tigers of Tamil Eelam"}},
	{"a crisis bringing two together is no meeting", "The crisis brought Russia together with China.", nil},
	// a war declared over is ended, not fought
	{"war declared over", "Kenya and Uganda declared the war over after talks in Nairobi.", nil},
	{"fighting declared ended", "Peru and Ecuador declared the fighting ended.", nil},
	{"a war over a place is fought", "India and Pakistan fought a war over Kashmir.", []string{"India ATTACKED Pakistan", "Pakistan ATTACKED India"}},
}

func TestRound23CForce(t *testing.T) { runRuleCases(t, round23cforceCases) }
