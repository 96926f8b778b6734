// Stress: sync.RWMutex never admits a writer beside a reader or a writer.
// Readers and writers record themselves in atomics while inside; a writer
// must be alone, a reader must see no writer. Writers update a pair (x, y)
// that readers must never see torn.
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
	var rw sync.RWMutex
	var readers, writers, maxReaders atomic.Int32
	x, y := 0, 0
	var wg sync.WaitGroup
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 2000 {
				rw.RLock()
				r := readers.Add(1)
				for m := maxReaders.Load(); r > m && !maxReaders.CompareAndSwap(m, r); m = maxReaders.Load() {
				}
				if w := writers.Load(); w != 0 {
					fail("reader inside with %d writer(s)", w)
				}
				if x != y {
					fail("reader saw a torn pair (%d, %d)", x, y)
				}
				readers.Add(-1)
				rw.RUnlock()
			}
		}()
	}
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 500 {
				rw.Lock()
				if w := writers.Add(1); w != 1 {
					fail("%d writers inside", w)
				}
				if r := readers.Load(); r != 0 {
					fail("writer inside with %d reader(s)", r)
				}
				x++
				y++
				writers.Add(-1)
				rw.Unlock()
			}
		}()
	}
	wg.Wait()
	if x != 1000 || y != 1000 {
		fail("x, y = %d, %d, want 1000, 1000", x, y)
	}
	if maxReaders.Load() < 1 {
		fail("no reader ever got in")
	}
	fmt.Println("ok")
}
