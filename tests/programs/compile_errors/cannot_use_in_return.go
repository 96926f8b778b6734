package main

import "fmt"

func ratio(a, b int) int {
	return float64(a) / float64(b)
}

func main() {
	fmt.Println(ratio(1, 2))
}
