package main

import "fmt"

func Index[T any](xs []T, target T) int {
	for i, x := range xs {
		if x == target {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Index([]int{4, 5, 6}, 5))
}
