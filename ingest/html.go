package ingest

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/actorgraph/actorgraph/graph"
)

// ParseHTML makes one article of a web page: its text without the page
// chrome, its title and its publication date.
//
// The text is that of the page's main <article> (the one with the most text
// when there are several), else its <main>, else its <body>, one paragraph per
// line, with these left out: nav, aside, script, style, noscript, form and
// its controls, iframe, svg, template, dialog; header and footer outside an
// article; and any element whose class, id or role names chrome (share,
// social, cookie, consent, banner, newsletter, subscribe, related, comments,
// breadcrumb, sidebar, advert, promo, paywall, popup, modal) or that is hidden.
// The title is the first <h1> of the article, else the <title>. The date is
// <meta property="article:published_time"> (or name="date", "pubdate",
// "DC.date.issued", itemprop="datePublished"), else the first
// <time datetime>, normalised by NormaliseDate.
//
// A page that is not UTF-8 is decoded from the charset it declares (a BOM or
// <meta charset>); undeclared invalid UTF-8, binary data and a page with no
// text are errors. The cost is one parse of the page, linear in its size.
func ParseHTML(doc string, b []byte) (graph.Article, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return graph.Article{}, errors.New("empty file")
	}
	if isBinary(b) {
		return graph.Article{}, errors.New("binary file, not HTML")
	}
	if !utf8.Valid(b) {
		enc, name, certain := charset.DetermineEncoding(b, "text/html")
		declared := certain || bytes.Contains(bytes.ToLower(b[:min(len(b), 1024)]), []byte("charset"))
		if !declared || name == "utf-8" {
			return graph.Article{}, errors.New("not valid UTF-8 and no other charset declared")
		}
		d, err := enc.NewDecoder().Bytes(b)
		if err != nil {
			return graph.Article{}, errors.New("cannot decode from declared charset " + name)
		}
		b = d
	}
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return graph.Article{}, err
	}
	a := graph.Article{Doc: doc}
	body := mainContent(root)
	a.Text = blockText(body)
	if h1 := find(body, atom.H1); h1 != nil {
		a.Title = inlineText(h1)
	} else if h1 := find(root, atom.H1); h1 != nil {
		a.Title = inlineText(h1)
	}
	if t := find(root, atom.Title); t != nil && a.Title == "" {
		a.Title = inlineText(t)
	}
	a.Published = publishedDate(root, body)
	if a.Text == "" {
		return graph.Article{}, errors.New("no article text in the page")
	}
	return a, nil
}

// HTMLText is the text of an HTML fragment (a feed item's content), chrome
// dropped as in ParseHTML, one paragraph per line.
func HTMLText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return ""
	}
	var b textBuilder
	for _, n := range nodes {
		b.walk(n, false)
	}
	return b.String()
}

// chromeTags are elements never part of an article's text.
var chromeTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Script: true, atom.Style: true,
	atom.Noscript: true, atom.Form: true, atom.Button: true, atom.Input: true,
	atom.Select: true, atom.Textarea: true, atom.Iframe: true, atom.Svg: true,
	atom.Template: true, atom.Dialog: true, atom.Menu: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Head: true,
	atom.Figcaption: true, // a photo's caption: "X meets Y in Baghdad. REUTERS/Stringer"
}

// chromeHint matches a class, id or role token that marks page chrome.
var chromeHint = regexp.MustCompile(`(?i)(^|[^a-z])(share|sharing|social|cookies?|consent|gdpr|banner|newsletter|subscribe|subscription|related|comments?|breadcrumbs?|sidebar|advert|advertisement|ads?|promo|paywall|popup|modal|navigation|contentinfo|complementary|most-read|mostread|popular|trending|taboola|outbrain|recommended|author-bio|authorbio)([^a-z]|$)`)

// propertyHint matches a token that names a property of its element or a
// taxonomy term ("has-comments", "ad-free", "share-enabled",
// "content-with-sidebar", WordPress's "category-trending" and
// "tag-social-media"), not what the element is; contentToken one that names
// the story itself ("article-body", "entry-content", "post-text"): its last
// word is the story's and its first no chrome word. A chrome word in either
// does not make the element chrome, while "article-share", "related-content"
// and "comment-body" are.
var (
	propertyHint = regexp.MustCompile(`(?i)^(has|with|no|is|category|tag|type)[-_]|[-_](free|enabled|disabled)$|[-_]with[-_]`)
	contentEnd   = regexp.MustCompile(`(?i)(^|[-_])(article|body|content|story|entry|post|text|main)$`)
)

// chromeValue reports whether a class, id or role value marks chrome: one
// of its space-separated tokens has a chrome word and names neither a
// property nor the story.
func chromeValue(v string) bool {
	for _, tok := range strings.Fields(v) {
		if !chromeHint.MatchString(tok) || propertyHint.MatchString(tok) {
			continue
		}
		if contentEnd.MatchString(tok) && !chromeHint.MatchString(firstWord(tok)) {
			continue // "article-body", not "related-content"
		}
		return true
	}
	return false
}

// firstWord is a class token's first word ("related" of "related-content").
func firstWord(tok string) string {
	if i := strings.IndexAny(tok, "-_"); i > 0 {
		return tok[:i]
	}
	return tok
}

// hiddenStyle reports whether an inline style hides the element.
func hiddenStyle(v string) bool {
	v = strings.ToLower(strings.ReplaceAll(v, " ", ""))
	return strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden")
}

