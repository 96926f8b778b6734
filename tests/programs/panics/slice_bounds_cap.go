package main

import "fmt"

func firstN(xs []int, n int) []int {
	return xs[:n]
}

func main() {
	xs := make([]int, 3, 5)
	for i := range xs {
		xs[i] = i + 1
	}
	fmt.Println(firstN(xs, 2))
	fmt.Println(firstN(xs, 5), "(reslicing up to cap is allowed)")
	fmt.Println(firstN(xs, 6))
}
