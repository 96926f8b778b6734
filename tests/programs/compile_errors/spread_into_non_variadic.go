package main

import "fmt"

func add(a, b int) int {
	return a + b
}

func main() {
	pair := []int{1, 2}
	fmt.Println(add(pair...))
}
