package main

import "fmt"

func collect(out chan<- int) {
	for v := range out {
		fmt.Println(v)
	}
}

func main() {
	ch := make(chan int)
	go collect(ch)
	ch <- 1
}
