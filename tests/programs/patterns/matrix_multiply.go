package main

import (
	"fmt"
	"sync"
)

type Matrix [][]int

func newMatrix(r, c int, f func(i, j int) int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]int, c)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

// mulParallel computes each row of the product in its own goroutine;
// rows are disjoint, so no locking is needed.
func mulParallel(a, b Matrix) Matrix {
	n, m, p := len(a), len(b), len(b[0])
	c := newMatrix(n, p, func(int, int) int { return 0 })
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < p; j++ {
				sum := 0
				for k := 0; k < m; k++ {
					sum += a[i][k] * b[k][j]
				}
				c[i][j] = sum
			}
		}()
	}
	wg.Wait()
	return c
}

func mulSequential(a, b Matrix) Matrix {
	c := newMatrix(len(a), len(b[0]), func(int, int) int { return 0 })
	for i := range a {
		for j := range b[0] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	a := newMatrix(3, 2, func(i, j int) int { return i + j + 1 })
	b := newMatrix(2, 4, func(i, j int) int { return i*4 + j })
	for _, row := range mulParallel(a, b) {
		fmt.Println(row)
	}

	// identity check and a bigger comparison
	id := newMatrix(3, 3, func(i, j int) int {
		if i == j {
			return 1
		}
		return 0
	})
	fmt.Println("A*I == A:", fmt.Sprint(mulParallel(id, a)) == fmt.Sprint(a))

	big1 := newMatrix(60, 50, func(i, j int) int { return (i*7 + j*3) % 11 })
	big2 := newMatrix(50, 40, func(i, j int) int { return (i*5 + j*13) % 17 })
	p := mulParallel(big1, big2)
	s := mulSequential(big1, big2)
	fmt.Println("parallel == sequential:", fmt.Sprint(p) == fmt.Sprint(s))
	trace := 0
	for i := 0; i < 40; i++ {
		trace += p[i][i]
	}
	fmt.Println("trace of the 40x40 block:", trace)
}
