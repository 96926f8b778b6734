package main

import "fmt"

func grid(rows, cols int) [][]int {
	g := make([][]int, rows)
	for i := range g {
		g[i] = make([]int, cols)
	}
	return g
}

func main() {
	fmt.Println(len(grid(2, 3)), len(grid(0, 5)))
	w, border := 3, 2
	inner := w - 2*border
	fmt.Println("inner width:", inner)
	fmt.Println(grid(2, inner))
}
