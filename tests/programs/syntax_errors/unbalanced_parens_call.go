package main

import "fmt"

func square(x int) int {
	return x * x
}

func main() {
	fmt.Println(square((2 + 3))
	fmt.Println("done")
}
