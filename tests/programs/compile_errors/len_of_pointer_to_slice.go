package main

import "fmt"

func size(p *[]int) int {
	return len(p)
}

func main() {
	xs := []int{1, 2}
	fmt.Println(size(&xs))
}
