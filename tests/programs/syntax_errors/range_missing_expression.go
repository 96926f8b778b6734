package main

import "fmt"

func main() {
	jobs := []int{1, 2, 3}
	for i, j := range {
		fmt.Println(i, j)
	}
	_ = jobs
}
