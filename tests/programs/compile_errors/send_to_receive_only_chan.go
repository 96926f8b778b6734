package main

import "fmt"

func consumer(in <-chan int, done chan<- bool) {
	for v := range in {
		fmt.Println(v)
	}
	in <- 0
	done <- true
}

func main() {
	in := make(chan int)
	done := make(chan bool)
	go consumer(in, done)
	close(in)
	<-done
}
