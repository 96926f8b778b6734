package main

import (
	"fmt"
	"time"
)

// Work in small slices until a deadline, checking it between slices.
func main() {
	deadline := time.Now().Add(120 * time.Millisecond)
	slices := 0
	for time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		slices++
	}
	fmt.Println("did some slices:", slices >= 3)
	fmt.Println("stopped after the deadline:", !time.Now().Before(deadline))
	fmt.Println("Until is now <= 0:", time.Until(deadline) <= 0)

	// a deadline that is checked by a timer in a select
	remaining := time.Until(time.Now().Add(100 * time.Millisecond))
	timer := time.NewTimer(remaining)
	work := make(chan int)
	go func() {
		for i := 1; ; i++ {
			time.Sleep(30 * time.Millisecond)
			select {
			case work <- i:
			case <-time.After(time.Second):
				return
			}
		}
	}()
	got := 0
	for done := false; !done; {
		select {
		case <-work:
			got++
		case <-timer.C:
			done = true
		}
	}
	fmt.Println("items before the deadline in [1,3]:", got >= 1 && got <= 3)

	// a deadline already in the past fires at once
	past := time.NewTimer(time.Until(time.Now().Add(-time.Second)))
	select {
	case <-past.C:
		fmt.Println("past deadline fired immediately")
	case <-time.After(time.Second):
		fmt.Println("wrong")
	}
}
