// Stress: sync.Pool under contention never hands one object to two
// goroutines at once; Get returns either a New object or one that was Put.
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

type buffer struct {
	owner atomic.Int32 // 0 when in the pool, goroutine id + 1 when held
	data  []byte
	uses  int
}

func main() {
	var created atomic.Int32
	pool := sync.Pool{New: func() any {
		created.Add(1)
		return &buffer{data: make([]byte, 0, 64)}
	}}
	const goroutines, iters = 8, 3000
	var gets atomic.Int32
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			me := int32(g + 1)
			for i := range iters {
				b, ok := pool.Get().(*buffer)
				if !ok || b == nil {
					fail("Get returned a foreign value")
				}
				gets.Add(1)
				if !b.owner.CompareAndSwap(0, me) {
					fail("buffer held by goroutine %d handed to %d", b.owner.Load()-1, g)
				}
				b.data = append(b.data[:0], byte(g), byte(i))
				b.uses++
				if i%16 == 0 {
					// keep a second object for a while
					extra := pool.Get().(*buffer)
					if !extra.owner.CompareAndSwap(0, me) {
						fail("extra buffer already held")
					}
					extra.owner.Store(0)
					pool.Put(extra)
				}
				if len(b.data) != 2 || b.data[0] != byte(g) || b.data[1] != byte(i) {
					fail("buffer changed under its owner")
				}
				if b.owner.Load() != me {
					fail("owner changed while held")
				}
				b.owner.Store(0)
				pool.Put(b)
			}
		}()
	}
	wg.Wait()
	if gets.Load() != goroutines*iters {
		fail("gets = %d", gets.Load())
	}
	if c := created.Load(); c < 1 || c > goroutines*iters*2 {
		fail("New called %d times", c)
	}
	fmt.Println("ok")
}
