package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// A buffered channel of capacity N admits at most N holders at a time.
type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

func main() {
	const limit = 3
	sem := make(Semaphore, limit)

	var active, peak atomic.Int32
	var wg sync.WaitGroup
	results := make([]int, 12)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()

			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(10 * time.Millisecond) // simulated download
			results[i] = i * 100
			active.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println("results:", results)
	fmt.Println("peak concurrency <= limit:", peak.Load() <= limit)
	fmt.Println("peak concurrency >= 1:", peak.Load() >= 1)
	fmt.Println("semaphore empty at the end:", len(sem) == 0)

	// non-blocking acquire with select: fill it, then try once more
	for i := 0; i < limit; i++ {
		sem.Acquire()
	}
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired beyond the limit?!")
	default:
		fmt.Println("try-acquire failed: all", cap(sem), "slots taken")
	}
}
