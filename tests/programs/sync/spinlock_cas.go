package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// A toy spinlock built on CompareAndSwap, yielding while it spins.
type SpinLock struct{ state atomic.Int32 }

func (l *SpinLock) Lock() {
	for !l.state.CompareAndSwap(0, 1) {
		runtime.Gosched()
	}
}

func (l *SpinLock) Unlock() {
	if !l.state.CompareAndSwap(1, 0) {
		panic("spinlock: unlock of unlocked lock")
	}
}

func main() {
	var lock SpinLock
	var wg sync.WaitGroup
	shared := map[int]int{}
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				lock.Lock()
				shared[i%10]++ // a plain map is safe under the lock
				lock.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(shared)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		lock.Unlock()
	}()
}
