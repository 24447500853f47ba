package extract

import "testing"

// round23pluralCases are collectives and coordinated actors of the
// twenty-third round: "their" after "these countries", ...
var round23pluralCases = []ruleCase{
	{"their after these countries", "Caracas expelled the envoys of Chile, Peru, Panama and Uruguay on Monday. Foreign Minister Yvan Gil said Venezuela would recall its own staff from these countries and demanded their diplomats leave within 72 hours.",
		[]string{"Yván Gil URGED Chile", "Yván Gil URGED Peru", "Yván Gil URGED Panama", "Yván Gil URGED Uruguay"}},
	{"their after the three states, that-clause", "Mali, Niger and Burkina Faso left the bloc in January. Nigeria said it had frozen its ties with the three states and urged that their juntas hold elections.",
		[]string{"Nigeria URGED Mali", "Nigeria URGED Niger", "Nigeria URGED Burkina Faso"}},
	{"their in another clause stays", "Mali, Niger and Burkina Faso left the bloc in January. Nigeria said it had frozen its ties with the three states, while Ghana said their juntas must hold elections.",
		nil},
	{"pair joined through a title apposition", "Jacob Zuma hosted talks between Mwai Kibaki and the opposition leader, Raila Odinga.",
		[]string{"Mwai Kibaki SPOKE_WITH Raila Odinga", "Jacob Zuma SPOKE_WITH Mwai Kibaki", "Jacob Zuma SPOKE_WITH Raila Odinga"}},
	{"the two leaders after a titled pair", "Jakaya Kikwete has long criticised the president, Mwai Kibaki, and his rival opposition leader, Raila Odinga. On Friday he persuaded the two leaders to end the violence.",
		[]string{"Jakaya Kikwete ACCUSED Mwai Kibaki", "Jakaya Kikwete ACCUSED Raila Odinga", "Jakaya Kikwete URGED Mwai Kibaki", "Jakaya Kikwete URGED Raila Odinga"}},
	{"both sides are two rivals of one state", "Kikwete tried to start talks between President Mwai Kibaki and the opposition leader, Raila Odinga. Weeks later, both sides blamed each other for the deadlock.",
		[]string{"Mwai Kibaki ACCUSED Raila Odinga", "Raila Odinga ACCUSED Mwai Kibaki"}},
	{"both sides are two rivals of one state, agreed", "Jacob Zuma met President Mwai Kibaki and the opposition leader, Raila Odinga, in Nairobi. Zuma said both sides agreed to share power.",
		[]string{"Jacob Zuma SPOKE_WITH Mwai Kibaki", "Jacob Zuma SPOKE_WITH Raila Odinga", "Mwai Kibaki SPOKE_WITH Raila Odinga"}},
	{"both sides of a conflict between states stay the states", "Kibaki and Odinga met in Nairobi. Ethiopia and Eritrea fought a border war. In Addis Ababa, both sides blamed each other for the war.",
		[]string{"Ethiopia ATTACKED Eritrea", "Eritrea ATTACKED Ethiopia", "Mwai Kibaki SPOKE_WITH Raila Odinga", "Ethiopia ACCUSED Eritrea", "Eritrea ACCUSED Ethiopia"}},
	{"both sides after a demonym's government and a group", "Truce talks open\n\nTalks between the Sri Lankan government and the Tamil Tigers opened in Oslo. Norway urged both sides to respect the truce.",
		[]string{"Sri Lanka SPOKE_WITH Liberation Tigers of Tamil Eelam", "Norway URGED Sri Lanka", "Norway URGED Liberation Tigers of Tamil Eelam"}},
	{"the two sides after a demonym's government and a group", "Truce signed\n\nFighting between the Ethiopian government and the TPLF lasted two years. The two sides signed a truce in Pretoria.",
		[]string{"Ethiopia ATTACKED Tigray People's Liberation Front", "Tigray People's Liberation Front ATTACKED Ethiopia", "Ethiopia SPOKE_WITH Tigray People's Liberation Front"}},
}

func TestRound23Plural(t *testing.T) { runRuleCases(t, round23pluralCases) }
