package main

import (
	"context"
	"fmt"
	"time"
)

// SleepContext sleeps for d unless ctx is done first.
func SleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx := context.Background()
	start := time.Now()
	fmt.Println("plain sleep:", SleepContext(ctx, 50*time.Millisecond))
	fmt.Println("slept >= 50ms:", time.Since(start) >= 50*time.Millisecond)

	tctx, cancel := context.WithTimeout(ctx, 60*time.Millisecond)
	defer cancel()
	start = time.Now()
	err := SleepContext(tctx, time.Hour)
	fmt.Println("interrupted by timeout:", err)
	elapsed := time.Since(start)
	fmt.Println("woke after >= 60ms and < 1s:", elapsed >= 60*time.Millisecond && elapsed < time.Second)

	cctx, ccancel := context.WithCancel(ctx)
	go func() {
		time.Sleep(50 * time.Millisecond)
		ccancel()
	}()
	fmt.Println("interrupted by cancel:", SleepContext(cctx, time.Hour))

	// a loop of small sleeps that checks the context between steps
	lctx, lcancel := context.WithTimeout(ctx, 170*time.Millisecond)
	defer lcancel()
	steps := 0
	for SleepContext(lctx, 60*time.Millisecond) == nil {
		steps++
	}
	fmt.Println("completed steps:", steps, "reason:", lctx.Err())
}
