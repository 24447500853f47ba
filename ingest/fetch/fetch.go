// Package fetch gets feeds and web pages over HTTP politely: each request
// has a deadline, a feed is asked for only when it changed (conditional GET
// with the ETag and Last-Modified of the previous answer), transient
// failures (network errors, 429, 5xx) are retried with exponential backoff,
// and requests to one host are spaced by a minimum interval. A failure is an
// error naming the URL and what went wrong; it never affects another URL.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Defaults of Options.
const (
	DefaultTimeout  = 30 * time.Second
	DefaultRetries  = 2
	DefaultBackoff  = time.Second
	DefaultHostGap  = time.Second
	DefaultMaxBytes = 64 << 20
	DefaultAgent    = "actorgraph (+https://github.com/actorgraph/actorgraph)"
)

// Options configure a Client. Zero fields take the defaults above.
type Options struct {
	Timeout   time.Duration // per request, headers and body (never none)
	Retries   int           // further attempts after a transient failure; negative for none
	Backoff   time.Duration // wait before the first retry; doubled for each next one
	HostGap   time.Duration // least time between two requests to one host; negative for none
	MaxBytes  int64         // largest body read; a larger one is an error
	UserAgent string
	// HTTP is the client used; nil is a client without a global timeout
	// (each request has its own deadline).
	HTTP *http.Client
}

// Validators are what a server said identifies the version it sent: sent
// back on the next request, they let it answer 304 Not Modified.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Result is the answer to one Get.
type Result struct {
	URL         string // the URL asked for
	Final       string // the URL answered, after redirects
	Body        []byte // nil when NotModified
	NotModified bool   // 304: the version the validators name is current
	Validators  Validators
	ContentType string
	Attempts    int
}

// Error is a failed Get: the URL, the HTTP status when there was one, and
// why. Temporary reports whether a later try may succeed.
type Error struct {
	URL       string
	Status    int
	Attempts  int
	Err       error
	Temporary bool
}

func (e *Error) Error() string {
	tries := ""
	if e.Attempts > 1 {
		tries = fmt.Sprintf(" (after %d attempts)", e.Attempts)
	}
	return fmt.Sprintf("fetch %s: %v%s", e.URL, e.Err, tries)
}

func (e *Error) Unwrap() error { return e.Err }

// Client fetches URLs; it is safe for concurrent use.
type Client struct {
	opt  Options
	mu   sync.Mutex
	next map[string]time.Time // host -> earliest time of its next request
}

// New returns a Client with opt's settings.
func New(opt Options) *Client {
	opt.Timeout = orDefault(max(opt.Timeout, 0), DefaultTimeout) // no request without a deadline
	opt.Retries = orDefault(opt.Retries, DefaultRetries)
	opt.Backoff = orDefault(opt.Backoff, DefaultBackoff)
	opt.HostGap = orDefault(opt.HostGap, DefaultHostGap)
	opt.MaxBytes = orDefault(max(opt.MaxBytes, 0), DefaultMaxBytes)
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultAgent
	}
	if opt.HTTP == nil {
		opt.HTTP = &http.Client{}
	}
	return &Client{opt: opt, next: map[string]time.Time{}}
}

// orDefault is def for zero, zero for a negative v ("none"), else v.
func orDefault[T int | int64 | time.Duration](v, def T) T {
	switch {
	case v == 0:
		return def
	case v < 0:
		return 0
	}
	return v
}

// IsURL reports whether s is an http or https URL (an input to fetch rather
// than a path to read).
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// Get fetches rawURL, sending prev's validators so that an unchanged
// resource costs a 304. It waits its turn for the host, and retries
// transient failures. Its cost is at most 1+Retries requests.
func (c *Client) Get(ctx context.Context, rawURL string, prev Validators) (Result, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Result{URL: rawURL}, &Error{URL: rawURL, Err: errors.New("not an http or https URL")}
	}
	backoff := c.opt.Backoff
	var last *Error
	for attempt := 1; attempt <= 1+c.opt.Retries; attempt++ {
		if attempt > 1 {
			t := time.NewTimer(backoff)
			select {
			case <-ctx.Done():
				t.Stop()
				return Result{URL: rawURL}, &Error{URL: rawURL, Attempts: attempt - 1, Err: context.Cause(ctx)}
			case <-t.C:
			}
			backoff *= 2
		}
		if err := c.wait(ctx, u.Host); err != nil {
			return Result{URL: rawURL}, &Error{URL: rawURL, Attempts: attempt - 1, Err: err}
		}
		res, ferr := c.once(ctx, u.String(), prev)
		res.Attempts = attempt
		if ferr == nil {
			return res, nil
		}
		ferr.Attempts = attempt
		last = ferr
		if !ferr.Temporary || ctx.Err() != nil {
			break
		}
	}
	return Result{URL: rawURL}, last
}

// wait blocks until host may be asked again and books the next slot.
func (c *Client) wait(ctx context.Context, host string) error {
	if c.opt.HostGap == 0 {
		return ctx.Err()
	}
	c.mu.Lock()
	now := time.Now()
	at := c.next[host]
	if at.Before(now) {
		at = now
	}
	c.next[host] = at.Add(c.opt.HostGap)
	c.mu.Unlock()
	if d := time.Until(at); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case <-t.C:
		}
	}
	return ctx.Err()
}

// once makes one request.
func (c *Client) once(ctx context.Context, rawURL string, prev Validators) (Result, *Error) {
	res := Result{URL: rawURL, Final: rawURL}
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return res, &Error{URL: rawURL, Err: err}
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
	if prev.ETag != "" {
		req.Header.Set("If-None-Match", prev.ETag)
	}
	if prev.LastModified != "" {
		req.Header.Set("If-Modified-Since", prev.LastModified)
	}
	resp, err := c.opt.HTTP.Do(req)
	if err != nil {
		why := err
		var ue *url.Error
		if errors.As(err, &ue) {
			why = ue.Err
		}
		if errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil {
			why = fmt.Errorf("no complete answer within %v", c.opt.Timeout)
		}
		return res, &Error{URL: rawURL, Err: why, Temporary: true}
	}
	defer resp.Body.Close()
	res.Final = resp.Request.URL.String()
	res.ContentType = resp.Header.Get("Content-Type")
	res.Validators = Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		res.NotModified = true
		if res.Validators == (Validators{}) {
			res.Validators = prev
		}
		return res, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		e := &Error{URL: rawURL, Status: resp.StatusCode, Err: fmt.Errorf("server answered %s", resp.Status), Temporary: true}
		if d := retryAfter(resp.Header.Get("Retry-After")); d > 0 {
			e.Err = fmt.Errorf("server answered %s (retry after %v)", resp.Status, d)
		}
		return res, e
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return res, &Error{URL: rawURL, Status: resp.StatusCode, Err: fmt.Errorf("server answered %s", resp.Status)}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opt.MaxBytes+1))
	if err != nil {
		why := err
		if ctx.Err() != nil {
			why = fmt.Errorf("body not complete within %v", c.opt.Timeout)
		}
		return res, &Error{URL: rawURL, Status: resp.StatusCode, Err: why, Temporary: true}
	}
	if int64(len(body)) > c.opt.MaxBytes {
		return res, &Error{URL: rawURL, Status: resp.StatusCode, Err: fmt.Errorf("larger than %d MiB", c.opt.MaxBytes>>20)}
	}
	res.Body = body
	return res, nil
}

// retryAfter reads a Retry-After header given in seconds.
func retryAfter(s string) time.Duration {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n <= 0 {
		return 0
	}
	return time.Duration(n) * time.Second
}
