package main

import "fmt"

func find(grid [][]int, target int) (int, int, bool) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				fmt.Println("found", target)
				goto done
			}
		}
	}
	return -1, -1, false
done:
	return 0, 0, true
}

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto loop
	}
	n = 3*n + 1
	goto loop
}

func retry() {
	attempts := 0
again:
	attempts++
	fmt.Println("attempt", attempts)
	if attempts < 3 {
		goto again
	}
	fmt.Println("gave up after", attempts)
}

func labelsMixed() {
	i := 0
outer:
	for ; i < 10; i++ {
		switch {
		case i == 2:
			continue outer
		case i == 5:
			goto out
		}
		fmt.Println("i =", i)
	}
out:
	fmt.Println("left at", i)
}

func main() {
	g := [][]int{{1, 2}, {3, 4}}
	a, b, ok := find(g, 4)
	fmt.Println(a, b, ok)
	a, b, ok = find(g, 9)
	fmt.Println(a, b, ok)
	fmt.Println(collatz(27))
	retry()
	labelsMixed()
}
