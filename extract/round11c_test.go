package extract

import "testing"

// eleventhCCases cover the third part of the eleventh round (probes 28a and
// 28c, docs/extractor.md): sentences of our own that must give the edges,
// and sentences with the same words that must give none.
var eleventhCCases = []ruleCase{
	// an event noun separated from its "between" by a short modifier
	{"a meeting at the UN between A and B", "A meeting at the UN between Canadian and Omani officials led to the release.", []string{"Canada SPOKE_WITH Oman"}},
	{"a deal on grain exports between A and B", "A deal on grain exports between Russia and Ukraine expired.", []string{"Russia SPOKE_WITH Ukraine"}},
	{"the agreement signed in 2012 between A and B", "The agreement signed in 2012 between Kuwait and Iraq was annulled.", []string{"Kuwait SPOKE_WITH Iraq"}},
	{"fighting in the north between A and B", "Fighting in the north between Armenia and Azerbaijan resumed.", []string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia"}},
	{"a deal reached last year between A and B", "A deal reached last year between Israel and Hamas collapsed.", []string{"Israel SPOKE_WITH Hamas"}},
	{"talks on the war between A and B: the war owns the between", "Talks on the war between Russia and Ukraine ended.", []string{"Russia ATTACKED Ukraine", "Ukraine ATTACKED Russia"}},
	{"trade in the region between A and B (no act)", "Trade in the region between Armenia and Azerbaijan collapsed.", nil},
	{"the border between A and B (no act)", "The border between Armenia and Azerbaijan was closed.", nil},
	// a verb that makes more of a campaign lends its subject, in a
	// present-tense headline and before a noun with no determiner
	{"A, B widen operation against X (headline)", "Uganda, DRC widen military operation against ADF", []string{"Uganda ATTACKED Allied Democratic Forces", "Democratic Republic of the Congo ATTACKED Allied Democratic Forces"}},
	{"A intensifies air strikes on X", "Uganda intensifies air strikes on the ADF.", []string{"Uganda ATTACKED Allied Democratic Forces"}},
	{"A expands offensive against X", "Uganda expands offensive against the ADF.", []string{"Uganda ATTACKED Allied Democratic Forces"}},
	{"A escalates strikes on X", "Israel escalates strikes on Hezbollah.", []string{"Israel ATTACKED Hezbollah"}},
	{"A, B discuss operation against X (no force)", "Uganda, DRC discuss operation against ADF", []string{"Uganda SPOKE_WITH Democratic Republic of the Congo"}},
	{"A did not expand its offensive against X", "Uganda did not expand its offensive against the ADF.", nil},
	{"A threatens to widen the offensive (a threat)", "Uganda threatens to widen the offensive against the ADF.", []string{"Uganda WARNED Allied Democratic Forces"}},
	// amends demanded from someone are a demand (relations.md: URGED is
	// "demands"; an amends rule reading them as a charge only was withdrawn)
	{"demanded reparations from X", "Namibia demanded reparations from Germany for the genocide.", []string{"Namibia URGED Germany"}},
	{"did not demand reparations from X", "Namibia did not demand reparations from Germany.", nil},
	// passive signing: every signatory the by-phrase names
	{"signed by A and by his counterpart B", "The accord was signed by Kenya's president Uhuru Kenyatta and by his Ugandan counterpart Yoweri Museveni.", []string{"Uhuru Kenyatta SPOKE_WITH Yoweri Museveni"}},
	{"signed by A, who led ..., and B", "The accord was signed by Uhuru Kenyatta, who led the Kenyan side, and Yoweri Museveni.", []string{"Uhuru Kenyatta SPOKE_WITH Yoweri Museveni", "Kenya SPOKE_WITH Yoweri Museveni"}},
	{"signed by A and the leaders including B and C", "The accord was signed by Uhuru Kenyatta and the rebel leaders including Riek Machar and Paul Malong.",
		[]string{"Uhuru Kenyatta SPOKE_WITH Riek Machar", "Uhuru Kenyatta SPOKE_WITH Paul Malong Awan", "Riek Machar SPOKE_WITH Paul Malong Awan"}},
	{"signed by A, who headed ..., the leaders of the alliance including B and C", "The declaration was signed by Uhuru Kenyatta, who headed the delegation, the leaders of the alliance including Riek Machar and Paul Malong.",
		[]string{"Uhuru Kenyatta SPOKE_WITH Riek Machar", "Uhuru Kenyatta SPOKE_WITH Paul Malong Awan", "Riek Machar SPOKE_WITH Paul Malong Awan"}},
	{"praised by A and by B (no signing)", "The accord was praised by Uhuru Kenyatta and by Yoweri Museveni.", nil},
	// a document named for the place of its signing names no actor
	{"The Rome Declaration ... the declaration was signed by A and B", "The Rome Declaration was adopted. The declaration was signed by Uhuru Kenyatta and Riek Machar.", []string{"Uhuru Kenyatta SPOKE_WITH Riek Machar"}},
	{"the Nairobi Declaration was signed by A and B", "The Nairobi Declaration was signed by Uhuru Kenyatta and Yoweri Museveni.", []string{"Uhuru Kenyatta SPOKE_WITH Yoweri Museveni"}},
	{"the Doha Agreement between A and B", "The Doha Agreement between the United States and the Taliban collapsed.", []string{"United States SPOKE_WITH Taliban"}},
	{"signed the declaration in Rome (no party)", "Uhuru Kenyatta signed the declaration in Rome.", nil},
}

func TestEleventhRoundC(t *testing.T) { runRuleCases(t, eleventhCCases) }
