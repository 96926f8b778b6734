package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := range results {
		wg.Add(1)
		go func() {
			results[i] = i * 7
			// bug: each worker waits for all workers before calling Done,
			// so the counter can never reach zero
			wg.Wait()
			wg.Done()
		}()
	}
	fmt.Println("started 3 workers")
	wg.Wait()
	fmt.Println(results)
}
