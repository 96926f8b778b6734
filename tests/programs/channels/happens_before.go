package main

import "fmt"

type config struct {
	name    string
	retries int
	hosts   []string
}

var cfg *config

// Writes before a send are visible after the matching receive; writes
// before a close are visible after a receive that sees the close.
func main() {
	ready := make(chan bool)
	go func() {
		cfg = &config{name: "prod", retries: 3, hosts: []string{"a", "b"}}
		ready <- true
	}()
	<-ready
	fmt.Printf("%+v\n", *cfg)

	// close as the signal
	var msg string
	closed := make(chan struct{})
	go func() {
		msg = "written before close"
		close(closed)
	}()
	<-closed
	fmt.Println(msg)

	// a receive on an unbuffered channel happens before the send completes:
	// the receiver's earlier write is visible to the sender afterwards
	var note string
	sync := make(chan int)
	done := make(chan string)
	go func() {
		sync <- 1 // completes after main's receive
		done <- note
	}()
	note = "written by main before receiving"
	<-sync
	fmt.Println(<-done)

	// the k-th receive on a channel with capacity C happens before the
	// (k+C)-th send completes: a counting semaphore
	limit := make(chan int, 2)
	order := make(chan int, 10)
	for i := 0; i < 5; i++ {
		limit <- i
		order <- i
		<-limit
	}
	close(order)
	for v := range order {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
