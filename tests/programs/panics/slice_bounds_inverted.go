package main

import "fmt"

func window(xs []string, from, to int) []string {
	return xs[from:to]
}

func main() {
	days := []string{"mon", "tue", "wed", "thu", "fri"}
	fmt.Println(window(days, 1, 3))
	fmt.Println(window(days, 4, 4), "(empty window)")
	fmt.Println(window(days, 3, 2))
}
