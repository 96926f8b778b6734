package main

import (
	"fmt"
	"os"
	"sync"
)

// main parks itself in select{} and lets other goroutines decide when the
// program ends, with os.Exit.
func main() {
	fmt.Println("main: starting workers, then blocking forever in select{}")
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	go func() {
		sum := 0
		for r := range results {
			sum += r
		}
		fmt.Println("sum of squares:", sum)
		defer fmt.Println("deferred calls do not run on os.Exit")
		os.Exit(3)
	}()
	select {}
}
