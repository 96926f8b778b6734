package main

import "fmt"

func compute(n int, out chan<- int) {
	if n < 0 {
		return // bug: forgets to send on this path
	}
	out <- n * n
}

func main() {
	out := make(chan int)
	go compute(6, out)
	fmt.Println("square of 6:", <-out)

	go compute(-1, out)
	fmt.Println("waiting for the square of -1...")
	fmt.Println(<-out) // nobody will ever send: deadlock
}