// isChrome reports whether n is left out of the text; inArticle says whether
// it lies inside an <article> (whose header and footer are kept).
func isChrome(n *html.Node, inArticle bool) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if chromeTags[n.DataAtom] {
		return true
	}
	if !inArticle && (n.DataAtom == atom.Header || n.DataAtom == atom.Footer) {
		return true
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false // page-wide classes ("has-sidebar") say nothing of the text
	}
	if chromeAttr(n) && !holdsStory(n) {
		return true
	}
	return false
}

// storyLen is the fewest characters of text an <article> needs to be a
// story rather than a teaser card in a list of related stories.
const storyLen = 500

// holdsStory reports whether n holds a <main> (or role="main") or an
// <article> of a story's length: a wrapper of the story is never chrome,
// whatever its class says ("content-sidebar-wrap", "layout--sidebar-right"),
// while a "related stories" block of teaser <article> cards is.
func holdsStory(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Main || c.DataAtom == atom.Article && len(blockText(c)) >= storyLen {
			return true
		}
		for _, at := range c.Attr {
			if at.Key == "role" && at.Val == "main" {
				return true
			}
		}
		if holdsStory(c) {
			return true
		}
	}
	return false
}

// chromeAttr reports whether n's attributes mark it chrome or hidden.
func chromeAttr(n *html.Node) bool {
	for _, at := range n.Attr {
		switch at.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if at.Val == "true" {
				return true
			}
		case "class", "id", "role":
			if chromeValue(at.Val) {
				return true
			}
		case "style":
			if hiddenStyle(at.Val) {
				return true
			}
		}
	}
	return false
}

// mainContent is the node whose text is the article: the <article> with the
// most text, else <main> (or role=main), else <body>, else the document.
func mainContent(root *html.Node) *html.Node {
	var best *html.Node
	bestLen := 0
	var main, body *html.Node
	var visit func(n *html.Node, inArticle bool)
	visit = func(n *html.Node, inArticle bool) {
		if isChrome(n, inArticle) {
			return
		}
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Article:
				if l := len(blockText(n)); l > bestLen {
					best, bestLen = n, l
				}
				inArticle = true
			case n.DataAtom == atom.Main || attr(n, "role") == "main":
				if main == nil {
					main = n
				}
			case n.DataAtom == atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, inArticle)
		}
	}
	visit(root, false)
	switch {
	case best != nil:
		return best
	case main != nil:
		return main
	case body != nil:
		return body
	}
	return root
}

// blockTags end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Blockquote: true, atom.Pre: true, atom.Br: true, atom.Tr: true,
	atom.Table: true, atom.Figcaption: true, atom.Dd: true, atom.Dt: true,
	atom.Hr: true, atom.Header: true, atom.Footer: true, atom.Body: true,
	atom.Figure: true, atom.Address: true, atom.Td: true, atom.Th: true,
}

// textBuilder gathers text as paragraphs, white space collapsed.
type textBuilder struct {
	paras []string
	cur   strings.Builder
}

func (b *textBuilder) breakPara() {
	if s := strings.Join(strings.Fields(b.cur.String()), " "); s != "" {
		b.paras = append(b.paras, s)
	}
	b.cur.Reset()
}

func (b *textBuilder) walk(n *html.Node, inArticle bool) {
	switch n.Type {
	case html.TextNode:
		b.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if isChrome(n, inArticle) {
			return
		}
		if n.DataAtom == atom.Article {
			inArticle = true
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blockTags[n.DataAtom]
	if block {
		b.breakPara()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c, inArticle)
	}
	if block {
		b.breakPara()
	}
}

func (b *textBuilder) String() string {
	b.breakPara()
	return strings.Join(b.paras, "\n")
}

// blockText is the text under n, one paragraph per line.
func blockText(n *html.Node) string {
	var b textBuilder
	b.walk(n, hasAncestor(n, atom.Article))
	return b.String()
}

// inlineText is the text under n on one line.
func inlineText(n *html.Node) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(blockText(n), "\n", " ")), " ")
}

func hasAncestor(n *html.Node, a atom.Atom) bool {
	for p := n; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == a {
			return true
		}
	}
	return false
}

// find is the first element a under n, in document order, not inside chrome.
func find(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	var visit func(*html.Node, bool)
	visit = func(n *html.Node, inArticle bool) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode {
			if n.DataAtom == a {
				found = n
				return
			}
			if n.DataAtom != atom.Head && isChrome(n, inArticle) {
				return
			}
			if n.DataAtom == atom.Article {
				inArticle = true
			}
		}
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			visit(c, inArticle)
		}
	}
	visit(n, hasAncestor(n, atom.Article))
	return found
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// publishedDate finds the publication date in the page's metadata, else in
// the first <time datetime> of the article body, else of the page.
func publishedDate(root, body *html.Node) string {
	var date string
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if date != "" {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
			switch key {
			case "article:published_time", "date", "pubdate", "publishdate", "dc.date.issued", "dc.date", "datepublished", "og:published_time":
				date = NormaliseDate(attr(n, "content"))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	if date != "" {
		return date
	}
	for _, n := range []*html.Node{body, root} {
		var visitTime func(*html.Node)
		visitTime = func(n *html.Node) {
			if date != "" {
				return
			}
			if n.Type == html.ElementNode && n.DataAtom == atom.Time {
				date = NormaliseDate(attr(n, "datetime"))
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				visitTime(c)
			}
		}
		visitTime(n)
		if date != "" {
			break
		}
	}
	return date
}
