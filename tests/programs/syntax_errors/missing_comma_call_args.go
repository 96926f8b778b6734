package main

import "fmt"

func main() {
	total := 0
	for i := 1; i <= 3; i++ {
		total += i
	}
	fmt.Printf(
		"total=%d\n",
		total
	)
}
