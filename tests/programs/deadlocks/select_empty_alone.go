package main

import (
	"fmt"
	"sync"
)

// select{} blocks forever. That is fine while other goroutines keep the
// program alive, but once they all finish, the runtime reports a deadlock.
func main() {
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = (i + 1) * 11
		}()
	}
	wg.Wait()
	fmt.Println("workers done:", results)
	fmt.Println("main now waits forever")
	select {}
}
