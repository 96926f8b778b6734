package main

import (
	"fmt"
	"sync"
)

// depth recurses n times; each goroutine's stack has to grow a lot.
func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int // make frames a bit larger
	pad[n%8] = 1
	return depth(n-1) + pad[n%8]
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	default:
		return ackermann(m-1, ackermann(m, n-1))
	}
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 16)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = depth(20_000 + i*1000)
		}()
	}
	wg.Wait()
	fmt.Println(results[0], results[7], results[15])

	acks := make([]int, 4)
	for n := range acks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acks[n] = ackermann(2, n+3)
		}()
	}
	wg.Wait()
	fmt.Println("ackermann(2, 3..6):", acks)
}
