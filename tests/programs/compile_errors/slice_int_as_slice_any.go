package main

import "fmt"

func printAll(items []any) {
	for _, it := range items {
		fmt.Println(it)
	}
}

func main() {
	nums := []int{1, 2, 3}
	printAll(nums)
}
