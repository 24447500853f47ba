package dict_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/extract/dict"
)

func Example() {
	d, err := dict.Default()
	if err != nil {
		panic(err)
	}
	us, _ := d.Lookup("United States")
	fmt.Println(us.Kind, us.Metonyms[0])

	p, _ := d.Lookup("Hossein Amir-Abdollahian")
	fmt.Println(p.Country, p.Aliases[0], p.Roles[0].Title, p.Roles[0].To)

	g, _ := d.Lookup("António Guterres")
	fmt.Printf("%q %s of %s\n", g.Country, g.Roles[0].Title, g.Roles[0].Of)
	// Output:
	// state Washington
	// Iran Amir Abdollahian Foreign Minister 2024-05-19
	// "" Secretary-General of United Nations
}
