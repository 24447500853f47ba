package pipeline

import (
	"context"
	"errors"
	"time"

	"github.com/actorgraph/actorgraph/batch/lock"
	"github.com/actorgraph/actorgraph/batch/schedule"
)

// Schedule runs cfg again and again on sched until ctx ends: at once first
// when now is set, then at each time sched gives. A tick that finds the
// output folder locked is skipped with a warning; one that reads nothing or
// meets bad inputs is logged and the next tick comes as usual.
func Schedule(ctx context.Context, sched schedule.Schedule, now bool, cfg Config) {
	log := cfg.Log
	schedule.Loop(ctx, sched, nil, now, func(ctx context.Context) error {
		_, err := Run(ctx, cfg)
		var held *lock.HeldError
		switch {
		case errors.As(err, &held):
			log.Warn("run skipped: another run holds the lock", "lock", held.Path, "holder", held.Holder)
			return nil
		case errors.Is(err, ErrSomeBad):
			return nil // the problems were logged one by one
		}
		return err
	}, func(next time.Time) {
		log.Info("waiting for the next run", "at", next.Format(time.RFC3339))
	}, func(err error) {
		log.Error("run failed", "err", err.Error())
	})
	log.Info("scheduler stopped", "reason", context.Cause(ctx))
}
