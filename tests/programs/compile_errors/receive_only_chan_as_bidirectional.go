package main

import "fmt"

func drain(ch chan int) {
	for v := range ch {
		fmt.Println(v)
	}
}

func producer() <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		ch <- 1
	}()
	return ch
}

func main() {
	drain(producer())
}
