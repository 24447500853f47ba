package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/analyze"
)

func TestParseWindow(t *testing.T) {
	for _, tc := range []struct {
		in   string
		days int
		ok   bool
	}{{"1d", 1, true}, {"7d", 7, true}, {"30D", 30, true}, {" 14d ", 14, true},
		{"7", 0, false}, {"0d", 0, false}, {"-3d", 0, false}, {"1w", 0, false}, {"d", 0, false}, {"99999d", 0, false}} {
		days, err := parseWindow(tc.in)
		if (err == nil) != tc.ok || days != tc.days {
			t.Errorf("parseWindow(%q) = %d, %v; want %d, ok=%v", tc.in, days, err, tc.days, tc.ok)
		}
	}
}

func TestAnalyzeWindowsAndFlags(t *testing.T) {
	fixture := filepath.Join("..", "..", "analyze", "testdata", "israel-iran.jsonl")
	code, out, stderr := run(t, "analyze", fixture, "--window", "7d", "--pivots", "3")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res analyze.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Windows) != 2 || res.WindowDays != 7 {
		t.Errorf("%d windows of %d days, want 2 of 7", len(res.Windows), res.WindowDays)
	}
	if !strings.HasPrefix(res.Actor.Betweenness, "sampled (3 of") {
		t.Errorf("--pivots 3: method %q", res.Actor.Betweenness)
	}
	for _, args := range [][]string{
		{"analyze", fixture, "--window", "week"},
		{"analyze", fixture, "--exact", "--pivots", "5"},
		{"analyze", fixture, "--pivots", "-2"},
	} {
		if code, _, stderr := run(t, args...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want usage error", args, code, stderr)
		}
	}
	code, out, _ = run(t, "analyze", fixture, "--format", "table", "--exact")
	if code != exitOK || !strings.Contains(out, "betweenness exact") || !strings.Contains(out, "Iran – Israel  1     United States") {
		t.Errorf("table output:\n%s", out)
	}
}

func FuzzParseWindow(f *testing.F) {
	for _, s := range []string{"1d", "7d", "30d", "", "d", "-1d", "1e9d", "٣d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		days, err := parseWindow(s)
		if err == nil && (days < 1 || days > 3660) {
			t.Errorf("parseWindow(%q) = %d without error", s, days)
		}
		if err != nil && days != 0 {
			t.Errorf("parseWindow(%q) = %d with error %v", s, days, err)
		}
	})
}
