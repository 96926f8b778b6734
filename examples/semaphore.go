// Lesson: bounded parallelism with a semaphore.
//
// Sometimes we want to start a goroutine per task but must not run more
// than N at once (open files, network connections, memory...). A buffered
// channel of capacity N is a counting semaphore:
//   - acquire: send a token (blocks when N tokens are already in);
//   - release: receive a token.
//
// (golang.org/x/sync/semaphore and errgroup.SetLimit do the same thing;
// see errgroup.go.)
//
// We measure the peak number of tasks running at the same moment with an
// atomic counter. The peak is at most 3 by construction; with 12 tasks that
// each take 20ms it reaches exactly 3.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	const tasks = 12

	sem := make(chan struct{}, limit) // the semaphore: room for 3 tokens
	var running, peak atomic.Int32
	var wg sync.WaitGroup
	start := time.Now()

	for i := 1; i <= tasks; i++ {
		// Step 1: acquire BEFORE starting the goroutine.
		// Watch: main itself blocks here once 3 tasks are running, so we
		// never even create more than 3 busy goroutines at a time.
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }() // Step 3: release, even on panic

			// Step 2: do the work while holding a token.
			now := running.Add(1)
			for { // record the highest value we have seen
				p := peak.Load()
				if now <= p || peak.CompareAndSwap(p, now) {
					break
				}
			}
			time.Sleep(20 * time.Millisecond) // the "work"
			running.Add(-1)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)

	// Watch: 12 tasks of 20ms, 3 at a time, need at least 4 rounds (80ms).
	// Running them one by one would take 240ms; without a limit, 20ms.
	fmt.Println("tasks run:", tasks)
	fmt.Println("peak number running at once:", peak.Load())
	fmt.Println("never more than the limit:", peak.Load() <= limit)
	fmt.Println("took at least 4 rounds of 20ms:", elapsed >= 4*20*time.Millisecond)
	fmt.Println("tokens still held after Wait:", len(sem))
}
