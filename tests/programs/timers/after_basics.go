package main

import (
	"fmt"
	"time"
)

func main() {
	// time.After delivers the current time once, after the duration
	start := time.Now()
	c := time.After(50 * time.Millisecond)
	fmt.Printf("type: %T, cap: %d\n", c, cap(c))
	t := <-c
	fmt.Println("delivered time is at least 50ms later:", t.Sub(start) >= 50*time.Millisecond)

	// a second receive would block: the channel delivers exactly once
	select {
	case <-c:
		fmt.Println("second value (wrong)")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("only one value is ever delivered")
	}

	// several Afters in one select: the shortest wins
	select {
	case <-time.After(300 * time.Millisecond):
		fmt.Println("300ms")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("30ms won")
	case <-time.After(150 * time.Millisecond):
		fmt.Println("150ms")
	}

	// an unread time.After is simply garbage collected; nothing leaks
	for i := 0; i < 1000; i++ {
		_ = time.After(time.Hour)
	}
	fmt.Println("created 1000 unread timers")

	// waiting on a sequence of Afters accumulates their durations
	start = time.Now()
	for _, d := range []time.Duration{20, 30, 40} {
		<-time.After(d * time.Millisecond)
	}
	fmt.Println("sequential waits >= 90ms:", time.Since(start) >= 90*time.Millisecond)
}
