// Stress: nil channels in a select are never chosen, for sends or receives,
// while other goroutines hammer the live channels; disabling a case by
// setting its channel to nil works mid-stream.
package main

import (
	"fmt"
	"os"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	const n = 3000
	live := make(chan int)
	var nilRecv chan int
	var nilSend chan int
	go func() {
		for i := range n {
			live <- i
		}
		close(live)
	}()
	got := 0
	for done := false; !done; {
		select {
		case v, ok := <-live:
			if !ok {
				done = true
				break
			}
			if v != got {
				fail("got %d, want %d", v, got)
			}
			got++
		case <-nilRecv:
			fail("receive from a nil channel chosen")
		case nilSend <- 1:
			fail("send to a nil channel chosen")
		}
	}
	if got != n {
		fail("got %d values", got)
	}

	// Merge two streams, turning each off (nil) when it closes.
	a, b := make(chan int), make(chan int, 3)
	go func() {
		for range n {
			a <- 1
		}
		close(a)
	}()
	go func() {
		for range n {
			b <- 2
		}
		close(b)
	}()
	sumA, sumB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
		}
	}
	if sumA != n || sumB != 2*n {
		fail("sums %d and %d", sumA, sumB)
	}
	fmt.Println("ok")
}
