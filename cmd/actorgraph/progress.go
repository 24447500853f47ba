package main

import (
	"os"
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
// terminal and the log is not quieted; otherwise a bar that draws nothing,
// so logs, pipes and CI output stay clean.
func (a *app) progress(total int, what string) progressBar {
	f, ok := a.stderr.(*os.File)
	if !ok || a.quiet || a.logFormat == "json" || !term.IsTerminal(int(f.Fd())) || total < 2 {
		return noBar{}
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
