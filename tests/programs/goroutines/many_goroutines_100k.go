package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 100_000

	// 100,000 goroutines, each contributing one value
	var wg sync.WaitGroup
	var sum atomic.Int64
	var count atomic.Int32
	wg.Add(n)
	for i := range n {
		go func() {
			defer wg.Done()
			sum.Add(int64(i % 7))
			count.Add(1)
		}()
	}
	wg.Wait()
	want := int64(0)
	for i := range n {
		want += int64(i % 7)
	}
	fmt.Println("goroutines run:", count.Load())
	fmt.Println("sum correct:", sum.Load() == want, sum.Load())

	// 20,000 goroutines all parked on one channel at the same time
	const parked = 20_000
	release := make(chan struct{})
	results := make(chan int, parked)
	var ready sync.WaitGroup
	ready.Add(parked)
	for i := range parked {
		go func() {
			ready.Done()
			<-release
			results <- i
		}()
	}
	ready.Wait()
	fmt.Println("buffered before release:", len(results))
	close(release)
	seen := make([]bool, parked)
	for range parked {
		seen[<-results] = true
	}
	all := true
	for _, s := range seen {
		all = all && s
	}
	fmt.Println("every parked goroutine reported:", all)
}
