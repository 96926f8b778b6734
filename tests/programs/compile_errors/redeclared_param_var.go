package main

import "fmt"

func scale(factor int) int {
	var factor = 2
	return factor * 10
}

func main() {
	fmt.Println(scale(3))
}
