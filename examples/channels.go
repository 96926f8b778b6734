// Lesson: unbuffered vs buffered channels.
//
// An unbuffered channel (make(chan T)) has no room to store a value: a send
// waits until a receiver takes the value, hand to hand. Sender and receiver
// meet; this is called a rendezvous, and it synchronises them.
//
// A buffered channel (make(chan T, n)) holds up to n values: a send only
// waits when the buffer is full, a receive only when it is empty. Values
// come out in the order they went in (FIFO).
//
// We use `select` with a `default` case to try an operation without
// blocking: if the operation cannot proceed right now, default runs.
package main

import "fmt"

// trySend sends v on ch if that can happen right now, and says what happened.
func trySend(ch chan int, v int) {
	select {
	case ch <- v:
		fmt.Printf("  send %d: done (len=%d cap=%d)\n", v, len(ch), cap(ch))
	default:
		fmt.Printf("  send %d: would block (len=%d cap=%d)\n", v, len(ch), cap(ch))
	}
}

func main() {
	// Step 1: with no receiver, an unbuffered send can never proceed.
	// Watch: cap is 0, and the very first send would block.
	unbuf := make(chan int)
	fmt.Println("unbuffered channel, nobody receiving:")
	trySend(unbuf, 1)

	// Step 2: a buffered channel accepts sends until it is full.
	// Watch: len grows to 3, then the fourth send would block.
	buf := make(chan int, 3)
	fmt.Println("buffered channel (capacity 3), nobody receiving:")
	for v := 1; v <= 4; v++ {
		trySend(buf, v)
	}

	// Step 3: values leave a buffered channel in FIFO order.
	fmt.Print("receiving from the buffer:")
	for len(buf) > 0 {
		fmt.Print(" ", <-buf)
	}
	fmt.Println()

	// Step 4: the unbuffered hand-off synchronises. Everything the sender
	// did before its send is visible to the receiver after its receive.
	// Watch: message is written by the goroutine without any lock, yet main
	// is guaranteed to read the new value.
	var message string
	go func() {
		message = "written before the send"
		unbuf <- 42
	}()
	v := <-unbuf
	fmt.Printf("received %d; the goroutine's message: %q\n", v, message)

	// Step 5: with a buffer, a producer can run ahead of its consumer.
	// Watch: the producer sends 3 values and finishes before main receives
	// anything. With make(chan int) instead, the producer would block on
	// its first send and `<-finished` would wait forever: a deadlock.
	jobs := make(chan int, 3)
	finished := make(chan struct{})
	go func() {
		for j := 1; j <= 3; j++ {
			jobs <- j * 10
		}
		close(jobs) // no more values; receivers can still drain the buffer
		close(finished)
	}()
	<-finished
	fmt.Printf("producer finished; %d values are waiting in the buffer\n", len(jobs))
	for j := range jobs { // range stops when the channel is closed and empty
		fmt.Println("  consumed", j)
	}
}
