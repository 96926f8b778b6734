package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{1, 2}
	if a == b {
		fmt.Println("equal")
	}
}
