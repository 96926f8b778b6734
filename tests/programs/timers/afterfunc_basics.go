package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	// AfterFunc calls f in its own goroutine after the duration
	var wg sync.WaitGroup
	wg.Add(1)
	start := time.Now()
	var firedAfter time.Duration
	t := time.AfterFunc(50*time.Millisecond, func() {
		firedAfter = time.Since(start)
		wg.Done()
	})
	wg.Wait()
	fmt.Println("fired after >= 50ms:", firedAfter >= 50*time.Millisecond)
	fmt.Println("its timer has a nil channel:", t.C == nil)
	fmt.Println("Stop after firing:", t.Stop())

	// stopped before it fires: f never runs
	var ran atomic.Bool
	t2 := time.AfterFunc(80*time.Millisecond, func() { ran.Store(true) })
	fmt.Println("Stop before firing:", t2.Stop())
	time.Sleep(130 * time.Millisecond)
	fmt.Println("stopped func ran:", ran.Load())

	// Reset re-arms a stopped or fired AfterFunc timer
	fired := make(chan string, 2)
	t2 = time.AfterFunc(time.Hour, func() { fired <- "reset func ran" })
	fmt.Println("Reset active:", t2.Reset(20*time.Millisecond))
	fmt.Println(<-fired)
	fmt.Println("Reset fired:", t2.Reset(20*time.Millisecond))
	fmt.Println(<-fired)

	// several AfterFuncs run in deadline order
	order := make(chan int, 3)
	for _, ms := range []int{150, 50, 100} {
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { order <- ms })
	}
	fmt.Println(<-order, <-order, <-order)

	// f runs in a new goroutine, so it may block without delaying others
	block := make(chan struct{})
	done := make(chan string, 2)
	time.AfterFunc(10*time.Millisecond, func() { <-block; done <- "blocked one" })
	time.AfterFunc(20*time.Millisecond, func() { done <- "independent one" })
	fmt.Println(<-done)
	close(block)
	fmt.Println(<-done)
}
