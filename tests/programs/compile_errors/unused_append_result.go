package main

import "fmt"

func main() {
	var results []int
	for i := 0; i < 3; i++ {
		append(results, i)
	}
	fmt.Println(results)
}
