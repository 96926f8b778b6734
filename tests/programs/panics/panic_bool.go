package main

import "fmt"

func assert(cond bool) {
	if !cond {
		panic(cond)
	}
}

func isSorted(xs []int) bool {
	for i := 1; i < len(xs); i++ {
		if xs[i-1] > xs[i] {
			return false
		}
	}
	return true
}

func main() {
	x := 10
	assert(x > 5)
	fmt.Println("first assertion passed")
	assert(isSorted([]int{1, 2, 2, 5}))
	fmt.Println("second assertion passed")
	assert(isSorted([]int{3, 1}))
	fmt.Println("unreachable")
}
