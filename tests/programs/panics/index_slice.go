package main

import "fmt"

func average(scores []int, n int) float64 {
	total := 0
	for i := 0; i < n; i++ { // bug: n may exceed len(scores)
		total += scores[i]
	}
	return float64(total) / float64(n)
}

func main() {
	scores := []int{90, 85, 77}
	fmt.Println("average of 2:", average(scores, 2))
	fmt.Println("average of 3:", average(scores, 3))
	defer fmt.Println("deferred print runs before the crash report")
	fmt.Println("average of 4:", average(scores, 4))
	fmt.Println("unreachable")
}
