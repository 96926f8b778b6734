package main

import (
	"fmt"
	"strings"
)

func newGrid(w, h int, fill byte) [][]byte {
	g := make([][]byte, h)
	for i := range g {
		g[i] = make([]byte, w)
		for j := range g[i] {
			g[i][j] = fill
		}
	}
	return g
}

func show(g [][]byte) {
	for _, row := range g {
		fmt.Println(string(row))
	}
}

func neighbors(g [][]byte, r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := r+dr, c+dc
			if rr >= 0 && rr < len(g) && cc >= 0 && cc < len(g[0]) && g[rr][cc] == '#' {
				n++
			}
		}
	}
	return n
}

func step(g [][]byte) [][]byte {
	next := newGrid(len(g[0]), len(g), '.')
	for r := range g {
		for c := range g[r] {
			n := neighbors(g, r, c)
			if g[r][c] == '#' && (n == 2 || n == 3) || g[r][c] == '.' && n == 3 {
				next[r][c] = '#'
			}
		}
	}
	return next
}

func main() {
	g := newGrid(6, 6, '.')
	// glider
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = '#', '#', '#', '#', '#'
	show(g)
	for i := 0; i < 4; i++ {
		g = step(g)
	}
	fmt.Println(strings.Repeat("-", 6))
	show(g)

	// jagged slices
	tri := make([][]int, 5)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	fmt.Println(tri)
	// matrix multiply
	a := [][]int{{1, 2}, {3, 4}}
	b := [][]int{{5, 6}, {7, 8}}
	c := make([][]int, 2)
	for i := range c {
		c[i] = make([]int, 2)
		for j := range c[i] {
			for k := range 2 {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	fmt.Println(c)
}
