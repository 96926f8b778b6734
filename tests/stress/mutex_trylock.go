// Stress: TryLock and Lock together keep mutual exclusion; TryLock never
// succeeds while the mutex is held.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	var mu sync.Mutex
	var inside atomic.Int32
	counter := 0
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; {
				if g%2 == 0 {
					mu.Lock()
				} else if !mu.TryLock() {
					runtime.Gosched()
					continue
				}
				if n := inside.Add(1); n != 1 {
					fail("%d goroutines inside", n)
				}
				counter++
				inside.Add(-1)
				mu.Unlock()
				i++
			}
		}()
	}
	wg.Wait()
	if counter != 16000 {
		fail("counter = %d", counter)
	}
	mu.Lock()
	if mu.TryLock() {
		fail("TryLock succeeded on a held mutex")
	}
	mu.Unlock()
	if !mu.TryLock() {
		fail("TryLock failed on a free mutex")
	}
	mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	if rw.TryLock() {
		fail("RWMutex.TryLock succeeded beside a reader")
	}
	if !rw.TryRLock() {
		fail("TryRLock failed beside a reader")
	}
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("ok")
}
