package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("operation timed out")

// withTimeout runs f and gives up after d. The result channel is buffered
// so a late f does not leak a blocked goroutine.
func withTimeout[T any](d time.Duration, f func() T) (T, error) {
	res := make(chan T, 1)
	go func() { res <- f() }()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case v := <-res:
		return v, nil
	case <-timer.C:
		var zero T
		return zero, ErrTimeout
	}
}

func slowSquare(n int, d time.Duration) func() int {
	return func() int {
		time.Sleep(d)
		return n * n
	}
}

func main() {
	v, err := withTimeout(200*time.Millisecond, slowSquare(7, 10*time.Millisecond))
	fmt.Println(v, err)
	v, err = withTimeout(30*time.Millisecond, slowSquare(8, 300*time.Millisecond))
	fmt.Println(v, err, errors.Is(err, ErrTimeout))

	s, err := withTimeout(100*time.Millisecond, func() string { return "instant" })
	fmt.Println(s, err)

	// a total budget shared by several steps
	budget := time.NewTimer(150 * time.Millisecond)
	defer budget.Stop()
	steps := []time.Duration{20, 20, 200, 20}
	for i, d := range steps {
		done := make(chan struct{})
		go func() {
			time.Sleep(d * time.Millisecond)
			close(done)
		}()
		select {
		case <-done:
			fmt.Println("step", i, "done")
		case <-budget.C:
			fmt.Println("budget exhausted during step", i)
			return
		}
	}
}
