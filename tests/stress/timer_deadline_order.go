// Stress: timers never fire before their deadline, and fire in deadline
// order: once a timer has fired, every timer with an earlier deadline can
// be received at once. A stopped timer never delivers; Reset moves the
// deadline.
package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	const n = 20
	for round := range 3 {
		start := time.Now()
		timers := make([]*time.Timer, n)
		delays := make([]time.Duration, n)
		// Create them in a scrambled order of deadlines (1ms .. 20ms).
		for i := range n {
			k := (i*7 + round) % n
			delays[k] = time.Duration(k+1) * time.Millisecond
			timers[k] = time.NewTimer(delays[k])
		}
		// A sentinel created after all others, with a later deadline.
		sentinel := time.NewTimer(time.Duration(n+3) * time.Millisecond)
		far := time.NewTimer(time.Hour)

		fired := <-sentinel.C
		if d := fired.Sub(start); d < time.Duration(n+3)*time.Millisecond {
			fail("sentinel's time value is %v after start, before its deadline", d)
		}
		if el := time.Since(start); el < time.Duration(n+3)*time.Millisecond {
			fail("sentinel fired after %v, before its deadline", el)
		}
		// Every earlier timer is due: a non-blocking receive must succeed.
		for k, t := range timers {
			select {
			case v := <-t.C:
				if v.Sub(start) < delays[k] {
					fail("timer %v has time value %v after start", delays[k], v.Sub(start))
				}
			default:
				fail("round %d: timer %v not ready after a later timer fired", round, delays[k])
			}
		}
		select {
		case <-far.C:
			fail("a one-hour timer fired")
		default:
		}
		far.Stop()
	}

	// Sleeping goroutines wake no earlier than asked.
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := time.Duration(i%5+1) * time.Millisecond
			t0 := time.Now()
			time.Sleep(d)
			if el := time.Since(t0); el < d {
				fail("Sleep(%v) returned after %v", d, el)
			}
		}()
	}
	wg.Wait()

	// Stop before the deadline: the channel never delivers. (Stop returns
	// false only if we were descheduled past the deadline; then skip.)
	t := time.NewTimer(3 * time.Millisecond)
	stopped := t.Stop()
	if never := time.NewTimer(time.Hour); !never.Stop() {
		fail("Stop of a pending one-hour timer returned false")
	}
	// Reset pushes a timer's deadline away.
	r := time.NewTimer(time.Millisecond)
	r.Reset(time.Hour)
	time.Sleep(6 * time.Millisecond)
	var tc <-chan time.Time
	if stopped {
		tc = t.C
	}
	select {
	case <-tc:
		fail("a stopped timer delivered a value")
	case <-r.C:
		fail("a reset timer fired at its old deadline")
	default:
	}
	// AfterFunc runs its function once, after the deadline.
	t0 := time.Now()
	done := make(chan time.Duration, 1)
	time.AfterFunc(3*time.Millisecond, func() { done <- time.Since(t0) })
	if el := <-done; el < 3*time.Millisecond {
		fail("AfterFunc ran after %v", el)
	}
	fmt.Println("ok")
}
