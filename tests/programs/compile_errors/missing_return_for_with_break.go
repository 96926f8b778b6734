package main

import "fmt"

func firstEven(xs []int) int {
	for {
		if len(xs) == 0 {
			break
		}
		if xs[0]%2 == 0 {
			return xs[0]
		}
		xs = xs[1:]
	}
}

func main() {
	fmt.Println(firstEven([]int{1, 3, 4}))
}
