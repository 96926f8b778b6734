package main

import "fmt"

func process(n int) int {
	return n * 2
}

func process(n int) int {
	return n * 3
}

func main() {
	fmt.Println(process(2))
}
