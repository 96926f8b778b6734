// Lesson: rate limiting with a time.Ticker.
//
// A time.Ticker delivers a value on its channel C at a regular interval.
// Waiting for a tick before each request limits us to one request per
// interval, however fast the requests arrive.
//
// A bursty limiter also keeps a small reserve of tokens in a buffered
// channel: requests may use up the reserve at once, and after that they
// wait for the ticker like everybody else.
//
// We never print measured times (they vary); we print facts that follow
// from the rules: 5 ticks of 20ms cannot arrive in less than 100ms.
package main

import (
	"fmt"
	"time"
)

func main() {
	const interval = 20 * time.Millisecond

	// Step 1: a steady limiter: one request per tick.
	// (start is read BEFORE the ticker is created: the ticks are counted
	// from the ticker's creation.)
	start := time.Now()
	ticker := time.NewTicker(interval)
	defer ticker.Stop() // Watch: always Stop a ticker you are done with
	for req := 1; req <= 5; req++ {
		<-ticker.C // wait for permission
		fmt.Println("steady: handled request", req)
	}
	elapsed := time.Since(start)
	fmt.Println("steady: 5 requests took at least 5 intervals:", elapsed >= 5*interval)

	// Step 2: a bursty limiter with a reserve of 3 tokens.
	burst := make(chan struct{}, 3)
	for range cap(burst) {
		burst <- struct{}{} // fill the reserve
	}
	start = time.Now()
	slow := time.NewTicker(interval)
	defer slow.Stop()
	waited := 0
	for req := 1; req <= 6; req++ {
		select {
		case <-burst:
			// Watch: the first 3 requests take a reserve token, no waiting.
			fmt.Println("bursty: request", req, "used a reserve token")
		default:
			// Reserve empty: wait for the next tick.
			<-slow.C
			waited++
			fmt.Println("bursty: request", req, "waited for a tick")
		}
	}
	elapsed = time.Since(start)
	fmt.Println("bursty: requests that waited:", waited)
	fmt.Println("bursty: took at least 3 intervals:", elapsed >= 3*interval)

	// Step 3: a ticker does not pile up ticks. If the receiver is slow,
	// ticks are dropped, not queued: the channel holds no backlog.
	// Watch: after sleeping through 4 ticks, a single tick is ready, not 4.
	// (A longer interval here keeps the result stable on a busy machine.)
	t := time.NewTicker(2 * interval)
	time.Sleep(4*2*interval + interval)
	ready := 0
	for {
		select {
		case <-t.C:
			ready++
			continue
		default:
		}
		break
	}
	t.Stop()
	fmt.Println("ticks waiting after a long sleep:", ready)
}
