package main

import "fmt"

func main() {
	readings := []float64{1.5, 2.25, -3.75}
	sum := 0.0
	for _, r := range readings {
		sum += r
		fmt.Println("running sum", sum)
	}
	if sum < 0 {
		panic(sum)
	}
}
