// Stress: compare-and-swap counters are exact, and CAS hands out unique
// tickets: every value 0..N-1 is won by exactly one successful CAS.
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
	const goroutines, per = 8, 4000
	const total = goroutines * per

	var counter int64 // used only through the sync/atomic functions
	var typed atomic.Uint32
	won := make([][]int64, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range per {
				for {
					old := atomic.LoadInt64(&counter)
					if atomic.CompareAndSwapInt64(&counter, old, old+1) {
						won[g] = append(won[g], old)
						break
					}
				}
				for {
					old := typed.Load()
					if typed.CompareAndSwap(old, old+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	if counter != total || typed.Load() != total {
		fail("counters = %d and %d, want %d", counter, typed.Load(), total)
	}
	seen := make([]bool, total)
	for g, list := range won {
		prev := int64(-1)
		for _, t := range list {
			if t < 0 || t >= total || seen[t] {
				fail("ticket %d won twice or out of range (goroutine %d)", t, g)
			}
			if t <= prev {
				fail("goroutine %d won ticket %d after %d", g, t, prev)
			}
			seen[t] = true
			prev = t
		}
	}
	for t, s := range seen {
		if !s {
			fail("ticket %d never won", t)
		}
	}

	// Swap passes a token around: exactly one goroutine holds it at a time.
	var token atomic.Int32
	token.Store(1)
	var holders, holds atomic.Int32
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for got := 0; got < 200; {
				if token.Swap(0) == 1 {
					if h := holders.Add(1); h != 1 {
						fail("%d goroutines hold the token", h)
					}
					holds.Add(1)
					got++
					holders.Add(-1)
					token.Store(1)
				}
				runtime.Gosched() // spinning: let the holder run
			}
		}()
	}
	wg.Wait()
	if holds.Load() != goroutines*200 {
		fail("token held %d times", holds.Load())
	}
	fmt.Println("ok")
}
