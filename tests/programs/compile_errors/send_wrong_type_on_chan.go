package main

import "fmt"

func main() {
	results := make(chan int, 1)
	go func() {
		results <- "done"
	}()
	fmt.Println(<-results)
}
