package main

import "fmt"

func main() {
	results := make([]int, 0)
	for i := 0; i < 3; i++; {
		results = append(results, i*i)
	}
	fmt.Println(results)
}
