package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
	var a, b int
	found := false
search:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				a, b, found = i, j, true
				break search
			}
		}
	}
	return a, b, found
}

func main() {
	fmt.Println(findPair([]int{3, 8, 1, 9, 4}, 13))
	fmt.Println(findPair([]int{1, 2}, 10))

	// labeled continue skips the rest of the outer iteration
	primes := []int{}
outer:
	for n := 2; n < 40; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue outer
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	// break out of a loop from inside a switch
	i := 0
loop:
	for {
		switch {
		case i >= 5:
			break loop
		case i%2 == 0:
			fmt.Print("even", i, " ")
		default:
			fmt.Print("odd", i, " ")
		}
		i++
	}
	fmt.Println()

	// plain break inside switch only leaves the switch
	n := 0
	for n < 3 {
		switch n {
		case 1:
			n++
			break
		}
		n++
	}
	fmt.Println("n", n)

	// three levels
	count := 0
L1:
	for a := 0; a < 3; a++ {
	L2:
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				if c == 2 {
					continue L2
				}
				if b == 2 {
					continue L1
				}
				if a == 2 {
					break L1
				}
				count++
			}
		}
	}
	fmt.Println("count", count)

	// labeled block with break is not allowed, but labeled for with range works
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	firstNeg := []int{-1, -1}
rows:
	for r, row := range matrix {
		for c, v := range row {
			if v < 0 {
				firstNeg = []int{r, c}
				break rows
			}
		}
	}
	fmt.Println("first negative at", firstNeg)
}
