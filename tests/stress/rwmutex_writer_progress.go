// Stress: a waiting writer is not starved by a stream of readers: once
// Lock is called, new readers wait, so the writer gets in. 4 readers loop
// without pause while a writer takes the lock 300 times; it must finish.
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
	var stop atomic.Bool
	var reads atomic.Int64
	value := 0
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				rw.RLock()
				_ = value
				reads.Add(1)
				rw.RUnlock()
			}
		}()
	}
	for range 300 {
		rw.Lock()
		value++
		rw.Unlock()
	}
	stop.Store(true)
	wg.Wait()
	rw.RLock()
	v := value
	rw.RUnlock()
	if v != 300 {
		fail("value = %d", v)
	}
	fmt.Println("ok")
}
