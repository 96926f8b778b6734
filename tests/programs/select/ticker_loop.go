package main

import (
	"fmt"
	"time"
)

// A status loop: ticker-driven work, a data channel and a stop channel
// served by one for-select.
func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()

	data := make(chan int)
	stop := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			time.Sleep(12 * time.Millisecond)
			data <- i
		}
		close(stop)
	}()

	ticks := 0
	sum := 0
	for running := true; running; {
		select {
		case <-ticker.C:
			ticks++
		case v := <-data:
			sum += v
		case <-stop:
			running = false
		}
	}
	fmt.Println("sum of data:", sum)
	fmt.Println("ticked while waiting:", ticks >= 2)
}
