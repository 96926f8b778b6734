package main

import (
	"fmt"
	"time"
)

type reply struct {
	replica string
	value   string
}

// query asks every replica and returns the first answer; the others are
// sent into a buffered channel so they never block.
func query(replicas map[string]time.Duration) reply {
	out := make(chan reply, len(replicas))
	for name, delay := range replicas {
		go func() {
			time.Sleep(delay)
			out <- reply{name, "v42"}
		}()
	}
	return <-out
}

func main() {
	r := query(map[string]time.Duration{
		"eu-west": 150 * time.Millisecond,
		"us-east": 10 * time.Millisecond,
		"ap-south": 250 * time.Millisecond,
	})
	fmt.Println("fastest replica:", r.replica, r.value)

	// the same race, this time with a deadline in a select
	slow := make(chan string, 1)
	fast := make(chan string, 1)
	go func() { time.Sleep(200 * time.Millisecond); slow <- "slow" }()
	go func() { time.Sleep(20 * time.Millisecond); fast <- "fast" }()
	deadline := time.After(100 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case s := <-slow:
			fmt.Println("got", s)
		case s := <-fast:
			fmt.Println("got", s)
		case <-deadline:
			fmt.Println("deadline reached, giving up on the rest")
		}
	}
}
