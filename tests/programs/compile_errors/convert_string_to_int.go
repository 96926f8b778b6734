package main

import "fmt"

func main() {
	input := "42"
	n := int(input)
	fmt.Println(n + 1)
}
