package extract

import "testing"

// occurCases are event nouns whose "between" phrase follows a verb of
// occurrence, and talks nouns after the body that hosts them: sentences of
// our own.
var occurCases = []ruleCase{
	{"clashes erupted between", "Clashes erupted between India and China on Monday.",
		[]string{"India ATTACKED China", "China ATTACKED India"}},
	{"clashes broke out between demonyms", "Clashes broke out between Armenian and Azerbaijani troops overnight.",
		[]string{"Armenia ATTACKED Azerbaijan", "Azerbaijan ATTACKED Armenia"}},
	{"talks were held between", "Talks were held between Armenia and Azerbaijan in Brussels.",
		[]string{"Armenia SPOKE_WITH Azerbaijan"}},
	{"negated: no clashes broke out", "No clashes broke out between India and China on Monday.", nil},
	{"hypothetical: clashes could erupt", "Clashes could erupt between India and China, analysts said.", nil},
	{"the host body of a summit is no party", "Keir Starmer spoke in Apia, where he was attending a Commonwealth summit.", nil},
	{"a state's own army stands for it in a list", "Fighting between Sudan's army and the RSF continued on Monday.",
		[]string{"Sudan ATTACKED Rapid Support Forces", "Rapid Support Forces ATTACKED Sudan"}},
	{"a state's unnamed minister is the state", "Talks between Iran's foreign minister and Oman ended.",
		[]string{"Iran SPOKE_WITH Oman"}},
	{"a state's war is no member of a list", "Clashes between Russia's war aims and Ukraine's hopes were plain.", nil},
	{"a call between two is talks, not an appeal", "A call between Joe Biden and Xi Jinping took place on Tuesday.",
		[]string{"Joe Biden SPOKE_WITH Xi Jinping"}},
	{"a state before a summit still meets", "Joe Biden met Xi Jinping at the APEC summit.",
		[]string{"Joe Biden SPOKE_WITH Xi Jinping"}},
}

func TestOccurRules(t *testing.T) { runRuleCases(t, occurCases) }
