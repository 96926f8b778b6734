package main

import (
	"fmt"
	"time"
)

// One timer reused for a sequence of waits with Reset, instead of
// allocating a time.After per iteration.
func main() {
	t := time.NewTimer(0)
	<-t.C // consume the initial expiry

	start := time.Now()
	for _, d := range []time.Duration{30, 20, 50} {
		t.Reset(d * time.Millisecond)
		<-t.C
	}
	fmt.Println("three resets waited >= 100ms:", time.Since(start) >= 100*time.Millisecond)

	// reset from another goroutine while main is blocked on the channel
	t.Reset(time.Hour)
	go func() {
		time.Sleep(50 * time.Millisecond)
		t.Reset(10 * time.Millisecond)
	}()
	start = time.Now()
	<-t.C
	elapsed := time.Since(start)
	fmt.Println("woken by the shortened deadline:", elapsed >= 60*time.Millisecond && elapsed < time.Second)

	// Stop then Reset: the channel is clean and the new deadline applies
	t.Reset(20 * time.Millisecond)
	time.Sleep(50 * time.Millisecond) // expired, not read
	t.Stop()
	t.Reset(70 * time.Millisecond)
	start = time.Now()
	<-t.C
	fmt.Println("no stale expiry after Stop+Reset:", time.Since(start) >= 70*time.Millisecond)
}
