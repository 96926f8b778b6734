package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const goroutines = 200
const increments = 500

func withMutex() int {
	var mu sync.Mutex
	n := 0
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range increments {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return n
}

func withAtomic() int64 {
	var n atomic.Int64
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range increments {
				n.Add(1)
			}
		}()
	}
	wg.Wait()
	return n.Load()
}

func withChannel() int {
	inc := make(chan int, 64)
	result := make(chan int)
	go func() {
		n := 0
		for d := range inc {
			n += d
		}
		result <- n
	}()
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range increments {
				inc <- 1
			}
		}()
	}
	wg.Wait()
	close(inc)
	return <-result
}

func main() {
	fmt.Println("mutex:  ", withMutex())
	fmt.Println("atomic: ", withAtomic())
	fmt.Println("channel:", withChannel())
	fmt.Println("expected:", goroutines*increments)
}
