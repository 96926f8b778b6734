package main

import (
	"fmt"
	"sync"
	"time"
)

// "Sleep sort": goroutines sleeping different amounts finish in order of
// their sleep time, as long as the gaps are wide enough.
func main() {
	values := []int{4, 1, 3, 0, 2}
	out := make(chan int)
	var wg sync.WaitGroup
	for _, v := range values {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(v) * 60 * time.Millisecond)
			out <- v
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Sleep blocks only the calling goroutine
	start := time.Now()
	ch := make(chan string)
	go func() {
		time.Sleep(100 * time.Millisecond)
		ch <- "slept 100ms"
	}()
	fmt.Println("main not blocked:", time.Since(start) < 50*time.Millisecond)
	fmt.Println(<-ch)
	fmt.Println("total >= 100ms:", time.Since(start) >= 100*time.Millisecond)

	// Sleep with zero or negative duration returns immediately
	start = time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("non-positive sleeps are instant:", time.Since(start) < 50*time.Millisecond)
}
