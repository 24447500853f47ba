package main

import (
	"log/slog"
	"math"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressBar is the little a long loop needs of a progress bar.
type progressBar interface {
	Add(n int) error
	Finish() error
}

type noBar struct{}

func (noBar) Add(int) error { return nil }
func (noBar) Finish() error { return nil }

// progress returns a bar of total steps drawn on stderr when stderr is a
// terminal and the log is not quieted; when stderr is a file or a pipe (or
// the log is JSON), a bar that logs one "progress" record every
// progressEvery of a long loop, so that a scheduled run's log shows it is
// alive; with --quiet, nothing.
func (a *app) progress(total int, what string) progressBar {
	f, ok := a.stderr.(*os.File)
	if a.quiet || total < 2 {
		return noBar{}
	}
	if !ok || a.logFormat == "json" || !term.IsTerminal(int(f.Fd())) {
		// a log, a pipe, cron or a container: a log record now and then
		return &logBar{log: a.log, what: what, total: total, start: time.Now(), every: progressEvery}
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionShowIts(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetPredictTime(true),
	)
}

// progressEvery is how often a logBar writes a record: a loop shorter than
// that logs nothing.
const progressEvery = 30 * time.Second

// logBar is a progress bar for logs: at most one info record each every,
// with the steps done, the total and the rate.
type logBar struct {
	log   *slog.Logger
	what  string
	total int
	start time.Time
	every time.Duration

	mu   sync.Mutex
	done int
	last time.Time // when the last record was written
}

func (b *logBar) Add(n int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done += n
	now := time.Now()
	if b.last.IsZero() {
		b.last = b.start
	}
	if now.Sub(b.last) < b.every || b.done >= b.total {
		return nil
	}
	b.last = now
	el := now.Sub(b.start)
	b.log.Info("progress", "what", b.what, "done", b.done, "total", b.total,
		"per_second", math.Round(float64(b.done)/el.Seconds()*10)/10, "elapsed", el.Round(time.Second).String())
	return nil
}

func (b *logBar) Finish() error { return nil }
