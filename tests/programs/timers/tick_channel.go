package main

import (
	"fmt"
	"time"
)

func main() {
	// time.Tick returns a channel that ticks forever at the interval
	start := time.Now()
	tick := time.Tick(20 * time.Millisecond)
	var stamps []time.Time
	for i := 0; i < 4; i++ {
		stamps = append(stamps, <-tick)
	}
	elapsed := time.Since(start)
	fmt.Println("received 4 ticks")
	fmt.Println("elapsed >= 80ms:", elapsed >= 80*time.Millisecond)
	increasing := true
	for i := 1; i < len(stamps); i++ {
		if !stamps[i].After(stamps[i-1]) {
			increasing = false
		}
	}
	fmt.Println("tick times increase:", increasing)

	// Tick with a non-positive interval returns nil
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)
	fmt.Println("Tick(-1) is nil:", time.Tick(-time.Second) == nil)

	// a rate-limited loop: one request per tick
	requests := []string{"GET /", "GET /a", "POST /b"}
	limiter := time.Tick(50 * time.Millisecond)
	start = time.Now()
	for _, r := range requests {
		<-limiter
		fmt.Println("handled", r)
	}
	fmt.Println("3 requests took >= 150ms:", time.Since(start) >= 150*time.Millisecond)
}
