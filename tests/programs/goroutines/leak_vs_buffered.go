package main

import (
	"fmt"
	"runtime"
	"time"
)

// query simulates a slow backend.
func query(d time.Duration, out chan<- string) {
	time.Sleep(d)
	out <- "answer"
}

func settle(want int) bool {
	for i := 0; i < 200; i++ {
		if runtime.NumGoroutine() == want {
			return true
		}
		time.Sleep(5 * time.Millisecond)
	}
	return false
}

func withTimeout(buffered bool) string {
	var out chan string
	if buffered {
		out = make(chan string, 1)
	} else {
		out = make(chan string)
	}
	go query(100*time.Millisecond, out)
	select {
	case a := <-out:
		return a
	case <-time.After(20 * time.Millisecond):
		return "timeout"
	}
}

func main() {
	// unbuffered: the late sender blocks forever and leaks
	fmt.Println("unbuffered:", withTimeout(false))
	time.Sleep(150 * time.Millisecond)
	fmt.Println("goroutines after unbuffered call:", runtime.NumGoroutine())

	// buffered with room for one: the late sender completes and exits
	fmt.Println("buffered:", withTimeout(true))
	time.Sleep(150 * time.Millisecond)
	fmt.Println("buffered sender exited:", settle(2))
}
