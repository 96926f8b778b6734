package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTemporary = errors.New("temporary failure")
var ErrPermanent = errors.New("permanent failure")

var verbose = true

// Retry calls f until it succeeds, a permanent error occurs or attempts
// run out, doubling the wait between attempts (capped at maxDelay).
func Retry(attempts int, base, maxDelay time.Duration, f func(int) error) (int, error) {
	delay := base
	var err error
	for i := 1; i <= attempts; i++ {
		err = f(i)
		if err == nil {
			return i, nil
		}
		if errors.Is(err, ErrPermanent) {
			return i, fmt.Errorf("attempt %d: %w", i, err)
		}
		if i == attempts {
			break
		}
		if verbose {
			fmt.Printf("  attempt %d failed (%v), waiting %v\n", i, err, delay)
		}
		time.Sleep(delay)
		delay = min(delay*2, maxDelay)
	}
	return attempts, fmt.Errorf("after %d attempts: %w", attempts, err)
}

func main() {
	fmt.Println("flaky service:")
	start := time.Now()
	n, err := Retry(5, 10*time.Millisecond, 40*time.Millisecond, func(i int) error {
		if i < 4 {
			return ErrTemporary
		}
		return nil
	})
	fmt.Println("succeeded on attempt", n, "err:", err)
	fmt.Println("backoff waited >= 10+20+40ms:", time.Since(start) >= 70*time.Millisecond)

	fmt.Println("broken service:")
	n, err = Retry(3, 5*time.Millisecond, time.Second, func(int) error { return ErrTemporary })
	fmt.Println(n, err, errors.Is(err, ErrTemporary))

	fmt.Println("permanent error:")
	n, err = Retry(10, 5*time.Millisecond, time.Second, func(i int) error {
		if i == 2 {
			return fmt.Errorf("bad credentials: %w", ErrPermanent)
		}
		return ErrTemporary
	})
	fmt.Println(n, err)

	// retrying concurrently: each goroutine retries on its own schedule
	// (quietly, since their log lines would interleave)
	verbose = false
	results := make(chan string, 3)
	for id := 1; id <= 3; id++ {
		go func() {
			n, _ := Retry(5, time.Millisecond, 4*time.Millisecond, func(i int) error {
				if i < id {
					return ErrTemporary
				}
				return nil
			})
			results <- fmt.Sprintf("job %d ok after %d", id, n)
		}()
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-results] = true
	}
	fmt.Println(got)
}
