package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"sync"

	readability "github.com/go-shiori/go-readability"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/fetch"
)

// feedsSide is the state side file that keeps each URL's validators.
const feedsSide = "feeds.json"

// ReadFeedList reads a feeds file: one http(s) URL per line; blank lines
// and lines starting with # are ignored. Its error names the file and the
// first bad line.
func ReadFeedList(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("feeds file: %w", err)
	}
	var urls []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !fetch.IsURL(line) {
			return nil, fmt.Errorf("feeds file %s:%d: %q is not an http or https URL", path, n, line)
		}
		if _, err := url.Parse(line); err != nil {
			return nil, fmt.Errorf("feeds file %s:%d: %v", path, n, err)
		}
		urls = append(urls, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("feeds file %s: %w", path, err)
	}
	return urls, nil
}

// SplitInputs separates the URLs among inputs from the paths.
func SplitInputs(inputs []string) (paths, urls []string) {
	for _, in := range inputs {
		if fetch.IsURL(in) {
			urls = append(urls, in)
		} else {
			paths = append(paths, in)
		}
	}
	return paths, urls
}

// FeedStats counts what fetching a run's URLs did.
type FeedStats struct {
	URLs        int // URLs asked for
	Fetched     int // answered with a body
	NotModified int // answered 304: unchanged since the last run
	Failed      int // failed (each logged with its URL)
}

// fetchAll gets each URL (at most 4 at a time; the client spaces requests
// to one host), sending the validators of prev, and returns the sources of
// those that answered with a body, in the order of urls, and the
// validators to remember. Each failure goes to bad; none stops the others.
func fetchAll(ctx context.Context, c *fetch.Client, urls []string, prev map[string]fetch.Validators, feeds map[string]bool, bad func(ingest.Problem)) ([]ingest.Source, map[string]fetch.Validators, FeedStats) {
	st := FeedStats{URLs: len(urls)}
	results := make([]fetch.Result, len(urls))
	errs := make([]error, len(urls))
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i], errs[i] = c.Get(ctx, u, prev[u])
		}()
	}
	wg.Wait()
	next := map[string]fetch.Validators{}
	var srcs []ingest.Source
	seen := map[string]bool{}
	for i, u := range urls {
		if seen[u] {
			continue
		}
		seen[u] = true
		if errs[i] != nil {
			st.Failed++
			if v, ok := prev[u]; ok {
				next[u] = v
			}
			bad(ingest.Problem{Path: u, Err: errs[i]})
			continue
		}
		r := results[i]
		if r.Validators != (fetch.Validators{}) {
			next[u] = r.Validators
		}
		if r.NotModified {
			st.NotModified++
			continue
		}
		st.Fetched++
		format := ingest.Sniffed // a URL given as an input: a page or a feed
		if feeds[u] {
			format = ingest.Feed // from the feeds file: a body that is no feed is a bad input
		}
		srcs = append(srcs, ingest.Source{Path: u, Doc: u, Format: format, Body: r.Body})
	}
	return srcs, next, st
}

// articlePages returns a pump Prepare function that fetches the page of
// each article with an http(s) URL and takes its main text (readability),
// keeping the article's own text (a feed item's description) when the page
// cannot be fetched or has less text.
func articlePages(c *fetch.Client, log *slog.Logger) func(context.Context, graph.Article) graph.Article {
	return func(ctx context.Context, a graph.Article) graph.Article {
		if !fetch.IsURL(a.URL) {
			return a
		}
		res, err := c.Get(ctx, a.URL, fetch.Validators{})
		if err != nil {
			log.Warn("article page not fetched; using the feed's text", "doc", a.Doc, "url", a.URL, "err", err.Error())
			return a
		}
		text, title := pageText(res.Body, res.Final)
		if len(text) <= len(a.Text) {
			log.Debug("article page has no more text than the feed; using the feed's text", "doc", a.Doc, "url", a.URL)
			return a
		}
		a.Text = text
		if a.Title == "" {
			a.Title = title
		}
		return a
	}
}

// pageText is the main text of a web page, by readability, one paragraph a
// line, and its title; "" when there is none.
func pageText(body []byte, pageURL string) (text, title string) {
	u, _ := url.Parse(pageURL)
	art, err := readability.FromReader(bytes.NewReader(body), u)
	if err != nil {
		return "", ""
	}
	text = strings.TrimSpace(art.TextContent)
	if art.Content != "" {
		if t := ingest.HTMLText(art.Content); t != "" {
			text = t
		}
	}
	return text, strings.TrimSpace(art.Title)
}
