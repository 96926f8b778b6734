package main

import "fmt"

func toPoint(coords []float64) [3]float64 {
	return [3]float64(coords)
}

func main() {
	p := toPoint([]float64{1, 2, 3, 4}[:3])
	fmt.Println(p)
	q := toPoint([]float64{1, 2, 3, 4})
	_ = q
	fmt.Println("unreachable")
}
