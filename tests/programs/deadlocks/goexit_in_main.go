package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Sprint(i)
		}()
	}
	wg.Wait()
	fmt.Println("workers finished; main calls runtime.Goexit")
	defer fmt.Println("main's deferred call runs during Goexit")
	// Goexit in main runs deferred calls, then the program has no
	// goroutines left: the runtime reports it as a deadlock
	runtime.Goexit()
}
