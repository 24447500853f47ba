package schedule

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestCron(t *testing.T) {
	utc := time.UTC
	at := func(s string) time.Time {
		tm, err := time.Parse("2006-01-02 15:04", s)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	for _, tc := range []struct{ spec, from, want string }{
		{"0 * * * *", "2026-11-22 00:40", "2026-11-22 01:00"},
		{"*/15 * * * *", "2026-11-22 00:40", "2026-11-22 00:45"},
		{"30 6 * * 1-5", "2026-11-21 07:00", "2026-11-23 06:30"}, // Saturday -> Monday
		{"@daily", "2026-11-22 00:40", "2026-11-23 00:00"},
		{"0 0 1 * 1", "2026-11-22 00:40", "2026-11-23 00:00"},                    // day-of-month OR day-of-week: Monday 23rd
		{"CRON_TZ=Asia/Tokyo 0 9 * * *", "2026-11-22 00:40", "2026-11-23 00:00"}, // 09:00 in Tokyo is 00:00 UTC
	} {
		s, err := Cron(tc.spec, utc)
		if err != nil {
			t.Fatalf("%s: %v", tc.spec, err)
		}
		if got := s.Next(at(tc.from)); !got.Equal(at(tc.want)) {
			t.Errorf("%q after %s = %s, want %s", tc.spec, tc.from, got, tc.want)
		}
	}
	for _, bad := range []string{"", "* * *", "61 * * * *", "every hour"} {
		if _, err := Cron(bad, utc); err == nil {
			t.Errorf("Cron(%q) accepted", bad)
		}
	}
	if _, err := Every(time.Millisecond); err == nil {
		t.Error("Every(1ms) accepted")
	}
}

// fakeClock moves time forward only when the loop waits or a job runs.
type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time { return c.now }
func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.now = c.now.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

func TestLoop(t *testing.T) {
	start := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	clock := &fakeClock{now: start}
	s, _ := Every(time.Hour)
	ctx, cancel := context.WithCancel(context.Background())
	var runs []time.Time
	var failures int
	Loop(ctx, s, clock, true, func(context.Context) error {
		runs = append(runs, clock.now)
		switch len(runs) {
		case 2:
			clock.now = clock.now.Add(150 * time.Minute) // overruns two slots
			return errors.New("boom")
		case 4:
			cancel()
		}
		return nil
	}, nil, func(error) { failures++ })
	want := []time.Time{start, start.Add(time.Hour), start.Add(time.Hour + 150*time.Minute + time.Hour), start.Add(time.Hour + 150*time.Minute + 2*time.Hour)}
	if len(runs) != len(want) {
		t.Fatalf("runs at %v, want %v", runs, want)
	}
	for i := range want {
		if !runs[i].Equal(want[i]) {
			t.Errorf("run %d at %s, want %s", i, runs[i], want[i])
		}
	}
	if failures != 1 {
		t.Errorf("%d failures reported, want 1", failures)
	}
}
