package main

import (
	"fmt"
	"runtime"
	"sync"
)

func step(log *[]string, s string) { *log = append(*log, s) }

func main() {
	var wg sync.WaitGroup
	var log []string

	wg.Add(1)
	go func() {
		defer wg.Done()
		defer step(&log, "deferred 1")
		func() {
			defer step(&log, "deferred in nested call")
			step(&log, "calling Goexit")
			runtime.Goexit()
			step(&log, "after Goexit (never)")
		}()
		step(&log, "after nested call (never)")
	}()
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}

	// recover returns nil during Goexit: it is not a panic
	res := make(chan string, 1)
	go func() {
		defer func() {
			r := recover()
			res <- fmt.Sprint("recover during Goexit: ", r)
		}()
		runtime.Goexit()
	}()
	fmt.Println(<-res)

	// Goexit in a worker does not stop the others
	results := make([]string, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 1 {
				results[i] = "exited early"
				runtime.Goexit()
			}
			results[i] = "finished"
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
