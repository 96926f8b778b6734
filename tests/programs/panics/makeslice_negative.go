package main

import "fmt"

func grid(rows, cols int) [][]int {
	g := make([][]int, rows)
	for i := range g {
		g[i] = make([]int, cols)
	}
	return g
}

func render(g [][]int) {
	for _, row := range g {
		fmt.Println(row)
	}
}

func main() {
	render(grid(2, 3))
	fmt.Println(len(grid(0, 5)), "rows in an empty grid")
	w, border := 3, 2
	inner := w - 2*border
	fmt.Println("inner width:", inner)
	render(grid(2, inner))
	fmt.Println("unreachable")
}
