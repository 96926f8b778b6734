package main

import (
	"fmt"
	"sort"
	"sync"
)

// Closing a channel wakes every goroutine waiting on it: a broadcast.
func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var stopped []string

	for _, name := range []string{"cache", "db", "http", "metrics", "queue"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			processed := 0
			for {
				select {
				case <-done:
					mu.Lock()
					stopped = append(stopped, name)
					mu.Unlock()
					return
				default:
					processed++
					if processed > 1_000_000 {
						processed = 0
					}
				}
			}
		}()
	}

	close(done)
	wg.Wait()
	sort.Strings(stopped)
	fmt.Println("stopped:", stopped)

	// a receive on done now succeeds immediately, forever
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("done stays closed")

	// a start gate: all runners wait at the line, one close starts them all
	gate := make(chan struct{})
	finish := make(chan int, 8)
	for lane := 1; lane <= 8; lane++ {
		go func() {
			<-gate
			finish <- lane
		}()
	}
	close(gate)
	sum := 0
	for range 8 {
		sum += <-finish
	}
	fmt.Println("all lanes finished, lane sum:", sum)
}
