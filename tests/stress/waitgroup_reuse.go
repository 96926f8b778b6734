// Stress: one WaitGroup reused for 200 rounds (Add/Done and WaitGroup.Go);
// each Wait returns only after that round's goroutines are done.
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
	var wg sync.WaitGroup
	var done atomic.Int32
	for round := range 200 {
		const n = 10
		vals := make([]int, n)
		for i := range n {
			if round%2 == 0 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					vals[i] = round + i
					done.Add(1)
				}()
			} else {
				wg.Go(func() {
					vals[i] = round + i
					done.Add(1)
				})
			}
		}
		wg.Wait()
		if d := done.Load(); d != int32((round+1)*n) {
			fail("round %d: Wait returned with %d done, want %d", round, d, (round+1)*n)
		}
		for i, v := range vals {
			if v != round+i {
				fail("round %d: vals[%d] = %d", round, i, v)
			}
		}
	}
	// Several goroutines may Wait on the same group.
	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	var released atomic.Int32
	for range 20 {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
			released.Add(1)
		}()
	}
	gate.Done()
	waiters.Wait()
	if released.Load() != 20 {
		fail("%d of 20 waiters released", released.Load())
	}
	fmt.Println("ok")
}
