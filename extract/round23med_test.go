package extract

import "testing"

// round23medCases are mediation and signing shapes of round 23 (helper med):
// a title with "of National Defence", a mediator's noun owned past an
// adjective, co-mediators after "with", a noun mediator whose
// sides are told in another sentence.
var round23medCases = []ruleCase{
	{"national defence title in a signing", "The accord was signed by Minister of National Defence Hulusi Akar and Sergei Shoigu.", []string{"Hulusi Akar SPOKE_WITH Sergei Shoigu"}},
	{"joint mediation owned past an adjective", "Israel freed prisoners after Qatar's tireless mediation efforts between Israel and Hamas.", []string{"Qatar SPOKE_WITH Israel", "Qatar SPOKE_WITH Hamas"}},
	{"co-mediators after with", "Qatar praised its joint mediation efforts undertaken with Egypt and the United States between Israel and Hamas.", []string{"Qatar SPOKE_WITH Israel", "Qatar SPOKE_WITH Hamas", "Egypt SPOKE_WITH Israel", "Egypt SPOKE_WITH Hamas", "United States SPOKE_WITH Israel", "United States SPOKE_WITH Hamas"}},
	{"possessive mediation, sides the sentence before", "Officials discussed the crisis between Mali and Ivory Coast. The soldiers were freed following Togo's mediation in the diplomatic row.", []string{"Togo SPOKE_WITH Mali", "Togo SPOKE_WITH Ivory Coast"}},
	{"possessive mediation after thanks to", "Mali and Ivory Coast have quarreled over the soldiers. Thanks to Togo's mediation, they were freed.", []string{"Togo SPOKE_WITH Mali", "Togo SPOKE_WITH Ivory Coast"}},
	{"possessive mediation, an actor outside the talks before", "Spain and Italy held talks on migration on Friday. Thanks to Egypt's mediation, Hamas freed three captives.", []string{"Spain SPOKE_WITH Italy"}},
	{"possessive mediation, a party of the talks before", "Israel and Hamas held indirect talks on Friday. Following Egypt's mediation, Hamas freed three captives.", []string{"Israel SPOKE_WITH Hamas", "Egypt SPOKE_WITH Israel", "Egypt SPOKE_WITH Hamas"}},
	{"mediation asked for is none", "Mali and Ivory Coast have quarreled over the soldiers. Ivory Coast called for Togo's mediation.", []string{"Ivory Coast URGED Togo"}},
	{"mediation offered is none", "Mali and Ivory Coast have quarreled over the soldiers. Togo offered its mediation in the row.", nil},
	{"national defense title as subject", "Minister of National Defense Hulusi Akar met Sergei Shoigu in Sochi.", []string{"Hulusi Akar SPOKE_WITH Sergei Shoigu"}},
}

func TestRound23Med(t *testing.T) { runRuleCases(t, round23medCases) }
