package main

import "fmt"

func half(n int) int {
	x := return n / 2
	return x
}

func main() {
	fmt.Println(half(8))
}
