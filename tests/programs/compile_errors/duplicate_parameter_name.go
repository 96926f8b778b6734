package main

import "fmt"

func move(x int, y int, x int) int {
	return x + y
}

func main() {
	fmt.Println(move(1, 2, 3))
}
