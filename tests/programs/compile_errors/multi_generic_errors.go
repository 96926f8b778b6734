package main

import "fmt"

type Ordered interface {
	~int | ~float64 | ~string
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func main() {
	count, ratio := 3, 0.5
	fmt.Println(Min(count, ratio))
	fmt.Println(Min([]int{1}, []int{2}))
	fmt.Println(Min[int, int](1, 2))
}
