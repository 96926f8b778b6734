// Stress: 10,000 goroutines started at once all run to completion: each
// adds to an atomic, then each sends into a buffered channel.
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
	const n = 10000
	var sum atomic.Int64
	var wg sync.WaitGroup
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum.Add(int64(i))
		}()
	}
	wg.Wait()
	if sum.Load() != n*(n+1)/2 {
		fail("sum = %d", sum.Load())
	}

	ch := make(chan int, n)
	for i := range n {
		go func() { ch <- i }()
	}
	seen := make([]bool, n)
	for range n {
		v := <-ch
		if seen[v] {
			fail("%d twice", v)
		}
		seen[v] = true
	}

	// Goroutines that start goroutines: a binary tree of depth 12.
	var leaves atomic.Int32
	var tree func(depth int, wg *sync.WaitGroup)
	tree = func(depth int, wg *sync.WaitGroup) {
		defer wg.Done()
		if depth == 0 {
			leaves.Add(1)
			return
		}
		wg.Add(2)
		go tree(depth-1, wg)
		go tree(depth-1, wg)
	}
	var twg sync.WaitGroup
	twg.Add(1)
	go tree(12, &twg)
	twg.Wait()
	if leaves.Load() != 1<<12 {
		fail("leaves = %d", leaves.Load())
	}
	fmt.Println("ok")
}
