package neo4j

import (
	"context"
	"errors"
	"fmt"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// txRunner is what a unit of work needs of a transaction: to run a statement.
type txRunner interface {
	Run(ctx context.Context, cypher string, params map[string]any) (driver.ResultWithContext, error)
}

// Backoff between retries: the first wait, doubling up to the last.
const (
	firstBackoff = 250 * time.Millisecond
	maxBackoff   = 4 * time.Second
)

// SilentError is a transaction the server did not finish within the
// timeout: it accepted the connection but did not answer in time (hung,
// stuck on a lock, or too slow). It is not retried: a server that hangs
// once hangs again, and each retry would cost another timeout.
type SilentError struct {
	Timeout time.Duration
	Err     error // what the driver said when the deadline passed
}

func (e *SilentError) Error() string {
	return fmt.Sprintf("the server did not answer within %s (it accepts connections but does not finish the transaction: hung, blocked, overloaded, or just started and still warming up: raise --neo4j-timeout if so): %v", e.Timeout, e.Err)
}

func (e *SilentError) Unwrap() error { return e.Err }

// RetriedError is a transaction that failed with a lost connection or a
// transient error on every attempt until the retry time was spent.
type RetriedError struct {
	Attempts  int
	Took      time.Duration // from the first attempt to the last failure
	RetryTime time.Duration // the configured bound
	Lost      bool          // the connection was lost (else a transient error)
	Err       error         // the last failure
}

func (e *RetriedError) Error() string {
	what := "the server answered with a transient error"
	if e.Lost {
		what = "lost the connection to the server"
	}
	if e.Attempts == 1 {
		return fmt.Sprintf("%s and did not retry (retry time %s): %v", what, e.RetryTime, e.Err)
	}
	return fmt.Sprintf("%s: %d attempts over %s failed, with backoff; a next one would start after the retry time of %s: %v",
		what, e.Attempts, e.Took.Round(10*time.Millisecond), e.RetryTime, e.Err)
}

func (e *RetriedError) Unwrap() error { return e.Err }

// InterruptedError is work stopped because its context ended: a signal
// (SIGINT, SIGTERM) or the deadline of the whole load.
type InterruptedError struct {
	Cause error // context.Cause of the context that ended
	Err   error
}

func (e *InterruptedError) Error() string {
	return fmt.Sprintf("interrupted (%v)", e.Cause)
}

func (e *InterruptedError) Unwrap() []error { return []error{e.Cause, e.Err} }

// silentCause marks the deadline of one attempt, so that its expiry is told
// apart from the caller's context ending.
type silentCause struct{}

func (silentCause) Error() string { return "transaction deadline" }

// transact runs work in one transaction of the given mode, and commits it.
// Each attempt runs under a deadline of cfg.Timeout (the driver's reads
// race a context only when it has a deadline, so without one a silent
// server blocks forever and a signal cannot stop it). An attempt that fails
// with a lost connection or a transient error is retried with exponential
// backoff (250ms doubling to 4s) as long as the next attempt starts within
// cfg.RetryTime of the first; one that runs out of time is not retried
// (SilentError); ctx ending stops at once (InterruptedError). Loads are
// idempotent, so retrying a transaction whose COMMIT was lost is safe. No
// attempt runs past the first's start plus the larger of cfg.Timeout and
// cfg.RetryTime: that bounds the whole transaction, retries included.
func (s *Store) transact(ctx context.Context, mode driver.AccessMode, work func(ctx context.Context, tx txRunner) error) error {
	sess := s.session(ctx, mode)
	defer closeBounded(ctx, sess.Close)
	start := time.Now()
	limit := start.Add(max(s.cfg.Timeout, s.cfg.RetryTime))
	wait := firstBackoff
	for attempt := 1; ; attempt++ {
		err := s.attempt(ctx, sess, work, limit)
		switch {
		case err == nil:
			return nil
		case ctx.Err() != nil:
			return &InterruptedError{Cause: context.Cause(ctx), Err: err}
		case errors.As(err, new(*SilentError)):
			return err
		case !driver.IsRetryable(err):
			return err
		}
		if time.Since(start)+wait > s.cfg.RetryTime {
			return &RetriedError{Attempts: attempt, Took: time.Since(start), RetryTime: s.cfg.RetryTime,
				Lost: driver.IsConnectivityError(err), Err: err}
		}
		s.log.Warn("Neo4j transaction failed; retrying", "address", s.Address(), "attempt", attempt,
			"wait", wait.String(), "error", s.cfg.redact(err).Error())
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return &InterruptedError{Cause: context.Cause(ctx), Err: err}
		case <-t.C:
		}
		wait = min(2*wait, maxBackoff)
	}
}

// attempt runs work in one explicit transaction under a deadline of
// cfg.Timeout from now, or limit when sooner; the same time is sent to the
// server as the transaction's timeout.
func (s *Store) attempt(ctx context.Context, sess driver.SessionWithContext, work func(ctx context.Context, tx txRunner) error, limit time.Time) error {
	now := time.Now()
	deadline := now.Add(s.cfg.Timeout)
	if limit.Before(deadline) {
		deadline = limit
	}
	window := max(deadline.Sub(now).Round(10*time.Millisecond), time.Millisecond)
	actx, cancel := context.WithDeadlineCause(ctx, deadline, silentCause{})
	defer cancel()
	silent := func(err error) error {
		if ctx.Err() == nil && errors.Is(context.Cause(actx), silentCause{}) {
			return &SilentError{Timeout: window, Err: err}
		}
		return err
	}
	tx, err := sess.BeginTransaction(actx, driver.WithTxTimeout(window))
	if err != nil {
		return silent(err)
	}
	if err = work(actx, tx); err == nil {
		err = tx.Commit(actx)
	}
	if err != nil {
		// Roll back if the connection still answers; never wait long.
		cctx, ccancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		tx.Close(cctx)
		ccancel()
		return silent(err)
	}
	return nil
}
