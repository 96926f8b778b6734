package main

import "fmt"

func square(n int) int {
	return n * n
}

func main() {
	results := make([]int, 3)
	for i := range results {
		results[i] = square
	}
	fmt.Println(results)
}
