package main

import (
	"fmt"
	"time"
)

func main() {
	// Go 1.23 timer channels are unbuffered
	t := time.NewTimer(time.Hour)
	fmt.Println("len/cap:", len(t.C), cap(t.C))

	// Stop on an active timer reports true; on a stopped one false
	fmt.Println("first Stop:", t.Stop())
	fmt.Println("second Stop:", t.Stop())

	// After Stop nothing is ever delivered
	select {
	case <-t.C:
		fmt.Println("value after Stop (wrong)")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("nothing delivered after Stop")
	}

	// A timer that expired but was not read: Stop still returns false
	// (it already fired) and the value is discarded: no stale receive.
	t2 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("Stop on expired, unread timer:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("stale value (wrong in Go 1.23)")
	default:
		fmt.Println("no stale value after Stop")
	}

	// Reset on an expired, unread timer: the old value is dropped and the
	// new deadline counts from the Reset
	t3 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	fmt.Println("Reset on expired timer:", t3.Reset(80*time.Millisecond))
	<-t3.C
	fmt.Println("waited for the new deadline:", time.Since(start) >= 80*time.Millisecond)

	// Reset on an active timer moves its deadline
	t4 := time.NewTimer(time.Hour)
	start = time.Now()
	fmt.Println("Reset on active timer:", t4.Reset(30*time.Millisecond))
	<-t4.C
	elapsed := time.Since(start)
	fmt.Println("fired after >= 30ms and well before an hour:", elapsed >= 30*time.Millisecond && elapsed < time.Second)

	// Reset to a longer duration postpones it
	t5 := time.NewTimer(20 * time.Millisecond)
	t5.Reset(150 * time.Millisecond)
	select {
	case <-t5.C:
		fmt.Println("fired at the old deadline (wrong)")
	case <-time.After(80 * time.Millisecond):
		fmt.Println("old deadline passed silently")
	}
	<-t5.C
	fmt.Println("fired at the postponed deadline")
}
