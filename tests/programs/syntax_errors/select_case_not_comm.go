package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	select {
	case len(ch) > 0:
		fmt.Println("has data")
	default:
		fmt.Println("empty")
	}
}
