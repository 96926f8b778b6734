package main

import "fmt"

func First[T](xs []T) T {
	return xs[0]
}

func main() {
	fmt.Println(First([]int{4, 5}))
}
