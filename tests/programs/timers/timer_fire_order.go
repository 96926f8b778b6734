package main

import (
	"fmt"
	"time"
)

type job struct {
	name  string
	after time.Duration
}

// Timers fire in deadline order regardless of creation order.
func main() {
	jobs := []job{
		{"backup", 250 * time.Millisecond},
		{"email", 50 * time.Millisecond},
		{"report", 150 * time.Millisecond},
		{"cleanup", 100 * time.Millisecond},
		{"audit", 200 * time.Millisecond},
	}
	fired := make(chan string)
	for _, j := range jobs {
		t := time.NewTimer(j.after)
		go func() {
			<-t.C
			fired <- j.name
		}()
	}
	for range jobs {
		fmt.Println(<-fired)
	}

	// cancelling some timers before they fire
	var timers []*time.Timer
	results := make(chan int, 10)
	for i := 1; i <= 6; i++ {
		timers = append(timers, time.AfterFunc(time.Duration(i)*50*time.Millisecond, func() {
			results <- i
		}))
	}
	stopped := 0
	for i, t := range timers {
		if i%2 == 1 && t.Stop() {
			stopped++
		}
	}
	time.Sleep(400 * time.Millisecond)
	close(results)
	var got []int
	for r := range results {
		got = append(got, r)
	}
	fmt.Println("stopped:", stopped, "fired:", got)
}
