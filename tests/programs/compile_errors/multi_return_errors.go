package main

import (
	"errors"
	"fmt"
)

func find(xs []int, target int) (int, error) {
	for i, x := range xs {
		if x == target {
			return i
		}
	}
	return -1, errors.New("not found"), false
}

func main() {
	fmt.Println(find([]int{1, 2}, 2))
}
