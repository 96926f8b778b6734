package main

import "fmt"

func Larger[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	x := 3
	y := 4.5
	fmt.Println(Larger(x, y))
}
