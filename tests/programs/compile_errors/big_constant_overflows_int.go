package main

import "fmt"

const huge = 1 << 100

func main() {
	n := huge
	fmt.Println(n)
}
