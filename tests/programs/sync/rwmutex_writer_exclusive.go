package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var rw sync.RWMutex
	var readersInside, writersInside atomic.Int32
	var violations atomic.Int32
	balance := 0
	var wg sync.WaitGroup

	check := func() {
		if writersInside.Load() > 1 || (writersInside.Load() == 1 && readersInside.Load() > 0) {
			violations.Add(1)
		}
	}

	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				rw.Lock()
				writersInside.Add(1)
				check()
				balance += 2
				writersInside.Add(-1)
				rw.Unlock()
			}
		}()
	}
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				rw.RLock()
				readersInside.Add(1)
				check()
				if balance%2 != 0 {
					violations.Add(1)
				}
				readersInside.Add(-1)
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("balance:", balance)
	fmt.Println("violations:", violations.Load())

	// a writer waits for current readers to finish
	rw.RLock()
	wrote := make(chan struct{})
	go func() {
		rw.Lock()
		balance = -1
		rw.Unlock()
		close(wrote)
	}()
	select {
	case <-wrote:
		fmt.Println("writer got in while a reader was inside (wrong)")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("writer is waiting for the reader")
	}
	rw.RUnlock()
	<-wrote
	fmt.Println("after the reader left, balance:", balance)
}
