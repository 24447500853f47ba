// Package schedule runs a job again and again: every fixed interval or at
// the times of a cron expression, one run at a time, until its context ends.
package schedule

import (
	"context"
	"fmt"
	"time"
	_ "time/tzdata" // CRON_TZ=Zone works in images without a zone database (distroless)

	cron "github.com/netresearch/go-cron"
)

// Schedule gives the next time a job runs, strictly after t.
type Schedule interface {
	Next(t time.Time) time.Time
}

// every is a fixed interval.
type every time.Duration

func (d every) Next(t time.Time) time.Time { return t.Add(time.Duration(d)) }

// Every runs a job every d, timed from the start of the previous run.
func Every(d time.Duration) (Schedule, error) {
	if d < time.Second {
		return nil, fmt.Errorf("interval %v: want at least 1s", d)
	}
	return every(d), nil
}

// cronParser reads standard 5-field cron (minute hour day-of-month month
// day-of-week) and descriptors (@hourly, @daily, @every 90m). Day-of-month and
// day-of-week combine with OR, as in crontab(5).
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor | cron.DowOrDom)

// Cron reads a cron expression such as "0 * * * *" (hourly) or
// "*/15 6-22 * * 1-5". Times are in loc (time.Local when nil) unless the
// expression starts with CRON_TZ=Zone.
func Cron(spec string, loc *time.Location) (Schedule, error) {
	if loc == nil {
		loc = time.Local
	}
	s, err := cronParser.Parse(spec)
	if err != nil {
		return nil, fmt.Errorf("cron %q: %v", spec, err)
	}
	return inZone{s, loc}, nil
}

type inZone struct {
	s   cron.Schedule
	loc *time.Location
}

func (z inZone) Next(t time.Time) time.Time { return z.s.Next(t.In(z.loc)) }

// Clock is the time a Loop sees; tests give a fake one.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// RealClock is the wall clock.
var RealClock Clock = realClock{}

// Loop runs job at the times of s until ctx ends, one run at a time: when a
// run overruns one or more of its slots, they are skipped, not queued. With
// now set, the first run is at once rather than at s's first time. Before
// each wait it calls waiting (when not nil) with the next run's time. An
// error from job is passed to failed (when not nil) and the loop goes on.
// Loop returns when ctx ends, after the run in progress (which sees ctx
// ended) returns.
func Loop(ctx context.Context, s Schedule, clock Clock, now bool, job func(context.Context) error, waiting func(time.Time), failed func(error)) {
	if clock == nil {
		clock = RealClock
	}
	next := clock.Now()
	if !now {
		next = s.Next(next)
	}
	for {
		if d := next.Sub(clock.Now()); d > 0 {
			if waiting != nil {
				waiting(next)
			}
			select {
			case <-ctx.Done():
				return
			case <-clock.After(d):
			}
		}
		if ctx.Err() != nil {
			return
		}
		start := clock.Now()
		if err := job(ctx); err != nil && failed != nil && ctx.Err() == nil {
			failed(err)
		}
		if ctx.Err() != nil {
			return
		}
		next = s.Next(start)
		if end := clock.Now(); !next.After(end) {
			next = s.Next(end) // overran: skip the missed slots
		}
	}
}
