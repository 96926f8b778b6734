package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ok := ch <- 5
	fmt.Println(ok)
}
