package extract_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

func ExampleExtractor_Extract() {
	x, err := extract.New()
	if err != nil {
		panic(err)
	}
	a := graph.Article{Doc: "a.txt", Text: `"We urge Iran to end its attacks on Israel," US National Security Council spokesman Sean Savet said. Israel will not respond.`}
	for _, e := range x.Extract(a) {
		fmt.Printf("%s %s %s (%q, %.2f)\n", e.Source.Name, e.Relation, e.Target.Name, e.Trigger, e.Confidence)
	}
	// Output:
	// Sean Savett URGED Iran ("urge", 0.77)
	// Iran ATTACKED Israel ("attacks", 0.64)
}

// ExampleExtractor_English tells English news from news in another
// language, which gives no edge.
func ExampleExtractor_English() {
	x, err := extract.New()
	if err != nil {
		panic(err)
	}
	fmt.Println(x.English("Markets were calm on Monday as investors waited for the central bank to decide on rates, and shares rose for a third day."))
	fmt.Println(x.English("L'Iran a averti Israël lundi contre toute nouvelle frappe sur le Liban, a déclaré le ministre, qui a appelé la communauté internationale à agir."))
	// a list of names is no language: no judgement
	fmt.Println(x.English("Joe Biden, Emmanuel Macron, Olaf Scholz, Rishi Sunak, Giorgia Meloni, Fumio Kishida, Justin Trudeau, Narendra Modi, Cyril Ramaphosa"))
	// capitals do not make French a list of names
	fmt.Println(x.English("L'IRAN A EXHORTÉ L'ARABIE SAOUDITE À REPRENDRE LES POURPARLERS LUNDI ET A MIS EN GARDE ISRAËL CONTRE TOUTE NOUVELLE FRAPPE SUR LE LIBAN"))
	// Output:
	// true
	// false
	// true
	// false
}
