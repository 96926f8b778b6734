// Stress: sync.Once runs its function exactly once under 100 racing
// callers, and every caller sees the function's writes when Do returns
// (even callers that arrive while it is still running). Also OnceFunc and
// OnceValue.
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

type config struct {
	name  string
	items []int
}

func main() {
	const callers = 100
	for round := range 20 {
		var once sync.Once
		var runs atomic.Int32
		var cfg *config // plain: published only through once.Do
		start := make(chan struct{})
		var wg sync.WaitGroup
		for range callers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start // release all callers together
				once.Do(func() {
					runs.Add(1)
					c := &config{name: "cfg", items: make([]int, 100)}
					for i := range c.items {
						c.items[i] = i
					}
					cfg = c
				})
				if cfg == nil || cfg.name != "cfg" || len(cfg.items) != 100 || cfg.items[99] != 99 {
					fail("round %d: a caller returned from Do before the init was visible", round)
				}
			}()
		}
		close(start)
		wg.Wait()
		if r := runs.Load(); r != 1 {
			fail("round %d: once.Do ran %d times", round, r)
		}
	}

	var fruns, vruns atomic.Int32
	f := sync.OnceFunc(func() { fruns.Add(1) })
	v := sync.OnceValue(func() int { vruns.Add(1); return 42 })
	var wg sync.WaitGroup
	for range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
			if got := v(); got != 42 {
				fail("OnceValue returned %d", got)
			}
		}()
	}
	wg.Wait()
	if fruns.Load() != 1 || vruns.Load() != 1 {
		fail("OnceFunc ran %d times, OnceValue %d times", fruns.Load(), vruns.Load())
	}
	fmt.Println("ok")
}
