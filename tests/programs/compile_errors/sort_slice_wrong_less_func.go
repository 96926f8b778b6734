package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) int {
		return xs[i] - xs[j]
	})
	fmt.Println(xs)
}
