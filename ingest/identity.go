package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"net"
	"net/url"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// MinHashedText is the shortest text (in bytes, after normalising white
// space and case) whose content hash identifies an article: shorter texts
// (a one-line teaser, "Read more") are too alike across different stories.
const MinHashedText = 200

// trackingParams are query parameters that name a campaign or a referrer,
// not a page; CanonicalURL drops them.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"ref": true, "ref_src": true, "cmpid": true, "ocid": true, "smid": true, "cid": true, "taid": true,
	"at_medium": true, "at_campaign": true, "guccounter": true,
}

// CanonicalURL is the form of an article's address under which two copies
// of one page are equal: scheme and host in lower case without "www." and
// the default port, no fragment, no tracking parameters (utm_*, fbclid,
// gclid, ...), the other parameters sorted, no trailing slash, and http
// taken as https. It is "" when s is not an absolute http(s) URL.
func CanonicalURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	if host == "" || strings.ContainsAny(host, "[]/?#@ ") {
		return ""
	}
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host = net.JoinHostPort(host, p)
	} else if strings.Contains(host, ":") {
		host = "[" + host + "]" // IPv6
	}
	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var qs []string
	for _, k := range keys {
		vs := append([]string(nil), q[k]...)
		sort.Strings(vs)
		for _, v := range vs {
			qs = append(qs, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	path := strings.TrimRight(u.EscapedPath(), "/")
	out := "https://" + host + path
	if len(qs) > 0 {
		out += "?" + strings.Join(qs, "&")
	}
	return out
}

// TextHash is a hash of an article's text with white space collapsed,
// letters in lower case and punctuation dropped, or "" when that text is
// shorter than MinHashedText: the same wire story published under two
// addresses has one TextHash.
func TextHash(text string) string {
	var b strings.Builder
	space := false
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r):
			space = true
		}
	}
	if b.Len() < MinHashedText {
		return ""
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:12])
}

// Keys are the identities of an article, strongest first: "url:" and its
// canonical URL (from its URL, and from its Doc when that is an address, as
// a feed item's GUID or link often is), "id:" and its Doc, and "text:" and
// its TextHash. Two articles that share a key are one article reached
// twice. Its cost is one pass over the text and one SHA-256.
func Keys(a graph.Article) []string {
	var keys []string
	add := func(k string) {
		for _, have := range keys {
			if have == k {
				return
			}
		}
		keys = append(keys, k)
	}
	if c := CanonicalURL(a.URL); c != "" {
		add("url:" + c)
	}
	if c := CanonicalURL(a.Doc); c != "" {
		add("url:" + c)
	}
	add("id:" + a.Doc)
	if h := TextHash(a.Text); h != "" {
		add("text:" + h)
	}
	return keys
}
