package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

// With unbuffered channels between stages, a fast stage cannot run ahead
// of a slow one by more than one item.
func main() {
	var produced, consumed atomic.Int32
	maxLead := int32(0)

	stage1 := make(chan int)
	stage2 := make(chan int)
	go func() {
		defer close(stage1)
		for i := 1; i <= 8; i++ {
			stage1 <- i
			produced.Add(1)
		}
	}()
	go func() {
		defer close(stage2)
		for v := range stage1 {
			stage2 <- v * v
		}
	}()

	sum := 0
	for v := range stage2 {
		time.Sleep(5 * time.Millisecond) // slow consumer
		consumed.Add(1)
		if lead := produced.Load() - consumed.Load(); lead > maxLead {
			maxLead = lead
		}
		sum += v
	}
	fmt.Println("sum of squares:", sum)
	fmt.Println("consumed:", consumed.Load())
	fmt.Println("producer never ran more than 3 ahead:", maxLead <= 3)
}
