// Stress: 1000 goroutines blocked on one channel are all released, each
// exactly once: blocked receivers, blocked senders, and selects naming the
// same channel in two cases.
package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

const n = 1000

func main() {
	// Blocked receivers: each value must be received by exactly one.
	ch := make(chan int)
	var got [n]atomic.Int32
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[<-ch].Add(1)
		}()
	}
	for v := range n {
		ch <- v
	}
	wg.Wait()
	for v := range n {
		if c := got[v].Load(); c != 1 {
			fail("value %d received %d times", v, c)
		}
	}

	// Blocked senders: main receives every value exactly once.
	for v := range n {
		go func() { ch <- v }()
	}
	seen := make([]bool, n)
	for range n {
		v := <-ch
		if seen[v] {
			fail("value %d received twice", v)
		}
		seen[v] = true
	}

	// Selects with the same channel in two cases: woken by one send each.
	var firstCase, secondCase atomic.Int32
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-ch:
				firstCase.Add(1)
			case <-ch:
				secondCase.Add(1)
			}
		}()
	}
	for v := range n {
		ch <- v
	}
	wg.Wait()
	if firstCase.Load()+secondCase.Load() != n {
		fail("selects released: %d + %d", firstCase.Load(), secondCase.Load())
	}
	select {
	case v := <-ch:
		fail("stray value %d", v)
	default:
	}
	fmt.Println("ok")
}
