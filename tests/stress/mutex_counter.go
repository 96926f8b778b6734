// Stress: sync.Mutex gives mutual exclusion and an exact count.
// 8 goroutines x 5,000 increments of a plain int under a Mutex must end at
// exactly 40,000, and no two goroutines may ever be inside at once.
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
	const goroutines, iters = 8, 5000
	var mu sync.Mutex
	var inside atomic.Int32
	counter := 0
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range iters {
				mu.Lock()
				if n := inside.Add(1); n != 1 {
					fail("%d goroutines inside the critical section", n)
				}
				c := counter
				if i%64 == 0 {
					// give others a chance to (wrongly) get in
					for j := 0; j < 50; j++ {
						_ = j * j
					}
				}
				counter = c + 1
				inside.Add(-1)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if counter != goroutines*iters {
		fail("counter = %d, want %d", counter, goroutines*iters)
	}
	fmt.Println("ok")
}
