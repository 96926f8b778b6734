package main

import "fmt"

func window(xs []string, from, to int) []string {
	return xs[from:to]
}

func main() {
	days := []string{"mon", "tue", "wed", "thu", "fri"}
	fmt.Println(window(days, 1, 3))
	fmt.Println(window(days, 4, 4), "(empty window)")
	fmt.Println(window(days, 0, len(days)))
	// a caller computes the bounds in the wrong order
	start, end := 3, 1
	if end < start {
		fmt.Println("warning: end before start, but slicing anyway")
	}
	lo, hi := start, end+1
	fmt.Println(window(days, lo, hi))
}
