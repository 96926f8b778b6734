package main

import "fmt"

func square(n int) int {
	return n * n
}

func main() {
	v, err := square(4)
	fmt.Println(v, err)
}
