package main

import (
	"fmt"
	"time"
)

// A ticker never queues up ticks for a slow receiver: missed ticks are
// dropped, so a receiver that takes 3 periods per iteration sees far fewer
// ticks than periods elapsed.
func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	defer tk.Stop()

	start := time.Now()
	received := 0
	for time.Since(start) < 200*time.Millisecond {
		<-tk.C
		received++
		time.Sleep(30 * time.Millisecond) // slow work
	}
	fmt.Println("received some ticks:", received >= 2)
	fmt.Println("fewer ticks than periods (20):", received < 15)

	// a fast receiver gets roughly one tick per period
	tk2 := time.NewTicker(15 * time.Millisecond)
	defer tk2.Stop()
	start = time.Now()
	n := 0
	for time.Since(start) < 150*time.Millisecond {
		<-tk2.C
		n++
	}
	fmt.Println("fast receiver got several ticks:", n >= 5)
	fmt.Println("but never more than periods elapsed:", n <= 11)
}
