package main

import "fmt"

func main() {
	items := []int{1, 2, 3}
	defer len(items)
	fmt.Println(items)
}
