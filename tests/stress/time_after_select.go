// Stress: time.After in a select never fires before its duration, whether
// the select has nothing else to do or competes with a busy channel;
// context.WithTimeout is never done before its deadline.
package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	var never chan int
	for i := range 20 {
		d := time.Duration(i%3+1) * time.Millisecond
		start := time.Now()
		select {
		case <-time.After(d):
		case <-never:
			fail("nil channel ready")
		}
		if el := time.Since(start); el < d {
			fail("time.After(%v) fired after %v", d, el)
		}
	}

	// Competing with a channel that is almost always ready.
	busy := make(chan int, 64)
	stop := make(chan struct{})
	go func() {
		for i := 0; ; i++ {
			select {
			case busy <- i:
			case <-stop:
				return
			}
		}
	}()
	timeouts := 0
	for i := range 10 {
		d := time.Duration(i%2+1) * time.Millisecond
		start := time.Now()
		timeout := time.After(d)
	loop:
		for {
			select {
			case <-busy:
			case <-timeout:
				if el := time.Since(start); el < d {
					fail("time.After(%v) beside a busy channel fired after %v", d, el)
				}
				timeouts++
				break loop
			}
		}
	}
	close(stop)
	if timeouts != 10 {
		fail("timeouts = %d", timeouts)
	}

	// Contexts with deadlines.
	for range 10 {
		start := time.Now()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Millisecond)
		<-ctx.Done()
		if el := time.Since(start); el < 2*time.Millisecond {
			fail("context deadline reached after %v", el)
		}
		if ctx.Err() != context.DeadlineExceeded {
			fail("Err = %v", ctx.Err())
		}
		cancel()
	}
	fmt.Println("ok")
}
