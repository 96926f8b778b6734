package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// waitFor polls NumGoroutine until it reaches want (goroutines that have
// called wg.Done may still need a moment to actually exit).
func waitFor(want int) bool {
	deadline := time.Now().Add(time.Second)
	for time.Now().Before(deadline) {
		if runtime.NumGoroutine() == want {
			return true
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
	return false
}

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())

	gate := make(chan struct{})
	var started, finished sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			started.Done()
			<-gate
		}()
	}
	started.Wait()
	fmt.Println("with 10 blocked workers:", runtime.NumGoroutine())

	// a goroutine that has been created counts even before it runs
	for i := 0; i < 5; i++ {
		go func() { <-gate }()
	}
	fmt.Println("after 5 more go statements:", runtime.NumGoroutine())

	close(gate)
	finished.Wait()
	fmt.Println("all exited again:", waitFor(1))

	// a leaked goroutine: nobody ever receives from this channel
	leak := make(chan int)
	go func() { leak <- 1 }()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("leaked goroutine still alive:", runtime.NumGoroutine() == 2)
	<-leak
	fmt.Println("after draining the leak:", waitFor(1))
}
