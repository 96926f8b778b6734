package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("TryLock on free mutex:", mu.TryLock())
	fmt.Println("TryLock on locked mutex:", mu.TryLock())

	// another goroutine cannot take it either
	res := make(chan bool)
	go func() { res <- mu.TryLock() }()
	fmt.Println("TryLock from another goroutine:", <-res)
	mu.Unlock()
	go func() {
		ok := mu.TryLock()
		if ok {
			mu.Unlock()
		}
		res <- ok
	}()
	fmt.Println("after Unlock, another goroutine:", <-res)

	var rw sync.RWMutex
	fmt.Println("TryRLock free:", rw.TryRLock())
	fmt.Println("TryRLock with a reader inside:", rw.TryRLock())
	fmt.Println("TryLock with readers inside:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free:", rw.TryLock())
	fmt.Println("TryRLock with a writer inside:", rw.TryRLock())
	fmt.Println("TryLock with a writer inside:", rw.TryLock())
	rw.Unlock()

	// a "skip if busy" job: only one of many concurrent attempts runs
	var jobMu sync.Mutex
	var wg sync.WaitGroup
	gate := make(chan struct{})
	var ranMu sync.Mutex
	ran, skipped := 0, 0
	jobMu.Lock() // held during the whole burst: all attempts must skip
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			if jobMu.TryLock() {
				defer jobMu.Unlock()
				ranMu.Lock()
				ran++
				ranMu.Unlock()
				return
			}
			ranMu.Lock()
			skipped++
			ranMu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	jobMu.Unlock()
	fmt.Println("ran:", ran, "skipped:", skipped)
}
