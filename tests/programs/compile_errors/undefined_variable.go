package main

import "fmt"

func main() {
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		results <- i
	}
	close(results)
	for r := range results {
		total += r
	}
	fmt.Println(total)
}
