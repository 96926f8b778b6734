package main

import (
	"fmt"
	"sync"
)

// Load balancing by select: each item goes to whichever worker is ready.
// How the items are split depends on scheduling (with one P a single
// worker may get them all); only the totals are fixed.
func main() {
	left := make(chan int)
	right := make(chan int)
	var wg sync.WaitGroup
	counts := make([]int, 2)
	sums := make([]int, 2)
	for i, ch := range []chan int{left, right} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range ch {
				counts[i]++
				sums[i] += v
			}
		}()
	}

	for i := 1; i <= 4000; i++ {
		select {
		case left <- i:
		case right <- i:
		}
	}
	close(left)
	close(right)
	wg.Wait()

	fmt.Println("items delivered:", counts[0]+counts[1])
	fmt.Println("sum delivered:", sums[0]+sums[1], "want", 4000*4001/2)

	// with buffered channels that both have room, the choice is random
	a := make(chan int, 10000)
	b := make(chan int, 10000)
	for i := 0; i < 10000; i++ {
		select {
		case a <- i:
		case b <- i:
		}
	}
	fmt.Println("a got at least 100:", len(a) >= 100)
	fmt.Println("b got at least 100:", len(b) >= 100)
	fmt.Println("total buffered:", len(a)+len(b))
}
