// Stress: ping-pong and token-ring ordering over unbuffered channels.
// Every hand-off must deliver exactly the next value; a ring of 8 goroutines
// must see the token in strict rotation.
package main

import (
	"fmt"
	"os"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	// Ping-pong: 10,000 round trips, each side adds one.
	ping, pong := make(chan int), make(chan int)
	const rounds = 10000
	go func() {
		for want := 0; want < 2*rounds; want += 2 {
			v := <-ping
			if v != want {
				fail("pong side got %d, want %d", v, want)
			}
			pong <- v + 1
		}
	}()
	v := 0
	for i := range rounds {
		ping <- v
		v = <-pong
		if v != 2*i+1 {
			fail("ping side got %d, want %d", v, 2*i+1)
		}
		v++
	}

	// Token ring: goroutine i receives from ring[i] and sends to ring[i+1].
	const n, laps = 8, 500
	ring := make([]chan int, n)
	for i := range ring {
		ring[i] = make(chan int)
	}
	done := make(chan bool)
	for i := range n {
		go func() {
			for {
				t, ok := <-ring[i]
				if !ok {
					done <- true
					return
				}
				if t%n != i {
					fail("goroutine %d got token %d out of turn", i, t)
				}
				if t+1 == n*laps {
					close(ring[0])
					done <- true
					return
				}
				ring[(i+1)%n] <- t + 1
			}
		}()
	}
	ring[0] <- 0
	<-done // the last holder closed ring[0]
	<-done // goroutine 0 saw the close
	fmt.Println("ok")
}
