package main

import "fmt"

func average(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum /
}

func main() {
	fmt.Println(average([]float64{1, 2, 3}))
}
