package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Workers poll an atomic.Bool to know when to stop; they count their own
// work in an atomic counter.
func main() {
	var stop atomic.Bool
	var work atomic.Int64
	var wg sync.WaitGroup
	exited := make([]bool, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				work.Add(1)
				time.Sleep(time.Millisecond)
			}
			exited[w] = true
		}()
	}
	time.Sleep(60 * time.Millisecond)
	stop.Store(true)
	wg.Wait()
	fmt.Println("all workers exited:", exited)
	fmt.Println("work was done:", work.Load() > 0)

	// once stopped, the counter no longer moves
	before := work.Load()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("no work after stop:", work.Load() == before)

	// CompareAndSwap as a "first to finish" latch
	var finished atomic.Bool
	firsts := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if finished.CompareAndSwap(false, true) {
				firsts <- i
			}
		}()
	}
	wg.Wait()
	fmt.Println("exactly one first finisher:", len(firsts) == 1)
}
