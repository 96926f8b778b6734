package main

import "fmt"

func ratio(a, b int) int {
	return a / b
}

func main() {
	pairs := [][2]int{{10, 2}, {7, 3}, {-9, 4}, {5, 0}}
	for _, p := range pairs {
		fmt.Printf("%d / %d = ", p[0], p[1])
		fmt.Println(ratio(p[0], p[1]))
	}
}
