package main

import (
	"fmt"
	"time"
)

// Go by Example's rate limiting: a ticker allows one request per period;
// a bursty limiter lets a few through at once, then falls back to the rate.
func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.NewTicker(20 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	fmt.Println("5 requests took >= 100ms:", time.Since(start) >= 100*time.Millisecond)

	// bursty: a buffer of 3 tokens, refilled by a ticker
	burstyLimiter := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		burstyLimiter <- time.Now()
	}
	refill := time.NewTicker(60 * time.Millisecond)
	defer refill.Stop()
	go func() {
		for t := range refill.C {
			select {
			case burstyLimiter <- t:
			default:
			}
		}
	}()

	bursty := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		bursty <- i
	}
	close(bursty)
	start = time.Now()
	var when []time.Duration
	for req := range bursty {
		<-burstyLimiter
		when = append(when, time.Since(start))
		fmt.Println("bursty request", req)
	}
	fmt.Println("first three immediate:", when[2] < 50*time.Millisecond)
	fmt.Println("fourth waited for a refill:", when[3] >= 50*time.Millisecond)
	fmt.Println("fifth waited for another:", when[4] >= 110*time.Millisecond)
}
