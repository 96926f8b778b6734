package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

// Run tasks in parallel; the first failure cancels the shared context so
// the remaining tasks stop early. Returns the first error.
func runAll(parent context.Context, tasks map[string]func(context.Context) error) (error, []string) {
	ctx, cancel := context.WithCancelCause(parent)
	defer cancel(nil)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	for name, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := task(ctx)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				log = append(log, name+": "+err.Error())
				cancel(fmt.Errorf("%s failed: %w", name, err))
			} else {
				log = append(log, name+": ok")
			}
		}()
	}
	wg.Wait()
	sort.Strings(log)
	return context.Cause(ctx), log
}

func sleepy(d time.Duration) func(context.Context) error {
	return func(ctx context.Context) error {
		select {
		case <-time.After(d):
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func main() {
	errDisk := errors.New("disk full")
	err, log := runAll(context.Background(), map[string]func(context.Context) error{
		"fast":  sleepy(10 * time.Millisecond),
		"slow1": sleepy(time.Second),
		"slow2": sleepy(time.Second),
		"bad": func(ctx context.Context) error {
			time.Sleep(60 * time.Millisecond)
			return errDisk
		},
	})
	fmt.Println("first error:", err)
	fmt.Println("is disk full:", errors.Is(err, errDisk))
	for _, l := range log {
		fmt.Println(" ", l)
	}

	err, log = runAll(context.Background(), map[string]func(context.Context) error{
		"a": sleepy(10 * time.Millisecond),
		"b": sleepy(20 * time.Millisecond),
	})
	fmt.Println("all good:", err, log)
}
