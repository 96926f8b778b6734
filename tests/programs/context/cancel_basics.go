package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("before cancel:", ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("Done not yet closed")
	}

	cancel()
	<-ctx.Done() // closed now: returns at once
	fmt.Println("after cancel:", ctx.Err())
	fmt.Println("is Canceled:", errors.Is(ctx.Err(), context.Canceled))
	fmt.Println("is DeadlineExceeded:", errors.Is(ctx.Err(), context.DeadlineExceeded))

	// cancel is idempotent and safe to call from many places
	cancel()
	cancel()
	fmt.Println("still:", ctx.Err())

	// Done returns the same channel every time
	fmt.Println("same Done channel:", ctx.Done() == ctx.Done())

	// a worker stops when its context is cancelled
	ctx2, cancel2 := context.WithCancel(context.Background())
	ticks := make(chan int)
	stopped := make(chan error)
	go func() {
		for i := 1; ; i++ {
			select {
			case <-ctx2.Done():
				stopped <- ctx2.Err()
				return
			case ticks <- i:
			}
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println("tick", <-ticks)
	}
	cancel2()
	fmt.Println("worker stopped with:", <-stopped)

	// cancelling from another goroutine after a delay
	ctx3, cancel3 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(50 * time.Millisecond)
		cancel3()
	}()
	start := time.Now()
	<-ctx3.Done()
	fmt.Println("cancelled by another goroutine after >= 50ms:", time.Since(start) >= 50*time.Millisecond)
}
