package main

import "fmt"

func dropFirst(xs []float64, n int) []float64 {
	return xs[n:]
}

func main() {
	temps := []float64{20.5, 21, 19.75}
	fmt.Println(dropFirst(temps, 1))
	fmt.Println(dropFirst(temps, 3), "(dropping all is fine)")
	fmt.Println(dropFirst(temps, 4))
}
