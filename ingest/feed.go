package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/actorgraph/actorgraph/graph"
)

// ParseFeed makes one article per item of an RSS, Atom or RDF feed (parsed
// by gofeed). An item's text is its content, else its description, as text
// (HTMLText); its date is its published date, else its updated date; its
// Source is the feed's title. An item is named by its GUID, else its link,
// else doc#<hash of title and text>, so names survive new items being added
// at the top. Items with no text are left out; a feed with no readable item,
// binary data, invalid UTF-8 or a document that is not a feed is an error.
// teaser matches a feed item's description that is only a link to the
// page: "Continue reading...", "Read more »".
var teaser = regexp.MustCompile(`(?i)^\W*(continue reading|read more|read the full (story|article)|more|full story)\W*$`)

func ParseFeed(doc string, b []byte) ([]graph.Article, error) {
	if d, ok := fromDeclared(fromUTF16(b)); ok {
		b = d
	}
	if err := checkText(b); err != nil {
		return nil, err
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("not an RSS or Atom feed: %v", err)
	}
	var out []graph.Article
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		text := HTMLText(it.Content)
		if text == "" {
			text = HTMLText(it.Description)
		}
		if teaser.MatchString(text) {
			text = "" // "<a href=...>Continue reading...</a>": a link, not the story
		}
		if text == "" {
			// a feed of headlines only: the title is all the item says
			text = strings.TrimSpace(HTMLText(it.Title))
		}
		if text == "" {
			continue
		}
		a := graph.Article{
			Title:  strings.TrimSpace(HTMLText(it.Title)),
			Text:   text,
			URL:    strings.TrimSpace(it.Link),
			Source: strings.TrimSpace(f.Title),
		}
		// The date as written (gofeed's parsed times are in UTC, which can
		// move an evening article to the next day).
		a.Published = NormaliseDate(it.Published)
		switch {
		case a.Published != "":
		case it.PublishedParsed != nil:
			a.Published = it.PublishedParsed.Format("2006-01-02")
		case it.UpdatedParsed != nil:
			a.Published = it.UpdatedParsed.Format("2006-01-02")
		default:
			a.Published = NormaliseDate(it.Updated)
		}
		switch {
		case strings.TrimSpace(it.GUID) != "":
			a.Doc = strings.TrimSpace(it.GUID)
		case a.URL != "":
			a.Doc = a.URL
		default:
			h := sha256.Sum256([]byte(a.Title + "\x00" + a.Text))
			a.Doc = doc + "#" + hex.EncodeToString(h[:6])
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, errors.New("feed has no item with text")
	}
	return out, nil
}
