package main

import (
	"fmt"
	"time"
)

// A session that closes after a period of inactivity: the timeout is
// restarted by every message (time.After is re-armed each iteration).
func session(msgs <-chan string, idle time.Duration) []string {
	var got []string
	for {
		select {
		case m := <-msgs:
			got = append(got, m)
		case <-time.After(idle):
			got = append(got, "<idle timeout>")
			return got
		}
	}
}

func main() {
	msgs := make(chan string)
	go func() {
		for _, m := range []string{"hello", "are you there?", "ok bye"} {
			time.Sleep(20 * time.Millisecond) // well within the idle limit
			msgs <- m
		}
		// then silence
	}()
	start := time.Now()
	fmt.Println(session(msgs, 100*time.Millisecond))
	fmt.Println("session lasted longer than one idle period:", time.Since(start) >= 150*time.Millisecond)

	// an overall deadline, by contrast, is created once outside the loop
	ticks := make(chan int)
	go func() {
		for i := 0; ; i++ {
			time.Sleep(10 * time.Millisecond)
			select {
			case ticks <- i:
			case <-time.After(time.Second):
				return
			}
		}
	}()
	deadline := time.After(120 * time.Millisecond)
	n := 0
	for done := false; !done; {
		select {
		case <-ticks:
			n++
		case <-deadline:
			done = true
		}
	}
	fmt.Println("loop ended by the overall deadline, some ticks seen:", n >= 2)
}
