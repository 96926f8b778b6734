// Stress: workers that select between a work channel and a done channel.
// Every unbuffered send of work is taken by exactly one worker; after
// close(done) every worker exits; the total processed is exact.
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

func main() {
	for round := range 5 {
		work := make(chan int)
		done := make(chan struct{})
		var processed, sum atomic.Int64
		var exited sync.WaitGroup
		for range 6 {
			exited.Add(1)
			go func() {
				defer exited.Done()
				for {
					select {
					case v := <-work:
						processed.Add(1)
						sum.Add(int64(v))
					case <-done:
						return
					}
				}
			}()
		}
		for v := 1; v <= 1000; v++ {
			work <- v // completes only when a worker has received it
		}
		close(done)
		exited.Wait()
		if processed.Load() != 1000 || sum.Load() != 500500 {
			fail("round %d: processed %d, sum %d", round, processed.Load(), sum.Load())
		}
		select {
		case work <- 0:
			fail("a worker still receives after done")
		default:
		}
	}
	fmt.Println("ok")
}
