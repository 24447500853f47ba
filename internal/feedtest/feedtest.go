// Package feedtest is an HTTP server of RSS feeds and article pages for
// tests: feeds whose items can be changed between requests, honest ETag and
// Last-Modified validators (a conditional GET of an unchanged feed is
// answered 304), and faults on demand (5xx answers, slow answers, malformed
// bodies). It listens on 127.0.0.1 only; nothing reaches the internet.
package feedtest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// Item is one feed item.
type Item struct {
	GUID, Link, Title, Description, Published string
}

// Counts are what the server answered.
type Counts struct {
	Requests, OK, NotModified, Failed int
}

// Server serves feeds at the paths set with SetFeed and pages at the paths
// set with SetPage.
type Server struct {
	*httptest.Server
	mu     sync.Mutex
	feeds  map[string][]Item
	pages  map[string]string
	raw    map[string]string
	fail   map[string]int // path -> 5xx answers still to give
	slow   map[string]time.Duration
	counts map[string]*Counts
	mod    map[string]time.Time // path -> Last-Modified
}

// Start starts a server; it is closed when the test ends via Close.
func Start() *Server {
	s := &Server{feeds: map[string][]Item{}, pages: map[string]string{}, raw: map[string]string{},
		fail: map[string]int{}, slow: map[string]time.Duration{}, counts: map[string]*Counts{}, mod: map[string]time.Time{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// URL is the address of path on the server.
func (s *Server) URL(path string) string { return s.Server.URL + path }

// SetFeed makes path serve an RSS feed of items (a new version when they
// differ from the last).
func (s *Server) SetFeed(path string, items ...Item) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.feeds[path] = items
	s.mod[path] = time.Now().UTC().Truncate(time.Second)
}

// SetRaw makes path serve body as it is (a malformed feed, say).
func (s *Server) SetRaw(path, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.raw[path] = body
}

// SetPage makes path serve an HTML article page with title and paragraphs,
// among navigation and footer chrome.
func (s *Server) SetPage(path, title string, paragraphs ...string) {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s</title></head><body>\n<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>\n<article><h1>%s</h1>\n", html.EscapeString(title), html.EscapeString(title))
	for _, p := range paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString("</article>\n<footer>Copyright. Subscribe to our newsletter.</footer></body></html>\n")
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = b.String()
}

// Fail makes the next n requests for path answer 503.
func (s *Server) Fail(path string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail[path] = n
}

// Slow makes every answer for path wait d before its body.
func (s *Server) Slow(path string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.slow[path] = d
}

// Counts returns what was answered for path so far.
func (s *Server) Counts(path string) Counts {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.counts[path]; c != nil {
		return *c
	}
	return Counts{}
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	s.mu.Lock()
	c := s.counts[path]
	if c == nil {
		c = &Counts{}
		s.counts[path] = c
	}
	c.Requests++
	slow := s.slow[path]
	if s.fail[path] > 0 {
		s.fail[path]--
		c.Failed++
		s.mu.Unlock()
		http.Error(w, "try later", http.StatusServiceUnavailable)
		return
	}
	items, isFeed := s.feeds[path]
	page, isPage := s.pages[path]
	raw, isRaw := s.raw[path]
	mod := s.mod[path]
	s.mu.Unlock()
	if slow > 0 {
		select {
		case <-time.After(slow):
		case <-r.Context().Done():
			return
		}
	}
	var body, ctype string
	switch {
	case isRaw:
		body, ctype = raw, "application/rss+xml"
	case isFeed:
		body, ctype = rss(items), "application/rss+xml"
	case isPage:
		body, ctype = page, "text/html; charset=utf-8"
	default:
		s.count(path, func(c *Counts) { c.Failed++ })
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256([]byte(body))
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	if !mod.IsZero() {
		w.Header().Set("Last-Modified", mod.Format(http.TimeFormat))
	}
	if inm := r.Header.Get("If-None-Match"); inm != "" && inm == etag {
		s.count(path, func(c *Counts) { c.NotModified++ })
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.count(path, func(c *Counts) { c.OK++ })
	w.Header().Set("Content-Type", ctype)
	fmt.Fprint(w, body)
}

func (s *Server) count(path string, f func(*Counts)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(s.counts[path])
}

// rss writes items as an RSS 2.0 feed.
func rss(items []Item) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>https://wire.test/</link><description>news</description>
`)
	for _, it := range items {
		b.WriteString("<item>")
		if it.Title != "" {
			fmt.Fprintf(&b, "<title>%s</title>", html.EscapeString(it.Title))
		}
		if it.Link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", html.EscapeString(it.Link))
		}
		if it.GUID != "" {
			fmt.Fprintf(&b, "<guid>%s</guid>", html.EscapeString(it.GUID))
		}
		if it.Published != "" {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.Published)
		}
		fmt.Fprintf(&b, "<description>%s</description></item>\n", html.EscapeString(it.Description))
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}
