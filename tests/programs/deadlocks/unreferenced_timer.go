package main

import (
	"fmt"
	"time"
)

func main() {
	// A pending channel timer that nobody is waiting on does not keep the
	// program alive (Go 1.23 timers): main blocking on another channel is
	// still a deadlock, even though the timer has not fired yet.
	t := time.NewTimer(time.Hour)
	tk := time.NewTicker(time.Hour)
	_, _ = t, tk

	ch := make(chan int)
	fmt.Println("a timer and a ticker are pending")
	fmt.Println("main waits on an unrelated channel")
	<-ch
	fmt.Println("unreachable")
}
