// Stress: a Ticker's n-th tick never arrives before n periods have passed
// (also after a slow receiver paused); no tick is stamped before the first
// period; Reset changes the period; after Stop no tick is delivered.
package main

import (
	"fmt"
	"os"
	"time"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	const period = time.Millisecond
	start := time.Now()
	t := time.NewTicker(period)
	n := 0
	tick := func() {
		v := <-t.C
		n++
		if el := time.Since(start); el < time.Duration(n)*period {
			fail("tick %d after only %v", n, el)
		}
		// (The tick's time value is not checked for order: real Go may
		// stamp a late tick with a later time than the next one.)
		if v.Sub(start) < period {
			fail("tick %d stamped %v after start", n, v.Sub(start))
		}
	}
	for range 30 {
		tick()
	}

	// A slow receiver: ticks are dropped, not queued, so even after a long
	// pause the n-th tick received still comes no earlier than n periods.
	time.Sleep(8 * period)
	for range 5 {
		tick()
	}

	// Reset to a longer period.
	t.Reset(5 * period)
	r0 := time.Now()
	<-t.C
	if el := time.Since(r0); el < 5*period {
		fail("tick after Reset(5ms) came after %v", el)
	}

	t.Stop()
	time.Sleep(4 * period)
	select {
	case <-t.C:
		fail("tick delivered after Stop")
	default:
	}

	// time.Tick / a second ticker running beside the first.
	start = time.Now()
	c := time.Tick(2 * period)
	for n := 1; n <= 5; n++ {
		<-c
		if el := time.Since(start); el < time.Duration(2*n)*period {
			fail("Tick %d after %v", n, el)
		}
	}
	fmt.Println("ok")
}
