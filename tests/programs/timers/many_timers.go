package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	// 5000 AfterFunc timers with deadlines spread over 100ms
	var fired atomic.Int64
	var wg sync.WaitGroup
	wg.Add(5000)
	for i := 0; i < 5000; i++ {
		time.AfterFunc(time.Duration(i%100)*time.Millisecond, func() {
			fired.Add(1)
			wg.Done()
		})
	}
	wg.Wait()
	fmt.Println("AfterFunc timers fired:", fired.Load())

	// 2000 goroutines each waiting on their own timer
	start := time.Now()
	done := make(chan int, 2000)
	for i := 0; i < 2000; i++ {
		go func() {
			t := time.NewTimer(time.Duration(50+i%50) * time.Millisecond)
			<-t.C
			done <- i
		}()
	}
	sum := 0
	for i := 0; i < 2000; i++ {
		sum += <-done
	}
	fmt.Println("goroutine timers done, sum:", sum)
	fmt.Println("ran concurrently (< 1s):", time.Since(start) < time.Second)

	// 10000 timers created and stopped at once never fire
	var late atomic.Int64
	for i := 0; i < 10000; i++ {
		t := time.AfterFunc(30*time.Millisecond, func() { late.Add(1) })
		t.Stop()
	}
	time.Sleep(80 * time.Millisecond)
	fmt.Println("stopped timers that fired:", late.Load())
}
