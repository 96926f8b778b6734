package main

import (
	"fmt"
	"time"
)

func main() {
	// An unbuffered send completes only when a receiver takes the value:
	// the sender is still blocked while the receiver is sleeping.
	ch := make(chan string)
	sentAt := make(chan time.Time, 1)

	start := time.Now()
	go func() {
		ch <- "parcel"
		sentAt <- time.Now()
	}()

	time.Sleep(80 * time.Millisecond)
	v := <-ch
	fmt.Println("received:", v)
	t := <-sentAt
	fmt.Println("send completed only after the receive (>= 80ms):", t.Sub(start) >= 80*time.Millisecond)

	// The hand-off is a synchronisation point: a write made before the send
	// is visible after the receive.
	var shared []int
	ready := make(chan struct{})
	go func() {
		shared = []int{1, 2, 3}
		ready <- struct{}{}
	}()
	<-ready
	fmt.Println("shared after hand-off:", shared)

	// a relay of hand-offs: each stage forwards exactly one value
	a, b, c := make(chan int), make(chan int), make(chan int)
	go func() { b <- <-a * 2 }()
	go func() { c <- <-b + 1 }()
	a <- 20
	fmt.Println("relay result:", <-c)

	// len and cap of an unbuffered channel are always 0
	fmt.Println("len/cap:", len(ch), cap(ch))
}
