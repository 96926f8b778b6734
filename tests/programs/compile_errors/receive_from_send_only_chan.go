package main

import "fmt"

func producer(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i
	}
	v := <-out
	fmt.Println(v)
}

func main() {
	ch := make(chan int, 5)
	producer(ch)
}
