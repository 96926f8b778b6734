package main

import (
	"fmt"
	"sort"
)

type result struct {
	id    int
	input int
	steps int
}

// collatz counts the steps needed to reach 1.
func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	inputs := []int{27, 97, 871, 6171, 77031, 837799, 7, 1}
	out := make(chan result)

	for i, n := range inputs {
		go func() {
			out <- result{id: i, input: n, steps: collatz(n)}
		}()
	}

	// Results arrive in whatever order the goroutines finish.
	var got []result
	for range inputs {
		got = append(got, <-out)
	}
	sort.Slice(got, func(a, b int) bool { return got[a].id < got[b].id })

	best := got[0]
	for _, r := range got {
		fmt.Printf("collatz(%d) = %d steps\n", r.input, r.steps)
		if r.steps > best.steps {
			best = r
		}
	}
	fmt.Println("longest chain starts at", best.input)
}
