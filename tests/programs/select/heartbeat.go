package main

import (
	"fmt"
	"time"
)

// A worker that emits heartbeats while it works, so a supervisor can tell
// it is alive (Concurrency in Go, "Heartbeats").
func doWork(done <-chan struct{}, pulse time.Duration, nums []int) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(heartbeat)
		defer close(results)
		beat := time.NewTicker(pulse)
		defer beat.Stop()
		sendPulse := func() {
			select {
			case heartbeat <- struct{}{}:
			default: // nobody listening: don't block
			}
		}
		for _, n := range nums {
			// the slow work: pulse while waiting for it to finish
			work := time.After(15 * time.Millisecond)
		working:
			for {
				select {
				case <-done:
					return
				case <-beat.C:
					sendPulse()
				case <-work:
					break working
				}
			}
			select {
			case <-done:
				return
			case results <- n * 2:
			}
		}
	}()
	return heartbeat, results
}

func main() {
	done := make(chan struct{})
	defer close(done)
	heartbeat, results := doWork(done, 5*time.Millisecond, []int{1, 2, 3, 4, 5})

	beats := 0
	var got []int
	timeout := time.After(2 * time.Second)
	for results != nil {
		select {
		case _, ok := <-heartbeat:
			if ok {
				beats++
			}
		case r, ok := <-results:
			if !ok {
				results = nil
				continue
			}
			got = append(got, r)
		case <-timeout:
			fmt.Println("worker unhealthy")
			return
		}
	}
	fmt.Println("results:", got)
	fmt.Println("received heartbeats:", beats > 0)
}
