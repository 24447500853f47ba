package fetch_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/ingest/fetch"
	"github.com/actorgraph/actorgraph/internal/feedtest"
)

var item = feedtest.Item{GUID: "g1", Link: "https://wire.test/a", Title: "A", Description: "Iran warned Israel."}

func quick() fetch.Options {
	return fetch.Options{Timeout: 2 * time.Second, Retries: 2, Backoff: 10 * time.Millisecond, HostGap: -1}
}

func TestConditionalGet(t *testing.T) {
	s := feedtest.Start()
	defer s.Close()
	s.SetFeed("/f.xml", item)
	c := fetch.New(quick())
	ctx := context.Background()
	r1, err := c.Get(ctx, s.URL("/f.xml"), fetch.Validators{})
	if err != nil || r1.NotModified || !strings.Contains(string(r1.Body), "Iran warned Israel") || r1.Validators.ETag == "" || r1.Validators.LastModified == "" {
		t.Fatalf("first get: %+v %v", r1.Validators, err)
	}
	r2, err := c.Get(ctx, s.URL("/f.xml"), r1.Validators)
	if err != nil || !r2.NotModified || r2.Body != nil || r2.Validators != r1.Validators {
		t.Fatalf("unchanged feed: not modified %v, body %d bytes, err %v", r2.NotModified, len(r2.Body), err)
	}
	s.SetFeed("/f.xml", item, feedtest.Item{GUID: "g2", Description: "Israel attacked Iran."})
	r3, err := c.Get(ctx, s.URL("/f.xml"), r1.Validators)
	if err != nil || r3.NotModified || !strings.Contains(string(r3.Body), "Israel attacked Iran") || r3.Validators.ETag == r1.Validators.ETag {
		t.Fatalf("changed feed: %+v %v", r3, err)
	}
	if got := s.Counts("/f.xml"); got.OK != 2 || got.NotModified != 1 {
		t.Errorf("server counts %+v, want 2 OK and 1 not modified", got)
	}
}

func TestFailures(t *testing.T) {
	s := feedtest.Start()
	defer s.Close()
	s.SetFeed("/flaky.xml", item)
	s.Fail("/flaky.xml", 2)
	s.SetFeed("/down.xml", item)
	s.Fail("/down.xml", 100)
	s.SetFeed("/slow.xml", item)
	s.Slow("/slow.xml", 3*time.Second)
	c := fetch.New(fetch.Options{Timeout: 200 * time.Millisecond, Retries: 2, Backoff: 10 * time.Millisecond, HostGap: -1})
	ctx := context.Background()
	for _, tc := range []struct {
		path     string
		ok       bool
		attempts int
		msg      string
	}{
		{"/flaky.xml", true, 3, ""},
		{"/down.xml", false, 3, "503"},
		{"/missing.xml", false, 1, "404"},
		{"/slow.xml", false, 3, "within 200ms"},
	} {
		start := time.Now()
		r, err := c.Get(ctx, s.URL(tc.path), fetch.Validators{})
		if tc.ok {
			if err != nil || r.Attempts != tc.attempts {
				t.Errorf("%s: attempts %d, err %v; want success on attempt %d", tc.path, r.Attempts, err, tc.attempts)
			}
			continue
		}
		var fe *fetch.Error
		if !errors.As(err, &fe) || fe.Attempts != tc.attempts || !strings.Contains(err.Error(), tc.msg) || !strings.Contains(err.Error(), s.URL(tc.path)) {
			t.Errorf("%s: err %v (attempts %d), want %d attempts and %q with the URL", tc.path, err, fe.Attempts, tc.attempts, tc.msg)
		}
		if el := time.Since(start); el > 2*time.Second {
			t.Errorf("%s: took %v", tc.path, el)
		}
	}
	if _, err := c.Get(ctx, "ftp://x/y", fetch.Validators{}); err == nil {
		t.Error("ftp URL accepted")
	}
}

func TestHostGapSpacesRequests(t *testing.T) {
	s := feedtest.Start()
	defer s.Close()
	s.SetFeed("/f.xml", item)
	c := fetch.New(fetch.Options{HostGap: 100 * time.Millisecond})
	start := time.Now()
	for range 3 {
		if _, err := c.Get(context.Background(), s.URL("/f.xml"), fetch.Validators{}); err != nil {
			t.Fatal(err)
		}
	}
	if el := time.Since(start); el < 200*time.Millisecond {
		t.Errorf("3 requests to one host in %v, want at least 200ms apart in all", el)
	}
}

func TestCancelStopsRetries(t *testing.T) {
	s := feedtest.Start()
	defer s.Close()
	s.SetFeed("/down.xml", item)
	s.Fail("/down.xml", 100)
	c := fetch.New(fetch.Options{Retries: 5, Backoff: time.Hour, HostGap: -1})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := c.Get(ctx, s.URL("/down.xml"), fetch.Validators{}); err == nil {
		t.Fatal("no error")
	}
	if time.Since(start) > 2*time.Second {
		t.Error("a cancelled fetch waited for its backoff")
	}
}
