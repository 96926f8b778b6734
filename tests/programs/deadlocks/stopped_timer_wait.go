package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("first timer fired")
	fmt.Println("Stop after it fired:", t.Stop())

	// a stopped timer never delivers; with nothing else running, waiting
	// on its channel is a deadlock (not an hour-long sleep)
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t2.Stop())
	fmt.Println("len/cap of its channel:", len(t2.C), cap(t2.C))
	<-t2.C
	fmt.Println("unreachable")
}
