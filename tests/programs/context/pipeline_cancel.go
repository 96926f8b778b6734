package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func generate(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := square(ctx, square(ctx, generate(ctx)))
	for i := 0; i < 5; i++ {
		fmt.Println(<-results)
	}
	fmt.Println("goroutines while running:", runtime.NumGoroutine())

	// one cancel stops all three stages; no goroutine leaks
	cancel()
	for range results {
		// drain whatever was in flight
	}
	deadline := time.Now().Add(time.Second)
	for runtime.NumGoroutine() > 1 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines after cancel:", runtime.NumGoroutine())
}
