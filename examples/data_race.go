// invariant: exit 0
// invariant: lines 3
// invariant: line 1 matches ^8 goroutines each added 1 to the counter 250 times, so we expect 2000\.$
// invariant: line 2 matches ^without synchronisation the counter ended at (\d+) \(this number varies from run to run\)\.$ with 1 <= $1 <= 2000
// invariant: line 3 matches ^with a Mutex the counter ended at 2000\.$
//
// Lesson: a deliberate data race (the output of this program VARIES).
//
// A data race: two goroutines access the same variable at the same time,
// at least one of them writes, and nothing orders the accesses. Go does
// not promise anything about the result of a racy program.
//
// Here 8 goroutines increment a counter with no lock. counter++ is three
// steps: load the value, add one, store it. When two goroutines both load
// 41, both store 42: one increment is lost. We write the steps out and put
// runtime.Gosched() between them to make the window wide, so the race shows
// on every machine; a plain counter++ has exactly the same bug, it just
// strikes less often. So the final count is usually less than 2000, and
// a different number on each run; on some runs it may by luck be exactly
// 2000. A program that is only right "by luck" is still wrong.
//
// Try it: `go run -race data_race.go` (or `golite run --race`) reports
// the race, with both conflicting accesses. Then look at step 2: the same
// loop with a Mutex is always exactly right.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

const goroutines = 8
const increments = 250

func main() {
	fmt.Printf("%d goroutines each added 1 to the counter %d times, so we expect %d.\n",
		goroutines, increments, goroutines*increments)

	// Step 1: the racy version.
	counter := 0
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range increments {
				// counter++ written out as its two halves, with a
				// Gosched (let another goroutine run) in the middle.
				// Watch: another goroutine may load and store counter
				// between our load and our store; our store then
				// overwrites its update.
				v := counter
				runtime.Gosched()
				counter = v + 1
			}
		}()
	}
	wg.Wait()
	fmt.Printf("without synchronisation the counter ended at %d (this number varies from run to run).\n", counter)

	// Step 2: the same with a Mutex: the load and the store now happen
	// together, with no other goroutine in between.
	counter = 0
	var mu sync.Mutex
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range increments {
				mu.Lock()
				v := counter
				runtime.Gosched() // even with a pause, nobody else gets in
				counter = v + 1
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Printf("with a Mutex the counter ended at %d.\n", counter)
}
