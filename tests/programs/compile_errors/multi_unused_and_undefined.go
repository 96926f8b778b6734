package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			squared := n * n
			results <- n
		}(i)
	}
	wg.Wait()
	close(results)
	for r := range results {
		totl += r
	}
	fmt.Println("done")
}
