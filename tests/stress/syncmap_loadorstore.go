// Stress: sync.Map.LoadOrStore under 8 racing goroutines: for every key
// exactly one caller stores (loaded == false), and every caller gets the
// winner's value back. Also CompareAndSwap increments are exact.
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
	const goroutines, keys = 8, 300
	var m sync.Map
	var winners [keys]atomic.Int32
	results := make([][keys]int, goroutines)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for i := range keys {
				k := (i*7 + g*13) % keys // different orders per goroutine
				actual, loaded := m.LoadOrStore(k, g*1000+k)
				if !loaded {
					winners[k].Add(1)
					if actual.(int) != g*1000+k {
						fail("winner for %d got back %v", k, actual)
					}
				}
				results[g][k] = actual.(int)
			}
		}()
	}
	close(start)
	wg.Wait()
	for k := range keys {
		if w := winners[k].Load(); w != 1 {
			fail("key %d has %d winners", k, w)
		}
		v, ok := m.Load(k)
		if !ok {
			fail("key %d missing", k)
		}
		for g := range goroutines {
			if results[g][k] != v.(int) {
				fail("goroutine %d saw %d for key %d, map holds %v", g, results[g][k], k, v)
			}
		}
	}
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	if n != keys {
		fail("Range saw %d keys", n)
	}

	// CompareAndSwap as a counter on one key.
	m.Store("count", 0)
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 500 {
				for {
					old, _ := m.Load("count")
					if m.CompareAndSwap("count", old, old.(int)+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	if v, _ := m.Load("count"); v.(int) != goroutines*500 {
		fail("CAS count = %v", v)
	}
	fmt.Println("ok")
}
