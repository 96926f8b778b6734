package main

import "fmt"

func main() {
	out := make(chan int, 1)
	quit := make(chan bool)
	select {
	case out <- "ready":
		fmt.Println("sent")
	case <-quit:
		fmt.Println("quit")
	}
}
