package main

import (
	"fmt"
	"sort"
)

// orDone wraps reading from a channel so that a done signal always stops
// the reader; tee duplicates one stream into two (Concurrency in Go).
func orDone[T any](done <-chan struct{}, c <-chan T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func tee[T any](done <-chan struct{}, in <-chan T) (<-chan T, <-chan T) {
	out1, out2 := make(chan T), make(chan T)
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range orDone(done, in) {
			o1, o2 := out1, out2
			// send to both, in whichever order they are ready
			for i := 0; i < 2; i++ {
				select {
				case o1 <- v:
					o1 = nil
				case o2 <- v:
					o2 = nil
				case <-done:
					return
				}
			}
		}
	}()
	return out1, out2
}

func take[T any](done <-chan struct{}, in <-chan T, n int) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				out <- v
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	defer close(done)

	src := make(chan string)
	go func() {
		defer close(src)
		for _, s := range []string{"alpha", "beta", "gamma", "delta"} {
			src <- s
		}
	}()

	a, b := tee(done, src)
	var fromA, fromB []string
	for v := range a {
		fromA = append(fromA, v)
		fromB = append(fromB, <-b)
	}
	fmt.Println("a:", fromA)
	fmt.Println("b:", fromB)

	// orDone lets a consumer stop reading an infinite stream
	stop := make(chan struct{})
	nums := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case nums <- i:
			case <-stop:
				return
			}
		}
	}()
	var got []int
	for v := range take(done, orDone(stop, nums), 5) {
		got = append(got, v)
	}
	close(stop)
	sort.Ints(got)
	fmt.Println("taken from infinite stream:", got)
}
