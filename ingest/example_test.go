package ingest_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/ingest"
)

func ExampleParseHTML() {
	page := `<html><head><title>Talks | Daily</title>
<meta property="article:published_time" content="2024-10-27T23:30:00-05:00"></head>
<body><nav>Home · World</nav>
<article><h1>Qatar urges calm</h1>
<div class="share-bar">Share</div>
<p>Qatar urged Israel and Iran to show restraint.</p></article>
<footer>© Daily</footer></body></html>`
	a, err := ingest.ParseHTML("talks.html", []byte(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Published)
	fmt.Println(a.Text)
	// Output:
	// Qatar urges calm
	// 2024-10-27
	// Qatar urges calm
	// Qatar urged Israel and Iran to show restraint.
}

func ExampleNormaliseDate() {
	for _, s := range []string{"Mon, 28 Oct 2024 09:00:00 +0000", "2024-10-27T23:30:00-05:00", "October 29, 2024", "soon"} {
		fmt.Printf("%q\n", ingest.NormaliseDate(s))
	}
	// Output:
	// "2024-10-28"
	// "2024-10-27"
	// "2024-10-29"
	// ""
}
