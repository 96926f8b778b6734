// Lesson: closing a channel is a broadcast.
//
// A value sent on a channel goes to ONE receiver. Closing a channel is
// different: it wakes EVERY goroutine waiting to receive, now and later.
// After close:
//   - receives never block; they return the zero value at once;
//   - `v, ok := <-ch` tells a real value (ok == true) from "closed"
//     (ok == false);
//   - `for v := range ch` ends once the buffered values are drained;
//   - sending, or closing again, panics.
//
// That makes `close(done)` the standard way to tell many goroutines
// "stop now" (context.Context's Done channel works exactly like this).
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// Step 1: v, ok on a closed channel.
	ch := make(chan int, 2)
	ch <- 7
	close(ch) // Watch: the buffered 7 is still delivered after close
	v, ok := <-ch
	fmt.Println("first receive: ", v, ok)
	v, ok = <-ch
	fmt.Println("second receive:", v, ok, "(zero value, closed)")

	// Step 2: one close wakes every waiting goroutine.
	done := make(chan struct{})
	woke := make(chan int)
	var wg sync.WaitGroup
	for id := 1; id <= 5; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-done // all five block here
			woke <- id
		}()
	}
	go func() { wg.Wait(); close(woke) }()
	close(done) // Watch: ONE statement releases all five goroutines
	var ids []int
	for id := range woke {
		ids = append(ids, id)
	}
	sort.Ints(ids) // they wake in any order; sort for a stable printout
	fmt.Println("woken by one close:", ids)

	// Step 3: a worker that stops on a "quit" broadcast.
	// Watch: select chooses between work and quitting; once quit is closed
	// that case is always ready, so the worker leaves its loop.
	work := make(chan int)
	quit := make(chan struct{})
	result := make(chan int)
	go func() {
		total := 0
		for {
			select {
			case n := <-work:
				total += n
			case <-quit:
				result <- total
				return
			}
		}
	}()
	for n := 1; n <= 10; n++ {
		work <- n // unbuffered: each send completes when the worker has it
	}
	close(quit)
	fmt.Println("worker summed:", <-result)

	// Step 4: sending on a closed channel is a bug, and Go panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	c := make(chan int)
	close(c)
	c <- 1
}
