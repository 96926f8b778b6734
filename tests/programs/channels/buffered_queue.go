package main

import "fmt"

func main() {
	// a buffered channel is a FIFO queue with a fixed capacity
	q := make(chan string, 3)
	fmt.Println("empty:", len(q), cap(q))

	q <- "a"
	q <- "b"
	fmt.Println("after 2 sends:", len(q), cap(q))
	q <- "c"
	fmt.Println("full:", len(q) == cap(q))

	fmt.Println("recv:", <-q)
	q <- "d" // room again: this does not block
	fmt.Println("len:", len(q))

	// it wraps around internally but stays FIFO
	for round := 0; round < 4; round++ {
		v := <-q
		q <- v + v
		fmt.Print(v, " ")
	}
	fmt.Println()
	for len(q) > 0 {
		fmt.Print(<-q, " ")
	}
	fmt.Println()

	// a sliding window of the last 4 values built on a channel
	window := make(chan int, 4)
	sum := 0
	for i := 1; i <= 10; i++ {
		if len(window) == cap(window) {
			sum -= <-window
		}
		window <- i
		sum += i
		fmt.Printf("i=%d window sum=%d\n", i, sum)
	}

	// capacity can come from a variable; zero means unbuffered
	n := 0
	u := make(chan int, n)
	fmt.Println("cap from variable:", cap(u), cap(make(chan bool, n+5)))
}
