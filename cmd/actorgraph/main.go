// Command actorgraph turns news articles into a graph of who did what to whom
// among political actors, and shows who is mediating.
//
// Exit codes: 0 done; 1 failed; 2 usage error; 3 done, but some inputs were
// bad and skipped, or the extractor failed on an article (each is named on
// stderr).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK       = 0
	exitFailed   = 1
	exitUsage    = 2
	exitBadInput = 3
)

// exitError carries an exit code up to main.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageErr(format string, a ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, a...)}
}

// errBadInput is returned when a command finished its work but skipped bad
// inputs; the problems were already logged.
var errBadInput = &exitError{code: exitBadInput, err: errors.New("some inputs were bad and skipped")}

// app is what every subcommand shares: where it writes and how it logs.
type app struct {
	stdout, stderr io.Writer
	log            *slog.Logger
	logFormat      string
	logLevel       string
	quiet          bool
	// afterSave, when set (by a test), is called by a run once its state
	// and files are saved, before Neo4j is told.
	afterSave func()
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() { <-ctx.Done(); stop() }() // a second signal kills at once
	code := runMain(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// runMain runs the CLI with args and returns the exit code.
func runMain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return runApp(ctx, &app{stdout: stdout, stderr: stderr}, args)
}

// runApp runs the CLI as a and returns the exit code.
func runApp(ctx context.Context, a *app, args []string) int {
	// every write to standard output goes through out, which keeps the
	// first error: a command whose results could not be written (a full
	// disk, a closed pipe) must not exit 0
	out := &stickyWriter{w: a.stdout}
	a.stdout = out
	stderr := a.stderr
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetOut(out)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil && out.err != nil {
		err = fmt.Errorf("write standard output: %w", out.err)
	}
	if err == nil {
		return exitOK
	}
	help := "Run 'actorgraph --help' for usage."
	if cmd != nil && cmd != root {
		help = fmt.Sprintf("Run '%s --help' for usage.", cmd.CommandPath())
	}
	code, msg := exitFailed, err
	var ee *exitError
	if errors.As(err, &ee) {
		code, msg = ee.code, ee.err
	} else if isUsage(err) {
		code = exitUsage
	}
	if code == exitBadInput {
		return code // (each bad input was named as it was met)
	}
	if code == exitUsage {
		// flags that did not parse: --log-format json may stand after the bad one
		for i, v := range args {
			if v == "--log-format=json" || v == "--log-format" && i+1 < len(args) && args[i+1] == "json" {
				a.logFormat = "json"
			}
		}
	}
	a.reportError(msg, code, help)
	return code
}

// reportError writes the error a command ended with on stderr: a line
// "actorgraph: ..." (and the help hint for a usage error), or, with
// --log-format json, one JSON record like the log's, so that a log reader
// meets no plain line.
func (a *app) reportError(err error, code int, help string) {
	if a.logFormat == "json" {
		l := slog.New(slog.NewJSONHandler(a.stderr, nil))
		attrs := []any{"err", err.Error(), "exit", code}
		if code == exitUsage {
			attrs = append(attrs, "help", help)
		}
		l.Error("actorgraph failed", attrs...)
		return
	}
	fmt.Fprintf(a.stderr, "actorgraph: %v\n", err)
	if code == exitUsage {
		fmt.Fprintln(a.stderr, help)
	}
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "actorgraph",
		Short: "Turn news articles into a graph of who did what to whom, and show who mediates",
		Long: `actorgraph reads news articles, extracts edges between political actors
(URGED, WARNED, SPOKE_WITH, ATTACKED, SUPPORTED, ACCUSED), each with the
sentence it came from, analyses the graph (centralities, mediators of each
conflict) and writes reports; it loads the graph into Neo4j when one is
configured.

The flow: extract -> graph -> (neo4j | analyze -> report). 'actorgraph run'
does it all.

Exit codes: 0 done, 1 failed, 2 usage error, 3 done but some inputs were bad
and skipped, or the extractor failed on an article (each named on stderr).`,
		SilenceUsage:      true,
		SilenceErrors:     true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error { return a.setupLog() },
	}
	root.PersistentFlags().StringVar(&a.logFormat, "log-format", "text", "log format on stderr: text or json")
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", "info", "log level: debug, info, warn, error")
	root.PersistentFlags().BoolVarP(&a.quiet, "quiet", "q", false, "log only warnings and errors")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &exitError{code: exitUsage, err: err} })
	root.AddCommand(a.extractCmd(), a.analyzeCmd(), a.reportCmd(), a.withNeo4jFlags(a.runCmd()), a.evalCmd(), a.loadCmd(), a.queryCmd(), a.mergeCmd(), a.exportCmd())
	// cobra's help prints a failed write of the help on stderr itself; the
	// standard output's writer keeps that error and runApp reports it once
	help := root.HelpFunc()
	root.SetHelpFunc(func(c *cobra.Command, args []string) {
		errw := c.ErrOrStderr()
		c.SetErr(io.Discard)
		defer c.SetErr(errw)
		help(c, args)
	})
	return root
}

func (a *app) setupLog() error {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(a.logLevel)); err != nil {
		return usageErr("--log-level %q: want debug, info, warn or error", a.logLevel)
	}
	if a.quiet && lvl < slog.LevelInfo {
		return usageErr("--quiet and --log-level %s exclude each other: quiet logs only warnings and errors", a.logLevel)
	}
	if a.quiet && lvl < slog.LevelWarn {
		lvl = slog.LevelWarn
	}
	opts := &slog.HandlerOptions{Level: lvl}
	switch a.logFormat {
	case "text":
		a.log = slog.New(slog.NewTextHandler(a.stderr, opts))
	case "json":
		a.log = slog.New(slog.NewJSONHandler(a.stderr, opts))
	default:
		return usageErr("--log-format %q: want text or json", a.logFormat)
	}
	return nil
}

// isUsage reports whether err is a usage error: ours, or cobra's for an
// unknown command (cobra has no error type for it).
func isUsage(err error) bool {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code == exitUsage
	}
	return strings.HasPrefix(err.Error(), "unknown command ")
}

// argsAtLeast is cobra.MinimumNArgs with a usage exit code.
func argsAtLeast(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) < n {
			return usageErr("missing %s", what)
		}
		return nil
	}
}

// argsExactly is cobra.ExactArgs with a usage exit code.
func argsExactly(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErr("want %s, got %d arguments", what, len(args))
		}
		return nil
	}
}

// stickyWriter passes writes on to w and keeps the first error, returning
// it from every later write.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	s.err = err
	return n, err
}
