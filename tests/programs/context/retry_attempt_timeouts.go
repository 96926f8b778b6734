package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// callService answers only on the third attempt; earlier attempts hang.
func callService(ctx context.Context, attempt int) (string, error) {
	delay := time.Hour
	if attempt >= 3 {
		delay = 5 * time.Millisecond
	}
	select {
	case <-time.After(delay):
		return fmt.Sprintf("ok on attempt %d", attempt), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// retry gives each attempt its own timeout, all under one overall deadline.
func retry(ctx context.Context, perAttempt time.Duration, max int) (string, error) {
	for attempt := 1; attempt <= max; attempt++ {
		actx, cancel := context.WithTimeout(ctx, perAttempt)
		res, err := callService(actx, attempt)
		cancel()
		if err == nil {
			return res, nil
		}
		fmt.Printf("attempt %d: %v\n", attempt, err)
		if ctx.Err() != nil {
			return "", fmt.Errorf("giving up: %w", ctx.Err())
		}
	}
	return "", errors.New("too many attempts")
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	fmt.Println(retry(ctx, 30*time.Millisecond, 5))

	// an overall deadline shorter than the needed attempts
	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	res, err := retry(ctx2, 30*time.Millisecond, 5)
	fmt.Printf("%q %v %v\n", res, err, errors.Is(err, context.DeadlineExceeded))

	// too few attempts allowed
	fmt.Println(retry(context.Background(), 20*time.Millisecond, 2))
}
