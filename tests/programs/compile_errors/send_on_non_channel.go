package main

import "fmt"

func main() {
	queue := []int{}
	queue <- 5
	fmt.Println(queue)
}
