// Stress: close wakes every receiver, whether it is blocked in a plain
// receive, in a select, or in a range loop, and each sees (zero, false).
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
	for round := range 10 {
		ch := make(chan int)
		var never chan int // nil: never ready
		var woke atomic.Int32
		var wg sync.WaitGroup
		for i := range 300 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				switch i % 3 {
				case 0:
					v, ok := <-ch
					if ok || v != 0 {
						fail("round %d: receive after close gave (%d, %v)", round, v, ok)
					}
				case 1:
					select {
					case v, ok := <-ch:
						if ok || v != 0 {
							fail("round %d: select after close gave (%d, %v)", round, v, ok)
						}
					case <-never:
						fail("nil channel case chosen")
					}
				case 2:
					for v := range ch {
						fail("range got a value %d from a channel only closed", v)
					}
				}
				woke.Add(1)
			}()
		}
		close(ch)
		wg.Wait() // deadlocks if any receiver is not woken
		if w := woke.Load(); w != 300 {
			fail("round %d: %d of 300 woke", round, w)
		}
	}

	// A buffered channel: receivers first drain the values, then see close.
	ch := make(chan int, 100)
	for i := 1; i <= 100; i++ {
		ch <- i
	}
	close(ch)
	var sum, zeros atomic.Int64
	var wg sync.WaitGroup
	for range 150 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := <-ch
			if ok {
				sum.Add(int64(v))
			} else {
				zeros.Add(1)
			}
		}()
	}
	wg.Wait()
	if sum.Load() != 5050 || zeros.Load() != 50 {
		fail("buffered: sum %d (want 5050), closed receives %d (want 50)", sum.Load(), zeros.Load())
	}
	fmt.Println("ok")
}
