// Lesson: a shared counter, with a Mutex and with an atomic.
//
// `counter++` is really three steps: load, add one, store. If two
// goroutines interleave these steps, an update is lost (see data_race.go).
// Two standard fixes:
//   - sync.Mutex: only one goroutine at a time runs the code between
//     Lock and Unlock (the critical section). Works for any amount of
//     code and any number of variables.
//   - sync/atomic: the hardware does load-add-store as one indivisible
//     step. Faster, but only for single variables.
//
// Both give exactly the right total every time. (Time them yourself with
// time.Now if you like; timings vary, so this lesson does not print them.)
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const goroutines = 8
const perGoroutine = 10000

// SafeCounter bundles the mutex with the data it protects.
// Watch: the fields are lower-case and only touched through methods that
// hold the lock. That is what keeps everyone honest.
type SafeCounter struct {
	mu sync.Mutex
	n  int
}

func (c *SafeCounter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock() // Unlock runs even if the code in between panics
	c.n++
}

func (c *SafeCounter) Value() int {
	c.mu.Lock() // reads need the lock too!
	defer c.mu.Unlock()
	return c.n
}

// run starts the goroutines, each calling inc perGoroutine times, and
// waits for all of them.
func run(inc func()) {
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range perGoroutine {
				inc()
			}
		}()
	}
	wg.Wait()
}

func main() {
	want := goroutines * perGoroutine

	// Step 1: the mutex version.
	var sc SafeCounter
	run(sc.Inc) // a method value: sc.Inc is a func() bound to &sc
	fmt.Printf("mutex counter:  %d (want %d)\n", sc.Value(), want)

	// Step 2: the atomic version. atomic.Int64 can only be used through
	// its methods, so nobody can do a plain, racy `n++` on it by mistake.
	var ac atomic.Int64
	run(func() { ac.Add(1) })
	fmt.Printf("atomic counter: %d (want %d)\n", ac.Load(), want)

	// Step 3: atomics can do more than add. CompareAndSwap (CAS) sets a
	// new value only if the current one is what we expect; in a loop it
	// can build any update. Here: keep the maximum of all values seen.
	var maxSeen atomic.Int64
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 1000 {
				v := int64(g*1000 + i)
				for {
					old := maxSeen.Load()
					// Watch: if another goroutine changed it meanwhile,
					// CAS fails and we try again with the fresh value.
					if v <= old || maxSeen.CompareAndSwap(old, v) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("maximum via CAS:", maxSeen.Load())
}
