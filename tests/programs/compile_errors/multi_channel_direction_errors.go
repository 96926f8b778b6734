package main

import "fmt"

func pipeline(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(in)
	fmt.Println(<-out)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go pipeline(in, out)
	in <- 1
}
